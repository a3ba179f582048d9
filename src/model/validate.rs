//! Rules every plan must satisfy, whatever its origin (storage, an imported file).
//! Each problem names the field path, e.g. `plan.stakeholders[2].id`.
use super::plan::Plan;
use std::collections::BTreeSet;
use std::fmt;

/// Longest text accepted in one field: a long narrative fits, an absurd payload does not.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Most items in one list of the plan.
pub const MAX_ITEMS: usize = 10_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    pub path: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    DuplicateId,
    TooLong,
    TooMany,
    Empty,
    /// An id that names no item of the plan.
    DanglingReference,
    OutOfRange,
}

impl Problem {
    pub fn as_str(&self) -> &'static str {
        match self {
            Problem::DuplicateId => "duplicate id",
            Problem::TooLong => "text too long",
            Problem::TooMany => "too many items",
            Problem::Empty => "must not be empty",
            Problem::DanglingReference => "refers to a missing item",
            Problem::OutOfRange => "out of range",
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem.as_str())
    }
}

/// All the problems of `plan`; empty when it is sound.
pub fn validate(plan: &Plan) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let mut err = |path: String, problem| errors.push(ValidationError { path, problem });
    let long = |s: &str| s.chars().count() > MAX_TEXT_CHARS;
    if plan.title.trim().is_empty() {
        err("plan.title".into(), Problem::Empty);
    }
    let f = &plan.foundations;
    for (name, value) in [
        ("title", &plan.title),
        ("foundations.promoter_comune", &f.promoter_comune),
        ("foundations.shared_objective", &f.shared_objective),
        ("foundations.target_population", &f.target_population),
        ("foundations.description", &f.description),
    ] {
        if long(value) {
            err(format!("plan.{name}"), Problem::TooLong);
        }
    }
    if plan.stakeholders.len() > MAX_ITEMS {
        err("plan.stakeholders".into(), Problem::TooMany);
    }
    let mut seen = BTreeSet::new();
    seen.insert(plan.id);
    for (i, m) in plan.stakeholders.iter().enumerate() {
        if !seen.insert(m.id) {
            err(format!("plan.stakeholders[{i}].id"), Problem::DuplicateId);
        }
        if long(&m.name) {
            err(format!("plan.stakeholders[{i}].name"), Problem::TooLong);
        }
    }
    super::context::validate_context(plan, &mut seen, &mut err);
    super::matrix::validate_matrix(plan, &mut err);
    super::formal::validate_formal(plan, &mut err);
    super::codesign::validate_codesign(plan, &mut err);
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PlanId, Stakeholder, StakeholderKind};
    use chrono::{TimeZone, Utc};

    fn plan() -> Plan {
        Plan::new(
            PlanId::from_random_bytes([1; 16]),
            "Piano",
            Utc.timestamp_opt(0, 0).unwrap(),
            crate::model::sequential_ids(9),
        )
    }

    #[test]
    fn a_new_plan_is_valid() {
        assert!(validate(&plan()).is_empty());
    }

    #[test]
    fn a_duplicate_member_id_is_reported_with_its_path() {
        let mut p = plan();
        let m = Stakeholder {
            id: PlanId::from_random_bytes([2; 16]),
            name: "A".into(),
            kind: StakeholderKind::Other,
            profile: Default::default(),
            network: Default::default(),
        };
        p.stakeholders = vec![m.clone(), m];
        let errors = validate(&p);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "plan.stakeholders[1].id");
        assert_eq!(
            errors[0].to_string(),
            "plan.stakeholders[1].id: duplicate id"
        );
    }

    #[test]
    fn an_empty_title_and_an_absurd_text_are_reported() {
        let mut p = plan();
        p.title = " ".into();
        p.foundations.description = "x".repeat(MAX_TEXT_CHARS + 1);
        let paths: Vec<_> = validate(&p).into_iter().map(|e| e.path).collect();
        assert_eq!(paths, ["plan.title", "plan.foundations.description"]);
    }
}

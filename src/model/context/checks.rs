//! Rules on the context analysis: document validity (dangling references,
//! duplicate ids, absurd text) and duplicate names in a register.
use super::data::TableKind;
use super::sources::PartKind;
use crate::model::ids::PlanId;
use crate::model::plan::Plan;
use crate::model::validate::{Problem, MAX_ITEMS, MAX_TEXT_CHARS};
use std::collections::BTreeSet;

/// Reports every problem of `plan.context` (and of the stakeholders' profiles)
/// through `err(path, problem)`. `seen` holds the ids already used elsewhere.
pub fn validate_context(
    plan: &Plan,
    seen: &mut BTreeSet<PlanId>,
    err: &mut impl FnMut(String, Problem),
) {
    let c = &plan.context;
    let themes: BTreeSet<PlanId> = plan.axes.themes.iter().map(|t| t.id).collect();
    let territories: BTreeSet<PlanId> = plan.axes.territories.iter().map(|t| t.id).collect();
    let stakeholders: BTreeSet<PlanId> = plan.stakeholders.iter().map(|s| s.id).collect();
    let sources: BTreeSet<PlanId> = c.sources.iter().map(|s| s.id).collect();
    let long = |s: &str| s.chars().count() > MAX_TEXT_CHARS;
    let refs = |path: String,
                ids: &[PlanId],
                set: &BTreeSet<PlanId>,
                err: &mut dyn FnMut(String, Problem)| {
        for (k, id) in ids.iter().enumerate() {
            if !set.contains(id) {
                err(format!("{path}[{k}]"), Problem::DanglingReference);
            }
        }
    };
    let count = |path: &str, len: usize, err: &mut dyn FnMut(String, Problem)| {
        if len > MAX_ITEMS {
            err(path.into(), Problem::TooMany);
        }
    };
    let base = "plan.context";
    count(&format!("{base}.needs"), c.needs.len(), err);
    count(&format!("{base}.interventions"), c.interventions.len(), err);
    count(&format!("{base}.sources"), c.sources.len(), err);
    for (i, s) in c.sources.iter().enumerate() {
        let p = format!("{base}.sources[{i}]");
        if !seen.insert(s.id) {
            err(format!("{p}.id"), Problem::DuplicateId);
        }
        for (f, v) in [
            ("description", &s.description),
            ("provided_by", &s.provided_by),
        ] {
            if long(v) {
                err(format!("{p}.{f}"), Problem::TooLong);
            }
        }
    }
    for (i, n) in c.needs.iter().enumerate() {
        let p = format!("{base}.needs[{i}]");
        if !seen.insert(n.id) {
            err(format!("{p}.id"), Problem::DuplicateId);
        }
        if !themes.contains(&n.theme) {
            err(format!("{p}.theme"), Problem::DanglingReference);
        }
        if !(1..=5).contains(&n.priority) {
            err(format!("{p}.priority"), Problem::OutOfRange);
        }
        for (f, v) in [("description", &n.description), ("evidence", &n.evidence)] {
            if long(v) {
                err(format!("{p}.{f}"), Problem::TooLong);
            }
        }
        refs(format!("{p}.sources"), &n.sources, &sources, err);
    }
    for (i, x) in c.interventions.iter().enumerate() {
        let p = format!("{base}.interventions[{i}]");
        if !seen.insert(x.id) {
            err(format!("{p}.id"), Problem::DuplicateId);
        }
        if x.promoter.is_some_and(|s| !stakeholders.contains(&s)) {
            err(format!("{p}.promoter"), Problem::DanglingReference);
        }
        refs(
            format!("{p}.territories"),
            &x.territories,
            &territories,
            err,
        );
        refs(format!("{p}.themes"), &x.themes, &themes, err);
        for (f, v) in [("title", &x.title), ("referent", &x.referent)] {
            if long(v) {
                err(format!("{p}.{f}"), Problem::TooLong);
            }
        }
    }
    let d = &c.demographics;
    for kind in TableKind::ALL {
        let p = format!("{base}.demographics.{}", kind.as_str());
        let table = d.table(kind);
        refs(
            format!("{p}.head.sources"),
            &table.head.sources,
            &sources,
            err,
        );
        count(&format!("{p}.rows"), table.rows.len(), err);
        for (i, r) in table.rows.iter().enumerate() {
            if !seen.insert(r.id) {
                err(format!("{p}.rows[{i}].id"), Problem::DuplicateId);
            }
            if long(&r.label) {
                err(format!("{p}.rows[{i}].label"), Problem::TooLong);
            }
        }
    }
    let mut counted = BTreeSet::new();
    for (i, t) in d.territory_counts.iter().enumerate() {
        let p = format!("{base}.demographics.territory_counts[{i}].territory");
        if !territories.contains(&t.territory) {
            err(p, Problem::DanglingReference);
        } else if !counted.insert(t.territory) {
            err(p, Problem::DuplicateId);
        }
    }
    for part in PartKind::ALL {
        let p = format!("{base}.parts.{}", part.as_str());
        let notes = c.parts.get(part);
        refs(format!("{p}.sources"), &notes.sources, &sources, err);
        for (f, v) in [("narrative", &notes.narrative), ("author", &notes.author)] {
            if long(v) {
                err(format!("{p}.{f}"), Problem::TooLong);
            }
        }
    }
    for (i, s) in plan.stakeholders.iter().enumerate() {
        let p = format!("plan.stakeholders[{i}].profile");
        refs(format!("{p}.themes"), &s.profile.themes, &themes, err);
        let pr = &s.profile;
        for (f, v) in [
            ("mandate", &pr.mandate),
            ("office", &pr.office),
            ("role", &pr.role),
        ] {
            if long(v) {
                err(format!("{p}.{f}"), Problem::TooLong);
            }
        }
    }
}

/// For each name, whether an earlier one in the list is the same (ignoring
/// case and surrounding spaces). Blank names are never duplicates.
pub fn duplicate_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<bool> {
    let mut seen = BTreeSet::new();
    names
        .into_iter()
        .map(|n| {
            let key = n.trim().to_lowercase();
            !key.is_empty() && !seen.insert(key)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::context::{Need, Source};
    use crate::model::{sequential_ids, validate, Intervention, Problem};
    use chrono::{DateTime, Utc};

    fn plan() -> Plan {
        Plan::new(
            sequential_ids(1)(),
            "Piano",
            DateTime::<Utc>::default(),
            sequential_ids(2),
        )
    }

    #[test]
    fn dangling_references_are_reported_with_their_path() {
        let mut ids = sequential_ids(3);
        let mut p = plan();
        p.context.needs.push(Need {
            sources: vec![ids()],
            ..Need::new(ids(), ids())
        });
        p.context.interventions.push(Intervention {
            themes: vec![p.axes.themes[0].id, ids()],
            promoter: Some(ids()),
            ..Intervention::new(ids())
        });
        let found: Vec<_> = validate(&p)
            .into_iter()
            .map(|e| (e.path, e.problem))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "plan.context.needs[0].theme".to_string(),
                    Problem::DanglingReference
                ),
                (
                    "plan.context.needs[0].sources[0]".into(),
                    Problem::DanglingReference
                ),
                (
                    "plan.context.interventions[0].promoter".into(),
                    Problem::DanglingReference
                ),
                (
                    "plan.context.interventions[0].themes[1]".into(),
                    Problem::DanglingReference
                ),
            ]
        );
    }

    #[test]
    fn duplicate_ids_bad_priorities_and_absurd_texts_are_reported() {
        let mut ids = sequential_ids(4);
        let mut p = plan();
        let s = Source::new(ids());
        p.context.sources = vec![s.clone(), s];
        let mut n = Need::new(ids(), p.axes.themes[0].id);
        n.priority = 9;
        n.evidence = "x".repeat(MAX_TEXT_CHARS + 1);
        p.context.needs.push(n);
        let paths: Vec<_> = validate(&p).into_iter().map(|e| e.path).collect();
        assert_eq!(
            paths,
            [
                "plan.context.sources[1].id",
                "plan.context.needs[0].priority",
                "plan.context.needs[0].evidence"
            ]
        );
    }

    #[test]
    fn duplicate_names_are_found_ignoring_case_and_spaces_but_not_blanks() {
        assert_eq!(
            duplicate_names(["ASL", "Caritas", " asl ", "", " "]),
            [false, false, true, false, false]
        );
    }
}

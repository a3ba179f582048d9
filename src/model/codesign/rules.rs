//! The rules an item must keep to be recorded: each refusal has a reason the
//! screen shows. Nothing is corrected silently.
use super::{CoDesign, Complement, Decision, Indicator, Item};
use crate::model::ids::PlanId;
use crate::model::plan::Plan;
use chrono::{Months, NaiveDate};
use std::collections::BTreeSet;

/// Why an item cannot be recorded as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The target of an indicator equals its baseline: nothing to measure.
    TargetEqualsBaseline,
    /// A measurement dated before the indicator's baseline.
    MeasurementBeforeBaseline,
    /// A negative sum of money.
    NegativeAmount,
    /// A decision that names itself as the decision it revises.
    RevisesItself,
    /// Revising this decision would close a loop of revisions.
    RevisionLoop,
    /// The decision it revises is not in the log.
    UnknownDecision,
    /// A commitment's status may not go there from where it is.
    Transition,
    /// A period ending before it starts.
    PeriodReversed,
    /// An item that must name something (a what, a name) names nothing.
    Empty,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::TargetEqualsBaseline => "target_equals_baseline",
            Rule::MeasurementBeforeBaseline => "measurement_before_baseline",
            Rule::NegativeAmount => "negative_amount",
            Rule::RevisesItself => "revises_itself",
            Rule::RevisionLoop => "revision_loop",
            Rule::UnknownDecision => "unknown_decision",
            Rule::Transition => "transition",
            Rule::PeriodReversed => "period_reversed",
            Rule::Empty => "empty",
        }
    }
}

pub fn check_indicator(i: &Indicator) -> Result<(), Rule> {
    if i.name.trim().is_empty() {
        return Err(Rule::Empty);
    }
    if i.target == i.baseline {
        return Err(Rule::TargetEqualsBaseline);
    }
    if i.measurements.iter().any(|m| m.date < i.baseline_date) {
        return Err(Rule::MeasurementBeforeBaseline);
    }
    if i.target_date.is_some_and(|d| d < i.baseline_date) {
        return Err(Rule::PeriodReversed);
    }
    Ok(())
}

pub fn check_decision(log: &[Decision], d: &Decision) -> Result<(), Rule> {
    if d.text.trim().is_empty() {
        return Err(Rule::Empty);
    }
    let Some(mut at) = d.revises else {
        return Ok(());
    };
    if at == d.id {
        return Err(Rule::RevisesItself);
    }
    if !log.iter().any(|x| x.id == at) {
        return Err(Rule::UnknownDecision);
    }
    // Follow the chain back from the revised decision: meeting `d` again
    // would close a loop.
    let mut seen = BTreeSet::new();
    while let Some(prev) = log.iter().find(|x| x.id == at) {
        if !seen.insert(at) {
            return Err(Rule::RevisionLoop);
        }
        match prev.revises {
            Some(p) if p == d.id => return Err(Rule::RevisionLoop),
            Some(p) => at = p,
            None => break,
        }
    }
    Ok(())
}

/// Whether `item` may be recorded in `codesign`. `old` is the version it
/// replaces, if any (a commitment's status follows its workflow).
pub fn check_item(codesign: &CoDesign, item: &Item, old: Option<&Item>) -> Result<(), Rule> {
    match item {
        Item::Indicator(i) => check_indicator(i),
        Item::Decision(d) => check_decision(&codesign.decisions, d),
        Item::Commitment(c) => {
            if c.what.trim().is_empty() {
                return Err(Rule::Empty);
            }
            match old {
                Some(Item::Commitment(o))
                    if o.status != c.status && !o.status.next().contains(&c.status) =>
                {
                    Err(Rule::Transition)
                }
                _ => Ok(()),
            }
        }
        Item::Funding(f) => {
            if f.amount.0 < 0 {
                Err(Rule::NegativeAmount)
            } else if matches!((f.start, f.end), (Some(s), Some(e)) if e < s) {
                Err(Rule::PeriodReversed)
            } else {
                Ok(())
            }
        }
        Item::Body(b) if b.name.trim().is_empty() => Err(Rule::Empty),
        _ => Ok(()),
    }
}

/// The chain of corrections through `id`: from the first decision to the
/// latest revision (following `revises` back and the revisions forward).
pub fn revision_chain(log: &[Decision], id: PlanId) -> Vec<PlanId> {
    let mut back = vec![id];
    let mut at = id;
    while let Some(p) = log.iter().find(|d| d.id == at).and_then(|d| d.revises) {
        if back.contains(&p) {
            break;
        }
        back.push(p);
        at = p;
    }
    back.reverse();
    let mut at = id;
    while let Some(next) = log.iter().find(|d| d.revises == Some(at)) {
        if back.contains(&next.id) {
            break;
        }
        back.push(next.id);
        at = next.id;
    }
    back
}

/// Months after which a complement's last update is due when the plan says
/// nothing else (the context analysis' review interval is used).
pub const COMPLEMENT_DEFAULT_MONTHS: u32 = 6;

/// The complements whose last update exchanged with the referent is older
/// than the plan's review interval (or was never recorded).
pub fn stale_complements(plan: &Plan, today: NaiveDate) -> Vec<&Complement> {
    let months = match plan.context.review_interval_months {
        0 => COMPLEMENT_DEFAULT_MONTHS,
        m => m,
    };
    plan.codesign
        .complements
        .iter()
        .filter(|c| match c.last_update {
            None => true,
            Some(d) => d
                .checked_add_months(Months::new(months))
                .is_none_or(|due| due < today),
        })
        .collect()
}

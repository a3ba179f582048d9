//! Validation of the co-design section: duplicate ids, dangling references,
//! absurd texts, and items that break the rules (e.g. a stored file edited
//! by hand so that a decision revises itself).
use super::rules::{check_decision, check_indicator};
use super::{Decider, Item};
use crate::model::ids::PlanId;
use crate::model::list::Identified;
use crate::model::plan::Plan;
use crate::model::validate::{Problem, MAX_ITEMS, MAX_TEXT_CHARS};
use std::collections::BTreeSet;

fn ids<T: Identified>(l: &[T]) -> BTreeSet<PlanId> {
    l.iter().map(|x| x.id()).collect()
}

/// Problems of `plan.codesign`, with field paths (`plan.codesign.sessions[2].participants[0]`).
pub fn validate_codesign(plan: &Plan, err: &mut dyn FnMut(String, Problem)) {
    let cd = &plan.codesign;
    let stakeholders = ids(&plan.stakeholders);
    let alliances = ids(&plan.alliances);
    let interventions = ids(&plan.context.interventions);
    let territories = ids(&plan.axes.territories);
    let themes = ids(&plan.axes.themes);
    let sessions = ids(&cd.sessions);
    let bodies = ids(&cd.bodies);
    let decisions = ids(&cd.decisions);
    let mut seen = BTreeSet::new();
    let base = "plan.codesign";
    let mut item = |list: &str, i: usize, it: Item, err: &mut dyn FnMut(String, Problem)| {
        let p = format!("{base}.{list}[{i}]");
        if !seen.insert(it.id()) {
            err(format!("{p}.id"), Problem::DuplicateId);
        }
        if it
            .texts()
            .iter()
            .any(|t| t.chars().count() > MAX_TEXT_CHARS)
        {
            err(p, Problem::TooLong);
        }
    };
    for (name, len) in [
        ("sessions", cd.sessions.len()),
        ("decisions", cd.decisions.len()),
        ("bodies", cd.bodies.len()),
        ("indicators", cd.indicators.len()),
        ("commitments", cd.commitments.len()),
        ("funding", cd.funding.len()),
        ("complements", cd.complements.len()),
    ] {
        if len > MAX_ITEMS {
            err(format!("{base}.{name}"), Problem::TooMany);
        }
    }
    let one = |path: String,
               id: Option<PlanId>,
               set: &BTreeSet<PlanId>,
               err: &mut dyn FnMut(String, Problem)| {
        if id.is_some_and(|id| !set.contains(&id)) {
            err(path, Problem::DanglingReference);
        }
    };
    let many = |path: String,
                l: &[PlanId],
                set: &BTreeSet<PlanId>,
                err: &mut dyn FnMut(String, Problem)| {
        for (k, id) in l.iter().enumerate() {
            if !set.contains(id) {
                err(format!("{path}[{k}]"), Problem::DanglingReference);
            }
        }
    };
    one(
        format!("{base}.cabina.chair"),
        cd.cabina.chair,
        &stakeholders,
        err,
    );
    for (i, s) in cd.sessions.iter().enumerate() {
        item("sessions", i, Item::Session(s.clone()), err);
        let p = format!("{base}.sessions[{i}]");
        one(
            format!("{p}.convened_by"),
            s.convened_by,
            &stakeholders,
            err,
        );
        many(
            format!("{p}.participants"),
            &s.participants,
            &stakeholders,
            err,
        );
    }
    for (i, d) in cd.decisions.iter().enumerate() {
        item("decisions", i, Item::Decision(d.clone()), err);
        let p = format!("{base}.decisions[{i}]");
        one(format!("{p}.alliance"), d.alliance, &alliances, err);
        one(format!("{p}.revises"), d.revises, &decisions, err);
        match d.by {
            Some(Decider::Body(b)) => one(format!("{p}.by"), Some(b), &bodies, err),
            Some(Decider::Session(s)) => one(format!("{p}.by"), Some(s), &sessions, err),
            _ => {}
        }
        for (k, c) in d.cells.iter().enumerate() {
            if !territories.contains(&c.territory) || !themes.contains(&c.theme) {
                err(format!("{p}.cells[{k}]"), Problem::DanglingReference);
            }
        }
        if d.revises.is_some() && check_decision(&cd.decisions, d).is_err() {
            err(format!("{p}.revises"), Problem::OutOfRange);
        }
    }
    for (i, b) in cd.bodies.iter().enumerate() {
        item("bodies", i, Item::Body(b.clone()), err);
        let p = format!("{base}.bodies[{i}]");
        one(format!("{p}.chair"), b.chair, &stakeholders, err);
        many(format!("{p}.members"), &b.members, &stakeholders, err);
        many(format!("{p}.alliances"), &b.alliances, &alliances, err);
        many(
            format!("{p}.territories"),
            &b.territories,
            &territories,
            err,
        );
        many(format!("{p}.themes"), &b.themes, &themes, err);
    }
    for (i, x) in cd.indicators.iter().enumerate() {
        item("indicators", i, Item::Indicator(x.clone()), err);
        let p = format!("{base}.indicators[{i}]");
        one(format!("{p}.alliance"), x.alliance, &alliances, err);
        one(
            format!("{p}.responsible"),
            x.responsible,
            &stakeholders,
            err,
        );
        if x.measurements.len() > MAX_ITEMS {
            err(format!("{p}.measurements"), Problem::TooMany);
        }
        if check_indicator(x).is_err() {
            err(p, Problem::OutOfRange);
        }
    }
    for (i, c) in cd.commitments.iter().enumerate() {
        item("commitments", i, Item::Commitment(c.clone()), err);
        let p = format!("{base}.commitments[{i}]");
        one(format!("{p}.alliance"), Some(c.alliance), &alliances, err);
        one(format!("{p}.partner"), Some(c.partner), &stakeholders, err);
    }
    for (i, f) in cd.funding.iter().enumerate() {
        item("funding", i, Item::Funding(f.clone()), err);
        let p = format!("{base}.funding[{i}]");
        one(format!("{p}.alliance"), f.alliance, &alliances, err);
        one(
            format!("{p}.intervention"),
            f.intervention,
            &interventions,
            err,
        );
        if f.amount.0 < 0 {
            err(format!("{p}.amount"), Problem::OutOfRange);
        }
    }
    for (i, c) in cd.complements.iter().enumerate() {
        item("complements", i, Item::Complement(c.clone()), err);
        let p = format!("{base}.complements[{i}]");
        one(format!("{p}.alliance"), Some(c.alliance), &alliances, err);
        one(
            format!("{p}.intervention"),
            Some(c.intervention),
            &interventions,
            err,
        );
    }
}

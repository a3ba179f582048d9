//! Validation of the matrix section (dangling references, duplicate ids) and
//! the rules that say whether a drop is allowed, and why not.
use super::{Cell, NetworkStage};
use crate::model::axes::Axis;
use crate::model::ids::PlanId;
use crate::model::plan::{Plan, Stakeholder};
use crate::model::validate::{Problem, MAX_ITEMS, MAX_TEXT_CHARS};
use std::collections::BTreeSet;

/// Why a partner or an alliance cannot go where it was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    AlreadyMember,
    IsLead,
    NotInterested,
    AlreadyInCell,
    UnknownTarget,
}

/// Whether `partner` can be added to `alliance` as a member.
pub fn can_add_member(plan: &Plan, alliance: PlanId, partner: PlanId) -> Result<(), Refusal> {
    let a = plan
        .alliances
        .iter()
        .find(|a| a.id == alliance)
        .ok_or(Refusal::UnknownTarget)?;
    if a.lead == Some(partner) {
        return Err(Refusal::IsLead);
    }
    if a.members.iter().any(|m| m.partner == partner) {
        return Err(Refusal::AlreadyMember);
    }
    can_join_alliances(plan, partner)
}

/// Whether `partner` can join any alliance at all: a partner of the register
/// that has not said it is not interested. A partner refused here is refused
/// by every alliance, so the matrix says so when it is picked, instead of
/// letting it be carried to targets that all refuse it.
pub fn can_join_alliances(plan: &Plan, partner: PlanId) -> Result<(), Refusal> {
    let p = plan
        .stakeholders
        .iter()
        .find(|s| s.id == partner)
        .ok_or(Refusal::UnknownTarget)?;
    joinable(p)
}

/// The rule of [`can_join_alliances`] for a partner at hand (to go through
/// the register without looking each one up).
pub fn joinable(partner: &Stakeholder) -> Result<(), Refusal> {
    if partner.network.stage == NetworkStage::NonInteressato {
        return Err(Refusal::NotInterested);
    }
    Ok(())
}

/// Whether `alliance` can be placed on `cell`.
pub fn can_place(plan: &Plan, alliance: PlanId, cell: Cell) -> Result<(), Refusal> {
    let a = plan
        .alliances
        .iter()
        .find(|a| a.id == alliance)
        .ok_or(Refusal::UnknownTarget)?;
    let known = plan.axes.territories.iter().any(|t| t.id == cell.territory)
        && plan.axes.themes.iter().any(|t| t.id == cell.theme);
    if !known {
        return Err(Refusal::UnknownTarget);
    }
    if a.covers(cell) {
        return Err(Refusal::AlreadyInCell);
    }
    Ok(())
}

/// Problems of the matrix section, with field paths (`plan.alliances[3].cells[0]`).
pub fn validate_matrix(plan: &Plan, err: &mut dyn FnMut(String, Problem)) {
    let stakeholders: BTreeSet<PlanId> = plan.stakeholders.iter().map(|s| s.id).collect();
    let territories: BTreeSet<PlanId> = plan.axes.territories.iter().map(|t| t.id).collect();
    let themes: BTreeSet<PlanId> = plan.axes.themes.iter().map(|t| t.id).collect();
    let interventions: BTreeSet<PlanId> = plan.context.interventions.iter().map(|i| i.id).collect();
    let long = |s: &str| s.chars().count() > MAX_TEXT_CHARS;
    for (i, s) in plan.stakeholders.iter().enumerate() {
        let n = &s.network;
        if long(&n.advantages) {
            err(
                format!("plan.stakeholders[{i}].network.advantages"),
                Problem::TooLong,
            );
        }
        if long(&n.commitments) {
            err(
                format!("plan.stakeholders[{i}].network.commitments"),
                Problem::TooLong,
            );
        }
    }
    if plan.alliances.len() > MAX_ITEMS {
        err("plan.alliances".into(), Problem::TooMany);
    }
    let mut ids = BTreeSet::new();
    for (i, a) in plan.alliances.iter().enumerate() {
        let at = format!("plan.alliances[{i}]");
        if !ids.insert(a.id) || stakeholders.contains(&a.id) {
            err(format!("{at}.id"), Problem::DuplicateId);
        }
        if long(&a.name) {
            err(format!("{at}.name"), Problem::TooLong);
        }
        if long(&a.objective) {
            err(format!("{at}.objective"), Problem::TooLong);
        }
        if a.lead.is_some_and(|l| !stakeholders.contains(&l)) {
            err(format!("{at}.lead"), Problem::DanglingReference);
        }
        let mut members = BTreeSet::new();
        for (j, m) in a.members.iter().enumerate() {
            if !stakeholders.contains(&m.partner) {
                err(
                    format!("{at}.members[{j}].partner"),
                    Problem::DanglingReference,
                );
            }
            if !members.insert(m.partner) {
                err(format!("{at}.members[{j}].partner"), Problem::DuplicateId);
            }
            if long(&m.role) {
                err(format!("{at}.members[{j}].role"), Problem::TooLong);
            }
        }
        let mut cells = BTreeSet::new();
        for (j, c) in a.cells.iter().enumerate() {
            if !territories.contains(&c.territory) || !themes.contains(&c.theme) {
                err(format!("{at}.cells[{j}]"), Problem::DanglingReference);
            }
            if !cells.insert(*c) {
                err(format!("{at}.cells[{j}]"), Problem::DuplicateId);
            }
        }
        for (j, x) in a.interventions.iter().enumerate() {
            if !interventions.contains(x) {
                err(
                    format!("{at}.interventions[{j}]"),
                    Problem::DanglingReference,
                );
            }
        }
    }
    let g = &plan.governance;
    let mut seen = BTreeSet::new();
    for (i, c) in g.coordinators.iter().enumerate() {
        let axis_ok = match c.axis {
            Axis::Territories => territories.contains(&c.item),
            Axis::Themes => themes.contains(&c.item),
        };
        if !axis_ok {
            err(
                format!("plan.governance.coordinators[{i}].item"),
                Problem::DanglingReference,
            );
        }
        if !seen.insert((c.axis, c.item)) {
            err(
                format!("plan.governance.coordinators[{i}].item"),
                Problem::DuplicateId,
            );
        }
        if !stakeholders.contains(&c.partner) {
            err(
                format!("plan.governance.coordinators[{i}].partner"),
                Problem::DanglingReference,
            );
        }
    }
    let mut seen = BTreeSet::new();
    for (i, p) in g.cabina_di_regia.iter().enumerate() {
        if !stakeholders.contains(p) {
            err(
                format!("plan.governance.cabina_di_regia[{i}]"),
                Problem::DanglingReference,
            );
        }
        if !seen.insert(*p) {
            err(
                format!("plan.governance.cabina_di_regia[{i}]"),
                Problem::DuplicateId,
            );
        }
    }
}

//! Every change to a plan is an [`Edit`] value applied by [`apply`], which returns
//! the edit that undoes it. Undo, redo, autosave and logging all rest on this.
use super::axes::{self, AxesEdit};
use super::ids::PlanId;
use super::list;
use super::matrix::{apply_matrix, AllianceText, MatrixEdit, PartnerText};
use super::plan::{Plan, Stakeholder, StakeholderKind};
use super::validate::MAX_TEXT_CHARS;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The free-text fields of the plan itself and of its foundations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlanField {
    Title,
    PromoterComune,
    SharedObjective,
    TargetPopulation,
    Description,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StakeholderField {
    Name,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    SetText {
        field: PlanField,
        value: String,
    },
    SetIntentToFormalise(bool),
    InsertStakeholder {
        index: usize,
        stakeholder: Stakeholder,
    },
    RemoveStakeholder {
        id: PlanId,
    },
    SetStakeholderName {
        id: PlanId,
        name: String,
    },
    SetStakeholderKind {
        id: PlanId,
        kind: StakeholderKind,
    },
    MoveStakeholder {
        id: PlanId,
        to: usize,
    },
    Axes(AxesEdit),
    Context(super::context::ContextEdit),
    /// The alliance matrix and the partners' network record (steps 3–4).
    Matrix(MatrixEdit),
    /// Step 6, the words of the act (formalisation).
    Formal(super::formal::FormalEdit),
    /// Co-design sessions and the management levers (step 5).
    CoDesign(super::codesign::CoDesignEdit),
    /// Several edits as one step of undo (e.g. removing a territory together
    /// with every reference to it). Applied in order; all or nothing.
    Batch(Vec<Edit>),
}

/// Edits with the same key that follow each other closely are one step of undo
/// (typing a sentence is undone as a whole, not letter by letter).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CoalesceKey {
    Text(PlanField),
    Stakeholder(PlanId, StakeholderField),
    Axis(axes::Axis, PlanId),
    Context(super::context::ContextKey),
    Alliance(PlanId, AllianceText),
    MemberRole(PlanId, PlanId),
    Partner(PlanId, PartnerText),
    Formal(super::formal::FormalKey),
}

impl Edit {
    pub fn coalesce_key(&self) -> Option<CoalesceKey> {
        match self {
            Edit::SetText { field, .. } => Some(CoalesceKey::Text(*field)),
            Edit::SetStakeholderName { id, .. } => {
                Some(CoalesceKey::Stakeholder(*id, StakeholderField::Name))
            }
            Edit::Axes(AxesEdit::Rename { axis, id, .. }) => Some(CoalesceKey::Axis(*axis, *id)),
            Edit::Context(e) => e.coalesce_key().map(CoalesceKey::Context),
            Edit::Matrix(MatrixEdit::SetAllianceText { id, field, .. }) => {
                Some(CoalesceKey::Alliance(*id, *field))
            }
            Edit::Matrix(MatrixEdit::SetMemberRole {
                alliance, partner, ..
            }) => Some(CoalesceKey::MemberRole(*alliance, *partner)),
            Edit::Matrix(MatrixEdit::SetPartnerText { partner, field, .. }) => {
                Some(CoalesceKey::Partner(*partner, *field))
            }
            Edit::Formal(e) => e.coalesce_key().map(CoalesceKey::Formal),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The item the edit names is not in the plan (e.g. removed meanwhile).
    NotFound(PlanId),
    /// An id that is already used in the plan.
    DuplicateId(PlanId),
    IndexOutOfRange {
        index: usize,
        len: usize,
    },
    TooLong {
        max_chars: usize,
    },
    /// The item breaks a rule of its section (the screen says which).
    Rule(super::codesign::Rule),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::NotFound(id) => write!(f, "item {id} not found"),
            EditError::DuplicateId(id) => write!(f, "id {id} already used"),
            EditError::IndexOutOfRange { index, len } => {
                write!(f, "position {index} outside 0..={len}")
            }
            EditError::TooLong { max_chars } => {
                write!(f, "text longer than {max_chars} characters")
            }
            EditError::Rule(rule) => write!(f, "refused: {}", rule.as_str()),
        }
    }
}

impl std::error::Error for EditError {}

fn text_mut(plan: &mut Plan, field: PlanField) -> &mut String {
    let f = &mut plan.foundations;
    match field {
        PlanField::Title => &mut plan.title,
        PlanField::PromoterComune => &mut f.promoter_comune,
        PlanField::SharedObjective => &mut f.shared_objective,
        PlanField::TargetPopulation => &mut f.target_population,
        PlanField::Description => &mut f.description,
    }
}

impl Plan {
    /// The current text of a free-text field.
    pub fn text(&self, field: PlanField) -> &str {
        let f = &self.foundations;
        match field {
            PlanField::Title => &self.title,
            PlanField::PromoterComune => &f.promoter_comune,
            PlanField::SharedObjective => &f.shared_objective,
            PlanField::TargetPopulation => &f.target_population,
            PlanField::Description => &f.description,
        }
    }
}

fn check_len(text: &str) -> Result<(), EditError> {
    if text.chars().count() > MAX_TEXT_CHARS {
        Err(EditError::TooLong {
            max_chars: MAX_TEXT_CHARS,
        })
    } else {
        Ok(())
    }
}

/// Applies `edit` to `plan` and returns the edit that undoes it. On error the
/// plan is unchanged. `now` becomes the plan's `updated_at`.
pub fn apply(plan: &mut Plan, edit: Edit, now: DateTime<Utc>) -> Result<Edit, EditError> {
    let inverse = apply_inner(plan, edit)?;
    plan.updated_at = now;
    Ok(inverse)
}

fn apply_inner(plan: &mut Plan, edit: Edit) -> Result<Edit, EditError> {
    // Whatever screen removes an item others refer to, the references go with
    // it in the same undo step (the removal itself then finds none left).
    if let Some(target) = super::references::Target::removed_by(&edit) {
        let mut refs = super::references::references(plan, target);
        if !refs.is_empty() {
            refs.push(edit);
            return apply_inner(plan, Edit::Batch(refs));
        }
    }
    Ok(match edit {
        Edit::SetText { field, value } => {
            check_len(&value)?;
            let old = std::mem::replace(text_mut(plan, field), value);
            Edit::SetText { field, value: old }
        }
        Edit::SetIntentToFormalise(value) => {
            let old = std::mem::replace(&mut plan.foundations.intent_to_formalise, value);
            Edit::SetIntentToFormalise(old)
        }
        Edit::InsertStakeholder { index, stakeholder } => {
            check_len(&stakeholder.name)?;
            let id = stakeholder.id;
            list::insert(&mut plan.stakeholders, index, stakeholder)?;
            Edit::RemoveStakeholder { id }
        }
        Edit::RemoveStakeholder { id } => {
            let (index, stakeholder) = list::remove(&mut plan.stakeholders, id)?;
            Edit::InsertStakeholder { index, stakeholder }
        }
        Edit::SetStakeholderName { id, name } => {
            check_len(&name)?;
            let s = list::get_mut(&mut plan.stakeholders, id)?;
            let old = std::mem::replace(&mut s.name, name);
            Edit::SetStakeholderName { id, name: old }
        }
        Edit::SetStakeholderKind { id, kind } => {
            let s = list::get_mut(&mut plan.stakeholders, id)?;
            let old = std::mem::replace(&mut s.kind, kind);
            Edit::SetStakeholderKind { id, kind: old }
        }
        Edit::MoveStakeholder { id, to } => {
            let from = list::move_to(&mut plan.stakeholders, id, to)?;
            Edit::MoveStakeholder { id, to: from }
        }
        Edit::Axes(e) => {
            match &e {
                AxesEdit::Insert { item, .. } => check_len(&item.name)?,
                AxesEdit::Rename { name, .. } => check_len(name)?,
                _ => {}
            }
            Edit::Axes(axes::apply(&mut plan.axes, e)?)
        }
        Edit::Context(e) => Edit::Context(super::context::apply(plan, e)?),
        Edit::Matrix(e) => {
            match &e {
                MatrixEdit::InsertAlliance { alliance: a, .. } => {
                    check_len(&a.name)?;
                    check_len(&a.objective)?;
                }
                MatrixEdit::SetAllianceText { value: t, .. }
                | MatrixEdit::SetMemberRole { role: t, .. }
                | MatrixEdit::SetPartnerText { value: t, .. } => check_len(t)?,
                _ => {}
            }
            Edit::Matrix(apply_matrix(plan, e)?)
        }
        Edit::Formal(e) => Edit::Formal(super::formal::apply_formal(plan, e)?),
        Edit::CoDesign(e) => Edit::CoDesign(super::codesign::apply_codesign(plan, e)?),
        Edit::Batch(edits) => {
            let mut inverses = Vec::with_capacity(edits.len());
            for e in edits {
                match apply_inner(plan, e) {
                    Ok(inv) => inverses.push(inv),
                    Err(err) => {
                        // All or nothing: roll back what was applied.
                        while let Some(inv) = inverses.pop() {
                            apply_inner(plan, inv).expect("an inverse always applies");
                        }
                        return Err(err);
                    }
                }
            }
            inverses.reverse();
            Edit::Batch(inverses)
        }
    })
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;

//! Every change to a plan is an [`Edit`] value applied by [`apply`], which returns
//! the edit that undoes it. Undo, redo, autosave and logging all rest on this.
use super::ids::PlanId;
use super::plan::{Member, MemberKind, Plan};
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
pub enum MemberField {
    Name,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    SetText { field: PlanField, value: String },
    SetIntentToFormalise(bool),
    InsertMember { index: usize, member: Member },
    RemoveMember { id: PlanId },
    SetMemberName { id: PlanId, name: String },
    SetMemberKind { id: PlanId, kind: MemberKind },
    MoveMember { id: PlanId, to: usize },
}

/// Edits with the same key that follow each other closely are one step of undo
/// (typing a sentence is undone as a whole, not letter by letter).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CoalesceKey {
    Text(PlanField),
    Member(PlanId, MemberField),
}

impl Edit {
    pub fn coalesce_key(&self) -> Option<CoalesceKey> {
        match self {
            Edit::SetText { field, .. } => Some(CoalesceKey::Text(*field)),
            Edit::SetMemberName { id, .. } => Some(CoalesceKey::Member(*id, MemberField::Name)),
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

fn member_index(plan: &Plan, id: PlanId) -> Result<usize, EditError> {
    plan.foundations
        .members
        .iter()
        .position(|m| m.id == id)
        .ok_or(EditError::NotFound(id))
}

/// Applies `edit` to `plan` and returns the edit that undoes it. On error the
/// plan is unchanged. `now` becomes the plan's `updated_at`.
pub fn apply(plan: &mut Plan, edit: Edit, now: DateTime<Utc>) -> Result<Edit, EditError> {
    let inverse = match edit {
        Edit::SetText { field, value } => {
            check_len(&value)?;
            let old = std::mem::replace(text_mut(plan, field), value);
            Edit::SetText { field, value: old }
        }
        Edit::SetIntentToFormalise(value) => {
            let old = std::mem::replace(&mut plan.foundations.intent_to_formalise, value);
            Edit::SetIntentToFormalise(old)
        }
        Edit::InsertMember { index, member } => {
            check_len(&member.name)?;
            let len = plan.foundations.members.len();
            if index > len {
                return Err(EditError::IndexOutOfRange { index, len });
            }
            if member_index(plan, member.id).is_ok() {
                return Err(EditError::DuplicateId(member.id));
            }
            let id = member.id;
            plan.foundations.members.insert(index, member);
            Edit::RemoveMember { id }
        }
        Edit::RemoveMember { id } => {
            let index = member_index(plan, id)?;
            let member = plan.foundations.members.remove(index);
            Edit::InsertMember { index, member }
        }
        Edit::SetMemberName { id, name } => {
            check_len(&name)?;
            let index = member_index(plan, id)?;
            let old = std::mem::replace(&mut plan.foundations.members[index].name, name);
            Edit::SetMemberName { id, name: old }
        }
        Edit::SetMemberKind { id, kind } => {
            let index = member_index(plan, id)?;
            let old = std::mem::replace(&mut plan.foundations.members[index].kind, kind);
            Edit::SetMemberKind { id, kind: old }
        }
        Edit::MoveMember { id, to } => {
            let from = member_index(plan, id)?;
            let len = plan.foundations.members.len();
            if to >= len {
                return Err(EditError::IndexOutOfRange { index: to, len });
            }
            let member = plan.foundations.members.remove(from);
            plan.foundations.members.insert(to, member);
            Edit::MoveMember { id, to: from }
        }
    };
    plan.updated_at = now;
    Ok(inverse)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(s, 0).unwrap()
    }

    fn id(n: u8) -> PlanId {
        PlanId::from_random_bytes([n; 16])
    }

    fn plan() -> Plan {
        Plan::new(id(1), "Piano", at(0))
    }

    fn member(n: u8, name: &str) -> Member {
        Member {
            id: id(n),
            name: name.into(),
            kind: MemberKind::ThirdSector,
        }
    }

    /// The document without its change timestamp, to compare contents.
    fn content(p: &Plan) -> Plan {
        let mut c = p.clone();
        c.updated_at = at(0);
        c
    }

    /// Applying an edit and then its inverse gives back the same document, and
    /// the inverse of the inverse redoes the edit.
    fn assert_undoes(mut p: Plan, edit: Edit) {
        let before = content(&p);
        let inverse = apply(&mut p, edit, at(10)).unwrap();
        let after = content(&p);
        assert_ne!(after, before, "the edit changed nothing");
        let redo = apply(&mut p, inverse, at(20)).unwrap();
        assert_eq!(content(&p), before);
        apply(&mut p, redo, at(30)).unwrap();
        assert_eq!(content(&p), after);
    }

    #[test]
    fn every_edit_is_undone_by_the_edit_it_returns() {
        let mut with_two = plan();
        with_two.foundations.members = vec![member(2, "A"), member(3, "B")];
        assert_undoes(
            plan(),
            Edit::SetText {
                field: PlanField::Title,
                value: "Nuovo".into(),
            },
        );
        for field in [
            PlanField::PromoterComune,
            PlanField::SharedObjective,
            PlanField::TargetPopulation,
            PlanField::Description,
        ] {
            assert_undoes(
                plan(),
                Edit::SetText {
                    field,
                    value: "testo".into(),
                },
            );
        }
        assert_undoes(plan(), Edit::SetIntentToFormalise(true));
        assert_undoes(
            with_two.clone(),
            Edit::InsertMember {
                index: 1,
                member: member(4, "C"),
            },
        );
        assert_undoes(with_two.clone(), Edit::RemoveMember { id: id(2) });
        assert_undoes(
            with_two.clone(),
            Edit::SetMemberName {
                id: id(3),
                name: "Bee".into(),
            },
        );
        assert_undoes(
            with_two.clone(),
            Edit::SetMemberKind {
                id: id(3),
                kind: MemberKind::Comune,
            },
        );
        assert_undoes(with_two, Edit::MoveMember { id: id(2), to: 1 });
    }

    #[test]
    fn removing_a_member_and_undoing_puts_it_back_in_place() {
        let mut p = plan();
        p.foundations.members = vec![member(2, "A"), member(3, "B"), member(4, "C")];
        let inverse = apply(&mut p, Edit::RemoveMember { id: id(3) }, at(5)).unwrap();
        let names: Vec<_> = p
            .foundations
            .members
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names, ["A", "C"]);
        apply(&mut p, inverse, at(6)).unwrap();
        let names: Vec<_> = p
            .foundations
            .members
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names, ["A", "B", "C"]);
    }

    #[test]
    fn a_successful_edit_stamps_updated_at_and_a_failed_one_changes_nothing() {
        let mut p = plan();
        apply(&mut p, Edit::SetIntentToFormalise(true), at(42)).unwrap();
        assert_eq!(p.updated_at, at(42));
        let before = p.clone();
        let err = apply(&mut p, Edit::RemoveMember { id: id(9) }, at(99)).unwrap_err();
        assert_eq!(err, EditError::NotFound(id(9)));
        assert_eq!(p, before);
    }

    #[test]
    fn invalid_edits_are_refused() {
        let mut p = plan();
        p.foundations.members = vec![member(2, "A")];
        let far = Edit::InsertMember {
            index: 5,
            member: member(3, "B"),
        };
        assert_eq!(
            apply(&mut p, far, at(1)),
            Err(EditError::IndexOutOfRange { index: 5, len: 1 })
        );
        let dup = Edit::InsertMember {
            index: 0,
            member: member(2, "again"),
        };
        assert_eq!(
            apply(&mut p, dup, at(1)),
            Err(EditError::DuplicateId(id(2)))
        );
        let long = Edit::SetText {
            field: PlanField::Description,
            value: "x".repeat(MAX_TEXT_CHARS + 1),
        };
        assert!(matches!(
            apply(&mut p, long, at(1)),
            Err(EditError::TooLong { .. })
        ));
        let mv = Edit::MoveMember { id: id(2), to: 1 };
        assert!(matches!(
            apply(&mut p, mv, at(1)),
            Err(EditError::IndexOutOfRange { .. })
        ));
    }

    #[test]
    fn typing_in_the_same_field_shares_a_coalesce_key() {
        let a = Edit::SetText {
            field: PlanField::Title,
            value: "a".into(),
        };
        let b = Edit::SetText {
            field: PlanField::Title,
            value: "ab".into(),
        };
        let other = Edit::SetText {
            field: PlanField::Description,
            value: "a".into(),
        };
        assert_eq!(a.coalesce_key(), b.coalesce_key());
        assert_ne!(a.coalesce_key(), other.coalesce_key());
        assert_eq!(Edit::SetIntentToFormalise(true).coalesce_key(), None);
    }
}

//! Edits of the context analysis, each returning its inverse, and the
//! compound removals that take every reference to an item away with it.
use super::data::{DataRow, TableHead, TableKind, TerritoryCount};
use super::sources::{PartKind, PartNotes, Source};
use super::{Intervention, Need, StakeholderProfile};
use crate::model::edit::EditError;
use crate::model::ids::PlanId;
use crate::model::list;
use crate::model::plan::Plan;
use crate::model::validate::MAX_TEXT_CHARS;
use serde::{Deserialize, Serialize};

/// A register of the analysis (the stakeholders have edits of their own).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Register {
    Needs,
    Interventions,
    Sources,
    Rows(TableKind),
}

/// An item of a register, whole.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Item {
    Need(Need),
    Intervention(Intervention),
    Source(Source),
    Row(TableKind, DataRow),
}

impl Item {
    pub fn id(&self) -> PlanId {
        match self {
            Item::Need(x) => x.id,
            Item::Intervention(x) => x.id,
            Item::Source(x) => x.id,
            Item::Row(_, x) => x.id,
        }
    }

    pub fn register(&self) -> Register {
        match self {
            Item::Need(_) => Register::Needs,
            Item::Intervention(_) => Register::Interventions,
            Item::Source(_) => Register::Sources,
            Item::Row(t, _) => Register::Rows(*t),
        }
    }

    fn texts(&self) -> Vec<&str> {
        match self {
            Item::Need(x) => vec![&x.description, &x.evidence],
            Item::Intervention(x) => vec![&x.title, &x.referent],
            Item::Source(x) => vec![&x.description, &x.provided_by],
            Item::Row(_, x) => vec![&x.label],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ContextEdit {
    Insert {
        index: usize,
        item: Item,
    },
    Remove {
        register: Register,
        id: PlanId,
    },
    /// Replaces the item with the same id (in its register) by this one.
    Replace(Item),
    Move {
        register: Register,
        id: PlanId,
        to: usize,
    },
    SetTableHead {
        table: TableKind,
        head: TableHead,
    },
    /// `None` removes the figure.
    SetTerritoryCount {
        territory: PlanId,
        count: Option<u32>,
    },
    SetNotes {
        part: PartKind,
        notes: PartNotes,
    },
    SetReviewInterval(u32),
    SetProfile {
        stakeholder: PlanId,
        profile: StakeholderProfile,
    },
}

/// Typing in one item (or table head, or part) is one step of undo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContextKey {
    Item(PlanId),
    Head(TableKind),
    Territory(PlanId),
    Notes(PartKind),
    Interval,
    Profile(PlanId),
}

impl ContextEdit {
    pub fn coalesce_key(&self) -> Option<ContextKey> {
        match self {
            ContextEdit::Replace(item) => Some(ContextKey::Item(item.id())),
            ContextEdit::SetTableHead { table, .. } => Some(ContextKey::Head(*table)),
            ContextEdit::SetTerritoryCount { territory, .. } => {
                Some(ContextKey::Territory(*territory))
            }
            ContextEdit::SetNotes { part, .. } => Some(ContextKey::Notes(*part)),
            ContextEdit::SetReviewInterval(_) => Some(ContextKey::Interval),
            ContextEdit::SetProfile { stakeholder, .. } => Some(ContextKey::Profile(*stakeholder)),
            _ => None,
        }
    }
}

fn check_len<'a>(texts: impl IntoIterator<Item = &'a str>) -> Result<(), EditError> {
    if texts
        .into_iter()
        .any(|t| t.chars().count() > MAX_TEXT_CHARS)
    {
        Err(EditError::TooLong {
            max_chars: MAX_TEXT_CHARS,
        })
    } else {
        Ok(())
    }
}

/// Applies one register operation to the right list.
macro_rules! on_register {
    ($ctx:expr, $register:expr, |$l:ident| $body:expr) => {
        match $register {
            Register::Needs => {
                let $l = &mut $ctx.needs;
                $body
            }
            Register::Interventions => {
                let $l = &mut $ctx.interventions;
                $body
            }
            Register::Sources => {
                let $l = &mut $ctx.sources;
                $body
            }
            Register::Rows(t) => {
                let $l = &mut $ctx.demographics.table_mut(t).rows;
                $body
            }
        }
    };
}

pub fn apply(plan: &mut Plan, edit: ContextEdit) -> Result<ContextEdit, EditError> {
    let ctx = &mut plan.context;
    Ok(match edit {
        ContextEdit::Insert { index, item } => {
            check_len(item.texts())?;
            let (register, id) = (item.register(), item.id());
            match item {
                Item::Need(x) => list::insert(&mut ctx.needs, index, x)?,
                Item::Intervention(x) => list::insert(&mut ctx.interventions, index, x)?,
                Item::Source(x) => list::insert(&mut ctx.sources, index, x)?,
                Item::Row(t, x) => list::insert(&mut ctx.demographics.table_mut(t).rows, index, x)?,
            }
            ContextEdit::Remove { register, id }
        }
        ContextEdit::Remove { register, id } => {
            let (index, item) = match register {
                Register::Needs => {
                    let (i, x) = list::remove(&mut ctx.needs, id)?;
                    (i, Item::Need(x))
                }
                Register::Interventions => {
                    let (i, x) = list::remove(&mut ctx.interventions, id)?;
                    (i, Item::Intervention(x))
                }
                Register::Sources => {
                    let (i, x) = list::remove(&mut ctx.sources, id)?;
                    (i, Item::Source(x))
                }
                Register::Rows(t) => {
                    let (i, x) = list::remove(&mut ctx.demographics.table_mut(t).rows, id)?;
                    (i, Item::Row(t, x))
                }
            };
            ContextEdit::Insert { index, item }
        }
        ContextEdit::Replace(item) => {
            check_len(item.texts())?;
            let id = item.id();
            let old = match item {
                Item::Need(x) => {
                    Item::Need(std::mem::replace(list::get_mut(&mut ctx.needs, id)?, x))
                }
                Item::Intervention(x) => Item::Intervention(std::mem::replace(
                    list::get_mut(&mut ctx.interventions, id)?,
                    x,
                )),
                Item::Source(x) => {
                    Item::Source(std::mem::replace(list::get_mut(&mut ctx.sources, id)?, x))
                }
                Item::Row(t, x) => {
                    let rows = &mut ctx.demographics.table_mut(t).rows;
                    Item::Row(t, std::mem::replace(list::get_mut(rows, id)?, x))
                }
            };
            ContextEdit::Replace(old)
        }
        ContextEdit::Move { register, id, to } => {
            let from = on_register!(ctx, register, |l| list::move_to(l, id, to)?);
            ContextEdit::Move {
                register,
                id,
                to: from,
            }
        }
        ContextEdit::SetTableHead { table, head } => {
            let old = std::mem::replace(&mut ctx.demographics.table_mut(table).head, head);
            ContextEdit::SetTableHead { table, head: old }
        }
        ContextEdit::SetTerritoryCount { territory, count } => {
            let counts = &mut ctx.demographics.territory_counts;
            let at = counts.iter().position(|c| c.territory == territory);
            let old = at.map(|i| counts[i].count);
            match (at, count) {
                (Some(i), Some(n)) => counts[i].count = n,
                (Some(i), None) => {
                    counts.remove(i);
                }
                (None, Some(n)) => counts.push(TerritoryCount {
                    territory,
                    count: n,
                }),
                (None, None) => {}
            }
            ContextEdit::SetTerritoryCount {
                territory,
                count: old,
            }
        }
        ContextEdit::SetNotes { part, notes } => {
            check_len([notes.narrative.as_str(), notes.author.as_str()])?;
            let old = std::mem::replace(ctx.parts.get_mut(part), notes);
            ContextEdit::SetNotes { part, notes: old }
        }
        ContextEdit::SetReviewInterval(months) => {
            let old = std::mem::replace(&mut ctx.review_interval_months, months);
            ContextEdit::SetReviewInterval(old)
        }
        ContextEdit::SetProfile {
            stakeholder,
            profile,
        } => {
            check_len([
                profile.mandate.as_str(),
                profile.office.as_str(),
                profile.role.as_str(),
            ])?;
            let s = list::get_mut(&mut plan.stakeholders, stakeholder)?;
            let old = std::mem::replace(&mut s.profile, profile);
            ContextEdit::SetProfile {
                stakeholder,
                profile: old,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{apply as apply_edit, sequential_ids, Edit, Stakeholder};
    use chrono::{DateTime, Utc};

    fn plan() -> Plan {
        Plan::new(
            sequential_ids(1)(),
            "Piano",
            DateTime::<Utc>::default(),
            sequential_ids(2),
        )
    }

    /// The edit changes the plan, its inverse restores it, the redo repeats it.
    fn assert_undoes(mut p: Plan, edit: Edit) -> Plan {
        let now = DateTime::<Utc>::default();
        let before = p.clone();
        let inverse = apply_edit(&mut p, edit, now).unwrap();
        let after = p.clone();
        assert_ne!(after, before, "the edit changed nothing");
        let redo = apply_edit(&mut p, inverse, now).unwrap();
        assert_eq!(p, before);
        apply_edit(&mut p, redo, now).unwrap();
        assert_eq!(p, after);
        after
    }

    #[test]
    fn every_context_edit_is_undone_by_its_inverse() {
        let mut ids = sequential_ids(7);
        let theme = plan().axes.themes[0].id;
        let (need, source, row, stakeholder) = (ids(), ids(), ids(), ids());
        let mut p = plan();
        p.stakeholders.push(Stakeholder {
            id: stakeholder,
            name: "ASL".into(),
            kind: Default::default(),
            profile: Default::default(),
            network: Default::default(),
        });
        let edits = [
            ContextEdit::Insert {
                index: 0,
                item: Item::Source(Source::new(source)),
            },
            ContextEdit::Insert {
                index: 0,
                item: Item::Need(Need::new(need, theme)),
            },
            ContextEdit::Replace(Item::Need(Need {
                sources: vec![source],
                ..Need::new(need, theme)
            })),
            ContextEdit::Insert {
                index: 0,
                item: Item::Row(TableKind::Nationality, DataRow::new(row)),
            },
            ContextEdit::Insert {
                index: 1,
                item: Item::Row(TableKind::Nationality, DataRow::new(ids())),
            },
            ContextEdit::Move {
                register: Register::Rows(TableKind::Nationality),
                id: row,
                to: 1,
            },
            ContextEdit::SetTableHead {
                table: TableKind::AgeSex,
                head: TableHead {
                    stated_total: Some(9),
                    ..Default::default()
                },
            },
            ContextEdit::SetTerritoryCount {
                territory: ids(),
                count: Some(12),
            },
            ContextEdit::SetNotes {
                part: PartKind::Needs,
                notes: PartNotes {
                    narrative: "Testo".into(),
                    ..Default::default()
                },
            },
            ContextEdit::SetReviewInterval(12),
            ContextEdit::SetProfile {
                stakeholder,
                profile: StakeholderProfile {
                    mandate: "Salute".into(),
                    themes: vec![theme],
                    ..Default::default()
                },
            },
            ContextEdit::Remove {
                register: Register::Needs,
                id: need,
            },
        ];
        for e in edits {
            p = assert_undoes(p, Edit::Context(e));
        }
    }

    #[test]
    fn typing_in_one_item_shares_a_key_and_register_changes_have_none() {
        let mut ids = sequential_ids(3);
        let (a, b) = (ids(), ids());
        let key = |id| ContextEdit::Replace(Item::Source(Source::new(id))).coalesce_key();
        assert_eq!(key(a), key(a));
        assert_ne!(key(a), key(b));
        let rm = ContextEdit::Remove {
            register: Register::Sources,
            id: a,
        };
        assert_eq!(rm.coalesce_key(), None);
    }
}

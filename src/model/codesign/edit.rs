//! The edits of the co-design section: insert, remove or replace an item of
//! one of its registers (each checked against the rules), and the edits that
//! take references along when something they name is removed.
use super::rules::check_item;
use super::{Body, CabinaInfo, CoDesign, Commitment, Complement, Decider, Decision, FundingLine};
use super::{Indicator, Session};
use crate::model::axes::Axis;
use crate::model::edit::{Edit, EditError};
use crate::model::ids::PlanId;
use crate::model::list::{self, Identified};
use crate::model::plan::Plan;
use crate::model::references::Target;
use serde::{Deserialize, Serialize};

/// An item of one of the registers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Item {
    Session(Session),
    Decision(Decision),
    Body(Body),
    Indicator(Indicator),
    Commitment(Commitment),
    Funding(FundingLine),
    Complement(Complement),
}

/// Which register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    Sessions,
    Decisions,
    Bodies,
    Indicators,
    Commitments,
    Funding,
    Complements,
}

impl Item {
    pub fn kind(&self) -> Kind {
        match self {
            Item::Session(_) => Kind::Sessions,
            Item::Decision(_) => Kind::Decisions,
            Item::Body(_) => Kind::Bodies,
            Item::Indicator(_) => Kind::Indicators,
            Item::Commitment(_) => Kind::Commitments,
            Item::Funding(_) => Kind::Funding,
            Item::Complement(_) => Kind::Complements,
        }
    }

    pub fn id(&self) -> PlanId {
        match self {
            Item::Session(x) => x.id,
            Item::Decision(x) => x.id,
            Item::Body(x) => x.id,
            Item::Indicator(x) => x.id,
            Item::Commitment(x) => x.id,
            Item::Funding(x) => x.id,
            Item::Complement(x) => x.id,
        }
    }

    /// Every text of the item (for the length check).
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Item::Session(s) => vec![&s.place, &s.agenda, &s.shared, &s.outcomes],
            Item::Decision(d) => vec![&d.text, &d.reason],
            Item::Body(b) => vec![&b.name, &b.frequency],
            Item::Indicator(i) => vec![&i.name, &i.unit, &i.source],
            Item::Commitment(c) => vec![&c.what, &c.resources],
            Item::Funding(_) | Item::Complement(_) => Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CoDesignEdit {
    /// Adds an item, if it keeps the rules.
    Insert {
        index: usize,
        item: Item,
    },
    Remove {
        kind: Kind,
        id: PlanId,
    },
    /// Puts a new version of an item in place of the one with its id, if it
    /// keeps the rules (and a commitment's status follows its workflow).
    Replace(Item),
    /// Undo of a removal: puts the item back as it was, without the rules.
    Reinsert {
        index: usize,
        item: Item,
    },
    /// Undo of a replacement (or a reference taken away): puts a version
    /// back without the rules (undoing a status change goes backwards).
    Restore(Item),
    SetCabina(CabinaInfo),
}

fn insert(cd: &mut CoDesign, index: usize, item: Item) -> Result<(), EditError> {
    match item {
        Item::Session(x) => list::insert(&mut cd.sessions, index, x),
        Item::Decision(x) => list::insert(&mut cd.decisions, index, x),
        Item::Body(x) => list::insert(&mut cd.bodies, index, x),
        Item::Indicator(x) => list::insert(&mut cd.indicators, index, x),
        Item::Commitment(x) => list::insert(&mut cd.commitments, index, x),
        Item::Funding(x) => list::insert(&mut cd.funding, index, x),
        Item::Complement(x) => list::insert(&mut cd.complements, index, x),
    }
}

fn replace_item(cd: &mut CoDesign, item: Item) -> Result<Item, EditError> {
    fn swap<T: Identified>(list: &mut [T], x: T) -> Result<T, EditError> {
        let slot = list::get_mut(list, x.id())?;
        Ok(std::mem::replace(slot, x))
    }
    Ok(match item {
        Item::Session(x) => Item::Session(swap(&mut cd.sessions, x)?),
        Item::Decision(x) => Item::Decision(swap(&mut cd.decisions, x)?),
        Item::Body(x) => Item::Body(swap(&mut cd.bodies, x)?),
        Item::Indicator(x) => Item::Indicator(swap(&mut cd.indicators, x)?),
        Item::Commitment(x) => Item::Commitment(swap(&mut cd.commitments, x)?),
        Item::Funding(x) => Item::Funding(swap(&mut cd.funding, x)?),
        Item::Complement(x) => Item::Complement(swap(&mut cd.complements, x)?),
    })
}

fn remove(cd: &mut CoDesign, kind: Kind, id: PlanId) -> Result<(usize, Item), EditError> {
    fn take<T: Identified>(
        list: &mut Vec<T>,
        id: PlanId,
        wrap: fn(T) -> Item,
    ) -> Result<(usize, Item), EditError> {
        list::remove(list, id).map(|(i, x)| (i, wrap(x)))
    }
    match kind {
        Kind::Sessions => take(&mut cd.sessions, id, Item::Session),
        Kind::Decisions => take(&mut cd.decisions, id, Item::Decision),
        Kind::Bodies => take(&mut cd.bodies, id, Item::Body),
        Kind::Indicators => take(&mut cd.indicators, id, Item::Indicator),
        Kind::Commitments => take(&mut cd.commitments, id, Item::Commitment),
        Kind::Funding => take(&mut cd.funding, id, Item::Funding),
        Kind::Complements => take(&mut cd.complements, id, Item::Complement),
    }
}

/// The item with the id and kind of `item`, as the plan has it now.
pub fn current(cd: &CoDesign, kind: Kind, id: PlanId) -> Option<Item> {
    fn pick<T: Identified + Clone>(list: &[T], id: PlanId, wrap: fn(T) -> Item) -> Option<Item> {
        list.iter().find(|x| x.id() == id).cloned().map(wrap)
    }
    match kind {
        Kind::Sessions => pick(&cd.sessions, id, Item::Session),
        Kind::Decisions => pick(&cd.decisions, id, Item::Decision),
        Kind::Bodies => pick(&cd.bodies, id, Item::Body),
        Kind::Indicators => pick(&cd.indicators, id, Item::Indicator),
        Kind::Commitments => pick(&cd.commitments, id, Item::Commitment),
        Kind::Funding => pick(&cd.funding, id, Item::Funding),
        Kind::Complements => pick(&cd.complements, id, Item::Complement),
    }
}

/// Applies a co-design edit and returns its inverse. Text length is checked
/// here too, the rules of [`check_item`] on `Insert` and `Replace`.
pub fn apply_codesign(plan: &mut Plan, edit: CoDesignEdit) -> Result<CoDesignEdit, EditError> {
    let cd = &mut plan.codesign;
    Ok(match edit {
        CoDesignEdit::Insert { index, item } => {
            check_texts(&item)?;
            check_item(cd, &item, None).map_err(EditError::Rule)?;
            let (kind, id) = (item.kind(), item.id());
            insert(cd, index, item)?;
            CoDesignEdit::Remove { kind, id }
        }
        CoDesignEdit::Reinsert { index, item } => {
            let (kind, id) = (item.kind(), item.id());
            insert(cd, index, item)?;
            CoDesignEdit::Remove { kind, id }
        }
        CoDesignEdit::Remove { kind, id } => {
            let (index, item) = remove(cd, kind, id)?;
            CoDesignEdit::Reinsert { index, item }
        }
        CoDesignEdit::Replace(item) => {
            check_texts(&item)?;
            let old = current(cd, item.kind(), item.id()).ok_or(EditError::NotFound(item.id()))?;
            check_item(cd, &item, Some(&old)).map_err(EditError::Rule)?;
            CoDesignEdit::Restore(replace_item(cd, item)?)
        }
        CoDesignEdit::Restore(item) => CoDesignEdit::Restore(replace_item(cd, item)?),
        CoDesignEdit::SetCabina(info) => {
            check_len(&info.frequency)?;
            CoDesignEdit::SetCabina(std::mem::replace(&mut cd.cabina, info))
        }
    })
}

fn check_len(text: &str) -> Result<(), EditError> {
    let max_chars = crate::model::MAX_TEXT_CHARS;
    if text.chars().count() > max_chars {
        Err(EditError::TooLong { max_chars })
    } else {
        Ok(())
    }
}

fn check_texts(item: &Item) -> Result<(), EditError> {
    item.texts().into_iter().try_for_each(check_len)
}

fn cd_edit(e: CoDesignEdit) -> Edit {
    Edit::CoDesign(e)
}

/// The edits that take every reference to `target` out of the co-design
/// section, to batch before removing it. Commitments and complements that
/// cannot exist without their partner, alliance or intervention go with it;
/// elsewhere the reference is cleared.
pub fn codesign_references(plan: &Plan, target: Target) -> Vec<Edit> {
    let cd = &plan.codesign;
    let mut edits = Vec::new();
    let mut restore = |before: Item, after: Item| {
        if before != after {
            edits.push(cd_edit(CoDesignEdit::Restore(after)));
        }
    };
    let drop_id = |v: &mut Vec<PlanId>, id: PlanId| v.retain(|x| *x != id);
    let clear = |o: &mut Option<PlanId>, id: PlanId| {
        if *o == Some(id) {
            *o = None
        }
    };
    match target {
        Target::Stakeholder(p) => {
            for s in &cd.sessions {
                let mut n = s.clone();
                clear(&mut n.convened_by, p);
                drop_id(&mut n.participants, p);
                restore(Item::Session(s.clone()), Item::Session(n));
            }
            for b in &cd.bodies {
                let mut n = b.clone();
                clear(&mut n.chair, p);
                drop_id(&mut n.members, p);
                restore(Item::Body(b.clone()), Item::Body(n));
            }
            for i in &cd.indicators {
                let mut n = i.clone();
                clear(&mut n.responsible, p);
                restore(Item::Indicator(i.clone()), Item::Indicator(n));
            }
            if cd.cabina.chair == Some(p) {
                edits.push(cd_edit(CoDesignEdit::SetCabina(CabinaInfo {
                    chair: None,
                    ..cd.cabina.clone()
                })));
            }
            for c in cd.commitments.iter().filter(|c| c.partner == p) {
                edits.push(remove_edit(Kind::Commitments, c.id));
            }
        }
        Target::Alliance(a) => {
            for d in &cd.decisions {
                let mut n = d.clone();
                clear(&mut n.alliance, a);
                restore(Item::Decision(d.clone()), Item::Decision(n));
            }
            for b in &cd.bodies {
                let mut n = b.clone();
                drop_id(&mut n.alliances, a);
                restore(Item::Body(b.clone()), Item::Body(n));
            }
            for i in &cd.indicators {
                let mut n = i.clone();
                clear(&mut n.alliance, a);
                restore(Item::Indicator(i.clone()), Item::Indicator(n));
            }
            for f in &cd.funding {
                let mut n = f.clone();
                clear(&mut n.alliance, a);
                restore(Item::Funding(f.clone()), Item::Funding(n));
            }
            for c in cd.commitments.iter().filter(|c| c.alliance == a) {
                edits.push(remove_edit(Kind::Commitments, c.id));
            }
            for c in cd.complements.iter().filter(|c| c.alliance == a) {
                edits.push(remove_edit(Kind::Complements, c.id));
            }
        }
        Target::Intervention(iv) => {
            for f in &cd.funding {
                let mut n = f.clone();
                clear(&mut n.intervention, iv);
                restore(Item::Funding(f.clone()), Item::Funding(n));
            }
            for c in cd.complements.iter().filter(|c| c.intervention == iv) {
                edits.push(remove_edit(Kind::Complements, c.id));
            }
        }
        Target::Axis(axis, t) => {
            let on = |c: &crate::model::matrix::Cell| match axis {
                Axis::Territories => c.territory == t,
                Axis::Themes => c.theme == t,
            };
            for d in &cd.decisions {
                let mut n = d.clone();
                n.cells.retain(|c| !on(c));
                restore(Item::Decision(d.clone()), Item::Decision(n));
            }
            for b in &cd.bodies {
                let mut n = b.clone();
                match axis {
                    Axis::Territories => drop_id(&mut n.territories, t),
                    Axis::Themes => drop_id(&mut n.themes, t),
                }
                restore(Item::Body(b.clone()), Item::Body(n));
            }
        }
        Target::CoDesign(Kind::Decisions, id) => {
            for d in &cd.decisions {
                let mut n = d.clone();
                clear(&mut n.revises, id);
                restore(Item::Decision(d.clone()), Item::Decision(n));
            }
        }
        Target::CoDesign(Kind::Sessions, id) | Target::CoDesign(Kind::Bodies, id) => {
            for d in &cd.decisions {
                let mut n = d.clone();
                if matches!(n.by, Some(Decider::Session(x) | Decider::Body(x)) if x == id) {
                    n.by = None;
                }
                restore(Item::Decision(d.clone()), Item::Decision(n));
            }
        }
        Target::CoDesign(..) | Target::Source(_) => {}
    }
    edits
}

fn remove_edit(kind: Kind, id: PlanId) -> Edit {
    cd_edit(CoDesignEdit::Remove { kind, id })
}

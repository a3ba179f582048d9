//! Undo and redo over document edits: pure, capped, with typing coalesced.
//!
//! The history keeps the *inverse* of each applied edit, so memory grows with
//! the size of the changes, not of the plan. Time is passed in (milliseconds),
//! because the browser's clock is not available natively.
use crate::model::{CoalesceKey, Edit, EditError, Plan};
use chrono::{DateTime, Utc};

/// How an edit is applied: `model::apply`, passed in so the browser build can
/// call it through the engine module (see `src/engine.rs`).
pub type Apply = fn(&mut Plan, Edit, DateTime<Utc>) -> Result<Edit, EditError>;

/// Edits of the same field closer than this are undone together.
pub const COALESCE_MS: f64 = 1_000.0;
/// Steps of undo kept per open plan.
pub const DEFAULT_CAP: usize = 200;

#[derive(Clone, Debug)]
struct Entry {
    inverse: Edit,
    key: Option<CoalesceKey>,
    at_ms: f64,
}

#[derive(Clone, Debug)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Edit>,
    cap: usize,
    sealed: bool,
}

impl Default for History {
    fn default() -> Self {
        History::new(DEFAULT_CAP)
    }
}

impl History {
    pub fn new(cap: usize) -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            cap: cap.max(1),
            sealed: false,
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Records the inverse of an edit just applied. A new edit clears redo.
    pub fn record(&mut self, inverse: Edit, key: Option<CoalesceKey>, now_ms: f64) {
        self.redo.clear();
        if let (Some(last), Some(k), false) = (self.undo.last_mut(), key, self.sealed) {
            if last.key == Some(k) && now_ms - last.at_ms <= COALESCE_MS {
                // Keep the oldest inverse: undo returns to before the burst.
                last.at_ms = now_ms;
                return;
            }
        }
        self.sealed = false;
        self.undo.push(Entry {
            inverse,
            key,
            at_ms: now_ms,
        });
        if self.undo.len() > self.cap {
            let excess = self.undo.len() - self.cap;
            self.undo.drain(..excess);
        }
    }

    /// The next edit starts a new undo step even if it has the same key
    /// (e.g. the user left the field and came back).
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    /// Undoes the last step. `Ok(false)` when there was nothing to undo.
    pub fn undo(
        &mut self,
        plan: &mut Plan,
        now: DateTime<Utc>,
        apply: Apply,
    ) -> Result<bool, EditError> {
        let Some(entry) = self.undo.pop() else {
            return Ok(false);
        };
        let forward = apply(plan, entry.inverse, now)?;
        self.redo.push(forward);
        self.sealed = true;
        Ok(true)
    }

    /// Redoes the last undone step. `Ok(false)` when there was nothing to redo.
    pub fn redo(
        &mut self,
        plan: &mut Plan,
        now: DateTime<Utc>,
        apply: Apply,
    ) -> Result<bool, EditError> {
        let Some(edit) = self.redo.pop() else {
            return Ok(false);
        };
        let inverse = apply(plan, edit, now)?;
        self.undo.push(Entry {
            inverse,
            key: None,
            at_ms: f64::NEG_INFINITY,
        });
        self.sealed = true;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::apply;
    use crate::model::{PlanField, PlanId};
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.timestamp_opt(1_000, 0).unwrap()
    }

    fn plan() -> Plan {
        let mut n = 10u8;
        Plan::new(PlanId::from_random_bytes([1; 16]), "Piano", now(), || {
            n += 1;
            PlanId::from_random_bytes([n; 16])
        })
    }

    fn edit(h: &mut History, p: &mut Plan, e: Edit, at_ms: f64) {
        let key = e.coalesce_key();
        let inverse = apply(p, e, now()).unwrap();
        h.record(inverse, key, at_ms);
    }

    fn title(v: &str) -> Edit {
        Edit::SetText {
            field: PlanField::Title,
            value: v.into(),
        }
    }

    #[test]
    fn undo_then_redo_restores_each_state() {
        let (mut h, mut p) = (History::default(), plan());
        edit(&mut h, &mut p, Edit::SetIntentToFormalise(true), 0.0);
        edit(&mut h, &mut p, title("Alleanza"), 5_000.0);
        assert!(h.undo(&mut p, now(), apply).unwrap());
        assert_eq!(p.title, "Piano");
        assert!(p.foundations.intent_to_formalise);
        assert!(h.undo(&mut p, now(), apply).unwrap());
        assert!(!p.foundations.intent_to_formalise);
        assert!(!h.undo(&mut p, now(), apply).unwrap());
        assert!(h.redo(&mut p, now(), apply).unwrap());
        assert!(h.redo(&mut p, now(), apply).unwrap());
        assert_eq!(p.title, "Alleanza");
        assert!(!h.can_redo());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let (mut h, mut p) = (History::default(), plan());
        edit(&mut h, &mut p, title("A"), 0.0);
        h.undo(&mut p, now(), apply).unwrap();
        assert!(h.can_redo());
        edit(&mut h, &mut p, title("B"), 10_000.0);
        assert!(!h.can_redo());
    }

    #[test]
    fn quick_typing_in_one_field_is_one_undo_step() {
        let (mut h, mut p) = (History::default(), plan());
        for (i, v) in ["A", "Al", "All"].iter().enumerate() {
            edit(&mut h, &mut p, title(v), i as f64 * 200.0);
        }
        assert_eq!(h.undo_len(), 1);
        h.undo(&mut p, now(), apply).unwrap();
        assert_eq!(p.title, "Piano");
    }

    #[test]
    fn a_pause_or_a_seal_starts_a_new_undo_step() {
        let (mut h, mut p) = (History::default(), plan());
        edit(&mut h, &mut p, title("A"), 0.0);
        edit(&mut h, &mut p, title("AB"), 5_000.0);
        assert_eq!(h.undo_len(), 2);
        h.seal();
        edit(&mut h, &mut p, title("ABC"), 5_100.0);
        assert_eq!(h.undo_len(), 3);
        h.undo(&mut p, now(), apply).unwrap();
        assert_eq!(p.title, "AB");
    }

    #[test]
    fn the_history_is_capped_dropping_the_oldest_steps() {
        let (mut h, mut p) = (History::new(3), plan());
        for i in 0..5 {
            edit(
                &mut h,
                &mut p,
                Edit::SetIntentToFormalise(i % 2 == 0),
                i as f64,
            );
        }
        assert_eq!(h.undo_len(), 3);
        let mut undone = 0;
        while h.undo(&mut p, now(), apply).unwrap() {
            undone += 1;
        }
        assert_eq!(undone, 3);
    }
}

//! The one application state (a `reactive_stores::Store` in context) and the
//! one way to change the open plan: [`AppContext::apply_edit`], which also
//! records undo history and schedules the autosave.
use crate::engine::Engine;
use crate::history::History;
use crate::model::{self, Edit, EditError, Plan, PlanId, PlanSummary, Step};
use crate::persistence::exports::ExportMark;
use crate::persistence::import::FileProblem;
use crate::persistence::revision::Token;
use crate::persistence::storage::Recovered;
use chrono::Utc;
use leptos::prelude::*;
use reactive_stores::Store;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Plans,
    Plan(Step),
    /// The printable document of the open plan.
    Print,
    /// Start-up on a plan's address, until the plan is read.
    Opening,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub enum SaveStatus {
    #[default]
    Saved,
    Saving,
    Failed(SaveFailure),
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveFailure {
    Quota,
    Unavailable,
    Conflict,
    Other(String),
}

/// A message shown once, at the top of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Deleted { title: String },
    Replaced { title: String },
    ReloadedFromOtherTab,
    SetAside,
    NotFound,
    OpenFailed(String),
}

#[derive(Store, Default)]
pub struct AppState {
    pub screen: Screen,
    pub plans: Vec<PlanSummary>,
    pub recovered: Vec<(String, Recovered)>,
    pub current: Option<Plan>,
    pub save: SaveStatus,
    pub conflict: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub notice: Option<Notice>,
    /// Plans deleted while this page is open, newest last: deletion is undoable.
    pub deleted: Vec<Plan>,
    pub usage_bytes: usize,
    /// Last export of each plan listed (for the reminder and the plans screen).
    pub exports: BTreeMap<PlanId, ExportMark>,
    pub persistent: Option<bool>,
    /// Why the last file could not be opened (file name, problem).
    pub import_problem: Option<(String, FileProblem)>,
    /// A file whose plan has the id of a stored plan: the user chooses.
    pub pending_import: Option<Plan>,
    /// A file is being dragged over the window.
    pub dragging_file: bool,
    /// A new version of the app is installed and waits for the user's reload.
    pub update_ready: bool,
}

/// What belongs to this tab's session but is not shown: history, the revision
/// this tab's copy is based on, the pending autosave.
#[derive(Default)]
pub(crate) struct Runtime {
    pub history: History,
    /// The save this tab's copy is based on.
    pub base: Token,
    pub dirty: bool,
    pub timer: Option<TimeoutHandle>,
    pub backed_up: BTreeSet<PlanId>,
    /// The next screen heading drawn takes the focus (set on a change of
    /// screen inside the app; see `components::heading`).
    pub focus_heading: bool,
}

#[derive(Clone, Copy)]
pub struct AppContext {
    pub store: Store<AppState>,
    pub(crate) runtime: StoredValue<Runtime, LocalStorage>,
    /// Notified one frame after the open plan changes (see
    /// [`AppContext::with_plan_settled`]).
    settled: Trigger,
}

pub fn provide_app() -> AppContext {
    let ctx = AppContext {
        store: Store::new(AppState::default()),
        runtime: StoredValue::new_local(Runtime::default()),
        settled: Trigger::new(),
    };
    provide_context(ctx);
    // After an edit, the frame that shows it is painted first; what follows
    // the plan with `with_plan_settled` updates in a task of its own after
    // that paint (several edits in one frame wake it once).
    let pending = StoredValue::new_local(false);
    Effect::new(move |_| {
        ctx.store.current().track();
        if pending.get_value() {
            return;
        }
        pending.set_value(true);
        after_next_paint(move || {
            pending.set_value(false);
            ctx.settled.notify();
        });
    });
    ctx
}

pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

/// Runs `f` in a task of its own once the next frame is painted (a timeout
/// queued from the next animation frame): work that must not delay the frame
/// that shows an interaction.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// The current moment, from the browser's clock (chrono's own clock support is
/// left out of the build: it costs bundle size for what `Date.now()` gives).
pub fn now() -> chrono::DateTime<Utc> {
    chrono::DateTime::from_timestamp_millis(now_ms() as i64).unwrap_or_default()
}

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// 16 random bytes from `crypto.getRandomValues`.
pub fn new_id() -> PlanId {
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    match crypto {
        Some(c) if c.get_random_values_with_u8_array(&mut bytes).is_ok() => {}
        // No Web Crypto: fall back to Math.random, still unique enough for ids.
        _ => bytes
            .iter_mut()
            .for_each(|b| *b = (js_sys::Math::random() * 256.0) as u8),
    }
    model::new_id(bytes)
}

impl AppContext {
    /// Reads the open plan (untracked-safe: `None` when no plan is open).
    pub fn with_plan<R>(&self, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        self.store.current().with(|p| p.as_ref().map(f))
    }

    /// Reads the open plan the way [`AppContext::with_plan`] does, but wakes
    /// what tracks it one frame after an edit, not in the edit's own frame:
    /// for what a screen shows away from where the user acts (lists below
    /// the canvas, summaries), so an interaction's frame holds only what it
    /// changes under the pointer.
    pub fn with_plan_settled<R>(&self, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        self.track_settled();
        self.store.current().with_untracked(|p| p.as_ref().map(f))
    }

    /// Tracks the open plan one frame late (see [`AppContext::with_plan_settled`]).
    pub fn track_settled(&self) {
        self.settled.track();
    }

    /// The single entry point for changing the open plan. (A plan is open
    /// only once the engine that read or made it is loaded.)
    pub fn apply_edit(&self, edit: Edit) -> Result<(), EditError> {
        match crate::engine::loaded() {
            Some(engine) => (engine.apply_edit)(self, engine, edit),
            None => Ok(()),
        }
    }

    /// [`AppContext::apply_edit`]'s work, in the plan module (`crate::engine`).
    pub(crate) fn apply_edit_with(&self, engine: &Engine, edit: Edit) -> Result<(), EditError> {
        let key = edit.coalesce_key();
        let mut outcome = Ok(());
        let mut applied = false;
        self.store.current().update(|current| {
            let Some(plan) = current else { return };
            match (engine.apply)(plan, edit, now()) {
                Ok(inverse) => {
                    applied = true;
                    self.runtime
                        .update_value(|r| r.history.record(inverse, key, now_ms()));
                }
                Err(e) => outcome = Err(e),
            }
        });
        if applied {
            self.changed();
        }
        outcome
    }

    /// Ends the current burst of typing: the next edit is a new undo step.
    pub fn seal_history(&self) {
        self.runtime.update_value(|r| r.history.seal());
    }

    pub fn undo(&self) {
        self.step_history(true);
    }

    pub fn redo(&self) {
        self.step_history(false);
    }

    fn step_history(&self, undo: bool) {
        if let Some(engine) = crate::engine::loaded() {
            (engine.step_history)(self, engine, undo);
        }
    }

    /// Undo or redo's work, in the plan module (`crate::engine`).
    pub(crate) fn step_history_with(&self, engine: &Engine, undo: bool) {
        let mut done = false;
        self.store.current().update(|current| {
            let Some(plan) = current else { return };
            self.runtime.update_value(|r| {
                let result = if undo {
                    r.history.undo(plan, now(), engine.apply)
                } else {
                    r.history.redo(plan, now(), engine.apply)
                };
                done = matches!(result, Ok(true));
            });
        });
        if done {
            self.changed();
        }
    }

    /// After any change of the open plan: refresh undo state, schedule a save.
    fn changed(&self) {
        self.sync_history_flags();
        self.runtime.update_value(|r| r.dirty = true);
        self.schedule_save();
    }

    pub(crate) fn sync_history_flags(&self) {
        let (u, r) = self
            .runtime
            .with_value(|r| (r.history.can_undo(), r.history.can_redo()));
        self.store.can_undo().set(u);
        self.store.can_redo().set(r);
    }

    /// Makes `plan` the open plan, based on stored revision `revision`.
    pub(crate) fn set_current(&self, plan: Option<Plan>, base: Token) {
        self.runtime.update_value(|r| {
            r.history = History::default();
            r.base = base;
            r.dirty = false;
        });
        self.store.current().set(plan);
        self.store.conflict().set(false);
        self.store.save().set(SaveStatus::Saved);
        self.sync_history_flags();
    }

    pub fn notify(&self, notice: Notice) {
        self.store.notice().set(Some(notice));
    }
}

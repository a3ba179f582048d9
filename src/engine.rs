//! The plan engine: everything that reads, writes or changes a whole plan —
//! decoding with migrations, validation and field paths, encoding, copying,
//! and applying edits. It is half of what the app's code weighs, and the
//! plans screen does not need it to be drawn, so it is split off with the
//! screens of an open plan into the module `alleanze_plan` (see
//! `src/screens.rs`), fetched right after the first screen is drawn.
//!
//! The rest of the app reaches it only through [`Engine`]: functions that need
//! it take an `&Engine`, which exists only once the module is loaded, so no
//! code path can call into code that is not there yet.
//!
//! The open plan's machinery is reached the same way: applying an edit and
//! undoing it, the autosave's write, the full scan of storage, opening,
//! creating, renaming, copying and deleting a stored plan, taking a file in.
//! The shell's methods of the same names (`AppContext::apply_edit`, `flush`,
//! `open_plan`, …) stay in the first load as thin calls through this table;
//! what they call is in the plan module, and none of it can run before a plan
//! can be open anyway.
use crate::model::{self, Edit, EditError, Plan, PlanId};
use crate::persistence::format::{self, LoadError, Loaded};
use crate::persistence::import::{self, FileProblem};
use crate::persistence::storage::{self, Scan};
use crate::plan_actions::StoredChange;
use crate::state::{AppContext, Screen};
use chrono::{DateTime, Utc};
use std::cell::{Cell, RefCell};

/// A generator of fresh ids.
pub type Fresh = fn() -> PlanId;

/// The engine's entry points (see the module's documentation).
pub struct Engine {
    pub decode: fn(&str) -> Result<Loaded, LoadError>,
    pub encode_stored: fn(&Plan, u64, DateTime<Utc>) -> String,
    pub encode_package: fn(&Plan, DateTime<Utc>) -> String,
    pub encode_handed_in: fn(&Plan, DateTime<Utc>, Option<&str>) -> String,
    pub read_package: fn(&[u8]) -> Result<Plan, FileProblem>,
    pub fresh_copy: fn(&Plan, Fresh, &str, DateTime<Utc>) -> Plan,
    pub new_plan: fn(PlanId, &str, DateTime<Utc>, Fresh) -> Plan,
    pub apply: fn(&mut Plan, Edit, DateTime<Utc>) -> Result<Edit, EditError>,
    pub scan: fn(&Engine, DateTime<Utc>) -> Scan,
    pub list: fn(&Engine, DateTime<Utc>) -> Scan,
    pub apply_edit: fn(&AppContext, &Engine, Edit) -> Result<(), EditError>,
    pub step_history: fn(&AppContext, &Engine, bool),
    pub save_now: fn(&AppContext, &Engine, bool),
    pub reload: fn(&AppContext, &Engine, PlanId),
    pub open: fn(&AppContext, &Engine, PlanId, Screen),
    pub create: fn(&AppContext, &Engine, &str),
    pub change_stored: fn(&AppContext, &Engine, PlanId, StoredChange),
    pub import_bytes: fn(&AppContext, &Engine, &str, &[u8]),
}

in_plan_module! {
    /// The split point: only this function names the engine's functions, so they
    /// (and all they call that the first screen does not) land in its module.
    fn engine_module() -> &'static Engine {
        static ENGINE: Engine = Engine {
            decode: format::decode,
            encode_stored: format::encode_stored,
            encode_package: format::encode_package,
            encode_handed_in: format::encode_handed_in,
            read_package: import::read_package,
            fresh_copy: |plan, fresh, title, now| format::fresh_copy(plan, fresh, title, now),
            new_plan: |id, title, now, fresh| Plan::new(id, title, now, fresh),
            apply: model::apply,
            scan: storage::scan,
            list: storage::list,
            apply_edit: AppContext::apply_edit_with,
            step_history: AppContext::step_history_with,
            save_now: AppContext::save_now_with,
            reload: AppContext::reload_with,
            open: AppContext::open_with,
            create: AppContext::create_with,
            change_stored: AppContext::change_stored_with,
            import_bytes: AppContext::import_bytes_with,
        };
        &ENGINE
    }
}

type Waiting = Vec<Box<dyn FnOnce(&'static Engine)>>;

thread_local! {
    static LOADED: Cell<Option<&'static Engine>> = const { Cell::new(None) };
    static WAITING: RefCell<Option<Waiting>> = const { RefCell::new(None) };
}

/// The engine, if its module is already loaded.
pub fn loaded() -> Option<&'static Engine> {
    LOADED.with(Cell::get)
}

/// Runs `f` with the engine: at once when it is loaded, otherwise as soon as
/// its module is (calls made meanwhile run in the order they were made).
pub fn with_engine(f: impl FnOnce(&'static Engine) + 'static) {
    if let Some(engine) = loaded() {
        return f(engine);
    }
    let first = WAITING.with_borrow_mut(|w| {
        let first = w.is_none();
        w.get_or_insert_with(Vec::new).push(Box::new(f));
        first
    });
    if first {
        leptos::task::spawn_local(async {
            ready().await;
        });
    }
}

/// The engine, loading its module first if needed.
pub async fn ready() -> &'static Engine {
    if let Some(engine) = loaded() {
        return engine;
    }
    // The screens this module draws need its stylesheet: fetched alongside.
    crate::styles::prefetch();
    let engine = engine_module().await;
    if loaded().is_none() {
        LOADED.with(|l| l.set(Some(engine)));
        // A waiting call may queue another: that one now runs at once.
        let waiting = WAITING.with_borrow_mut(Option::take).unwrap_or_default();
        for f in waiting {
            f(engine);
        }
    }
    engine
}

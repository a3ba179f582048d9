//! What the plans screen and the address bar do: create, open, rename,
//! duplicate, delete (undoably), export, and the start-up scan of storage.
use crate::engine::{with_engine, Engine};
use crate::model::{Edit, Plan, PlanField, PlanId, Step};
use crate::persistence::exports::ExportMark;
use crate::persistence::revision::Token;
use crate::persistence::{files, format, storage};
use crate::state::{new_id, now, AppContext, AppStateStoreFields, Notice, Screen};
use leptos::prelude::*;

/// What the plans screen does to a stored plan that is not the open one.
pub enum StoredChange {
    Rename(String),
    Duplicate(String),
    Delete,
}

impl AppContext {
    /// Lists the plans the index names at once, then loads the engine, reads
    /// every stored plan (setting aside what cannot be read) and follows the
    /// address bar.
    pub fn start(&self) {
        if !storage::available() {
            self.store.save().set(crate::state::SaveStatus::Failed(
                crate::state::SaveFailure::Unavailable,
            ));
        }
        match Self::address_target() {
            // Opening the named plan comes first (a plan that cannot be read
            // is then reported and set aside by the scan that follows).
            Some((id, screen)) => {
                self.store.screen().set(Screen::Opening);
                self.open_to(id, screen);
            }
            // Not `show_plans`: its list would be read again by the scan.
            None => {
                self.apply_scan(storage::indexed());
                self.set_address(Screen::Plans);
            }
        }
        let ctx = *self;
        with_engine(move |e| ctx.apply_scan((e.scan)(e, now())));
        self.request_persistence();
    }

    pub fn refresh_plan_list(&self) {
        let ctx = *self;
        with_engine(move |e| ctx.apply_scan((e.list)(e, now())));
    }

    /// Shows a list of plans; tells the user when reading it set data aside
    /// (the first list after start-up may be the one that finds it).
    fn apply_scan(&self, scan: storage::Scan) {
        if scan.newly_set_aside > 0 {
            self.notify(Notice::SetAside);
        }
        let exports = scan
            .plans
            .iter()
            .filter_map(|p| storage::last_export(p.id).map(|m| (p.id, m)))
            .collect();
        self.store.exports().set(exports);
        self.store.plans().set(scan.plans);
        self.store.recovered().set(scan.recovered);
        self.refresh_usage();
    }

    pub fn refresh_usage(&self) {
        self.store.usage_bytes().set(storage::usage_bytes());
    }

    /// Asks the browser to keep our data under storage pressure, and records
    /// whether it agreed (shown on the plans screen).
    fn request_persistence(&self) {
        let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
            return;
        };
        let Ok(promise) = manager.persist() else {
            return;
        };
        let store = self.store;
        leptos::task::spawn_local(async move {
            if let Ok(v) = wasm_bindgen_futures::JsFuture::from(promise).await {
                store.persistent().set(v.as_bool());
            }
        });
    }

    /// The plan and screen the address bar names (`#/piano/<id>/<step>`).
    fn address_target() -> Option<(PlanId, Screen)> {
        let hash = window().location().hash().unwrap_or_default();
        let mut parts = hash.trim_start_matches('#').trim_matches('/').split('/');
        match (
            parts.next(),
            parts.next().and_then(PlanId::parse),
            parts.next(),
        ) {
            (Some("piano"), Some(id), Some("stampa")) => Some((id, Screen::Print)),
            (Some("piano"), Some(id), step) => {
                let step = step.and_then(Step::from_slug).unwrap_or(Step::Fondamenta);
                Some((id, Screen::Plan(step)))
            }
            _ => None,
        }
    }

    /// Opens the screen the address bar names (`#/piano/<id>/<step>` or `#/`).
    /// An address that names what is shown already is the echo of
    /// `set_address` (each change made here writes the address, and the
    /// browser reports it as a `hashchange`): following it would build the
    /// screen again, read the plan list again and lose the focus.
    pub fn follow_address(&self) {
        let target = Self::address_target();
        let shown = self.store.screen().get_untracked();
        let open = self
            .store
            .current()
            .with_untracked(|p| p.as_ref().map(|p| p.id));
        let echo = match target {
            Some((id, screen)) => open == Some(id) && shown == screen,
            None => shown == Screen::Plans,
        };
        if echo {
            return;
        }
        match target {
            Some((id, screen)) => self.open_to(id, screen),
            None => self.show_plans(),
        }
    }

    fn set_address(&self, screen: Screen) {
        let target = match (
            screen,
            self.store
                .current()
                .with_untracked(|p| p.as_ref().map(|p| p.id)),
        ) {
            (Screen::Plan(step), Some(id)) => format!("#/piano/{id}/{}", step.slug()),
            (Screen::Print, Some(id)) => format!("#/piano/{id}/stampa"),
            _ => "#/".to_owned(),
        };
        if window().location().hash().unwrap_or_default() != target {
            let _ = window().location().set_hash(&target);
        }
    }

    pub fn show_plans(&self) {
        self.flush();
        if self.store.current().with_untracked(|p| p.is_some()) {
            self.set_current(None, Token::default());
        }
        self.store.screen().set(Screen::Plans);
        self.refresh_plan_list();
        self.set_address(Screen::Plans);
    }

    pub fn open_plan(&self, id: PlanId, step: Step) {
        self.open_to(id, Screen::Plan(step));
    }

    /// Opens a plan this tab has just written (imported or copied), without
    /// reading it back from storage.
    pub fn open_written(&self, plan: Plan, base: Token, step: Step) {
        self.flush();
        self.runtime.update_value(|r| {
            r.backed_up.insert(plan.id);
        });
        self.set_current(Some(plan), base);
        let screen = Screen::Plan(step);
        self.store.screen().set(screen);
        self.set_address(screen);
    }

    /// Opens plan `id` (if it is not the open one) on `screen`, once the
    /// engine is loaded.
    fn open_to(&self, id: PlanId, screen: Screen) {
        let ctx = *self;
        with_engine(move |e| (e.open)(&ctx, e, id, screen));
    }

    /// Opens plan `id` on `screen`, in the plan module (`crate::engine`).
    pub(crate) fn open_with(&self, e: &Engine, id: PlanId, screen: Screen) {
        let already = self
            .store
            .current()
            .with_untracked(|p| p.as_ref().map(|p| p.id))
            == Some(id);
        if !already {
            self.flush();
            match storage::read(e, id) {
                Ok(Some(loaded)) => {
                    let first = self.runtime.try_update_value(|r| r.backed_up.insert(id));
                    if first == Some(true) {
                        storage::backup(id);
                    }
                    let base = storage::base_of(&loaded);
                    self.set_current(Some(loaded.plan), base);
                }
                Ok(None) => {
                    self.notify(Notice::NotFound);
                    return self.show_plans();
                }
                Err(e) => {
                    self.notify(Notice::OpenFailed(e.to_string()));
                    return self.show_plans();
                }
            }
        }
        self.store.screen().set(screen);
        self.set_address(screen);
    }

    pub fn show_print(&self) {
        if self.store.current().with_untracked(|p| p.is_some()) {
            self.store.screen().set(Screen::Print);
            self.set_address(Screen::Print);
        }
    }

    pub fn go_to_step(&self, step: Step) {
        self.store.screen().set(Screen::Plan(step));
        self.set_address(Screen::Plan(step));
    }

    /// Creates a plan, saves it at once and opens it on its first step.
    pub fn create_plan(&self, title: &str) {
        let (ctx, title) = (*self, title.to_owned());
        with_engine(move |e| (e.create)(&ctx, e, &title));
    }

    /// [`AppContext::create_plan`]'s work, in the plan module.
    pub(crate) fn create_with(&self, e: &Engine, title: &str) {
        self.flush();
        let plan = (e.new_plan)(new_id(), title, now(), new_id);
        let id = plan.id;
        self.set_current(Some(plan), Token::default());
        self.runtime.update_value(|r| {
            r.dirty = true;
            r.backed_up.insert(id);
        });
        self.flush();
        self.open_plan(id, Step::Fondamenta);
    }

    /// Changes stored plan `id` (not the open one) once the engine is there.
    fn change_stored(&self, id: PlanId, change: StoredChange) {
        let ctx = *self;
        with_engine(move |e| (e.change_stored)(&ctx, e, id, change));
    }

    /// Reads stored plan `id`, makes the change and refreshes the plans list,
    /// in the plan module (`crate::engine`).
    pub(crate) fn change_stored_with(&self, e: &Engine, id: PlanId, change: StoredChange) {
        match storage::read(e, id) {
            Ok(Some(l)) => {
                let base = storage::base_of(&l);
                let mut plan = l.plan;
                match change {
                    StoredChange::Rename(title) => {
                        let edit = Edit::SetText {
                            field: PlanField::Title,
                            value: title,
                        };
                        if (e.apply)(&mut plan, edit, now()).is_ok() {
                            let _ = storage::write(e, &plan, &base, false, now());
                        }
                    }
                    StoredChange::Duplicate(title) => {
                        let copy = (e.fresh_copy)(&plan, new_id, &title, now());
                        let _ = storage::write(e, &copy, &Token::default(), false, now());
                    }
                    // Kept in memory, so it can be restored while the page
                    // stays open.
                    StoredChange::Delete => {
                        storage::delete(id);
                        self.notify(Notice::Deleted {
                            title: plan.title.clone(),
                        });
                        self.store.deleted().update(|d| d.push(plan));
                    }
                }
            }
            Ok(None) => self.notify(Notice::NotFound),
            Err(err) => self.notify(Notice::OpenFailed(err.to_string())),
        }
        self.refresh_plan_list();
    }

    pub fn rename_plan(&self, id: PlanId, title: &str) {
        let title = title.trim();
        if title.is_empty() {
            return;
        }
        if self
            .store
            .current()
            .with_untracked(|p| p.as_ref().map(|p| p.id))
            == Some(id)
        {
            let _ = self.apply_edit(Edit::SetText {
                field: PlanField::Title,
                value: title.to_owned(),
            });
            self.flush();
            self.refresh_plan_list();
        } else {
            self.change_stored(id, StoredChange::Rename(title.to_owned()));
        }
    }

    pub fn duplicate_plan(&self, id: PlanId, title: &str) {
        self.change_stored(id, StoredChange::Duplicate(title.to_owned()));
    }

    /// Deletes a plan from storage, keeping it in memory so it can be restored
    /// while the page stays open.
    pub fn delete_plan(&self, id: PlanId) {
        self.change_stored(id, StoredChange::Delete);
    }

    /// Restores the last plan deleted (or replaced) while this page is open.
    /// Deleted plans were read with the engine, so it is loaded.
    pub fn undo_delete(&self) {
        let Some(e) = crate::engine::loaded() else {
            return;
        };
        let mut last = None;
        self.store.deleted().update(|d| last = d.pop());
        if let Some(plan) = last {
            let id = plan.id;
            if let Ok(revision) = storage::write(e, &plan, &Token::default(), true, now()) {
                // Restoring the plan that is open here (it was replaced by an
                // import): show the restored version.
                if self
                    .store
                    .current()
                    .with_untracked(|p| p.as_ref().map(|p| p.id))
                    == Some(id)
                {
                    self.set_current(Some(plan), revision);
                }
            }
            self.store.notice().set(None);
        }
        self.refresh_plan_list();
    }

    /// Downloads the open plan as a package (the file shared by email).
    pub fn export_current(&self) {
        let Some(e) = crate::engine::loaded() else {
            return;
        };
        let now = now();
        let out = self.with_plan(|p| {
            (
                p.id,
                p.updated_at,
                format::package_file_name(&p.title, now.date_naive()),
                (e.encode_package)(p, now),
            )
        });
        if let Some((id, plan_updated_at, name, text)) = out {
            if files::download(&name, "application/json", &text).is_ok() {
                let mark = ExportMark {
                    at: now,
                    plan_updated_at,
                };
                storage::record_export(id, &mark);
                self.store.exports().update(|m| {
                    m.insert(id, mark);
                });
            }
        }
    }

    pub fn download_recovered(&self, key: &str) {
        let raw = self.store.recovered().with_untracked(|list| {
            list.iter()
                .find(|(k, _)| k == key)
                .map(|(_, r)| r.raw.clone())
        });
        if let Some(raw) = raw {
            let _ = files::download("piano-non-leggibile.txt", "text/plain", &raw);
        }
    }

    pub fn discard_recovered(&self, key: &str) {
        storage::discard_recovered(key);
        self.refresh_plan_list();
    }
}

//! Autosave and the tab-to-tab rules, as named handlers on [`AppContext`]:
//! a save 300 ms after the last edit, a flush when the page is hidden or
//! closed, and no silent overwrite of another tab's save.
use crate::components::listen::{on_document, on_window};
use crate::engine::Engine;
use crate::model::{Plan, PlanId};
use crate::persistence::keys;
use crate::persistence::revision::{self, Follow, Token};
use crate::persistence::storage::{self, WriteError};
use crate::state::{now, AppContext, AppStateStoreFields, Notice, SaveFailure, SaveStatus};
use leptos::prelude::*;
use std::time::Duration;

pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(300);

impl AppContext {
    pub(crate) fn schedule_save(&self) {
        if self.store.conflict().get_untracked() {
            return;
        }
        if !matches!(self.store.save().get_untracked(), SaveStatus::Failed(_)) {
            self.store.save().set(SaveStatus::Saving);
        }
        let ctx = *self;
        let handle = set_timeout_with_handle(move || ctx.flush(), AUTOSAVE_DELAY).ok();
        self.runtime.update_value(|r| {
            if let Some(old) = std::mem::replace(&mut r.timer, handle) {
                old.clear();
            }
        });
    }

    /// Writes the open plan now if it has unsaved changes.
    pub fn flush(&self) {
        self.save_now(false);
    }

    fn save_now(&self, force: bool) {
        let dirty = self.runtime.with_value(|r| r.dirty);
        if !dirty || (self.store.conflict().get_untracked() && !force) {
            return;
        }
        // A plan is open only once the engine that read or made it is loaded.
        if let Some(e) = crate::engine::loaded() {
            (e.save_now)(self, e, force);
        }
    }

    /// The write itself, in the plan module (`crate::engine`).
    pub(crate) fn save_now_with(&self, e: &Engine, force: bool) {
        let base = self.runtime.with_value(|r| r.base.clone());
        self.runtime.update_value(|r| {
            if let Some(t) = r.timer.take() {
                t.clear();
            }
        });
        let result = self.store.current().with_untracked(|p| {
            p.as_ref()
                .map(|p| (storage::write(e, p, &base, force, now()), p.summary()))
        });
        let Some((result, summary)) = result else {
            return;
        };
        match result {
            Ok(revision) => {
                self.runtime.update_value(|r| {
                    r.base = revision;
                    r.dirty = false;
                });
                self.store.conflict().set(false);
                self.store.save().set(SaveStatus::Saved);
                self.store.plans().update(|list| {
                    list.retain(|s| s.id != summary.id);
                    list.insert(0, summary);
                });
            }
            Err(WriteError::Conflict) => {
                self.store.conflict().set(true);
                self.store
                    .save()
                    .set(SaveStatus::Failed(SaveFailure::Conflict));
            }
            Err(WriteError::Quota) => self
                .store
                .save()
                .set(SaveStatus::Failed(SaveFailure::Quota)),
            Err(WriteError::Unavailable) => self
                .store
                .save()
                .set(SaveStatus::Failed(SaveFailure::Unavailable)),
            Err(WriteError::Other(m)) => self
                .store
                .save()
                .set(SaveStatus::Failed(SaveFailure::Other(m))),
        }
    }

    /// The user asked to try again after a failed save (e.g. space was freed).
    pub fn retry_save(&self) {
        self.runtime.update_value(|r| r.dirty = true);
        self.store.save().set(SaveStatus::Saving);
        self.flush();
    }

    fn current_id(&self) -> Option<PlanId> {
        self.store
            .current()
            .with_untracked(|p| p.as_ref().map(|p| p.id))
    }

    /// Another tab wrote to storage.
    pub fn on_storage_event(&self, key: Option<String>, new_value: Option<String>) {
        let Some(key) = key else {
            // storage.clear() in another tab: our copy is now the only one.
            self.runtime.update_value(|r| r.dirty = true);
            self.schedule_save();
            return;
        };
        if key == keys::INDEX {
            self.refresh_plan_list();
            return;
        }
        let Some(id) = self.current_id() else { return };
        if key != keys::revision(id) {
            return;
        }
        let Some(theirs) = new_value.as_deref().and_then(revision::Stamp::parse) else {
            // The stamp was removed (plan deleted elsewhere) or is unreadable:
            // keep our copy and save it again, so nothing is lost.
            self.runtime.update_value(|r| r.dirty = true);
            self.schedule_save();
            return;
        };
        let (base, dirty) = self.runtime.with_value(|r| (r.base.clone(), r.dirty));
        match revision::on_other_save(&theirs, &base, dirty) {
            Follow::Ignore => {}
            Follow::Reload => {
                self.reload_from_storage(id);
                self.notify(Notice::ReloadedFromOtherTab);
            }
            Follow::Conflict => {
                self.store.conflict().set(true);
                self.store
                    .save()
                    .set(SaveStatus::Failed(SaveFailure::Conflict));
            }
        }
    }

    fn reload_from_storage(&self, id: PlanId) {
        if let Some(e) = crate::engine::loaded() {
            (e.reload)(self, e, id);
        }
    }

    /// Reads the stored version of the open plan, in the plan module.
    pub(crate) fn reload_with(&self, e: &Engine, id: PlanId) {
        match storage::read(e, id) {
            Ok(Some(loaded)) => {
                let base = storage::base_of(&loaded);
                self.set_current(Some(loaded.plan), base)
            }
            Ok(None) => self.notify(Notice::NotFound),
            Err(e) => self.notify(Notice::OpenFailed(e.to_string())),
        }
    }

    /// Conflict: drop this tab's unsaved changes and take the stored version.
    pub fn resolve_take_theirs(&self) {
        if let Some(id) = self.current_id() {
            self.reload_from_storage(id);
        }
    }

    /// Conflict: write this tab's version over the other one (the user chose).
    pub fn resolve_overwrite(&self) {
        self.save_now(true);
    }

    /// Conflict: keep this tab's version as a separate new plan, and leave the
    /// other tab's save untouched.
    pub fn resolve_keep_copy(&self, title: String) {
        let (Some(mine), Some(e)) = (
            self.store.current().get_untracked(),
            crate::engine::loaded(),
        ) else {
            return;
        };
        let copy: Plan = (e.fresh_copy)(&mine, crate::state::new_id, &title, now());
        let id = copy.id;
        self.set_current(Some(copy), Token::default());
        self.runtime.update_value(|r| r.dirty = true);
        self.flush();
        self.open_plan(id, crate::model::Step::Fondamenta);
    }

    /// Flushes when the page is hidden or closed, follows other tabs' saves.
    /// Call from a component: the listeners live as long as its owner.
    pub fn install_page_listeners(&self) {
        let ctx = *self;
        on_window("pagehide", move |_: web_sys::Event| ctx.flush());
        on_window("beforeunload", move |_: web_sys::Event| ctx.flush());
        on_document("visibilitychange", move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                ctx.flush();
            }
        });
        on_window("storage", move |e: web_sys::StorageEvent| {
            ctx.on_storage_event(e.key(), e.new_value());
        });
    }
}

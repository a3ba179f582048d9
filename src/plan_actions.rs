//! What the plans screen and the address bar do: create, open, rename,
//! duplicate, delete (undoably), export, and the start-up scan of storage.
use crate::model::{Edit, Plan, PlanField, PlanId, Step};
use crate::persistence::exports::ExportMark;
use crate::persistence::revision::Token;
use crate::persistence::{files, format, storage};
use crate::state::{new_id, now, AppContext, AppStateStoreFields, Notice, Screen};
use leptos::prelude::*;

impl AppContext {
    /// Reads storage once at start-up and follows the address bar.
    pub fn start(&self) {
        if !storage::available() {
            self.store.save().set(crate::state::SaveStatus::Failed(
                crate::state::SaveFailure::Unavailable,
            ));
        }
        let scan = storage::scan(now());
        if scan.newly_set_aside > 0 {
            self.notify(Notice::SetAside);
        }
        self.apply_scan(scan);
        self.request_persistence();
        self.follow_address();
    }

    pub fn refresh_plan_list(&self) {
        self.apply_scan(storage::list(now()));
    }

    fn apply_scan(&self, scan: storage::Scan) {
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

    /// Opens the screen the address bar names (`#/piano/<id>/<step>` or `#/`).
    pub fn follow_address(&self) {
        let hash = window().location().hash().unwrap_or_default();
        let mut parts = hash.trim_start_matches('#').trim_matches('/').split('/');
        match (
            parts.next(),
            parts.next().and_then(PlanId::parse),
            parts.next(),
        ) {
            (Some("piano"), Some(id), Some("stampa")) => self.open_to(id, Screen::Print),
            (Some("piano"), Some(id), step) => {
                let step = step.and_then(Step::from_slug).unwrap_or(Step::Fondamenta);
                self.open_plan(id, step);
            }
            _ => self.show_plans(),
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

    /// Opens plan `id` (if it is not the open one) on `screen`.
    fn open_to(&self, id: PlanId, screen: Screen) {
        let already = self
            .store
            .current()
            .with_untracked(|p| p.as_ref().map(|p| p.id))
            == Some(id);
        if !already {
            self.flush();
            match storage::read(id) {
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
        self.flush();
        let plan = Plan::new(new_id(), title, now(), new_id);
        let id = plan.id;
        self.set_current(Some(plan), Token::default());
        self.runtime.update_value(|r| {
            r.dirty = true;
            r.backed_up.insert(id);
        });
        self.flush();
        self.open_plan(id, Step::Fondamenta);
    }

    fn with_stored_plan(&self, id: PlanId, f: impl FnOnce(Plan, Token)) {
        match storage::read(id) {
            Ok(Some(l)) => {
                let base = storage::base_of(&l);
                f(l.plan, base)
            }
            Ok(None) => self.notify(Notice::NotFound),
            Err(e) => self.notify(Notice::OpenFailed(e.to_string())),
        }
    }

    pub fn rename_plan(&self, id: PlanId, title: &str) {
        let title = title.trim();
        if title.is_empty() {
            return;
        }
        let edit = Edit::SetText {
            field: PlanField::Title,
            value: title.to_owned(),
        };
        if self
            .store
            .current()
            .with_untracked(|p| p.as_ref().map(|p| p.id))
            == Some(id)
        {
            let _ = self.apply_edit(edit);
            self.flush();
        } else {
            self.with_stored_plan(id, |mut plan, rev| {
                if crate::model::apply(&mut plan, edit, now()).is_ok() {
                    let _ = storage::write(&plan, &rev, false, now());
                }
            });
        }
        self.refresh_plan_list();
    }

    pub fn duplicate_plan(&self, id: PlanId, title: &str) {
        self.with_stored_plan(id, |plan, _| {
            let copy = format::fresh_copy(&plan, new_id, title, now());
            let _ = storage::write(&copy, &Token::default(), false, now());
        });
        self.refresh_plan_list();
    }

    /// Deletes a plan from storage, keeping it in memory so it can be restored
    /// while the page stays open.
    pub fn delete_plan(&self, id: PlanId) {
        self.with_stored_plan(id, |plan, _| {
            storage::delete(id);
            self.notify(Notice::Deleted {
                title: plan.title.clone(),
            });
            self.store.deleted().update(|d| d.push(plan));
        });
        self.refresh_plan_list();
    }

    pub fn undo_delete(&self) {
        let mut last = None;
        self.store.deleted().update(|d| last = d.pop());
        if let Some(plan) = last {
            let id = plan.id;
            if let Ok(revision) = storage::write(&plan, &Token::default(), true, now()) {
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
        let now = now();
        let out = self.with_plan(|p| {
            (
                p.id,
                p.updated_at,
                format::package_file_name(&p.title, now.date_naive()),
                format::encode_package(p, now),
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

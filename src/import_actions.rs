//! Opening a package file: picked or dropped, size-checked before reading,
//! decoded, then saved as a new plan — or, when a plan with the same id is
//! already here, the user chooses to replace it (undoably) or keep both.
use crate::engine::Engine;
use crate::model::Step;
use crate::persistence::import::{self, FileProblem};
use crate::persistence::revision::Token;
use crate::persistence::storage;
use crate::state::{new_id, now, AppContext, AppStateStoreFields, Notice};
use leptos::prelude::*;

impl AppContext {
    /// Reads a file the user picked or dropped.
    pub fn import_file(&self, file: web_sys::File) {
        let name = file.name();
        self.store.import_problem().set(None);
        self.store.pending_import().set(None);
        if let Err(problem) = import::check_size(file.size() as u64) {
            self.store.import_problem().set(Some((name, problem)));
            return;
        }
        let ctx = *self;
        leptos::task::spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => Vec::new(),
            };
            let e = crate::engine::ready().await;
            (e.import_bytes)(&ctx, e, &name, &bytes);
        });
    }

    /// Decodes and stores a file's plan, in the plan module (`crate::engine`).
    pub(crate) fn import_bytes_with(&self, e: &Engine, name: &str, bytes: &[u8]) {
        // The benchmark reads these marks to time the import apart from drawing.
        mark("import-start");
        let read = (e.read_package)(bytes);
        mark("import-decoded");
        match read {
            Err(problem) => self
                .store
                .import_problem()
                .set(Some((name.to_owned(), problem))),
            Ok(plan) if storage::exists(plan.id) => self.store.pending_import().set(Some(plan)),
            Ok(plan) => {
                let base = self.save_new(e, &plan);
                mark("import-stored");
                // Opened from memory: reading back what was just written
                // would decode the whole file a second time.
                self.open_written(plan, base, Step::Fondamenta);
            }
        }
    }

    /// Stores a plan new to this browser; returns the base of its next save
    /// (the default token when the write failed: the first autosave retries).
    fn save_new(&self, e: &Engine, plan: &crate::model::Plan) -> Token {
        let written = storage::write(e, plan, &Token::default(), false, now());
        self.refresh_plan_list();
        written.unwrap_or_else(|e| {
            self.notify(Notice::OpenFailed(format!("{e:?}")));
            Token::default()
        })
    }

    /// Same id: the file's plan replaces the stored one, which stays
    /// restorable (like a deletion) while the page is open.
    /// (A pending import was read with the engine, so it is loaded.)
    pub fn import_replace(&self) {
        let (Some(plan), Some(e)) = (
            self.store.pending_import().get_untracked(),
            crate::engine::loaded(),
        ) else {
            return;
        };
        self.store.pending_import().set(None);
        self.flush();
        if self
            .store
            .current()
            .with_untracked(|p| p.as_ref().map(|p| p.id))
            == Some(plan.id)
        {
            self.set_current(None, Token::default());
        }
        if let Ok(Some(old)) = storage::read(e, plan.id) {
            self.store.deleted().update(|d| d.push(old.plan.clone()));
            self.notify(Notice::Replaced {
                title: old.plan.title,
            });
        }
        let id = plan.id;
        let _ = storage::write(e, &plan, &Token::default(), true, now());
        self.refresh_plan_list();
        self.open_plan(id, Step::Fondamenta);
    }

    /// Same id: the file's plan becomes a new, independent plan.
    pub fn import_keep_both(&self, title: String) {
        let (Some(plan), Some(e)) = (
            self.store.pending_import().get_untracked(),
            crate::engine::loaded(),
        ) else {
            return;
        };
        self.store.pending_import().set(None);
        let copy = (e.fresh_copy)(&plan, new_id, &title, now());
        let base = self.save_new(e, &copy);
        self.open_written(copy, base, Step::Fondamenta);
    }

    pub fn import_cancel(&self) {
        self.store.pending_import().set(None);
        self.store.import_problem().set(None);
    }
}

/// The size in MB with one decimal, for messages.
pub fn megabytes(problem: &FileProblem) -> String {
    match problem {
        // Integer arithmetic: float formatting would add ≈ 5 kB to the bundle.
        FileProblem::TooLarge { bytes } => {
            let tenths = bytes.saturating_mul(10) / 1_048_576;
            format!("{}.{}", tenths / 10, tenths % 10)
        }
        _ => String::new(),
    }
}

fn mark(name: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.mark(name);
    }
}

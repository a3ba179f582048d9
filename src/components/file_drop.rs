//! Dropping a package file anywhere on the window opens it, like the picker.
use super::listen::on_window;
use crate::i18n::*;
use crate::state::{use_app, AppStateStoreFields};
use leptos::prelude::*;

fn has_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer()
        .map(|dt| dt.types().includes(&"Files".into(), 0))
        .unwrap_or(false)
}

#[component]
pub fn FileDrop() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    on_window("dragover", move |e: web_sys::DragEvent| {
        if has_files(&e) {
            e.prevent_default();
            app.store.dragging_file().set(true);
        }
    });
    on_window("dragleave", move |e: web_sys::DragEvent| {
        // Leaving the window (not moving between elements inside it).
        if e.related_target().is_none() {
            app.store.dragging_file().set(false);
        }
    });
    on_window("drop", move |e: web_sys::DragEvent| {
        app.store.dragging_file().set(false);
        let file = e
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            e.prevent_default();
            app.show_plans();
            app.import_file(file);
        }
    });
    view! {
        <Show when=move || app.store.dragging_file().get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>{t!(i18n, import.drop_here)}</p>
            </div>
        </Show>
    }
}

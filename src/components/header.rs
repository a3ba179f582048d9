use crate::components::share::CopySummaryButton;
use crate::i18n::*;
use crate::persistence::exports::needs_export;
use crate::persistence::{keys, storage};
use crate::state::{use_app, AppStateStoreFields, SaveStatus, Screen};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let in_plan = move || matches!(app.store.screen().get(), Screen::Plan(_) | Screen::Print);
    let switch_lang = move |_| {
        let next = match i18n.get_locale() {
            Locale::it => Locale::en,
            Locale::en => Locale::it,
        };
        i18n.set_locale(next);
        storage::write_pref(keys::LOCALE, next.as_str());
    };
    let other_lang = move || match i18n.get_locale() {
        Locale::it => "en",
        Locale::en => "it",
    };
    view! {
        <header class="header">
            <div class="header-brand">
                <span class="brand-name">{t!(i18n, app.name)}</span>
                <span class="brand-tagline">{t!(i18n, app.tagline)}</span>
            </div>
            <Show when=in_plan>{crate::screens::toolbar_view()}</Show>
            <button
                type="button"
                class="btn btn-link lang-switch"
                lang=other_lang
                aria-label=move || t_string!(i18n, app.switch_to_other_label)
                on:click=switch_lang
            >
                {t!(i18n, app.switch_to_other)}
            </button>
        </header>
    }
}

/// The open plan's tools; split off with the screens (`src/screens.rs`).
#[component]
pub fn PlanToolbar() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let title = move || app.with_plan(|p| p.title.clone()).unwrap_or_default();
    let needs_export_now = move || {
        app.with_plan(|p| {
            let mark = app.store.exports().with(|m| m.get(&p.id).copied());
            needs_export(mark.as_ref(), p.updated_at)
        })
        .unwrap_or(false)
    };
    let status = move || match app.store.save().get() {
        SaveStatus::Saved => ("saved", t_string!(i18n, save.saved)),
        SaveStatus::Saving => ("saving", t_string!(i18n, save.saving)),
        SaveStatus::Failed(_) => ("failed", t_string!(i18n, save.not_saved)),
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label=move || t_string!(i18n, toolbar.label)>
            <button type="button" class="btn btn-secondary" on:click=move |_| app.show_plans()>
                {t!(i18n, toolbar.all_plans)}
            </button>
            <span class="toolbar-title">{title}</span>
            <button
                type="button"
                class="btn btn-secondary"
                title=move || t_string!(i18n, toolbar.undo_hint)
                aria-keyshortcuts="Control+Z"
                disabled=move || !app.store.can_undo().get()
                on:click=move |_| app.undo()
            >
                {t!(i18n, toolbar.undo)}
            </button>
            <button
                type="button"
                class="btn btn-secondary"
                title=move || t_string!(i18n, toolbar.redo_hint)
                aria-keyshortcuts="Control+Shift+Z Control+Y"
                disabled=move || !app.store.can_redo().get()
                on:click=move |_| app.redo()
            >
                {t!(i18n, toolbar.redo)}
            </button>
            <button type="button" class="btn btn-secondary" on:click=move |_| app.export_current()>
                {t!(i18n, toolbar.export)}
            </button>
            <CopySummaryButton />
            <button type="button" class="btn btn-secondary" on:click=move |_| app.show_print()>
                {t!(i18n, print.preview)}
            </button>
            <Show when=needs_export_now>
                <span class="export-reminder" title=move || t_string!(i18n, toolbar.export_reminder_hint)>
                    {t!(i18n, toolbar.export_reminder)}
                </span>
            </Show>
            <span
                class=move || format!("save-status save-{}", status().0)
                role="status"
                aria-label=move || t_string!(i18n, save.status_label)
            >
                {move || status().1}
            </span>
        </div>
    }
}

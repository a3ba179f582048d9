//! Messages at the top of the main area: notices, failed saves, conflicts.
use crate::i18n::*;
use crate::state::{use_app, AppStateStoreFields, Notice, SaveFailure, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn Banners() -> impl IntoView {
    view! {
        <SaveProblem />
        <ConflictBanner />
        <NoticeBanner />
    }
}

#[component]
fn SaveProblem() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let failure = move || match app.store.save().get() {
        SaveStatus::Failed(f) if f != SaveFailure::Conflict => Some(f),
        _ => None,
    };
    move || {
        failure().map(|f| {
            let message = match f {
                SaveFailure::Quota => t_string!(i18n, errors.quota).to_owned(),
                SaveFailure::Unavailable => t_string!(i18n, errors.storage_unavailable).to_owned(),
                SaveFailure::Other(reason) => {
                    t_string!(i18n, errors.write_failed, reason = reason).to_string()
                }
                SaveFailure::Conflict => String::new(),
            };
            view! {
                <div class="alert alert-danger" role="alert">
                    <p>{message}</p>
                    <div class="alert-actions">
                        <button type="button" class="btn btn-primary" on:click=move |_| app.export_current()>
                            {t!(i18n, toolbar.export)}
                        </button>
                        <button type="button" class="btn btn-secondary" on:click=move |_| app.retry_save()>
                            {t!(i18n, errors.retry)}
                        </button>
                    </div>
                </div>
            }
        })
    }
}

#[component]
fn ConflictBanner() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let keep_copy = move |_| {
        let title = app.with_plan(|p| p.title.clone()).unwrap_or_default();
        app.resolve_keep_copy(t_string!(i18n, plans.copy_of, title = title).to_string());
    };
    view! {
        <Show when=move || app.store.conflict().get()>
            <section class="alert alert-warning" role="alert" aria-labelledby="conflict-title">
                <h2 id="conflict-title">{t!(i18n, conflict.title)}</h2>
                <p>{t!(i18n, conflict.body)}</p>
                <div class="alert-actions">
                    <button type="button" class="btn btn-primary" on:click=move |_| app.resolve_take_theirs()>
                        {t!(i18n, conflict.reload)}
                    </button>
                    <button type="button" class="btn btn-secondary" on:click=keep_copy>
                        {t!(i18n, conflict.keep_copy)}
                    </button>
                    <button type="button" class="btn btn-secondary" on:click=move |_| app.resolve_overwrite()>
                        {t!(i18n, conflict.overwrite)}
                    </button>
                </div>
            </section>
        </Show>
    }
}

#[component]
fn NoticeBanner() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let dismiss = move |_| app.store.notice().set(None);
    move || {
        app.store.notice().get().map(|notice| {
            let (text, undo_label) = match notice {
                Notice::Deleted { title } => (
                    t_string!(i18n, plans.deleted, title = title).to_string(),
                    Some(t_string!(i18n, plans.undo_delete)),
                ),
                Notice::Replaced { title } => (
                    t_string!(i18n, import.replaced, title = title).to_string(),
                    Some(t_string!(i18n, import.restore_replaced)),
                ),
                Notice::ReloadedFromOtherTab => (t_string!(i18n, conflict.reloaded).to_owned(), None),
                Notice::SetAside => (t_string!(i18n, recovery.found).to_owned(), None),
                Notice::NotFound => (t_string!(i18n, errors.not_found).to_owned(), None),
                Notice::OpenFailed(reason) => (
                    t_string!(i18n, errors.open_failed, reason = reason).to_string(),
                    None,
                ),
            };
            view! {
                <div class="alert alert-info" role="status">
                    <p>{text}</p>
                    <div class="alert-actions">
                        {undo_label.map(|label| view! {
                            <button type="button" class="btn btn-primary" on:click=move |_| app.undo_delete()>
                                {label}
                            </button>
                        })}
                        <button
                            type="button"
                            class="btn btn-link"
                            aria-label=move || t_string!(i18n, app.close)
                            on:click=dismiss
                        >
                            "×"
                        </button>
                    </div>
                </div>
            }
        })
    }
}

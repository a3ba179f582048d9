//! Opening a package file from the plans screen: file picker, the reason a
//! file was refused, and the choice when the plan is already here.
use crate::i18n::*;
use crate::import_actions::megabytes;
use crate::persistence::format::LoadError;
use crate::persistence::import::FileProblem;
use crate::state::{use_app, AppStateStoreFields};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

#[component]
pub fn ImportControls() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let on_change = move |e: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&e);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            app.import_file(file);
        }
        input.set_value("");
    };
    view! {
        <section class="import" aria-labelledby="import-title">
            <h2 id="import-title">{t!(i18n, import.title)}</h2>
            <p class="form-help" id="import-hint">{t!(i18n, import.hint)}</p>
            <input
                id="import-file"
                class="file-input"
                type="file"
                accept=".json,application/json"
                aria-describedby="import-hint"
                on:change=on_change
            />
            <label for="import-file" class="btn btn-secondary">{t!(i18n, import.choose)}</label>
            <ImportProblem />
            <SameIdChoice />
        </section>
    }
}

#[component]
fn ImportProblem() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    move || {
        app.store.import_problem().get().map(|(name, problem)| {
            let reason = problem_text(i18n, &problem);
            view! {
                <div class="alert alert-danger" role="alert">
                    <p>{move || t_string!(i18n, import.refused, name = name.clone()).to_string()}</p>
                    <p>{reason}</p>
                </div>
            }
        })
    }
}

#[component]
fn SameIdChoice() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    move || {
        app.store.pending_import().get().map(|plan| {
            let title = plan.title.clone();
            let copy_title = t_string!(i18n, import.imported_suffix, title = title.clone()).to_string();
            view! {
                <div class="confirm alert alert-warning" role="alertdialog" aria-labelledby="same-id-title">
                    <h3 id="same-id-title">{t!(i18n, import.same_id_title)}</h3>
                    <p>{move || t_string!(i18n, import.same_id, title = title.clone()).to_string()}</p>
                    <button type="button" class="btn btn-primary" on:click=move |_| app.import_replace()>
                        {t!(i18n, import.replace)}
                    </button>
                    <button type="button" class="btn btn-secondary" on:click=move |_| app.import_keep_both(copy_title.clone())>
                        {t!(i18n, import.keep_both)}
                    </button>
                    <button type="button" class="btn btn-link" on:click=move |_| app.import_cancel()>
                        {t!(i18n, import.cancel)}
                    </button>
                </div>
            }
        })
    }
}

/// Why a file was refused, in the user's language, naming the field path.
fn problem_text(i18n: I18nContext<Locale>, problem: &FileProblem) -> String {
    match problem {
        FileProblem::Empty => t_string!(i18n, import.empty).to_owned(),
        FileProblem::TooLarge { .. } => {
            t_string!(i18n, import.too_large, size = megabytes(problem)).to_string()
        }
        FileProblem::Bom => t_string!(i18n, import.bom).to_owned(),
        FileProblem::NotUtf8 { offset } => {
            t_string!(i18n, import.not_utf8, offset = *offset).to_string()
        }
        FileProblem::Load(e) => match e {
            LoadError::NotJson { line, column } => {
                t_string!(i18n, import.not_json, line = *line, column = *column).to_string()
            }
            LoadError::NotAnObject => t_string!(i18n, import.not_object).to_owned(),
            LoadError::WrongFormat => t_string!(i18n, import.wrong_format).to_owned(),
            LoadError::MissingVersion => t_string!(i18n, import.missing_version).to_owned(),
            LoadError::BadVersion => t_string!(i18n, import.bad_version).to_owned(),
            LoadError::NewerVersion(v) => {
                t_string!(i18n, import.newer_version, version = *v).to_string()
            }
            LoadError::BadField { path, detail } => t_string!(
                i18n,
                import.bad_field,
                path = path.clone(),
                detail = detail.clone()
            )
            .to_string(),
            LoadError::Invalid(errors) => {
                let first = errors.first();
                let path = first.map(|e| e.path.clone()).unwrap_or_default();
                let what = first.map(|e| e.problem.as_str()).unwrap_or_default();
                t_string!(i18n, import.invalid, path = path, problem = what).to_string()
            }
        },
    }
}

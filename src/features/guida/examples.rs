//! The example plans of `public/examples/` (and the large plan written at
//! build time), loaded from the plans screen as new, independent copies.
use crate::i18n::*;
use crate::model::guide::example::{BLANK_FILE, EXAMPLE_FILE, LARGE_FILE};
use crate::model::Step;
use crate::persistence::import::FileProblem;
use crate::persistence::revision::Token;
use crate::persistence::storage;
use crate::state::{new_id, now, use_app, AppContext};
use js_sys::{Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The text of a same-origin file (no request ever leaves the site).
async fn fetch_text(path: &str) -> Result<String, String> {
    let response = JsFuture::from(window().fetch_with_str(path))
        .await
        .map_err(|_| "offline".to_owned())?;
    let ok = Reflect::get(&response, &JsValue::from_str("ok"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if !ok {
        return Err("HTTP".into());
    }
    let text_fn: Function = Reflect::get(&response, &JsValue::from_str("text"))
        .map_err(|_| "text")?
        .dyn_into()
        .map_err(|_| "text")?;
    let promise: js_sys::Promise = text_fn
        .call0(&response)
        .map_err(|_| "text")?
        .dyn_into()
        .map_err(|_| "text")?;
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| "text".to_owned())
}

impl AppContext {
    /// Loads `/examples/<file>` as a new plan with fresh ids and opens it; a
    /// stored plan is never overwritten.
    async fn load_example(self, file: &str) -> Result<(), String> {
        let text = fetch_text(&format!("/examples/{file}")).await?;
        let e = crate::engine::ready().await;
        let plan = (e.read_package)(text.as_bytes()).map_err(|p| match p {
            FileProblem::Load(e) => e.to_string(),
            other => format!("{other:?}"),
        })?;
        let copy = (e.fresh_copy)(&plan, new_id, &plan.title, now());
        let id = copy.id;
        storage::write(e, &copy, &Token::default(), false, now()).map_err(|e| format!("{e:?}"))?;
        self.refresh_plan_list();
        self.open_plan(id, Step::Fondamenta);
        Ok(())
    }
}

/// The buttons of the plans screen that open an example as a new plan.
#[component]
pub fn ExamplePicker() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let load = move |file: &'static str| {
        move |_| {
            if busy.get_untracked() {
                return;
            }
            busy.set(true);
            problem.set(None);
            leptos::task::spawn_local(async move {
                let result = app.load_example(file).await;
                busy.set(false);
                if let Err(e) = result {
                    problem.set(Some(e));
                }
            });
        }
    };
    view! {
        <section class="examples" aria-labelledby="examples-title">
            <h2 id="examples-title">{t!(i18n, guida.examples_title)}</h2>
            <p>{t!(i18n, guida.examples_intro)}</p>
            <div class="plan-card-actions">
                <button type="button" class="btn btn-secondary" prop:disabled=busy on:click=load(EXAMPLE_FILE)>
                    {t!(i18n, guida.load_example)}
                </button>
                <button type="button" class="btn btn-secondary" prop:disabled=busy on:click=load(BLANK_FILE)>
                    {t!(i18n, guida.load_blank)}
                </button>
                <button type="button" class="btn btn-secondary" aria-describedby="large-note" prop:disabled=busy on:click=load(LARGE_FILE)>
                    {t!(i18n, guida.load_large)}
                </button>
            </div>
            <p class="form-help" id="large-note">{t!(i18n, guida.large_note)}</p>
            <p role="status">{move || busy.get().then(|| t_string!(i18n, guida.loading))}</p>
            {move || problem.get().map(|reason| view! {
                <p class="alert alert-danger" role="alert">
                    {t_string!(i18n, guida.load_failed, reason = reason).to_string()}
                </p>
            })}
        </section>
    }
}

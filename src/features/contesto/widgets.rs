//! Small controls shared by the sections of the screen: a text cell, a count
//! that keeps what the user typed when it is wrong, a date, source citations.
use super::Shared;
use crate::i18n::*;
use crate::model::context::{is_small, parse_count, CountError};
use crate::model::{AxisItem, PlanId};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id) {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Focuses the element with this id as soon as it exists: a new row is drawn
/// a few microtasks after the edit that adds it, and still before the next
/// key press is handled, so a fast typist's first letters land in it.
pub fn focus_later(id: String) {
    leptos::task::spawn_local(async move {
        for _ in 0..64 {
            if document().get_element_by_id(&id).is_some() {
                focus(&id);
                return;
            }
            let tick = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
            let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
        }
        request_animation_frame(move || focus(&id));
    });
}

/// `28/11/2026`.
pub fn date_it(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
}

/// Reads the value of `<input type="date">` (`YYYY-MM-DD`); blank is `None`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    crate::model::ts::day::parse(text)
}

fn iso(d: Option<NaiveDate>) -> String {
    d.map(crate::model::ts::day::format).unwrap_or_default()
}

/// A one-line text input bound to the plan; `error` is shown beside it.
#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    #[prop(optional)] multiline: bool,
    /// The id of a `<datalist>` of suggestions.
    #[prop(optional)]
    list: Option<String>,
) -> impl IntoView {
    let app = crate::state::use_app();
    let err_id = format!("{id}-err");
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let invalid = move || error.with(Option::is_some).then_some("true");
    let described = {
        let err_id = err_id.clone();
        move || error.with(Option::is_some).then(|| err_id.clone())
    };
    let control = if multiline {
        view! {
            <textarea id=id rows="3" aria-label=label aria-invalid=invalid aria-describedby=described
                prop:value=value
                on:input=move |e| on_input.run(event_target_value(&e))
                on:blur=move |_| app.seal_history()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id type="text" list=list.filter(|l| !l.is_empty()) aria-label=label aria-invalid=invalid aria-describedby=described
                prop:value=value
                on:input=move |e| on_input.run(event_target_value(&e))
                on:blur=move |_| app.seal_history() />
        }
        .into_any()
    };
    view! {
        {control}
        {move || error.get().map(|m| view! { <p class="field-error" id=err_id.clone() role="alert">{m}</p> })}
    }
    .into_any()
}

/// A count: blank, or a whole number ≥ 0. Wrong input stays visible with
/// its message and changes nothing; figures from 1 to 4 get a privacy warning.
#[component]
pub fn CountInput(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<u32>>,
    #[prop(into)] on_set: Callback<Option<u32>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = crate::state::use_app();
    // What the user typed, while it differs from what the plan holds.
    let raw = RwSignal::new(None::<String>);
    let error = Memo::new(move |_| raw.with(|r| r.as_deref().map(parse_count)?.err()));
    let small = move || error.get().is_none() && value.get().is_some_and(is_small);
    let shown = move || {
        raw.get()
            .unwrap_or_else(|| value.get().map(|v| v.to_string()).unwrap_or_default())
    };
    let (err_id, warn_id) = (format!("{id}-err"), format!("{id}-warn"));
    let described = {
        let (e, w) = (err_id.clone(), warn_id.clone());
        move || {
            if error.get().is_some() {
                Some(e.clone())
            } else {
                small().then(|| w.clone())
            }
        }
    };
    let message = move || {
        error.get().map(|e| match e {
            CountError::Negative => t_string!(i18n, contesto.count_negative),
            CountError::NotANumber => t_string!(i18n, contesto.count_not_number),
            CountError::TooBig => t_string!(i18n, contesto.count_too_big),
        })
    };
    view! {
        <input id=id type="text" inputmode="numeric" class="count" aria-label=label
            aria-invalid=move || error.get().is_some().then_some("true")
            aria-describedby=described
            prop:value=shown
            on:input=move |e| {
                let text = event_target_value(&e);
                if let Ok(v) = parse_count(&text) {
                    if v != value.get_untracked() {
                        on_set.run(v);
                    }
                }
                raw.set(Some(text));
            }
            on:blur=move |_| {
                app.seal_history();
                if error.get_untracked().is_none() {
                    raw.set(None);
                }
            } />
        {move || message().map(|m| view! { <p class="field-error" id=err_id.clone() role="alert">{m}</p> })}
        {move || small().then(|| view! { <p class="field-warning" id=warn_id.clone()>{t!(i18n, contesto.small_count)}</p> })}
    }
    .into_any()
}

/// A date (`<input type="date">`); `future_error` refuses nothing but says so.
#[component]
pub fn DateInput(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    #[prop(into)] on_set: Callback<Option<NaiveDate>>,
    #[prop(optional)] no_future: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<Shared>();
    let err_id = format!("{id}-err");
    let future = move || no_future && value.get().is_some_and(|d| d > shared.today.get());
    let described = {
        let e = err_id.clone();
        move || future().then(|| e.clone())
    };
    view! {
        <input id=id type="date" aria-label=label
            aria-invalid=move || future().then_some("true")
            aria-describedby=described
            prop:value=move || iso(value.get())
            on:change=move |e| on_set.run(parse_date(&event_target_value(&e))) />
        {move || future().then(|| view! { <p class="field-error" id=err_id.clone() role="alert">{t!(i18n, contesto.date_future)}</p> })}
    }
    .into_any()
}

/// The sources an item cites: each with a button to drop it, and a list to
/// cite one more from the register.
#[component]
pub fn Citations(
    #[prop(into)] id: String,
    /// What cites (e.g. the need's description), for the labels.
    #[prop(into)]
    what: Signal<String>,
    #[prop(into)] cited: Signal<Vec<PlanId>>,
    #[prop(into)] on_set: Callback<Vec<PlanId>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<Shared>();
    let name = move |s: PlanId| {
        shared
            .sources
            .with(|l| l.iter().find(|(id, _)| *id == s).map(|(_, n)| n.clone()))
            .unwrap_or_default()
    };
    let drop = move |s: PlanId| {
        let mut list = cited.get_untracked();
        list.retain(|x| *x != s);
        on_set.run(list);
    };
    // Choosing in the list does not cite yet (arrow keys change a closed
    // list's value one option at a time): the button does.
    let chosen = RwSignal::new(String::new());
    let add = move |_| {
        if let Some(s) = PlanId::parse(&chosen.get_untracked()) {
            let mut list = cited.get_untracked();
            if !list.contains(&s) {
                list.push(s);
                on_set.run(list);
            }
        }
        chosen.set(String::new());
    };
    view! {
        <div class="citations">
            <ul class="cited">
                <For each=move || cited.get() key=|s| *s let(s)>
                    <li>
                        <span>{move || name(s)}</span>
                        <button type="button" class="btn btn-link btn-small"
                            aria-label=move || t_string!(i18n, contesto.uncite, source = name(s), what = what.get()).to_string()
                            on:click=move |_| drop(s)>"✕"</button>
                    </li>
                </For>
            </ul>
            <div class="cite-add">
            <select id=id aria-label=move || t_string!(i18n, contesto.cite, what = what.get()).to_string()
                prop:value=move || chosen.get()
                on:change=move |e| chosen.set(event_target_value(&e))>
                <option value="">{t!(i18n, contesto.cite_placeholder)}</option>
                {move || {
                    let cited = cited.get();
                    shared.sources.get().into_iter().filter(|(s, _)| !cited.contains(s)).map(|(s, n)| {
                        view! { <option value=s.to_string()>{n}</option> }
                    }).collect_view()
                }}
            </select>
            <button type="button" class="btn btn-small" disabled=move || chosen.with(String::is_empty)
                aria-label=move || t_string!(i18n, contesto.cite_button_for, what = what.get()).to_string()
                on:click=add>{t!(i18n, contesto.cite_button)}</button>
            </div>
        </div>
    }
    .into_any()
}

/// A group of checkboxes over an axis (territories or thematic areas): which
/// of them an item concerns.
#[component]
pub fn AxisChecks(
    #[prop(into)] legend: Signal<String>,
    items: Signal<Vec<AxisItem>>,
    /// The ids currently checked.
    #[prop(into)]
    checked: Signal<Vec<PlanId>>,
    /// Called with an id and whether it is now checked.
    #[prop(into)]
    on_toggle: Callback<(PlanId, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="checks">
            <legend>{legend}</legend>
            <Show when=move || items.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, contesto.no_items_yet)}</p>
            </Show>
            <For each=move || items.get() key=|t| (t.id, t.name.clone()) let(t)>
                <label class="check">
                    <input type="checkbox"
                        prop:checked=move || checked.with(|c| c.contains(&t.id))
                        on:change=move |e| on_toggle.run((t.id, event_target_checked(&e))) />
                    {t.name.clone()}
                </label>
            </For>
        </fieldset>
    }
    .into_any()
}

/// Puts `id` in or out of `list`, keeping the order of the others.
pub fn toggle(list: &mut Vec<PlanId>, id: PlanId, on: bool) {
    list.retain(|v| *v != id);
    if on {
        list.push(id);
    }
}

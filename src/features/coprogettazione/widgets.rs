//! Form controls shared by the sections, and the messages for refused input.
use super::Names;
use crate::i18n::*;
use crate::model::codesign::{AmountError, CoDesignEdit, Item, Rule};
use crate::model::{Edit, EditError, PlanId};
use crate::state::use_app;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// Today in the user's time zone, from the browser's clock.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// `28/11/2026`.
pub fn date_it(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
}

pub fn opt_date_it(d: Option<NaiveDate>) -> String {
    d.map(date_it).unwrap_or_else(|| "—".into())
}

/// The value of `<input type="date">` for `d` (`YYYY-MM-DD`).
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub fn opt_iso(d: Option<NaiveDate>) -> String {
    d.map(iso).unwrap_or_default()
}

/// The value of a choice for an optional id (blank: none).
pub fn opt_id(id: Option<PlanId>) -> String {
    id.map(|x| x.to_string()).unwrap_or_default()
}

/// Reads the value of `<input type="date">` (`YYYY-MM-DD`); blank is `None`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

pub fn rule_message(i18n: I18nContext<Locale>, r: Rule) -> &'static str {
    match r {
        Rule::TargetEqualsBaseline => t_string!(i18n, coprogettazione.rule_target_equals_baseline),
        Rule::MeasurementBeforeBaseline => {
            t_string!(i18n, coprogettazione.rule_measurement_before_baseline)
        }
        Rule::NegativeAmount => t_string!(i18n, coprogettazione.rule_negative_amount),
        Rule::RevisesItself => t_string!(i18n, coprogettazione.rule_revises_itself),
        Rule::RevisionLoop => t_string!(i18n, coprogettazione.rule_revision_loop),
        Rule::UnknownDecision => t_string!(i18n, coprogettazione.rule_unknown_decision),
        Rule::Transition => t_string!(i18n, coprogettazione.rule_transition),
        Rule::PeriodReversed => t_string!(i18n, coprogettazione.rule_period_reversed),
        Rule::Empty => t_string!(i18n, coprogettazione.rule_empty),
    }
}

pub fn amount_message(i18n: I18nContext<Locale>, e: AmountError) -> &'static str {
    match e {
        AmountError::Empty => t_string!(i18n, coprogettazione.amount_empty),
        AmountError::Malformed => t_string!(i18n, coprogettazione.amount_malformed),
        AmountError::TooManyDecimals => t_string!(i18n, coprogettazione.amount_decimals),
        AmountError::TooLarge => t_string!(i18n, coprogettazione.amount_too_large),
        AmountError::Negative => t_string!(i18n, coprogettazione.rule_negative_amount),
    }
}

/// Applies `edit`; on refusal, the message to show (nothing changed).
pub fn record(i18n: I18nContext<Locale>, edit: Edit) -> Result<(), String> {
    use_app().apply_edit(edit).map_err(|e| match e {
        EditError::Rule(r) => rule_message(i18n, r).to_string(),
        EditError::TooLong { .. } => t_string!(i18n, coprogettazione.too_long).to_string(),
        _ => t_string!(i18n, coprogettazione.not_found).to_string(),
    })
}

/// A labelled text field (or text area) bound to a form signal.
#[component]
pub fn Field(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional, into)] kind: Option<&'static str>,
    #[prop(optional, into)] help: Option<Signal<String>>,
) -> impl IntoView {
    let help_id = help.map(|_| format!("{id}-help"));
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=help_id.clone()
                prop:value=move || value.get()
                on:input=move |e| value.set(event_target_value(&e))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type=kind.unwrap_or("text") aria-describedby=help_id.clone()
                prop:value=move || value.get()
                on:input=move |e| value.set(event_target_value(&e)) />
        }
        .into_any()
    };
    view! {
        <div class="form-group">
            <label for=id>{label}</label>
            {control}
            {help.map(|h| view! { <p class="form-help" id=help_id.clone()>{h}</p> })}
        </div>
    }
}

/// A labelled choice of one item of `options` (value: its id, or blank).
#[component]
pub fn Choice(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    #[prop(into)] options: Signal<Names>,
    #[prop(into)] none: Signal<String>,
) -> impl IntoView {
    view! {
        <div class="form-group">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |e| value.set(event_target_value(&e))>
                <option value="" selected=move || value.get().is_empty()>{none}</option>
                {move || options.get().into_iter().map(|(oid, n)| {
                    let v = oid.to_string();
                    let v2 = v.clone();
                    view! { <option value=v selected=move || value.get() == v2>{n}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A group of check boxes choosing several items of `options`.
#[component]
pub fn Checks(
    #[prop(into)] id: String,
    #[prop(into)] legend: Signal<String>,
    chosen: RwSignal<Vec<PlanId>>,
    #[prop(into)] options: Signal<Names>,
) -> impl IntoView {
    view! {
        <fieldset class="cd-checks">
            <legend>{legend}</legend>
            {move || options.get().into_iter().map(|(oid, n)| {
                let cid = format!("{id}-{oid}");
                view! {
                    <div class="form-check">
                        <input type="checkbox" id=cid.clone()
                            prop:checked=move || chosen.with(|c| c.contains(&oid))
                            on:change=move |e| {
                                let on = event_target_checked(&e);
                                chosen.update(|c| {
                                    c.retain(|x| *x != oid);
                                    if on { c.push(oid) }
                                });
                            } />
                        <label for=cid>{n}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The message under a form, announced when it appears.
#[component]
pub fn FormError(message: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <div aria-live="assertive">
            {move || message.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
        </div>
    }
}

pub fn parse_id(s: &str) -> Option<PlanId> {
    PlanId::parse(s)
}

/// Moves the focus to the element with `id` (a form's first field when an
/// item is opened for editing) and brings it into view.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Whether a register's form adds a new item or corrects the one it holds:
/// one form does both, so an item is corrected with the same fields and rules
/// it was recorded with, and the correction is one undoable edit.
#[derive(Clone, Copy)]
pub struct FormMode {
    pub editing: RwSignal<Option<PlanId>>,
}

impl FormMode {
    pub fn new() -> Self {
        FormMode {
            editing: RwSignal::new(None),
        }
    }

    /// The id the saved item takes: the edited one's, or a new one.
    pub fn id(&self) -> PlanId {
        self.editing
            .get_untracked()
            .unwrap_or_else(crate::state::new_id)
    }

    /// Records `item`: in place of the edited one, or at the end (`len`).
    /// On success the form goes back to adding.
    pub fn save(&self, i18n: I18nContext<Locale>, item: Item, len: usize) -> Result<(), String> {
        let edit = if self.editing.get_untracked().is_some() {
            CoDesignEdit::Replace(item)
        } else {
            CoDesignEdit::Insert { index: len, item }
        };
        record(i18n, Edit::CoDesign(edit))?;
        self.editing.set(None);
        Ok(())
    }

    /// Opens item `id` in the form (the caller has filled the fields) and
    /// focuses the form's first field.
    pub fn open(&self, id: PlanId, first_field: &str) {
        self.editing.set(Some(id));
        focus(first_field);
    }
}

/// A register form's heading: "Nuovo …" or "Modifica …".
#[component]
pub fn FormTitle(
    #[prop(into)] id: String,
    mode: FormMode,
    #[prop(into)] new: Signal<String>,
    #[prop(into)] edit: Signal<String>,
) -> impl IntoView {
    view! {
        <h3 id=id>{move || if mode.editing.get().is_some() { edit.get() } else { new.get() }}</h3>
    }
}

/// A register form's buttons: add, or save the correction and cancel it.
#[component]
pub fn FormButtons(
    mode: FormMode,
    #[prop(into)] add: Signal<String>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="cd-form-actions">
            <button type="submit" class="btn btn-primary">
                {move || if mode.editing.get().is_some() { t_string!(i18n, coprogettazione.save_changes).to_string() } else { add.get() }}
            </button>
            <Show when=move || mode.editing.get().is_some()>
                <button type="button" class="btn" on:click=move |_| {
                    mode.editing.set(None);
                    on_cancel.run(());
                }>{t!(i18n, coprogettazione.cancel_edit)}</button>
            </Show>
        </div>
    }
}

/// The "Modifica" button of an item, named after it for screen readers.
#[component]
pub fn EditButton(
    #[prop(into)] name: String,
    on_edit: Callback<()>,
    #[prop(optional)] small: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class=if small { "btn btn-small" } else { "btn" }
            aria-label=move || t_string!(i18n, coprogettazione.edit_of, name = name.clone()).to_string()
            on:click=move |_| on_edit.run(())>{t!(i18n, coprogettazione.edit)}</button>
    }
}

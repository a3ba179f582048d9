//! Step 2, Analisi di contesto: the four parts (socio-demographic data, needs,
//! stakeholders and interventions, sources), each with its narrative, author
//! and review date, and a completeness view. Rules live in `model::context`.
mod actors;
mod completeness;
mod data;
mod interventions;
mod needs;
mod notes;
mod sources;
mod widgets;

use crate::components::sync::mirror;
use crate::i18n::*;
use crate::model::context::ContextEdit;
use crate::model::{AxisItem, Edit, PlanId};
use crate::state::use_app;
use chrono::NaiveDate;
use leptos::prelude::*;

/// What many rows read, computed once per change of the plan.
#[derive(Clone, Copy)]
pub struct Shared {
    pub today: Memo<NaiveDate>,
    /// Sources as (id, name shown).
    pub sources: Signal<Vec<(PlanId, String)>>,
    pub themes: Signal<Vec<AxisItem>>,
    pub territories: Signal<Vec<AxisItem>>,
    pub stakeholders: Signal<Vec<(PlanId, String)>>,
}

/// Today in the user's time zone, from the browser's clock.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

#[component]
pub fn Contesto() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let unnamed_source = move |i: usize| t_string!(i18n, contesto.source_n, n = i + 1).to_string();
    let shared = Shared {
        today: Memo::new(|_| today()),
        sources: mirror(move |p| {
            p.context
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let name = if s.description.trim().is_empty() {
                        unnamed_source(i)
                    } else {
                        s.description.clone()
                    };
                    (s.id, name)
                })
                .collect()
        }),
        themes: mirror(|p| p.axes.themes.clone()),
        territories: mirror(|p| p.axes.territories.clone()),
        stakeholders: mirror(|p| {
            p.stakeholders
                .iter()
                .map(|s| (s.id, s.name.clone()))
                .collect()
        }),
    };
    provide_context(shared);
    let interval = mirror(|p| p.context.review_interval_months);
    view! {
        <section class="screen contesto" aria-labelledby="step-title">
            <h1 id="step-title" node_ref=crate::components::heading::focus_on_arrival()>{t!(i18n, contesto.title)}</h1>
            <p class="lead">{t!(i18n, contesto.intro)}</p>
            <p class="privacy-note">{t!(i18n, contesto.privacy)}</p>
            <crate::features::guida::GuidePanel step=crate::model::Step::Contesto />
            <nav class="ctx-tabs" aria-label=move || t_string!(i18n, contesto.sections)>
                <ul>
                    <li><a href="#ctx-completezza">{t!(i18n, contesto.completeness_title)}</a></li>
                    <li><a href="#ctx-dati">{t!(i18n, contesto.part_demographics)}</a></li>
                    <li><a href="#ctx-bisogni">{t!(i18n, contesto.part_needs)}</a></li>
                    <li><a href="#ctx-attori">{t!(i18n, contesto.part_stakeholders)}</a></li>
                    <li><a href="#ctx-fonti">{t!(i18n, contesto.part_sources)}</a></li>
                </ul>
            </nav>
            <div class="form-group ctx-interval">
                <label for="ctx-interval">{t!(i18n, contesto.review_interval)}</label>
                <select id="ctx-interval" aria-describedby="ctx-interval-help"
                    on:change=move |e| {
                        if let Ok(m) = event_target_value(&e).parse::<u32>() {
                            let _ = app.apply_edit(Edit::Context(ContextEdit::SetReviewInterval(m)));
                        }
                    }>
                    {[1u32, 3, 6, 12, 24].into_iter().map(|m| view! {
                        <option value=m.to_string() selected=move || interval.get() == m>
                            {move || t_string!(i18n, contesto.months, n = m).to_string()}
                        </option>
                    }).collect_view()}
                </select>
                <p class="form-help" id="ctx-interval-help">{t!(i18n, contesto.review_interval_help)}</p>
            </div>
            <completeness::Completeness />
            <data::Demographics />
            <needs::Needs />
            <actors::Stakeholders />
            <sources::Sources />
        </section>
    }
    .into_any()
}

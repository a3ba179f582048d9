//! The indicator status of the alliances, summarised for the matrix: one
//! alliance in its panel (the worst status of its indicators, and how many
//! there are), and every alliance, worst first, under the canvas.
use super::indicators::StatusBadge;
use super::widgets::today;
use crate::i18n::*;
use crate::model::codesign::{monitoring_summary, IndicatorStatus};
use crate::model::PlanId;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn AllianceMonitoring(id: PlanId) -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let day = today();
    let summary = Memo::new(move |_| {
        app.with_plan(|p| {
            let all: Vec<IndicatorStatus> = p
                .codesign
                .indicators
                .iter()
                .filter(|i| i.alliance == Some(id))
                .map(|i| i.status(day))
                .collect();
            (all.len(), IndicatorStatus::worst(all))
        })
        .unwrap_or((0, IndicatorStatus::NoData))
    });
    view! {
        <p class="cd-monitoring">
            {t!(i18n, coprogettazione.monitoring)}": "
            {move || {
                let (n, status) = summary.get();
                view! { <Status n status /> }
            }}
        </p>
    }
}

/// "In ritardo (3 indicatori)", or "Nessun indicatore."
#[component]
fn Status(n: usize, status: IndicatorStatus) -> impl IntoView {
    let i18n = use_i18n();
    if n == 0 {
        return view! { <span>{t!(i18n, coprogettazione.no_indicators)}</span> }.into_any();
    }
    view! {
        <StatusBadge status />" "
        // Italian and English both use the singular for 1 only (CLDR "one").
        <span>{move || if n == 1 {
            t_string!(i18n, coprogettazione.indicators_count_one).to_string()
        } else {
            t_string!(i18n, coprogettazione.indicators_count, n = n).to_string()
        }}</span>
    }
    .into_any()
}

/// Every alliance's monitoring, worst first: the matrix-wide summary.
#[component]
pub fn MatrixMonitoring() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let day = today();
    // Below the canvas: follows the plan after the edit's frame is painted.
    let rows = Memo::new(move |_| {
        app.with_plan_settled(|p| {
            monitoring_summary(p, day)
                .into_iter()
                .map(|s| {
                    let name = p
                        .alliances
                        .iter()
                        .find(|a| a.id == s.alliance)
                        .map(|a| a.name.clone())
                        .unwrap_or_default();
                    (name, s.indicators, s.status)
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="matrix-monitoring-title">
            <h2 id="matrix-monitoring-title">{t!(i18n, coprogettazione.matrix_monitoring)}</h2>
            <p class="form-help">{t!(i18n, coprogettazione.matrix_monitoring_help)}</p>
            <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t!(i18n, coprogettazione.no_alliances)}</p> }>
                <ul class="issue-list" aria-labelledby="matrix-monitoring-title">
                    {move || rows.get().into_iter().map(|(name, n, status)| view! {
                        <li>{name}": "<Status n status /></li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

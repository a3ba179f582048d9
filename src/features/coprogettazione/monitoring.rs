//! The indicator status of one alliance, summarised, for the matrix panel:
//! the worst status of its indicators, and how many there are.
use super::indicators::StatusBadge;
use super::widgets::today;
use crate::i18n::*;
use crate::model::codesign::IndicatorStatus;
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
                if n == 0 {
                    view! { <span>{t!(i18n, coprogettazione.no_indicators)}</span> }.into_any()
                } else {
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
            }}
        </p>
    }
}

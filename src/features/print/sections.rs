//! The sections of the printed plan, one per part of the document.
use super::paragraphs;
use crate::features::fondamenta::kind_label;
use crate::i18n::*;
use crate::model::PlanId;
use crate::state::use_app;
use leptos::prelude::*;

fn or_not_set(text: String, not_set: &'static str) -> String {
    if text.trim().is_empty() {
        not_set.to_owned()
    } else {
        text
    }
}

#[component]
pub fn FoundationsSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let f = move || app.with_plan(|p| p.foundations.clone()).unwrap_or_default();
    let not_set = move || t_string!(i18n, print.not_set);
    view! {
        <section aria-labelledby="print-foundations">
            <h2 id="print-foundations">{t!(i18n, print.foundations)}</h2>
            <dl class="print-fields">
                <dt>{t!(i18n, print.comune)}</dt>
                <dd>{move || or_not_set(f().promoter_comune, not_set())}</dd>
                <dt>{t!(i18n, print.objective)}</dt>
                <dd>{move || paragraphs(&or_not_set(f().shared_objective, not_set()))}</dd>
                <dt>{t!(i18n, print.target)}</dt>
                <dd>{move || paragraphs(&or_not_set(f().target_population, not_set()))}</dd>
                <dt>{t!(i18n, print.description)}</dt>
                <dd>{move || paragraphs(&or_not_set(f().description, not_set()))}</dd>
                <dt>{t!(i18n, print.intent)}</dt>
                <dd>
                    {move || if f().intent_to_formalise {
                        t_string!(i18n, print.intent_yes)
                    } else {
                        t_string!(i18n, print.intent_no)
                    }}
                </dd>
            </dl>
        </section>
    }
}

#[component]
pub fn NetworkSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rows = move || {
        app.with_plan(|p| {
            p.stakeholders
                .iter()
                .map(|s| (s.name.clone(), s.kind))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="print-network">
            <h2 id="print-network">{t!(i18n, print.network)}</h2>
            <Show when=move || !rows().is_empty() fallback=move || view! { <p>{t!(i18n, print.none)}</p> }>
                <table class="table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, print.name)}</th>
                            <th scope="col">{t!(i18n, print.kind)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows()
                            .into_iter()
                            .map(|(name, kind)| view! {
                                <tr>
                                    <td>{name}</td>
                                    <td>{kind_label(i18n, kind)}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </Show>
        </section>
    }
}

#[component]
pub fn AxesSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let names = move |territories: bool| {
        app.with_plan(|p| {
            let list = if territories {
                &p.axes.territories
            } else {
                &p.axes.themes
            };
            list.iter().map(|i| i.name.clone()).collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let list = move |items: Vec<String>| {
        if items.is_empty() {
            view! { <p>{t!(i18n, print.none)}</p> }.into_any()
        } else {
            view! { <ul>{items.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> }
                .into_any()
        }
    };
    view! {
        <section aria-labelledby="print-axes">
            <h2 id="print-axes">{t!(i18n, print.axes)}</h2>
            <h3>{t!(i18n, print.territories)}</h3>
            {move || list(names(true))}
            <h3>{t!(i18n, print.themes)}</h3>
            {move || list(names(false))}
        </section>
    }
}

#[component]
pub fn ContextSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let theme_name = move |id: PlanId| {
        app.with_plan(|p| {
            p.axes
                .themes
                .iter()
                .find(|t| t.id == id)
                .map(|t| t.name.clone())
        })
        .flatten()
        .unwrap_or_default()
    };
    let needs = move || {
        app.with_plan(|p| {
            p.context
                .needs
                .iter()
                .map(|n| (n.theme, n.priority, n.description.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let interventions = move || {
        app.with_plan(|p| {
            p.context
                .interventions
                .iter()
                .map(|i| {
                    let promoter = i
                        .promoter
                        .and_then(|id| p.stakeholders.iter().find(|s| s.id == id))
                        .map(|s| s.name.clone())
                        .unwrap_or_default();
                    (i.title.clone(), promoter)
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="print-needs">
            <h2 id="print-needs">{t!(i18n, print.needs)}</h2>
            <Show when=move || !needs().is_empty() fallback=move || view! { <p>{t!(i18n, print.none)}</p> }>
                <table class="table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, print.theme)}</th>
                            <th scope="col">{t!(i18n, print.priority)}</th>
                            <th scope="col">{t!(i18n, print.description)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || needs()
                            .into_iter()
                            .map(|(theme, priority, description)| view! {
                                <tr>
                                    <td>{theme_name(theme)}</td>
                                    <td>{format!("{priority}/5")}</td>
                                    <td>{paragraphs(&description)}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </Show>
        </section>
        <section aria-labelledby="print-interventions">
            <h2 id="print-interventions">{t!(i18n, print.interventions)}</h2>
            <Show when=move || !interventions().is_empty() fallback=move || view! { <p>{t!(i18n, print.none)}</p> }>
                <table class="table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, print.title)}</th>
                            <th scope="col">{t!(i18n, print.promoter)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || interventions()
                            .into_iter()
                            .map(|(title, promoter)| view! {
                                <tr>
                                    <td>{title}</td>
                                    <td>{promoter}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </Show>
        </section>
    }
}

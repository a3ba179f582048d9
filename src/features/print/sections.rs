//! The sections of the printed plan, one per part of the document. Tables go
//! through one [`PrintTable`], so they look alike and cost one copy of code.
use crate::features::fondamenta::kind_label;
use crate::i18n::*;
use crate::state::use_app;
use leptos::prelude::*;

fn or_not_set(text: String, not_set: &'static str) -> String {
    if text.trim().is_empty() {
        not_set.to_owned()
    } else {
        text
    }
}

/// A table of plain-text cells (line breaks kept by CSS), or "no entries".
#[component]
pub(super) fn PrintTable(
    headers: Vec<&'static str>,
    rows: Signal<Vec<Vec<String>>>,
    empty: &'static str,
) -> impl IntoView {
    move || {
        let rows = rows.get();
        if rows.is_empty() {
            return view! { <p>{empty}</p> }.into_any();
        }
        view! {
            <table class="table">
                <thead>
                    <tr>{headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|cells| view! {
                            <tr>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    }
}

#[component]
pub fn FoundationsSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let f = move || app.with_plan(|p| p.foundations.clone()).unwrap_or_default();
    let not_set = move || t_string!(i18n, print.not_set);
    let field = move |label: &'static str, value: String| {
        view! {
            <dt>{label}</dt>
            <dd>{or_not_set(value, not_set())}</dd>
        }
    };
    view! {
        <section aria-labelledby="print-foundations">
            <h2 id="print-foundations">{t!(i18n, print.foundations)}</h2>
            <dl class="print-fields">
                {move || {
                    let f = f();
                    let intent = if f.intent_to_formalise {
                        t_string!(i18n, print.intent_yes)
                    } else {
                        t_string!(i18n, print.intent_no)
                    };
                    vec![
                        field(t_string!(i18n, print.comune), f.promoter_comune),
                        field(t_string!(i18n, print.objective), f.shared_objective),
                        field(t_string!(i18n, print.target), f.target_population),
                        field(t_string!(i18n, print.description), f.description),
                        field(t_string!(i18n, print.intent), intent.to_owned()),
                    ]
                }}
            </dl>
        </section>
    }
}

#[component]
pub fn NetworkSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rows = Signal::derive(move || {
        app.with_plan(|p| {
            p.stakeholders
                .iter()
                .map(|s| {
                    vec![
                        s.name.clone(),
                        kind_label(i18n, s.kind).to_owned(),
                        crate::features::rete::stage_label(i18n, s.network.stage).to_owned(),
                        s.network.commitments.clone(),
                    ]
                })
                .collect()
        })
        .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="print-network">
            <h2 id="print-network">{t!(i18n, print.network)}</h2>
            <PrintTable
                headers=vec![
                    t_string!(i18n, print.name),
                    t_string!(i18n, print.kind),
                    t_string!(i18n, print.stage),
                    t_string!(i18n, print.commitments),
                ]
                rows
                empty=t_string!(i18n, print.none)
            />
        </section>
    }
}

#[component]
pub fn AxesSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rows = Signal::derive(move || {
        app.with_plan(|p| {
            let n = p.axes.territories.len().max(p.axes.themes.len());
            let name = |list: &[crate::model::AxisItem], i: usize| {
                list.get(i).map(|x| x.name.clone()).unwrap_or_default()
            };
            (0..n)
                .map(|i| vec![name(&p.axes.territories, i), name(&p.axes.themes, i)])
                .collect()
        })
        .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="print-axes">
            <h2 id="print-axes">{t!(i18n, print.axes)}</h2>
            <PrintTable
                headers=vec![t_string!(i18n, print.territories), t_string!(i18n, print.themes)]
                rows
                empty=t_string!(i18n, print.none)
            />
        </section>
    }
}

#[component]
pub fn ContextSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let needs = Signal::derive(move || {
        app.with_plan(|p| {
            p.context
                .needs
                .iter()
                .map(|n| {
                    let theme = p.axes.themes.iter().find(|t| t.id == n.theme);
                    vec![
                        theme.map(|t| t.name.clone()).unwrap_or_default(),
                        format!("{}/5", n.priority),
                        n.description.clone(),
                    ]
                })
                .collect()
        })
        .unwrap_or_default()
    });
    let interventions = Signal::derive(move || {
        app.with_plan(|p| {
            p.context
                .interventions
                .iter()
                .map(|i| {
                    let promoter = i
                        .promoter
                        .and_then(|id| p.stakeholders.iter().find(|s| s.id == id));
                    vec![
                        i.title.clone(),
                        promoter.map(|s| s.name.clone()).unwrap_or_default(),
                    ]
                })
                .collect()
        })
        .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="print-needs">
            <h2 id="print-needs">{t!(i18n, print.needs)}</h2>
            <PrintTable
                headers=vec![
                    t_string!(i18n, print.theme),
                    t_string!(i18n, print.priority),
                    t_string!(i18n, print.description),
                ]
                rows=needs
                empty=t_string!(i18n, print.none)
            />
        </section>
        <section aria-labelledby="print-interventions">
            <h2 id="print-interventions">{t!(i18n, print.interventions)}</h2>
            <PrintTable
                headers=vec![t_string!(i18n, print.title), t_string!(i18n, print.promoter)]
                rows=interventions
                empty=t_string!(i18n, print.none)
            />
        </section>
    }
}

//! The rest of the package for readers without the app: the matrix as a table
//! (territories × themes, alliance names in the cells), the alliances with
//! lead and members, the governance, the context registers (data tables,
//! sources). Text nodes only.
use super::sections::PrintTable;
use crate::i18n::*;
use crate::model::context::TableKind;
use crate::model::matrix::Cell;
use crate::model::{Axis, Plan, PlanId};
use crate::state::use_app;
use leptos::prelude::*;

pub(super) fn name_of(p: &Plan, id: PlanId) -> String {
    p.stakeholders
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.name.clone())
        .unwrap_or_default()
}

#[component]
pub fn MatrixSection() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let grid = move || {
        app.with_plan(|p| {
            let themes: Vec<String> = p.axes.themes.iter().map(|t| t.name.clone()).collect();
            let rows: Vec<(String, Vec<String>)> = p
                .axes
                .territories
                .iter()
                .map(|t| {
                    let cells = p
                        .axes
                        .themes
                        .iter()
                        .map(|th| {
                            let cell = Cell {
                                territory: t.id,
                                theme: th.id,
                            };
                            p.alliances
                                .iter()
                                .filter(|a| a.covers(cell))
                                .map(|a| a.name.clone())
                                .collect::<Vec<_>>()
                                .join("\n")
                        })
                        .collect();
                    (t.name.clone(), cells)
                })
                .collect();
            (themes, rows)
        })
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="print-matrix">
            <h2 id="print-matrix">{t!(i18n, print.matrix)}</h2>
            {move || {
                let (themes, rows) = grid();
                if rows.is_empty() {
                    return view! { <p>{t!(i18n, print.none)}</p> }.into_any();
                }
                view! {
                    <table class="table print-matrix">
                        <thead>
                            <tr>
                                <th scope="col">{t!(i18n, print.territory_theme)}</th>
                                {themes.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|(t, cells)| view! {
                                <tr>
                                    <th scope="row">{t}</th>
                                    {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
pub fn AlliancesSection() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let rows = Signal::derive(move || {
        app.with_plan(|p| {
            p.alliances
                .iter()
                .map(|a| {
                    let lead = a.lead.map(|id| name_of(p, id)).unwrap_or_default();
                    let members = a
                        .members
                        .iter()
                        .map(|m| {
                            let name = name_of(p, m.partner);
                            if m.role.trim().is_empty() {
                                name
                            } else {
                                format!("{name} ({})", m.role)
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("\n");
                    let funding = a
                        .funding
                        .iter()
                        .map(|f| crate::model::formal::source_name(*f))
                        .collect::<Vec<_>>()
                        .join(", ");
                    vec![a.name.clone(), a.objective.clone(), lead, members, funding]
                })
                .collect()
        })
        .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="print-alliances">
            <h2 id="print-alliances">{t!(i18n, print.alliances)}</h2>
            <PrintTable
                headers=vec![
                    t_string!(i18n, print.alliance),
                    t_string!(i18n, print.objective),
                    t_string!(i18n, print.lead),
                    t_string!(i18n, print.members),
                    t_string!(i18n, print.funding),
                ]
                rows
                empty=t_string!(i18n, print.none)
            />
        </section>
    }
}

#[component]
pub fn GovernanceSection() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let rows = Signal::derive(move || {
        app.with_plan(|p| {
            let cabina = t_string!(i18n, print.cabina);
            let mut rows: Vec<Vec<String>> = p
                .governance
                .cabina_di_regia
                .iter()
                .map(|id| vec![cabina.to_owned(), name_of(p, *id)])
                .collect();
            for c in &p.governance.coordinators {
                let item = p
                    .axes
                    .list(c.axis)
                    .iter()
                    .find(|x| x.id == c.item)
                    .map(|x| x.name.clone())
                    .unwrap_or_default();
                let what = match c.axis {
                    Axis::Territories => t_string!(i18n, print.row_coordinator, item = item),
                    Axis::Themes => t_string!(i18n, print.column_coordinator, item = item),
                };
                rows.push(vec![what.to_string(), name_of(p, c.partner)]);
            }
            rows
        })
        .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="print-governance">
            <h2 id="print-governance">{t!(i18n, print.governance)}</h2>
            <PrintTable
                headers=vec![t_string!(i18n, print.role), t_string!(i18n, print.name)]
                rows
                empty=t_string!(i18n, print.none)
            />
        </section>
    }
}

fn table_name(i18n: leptos_i18n::I18nContext<Locale>, t: TableKind) -> &'static str {
    match t {
        TableKind::Nationality => t_string!(i18n, print.table_nationality),
        TableKind::LegalStatus => t_string!(i18n, print.table_legal_status),
        TableKind::AgeSex => t_string!(i18n, print.table_age_sex),
        TableKind::Territory => t_string!(i18n, print.table_territory),
        TableKind::Vulnerability => t_string!(i18n, print.table_vulnerability),
    }
}

#[component]
pub fn DataSection() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    // One row per line of every table: table, line, figure (aggregated only).
    let rows = Signal::derive(move || {
        app.with_plan(|p| {
            let d = &p.context.demographics;
            let mut rows = Vec::new();
            for kind in TableKind::ALL {
                let table = table_name(i18n, kind).to_owned();
                if kind == TableKind::Territory {
                    for t in &p.axes.territories {
                        if let Some(n) = d.territory_count(t.id) {
                            rows.push(vec![table.clone(), t.name.clone(), n.to_string()]);
                        }
                    }
                    continue;
                }
                for r in &d.table(kind).rows {
                    let n = r.total().map(|n| n.to_string()).unwrap_or_default();
                    rows.push(vec![table.clone(), r.label.clone(), n]);
                }
            }
            rows
        })
        .unwrap_or_default()
    });
    let sources = Signal::derive(move || {
        app.with_plan(|p| {
            p.context
                .sources
                .iter()
                .map(|s| {
                    let on = s
                        .collected_on
                        .map(crate::model::ts::day::format)
                        .unwrap_or_default();
                    vec![s.description.clone(), s.provided_by.clone(), on]
                })
                .collect()
        })
        .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="print-data">
            <h2 id="print-data">{t!(i18n, print.data)}</h2>
            <PrintTable
                headers=vec![t_string!(i18n, print.table), t_string!(i18n, print.line), t_string!(i18n, print.count)]
                rows
                empty=t_string!(i18n, print.none)
            />
        </section>
        <section aria-labelledby="print-sources">
            <h2 id="print-sources">{t!(i18n, print.sources)}</h2>
            <PrintTable
                headers=vec![
                    t_string!(i18n, print.description),
                    t_string!(i18n, print.provided_by),
                    t_string!(i18n, print.collected_on),
                ]
                rows=sources
                empty=t_string!(i18n, print.none)
            />
        </section>
    }
}

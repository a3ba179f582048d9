//! Dati socio-anagrafici: five aggregated tables, each with its stated total,
//! reference date and sources; the territory table is the plan's territories.
use super::notes::PartNotesEditor;
use super::widgets::{focus_later, Citations, CountInput, DateInput, TextInput};
use super::Shared;
use crate::components::sync::{mirror, Keyed};
use crate::i18n::*;
use crate::model::context::{ContextEdit, DataRow, Item, PartKind, Register, TableHead, TableKind};
use crate::model::{AxesEdit, Axis, AxisItem, Edit, PlanId};
use crate::state::{new_id, use_app};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

pub fn table_title(i18n: I18nContext<Locale>, t: TableKind) -> &'static str {
    match t {
        TableKind::Nationality => t_string!(i18n, contesto.table_nationality),
        TableKind::LegalStatus => t_string!(i18n, contesto.table_legal_status),
        TableKind::AgeSex => t_string!(i18n, contesto.table_age_sex),
        TableKind::Territory => t_string!(i18n, contesto.table_territory),
        TableKind::Vulnerability => t_string!(i18n, contesto.table_vulnerability),
    }
}

fn label_column(i18n: I18nContext<Locale>, t: TableKind) -> &'static str {
    match t {
        TableKind::Nationality => t_string!(i18n, contesto.col_nationality),
        TableKind::LegalStatus => t_string!(i18n, contesto.col_permit),
        TableKind::AgeSex => t_string!(i18n, contesto.col_age),
        TableKind::Territory => t_string!(i18n, contesto.col_territory),
        TableKind::Vulnerability => t_string!(i18n, contesto.col_vulnerability),
    }
}

/// Suggested lines (the user may write others).
fn suggestions(i18n: I18nContext<Locale>, t: TableKind) -> Vec<&'static str> {
    match t {
        TableKind::LegalStatus => vec![
            t_string!(i18n, contesto.permit_work),
            t_string!(i18n, contesto.permit_family),
            t_string!(i18n, contesto.permit_asylum),
            t_string!(i18n, contesto.permit_study),
            t_string!(i18n, contesto.permit_other),
        ],
        TableKind::Vulnerability => vec![
            t_string!(i18n, contesto.vuln_unaccompanied),
            t_string!(i18n, contesto.vuln_trafficking),
            t_string!(i18n, contesto.vuln_single_parent),
        ],
        TableKind::AgeSex => vec!["0–17", "18–29", "30–44", "45–64", "65+"],
        _ => vec![],
    }
}

#[component]
pub fn Demographics() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section id="ctx-dati" class="ctx-part" aria-labelledby="ctx-dati-title">
            <h2 id="ctx-dati-title">{t!(i18n, contesto.part_demographics)}</h2>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Demographics />
            <p class="privacy-note">{t!(i18n, contesto.privacy_tables)}</p>
            <PartNotesEditor part=PartKind::Demographics />
            {TableKind::ALL.into_iter().map(|t| view! { <TableEditor table=t /> }).collect_view()}
        </section>
    }
    .into_any()
}

#[component]
fn TableEditor(table: TableKind) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    let key = table.as_str();
    let head = mirror(move |p| p.context.demographics.table(table).head.clone());
    let totals = mirror(move |p| {
        let ts: Vec<PlanId> = p.axes.territories.iter().map(|t| t.id).collect();
        p.context.demographics.totals(table, &ts)
    });
    let set_head = move |f: &dyn Fn(&mut TableHead)| {
        let mut h = head.get_untracked();
        f(&mut h);
        let _ = app.apply_edit(Edit::Context(ContextEdit::SetTableHead { table, head: h }));
    };
    let title = move || table_title(i18n, table).to_string();
    let list_id = format!("sugg-{key}");
    let has_suggestions = !suggestions(i18n, table).is_empty();
    let age_sex = table == TableKind::AgeSex;
    let territory = table == TableKind::Territory;
    let mismatch = move || Some(totals.get()).filter(|t| t.mismatch());
    let add_id = format!("add-row-{key}");
    let keyed = Keyed::new(move |p| &p.context.demographics.table(table).rows);
    let rows = keyed.ids;
    // Lines whose label repeats an earlier one (two «Marocco» rows).
    let repeated = mirror(move |p| {
        let rows = &p.context.demographics.table(table).rows;
        let flags = crate::model::context::duplicate_names(rows.iter().map(|r| r.label.as_str()));
        rows.iter()
            .zip(flags)
            .filter(|(_, d)| *d)
            .map(|(r, _)| r.id)
            .collect::<Vec<_>>()
    });
    let add = {
        let add_id = add_id.clone();
        move |_| {
            if territory {
                let id = new_id();
                let len = shared.territories.with_untracked(Vec::len);
                let item = AxisItem {
                    id,
                    name: String::new(),
                };
                if app
                    .apply_edit(Edit::Axes(AxesEdit::Insert {
                        axis: Axis::Territories,
                        index: len,
                        item,
                    }))
                    .is_ok()
                {
                    focus_later(format!("terr-name-{id}"));
                }
            } else {
                let id = new_id();
                let item = Item::Row(table, DataRow::new(id));
                let index = rows.with_untracked(Vec::len);
                if app
                    .apply_edit(Edit::Context(ContextEdit::Insert { index, item }))
                    .is_ok()
                {
                    focus_later(format!("row-label-{id}"));
                } else {
                    focus_later(add_id.clone());
                }
            }
        }
    };
    view! {
        <section class="data-table" aria-labelledby=format!("tbl-{key}-title")>
            <h3 id=format!("tbl-{key}-title")>{title}</h3>
            <div class="table-head-fields">
                <Show when=move || table.is_breakdown()>
                    <div class="form-group">
                        <label for=format!("tbl-{key}-total")>{t!(i18n, contesto.stated_total)}</label>
                        <CountInput id=format!("tbl-{key}-total")
                            label=Signal::derive(move || t_string!(i18n, contesto.stated_total_of, table = title()).to_string())
                            value=Signal::derive(move || head.get().stated_total)
                            on_set=Callback::new(move |v| set_head(&|h| h.stated_total = v)) />
                    </div>
                </Show>
                <div class="form-group">
                    <label for=format!("tbl-{key}-date")>{t!(i18n, contesto.reference_date)}</label>
                    <DateInput id=format!("tbl-{key}-date")
                        label=Signal::derive(move || t_string!(i18n, contesto.reference_date_of, table = title()).to_string())
                        value=Signal::derive(move || head.get().reference_date)
                        on_set=Callback::new(move |d| set_head(&|h| h.reference_date = d)) />
                </div>
                <div class="form-group">
                    <span class="label">{t!(i18n, contesto.sources)}</span>
                    <Citations id=format!("tbl-{key}-cite") what=Signal::derive(title)
                        cited=Signal::derive(move || head.get().sources)
                        on_set=Callback::new(move |v: Vec<_>| set_head(&|h| h.sources = v.clone())) />
                </div>
            </div>
            {has_suggestions.then(|| view! {
                <datalist id=list_id.clone()>
                    {suggestions(i18n, table).into_iter().map(|s| view! { <option value=s></option> }).collect_view()}
                </datalist>
            })}
            <table class="table">
                <caption class="visually-hidden">{title}</caption>
                <thead>
                    <tr>
                        <th scope="col">{label_column(i18n, table)}</th>
                        {if age_sex {
                            view! {
                                <th scope="col">{t!(i18n, contesto.col_men)}</th>
                                <th scope="col">{t!(i18n, contesto.col_women)}</th>
                                <th scope="col">{t!(i18n, contesto.col_row_total)}</th>
                            }.into_any()
                        } else {
                            view! { <th scope="col">{t!(i18n, contesto.col_count)}</th> }.into_any()
                        }}
                        <th scope="col"><span class="visually-hidden">{t!(i18n, contesto.actions)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {if territory {
                        view! {
                            <For each=move || shared.territories.get().into_iter().map(|t| t.id) key=|id| *id let(id)>
                                <TerritoryRow id />
                            </For>
                        }.into_any()
                    } else {
                        let list = has_suggestions.then(|| list_id.clone());
                        view! {
                            <For each=move || rows.get() key=|id| *id let(id)>
                                <DataRowEditor table id list=list.clone() rows=keyed repeated=Signal::derive(move || repeated.with(|r| r.contains(&id))) />
                            </For>
                        }.into_any()
                    }}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{t!(i18n, contesto.sum)}</th>
                        <td colspan=if age_sex { "3" } else { "1" }>
                            <output>{move || totals.get().sum}</output>
                        </td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
            <div aria-live="polite">
                {move || mismatch().map(|t| view! {
                    <p class="field-error">
                        {t_string!(i18n, contesto.total_mismatch, table = title(), sum = t.sum, stated = t.stated.unwrap_or(0)).to_string()}
                    </p>
                })}
            </div>
            <button type="button" class="btn" id=add_id on:click=add>
                {move || if territory {
                    t_string!(i18n, contesto.add_territory).to_string()
                } else {
                    t_string!(i18n, contesto.add_row, table = title()).to_string()
                }}
            </button>
        </section>
    }
    .into_any()
}

#[component]
fn DataRowEditor(
    table: TableKind,
    id: PlanId,
    list: Option<String>,
    repeated: Signal<bool>,
    rows: Keyed<DataRow>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let row = rows.row(id);
    let set = move |f: &dyn Fn(&mut DataRow)| {
        if let Some(mut r) = row.get_untracked() {
            f(&mut r);
            let _ = app.apply_edit(Edit::Context(ContextEdit::Replace(Item::Row(table, r))));
        }
    };
    let label = move || row.with(|r| r.as_ref().map(|r| r.label.clone()).unwrap_or_default());
    let shown = move || {
        let l = label();
        if l.trim().is_empty() {
            t_string!(i18n, contesto.unnamed_row).to_string()
        } else {
            l
        }
    };
    let col = label_column(i18n, table);
    let age_sex = table == TableKind::AgeSex;
    let label_input = view! {
        <TextInput id=format!("row-label-{id}") label=Signal::derive(move || col.to_string()) list=list.unwrap_or_default()
            value=Signal::derive(label)
            error=Signal::derive(move || repeated.get().then(|| t_string!(i18n, contesto.duplicate_row).to_string()))
            on_input=Callback::new(move |v: String| set(&|r| r.label = v.clone())) />
    };
    view! {
        <tr>
            <td>
                {label_input}
            </td>
            <td>
                <CountInput id=format!("row-count-{id}")
                    label=Signal::derive(move || {
                        let c = if age_sex { t_string!(i18n, contesto.col_men) } else { t_string!(i18n, contesto.col_count) };
                        format!("{c} – {}", shown())
                    })
                    value=Signal::derive(move || row.get().and_then(|r| r.count))
                    on_set=Callback::new(move |v| set(&|r| r.count = v)) />
            </td>
            {age_sex.then(|| view! {
                <td>
                    <CountInput id=format!("row-women-{id}")
                        label=Signal::derive(move || format!("{} – {}", t_string!(i18n, contesto.col_women), shown()))
                        value=Signal::derive(move || row.get().and_then(|r| r.women))
                        on_set=Callback::new(move |v| set(&|r| r.women = v)) />
                </td>
                <td>{move || row.get().and_then(|r| r.total()).map(|t| t.to_string()).unwrap_or_default()}</td>
            })}
            <td class="row-actions">
                <button type="button" class="btn btn-icon btn-danger"
                    aria-label=move || t_string!(i18n, contesto.remove_item, name = shown()).to_string()
                    on:click=move |_| {
                        let _ = app.apply_edit(Edit::Context(ContextEdit::Remove { register: Register::Rows(table), id }));
                        focus_later(format!("add-row-{}", table.as_str()));
                    }>"✕"</button>
            </td>
        </tr>
    }
    .into_any()
}

#[component]
fn TerritoryRow(id: PlanId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    let name = Memo::new(move |_| {
        shared
            .territories
            .with(|l| l.iter().find(|t| t.id == id).map(|t| t.name.clone()))
            .unwrap_or_default()
    });
    let index = Memo::new(move |_| {
        shared
            .territories
            .with(|l| l.iter().position(|t| t.id == id).unwrap_or(0))
    });
    let duplicate = Memo::new(move |_| {
        shared.territories.with(|l| {
            let dups = crate::model::context::duplicate_names(l.iter().map(|t| t.name.as_str()));
            dups.get(index.get()).copied().unwrap_or(false)
        })
    });
    let count = mirror(move |p| p.context.demographics.territory_count(id));
    let shown = move || {
        let n = name.get();
        if n.trim().is_empty() {
            t_string!(i18n, contesto.unnamed_row).to_string()
        } else {
            n
        }
    };
    let move_to = move |to: usize, button: &'static str| {
        if app
            .apply_edit(Edit::Axes(AxesEdit::Move {
                axis: Axis::Territories,
                id,
                to,
            }))
            .is_ok()
        {
            focus_later(format!("{button}-{id}"));
        }
    };
    let last = move || index.get() + 1 >= shared.territories.with(Vec::len);
    view! {
        <tr>
            <td>
                <TextInput id=format!("terr-name-{id}")
                    label=Signal::derive(move || t_string!(i18n, contesto.col_territory).to_string())
                    value=Signal::derive(move || name.get())
                    error=Signal::derive(move || duplicate.get().then(|| t_string!(i18n, contesto.duplicate_name).to_string()))
                    on_input=Callback::new(move |v: String| {
                        let _ = app.apply_edit(Edit::Axes(AxesEdit::Rename { axis: Axis::Territories, id, name: v }));
                    }) />
            </td>
            <td>
                <CountInput id=format!("terr-count-{id}")
                    label=Signal::derive(move || format!("{} – {}", t_string!(i18n, contesto.col_count), shown()))
                    value=Signal::derive(move || count.get())
                    on_set=Callback::new(move |v| {
                        let _ = app.apply_edit(Edit::Context(ContextEdit::SetTerritoryCount { territory: id, count: v }));
                    }) />
            </td>
            <td class="row-actions">
                <button type="button" class="btn btn-icon" id=format!("tup-{id}") disabled=move || index.get() == 0
                    aria-label=move || t_string!(i18n, contesto.move_up, name = shown()).to_string()
                    on:click=move |_| move_to(index.get_untracked().saturating_sub(1), "tup")>"↑"</button>
                <button type="button" class="btn btn-icon" id=format!("tdown-{id}") disabled=last
                    aria-label=move || t_string!(i18n, contesto.move_down, name = shown()).to_string()
                    on:click=move |_| move_to(index.get_untracked() + 1, "tdown")>"↓"</button>
                <button type="button" class="btn btn-icon btn-danger"
                    aria-label=move || t_string!(i18n, contesto.remove_item, name = shown()).to_string()
                    on:click=move |_| {
                        let _ = app.apply_edit(Edit::Axes(crate::model::AxesEdit::Remove {
                            axis: crate::model::Axis::Territories,
                            id,
                        }));
                        focus_later("add-row-territory".into());
                    }>"✕"</button>
            </td>
        </tr>
    }
    .into_any()
}

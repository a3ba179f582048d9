//! The same matrix as a plain data table: every cell's need, coverage,
//! alliances and duplications in words. Each cell opens the side panel.
use super::{use_matrix, Selection};
use crate::i18n::*;
use crate::model::matrix::{Cell, Coverage};
use leptos::prelude::*;

#[component]
pub fn MatrixTable() -> impl IntoView {
    let (ctx, i18n) = (use_matrix(), use_i18n());
    let rows = move || {
        ctx.axes.with(|a| {
            a.territories
                .iter()
                .map(|t| (t.id, t.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let cols = move || {
        ctx.axes.with(|a| {
            a.themes
                .iter()
                .map(|t| (t.id, t.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let cell_text = move |cell: Cell| {
        ctx.analysis.with(|a| {
            let Some(info) = a.cell(cell) else {
                return (String::new(), Vec::new());
            };
            let state = match (info.coverage(), info.priority) {
                (Coverage::Gap, p) => {
                    t_string!(i18n, matrice.cell_gap, p = p.unwrap_or(0)).to_string()
                }
                (_, Some(p)) => t_string!(i18n, matrice.cell_priority, p = p).to_string(),
                (_, None) => t_string!(i18n, matrice.cell_no_need).to_string(),
            };
            let names = info
                .alliances
                .iter()
                .filter_map(|id| {
                    let l = ctx.label(*id)?;
                    let mut s = format!("#{} {}", l.number, l.name);
                    if l.cells > 1 {
                        s.push_str(
                            &t_string!(i18n, matrice.also_in, num = l.cells - 1).to_string(),
                        );
                    }
                    if info.duplicated.contains(id) {
                        s.push_str(t_string!(i18n, matrice.dup_suffix));
                    }
                    Some(s)
                })
                .collect();
            (state, names)
        })
    };
    view! {
        <div class="matrix-scroll">
            <table class="table matrix-table-view">
                <caption>{t!(i18n, matrice.table_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, matrice.corner)}</th>
                        {move || cols().into_iter().map(|(_, n)| view! { <th scope="col">{n}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || rows().into_iter().map(|(t, name)| view! {
                        <tr>
                            <th scope="row">{name}</th>
                            {cols().into_iter().map(|(th, _)| {
                                let cell = Cell { territory: t, theme: th };
                                let (state, names) = cell_text(cell);
                                view! {
                                    <td>
                                        <p>{state}</p>
                                        <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                                        <button type="button" class="btn btn-link" on:click=move |_| ctx.selected.set(Selection::Cell(cell))>
                                            {t!(i18n, matrice.open_cell)}<span class="visually-hidden">" "{ctx.cell_name(cell)}</span>
                                        </button>
                                    </td>
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

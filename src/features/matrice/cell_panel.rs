//! The side panel for the selected cell: its need, the alliances on it (to
//! open or take off), adding an alliance, the interventions registered there.
use super::dnd::refusal_text;
use super::{use_matrix, Selection};
use crate::i18n::*;
use crate::model::matrix::{can_place, Cell, Coverage, MatrixEdit};
use crate::model::{Edit, PlanId};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn CellPanel(cell: Cell) -> impl IntoView {
    let (app, ctx, i18n) = (use_app(), use_matrix(), use_i18n());
    let info = Memo::new(move |_| {
        ctx.analysis
            .with(|a| a.cell(cell).cloned().unwrap_or_default())
    });
    let interventions = Memo::new(move |_| {
        let ids = info.with(|i| i.interventions.clone());
        app.with_plan(|p| {
            p.context
                .interventions
                .iter()
                .filter(|i| ids.contains(&i.id))
                .map(|i| i.title.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let add = move |e: leptos::ev::Event| {
        let Some(id) = PlanId::parse(&event_target_value(&e)) else {
            return;
        };
        match app.with_plan(|p| can_place(p, id, cell)) {
            Some(Ok(())) => {
                let index = ctx.label(id).map_or(0, |l| l.cells);
                let _ = app.apply_edit(Edit::Matrix(MatrixEdit::InsertCell {
                    alliance: id,
                    index,
                    cell,
                }));
                let name = ctx.label(id).map(|l| l.name).unwrap_or_default();
                ctx.message.set(
                    t_string!(
                        i18n,
                        matrice.placed,
                        name = name,
                        cell = ctx.cell_name(cell)
                    )
                    .to_string(),
                );
            }
            Some(Err(r)) => ctx
                .message
                .set(t_string!(i18n, matrice.refused, why = refusal_text(i18n, r)).to_string()),
            None => {}
        }
    };
    let need = move || {
        info.with(|i| match (i.priority, i.coverage()) {
            (_, Coverage::Gap) => {
                t_string!(i18n, matrice.cell_gap, p = i.priority.unwrap_or(0)).to_string()
            }
            (Some(p), _) => t_string!(i18n, matrice.cell_priority, p = p).to_string(),
            (None, _) => t_string!(i18n, matrice.cell_no_need).to_string(),
        })
    };
    view! {
        <div class="panel-body">
            <h2 id="side-panel-title">{move || ctx.cell_name(cell)}</h2>
            <p>{need}</p>
            <h3>{t!(i18n, matrice.alliances_here)}</h3>
            <Show when=move || !info.with(|i| i.alliances.is_empty()) fallback=move || view! { <p class="muted">{t!(i18n, matrice.none_here)}</p> }>
                <ul class="panel-list">
                    <For each=move || info.with(|i| i.alliances.clone()) key=|id| *id let(id)>
                        <li class="member-row">
                            <button type="button" class="btn-link btn" on:click=move |_| ctx.selected.set(Selection::Alliance(id))>
                                {move || ctx.label(id).map(|l| format!("#{} {}", l.number, l.name)).unwrap_or_default()}
                            </button>
                            <button type="button" class="btn btn-icon btn-danger"
                                aria-label=move || t_string!(i18n, matrice.take_off, name = ctx.label(id).map(|l| l.name).unwrap_or_default()).to_string()
                                on:click=move |_| { let _ = app.apply_edit(Edit::Matrix(MatrixEdit::RemoveCell { alliance: id, cell })); }>"✕"</button>
                        </li>
                    </For>
                </ul>
            </Show>
            <div class="form-group">
                <label for="cell-add-alliance">{t!(i18n, matrice.add_alliance_here)}</label>
                <select id="cell-add-alliance" prop:value=move || { info.track(); String::new() } on:change=add>
                    <option value="">{t!(i18n, matrice.choose)}</option>
                    {move || ctx.order.get().into_iter().filter_map(|id| ctx.label(id).map(|l| (id, l))).map(|(id, l)| view! {
                        <option value=id.to_string()>{format!("#{} {}", l.number, l.name)}</option>
                    }).collect_view()}
                </select>
            </div>
            <h3>{t!(i18n, matrice.interventions_here)}</h3>
            <Show when=move || !interventions.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t!(i18n, matrice.none_here)}</p> }>
                <ul>{move || interventions.get().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            </Show>
        </div>
    }
}

//! The palette beside the canvas: the alliances (to place on cells) and the
//! partners of the register (to put into alliances).
use super::dnd::{Dnd, Picked};
use super::{focus_later, use_matrix, Selection};
use crate::i18n::*;
use crate::model::matrix::{Alliance, MatrixEdit};
use crate::model::search::Query;
use crate::model::{Edit, PlanId};
use crate::state::{new_id, use_app};
use leptos::prelude::*;

#[component]
pub fn Palette() -> impl IntoView {
    let (app, ctx, i18n) = (use_app(), use_matrix(), use_i18n());
    let filter = RwSignal::new(String::new());
    let add = move |_| {
        let id = new_id();
        let index = ctx.order.with_untracked(Vec::len);
        let name = t_string!(i18n, matrice.new_alliance_name, n = index + 1).to_string();
        let alliance = Alliance::new(id, &name);
        if app
            .apply_edit(Edit::Matrix(MatrixEdit::InsertAlliance { index, alliance }))
            .is_ok()
        {
            ctx.selected.set(Selection::Alliance(id));
            focus_later("alliance-name".into());
        }
    };
    // A long register is narrowed by the filter: only the first matches are
    // drawn, so a plan with hundreds of partners stays quick.
    let partners = Memo::new(move |_| {
        let q = filter.with(|f| Query::new(f));
        ctx.partners.with(|p| {
            let all: Vec<_> = p
                .iter()
                .filter(|(_, n)| q.matches(n))
                .map(|(id, _)| *id)
                .collect();
            let total = all.len();
            (all.into_iter().take(MAX_SHOWN).collect::<Vec<_>>(), total)
        })
    });
    let alliance_filter = RwSignal::new(String::new());
    let alliances = Memo::new(move |_| {
        let q = alliance_filter.with(|f| Query::new(f));
        let order = ctx.order.get();
        ctx.labels.with(|labels| {
            let all: Vec<_> = order
                .into_iter()
                .filter(|id| q.is_empty() || labels.get(id).is_some_and(|l| q.matches(&l.name)))
                .collect();
            let total = all.len();
            (all.into_iter().take(MAX_SHOWN).collect::<Vec<_>>(), total)
        })
    });
    view! {
        <aside class="palette" aria-labelledby="palette-alliances">
            <h2 id="palette-alliances">{t!(i18n, matrice.alliances)}</h2>
            <p class="form-help">{t!(i18n, matrice.palette_help)}</p>
            <button type="button" class="btn btn-primary" on:click=add>{t!(i18n, matrice.add_alliance)}</button>
            // Shown while a filter is typed even if undo shortens the list.
            <Show when=move || { ctx.order.with(Vec::len) > MAX_SHOWN || alliance_filter.with(|f| !f.is_empty()) }>
                <label class="visually-hidden" for="alliance-filter">{t!(i18n, matrice.filter_alliances)}</label>
                <input id="alliance-filter" type="text" placeholder=move || t_string!(i18n, matrice.filter_alliances)
                    prop:value=alliance_filter on:input=move |e| alliance_filter.set(event_target_value(&e)) />
            </Show>
            <ul class=move || format!("palette-list{}", super::carrying_class(ctx.picked.get()))>
                <For each=move || alliances.with(|a| a.0.clone()) key=|id| *id let(id)>
                    <AllianceItem id />
                </For>
            </ul>
            <More shown=Signal::derive(move || alliances.with(|a| (a.0.len(), a.1))) />
            <h2 id="palette-partners">{t!(i18n, matrice.partners)}</h2>
            <Show when=move || !ctx.partners.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, matrice.no_partners)}</p> }>
                <label class="visually-hidden" for="partner-filter">{t!(i18n, matrice.filter_partners)}</label>
                <input id="partner-filter" type="text" placeholder=move || t_string!(i18n, matrice.filter_partners)
                    prop:value=filter on:input=move |e| filter.set(event_target_value(&e)) />
                <ul class="palette-list" aria-labelledby="palette-partners">
                    <For each=move || partners.with(|p| p.0.clone()) key=|id| *id let(id)>
                        <PartnerItem id />
                    </For>
                </ul>
                <More shown=Signal::derive(move || partners.with(|p| (p.0.len(), p.1))) />
            </Show>
        </aside>
    }
}

/// Most items drawn in each list of the palette; the filter finds the others.
const MAX_SHOWN: usize = 60;

/// Says how many items the filter hides.
#[component]
fn More(shown: Signal<(usize, usize)>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || { let (a, b) = shown.get(); a < b }>
            <p class="form-help">{move || { let (a, b) = shown.get(); t_string!(i18n, matrice.more_items, shown = a, total = b).to_string() }}</p>
        </Show>
    }
}

#[component]
fn AllianceItem(id: PlanId) -> impl IntoView {
    let (ctx, i18n) = (use_matrix(), use_i18n());
    let dnd = Dnd::new();
    let label = Signal::derive(move || ctx.label_of.get(&id));
    let me = Picked::Alliance { id, from: None };
    let accepts = Signal::derive(move || ctx.ally_accepts.get(&id));
    let class = move || {
        let colour = label.with(|l| l.as_ref().map(|l| l.colour_class()).unwrap_or_default());
        super::chip::target_class(
            format!("palette-item chip {colour}"),
            accepts.get(),
            false,
            false,
        )
    };
    let name = move || {
        label.with(|l| match l {
            Some(l) if !l.name.trim().is_empty() => l.name.clone(),
            _ => t_string!(i18n, matrice.unnamed_alliance).to_owned(),
        })
    };
    let cells = move || label.with(|l| l.as_ref().map(|l| l.cells).unwrap_or(0));
    view! {
        <li>
            <button type="button" class=class draggable="true"
                aria-pressed=move || ctx.pressed.get(&id).to_string()
                on:click=move |_| {
                    if matches!(ctx.picked.get_untracked(), Some(Picked::Partner(_))) {
                        dnd.drop_on_alliance(id, None);
                    } else {
                        dnd.pick(me);
                        ctx.selected.set(Selection::Alliance(id));
                    }
                }
                on:dragstart=move |e| dnd.drag_start(&e, me)
                on:dragend=move |_| dnd.drag_end()
                on:dragover=move |e| dnd.drag_over(&e, format!("pal-{id}"))
                on:drop=move |e| { e.prevent_default(); dnd.drop_on_alliance(id, None); }>
                <span class="chip-num">"#"{move || label.with(|l| l.as_ref().map(|l| l.number).unwrap_or(0))}</span>
                <span class="chip-name">{name}</span>
                <span class="badge badge-cells">{move || t_string!(i18n, matrice.cells_count, num = cells()).to_string()}</span>
            </button>
        </li>
    }
}

#[component]
fn PartnerItem(id: PlanId) -> impl IntoView {
    let (ctx, i18n) = (use_matrix(), use_i18n());
    let dnd = Dnd::new();
    let name = Memo::new(move |_| {
        let n = ctx.partner_name(id);
        if n.trim().is_empty() {
            t_string!(i18n, matrice.unnamed_partner).to_owned()
        } else {
            n
        }
    });
    let me = Picked::Partner(id);
    // Not interested: still listed (it is in the register), marked, and
    // refused with the reason when picked.
    let out = Signal::derive(move || ctx.partner_out.get(&id));
    view! {
        <li>
            <button type="button" draggable="true"
                class=move || if out.get() { "palette-item partner-item partner-out" } else { "palette-item partner-item" }
                aria-pressed=move || ctx.pressed.get(&id).to_string()
                on:click=move |_| dnd.pick(me)
                on:dragstart=move |e| dnd.drag_start(&e, me)
                on:dragend=move |_| dnd.drag_end()>
                <span>{name}</span>
                <Show when=move || out.get()>
                    " "<span class="badge badge-out">{t!(i18n, matrice.partner_out)}</span>
                </Show>
            </button>
        </li>
    }
}

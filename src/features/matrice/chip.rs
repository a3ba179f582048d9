//! An alliance drawn in a cell of the canvas: its number and colour (the
//! same in every cell it spans), its name, and badges for a spanning
//! alliance and a possible duplication.
use super::use_matrix;
use crate::i18n::*;
use crate::model::PlanId;
use leptos::prelude::*;

/// What the badges of a chip mean, said once for the whole canvas: a chip
/// is named by its own text, then by these (see `Chip`).
#[component]
pub fn ChipNotes() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span hidden id="chip-note-spans">{t!(i18n, matrice.spans_cells)}</span>
        <span hidden id="chip-note-dup">{t!(i18n, matrice.dup_flag)}</span>
    }
}

/// An alliance in the cell whose button has the id `in_cell`.
#[component]
pub fn Chip(id: PlanId, in_cell: String, dup: Signal<bool>) -> impl IntoView {
    let (ctx, i18n) = (use_matrix(), use_i18n());
    let label = Signal::derive(move || ctx.label_of.get(&id));
    let accepts = Signal::derive(move || ctx.ally_accepts.get(&id));
    let is_selected = Signal::derive(move || ctx.ally_selected.get(&id));
    let hovered = Signal::derive(move || ctx.hovered.get(&format!("ally-{id}")));
    let class = move || {
        let colour = label.with(|l| l.as_ref().map(|l| l.colour_class()).unwrap_or_default());
        target_class(
            format!("chip {colour}"),
            accepts.get(),
            hovered.get(),
            is_selected.get(),
        )
    };
    let number = move || label.with(|l| l.as_ref().map(|l| l.number).unwrap_or(0));
    let name = move || {
        label.with(|l| match l {
            Some(l) if !l.name.trim().is_empty() => l.name.clone(),
            _ => t_string!(i18n, matrice.unnamed_alliance).to_owned(),
        })
    };
    let spans = move || label.with(|l| l.as_ref().map(|l| l.cells).unwrap_or(0));
    // Named by its own text (number, name, badges), then by what its badges
    // mean (`ChipNotes`): hidden elements, not a visually hidden one in each
    // of the ~160 chips drawn (see the cell's name in `CellView`).
    let own = format!("{in_cell}-{id}");
    let labelled_by = {
        let own = own.clone();
        move || {
            let mut s = own.clone();
            if spans() > 1 {
                s.push_str(" chip-note-spans");
            }
            if dup.get() {
                s.push_str(" chip-note-dup");
            }
            s
        }
    };
    view! {
        <li>
            // Its events are handled by the table (see `canvas_events`).
            <button type="button" class=class id=own aria-labelledby=labelled_by draggable="true" data-ally=id.to_string()>
                <span class="chip-num">"#"{number}</span>
                <span class="chip-name">{name}</span>
                {move || (spans() > 1).then(|| view! {
                    <span class="badge badge-span">"↔"{spans()}</span>
                })}
                {move || dup.get().then(|| view! {
                    <span class="badge badge-dup">"!"</span>
                })}
            </button>
        </li>
    }
}

/// A drop target's class: `base`, then what the carried item would do there
/// (`drop-no` when refused, `drop-hover` under the pointer) and `selected`.
pub(super) fn target_class(
    mut base: String,
    accepts: Option<bool>,
    hovered: bool,
    selected: bool,
) -> String {
    for (on, class) in [
        (accepts == Some(false), " drop-no"),
        (hovered, " drop-hover"),
        (selected, " selected"),
    ] {
        if on {
            base.push_str(class);
        }
    }
    base
}

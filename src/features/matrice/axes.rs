//! Editing the two axes (shared with the context analysis): add, rename,
//! reorder (buttons, keyboard, drag), remove with confirmation when the row or
//! column holds alliances, and the coordinator of each row and column.
use super::{focus_later, use_matrix};
use crate::i18n::*;
use crate::model::matrix::MatrixEdit;
use crate::model::{AxesEdit, Axis, AxisItem, Edit, PlanId};
use crate::state::{new_id, use_app};
use leptos::prelude::*;

#[component]
pub fn AxesEditor() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let empty = app
        .with_plan(|p| p.axes.territories.is_empty())
        .unwrap_or(true);
    let open = RwSignal::new(empty);
    view! {
        <section class="axes-editor" aria-labelledby="axes-title">
            <h2 id="axes-title">
                <button type="button" class="btn btn-link disclosure" aria-expanded=move || open.get().to_string()
                    aria-controls="axes-body" on:click=move |_| open.update(|o| *o = !*o)>
                    {t!(i18n, matrice.axes_title)}
                </button>
            </h2>
            <Show when=move || open.get()>
                <div id="axes-body" class="axes-body">
                    <AxisList axis=Axis::Territories />
                    <AxisList axis=Axis::Themes />
                </div>
            </Show>
        </section>
    }
}

#[component]
fn AxisList(axis: Axis) -> impl IntoView {
    let (app, ctx, i18n) = (use_app(), use_matrix(), use_i18n());
    let ids = Memo::new(move |_| {
        ctx.axes
            .with(|a| a.list(axis).iter().map(|i| i.id).collect::<Vec<_>>())
    });
    let new_name = RwSignal::new(String::new());
    let dragged = RwSignal::new(None::<PlanId>);
    let prefix = match axis {
        Axis::Territories => "t",
        Axis::Themes => "th",
    };
    let add = move || {
        let name = new_name.get_untracked().trim().to_owned();
        if name.is_empty() {
            return;
        }
        let index = ids.with_untracked(Vec::len);
        let item = AxisItem { id: new_id(), name };
        if app
            .apply_edit(Edit::Axes(AxesEdit::Insert { axis, index, item }))
            .is_ok()
        {
            new_name.set(String::new());
        }
    };
    let (title, add_label, new_label) = match axis {
        Axis::Territories => (
            Signal::derive(move || t_string!(i18n, matrice.territories_title)),
            Signal::derive(move || t_string!(i18n, matrice.add_territory)),
            Signal::derive(move || t_string!(i18n, matrice.new_territory)),
        ),
        Axis::Themes => (
            Signal::derive(move || t_string!(i18n, matrice.themes_title)),
            Signal::derive(move || t_string!(i18n, matrice.add_theme)),
            Signal::derive(move || t_string!(i18n, matrice.new_theme)),
        ),
    };
    let input_id = format!("new-{prefix}");
    view! {
        <div class="axis-list">
            <h3>{title}</h3>
            <ol>
                <For each=move || ids.get().into_iter().enumerate() key=|(i, id)| (*i, *id) let((index, id))>
                    <AxisRow axis id index count=Signal::derive(move || ids.with(Vec::len)) dragged />
                </For>
            </ol>
            <form class="form-inline" on:submit=move |e| { e.prevent_default(); add(); }>
                <div class="form-group">
                    <label for=input_id.clone()>{new_label}</label>
                    <input id=input_id type="text" prop:value=new_name on:input=move |e| new_name.set(event_target_value(&e)) />
                </div>
                <button type="submit" class="btn">{add_label}</button>
            </form>
        </div>
    }
}

#[component]
fn AxisRow(
    axis: Axis,
    id: PlanId,
    index: usize,
    count: Signal<usize>,
    dragged: RwSignal<Option<PlanId>>,
) -> impl IntoView {
    let (app, ctx, i18n) = (use_app(), use_matrix(), use_i18n());
    let name = Memo::new(move |_| {
        ctx.axes.with(|a| {
            a.list(axis)
                .iter()
                .find(|i| i.id == id)
                .map(|i| i.name.clone())
                .unwrap_or_default()
        })
    });
    let coordinator = Memo::new(move |_| ctx.governance.with(|g| g.coordinator_of(axis, id)));
    let holding = Memo::new(move |_| {
        app.with_plan(|p| {
            p.alliances
                .iter()
                .filter(|a| {
                    a.cells.iter().any(|c| match axis {
                        Axis::Territories => c.territory == id,
                        Axis::Themes => c.theme == id,
                    })
                })
                .count()
        })
        .unwrap_or(0)
    });
    let confirming = RwSignal::new(false);
    let remove = move || {
        // The matrix's and the context analysis' references go with it.
        let _ = app.apply_edit(Edit::Axes(AxesEdit::Remove { axis, id }));
    };
    let move_to = move |to: usize, button: &'static str| {
        if app
            .apply_edit(Edit::Axes(AxesEdit::Move { axis, id, to }))
            .is_ok()
        {
            focus_later(format!("{button}-{id}"));
        }
    };
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        // Alt+arrows move the row while typing in its name.
        if !e.alt_key() {
            return;
        }
        match e.key().as_str() {
            "ArrowUp" if index > 0 => move_to(index - 1, "axis-up"),
            "ArrowDown" if index + 1 < count.get_untracked() => move_to(index + 1, "axis-down"),
            _ => return,
        }
        e.prevent_default();
    };
    view! {
        <li class="axis-item" draggable="true"
            on:dragstart=move |e| { dragged.set(Some(id)); if let Some(dt) = e.data_transfer() { let _ = dt.set_data("text/plain", &name.get_untracked()); } }
            on:dragend=move |_| dragged.set(None)
            on:dragover=move |e| if dragged.get_untracked().is_some() { e.prevent_default(); }
            on:drop=move |e| {
                e.prevent_default();
                if let Some(from) = dragged.get_untracked().filter(|f| *f != id) {
                    let _ = app.apply_edit(Edit::Axes(AxesEdit::Move { axis, id: from, to: index }));
                }
                dragged.set(None);
            }>
            <span class="drag-handle" aria-hidden="true">"⠿"</span>
            <input type="text" aria-label=move || t_string!(i18n, matrice.axis_name, n = index + 1).to_string()
                prop:value=name on:keydown=on_key
                on:input=move |e| { let _ = app.apply_edit(Edit::Axes(AxesEdit::Rename { axis, id, name: event_target_value(&e) })); }
                on:blur=move |_| app.seal_history() />
            <select aria-label=move || t_string!(i18n, matrice.coordinator_of, name = name.get()).to_string()
                prop:value=move || coordinator.get().map(|c| c.to_string()).unwrap_or_default()
                on:change=move |e| { let _ = app.apply_edit(Edit::Matrix(MatrixEdit::SetCoordinator { axis, item: id, partner: PlanId::parse(&event_target_value(&e)) })); }>
                <option value="">{t!(i18n, matrice.no_coordinator)}</option>
                {move || ctx.partners.with(|ps| ps.iter().map(|(pid, n)| view! { <option value=pid.to_string() selected=coordinator.get_untracked() == Some(*pid)>{n.clone()}</option> }).collect_view())}
            </select>
            <span class="row-actions">
                <button type="button" class="btn btn-icon" id=format!("axis-up-{id}") disabled=move || index == 0
                    aria-label=move || t_string!(i18n, matrice.move_up, name = name.get()).to_string()
                    on:click=move |_| move_to(index.saturating_sub(1), "axis-up")>"↑"</button>
                <button type="button" class="btn btn-icon" id=format!("axis-down-{id}") disabled=move || { index + 1 >= count.get() }
                    aria-label=move || t_string!(i18n, matrice.move_down, name = name.get()).to_string()
                    on:click=move |_| move_to(index + 1, "axis-down")>"↓"</button>
                <button type="button" class="btn btn-icon btn-danger"
                    aria-label=move || t_string!(i18n, matrice.remove_axis, name = name.get()).to_string()
                    on:click=move |_| { if holding.get_untracked() > 0 { confirming.set(true) } else { remove() } }>"✕"</button>
            </span>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alert">
                    <p>{move || t_string!(i18n, matrice.remove_axis_confirm, name = name.get(), num = holding.get()).to_string()}</p>
                    <button type="button" class="btn btn-danger" on:click=move |_| { confirming.set(false); remove(); }>{t!(i18n, matrice.remove)}</button>
                    <button type="button" class="btn" on:click=move |_| confirming.set(false)>{t!(i18n, matrice.cancel)}</button>
                </div>
            </Show>
        </li>
    }
}

//! Beside the canvas: the cabina di regia, the list of gaps (each opens its
//! cell) and the list of duplications (each opens its alliance).
use super::{use_matrix, MatrixCtx, Selection};
use crate::i18n::*;
use crate::model::matrix::{DupReason, DupWith, Duplication, MatrixEdit};
use crate::model::{Edit, PlanId};
use crate::state::{use_app, AppContext};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

#[component]
pub fn Governance() -> impl IntoView {
    let (app, ctx, i18n) = (use_app(), use_matrix(), use_i18n());
    let cabina = Memo::new(move |_| ctx.governance.with(|g| g.cabina_di_regia.clone()));
    let add = move |e: leptos::ev::Event| {
        if let Some(partner) = PlanId::parse(&event_target_value(&e)) {
            let index = cabina.with_untracked(Vec::len);
            let _ = app.apply_edit(Edit::Matrix(MatrixEdit::SetCabina {
                partner,
                index: Some(index),
            }));
        }
    };
    view! {
        <section class="governance" aria-labelledby="cabina-title">
            <h2 id="cabina-title">{t!(i18n, matrice.cabina)}</h2>
            <p class="form-help">{t!(i18n, matrice.cabina_help)}</p>
            <ul class="cabina-list">
                <For each=move || cabina.get() key=|p| *p let(partner)>
                    <li class="tag">
                        <span>{move || ctx.partner_name(partner)}</span>
                        <button type="button" class="btn btn-icon btn-danger"
                            aria-label=move || t_string!(i18n, matrice.cabina_remove, name = ctx.partner_name(partner)).to_string()
                            on:click=move |_| { let _ = app.apply_edit(Edit::Matrix(MatrixEdit::SetCabina { partner, index: None })); }>"✕"</button>
                    </li>
                </For>
            </ul>
            <label for="cabina-add">{t!(i18n, matrice.cabina_add)}</label>
            <select id="cabina-add" prop:value=move || { cabina.track(); String::new() } on:change=add>
                <option value="">{t!(i18n, matrice.choose)}</option>
                {move || ctx.partners.with(|ps| ps.iter().map(|(id, n)| view! { <option value=id.to_string()>{n.clone()}</option> }).collect_view())}
            </select>
        </section>
    }
}

#[component]
pub fn Gaps() -> impl IntoView {
    let (app, ctx, i18n) = (use_app(), use_matrix(), use_i18n());
    let limit = RwSignal::new(LIST_PAGE);
    // Below the canvas: follows the plan after the edit's frame is painted.
    let gaps = Memo::new(move |_| {
        app.track_settled();
        ctx.analysis.with_untracked(|a| a.gaps.clone())
    });
    view! {
        <section aria-labelledby="gaps-title">
            <h2 id="gaps-title">{t!(i18n, matrice.gaps_title)}</h2>
            <Show when=move || !gaps.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t!(i18n, matrice.no_gaps)}</p> }>
                <ul class="issue-list" id="gaps-list">
                    // Keyed: covering a gap removes its line, not the list.
                    <For each=move || gaps.with(|g| g.iter().take(limit.get()).cloned().collect::<Vec<_>>()) key=|g| (g.cell, g.priority) let(g)>
                        <li>
                            <button type="button" class="btn btn-link" on:click=move |_| {
                                ctx.selected.set(Selection::Cell(g.cell));
                                focus_cell(ctx, g.cell);
                            }>
                                {move || t_string!(i18n, matrice.gap_item, cell = ctx.cell_name(g.cell), p = g.priority).to_string()}
                            </button>
                        </li>
                    </For>
                </ul>
                <ListMore list="gaps-list" title=Signal::derive(move || t_string!(i18n, matrice.gaps_title)) total=Signal::derive(move || gaps.with(Vec::len)) limit />
            </Show>
        </section>
    }
}

/// Lines drawn at first in the lists below the canvas (the most urgent gaps
/// come first), and added by each "show more".
const LIST_PAGE: usize = 20;

/// "Show more" under a long list (`list`: the id of its `<ul>`): `limit`
/// grows by a page, and the keyboard goes on from the first line just drawn.
#[component]
fn ListMore(
    list: &'static str,
    title: Signal<&'static str>,
    total: Signal<usize>,
    limit: RwSignal<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let left = move || total.get().saturating_sub(limit.get());
    let more = move |_| {
        let first = limit.get_untracked();
        limit.update(|l| *l += LIST_PAGE);
        request_animation_frame(move || {
            let line = format!("#{list} > li:nth-child({}) button", first + 1);
            if let Ok(Some(button)) = document().query_selector(&line) {
                super::focus(button);
            }
        });
    };
    view! {
        <Show when=move || { left() > 0 }>
            <button type="button" class="btn btn-secondary list-more" on:click=more>
                {move || t_string!(i18n, matrice.list_more, n = left().min(LIST_PAGE), list = title.get(), left = left()).to_string()}
            </button>
        </Show>
    }
}

/// Focuses (and so scrolls to) a cell of the canvas, if it is shown.
fn focus_cell(ctx: MatrixCtx, cell: crate::model::matrix::Cell) {
    let pos = ctx.axes.with_untracked(|a| {
        let r = a.territories.iter().position(|t| t.id == cell.territory)?;
        let c = a.themes.iter().position(|t| t.id == cell.theme)?;
        Some((r, c))
    });
    if let Some((r, c)) = pos {
        super::focus_cell_at(ctx, r, c);
    }
}

/// What `f` reads, one frame after each edit (see
/// [`AppContext::with_plan_settled`]) and when the language changes; read
/// untracked so that nothing else it reads wakes it in the edit's own frame.
fn settled<T>(app: AppContext, i18n: I18nContext<Locale>, f: impl FnOnce() -> T) -> T {
    app.track_settled();
    i18n.get_locale();
    untrack(f)
}

fn dup_text(i18n: I18nContext<Locale>, app: AppContext, ctx: MatrixCtx, d: &Duplication) -> String {
    let name = |id| ctx.label(id).map(|l| l.name).unwrap_or_default();
    let other = match d.with {
        DupWith::Alliance(b) => t_string!(i18n, matrice.dup_alliance, name = name(b)).to_string(),
        DupWith::Intervention(i) => {
            let title = app
                .with_plan(|p| {
                    p.context
                        .interventions
                        .iter()
                        .find(|x| x.id == i)
                        .map(|x| x.title.clone())
                })
                .flatten()
                .unwrap_or_default();
            t_string!(i18n, matrice.dup_intervention, name = title).to_string()
        }
    };
    let why = match d.reason {
        DupReason::SharedPartner(p) => {
            t_string!(i18n, matrice.dup_shared_partner, name = ctx.partner_name(p)).to_string()
        }
        DupReason::ObjectiveOverlap(o) => t_string!(
            i18n,
            matrice.dup_objective,
            pct = (o * 100.0).round() as u32
        )
        .to_string(),
    };
    t_string!(
        i18n,
        matrice.dup_item,
        name = name(d.alliance),
        other = other,
        cell = ctx.cell_name(d.cell),
        why = why
    )
    .to_string()
}

#[component]
pub fn Duplications() -> impl IntoView {
    let (app, ctx, i18n) = (use_app(), use_matrix(), use_i18n());
    let limit = RwSignal::new(LIST_PAGE);
    let dups = Memo::new(move |_| {
        app.track_settled();
        ctx.analysis.with_untracked(|a| a.duplications.clone())
    });
    view! {
        <section aria-labelledby="dups-title">
            <h2 id="dups-title">{t!(i18n, matrice.dups_title)}</h2>
            <Show when=move || !dups.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t!(i18n, matrice.no_dups)}</p> }>
                <ul class="issue-list" id="dups-list">
                    // Keyed by what each line says: an edit redraws only the
                    // lines it changes, not the whole list. The names in a
                    // line follow the plan one frame late too (read untracked:
                    // tracking the labels would redraw the list in the edit's
                    // own frame).
                    <For each=move || { let n = limit.get(); settled(app, i18n, || dups.with_untracked(|ds| ds.iter().take(n).map(|d| (d.cell, d.alliance, dup_text(i18n, app, ctx, d))).collect::<Vec<_>>())) }
                        key=|line| line.clone() let((_, alliance, text))>
                        <li>
                            <button type="button" class="btn btn-link" on:click=move |_| ctx.selected.set(Selection::Alliance(alliance))>
                                {text}
                            </button>
                        </li>
                    </For>
                </ul>
                <ListMore list="dups-list" title=Signal::derive(move || t_string!(i18n, matrice.dups_title)) total=Signal::derive(move || dups.with(Vec::len)) limit />
            </Show>
        </section>
    }
}

/// The duplications of one alliance, in the side panel.
#[component]
pub fn DuplicationsOf(id: PlanId) -> impl IntoView {
    let (app, ctx, i18n) = (use_app(), use_matrix(), use_i18n());
    // Beside the canvas, not under the pointer: one frame late, like the lists.
    let dups = Memo::new(move |_| {
        app.track_settled();
        ctx.analysis
            .with_untracked(|a| a.duplications_of(id).copied().collect::<Vec<_>>())
    });
    view! {
        <Show when=move || !dups.with(Vec::is_empty)>
            <div class="alert alert-warning">
                <h3>{t!(i18n, matrice.dups_title)}</h3>
                <ul>{move || settled(app, i18n, || dups.with_untracked(|ds| ds.iter().map(|d| dup_text(i18n, app, ctx, d)).collect::<Vec<_>>()))
                    .into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

//! The canvas: a table whose header row (themes) and header column
//! (territories) stay visible while scrolling, cells coloured by the chosen
//! analysis, alliances drawn as chips with the same number and colour in
//! every cell they span.
use super::canvas_events::{CanvasEvents, Positions};
use super::{use_matrix, Mode};
use crate::i18n::*;
use crate::model::matrix::Cell;
use crate::model::matrix::{CellInfo, Coverage};
use crate::model::{Axis, PlanId};
use leptos::prelude::*;

/// Rows of the canvas built in the first turn (see `MatrixCtx::complete`):
/// more than a tall window shows at 100 %.
const FIRST_ROWS: usize = 12;

/// The zoom levels, in percent, each with a CSS class `zoom-<n>`.
pub const ZOOMS: [u32; 6] = [40, 50, 60, 75, 90, 100];

#[component]
pub fn Toolbar(table_view: RwSignal<bool>) -> impl IntoView {
    let (ctx, i18n) = (use_matrix(), use_i18n());
    let mode_button =
        move |mode: Mode, label: fn(leptos_i18n::I18nContext<Locale>) -> &'static str| {
            view! {
                <button type="button" class="btn btn-toggle" aria-pressed=move || (ctx.mode.get() == mode).to_string()
                    on:click=move |_| ctx.mode.set(mode)>
                    {move || label(i18n)}
                </button>
            }
        };
    let step = move |up: bool| {
        let z = ctx.zoom.get_untracked();
        let next = if up {
            ZOOMS.iter().find(|l| **l > z).copied().unwrap_or(100)
        } else {
            ZOOMS
                .iter()
                .rev()
                .find(|l| **l < z)
                .copied()
                .unwrap_or(ZOOMS[0])
        };
        ctx.zoom.set(next);
    };
    let fit = move |_| {
        let doc = document();
        let (Some(scroll), Some(table)) = (
            doc.get_element_by_id("matrix-scroll"),
            doc.get_element_by_id("matrix-table"),
        ) else {
            return;
        };
        let natural = table.scroll_width() as f64 * 100.0 / ctx.zoom.get_untracked() as f64;
        let room = scroll.client_width() as f64;
        let level = ZOOMS
            .iter()
            .rev()
            .find(|l| natural * (**l as f64) / 100.0 <= room)
            .copied()
            .unwrap_or(ZOOMS[0]);
        ctx.zoom.set(level);
    };
    view! {
        <div class="matrix-toolbar">
            <div class="btn-group" role="group" aria-label=move || t_string!(i18n, matrice.show)>
                <span class="toolbar-label" aria-hidden="true">{t!(i18n, matrice.show)}</span>
                {mode_button(Mode::Needs, |i| t_string!(i, matrice.mode_needs))}
                {mode_button(Mode::Coverage, |i| t_string!(i, matrice.mode_coverage))}
                {mode_button(Mode::Gaps, |i| t_string!(i, matrice.mode_gaps))}
            </div>
            <div class="btn-group">
                <button type="button" class="btn btn-toggle" aria-pressed=move || ctx.compact.get().to_string()
                    on:click=move |_| ctx.compact.update(|c| *c = !*c)>{t!(i18n, matrice.compact)}</button>
                <button type="button" class="btn btn-icon" aria-label=move || t_string!(i18n, matrice.zoom_out)
                    on:click=move |_| step(false)>"−"</button>
                <span class="zoom-level">{move || format!("{} %", ctx.zoom.get())}</span>
                <button type="button" class="btn btn-icon" aria-label=move || t_string!(i18n, matrice.zoom_in)
                    on:click=move |_| step(true)>"+"</button>
                <button type="button" class="btn" on:click=fit>{t!(i18n, matrice.zoom_fit)}</button>
            </div>
            <button type="button" class="btn btn-toggle" aria-pressed=move || table_view.get().to_string()
                on:click=move |_| table_view.update(|t| *t = !*t)>{t!(i18n, matrice.table_view)}</button>
        </div>
    }
}

#[component]
pub fn Canvas() -> impl IntoView {
    let (ctx, i18n) = (use_matrix(), use_i18n());
    let territories = Memo::new(move |_| {
        ctx.axes
            .with(|a| a.territories.iter().map(|t| t.id).collect::<Vec<_>>())
    });
    let themes = Memo::new(move |_| {
        ctx.axes
            .with(|a| a.themes.iter().map(|t| t.id).collect::<Vec<_>>())
    });
    // The benchmark reads these marks: the first frame with the matrix
    // drawn (its first rows), and the first frame with every row.
    request_animation_frame(|| mark_once("matrice-ready"));
    Effect::new(move |_| {
        if ctx.complete.get() {
            request_animation_frame(|| mark_once("matrice-complete"));
        }
    });
    let table_class = move || {
        let mode = match ctx.mode.get() {
            Mode::Needs => "mode-needs",
            Mode::Coverage => "mode-coverage",
            Mode::Gaps => "mode-gaps",
        };
        let compact = if ctx.compact.get() { " compact" } else { "" };
        format!("matrix zoom-{} {mode}{compact}", ctx.zoom.get())
    };
    let on = CanvasEvents::new(Positions {
        territories,
        themes,
    });
    // The rows drawn: the first screenful in the first turn, then those near
    // the scroll position (every row of a canvas of up to 30 territories).
    let drawn = move || {
        let n = territories.with(Vec::len);
        if ctx.complete.get() {
            ctx.rows.range(n, ctx.zoom.get())
        } else {
            (0, n.min(FIRST_ROWS))
        }
    };
    let cols = Signal::derive(move || themes.with(Vec::len) + 1);
    // After a scroll, and once a window is drawn: does it cover the view?
    let check_window = move || {
        if let Some(el) = document().get_element_by_id("matrix-scroll") {
            let n = territories.with_untracked(Vec::len);
            ctx.rows.scrolled(&el, n, ctx.zoom.get_untracked());
        }
    };
    Effect::new(move |_| {
        drawn();
        request_animation_frame(check_window);
    });
    view! {
        <Show when=move || !territories.with(Vec::is_empty)
            fallback=move || view! { <p class="empty matrix-empty">{t!(i18n, matrice.no_territories)}</p> }>
            <div class=move || format!("matrix-scroll{}", super::carrying_class(ctx.picked.get())) id="matrix-scroll"
                on:scroll=move |_| check_window()>
                <table class=table_class id="matrix-table" aria-rowcount=move || territories.with(Vec::len) + 1
                    on:click=move |e| on.click(&e)
                    on:keydown=move |e| on.keydown(&e)
                    on:dragstart=move |e| on.drag_start(&e)
                    on:dragend=move |_| on.drag_end()
                    on:dragover=move |e| on.drag_over(&e)
                    on:dragleave=move |_| on.drag_leave()
                    on:drop=move |e| on.drop(&e)
                    on:pointerover=move |e| on.enter(&e)
                    on:pointerout=move |e| on.leave(&e, e.related_target())
                    on:focusin=move |e| on.enter(&e)
                    on:focusout=move |e| on.leave(&e, e.related_target())>
                    <caption class="visually-hidden">{t!(i18n, matrice.canvas_caption)}<super::chip::ChipNotes /></caption>
                    <thead>
                        <tr aria-rowindex="1">
                            <td class="matrix-corner">{t!(i18n, matrice.corner)}</td>
                            <For each=move || themes.get() key=|id| *id let(id)>
                                <AxisHeader axis=Axis::Themes id />
                            </For>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let (from, _) = drawn();
                            (from > 0).then(|| view! { <Spacer rows=from cols /> })
                        }}
                        <For each=move || {
                                let (from, to) = drawn();
                                territories.get().into_iter().enumerate().skip(from).take(to - from)
                            } key=|(r, id)| (*r, *id) let((r, territory))>
                            <tr aria-rowindex=r + 2>
                                <AxisHeader axis=Axis::Territories id=territory />
                                <For each=move || themes.get().into_iter().enumerate() key=|(c, id)| (*c, *id) let((c, theme))>
                                    <CellView cell=Cell { territory, theme } r c />
                                </For>
                            </tr>
                        </For>
                        {move || {
                            let (_, to) = drawn();
                            let below = territories.with(Vec::len) - to;
                            (below > 0).then(|| view! { <Spacer rows=below cols /> })
                        }}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

/// A row standing for `rows` rows of the canvas that are not drawn.
#[component]
fn Spacer(rows: usize, cols: Signal<usize>) -> impl IntoView {
    let ctx = use_matrix();
    view! {
        <tr class="row-spacer" aria-hidden="true">
            <td colspan=cols style:height=move || ctx.rows.spacer(rows)></td>
        </tr>
    }
}

fn mark_once(name: &str) {
    if let Some(perf) = window().performance() {
        if perf.get_entries_by_name(name).length() == 0 {
            let _ = perf.mark(name);
        }
    }
}

#[component]
fn AxisHeader(axis: Axis, id: PlanId) -> impl IntoView {
    let (ctx, i18n) = (use_matrix(), use_i18n());
    let name = Memo::new(move |_| {
        ctx.axes.with(|a| {
            a.list(axis)
                .iter()
                .find(|i| i.id == id)
                .map(|i| i.name.clone())
                .unwrap_or_default()
        })
    });
    let coordinator = Memo::new(move |_| {
        ctx.governance
            .with(|g| g.coordinator_of(axis, id))
            .map(|p| ctx.partner_name(p))
    });
    let (scope, class) = match axis {
        Axis::Themes => ("col", "axis-col"),
        Axis::Territories => ("row", "axis-row"),
    };
    view! {
        <th scope=scope class=class>
            <span class="axis-name">{name}</span>
            {move || coordinator.get().map(|c| view! {
                <span class="axis-coord">{t!(i18n, matrice.coordinator_short)}" "{c}</span>
            })}
        </th>
    }
}

fn cell_class(info: &CellInfo, mode: Mode) -> String {
    match mode {
        Mode::Needs => format!("prio-{}", info.priority.unwrap_or(0)),
        Mode::Coverage => match info.coverage() {
            Coverage::Covered => "cov-covered".into(),
            Coverage::NoNeed => "cov-none".into(),
            Coverage::Gap | Coverage::Uncovered => "cov-open".into(),
        },
        Mode::Gaps => match info.coverage() {
            Coverage::Gap => "cov-gap".into(),
            _ => "cov-none".into(),
        },
    }
}

#[component]
fn CellView(cell: Cell, r: usize, c: usize) -> impl IntoView {
    let (ctx, i18n) = (use_matrix(), use_i18n());
    // Per-cell signals: a change wakes only the cells it concerns.
    let info = Signal::derive(move || ctx.cell_info.get(&cell));
    let accepts = Signal::derive(move || ctx.cell_accepts.get(&cell));
    let key = format!("cell-{r}-{c}");
    let hover_key = key.clone();
    let hovered = Signal::derive(move || ctx.hovered.get(&hover_key));
    let is_selected = Signal::derive(move || ctx.cell_selected.get(&cell));
    let class = move || {
        let coverage = info.with(|i| cell_class(i, ctx.mode.get()));
        super::chip::target_class(
            format!("cell {coverage}"),
            accepts.get(),
            hovered.get(),
            is_selected.get(),
        )
    };
    let state = move || {
        let (p, cov, n) = info.with(|i| (i.priority, i.coverage(), i.alliances.len()));
        match (ctx.mode.get(), cov) {
            (Mode::Needs, _) if p.is_none() => t_string!(i18n, matrice.state_no_need).to_string(),
            (Mode::Needs, _) => String::new(),
            (_, Coverage::Gap) => t_string!(i18n, matrice.state_gap).to_string(),
            (Mode::Coverage, Coverage::Covered) => {
                t_string!(i18n, matrice.state_covered, num = n).to_string()
            }
            (Mode::Coverage, Coverage::Uncovered) => {
                t_string!(i18n, matrice.state_open).to_string()
            }
            _ => String::new(),
        }
    };
    let cell_name = move || ctx.cell_name(cell);
    // Apart, so a move in or out of the cell does not draw its badge again.
    let priority = Memo::new(move |_| info.with(|i| i.priority));
    let ids = move || info.with(|i| i.alliances.clone());
    // The button is named by the cell's name, then its own content (badge and
    // state). The name is a `hidden` element, so it has no box: a visually
    // hidden one (absolutely positioned and clipped) in each of the ~200 cells
    // drawn made every frame of the canvas dearer to lay out, paint and hit
    // test (see BENCHMARKS.md, session 12).
    let name_id = format!("{key}-name");
    let chips_key = key.clone();
    let labelled_by = format!("{name_id} {key}");
    view! {
        // Its events are handled by the table (see `canvas_events`).
        <td class=class>
            <button type="button" class="cell-target" id=key aria-labelledby=labelled_by aria-describedby="pick-banner">
                <span hidden id=name_id>{cell_name}": "</span>
                {move || priority.get().map(|p| view! {
                    <span class="badge badge-prio">{t!(i18n, matrice.priority_badge, p = p)}</span>
                })}
                <span class="cell-state">{state}</span>
            </button>
            <ul class="chips">
                <For each=ids key=|id| *id let(id)>
                    <super::chip::Chip id in_cell=chips_key.clone() dup=Signal::derive(move || info.with(|i| i.duplicated.contains(&id))) />
                </For>
            </ul>
        </td>
    }
}

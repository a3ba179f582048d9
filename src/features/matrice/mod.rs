//! Step 4, Matrice delle alleanze: the canvas (territories × themes), the
//! palette of alliances and partners, the side panel, the table view, the
//! axes editor, governance, gaps, duplications and the legend. Components are
//! thin: every rule is in `model::matrix`; every change is an edit.
mod axes;
mod canvas;
mod canvas_events;
mod cell_panel;
mod chip;
mod dnd;
mod focus;
mod legend;
mod lists;
mod palette;
mod panel;
mod rows;
mod table;

use focus::focus;
pub use focus::{focus_cell_at, focus_later};

use crate::components::per_key::{stable, PerKey};
use crate::i18n::*;
use crate::model::matrix::{
    can_add_member, can_place, joinable, Cell, CellInfo, MatrixAnalysis, MatrixGovernance,
    WordCache,
};
use crate::model::{Axes, PlanId};
use crate::state::{after_next_paint, use_app};
use leptos::prelude::*;
use std::collections::BTreeMap;

pub use dnd::Picked;

/// What the cells' colours show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Needs,
    Coverage,
    Gaps,
}

/// What the side panel edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    None,
    Alliance(PlanId),
    Cell(Cell),
}

/// How an alliance is shown everywhere: its number (position + 1) and colour
/// are the same in every cell it spans, so a spanning alliance reads as one.
#[derive(Clone, Debug, PartialEq)]
pub struct AllianceLabel {
    pub number: usize,
    pub name: String,
    pub cells: usize,
}

impl AllianceLabel {
    pub fn colour_class(&self) -> String {
        format!("ally-c{}", (self.number - 1) % 8)
    }
}

/// The screen's shared state: what is picked, selected, shown.
#[derive(Clone, Copy)]
pub struct MatrixCtx {
    pub picked: RwSignal<Option<Picked>>,
    pub selected: RwSignal<Selection>,
    pub mode: RwSignal<Mode>,
    pub message: RwSignal<String>,
    pub hover: RwSignal<Option<String>>,
    /// Zoom of the canvas in percent (one of [`canvas::ZOOMS`]).
    pub zoom: RwSignal<u32>,
    pub compact: RwSignal<bool>,
    pub analysis: Memo<MatrixAnalysis>,
    /// The axes, the governance and the partners' names are read by hundreds
    /// of cells, headers and palette items: as signals that an effect sets
    /// only when their value changes (see `components::per_key::stable`), an
    /// edit elsewhere in the plan does not wake those readers at all.
    pub axes: ReadSignal<Axes>,
    /// Coordinators of rows and columns, and the cabina di regia.
    pub governance: ReadSignal<MatrixGovernance>,
    pub order: Memo<Vec<PlanId>>,
    pub labels: Memo<BTreeMap<PlanId, AllianceLabel>>,
    /// Per-cell and per-alliance views of the above, for the hundreds of cells
    /// and chips (see `components::per_key`).
    pub cell_info: PerKey<Cell, CellInfo>,
    pub label_of: PerKey<PlanId, Option<AllianceLabel>>,
    pub cell_selected: PerKey<Cell, bool>,
    pub ally_selected: PerKey<PlanId, bool>,
    /// `Some(false)` where what is carried may not be dropped (the rest of
    /// the targets accept it; see `carrying_class`).
    pub cell_accepts: PerKey<Cell, Option<bool>>,
    pub ally_accepts: PerKey<PlanId, Option<bool>>,
    /// The palette item being carried (alliance or partner id): one item
    /// wakes on a pick, not the 900 of a large palette.
    pub pressed: PerKey<PlanId, bool>,
    /// The drop target under the pointer, by its key (`cell-r-c`, `ally-<id>`).
    pub hovered: PerKey<String, bool>,
    /// The partners that can join no alliance (not interested): marked in
    /// the palette and refused when picked, never carried.
    pub partner_out: PerKey<PlanId, bool>,
    pub partners: ReadSignal<Vec<(PlanId, String)>>,
    /// Where each partner is in `partners` (names are looked up by id from
    /// every axis header, chip and list: a scan of 600 partners each time
    /// added up on every edit).
    partner_index: Memo<BTreeMap<PlanId, usize>>,
    /// False until the first frame is painted: the screen is built in two
    /// turns, the first screenful (toolbar, palette, the canvas's first
    /// rows) and then the rest (lower rows, sections below the canvas).
    pub complete: RwSignal<bool>,
    /// The rows of a large canvas drawn now (see `rows`).
    pub rows: rows::RowWindow,
}

impl MatrixCtx {
    pub fn label(&self, id: PlanId) -> Option<AllianceLabel> {
        self.labels.with(|l| l.get(&id).cloned())
    }

    pub fn partner_name(&self, id: PlanId) -> String {
        let Some(i) = self.partner_index.with(|m| m.get(&id).copied()) else {
            return String::new();
        };
        self.partners
            .with(|p| p.get(i).map(|(_, n)| n.clone()))
            .unwrap_or_default()
    }

    /// "Territorio · Tema" for a cell.
    pub fn cell_name(&self, cell: Cell) -> String {
        self.axes.with(|a| {
            let t = a.territories.iter().find(|t| t.id == cell.territory);
            let th = a.themes.iter().find(|t| t.id == cell.theme);
            format!(
                "{} · {}",
                t.map(|t| t.name.as_str()).unwrap_or("?"),
                th.map(|t| t.name.as_str()).unwrap_or("?")
            )
        })
    }
}

pub fn use_matrix() -> MatrixCtx {
    expect_context::<MatrixCtx>()
}

fn provide_matrix() -> MatrixCtx {
    let app = use_app();
    let words = StoredValue::new_local(WordCache::default());
    let analysis = Memo::new(move |_| {
        app.with_plan(|p| {
            words
                .try_update_value(|w| MatrixAnalysis::of_cached(p, w))
                .unwrap_or_else(|| MatrixAnalysis::of(p))
        })
        .unwrap_or_default()
    });
    let axes = stable(move || app.with_plan(|p| p.axes.clone()).unwrap_or_default());
    let governance = stable(move || app.with_plan(|p| p.governance.clone()).unwrap_or_default());
    let order = Memo::new(move |_| {
        app.with_plan(|p| p.alliances.iter().map(|a| a.id).collect())
            .unwrap_or_default()
    });
    let labels = Memo::new(move |_| -> BTreeMap<PlanId, AllianceLabel> {
        app.with_plan(|p| {
            p.alliances
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let label = AllianceLabel {
                        number: i + 1,
                        name: a.name.clone(),
                        cells: a.cells.len(),
                    };
                    (a.id, label)
                })
                .collect()
        })
        .unwrap_or_default()
    });
    let partners = stable(move || -> Vec<(PlanId, String)> {
        app.with_plan(|p| {
            p.stakeholders
                .iter()
                .map(|s| (s.id, s.name.clone()))
                .collect()
        })
        .unwrap_or_default()
    });
    let partner_index = Memo::new(move |_| {
        partners.with(|ps| -> BTreeMap<PlanId, usize> {
            ps.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect()
        })
    });
    let picked = RwSignal::new(None::<Picked>);
    let selected = RwSignal::new(Selection::None);
    let hover = RwSignal::new(None::<String>);
    let cell_info = PerKey::over(analysis, |a| &a.cells);
    let label_of = PerKey::new(move || {
        labels.with(|l| l.iter().map(|(id, l)| (*id, Some(l.clone()))).collect())
    });
    let cell_selected = PerKey::new(move || match selected.get() {
        Selection::Cell(c) => BTreeMap::from([(c, true)]),
        _ => BTreeMap::new(),
    });
    let ally_selected = PerKey::new(move || match selected.get() {
        Selection::Alliance(id) => BTreeMap::from([(id, true)]),
        _ => BTreeMap::new(),
    });
    // While something is carried, the screen's class marks every target as
    // accepting it (`carrying-alliance`, `carrying-partner`); these maps hold
    // only the refusals, so a pick changes a handful of elements, not 480.
    let cell_accepts = PerKey::new(move || {
        let Some(Picked::Alliance { id, .. }) = picked.get() else {
            return BTreeMap::new();
        };
        app.with_plan(|p| {
            let cells = p.axes.territories.iter().flat_map(|t| {
                p.axes.themes.iter().map(move |th| Cell {
                    territory: t.id,
                    theme: th.id,
                })
            });
            cells
                .filter(|c| can_place(p, id, *c).is_err())
                .map(|c| (c, Some(false)))
                .collect()
        })
        .unwrap_or_default()
    });
    let ally_accepts = PerKey::new(move || match picked.get() {
        Some(Picked::Partner(partner)) => app
            .with_plan(|p| {
                p.alliances
                    .iter()
                    .filter(|a| can_add_member(p, a.id, partner).is_err())
                    .map(|a| (a.id, Some(false)))
                    .collect()
            })
            .unwrap_or_default(),
        _ => BTreeMap::new(),
    });
    let pressed = PerKey::new(move || match picked.get() {
        Some(Picked::Alliance { id, from: None }) | Some(Picked::Partner(id)) => {
            BTreeMap::from([(id, true)])
        }
        _ => BTreeMap::new(),
    });
    // Only while something is carried: placing it clears the highlight.
    let hovered = PerKey::new(move || match (picked.with(Option::is_some), hover.get()) {
        (true, Some(k)) => BTreeMap::from([(k, true)]),
        _ => BTreeMap::new(),
    });
    let partner_out = PerKey::new(move || {
        app.with_plan(|p| {
            let out = p.stakeholders.iter().filter(|s| joinable(s).is_err());
            out.map(|s| (s.id, true)).collect()
        })
        .unwrap_or_default()
    });
    let ctx = MatrixCtx {
        picked,
        selected,
        mode: RwSignal::new(Mode::Coverage),
        message: RwSignal::new(String::new()),
        hover,
        zoom: RwSignal::new(100),
        compact: RwSignal::new(false),
        analysis,
        axes,
        governance,
        order,
        labels,
        partners,
        partner_index,
        cell_info,
        label_of,
        cell_selected,
        ally_selected,
        cell_accepts,
        ally_accepts,
        pressed,
        hovered,
        partner_out,
        complete: RwSignal::new(false),
        rows: rows::RowWindow::create(),
    };
    provide_context(ctx);
    // The second turn, in a task after the first frame is painted.
    after_next_paint(move || {
        let _ = ctx.complete.try_set(true);
    });
    ctx
}

#[component]
pub fn Matrice() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = provide_matrix();
    let table_view = RwSignal::new(false);
    // The side panel follows the selection after the next paint (a task
    // queued from the next animation frame), so a click shows its highlight
    // at once and building the panel does not delay that frame.
    let panel_for = RwSignal::new(ctx.selected.get_untracked());
    Effect::new(move |_| {
        let selected = ctx.selected.get();
        after_next_paint(move || {
            let _ = panel_for.try_set(selected);
        });
    });
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        if e.key() == "Escape" && ctx.picked.with_untracked(Option::is_some) {
            ctx.picked.set(None);
            ctx.message
                .set(t_string!(i18n, matrice.pick_cancelled).to_owned());
        }
    };
    view! {
        <section class="screen matrice" aria-labelledby="step-title" on:keydown=on_key>
            <h1 id="step-title" node_ref=crate::components::heading::focus_on_arrival()>{t!(i18n, matrice.title)}</h1>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Matrix />
            <p class="lead">{t!(i18n, matrice.intro)}</p>
            <crate::features::guida::GuidePanel step=crate::model::Step::Matrice />
            <canvas::Toolbar table_view />
            <dnd::PickBanner />
            <p class="matrix-message" role="status" aria-live="polite">
                {move || ctx.message.get()}
            </p>
            <div class="matrix-layout">
                <palette::Palette />
                <div class="matrix-main">
                    <Show when=move || table_view.get() fallback=|| view! { <canvas::Canvas /> }>
                        <table::MatrixTable />
                    </Show>
                </div>
                <aside class="side-panel" aria-labelledby="side-panel-title">
                    {move || match panel_for.get() {
                        Selection::Alliance(id) => view! { <panel::AlliancePanel id /> }.into_any(),
                        Selection::Cell(cell) => view! { <cell_panel::CellPanel cell /> }.into_any(),
                        Selection::None => view! {
                            <h2 id="side-panel-title">{t!(i18n, matrice.panel_title)}</h2>
                            <p class="muted">{t!(i18n, matrice.panel_empty)}</p>
                        }
                        .into_any(),
                    }}
                </aside>
            </div>
            <Show when=move || ctx.complete.get()>
                <axes::AxesEditor />
                <lists::Governance />
                <lists::Gaps />
                <lists::Duplications />
                <crate::features::coprogettazione::MatrixMonitoring />
                <legend::Legend />
                // The names the side panel suggests when adding a member (one
                // list for the screen, kept in step with the register).
                <datalist id="matrix-partner-names">
                    <For each=move || ctx.partners.get() key=|p| p.clone() let((_, name))>
                        <option value=name></option>
                    </For>
                </datalist>
            </Show>
        </section>
    }
}

/// The class of the drop areas (canvas, alliance list) while something is
/// carried. It is set on those two elements, not on the screen: a class on
/// an ancestor of the 480 cells would restyle every one of them on a pick.
fn carrying_class(picked: Option<Picked>) -> &'static str {
    match picked {
        Some(Picked::Alliance { .. }) => " carrying-alliance",
        Some(Picked::Partner(_)) => " carrying-partner",
        None => "",
    }
}

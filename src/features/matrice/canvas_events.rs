//! The canvas's event handlers, attached once to the table instead of to
//! every cell and chip: 480 cells and their chips had nine listeners each,
//! thousands of closures built and attached while the matrix loads, and
//! again for every chip an edit adds. Each handler finds what the event came
//! from: a cell by its button's id (`cell-<row>-<column>`), a chip by its
//! `data-ally` id and the cell it is drawn in.
use super::dnd::{Dnd, Picked};
use super::{use_matrix, MatrixCtx, Selection};
use crate::model::matrix::Cell;
use crate::model::PlanId;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, Node};

/// What an event on the canvas is about, and the element that stands for it.
enum Target {
    Cell {
        key: String,
        cell: Cell,
        el: Element,
    },
    Chip {
        id: PlanId,
        cell: Cell,
        el: Element,
    },
}

impl Target {
    /// The key the drop-target highlight uses (`cell-r-c`, `ally-<id>`).
    fn key(&self) -> String {
        match self {
            Target::Cell { key, .. } => key.clone(),
            Target::Chip { id, .. } => format!("ally-{id}"),
        }
    }

    fn el(&self) -> &Element {
        match self {
            Target::Cell { el, .. } | Target::Chip { el, .. } => el,
        }
    }
}

/// Row and column of a cell button's id (`cell-3-7` → (3, 7)).
pub fn position(key: &str) -> Option<(usize, usize)> {
    let (r, c) = key.strip_prefix("cell-")?.split_once('-')?;
    Some((r.parse().ok()?, c.parse().ok()?))
}

/// The canvas's axes, by position (the ids the rows and columns stand for).
#[derive(Clone, Copy)]
pub struct Positions {
    pub territories: Memo<Vec<PlanId>>,
    pub themes: Memo<Vec<PlanId>>,
}

impl Positions {
    fn cell(self, key: &str) -> Option<Cell> {
        let (r, c) = position(key)?;
        Some(Cell {
            territory: self.territories.with_untracked(|t| t.get(r).copied())?,
            theme: self.themes.with_untracked(|t| t.get(c).copied())?,
        })
    }
}

fn element(target: Option<EventTarget>) -> Option<Element> {
    let target = target?;
    match target.dyn_into::<Element>() {
        Ok(el) => Some(el),
        Err(other) => other.dyn_into::<Node>().ok()?.parent_element(),
    }
}

fn target_of(el: &Element, at: Positions) -> Option<Target> {
    let td = el.closest("td.cell").ok()??;
    let key = td.first_element_child()?.id();
    let cell = at.cell(&key)?;
    if let Some(chip) = el.closest(".chip").ok()? {
        let id = PlanId::parse(&chip.get_attribute("data-ally")?)?;
        return Some(Target::Chip { id, cell, el: chip });
    }
    Some(Target::Cell { key, cell, el: td })
}

/// Whether `related` (where the pointer or focus went) is still inside `t`.
fn still_inside(t: &Target, related: Option<EventTarget>) -> bool {
    related
        .and_then(|r| r.dyn_into::<Node>().ok())
        .is_some_and(|n| t.el().contains(Some(&n)))
}

/// The handlers, for the canvas's `<table>`.
#[derive(Clone, Copy)]
pub struct CanvasEvents {
    at: Positions,
    ctx: MatrixCtx,
    dnd: Dnd,
}

impl CanvasEvents {
    pub fn new(at: Positions) -> Self {
        CanvasEvents {
            at,
            ctx: use_matrix(),
            dnd: Dnd::new(),
        }
    }

    fn target(self, e: &web_sys::Event) -> Option<Target> {
        target_of(&element(e.target())?, self.at)
    }

    pub fn click(self, e: &web_sys::Event) {
        let carrying = self.ctx.picked.with_untracked(Option::is_some);
        let Some(el) = element(e.target()) else {
            return;
        };
        let on_button = el.closest(".cell-target").ok().flatten().is_some();
        match target_of(&el, self.at) {
            Some(Target::Chip { id, cell, .. }) if carrying => {
                self.dnd.drop_on_alliance(id, Some(cell))
            }
            Some(Target::Chip { id, .. }) => self.ctx.selected.set(Selection::Alliance(id)),
            // The cell's button, not its padding or its list of chips.
            Some(Target::Cell { cell, .. }) if on_button => {
                if carrying {
                    self.dnd.drop_on_cell(cell);
                } else {
                    self.ctx.selected.set(Selection::Cell(cell));
                }
            }
            _ => {}
        }
    }

    /// Arrow keys move between the cells' buttons.
    pub fn keydown(self, e: &web_sys::KeyboardEvent) {
        let (dr, dc): (isize, isize) = match e.key().as_str() {
            "ArrowUp" => (-1, 0),
            "ArrowDown" => (1, 0),
            "ArrowLeft" => (0, -1),
            "ArrowRight" => (0, 1),
            _ => return,
        };
        let Some(button) = element(e.target()).filter(|el| el.class_list().contains("cell-target"))
        else {
            return;
        };
        let Some((r, c)) = position(&button.id()) else {
            return;
        };
        e.prevent_default();
        let (nr, nc) = (r as isize + dr, c as isize + dc);
        let rows = self.at.territories.with_untracked(Vec::len) as isize;
        let cols = self.at.themes.with_untracked(Vec::len) as isize;
        if (0..rows).contains(&nr) && (0..cols).contains(&nc) {
            super::focus_cell_at(self.ctx, nr as usize, nc as usize);
        }
    }

    pub fn drag_start(self, e: &web_sys::DragEvent) {
        if let Some(Target::Chip { id, cell, .. }) = self.target(e) {
            self.dnd.drag_start(
                e,
                Picked::Alliance {
                    id,
                    from: Some(cell),
                },
            );
        }
    }

    pub fn drag_end(self) {
        self.dnd.drag_end();
    }

    pub fn drag_over(self, e: &web_sys::DragEvent) {
        if let Some(t) = self.target(e) {
            self.dnd.drag_over(e, t.key());
        }
    }

    pub fn drag_leave(self) {
        self.ctx.hover.set(None);
    }

    pub fn drop(self, e: &web_sys::DragEvent) {
        match self.target(e) {
            Some(Target::Chip { id, cell, .. }) => {
                e.prevent_default();
                self.dnd.drop_on_alliance(id, Some(cell));
            }
            Some(Target::Cell { cell, .. }) => {
                e.prevent_default();
                self.ctx.hover.set(None);
                self.dnd.drop_on_cell(cell);
            }
            None => {}
        }
    }

    /// The pointer or the focus came onto a target.
    pub fn enter(self, e: &web_sys::Event) {
        if let Some(t) = self.target(e) {
            self.dnd.hover_in(t.key());
        }
    }

    /// The pointer or the focus left a target for `related` (outside it).
    pub fn leave(self, e: &web_sys::Event, related: Option<EventTarget>) {
        if let Some(t) = self.target(e) {
            if !still_inside(&t, related) {
                self.dnd.hover_out(&t.key());
            }
        }
    }
}

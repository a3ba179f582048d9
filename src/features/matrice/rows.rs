//! A large canvas draws only the rows near its scroll position; spacer rows
//! stand for the others, so the scrollbar keeps the whole height.
//!
//! Measured on the 40 × 12 plan (BENCHMARKS.md, session 8): the rows out of
//! view cost a place ≈ 20 ms at the median and ≈ 50 ms at p90 (their cells
//! were then skipped by `content-visibility`, since dropped: it hid them from
//! the accessibility tree). The table says how many rows it
//! has (`aria-rowcount`, `aria-rowindex`); the arrow keys and the gap list
//! bring a row into the window before focusing it; printing draws every row.
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Canvases with up to this many territories draw every row.
pub const DRAW_ALL_UP_TO: usize = 30;
/// Rows drawn beyond those in view, above and below.
const BUFFER: usize = 3;
/// Rows drawn at least, at 100 % zoom (proportionally more when zoomed out,
/// and more when more are in view: see `RowWindow::scrolled`).
const SPAN_AT_100: usize = 12;
/// A row's height before any is measured, in CSS pixels (4rem: a row with
/// one chip).
const FIRST_GUESS_PX: f64 = 64.0;

#[derive(Clone, Copy)]
pub struct RowWindow {
    /// The first row drawn.
    start: RwSignal<usize>,
    /// A drawn row's average height, in the table's CSS pixels.
    row_px: RwSignal<f64>,
    /// Every row, while the page is printed.
    all: RwSignal<bool>,
    /// Rows in view plus the buffers, as last measured.
    measured: RwSignal<usize>,
}

fn span(zoom: u32) -> usize {
    (SPAN_AT_100 * 100).div_ceil(zoom.max(1) as usize)
}

impl RowWindow {
    /// The window of a canvas, following the page's printing.
    pub fn create() -> Self {
        let rows = RowWindow {
            start: RwSignal::new(0),
            row_px: RwSignal::new(FIRST_GUESS_PX),
            all: RwSignal::new(false),
            measured: RwSignal::new(0),
        };
        let before = window_event_listener_untyped("beforeprint", move |_| rows.all.set(true));
        let after = window_event_listener_untyped("afterprint", move |_| rows.all.set(false));
        on_cleanup(move || {
            before.remove();
            after.remove();
        });
        rows
    }

    /// The rows to draw (from, to) of `n`, at `zoom` percent (tracked).
    pub fn range(self, n: usize, zoom: u32) -> (usize, usize) {
        if n <= DRAW_ALL_UP_TO || self.all.get() {
            return (0, n);
        }
        let span = self.span(zoom);
        let start = self.start.get().min(n.saturating_sub(span));
        (start, (start + span).min(n))
    }

    /// How many rows the window holds at `zoom` percent (tracked).
    fn span(self, zoom: u32) -> usize {
        span(zoom).max(self.measured.get())
    }

    /// The height standing for `rows` rows not drawn (tracked).
    pub fn spacer(self, rows: usize) -> String {
        format!("{:.0}px", rows as f64 * self.row_px.get())
    }

    /// Draws the rows around row `r` (to focus one of its cells).
    pub fn show(self, r: usize) {
        self.start.set(r.saturating_sub(BUFFER));
    }

    /// After a scroll of the canvas (`scroller`, holding the table) and after
    /// the window changes: moves the window when the rows in view come near
    /// one of its edges, and widens it when more rows fit in view.
    pub fn scrolled(self, scroller: &Element, n: usize, zoom: u32) {
        if n <= DRAW_ALL_UP_TO || self.all.get_untracked() {
            return;
        }
        let Ok(drawn) = scroller.query_selector_all("tbody tr[aria-rowindex]") else {
            return;
        };
        // Each drawn row's index and its top and bottom, in visual pixels
        // (the table may be zoomed; the scroller is not).
        let rows: Vec<(usize, f64, f64)> = (0..drawn.length())
            .filter_map(|i| {
                let el = drawn.item(i)?.unchecked_into::<Element>();
                let index = el.get_attribute("aria-rowindex")?.parse::<usize>().ok()?;
                let r = el.get_bounding_client_rect();
                Some((index.checked_sub(2)?, r.top(), r.bottom()))
            })
            .collect();
        let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
            return;
        };
        let row = (last.2 - first.1) / rows.len() as f64;
        if row <= 0.0 {
            return;
        }
        let css = row * 100.0 / zoom.max(1) as f64;
        if (css - self.row_px.get_untracked()).abs() > 1.0 {
            self.row_px.set(css);
        }
        // The top of the view, below the sticky header row.
        let head = scroller
            .query_selector("thead")
            .ok()
            .flatten()
            .map_or(0.0, |h| h.get_bounding_client_rect().height());
        let view = scroller.get_bounding_client_rect();
        let (view_top, view_bottom) = (view.top() + head, view.bottom());
        // The first and last rows in view: drawn rows where the view meets
        // them, an estimate where it shows a spacer.
        let at = |y: f64| -> usize {
            if y < first.1 {
                first
                    .0
                    .saturating_sub(((first.1 - y) / row).ceil() as usize)
            } else if y >= last.2 {
                (last.0 + 1 + ((y - last.2) / row) as usize).min(n - 1)
            } else {
                rows.iter().find(|r| r.2 > y).map_or(last.0, |r| r.0)
            }
        };
        let (top, bottom) = (at(view_top), at(view_bottom));
        let in_view = bottom.saturating_sub(top) + 1;
        if in_view + 2 * BUFFER > self.measured.get_untracked() {
            self.measured.set(in_view + 2 * BUFFER);
        }
        let (from, to) = untrack(|| self.range(n, zoom));
        let near_top = from > 0 && top < from + 2;
        let near_bottom = to < n && bottom + 2 >= to;
        if near_top || near_bottom {
            // Centre what is in view in the window.
            let span = untrack(|| self.span(zoom));
            let focused = document()
                .active_element()
                .filter(|a| scroller.contains(Some(a)));
            self.start
                .set(top.saturating_sub(span.saturating_sub(in_view) / 2));
            // Drawing rows above moves the rows below in the document, and a
            // moved element loses the focus: give it back once the rows are
            // drawn (the effects run in one microtask queued before this one).
            if let Some(el) = focused {
                queue_microtask(move || {
                    if el.is_connected() && document().active_element().as_ref() != Some(&el) {
                        super::focus(el);
                    }
                });
            }
        }
    }
}

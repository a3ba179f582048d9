//! Moving keyboard focus on the matrix screen: to an element, to a cell of
//! the canvas (drawing its row first), or after the next frame.
use super::MatrixCtx;
use leptos::prelude::*;

/// Gives keyboard focus to an element (a button, a field).
pub fn focus(el: web_sys::Element) {
    use wasm_bindgen::JsCast;
    let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
}

/// Focuses the cell at row `r`, column `c` of the canvas, drawing its row
/// first if the canvas's window does not hold it (see `rows`).
pub fn focus_cell_at(ctx: MatrixCtx, r: usize, c: usize) {
    let id = format!("cell-{r}-{c}");
    match document().get_element_by_id(&id) {
        Some(el) => focus(el),
        None => {
            ctx.rows.show(r);
            // Once the row is drawn: the effects that draw it run in one
            // microtask, queued by `show` before this one.
            queue_microtask(move || document().get_element_by_id(&id).map_or((), focus));
        }
    }
}

/// Moves keyboard focus to the element with this id, after the next frame.
pub fn focus_later(id: String) {
    request_animation_frame(move || document().get_element_by_id(&id).map_or((), focus));
}

//! The open plan's stylesheet. `scripts/css-bundle.mjs` links it `disabled`, so
//! the first load (the plans screen) does not fetch it; it is switched on
//! together with the plan module's fetch, and every view of that module waits
//! for it (see `screens::on_demand`), so no screen is ever drawn unstyled.
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The `id` that `scripts/css-bundle.mjs` gives the link.
const LINK_ID: &str = "plan-styles";

thread_local! {
    static LOADED: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    static APPLIED: Cell<bool> = const { Cell::new(false) };
}

/// Switches the plan's stylesheet on (once); the promise settles when the
/// browser has it, or could not get it (the screens are drawn then anyway).
fn switch_on() -> js_sys::Promise {
    LOADED.with_borrow_mut(|loaded| {
        loaded
            .get_or_insert_with(|| {
                let link = leptos::prelude::document().get_element_by_id(LINK_ID);
                match link {
                    Some(link) if link.has_attribute("disabled") => {
                        js_sys::Promise::new(&mut |resolve, _| {
                            for event in ["load", "error"] {
                                let _ = link.add_event_listener_with_callback(
                                    event,
                                    resolve.unchecked_ref(),
                                );
                            }
                            let _ = link.remove_attribute("disabled");
                        })
                    }
                    // No such link (or already on): nothing to wait for.
                    _ => js_sys::Promise::resolve(&JsValue::UNDEFINED),
                }
            })
            .clone()
    })
}

/// Starts fetching the plan's stylesheet, without waiting for it.
pub fn prefetch() {
    let _ = switch_on();
}

/// Resolves once the plan's stylesheet applies (or failed to load); at once,
/// without yielding, when it already does, so a screen opened again is drawn in
/// the same turn.
pub async fn ready() {
    if APPLIED.get() {
        return;
    }
    let _ = JsFuture::from(switch_on()).await;
    APPLIED.set(true);
}

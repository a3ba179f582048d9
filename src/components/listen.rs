//! Listeners on the window and the document for the shell's lifetime, all
//! through one instantiation of leptos-use's `use_event_listener` (which removes
//! them when their owner is disposed), instead of one copy of its generic code
//! per event type and handler (1.2 kB brotli off the first load's wasm).
use leptos::ev::Custom;
use leptos::prelude::*;
use leptos_use::use_event_listener;
use wasm_bindgen::JsCast;

type Handler = Box<dyn Fn(web_sys::Event)>;

fn listen(target: web_sys::EventTarget, event: &'static str, handler: Handler) {
    let _ = use_event_listener(target, Custom::<web_sys::Event>::new(event), handler);
}

/// Calls `handler` with each `event` on the window, as the event's type `E`.
pub fn on_window<E: JsCast>(event: &'static str, handler: impl Fn(E) + 'static) {
    listen(
        window().into(),
        event,
        Box::new(move |e| handler(e.unchecked_into())),
    );
}

/// Calls `handler` with each `event` on the document.
pub fn on_document(event: &'static str, handler: impl Fn(web_sys::Event) + 'static) {
    listen(document().into(), event, Box::new(handler));
}

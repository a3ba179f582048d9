//! Focus on a screen's heading after a change of screen inside the app.
//!
//! The control that led to a screen is often gone (a plan's "Apri") or far
//! away (the step navigation): without this the focus falls back to the start
//! of the page. The new screen's `<h1>` takes it instead, so keyboard users go
//! on from there and screen-reader users hear where they are (WCAG 2.4.3). It
//! shows the focus ring only after keyboard use (`:focus-visible`). At
//! start-up the focus is left where the browser puts it.
use crate::state::use_app;
use leptos::html::H1;
use leptos::prelude::*;

/// The `node_ref` of a screen's `<h1>`: once drawn, it takes the focus if a
/// change of screen asked for it (`Runtime::focus_heading`, set by the shell)
/// and the user has not meanwhile put the focus inside the screen.
pub fn focus_on_arrival() -> NodeRef<H1> {
    let app = use_app();
    let heading = NodeRef::<H1>::new();
    heading.on_load(move |h1| {
        // A frame later: the heading is in the document, and the shell's
        // effect for this change of screen has run.
        request_animation_frame(move || {
            let asked = app
                .runtime
                .try_update_value(|r| std::mem::take(&mut r.focus_heading))
                .unwrap_or(false);
            let in_screen = document().active_element().is_some_and(|a| {
                a.tag_name() != "MAIN" && a.closest("main").ok().flatten().is_some()
            });
            if asked && !in_screen && h1.is_connected() {
                let _ = h1.set_attribute("tabindex", "-1");
                let _ = h1.focus();
            }
        });
    });
    heading
}

//! Everything an open plan shows, behind split points: every function in an
//! `in_plan_module!` (defined in `src/lib.rs`) here, in `src/engine.rs` and in
//! the guide goes into one wasm module, `alleanze_plan` (`wasm-split` cuts the linked
//! wasm apart after the build, see `scripts/wasm-split.mjs`). The plans
//! screen and the shell stay in the main module.
//!
//! One module, not one per screen: with a module per screen (and per part of
//! the shell) the code they share became 176 small chunks, and opening the
//! large plan on the matrix fetched and linked about 100 of them, which made it
//! slower than before the split (996 ms against 390 ms; see BENCHMARKS.md).
//! The service worker caches every file on the first visit anyway, so one
//! module also costs no more bytes over the network (457.6 kB brotli, where
//! the separate modules and their chunks added up to 632 kB).
use crate::components::{header::PlanToolbar, step_nav::StepNav};
use crate::deferred::{later, nothing, Constructor};
use crate::features::{
    contesto::Contesto, coprogettazione::Coprogettazione, fondamenta::Fondamenta,
    formalizzazione::Formalizzazione, matrice::Matrice, print::PrintView, rete::Rete,
};
use crate::i18n::*;
use crate::model::Step;
use leptos::prelude::*;
use std::future::Future;

/// One function per view, each a way into the plan module: it gives the
/// view's constructor, called where the view is drawn (`deferred::later`).
macro_rules! views_in_plan_module {
    ($($name:ident => $component:ident),* $(,)?) => {
        $(in_plan_module! {
            fn $name() -> Constructor {
                || view! { <$component /> }.into_any()
            }
        })*
    };
}

views_in_plan_module! {
    fondamenta_screen => Fondamenta,
    contesto_screen => Contesto,
    rete_screen => Rete,
    matrice_screen => Matrice,
    coprogettazione_screen => Coprogettazione,
    formalizzazione_screen => Formalizzazione,
    print_screen => PrintView,
    plan_toolbar => PlanToolbar,
    step_navigation => StepNav,
}

/// The open plan's toolbar (in the header), loaded on first use.
pub fn toolbar_view() -> AnyView {
    quietly(plan_toolbar())
}

/// The step navigation beside an open plan, loaded on first use.
pub fn step_nav_view() -> AnyView {
    quietly(step_navigation())
}

/// The view of a step of the open plan, loaded on first use.
pub fn step_screen(step: Step) -> AnyView {
    match step {
        Step::Fondamenta => on_demand(fondamenta_screen()),
        Step::Contesto => on_demand(contesto_screen()),
        Step::Rete => on_demand(rete_screen()),
        Step::Matrice => on_demand(matrice_screen()),
        Step::Coprogettazione => on_demand(coprogettazione_screen()),
        Step::Formalizzazione => on_demand(formalizzazione_screen()),
    }
}

/// The printable package, loaded on first use.
pub fn print_view() -> AnyView {
    on_demand(print_screen())
}

/// Draws the view once its module is there, a short status line meanwhile.
/// Once a module is loaded the future is ready at its first poll, so a screen
/// opened again is drawn at once, without the fallback.
pub fn on_demand(view: impl Future<Output = Constructor> + 'static) -> AnyView {
    later(styled(view), || loading_status().into_any())
}

/// The short status line shown while a plan or a screen is on its way.
pub fn loading_status() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="muted" role="status">{t!(i18n, app.loading)}</p> }
}

/// Like [`on_demand`], with nothing drawn meanwhile (for parts of the shell,
/// loaded together with the screen that says "Caricamento…").
fn quietly(view: impl Future<Output = Constructor> + 'static) -> AnyView {
    later(styled(view), nothing)
}

/// The view's constructor, once the open plan's stylesheet applies too
/// (`crate::styles`).
async fn styled(view: impl Future<Output = Constructor>) -> Constructor {
    crate::styles::ready().await;
    view.await
}

//! The screens that are not needed on the first load, each behind a split
//! point: Leptos' `#[lazy]` makes every function below its own wasm module
//! (`wasm-split` cuts the linked wasm apart after the build, see
//! `scripts/wasm-split.mjs`), fetched the first time the screen is opened.
//! The plans screen and the shell stay in the main module; the shell's parts
//! that exist only while a plan is open (its toolbar, the step navigation)
//! are split off too. The plan engine is split off in `src/engine.rs`.
use crate::components::{header::PlanToolbar, step_nav::StepNav};
use crate::features::{
    contesto::Contesto, coprogettazione::Coprogettazione, fondamenta::Fondamenta,
    formalizzazione::Formalizzazione, matrice::Matrice, print::PrintView, rete::Rete,
};
use crate::i18n::*;
use crate::model::Step;
use crate::state::Screen;
use leptos::prelude::*;
use leptos::{__reexports::send_wrapper::SendWrapper, lazy};
use std::future::Future;

#[lazy]
fn fondamenta_screen() -> AnyView {
    view! { <Fondamenta /> }.into_any()
}

#[lazy]
fn contesto_screen() -> AnyView {
    view! { <Contesto /> }.into_any()
}

#[lazy]
fn rete_screen() -> AnyView {
    view! { <Rete /> }.into_any()
}

#[lazy]
fn matrice_screen() -> AnyView {
    view! { <Matrice /> }.into_any()
}

#[lazy]
fn coprogettazione_screen() -> AnyView {
    view! { <Coprogettazione /> }.into_any()
}

#[lazy]
fn formalizzazione_screen() -> AnyView {
    view! { <Formalizzazione /> }.into_any()
}

#[lazy]
fn print_screen() -> AnyView {
    view! { <PrintView /> }.into_any()
}

#[lazy]
fn plan_toolbar() -> AnyView {
    view! { <PlanToolbar /> }.into_any()
}

#[lazy]
fn step_navigation() -> AnyView {
    view! { <StepNav /> }.into_any()
}

/// The open plan's toolbar (in the header), loaded on first use.
pub fn toolbar_view() -> AnyView {
    quietly(plan_toolbar())
}

/// The step navigation beside an open plan, loaded on first use.
pub fn step_nav_view() -> AnyView {
    quietly(step_navigation())
}

/// Starts fetching the modules `screen` needs (at start-up on a plan's
/// address, so they arrive while the engine reads the plan).
pub fn preload(screen: Screen) {
    use leptos::task::spawn_local;
    spawn_local(__preload_plan_toolbar());
    spawn_local(__preload_step_navigation());
    match screen {
        Screen::Plan(Step::Fondamenta) => spawn_local(__preload_fondamenta_screen()),
        Screen::Plan(Step::Contesto) => spawn_local(__preload_contesto_screen()),
        Screen::Plan(Step::Rete) => spawn_local(__preload_rete_screen()),
        Screen::Plan(Step::Matrice) => spawn_local(__preload_matrice_screen()),
        Screen::Plan(Step::Coprogettazione) => spawn_local(__preload_coprogettazione_screen()),
        Screen::Plan(Step::Formalizzazione) => spawn_local(__preload_formalizzazione_screen()),
        Screen::Print => spawn_local(__preload_print_screen()),
        Screen::Plans | Screen::Opening => {}
    }
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
pub fn on_demand(view: impl Future<Output = AnyView> + 'static) -> AnyView {
    let i18n = use_i18n();
    // Split-module loading is single-threaded (wasm); `Suspend` asks for Send.
    let view = SendWrapper::new(view);
    view! {
        <Suspense fallback=move || view! { <p class="muted" role="status">{t!(i18n, app.loading)}</p> }>
            {Suspend::new(view)}
        </Suspense>
    }
    .into_any()
}

/// Like [`on_demand`], with nothing drawn meanwhile (for parts of the shell,
/// loaded together with the screen that says "Caricamento…").
fn quietly(view: impl Future<Output = AnyView> + 'static) -> AnyView {
    let view = SendWrapper::new(view);
    view! { <Suspense fallback=|| ()>{Suspend::new(view)}</Suspense> }.into_any()
}

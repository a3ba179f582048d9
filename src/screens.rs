//! The screens that are not needed on the first load, each behind a split
//! point: Leptos' `#[lazy]` makes every function below its own wasm module
//! (`wasm-split` cuts the linked wasm apart after the build, see
//! `scripts/wasm-split.mjs`), fetched the first time the screen is opened.
//! The plans screen and the shell stay in the main module.
use crate::features::{
    contesto::Contesto, coprogettazione::Coprogettazione, fondamenta::Fondamenta,
    formalizzazione::Formalizzazione, matrice::Matrice, print::PrintView, rete::Rete,
};
use crate::i18n::*;
use crate::model::Step;
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

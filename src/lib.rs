//! Alleanze: an in-browser workbench for planning an *alleanza di scopo*.
//!
//! `model` and `history` are pure Rust and tested natively; `persistence`
//! holds the format (pure) and the browser storage; the UI modules exist only
//! in the wasm build.

pub mod history;
pub mod model;
pub mod persistence;

/// Puts a function into the split module `alleanze_plan`, the one that holds
/// everything an open plan needs (see `src/screens.rs`): one name, written once.
#[cfg(target_arch = "wasm32")]
macro_rules! in_plan_module {
    ($(#[$meta:meta])* fn $($rest:tt)*) => {
        #[leptos::wasm_split::wasm_split(alleanze_plan, wasm_split_path = ::leptos::wasm_split)]
        $(#[$meta])*
        fn $($rest)*
    };
}

#[cfg(target_arch = "wasm32")]
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod autosave;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod deferred;
#[cfg(target_arch = "wasm32")]
mod engine;
#[cfg(target_arch = "wasm32")]
mod features;
#[cfg(target_arch = "wasm32")]
mod import_actions;
#[cfg(target_arch = "wasm32")]
mod plan_actions;
#[cfg(target_arch = "wasm32")]
mod screens;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
mod styles;

#[cfg(target_arch = "wasm32")]
pub use app::App;

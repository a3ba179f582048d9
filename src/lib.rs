//! Alleanze: an in-browser workbench for planning an *alleanza di scopo*.
//!
//! `model` and `history` are pure Rust and tested natively; `persistence`
//! holds the format (pure) and the browser storage; the UI modules exist only
//! in the wasm build.

pub mod history;
pub mod model;
pub mod persistence;

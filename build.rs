//! Generates the `i18n` module from `locales/it.json` and `locales/en.json`
//! (leptos_i18n's code generation). Only the wasm build uses it.
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=locales");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return Ok(());
    }
    // Keeps the relocations in the linked wasm: `wasm-split` needs them to cut
    // the module at the `#[lazy]` split points (scripts/wasm-split.mjs).
    println!("cargo::rustc-link-arg-bins=--emit-relocs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR unset")?).join("i18n");
    // interpolate_display: interpolated strings are also needed as plain text
    // (aria-labels, titles), not only as views.
    let options = ParseOptions::default().interpolate_display(true);
    // One file per screen and locale (locales/<locale>/<namespace>.json), so
    // each screen's strings live beside each other and apart from the others.
    let mut namespaces: Vec<String> = std::fs::read_dir("locales/it")?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".json").map(str::to_owned))
        .collect();
    namespaces.sort();
    let cfg = Config::new("it")?
        .add_locale("en")?
        .add_namespaces(namespaces)?
        .parse_options(options);
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(out)?;
    Ok(())
}

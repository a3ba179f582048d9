//! Mount only: everything else lives in the library.
#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(alleanze::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Alleanze runs in the browser: build it with `trunk build --release`.");
}

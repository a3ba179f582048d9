//! The shell: header with tools, the step navigation, notices, the screens.
use crate::components::{file_drop::FileDrop, header::Header, listen::on_window};
use crate::features::plans::PlansScreen;
use crate::i18n::*;
use crate::persistence::{keys, storage};
use crate::screens::{loading_status, print_view, step_screen};
use crate::state::{provide_app, AppStateStoreFields, Screen};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <Shell />
        </I18nContextProvider>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    // The provider picks the browser's language in an effect of its own; this
    // effect runs after it, once (before the first paint), and applies the
    // language the user chose, or Italian: the app speaks Italian first,
    // whatever the browser's language.
    Effect::new(move |_| {
        let chosen = storage::read_pref(keys::LOCALE)
            .and_then(|l| l.parse::<Locale>().ok())
            .unwrap_or(Locale::it);
        if i18n.get_locale_untracked() != chosen {
            i18n.set_locale(chosen);
        }
    });
    let app = provide_app();
    crate::features::guida::provide_guide();
    app.install_page_listeners();
    app.start();
    on_window("hashchange", move |_: web_sys::Event| app.follow_address());
    on_window("keydown", move |e: web_sys::KeyboardEvent| {
        if let Some(redo) = undo_shortcut(&e) {
            e.prevent_default();
            if redo {
                app.redo()
            } else {
                app.undo()
            }
        }
    });
    // Marks the first frame with the screen drawn: the benchmark reads it.
    request_animation_frame(|| {
        if let Some(perf) = window().performance() {
            let _ = perf.mark("alleanze-ready");
        }
    });
    let screen = move || app.store.screen().get();
    // After a change of screen inside the app (not at start-up, and not for
    // the loading state), the new screen's heading takes the focus (see
    // `components::heading`).
    let shown = StoredValue::new(None::<Screen>);
    Effect::new(move |_| {
        let now = screen();
        if now == Screen::Opening {
            return;
        }
        let before = shown.get_value();
        shown.set_value(Some(now));
        if before.is_some_and(|b| b != now) {
            app.runtime.update_value(|r| r.focus_heading = true);
        }
    });
    view! {
        <a class="skip-link" href="#contenuto">{t!(i18n, app.skip_to_content)}</a>
        <Header />
        <FileDrop />
        <div class="layout">
            <Show when=move || matches!(screen(), Screen::Plan(_))>
                {crate::screens::step_nav_view()}
            </Show>
            <main id="contenuto" tabindex="-1" class="main">
                {crate::deferred::notices()}
                // Only the plans screen is in the first load; the others are
                // fetched when first opened (src/screens.rs).
                {move || match screen() {
                    Screen::Plans => view! { <PlansScreen /> }.into_any(),
                    Screen::Plan(step) => step_screen(step),
                    Screen::Print => print_view(),
                    Screen::Opening => loading_status().into_any(),
                }}
            </main>
        </div>
        <footer class="footer">
            <p>{t!(i18n, app.footer)}</p>
        </footer>
    }
}

/// `Some(false)` for undo, `Some(true)` for redo, `None` otherwise. Inside a
/// text field the browser's own undo applies, so the shortcut is left alone.
fn undo_shortcut(e: &web_sys::KeyboardEvent) -> Option<bool> {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return None;
    }
    if let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let tag = el.tag_name().to_ascii_lowercase();
        if matches!(tag.as_str(), "input" | "textarea" | "select") || el.is_content_editable() {
            return None;
        }
    }
    match e.key().as_str() {
        "z" | "Z" if e.shift_key() => Some(true),
        "z" | "Z" => Some(false),
        "y" | "Y" if e.ctrl_key() => Some(true),
        _ => None,
    }
}

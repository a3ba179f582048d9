//! "New version available — reload": the service worker never swaps files
//! under an open plan; the user chooses when, and the plan is saved first.
use crate::i18n::*;
use crate::state::{use_app, AppStateStoreFields};
use leptos::prelude::*;
use leptos_use::use_event_listener_with_options;

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let _ = use_event_listener_with_options(
        window(),
        leptos::ev::Custom::<web_sys::CustomEvent>::new("alleanze-update-ready"),
        move |_| app.store.update_ready().set(true),
        Default::default(),
    );
    let apply = move |_| {
        app.flush();
        if let Ok(event) = web_sys::CustomEvent::new("alleanze-apply-update") {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <Show when=move || app.store.update_ready().get()>
            <div class="alert alert-info update-notice" role="status">
                <p>{t!(i18n, app.update_ready)}</p>
                <button type="button" class="btn btn-primary" on:click=apply>
                    {t!(i18n, app.update_reload)}
                </button>
            </div>
        </Show>
    }
}

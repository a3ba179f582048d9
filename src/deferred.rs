//! Parts of the shell and of the plans screen whose code is in the plan module
//! (`src/screens.rs`), although they are drawn without an open plan: the
//! notices (failed saves, conflicts, a new version), the example plans, the
//! import controls and the data set aside. Each of them acts through the plan
//! engine, which comes with that module, so none of them could do anything
//! before it arrives; leaving them out of the first load took 24.4 kB brotli
//! off it (see BENCHMARKS.md, session 17).
//!
//! Like the step screens (`src/screens.rs`) they are not drawn through
//! `Suspense`: only the constructor is loaded, and the view is built as an
//! ordinary child of the screen, owned like any other, so a plans screen left
//! while one of its tasks is still running disposes of it in the usual order.
//! (It also keeps Leptos' suspense machinery out of the first load.)
use leptos::prelude::*;
use std::future::Future;
use std::task::{Context, Poll, Waker};

/// Builds a view whose code is in the plan module.
pub type Constructor = fn() -> AnyView;

in_plan_module! {
    fn notices_constructor() -> Constructor {
        || {
            view! {
                <crate::components::update_notice::UpdateNotice />
                <crate::components::banners::Banners />
            }
            .into_any()
        }
    }
}

in_plan_module! {
    fn plans_extras_constructor() -> Constructor {
        || {
            view! {
                <crate::features::guida::ExamplePicker />
                <crate::features::plans::import::ImportControls />
                <crate::features::plans::recovery::Recovery />
            }
            .into_any()
        }
    }
}

/// The notices above every screen.
pub fn notices() -> impl IntoView {
    later(notices_constructor(), nothing)
}

/// The plans screen's sections below the list: examples, import, recovery.
pub fn plans_extras() -> impl IntoView {
    later(plans_extras_constructor(), nothing)
}

/// A fallback that draws nothing.
pub fn nothing() -> AnyView {
    ().into_any()
}

/// Draws the view as soon as its constructor is loaded, `fallback` until then:
/// at once when the module already is (the loading future is then ready at
/// its first poll, so a screen opened again is drawn without the fallback).
pub fn later(
    load: impl Future<Output = Constructor> + 'static,
    fallback: fn() -> AnyView,
) -> AnyView {
    let mut load = Box::pin(load);
    let built = match load.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(constructor) => RwSignal::new(Some(constructor)),
        Poll::Pending => {
            let built = RwSignal::new(None);
            leptos::task::spawn_local(async move {
                let constructor = load.await;
                // The screen may have been left meanwhile.
                let _ = built.try_set(Some(constructor));
            });
            built
        }
    };
    (move || {
        built
            .get()
            .map_or_else(fallback, |constructor| constructor())
    })
    .into_any()
}

use crate::components::step_nav::step_label;
use crate::i18n::*;
use crate::model::Step;
use leptos::prelude::*;

/// Says plainly that a step is not built yet (no fake screens).
#[component]
pub fn NotBuilt(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="screen" aria-labelledby="step-title">
            <h1 id="step-title">{move || step_label(i18n, step)}</h1>
            <div class="callout">
                <h2>{t!(i18n, not_built.title)}</h2>
                <p>{t!(i18n, not_built.body)}</p>
            </div>
        </section>
    }
}

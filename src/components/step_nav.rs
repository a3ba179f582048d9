use crate::i18n::*;
use crate::model::Step;
use crate::state::{use_app, AppStateStoreFields, Screen};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// The course's process as navigation, in its order.
#[component]
pub fn StepNav() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let current = move || match app.store.screen().get() {
        Screen::Plan(step) => Some(step),
        Screen::Plans | Screen::Print | Screen::Opening => None,
    };
    view! {
        <nav class="step-nav" aria-label=move || t_string!(i18n, nav.label)>
            <crate::features::guida::OverallProgress />
            <ol>
                {Step::ALL
                    .into_iter()
                    .map(|step| {
                        let href = move || {
                            app.with_plan(|p| format!("#/piano/{}/{}", p.id, step.slug()))
                                .unwrap_or_else(|| "#/".into())
                        };
                        view! {
                            <li>
                                <a
                                    href=href
                                    aria-current=move || (current() == Some(step)).then_some("step")
                                >
                                    <span class="step-number">{step.number()}</span>
                                    <span>{move || step_label(i18n, step)}</span>
                                    <crate::features::guida::StepProgress step />
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The step's name in the current language.
pub fn step_label(i18n: I18nContext<Locale>, step: Step) -> &'static str {
    match step {
        Step::Fondamenta => t_string!(i18n, nav.fondamenta),
        Step::Contesto => t_string!(i18n, nav.contesto),
        Step::Rete => t_string!(i18n, nav.rete),
        Step::Matrice => t_string!(i18n, nav.matrice),
        Step::Coprogettazione => t_string!(i18n, nav.coprogettazione),
        Step::Formalizzazione => t_string!(i18n, nav.formalizzazione),
    }
}

//! Step 1, Fondamenta: promoter, shared objective, intent to formalise, members.
mod members;

use crate::i18n::*;
use crate::model::{Edit, PlanField};
use crate::state::use_app;
use leptos::prelude::*;
pub use members::kind_label;
use members::Members;

#[component]
pub fn Fondamenta() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let intent = Memo::new(move |_| {
        app.with_plan(|p| p.foundations.intent_to_formalise)
            .unwrap_or(false)
    });
    view! {
        <section class="screen" aria-labelledby="step-title">
            <h1 id="step-title" node_ref=crate::components::heading::focus_on_arrival()>{t!(i18n, fondamenta.title)}</h1>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Foundations />
            <p class="lead">{t!(i18n, fondamenta.intro)}</p>
            <p class="privacy-note">{t!(i18n, fondamenta.privacy)}</p>
            <crate::features::guida::GuidePanel step=crate::model::Step::Fondamenta />
            <form class="form" on:submit=|e| e.prevent_default()>
                <TextField field=PlanField::Title label=Signal::derive(move || t_string!(i18n, fondamenta.plan_title)) />
                <TextField
                    field=PlanField::PromoterComune
                    label=Signal::derive(move || t_string!(i18n, fondamenta.comune))
                    help=Signal::derive(move || t_string!(i18n, fondamenta.comune_help))
                />
                <TextField
                    field=PlanField::SharedObjective
                    multiline=true
                    label=Signal::derive(move || t_string!(i18n, fondamenta.objective))
                    help=Signal::derive(move || t_string!(i18n, fondamenta.objective_help))
                />
                <TextField
                    field=PlanField::TargetPopulation
                    multiline=true
                    label=Signal::derive(move || t_string!(i18n, fondamenta.target))
                    help=Signal::derive(move || t_string!(i18n, fondamenta.target_help))
                />
                <TextField
                    field=PlanField::Description
                    multiline=true
                    label=Signal::derive(move || t_string!(i18n, fondamenta.description))
                />
                <div class="form-check">
                    <input
                        id="intent"
                        type="checkbox"
                        prop:checked=intent
                        on:change=move |e| {
                            let _ = app.apply_edit(Edit::SetIntentToFormalise(event_target_checked(&e)));
                        }
                    />
                    <label for="intent">{t!(i18n, fondamenta.intent)}</label>
                </div>
            </form>
            <Members />
        </section>
    }
}

/// A labelled text input bound to one field of the plan through `apply_edit`.
#[component]
fn TextField(
    field: PlanField,
    label: Signal<&'static str>,
    #[prop(optional)] help: Option<Signal<&'static str>>,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let app = use_app();
    let id = format!("field-{field:?}").to_lowercase();
    let help_id = format!("{id}-help");
    let value = Memo::new(move |_| {
        app.with_plan(|p| p.text(field).to_owned())
            .unwrap_or_default()
    });
    let on_input = move |e: leptos::ev::Event| {
        let _ = app.apply_edit(Edit::SetText {
            field,
            value: event_target_value(&e),
        });
    };
    let on_blur = move |_| app.seal_history();
    let described = help.map(|_| help_id.clone());
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="4" aria-describedby=described prop:value=value on:input=on_input on:blur=on_blur></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" aria-describedby=described prop:value=value on:input=on_input on:blur=on_blur />
        }
        .into_any()
    };
    view! {
        <div class="form-group">
            <label for=id>{label}</label>
            {control}
            {help.map(|h| view! { <p class="form-help" id=help_id>{h}</p> })}
        </div>
    }
}

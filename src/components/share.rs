//! "Copy summary for email": the plain-text summary of the open plan, in the
//! user's language, on the clipboard, with the name of the file to attach.
use crate::features::fondamenta::kind_label;
use crate::features::formalizzazione::gap_text;
use crate::i18n::*;
use crate::model::formal::completeness;
use crate::model::summary::{alliances_by_cell, email_summary, signatories, SummaryLabels};
use crate::model::StakeholderKind;
use crate::persistence::format::package_file_name;
use crate::state::{now, use_app};
use leptos::prelude::*;

#[component]
pub fn CopySummaryButton() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let message = RwSignal::new(None::<String>);
    let copy = move |_| {
        let kind = move |k: StakeholderKind| kind_label(i18n, k);
        let labels = SummaryLabels {
            heading: t_string!(i18n, share.heading),
            comune: t_string!(i18n, share.comune),
            objective: t_string!(i18n, share.objective),
            target: t_string!(i18n, share.target),
            formalise_yes: t_string!(i18n, share.formalise_yes),
            formalise_no: t_string!(i18n, share.formalise_no),
            parties: t_string!(i18n, share.parties),
            territories: t_string!(i18n, share.territories),
            themes: t_string!(i18n, share.themes),
            priority_needs: t_string!(i18n, share.priority_needs),
            next_steps: t_string!(i18n, share.next_steps),
            attachment: t_string!(i18n, share.attachment),
            not_set: t_string!(i18n, share.not_set),
            kind: &kind,
            extra: Vec::new(),
        };
        let Some((file, text)) = app.with_plan(|p| {
            let mut labels = labels;
            let today = crate::features::contesto::today();
            let steps = completeness(p, today)
                .iter()
                .map(|g| gap_text(i18n, p, g))
                .collect();
            labels.extra = vec![
                (
                    t_string!(i18n, share.act_parties).to_owned(),
                    signatories(p),
                ),
                (
                    t_string!(i18n, share.alliances_by_cell).to_owned(),
                    alliances_by_cell(p),
                ),
                (labels.next_steps.to_owned(), steps),
            ];
            let file = package_file_name(&p.title, now().date_naive());
            let text = email_summary(p, &labels, &file);
            (file, text)
        }) else {
            return;
        };
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            message.set(Some(if ok {
                t_string!(i18n, share.copied, file = file).to_string()
            } else {
                t_string!(i18n, share.copy_failed).to_owned()
            }));
        });
    };
    view! {
        <button type="button" class="btn btn-secondary" on:click=copy>
            {t!(i18n, share.copy_summary)}
        </button>
        <span class="visually-hidden" role="status">{move || message.get()}</span>
        {move || message.get().map(|m| view! { <span class="toolbar-note" aria-hidden="true">{m}</span> })}
    }
}

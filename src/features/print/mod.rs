//! The whole plan as a readable document, for printing or "Save as PDF" in the
//! browser's print dialog (no PDF library). All user text is rendered as text
//! nodes, never as markup.
mod act;
mod codesign;
mod package;
mod sections;

use crate::components::when;
use crate::i18n::*;
use crate::state::{now, use_app};
use act::ActSection;
use codesign::CoDesignSection;
use leptos::prelude::*;
use package::{AlliancesSection, DataSection, GovernanceSection, MatrixSection};
use sections::{AxesSection, ContextSection, FoundationsSection, NetworkSection};

#[component]
pub fn PrintView() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let title = move || app.with_plan(|p| p.title.clone()).unwrap_or_default();
    let printed = when(now());
    let print = move |_| {
        let _ = window().print();
    };
    let back = move |_| app.go_to_step(crate::model::Step::Fondamenta);
    view! {
        <article class="screen print-view" aria-labelledby="print-title">
            <div class="print-actions">
                <p class="form-help">{t!(i18n, print.hint)}</p>
                <button type="button" class="btn btn-primary" on:click=print>{t!(i18n, print.print)}</button>
                <button type="button" class="btn btn-secondary" on:click=back>{t!(i18n, print.back)}</button>
            </div>
            <h1 id="print-title" node_ref=crate::components::heading::focus_on_arrival()>{title}</h1>
            <p class="print-meta">{move || t_string!(i18n, print.printed_on, when = printed.clone()).to_string()}</p>
            <FoundationsSection />
            <ActSection />
            <NetworkSection />
            <AxesSection />
            <MatrixSection />
            <AlliancesSection />
            <GovernanceSection />
            <CoDesignSection />
            <DataSection />
            <ContextSection />
        </article>
    }
}

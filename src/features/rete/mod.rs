//! Step 3, Rete e partner: the partners of the register by networking stage
//! (contattato → aderente → attivo, or non interessato). Moving a partner is
//! an undoable edit that records the date; each partner keeps the advantages
//! the Comune put forward and its commitments.
mod card;

use crate::components::sync::{mirror, Keyed};
use crate::i18n::*;
use crate::model::matrix::NetworkStage;
use crate::state::use_app;
use card::PartnerCard;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

pub fn stage_label(i18n: I18nContext<Locale>, s: NetworkStage) -> &'static str {
    match s {
        NetworkStage::Contattato => t_string!(i18n, rete.stage_contattato),
        NetworkStage::Aderente => t_string!(i18n, rete.stage_aderente),
        NetworkStage::Attivo => t_string!(i18n, rete.stage_attivo),
        NetworkStage::NonInteressato => t_string!(i18n, rete.stage_non_interessato),
    }
}

fn stage_help(i18n: I18nContext<Locale>, s: NetworkStage) -> &'static str {
    match s {
        NetworkStage::Contattato => t_string!(i18n, rete.help_contattato),
        NetworkStage::Aderente => t_string!(i18n, rete.help_aderente),
        NetworkStage::Attivo => t_string!(i18n, rete.help_attivo),
        NetworkStage::NonInteressato => t_string!(i18n, rete.help_non_interessato),
    }
}

#[component]
pub fn Rete() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    // Each card reads its own partner's signal and the lists read the stages
    // only: typing in one card or moving one partner wakes that card (and, for
    // a move, the two lists), not 600 readers of the whole register.
    let partners = Keyed::new(|p| &p.stakeholders);
    let stages = mirror(|p| {
        p.stakeholders
            .iter()
            .map(|s| (s.id, s.network.stage))
            .collect::<Vec<_>>()
    });
    let fondamenta = move || {
        app.with_plan(|p| format!("#/piano/{}/fondamenta", p.id))
            .unwrap_or_default()
    };
    view! {
        <section class="screen rete" aria-labelledby="step-title">
            <h1 id="step-title">{t!(i18n, rete.title)}</h1>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Stages />
            <p class="lead">{t!(i18n, rete.intro)}</p>
            <Show when=move || !stages.with(Vec::is_empty) fallback=move || view! {
                <p class="empty">{t!(i18n, rete.empty)}" "<a href=fondamenta>{t!(i18n, rete.to_fondamenta)}</a></p>
            }>
                <div class="pipeline">
                    {NetworkStage::ALL.into_iter().map(|stage| {
                        let ids = Memo::new(move |_| stages.with(|s| s.iter().filter(|(_, st)| *st == stage).map(|(id, _)| *id).collect::<Vec<_>>()));
                        let heading = format!("stage-{}", stage.as_str());
                        let labelled_by = heading.clone();
                        view! {
                            <section class=format!("stage stage-{}", stage.as_str()) aria-labelledby=labelled_by>
                                <h2 id=heading>{move || stage_label(i18n, stage)}" "<span class="count">{move || format!("({})", ids.with(Vec::len))}</span></h2>
                                <p class="form-help">{move || stage_help(i18n, stage)}</p>
                                <ul class="stage-list">
                                    <For each=move || ids.get() key=|id| *id let(id)>
                                        <PartnerCard id partner=partners.row(id) />
                                    </For>
                                </ul>
                            </section>
                        }
                    }).collect_view()}
                </div>
            </Show>
        </section>
    }
}

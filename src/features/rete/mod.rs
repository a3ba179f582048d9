//! Step 3, Rete e partner: the partners of the register by networking stage
//! (contattato → aderente → attivo, or non interessato). Moving a partner is
//! an undoable edit that records the date; each partner keeps the advantages
//! the Comune put forward and its commitments.
mod card;

use crate::components::sync::{mirror, Keyed};
use crate::i18n::*;
use crate::model::matrix::{stage_column, NetworkStage};
use crate::model::search::Query;
use crate::model::{PlanId, Stakeholder};
use crate::state::use_app;
use card::PartnerCard;
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_use::signal_debounced;

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

/// Cards drawn at first in each stage, and added by each "show more".
const PAGE: usize = 12;

/// The search narrows the lists once typing pauses this long (ms): each
/// narrowing draws new cards, and a fast typist need not wait for every one.
const SEARCH_PAUSE_MS: f64 = 150.0;

/// The partners moved on this screen since it opened: each stays in sight in
/// its new stage even past the cards drawn there (see `stage_column`); and
/// the last move, said to screen readers (the card leaves the list in view).
#[derive(Clone, Copy)]
pub(crate) struct Moved {
    pub ids: RwSignal<Vec<PlanId>>,
    pub said: RwSignal<String>,
}

#[component]
pub fn Rete() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    // Each card reads its own partner's signal and the lists read the stages
    // and names only: typing in one card or moving one partner wakes that
    // card (and, for a move, the two lists), not 600 readers of the register.
    let partners = Keyed::new(|p| &p.stakeholders);
    let register = mirror(|p| {
        p.stakeholders
            .iter()
            .map(|s| (s.id, s.network.stage, s.name.clone()))
            .collect::<Vec<_>>()
    });
    let typed = RwSignal::new(String::new());
    let settled: Signal<String> = signal_debounced(Signal::<String>::from(typed), SEARCH_PAUSE_MS);
    let query = Memo::new(move |_| settled.with(|t| Query::new(t)));
    let moved = Moved {
        ids: RwSignal::new(Vec::new()),
        said: RwSignal::new(String::new()),
    };
    provide_context(moved);
    let total = move || register.with(Vec::len);
    let found = Memo::new(move |_| {
        query.with(|q| register.with(|r| r.iter().filter(|(_, _, n)| q.matches(n)).count()))
    });
    let fondamenta = move || {
        app.with_plan(|p| format!("#/piano/{}/fondamenta", p.id))
            .unwrap_or_default()
    };
    view! {
        <section class="screen rete" aria-labelledby="step-title">
            <h1 id="step-title" node_ref=crate::components::heading::focus_on_arrival()>{t!(i18n, rete.title)}</h1>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Stages />
            <p class="lead">{t!(i18n, rete.intro)}</p>
            <crate::features::guida::GuidePanel step=crate::model::Step::Rete />
            <Show when=move || { total() > 0 } fallback=move || view! {
                <p class="empty">{t!(i18n, rete.empty)}" "<a href=fondamenta>{t!(i18n, rete.to_fondamenta)}</a></p>
            }>
                // Shown while a search is typed even if undo shortens the register.
                <Show when=move || { total() > PAGE || typed.with(|t| !t.is_empty()) }>
                    <div class="form-group rete-search">
                        <label for="partner-search">{t!(i18n, rete.search)}</label>
                        <input id="partner-search" type="search" aria-describedby="partner-search-help"
                            prop:value=typed on:input=move |e| typed.set(event_target_value(&e)) />
                        <p id="partner-search-help" class="form-help">{t!(i18n, rete.search_help)}</p>
                    </div>
                </Show>
                <p class="form-help rete-found" role="status">
                    {move || (!query.with(Query::is_empty)).then(|| match found.get() {
                        0 => t_string!(i18n, rete.none_found).to_string(),
                        n => t_string!(i18n, rete.found, found = n, total = total()).to_string(),
                    })}
                </p>
                <p class="visually-hidden" role="status">{move || moved.said.get()}</p>
                <div class="pipeline">
                    {NetworkStage::ALL.into_iter().map(|stage| view! {
                        <StageList stage register query partners />
                    }).collect_view()}
                </div>
            </Show>
        </section>
    }
}

/// One stage of the pipeline: its partners that match the search, the first
/// `PAGE` of them drawn and more on request.
#[component]
fn StageList(
    stage: NetworkStage,
    register: Signal<Vec<(PlanId, NetworkStage, String)>>,
    query: Memo<Query>,
    partners: Keyed<Stakeholder>,
) -> impl IntoView {
    let i18n = use_i18n();
    let moved = expect_context::<Moved>().ids;
    let limit = RwSignal::new(PAGE);
    let column = Memo::new(move |_| {
        query.with(|q| register.with(|r| moved.with(|m| stage_column(r, stage, q, limit.get(), m))))
    });
    let more = move |_| {
        let before = column.with_untracked(|c| c.shown.clone());
        limit.update(|l| *l += PAGE);
        // The keyboard goes on from the first card just drawn.
        if let Some(first) =
            column.with_untracked(|c| c.shown.iter().find(|id| !before.contains(id)).copied())
        {
            crate::features::matrice::focus_later(format!("stage-select-{first}"));
        }
    };
    let left = move || column.with(|c| c.matching.saturating_sub(c.shown.len()));
    let heading = format!("stage-{}", stage.as_str());
    let labelled_by = heading.clone();
    view! {
        <section class=format!("stage stage-{}", stage.as_str()) aria-labelledby=labelled_by>
            <h2 id=heading>{move || stage_label(i18n, stage)}" "<span class="count">{move || format!("({})", column.with(|c| c.matching))}</span></h2>
            <p class="form-help">{move || stage_help(i18n, stage)}</p>
            <ul class="stage-list">
                <For each=move || column.with(|c| c.shown.clone()) key=|id| *id let(id)>
                    <PartnerCard id partner=partners.row(id) />
                </For>
            </ul>
            <Show when=move || { left() > 0 }>
                <button type="button" class="btn btn-secondary stage-more" on:click=more>
                    {move || t_string!(i18n, rete.show_more, n = left().min(PAGE), stage = stage_label(i18n, stage), left = left()).to_string()}
                </button>
            </Show>
        </section>
    }
}

//! What the act still lacks, as warnings (never a block). Each warning is a
//! button that takes the user to the field that fixes it and focuses it.
use super::parties::{commitment_dom_id, rep_dom_id};
use super::{article_title, field_dom_id, party_name};
use crate::features::contesto::today;
use crate::features::matrice::focus_later;
use crate::i18n::*;
use crate::model::context::PartKind;
use crate::model::formal::{completeness, FormalGap, Place};
use crate::model::{Plan, Step};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

fn part_name(i18n: I18nContext<Locale>, part: PartKind) -> &'static str {
    match part {
        PartKind::Demographics => t_string!(i18n, formalizzazione.part_demographics),
        PartKind::Needs => t_string!(i18n, formalizzazione.part_needs),
        PartKind::Stakeholders => t_string!(i18n, formalizzazione.part_stakeholders),
        PartKind::Sources => t_string!(i18n, formalizzazione.part_sources),
    }
}

/// A warning in words (also the "next steps" of the email summary).
pub fn gap_text(i18n: I18nContext<Locale>, p: &Plan, gap: &FormalGap) -> String {
    let name = |id| party_name(i18n, p, id);
    let alliance = |id| {
        p.alliances
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    match gap {
        FormalGap::NoPromoter => t_string!(i18n, formalizzazione.gap_promoter).to_owned(),
        FormalGap::NoSharedObjective => t_string!(i18n, formalizzazione.gap_objective).to_owned(),
        FormalGap::NoParties => t_string!(i18n, formalizzazione.gap_parties).to_owned(),
        FormalGap::NotJoined(id) => {
            t_string!(i18n, formalizzazione.gap_not_joined, name = name(*id)).to_string()
        }
        FormalGap::NoRepresentative(id) => {
            t_string!(i18n, formalizzazione.gap_representative, name = name(*id)).to_string()
        }
        FormalGap::NoCommitment(id) => {
            t_string!(i18n, formalizzazione.gap_commitment, name = name(*id)).to_string()
        }
        FormalGap::AllianceWithoutLead(id) => {
            t_string!(i18n, formalizzazione.gap_lead, name = alliance(*id)).to_string()
        }
        FormalGap::LeadNotParty {
            alliance: a,
            partner,
        } => t_string!(
            i18n,
            formalizzazione.gap_lead_not_party,
            alliance = alliance(*a),
            name = name(*partner)
        )
        .to_string(),
        FormalGap::NoCabinaDiRegia => t_string!(i18n, formalizzazione.gap_cabina).to_owned(),
        FormalGap::CabinaNotParty(id) => {
            t_string!(i18n, formalizzazione.gap_cabina_not_party, name = name(*id)).to_string()
        }
        FormalGap::Missing(field) => t_string!(
            i18n,
            formalizzazione.gap_missing,
            article = article_title(i18n, *field)
        )
        .to_string(),
        FormalGap::NoFunding => t_string!(i18n, formalizzazione.gap_funding).to_owned(),
        FormalGap::IndicatorWithoutTarget(id) => {
            let indicator = use_app()
                .with_plan(|p| {
                    p.codesign
                        .indicators
                        .iter()
                        .find(|i| i.id == *id)
                        .map(|i| i.name.clone())
                })
                .flatten()
                .unwrap_or_default();
            t_string!(i18n, formalizzazione.gap_indicator_target, name = indicator).to_string()
        }
        FormalGap::ContextStale(part, _) => t_string!(
            i18n,
            formalizzazione.gap_stale,
            part = part_name(i18n, *part)
        )
        .to_string(),
    }
}

/// The element to focus for a gap fixed on another screen.
fn elsewhere(gap: &FormalGap) -> String {
    match gap {
        FormalGap::NoPromoter => "field-promotercomune".into(),
        FormalGap::NoSharedObjective => "field-sharedobjective".into(),
        FormalGap::NotJoined(id) => format!("stage-select-{id}"),
        _ => "contenuto".into(),
    }
}

fn go_to(gap: &FormalGap) {
    let app = use_app();
    let target = match gap.place() {
        Place::Here(field) => field_dom_id(field),
        Place::Representative(id) => rep_dom_id(id),
        Place::Commitment(id) => commitment_dom_id(id),
        Place::Step(step) => {
            app.go_to_step(step);
            // The address change redraws the screen once more when the
            // browser reports it: focus again after that.
            let again = elsewhere(gap);
            set_timeout(
                move || focus_later(again),
                std::time::Duration::from_millis(150),
            );
            elsewhere(gap)
        }
    };
    focus_later(target);
}

#[component]
pub fn Checklist() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let day = today();
    let gaps = Memo::new(move |_| {
        i18n.get_locale();
        app.with_plan(|p| {
            completeness(p, day)
                .into_iter()
                .map(|g| {
                    let text = gap_text(i18n, p, &g);
                    (g, text)
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <section class="formal-checklist" aria-labelledby="formal-checklist-title">
            <h2 id="formal-checklist-title">{t!(i18n, formalizzazione.checklist_title)}</h2>
            <p class="form-help">{t!(i18n, formalizzazione.checklist_help)}</p>
            <p class=move || if gaps.with(Vec::is_empty) { "badge badge-ok" } else { "badge badge-warn" } role="status">
                {move || {
                    let n = gaps.with(Vec::len);
                    if n == 0 {
                        t_string!(i18n, formalizzazione.checklist_done).to_owned()
                    } else {
                        t_string!(i18n, formalizzazione.checklist_count, n = n).to_string()
                    }
                }}
            </p>
            <ul class="formal-gaps" aria-label=move || t_string!(i18n, formalizzazione.checklist_title)>
                {move || gaps.get().into_iter().map(|(gap, text)| {
                    let step = matches!(gap.place(), Place::Step(s) if s != Step::Formalizzazione);
                    view! {
                        <li class:elsewhere=step>
                            <button type="button" class="btn btn-link" on:click=move |_| go_to(&gap)>{text}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

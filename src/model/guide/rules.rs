//! One rule function per step of the process. Each reads only its own
//! section of the plan (and what the step builds on) and says, check by check,
//! whether the work is there.
use super::{Check, CheckKey};
use crate::model::context::{PartKind, Review, SourceKind, TableKind};
use crate::model::formal::{completeness as act_gaps, FormalGap};
use crate::model::matrix::{MatrixAnalysis, NetworkStage};
use crate::model::plan::Plan;
use chrono::NaiveDate;

fn check(key: CheckKey, done: bool) -> Check {
    Check { key, done }
}

fn filled(text: &str) -> bool {
    !text.trim().is_empty()
}

/// Members a network needs at least, besides the Comune that promotes it.
pub const MIN_MEMBERS: usize = 2;

pub fn fondamenta(plan: &Plan) -> Vec<Check> {
    let f = &plan.foundations;
    vec![
        check(CheckKey::PromoterNamed, filled(&f.promoter_comune)),
        check(CheckKey::ObjectiveStated, filled(&f.shared_objective)),
        check(CheckKey::TargetDescribed, filled(&f.target_population)),
        check(
            CheckKey::MembersListed,
            plan.stakeholders.len() >= MIN_MEMBERS,
        ),
        check(CheckKey::IntentToFormalise, f.intent_to_formalise),
    ]
}

pub fn contesto(plan: &Plan, today: NaiveDate) -> Vec<Check> {
    let c = &plan.context;
    let territories: Vec<_> = plan.axes.territories.iter().map(|t| t.id).collect();
    let figures = TableKind::ALL
        .into_iter()
        .any(|t| c.demographics.totals(t, &territories).any);
    let every_theme = !plan.axes.themes.is_empty()
        && plan
            .axes
            .themes
            .iter()
            .all(|t| c.needs.iter().any(|n| n.theme == t.id));
    let supported = !c.needs.is_empty() && c.needs.iter().all(|n| !n.unsupported());
    let profiled = !plan.stakeholders.is_empty()
        && plan.stakeholders.iter().all(|s| filled(&s.profile.mandate));
    let informants = c
        .sources
        .iter()
        .any(|s| s.kind == SourceKind::KeyInformants);
    let signed = PartKind::ALL.into_iter().all(|p| {
        let notes = c.parts.get(p);
        filled(&notes.narrative) && filled(&notes.author)
    });
    let current = PartKind::ALL.into_iter().all(|p| {
        let last = c.parts.get(p).last_reviewed;
        !Review::of(last, c.review_interval_months, today).needs_attention()
    });
    vec![
        check(CheckKey::FiguresEntered, figures),
        check(CheckKey::EveryThemeHasANeed, every_theme),
        check(CheckKey::NeedsSupported, supported),
        check(CheckKey::BodiesProfiled, profiled),
        check(CheckKey::InterventionsListed, !c.interventions.is_empty()),
        check(CheckKey::KeyInformantsHeard, informants),
        check(CheckKey::PartsSigned, signed),
        check(CheckKey::ReviewsUpToDate, current),
    ]
}

pub fn rete(plan: &Plan) -> Vec<Check> {
    let joined = |s: &&crate::model::Stakeholder| {
        matches!(
            s.network.stage,
            NetworkStage::Aderente | NetworkStage::Attivo
        )
    };
    let mut partners = plan.stakeholders.iter();
    let advantages = plan
        .stakeholders
        .iter()
        .any(|s| filled(&s.network.advantages));
    let any_joined = partners.clone().any(|s| joined(&s));
    let commitments = any_joined
        && partners
            .clone()
            .filter(joined)
            .all(|s| filled(&s.network.commitments));
    let active = partners.any(|s| s.network.stage == NetworkStage::Attivo);
    vec![
        check(CheckKey::AdvantagesPutForward, advantages),
        check(CheckKey::PartnersJoined, any_joined),
        check(CheckKey::PartnersActive, active),
        check(CheckKey::CommitmentsRecorded, commitments),
    ]
}

pub fn matrice(plan: &Plan) -> Vec<Check> {
    let placed: Vec<_> = plan
        .alliances
        .iter()
        .filter(|a| !a.cells.is_empty())
        .collect();
    let analysis = MatrixAnalysis::of(plan);
    let g = &plan.governance;
    vec![
        check(
            CheckKey::TerritoriesDefined,
            !plan.axes.territories.is_empty(),
        ),
        check(CheckKey::AlliancePlaced, !placed.is_empty()),
        check(
            CheckKey::AlliancesLed,
            !plan.alliances.is_empty() && plan.alliances.iter().all(|a| a.lead.is_some()),
        ),
        check(
            CheckKey::NoGaps,
            !placed.is_empty() && analysis.gaps.is_empty(),
        ),
        check(
            CheckKey::NoDuplications,
            !placed.is_empty() && analysis.duplications.is_empty(),
        ),
        check(CheckKey::GovernanceSet, !g.cabina_di_regia.is_empty()),
    ]
}

/// The act's own completeness rules (`model::formal`), grouped the way a
/// trainee works through them.
pub fn formalizzazione(plan: &Plan, today: NaiveDate) -> Vec<Check> {
    let gaps = act_gaps(plan, today);
    let none = |f: &dyn Fn(&FormalGap) -> bool| !gaps.iter().any(f);
    vec![
        check(
            CheckKey::ActDrafted,
            none(&|g| {
                matches!(
                    g,
                    FormalGap::Missing(_) | FormalGap::NoPromoter | FormalGap::NoSharedObjective
                )
            }),
        ),
        check(
            CheckKey::PartiesReady,
            none(&|g| {
                matches!(
                    g,
                    FormalGap::NoParties
                        | FormalGap::NotJoined(_)
                        | FormalGap::NoRepresentative(_)
                        | FormalGap::NoCommitment(_)
                )
            }),
        ),
        check(
            CheckKey::AllianceGovernanceInAct,
            none(&|g| {
                matches!(
                    g,
                    FormalGap::AllianceWithoutLead(_)
                        | FormalGap::LeadNotParty { .. }
                        | FormalGap::NoCabinaDiRegia
                        | FormalGap::CabinaNotParty(_)
                )
            }),
        ),
        check(
            CheckKey::ResourcesStated,
            none(&|g| matches!(g, FormalGap::NoFunding)),
        ),
        check(
            CheckKey::ContextCurrent,
            none(&|g| matches!(g, FormalGap::ContextStale(..))),
        ),
    ]
}

pub fn coprogettazione(plan: &Plan) -> Vec<Check> {
    let c = &plan.codesign;
    let held =
        |s: &&crate::model::codesign::Session| s.date.is_some() && !s.participants.is_empty();
    vec![
        check(CheckKey::SessionHeld, c.sessions.iter().any(|s| held(&s))),
        check(
            CheckKey::FinalSummaryWritten,
            c.sessions
                .iter()
                .any(|s| s.final_summary && filled(&s.outcomes)),
        ),
        check(
            CheckKey::DecisionLogged,
            c.decisions
                .iter()
                .any(|d| filled(&d.text) && d.date.is_some()),
        ),
        check(
            CheckKey::IndicatorsMeasured,
            !c.indicators.is_empty()
                && c.indicators
                    .iter()
                    .all(|i| i.target != i.baseline && !i.measurements.is_empty()),
        ),
        check(
            CheckKey::CommitmentsPerAlliance,
            !plan.alliances.is_empty()
                && plan
                    .alliances
                    .iter()
                    .all(|a| c.commitments.iter().any(|k| k.alliance == a.id)),
        ),
        check(CheckKey::FundingRecorded, !c.funding.is_empty()),
    ]
}

//! The guided path: for each step of the process, a checklist computed from the
//! plan (done / missing), the progress per step and overall, and the tasks of
//! the course's exercise. Pure: the texts live in the `guida` locale files,
//! keyed by [`CheckKey::as_str`].
//!
//! Each step has its own rule function in [`rules`]; a step whose section is
//! not built yet has no rules ([`checklist`] returns `None`) and is left out of
//! the progress, so adding its rules later is one function and one match arm.
pub mod example;
mod rules;

use super::plan::Plan;
use super::steps::Step;
use chrono::NaiveDate;

/// One check of a step's checklist. Stable: the key names its texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CheckKey {
    // Fondamenta
    PromoterNamed,
    ObjectiveStated,
    TargetDescribed,
    MembersListed,
    IntentToFormalise,
    // Analisi di contesto
    FiguresEntered,
    EveryThemeHasANeed,
    NeedsSupported,
    BodiesProfiled,
    InterventionsListed,
    KeyInformantsHeard,
    PartsSigned,
    ReviewsUpToDate,
    // Rete e partner
    AdvantagesPutForward,
    PartnersJoined,
    PartnersActive,
    CommitmentsRecorded,
    // Matrice delle alleanze
    TerritoriesDefined,
    AlliancePlaced,
    AlliancesLed,
    NoGaps,
    NoDuplications,
    GovernanceSet,
    // Coprogettazione e gestione
    SessionHeld,
    FinalSummaryWritten,
    DecisionLogged,
    IndicatorsMeasured,
    CommitmentsPerAlliance,
    FundingRecorded,
    // Formalizzazione (from the act's completeness rules)
    ActDrafted,
    PartiesReady,
    AllianceGovernanceInAct,
    ResourcesStated,
    ContextCurrent,
}

impl CheckKey {
    /// The key of its texts in `locales/*/guida.json` (`check_<key>`, `hint_<key>`).
    pub fn as_str(self) -> &'static str {
        match self {
            CheckKey::PromoterNamed => "promoter_named",
            CheckKey::ObjectiveStated => "objective_stated",
            CheckKey::TargetDescribed => "target_described",
            CheckKey::MembersListed => "members_listed",
            CheckKey::IntentToFormalise => "intent_to_formalise",
            CheckKey::FiguresEntered => "figures_entered",
            CheckKey::EveryThemeHasANeed => "every_theme_has_a_need",
            CheckKey::NeedsSupported => "needs_supported",
            CheckKey::BodiesProfiled => "bodies_profiled",
            CheckKey::InterventionsListed => "interventions_listed",
            CheckKey::KeyInformantsHeard => "key_informants_heard",
            CheckKey::PartsSigned => "parts_signed",
            CheckKey::ReviewsUpToDate => "reviews_up_to_date",
            CheckKey::AdvantagesPutForward => "advantages_put_forward",
            CheckKey::PartnersJoined => "partners_joined",
            CheckKey::PartnersActive => "partners_active",
            CheckKey::CommitmentsRecorded => "commitments_recorded",
            CheckKey::TerritoriesDefined => "territories_defined",
            CheckKey::AlliancePlaced => "alliance_placed",
            CheckKey::AlliancesLed => "alliances_led",
            CheckKey::NoGaps => "no_gaps",
            CheckKey::NoDuplications => "no_duplications",
            CheckKey::GovernanceSet => "governance_set",
            CheckKey::SessionHeld => "session_held",
            CheckKey::FinalSummaryWritten => "final_summary_written",
            CheckKey::DecisionLogged => "decision_logged",
            CheckKey::IndicatorsMeasured => "indicators_measured",
            CheckKey::CommitmentsPerAlliance => "commitments_per_alliance",
            CheckKey::FundingRecorded => "funding_recorded",
            CheckKey::ActDrafted => "act_drafted",
            CheckKey::PartiesReady => "parties_ready",
            CheckKey::AllianceGovernanceInAct => "alliance_governance_in_act",
            CheckKey::ResourcesStated => "resources_stated",
            CheckKey::ContextCurrent => "context_current",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Check {
    pub key: CheckKey,
    pub done: bool,
}

/// The checklist of `step` for `plan` on `today`, or `None` when the step's
/// section is not built yet (its rules wait for it).
pub fn checklist(plan: &Plan, step: Step, today: NaiveDate) -> Option<Vec<Check>> {
    match step {
        Step::Fondamenta => Some(rules::fondamenta(plan)),
        Step::Contesto => Some(rules::contesto(plan, today)),
        Step::Rete => Some(rules::rete(plan)),
        Step::Matrice => Some(rules::matrice(plan)),
        Step::Formalizzazione => Some(rules::formalizzazione(plan, today)),
        Step::Coprogettazione => Some(rules::coprogettazione(plan)),
    }
}

/// How many checks of a step (or of the whole path) are done.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn of(checks: &[Check]) -> Progress {
        Progress {
            done: checks.iter().filter(|c| c.done).count(),
            total: checks.len(),
        }
    }

    pub fn complete(self) -> bool {
        self.total > 0 && self.done == self.total
    }

    /// Whole percent, rounded down (integer arithmetic: no float formatting).
    pub fn percent(self) -> usize {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }
}

/// The progress of every step with rules, in the course's order.
pub fn progress(plan: &Plan, today: NaiveDate) -> Vec<(Step, Progress)> {
    Step::ALL
        .into_iter()
        .filter_map(|s| Some((s, Progress::of(&checklist(plan, s, today)?))))
        .collect()
}

/// The progress over every step with rules.
pub fn overall(steps: &[(Step, Progress)]) -> Progress {
    steps
        .iter()
        .fold(Progress::default(), |acc, (_, p)| Progress {
            done: acc.done + p.done,
            total: acc.total + p.total,
        })
}

/// The next thing to do on `step`: its first missing check.
pub fn next_action(checks: &[Check]) -> Option<CheckKey> {
    checks.iter().find(|c| !c.done).map(|c| c.key)
}

/// The exercise of the course: per step, the tasks and whether the plan's real
/// content already does them (never a manual tick).
pub fn exercise(plan: &Plan, today: NaiveDate) -> Vec<(Step, Vec<Check>)> {
    Step::ALL
        .into_iter()
        .filter_map(|s| Some((s, checklist(plan, s, today)?)))
        .collect()
}

#[cfg(test)]
mod tests;

//! The guide's texts, looked up by the model's keys (leptos_i18n needs
//! each key spelled out).
use crate::i18n::*;
use crate::model::guide::CheckKey;
use crate::model::Step;
use leptos_i18n::I18nContext;

pub fn check_label(i18n: I18nContext<Locale>, key: CheckKey) -> &'static str {
    match key {
        CheckKey::PromoterNamed => t_string!(i18n, guida.check_promoter_named),
        CheckKey::ObjectiveStated => t_string!(i18n, guida.check_objective_stated),
        CheckKey::TargetDescribed => t_string!(i18n, guida.check_target_described),
        CheckKey::MembersListed => t_string!(i18n, guida.check_members_listed),
        CheckKey::IntentToFormalise => t_string!(i18n, guida.check_intent_to_formalise),
        CheckKey::FiguresEntered => t_string!(i18n, guida.check_figures_entered),
        CheckKey::EveryThemeHasANeed => t_string!(i18n, guida.check_every_theme_has_a_need),
        CheckKey::NeedsSupported => t_string!(i18n, guida.check_needs_supported),
        CheckKey::BodiesProfiled => t_string!(i18n, guida.check_bodies_profiled),
        CheckKey::InterventionsListed => t_string!(i18n, guida.check_interventions_listed),
        CheckKey::KeyInformantsHeard => t_string!(i18n, guida.check_key_informants_heard),
        CheckKey::PartsSigned => t_string!(i18n, guida.check_parts_signed),
        CheckKey::ReviewsUpToDate => t_string!(i18n, guida.check_reviews_up_to_date),
        CheckKey::AdvantagesPutForward => t_string!(i18n, guida.check_advantages_put_forward),
        CheckKey::PartnersJoined => t_string!(i18n, guida.check_partners_joined),
        CheckKey::PartnersActive => t_string!(i18n, guida.check_partners_active),
        CheckKey::CommitmentsRecorded => t_string!(i18n, guida.check_commitments_recorded),
        CheckKey::TerritoriesDefined => t_string!(i18n, guida.check_territories_defined),
        CheckKey::AlliancePlaced => t_string!(i18n, guida.check_alliance_placed),
        CheckKey::AlliancesLed => t_string!(i18n, guida.check_alliances_led),
        CheckKey::NoGaps => t_string!(i18n, guida.check_no_gaps),
        CheckKey::NoDuplications => t_string!(i18n, guida.check_no_duplications),
        CheckKey::GovernanceSet => t_string!(i18n, guida.check_governance_set),
        CheckKey::SessionHeld => t_string!(i18n, guida.check_session_held),
        CheckKey::FinalSummaryWritten => t_string!(i18n, guida.check_final_summary_written),
        CheckKey::DecisionLogged => t_string!(i18n, guida.check_decision_logged),
        CheckKey::IndicatorsMeasured => t_string!(i18n, guida.check_indicators_measured),
        CheckKey::CommitmentsPerAlliance => t_string!(i18n, guida.check_commitments_per_alliance),
        CheckKey::FundingRecorded => t_string!(i18n, guida.check_funding_recorded),
        CheckKey::ActDrafted => t_string!(i18n, guida.check_act_drafted),
        CheckKey::PartiesReady => t_string!(i18n, guida.check_parties_ready),
        CheckKey::AllianceGovernanceInAct => {
            t_string!(i18n, guida.check_alliance_governance_in_act)
        }
        CheckKey::ResourcesStated => t_string!(i18n, guida.check_resources_stated),
        CheckKey::ContextCurrent => t_string!(i18n, guida.check_context_current),
    }
}

pub fn check_hint(i18n: I18nContext<Locale>, key: CheckKey) -> &'static str {
    match key {
        CheckKey::PromoterNamed => t_string!(i18n, guida.hint_promoter_named),
        CheckKey::ObjectiveStated => t_string!(i18n, guida.hint_objective_stated),
        CheckKey::TargetDescribed => t_string!(i18n, guida.hint_target_described),
        CheckKey::MembersListed => t_string!(i18n, guida.hint_members_listed),
        CheckKey::IntentToFormalise => t_string!(i18n, guida.hint_intent_to_formalise),
        CheckKey::FiguresEntered => t_string!(i18n, guida.hint_figures_entered),
        CheckKey::EveryThemeHasANeed => t_string!(i18n, guida.hint_every_theme_has_a_need),
        CheckKey::NeedsSupported => t_string!(i18n, guida.hint_needs_supported),
        CheckKey::BodiesProfiled => t_string!(i18n, guida.hint_bodies_profiled),
        CheckKey::InterventionsListed => t_string!(i18n, guida.hint_interventions_listed),
        CheckKey::KeyInformantsHeard => t_string!(i18n, guida.hint_key_informants_heard),
        CheckKey::PartsSigned => t_string!(i18n, guida.hint_parts_signed),
        CheckKey::ReviewsUpToDate => t_string!(i18n, guida.hint_reviews_up_to_date),
        CheckKey::AdvantagesPutForward => t_string!(i18n, guida.hint_advantages_put_forward),
        CheckKey::PartnersJoined => t_string!(i18n, guida.hint_partners_joined),
        CheckKey::PartnersActive => t_string!(i18n, guida.hint_partners_active),
        CheckKey::CommitmentsRecorded => t_string!(i18n, guida.hint_commitments_recorded),
        CheckKey::TerritoriesDefined => t_string!(i18n, guida.hint_territories_defined),
        CheckKey::AlliancePlaced => t_string!(i18n, guida.hint_alliance_placed),
        CheckKey::AlliancesLed => t_string!(i18n, guida.hint_alliances_led),
        CheckKey::NoGaps => t_string!(i18n, guida.hint_no_gaps),
        CheckKey::NoDuplications => t_string!(i18n, guida.hint_no_duplications),
        CheckKey::GovernanceSet => t_string!(i18n, guida.hint_governance_set),
        CheckKey::SessionHeld => t_string!(i18n, guida.hint_session_held),
        CheckKey::FinalSummaryWritten => t_string!(i18n, guida.hint_final_summary_written),
        CheckKey::DecisionLogged => t_string!(i18n, guida.hint_decision_logged),
        CheckKey::IndicatorsMeasured => t_string!(i18n, guida.hint_indicators_measured),
        CheckKey::CommitmentsPerAlliance => t_string!(i18n, guida.hint_commitments_per_alliance),
        CheckKey::FundingRecorded => t_string!(i18n, guida.hint_funding_recorded),
        CheckKey::ActDrafted => t_string!(i18n, guida.hint_act_drafted),
        CheckKey::PartiesReady => t_string!(i18n, guida.hint_parties_ready),
        CheckKey::AllianceGovernanceInAct => t_string!(i18n, guida.hint_alliance_governance_in_act),
        CheckKey::ResourcesStated => t_string!(i18n, guida.hint_resources_stated),
        CheckKey::ContextCurrent => t_string!(i18n, guida.hint_context_current),
    }
}

pub fn purpose(i18n: I18nContext<Locale>, step: Step) -> &'static str {
    match step {
        Step::Fondamenta => t_string!(i18n, guida.purpose_fondamenta),
        Step::Contesto => t_string!(i18n, guida.purpose_contesto),
        Step::Rete => t_string!(i18n, guida.purpose_rete),
        Step::Matrice => t_string!(i18n, guida.purpose_matrice),
        Step::Coprogettazione => t_string!(i18n, guida.purpose_coprogettazione),
        Step::Formalizzazione => t_string!(i18n, guida.purpose_formalizzazione),
    }
}

pub fn questions(i18n: I18nContext<Locale>, step: Step) -> &'static str {
    match step {
        Step::Fondamenta => t_string!(i18n, guida.questions_fondamenta),
        Step::Contesto => t_string!(i18n, guida.questions_contesto),
        Step::Rete => t_string!(i18n, guida.questions_rete),
        Step::Matrice => t_string!(i18n, guida.questions_matrice),
        Step::Coprogettazione => t_string!(i18n, guida.questions_coprogettazione),
        Step::Formalizzazione => t_string!(i18n, guida.questions_formalizzazione),
    }
}

//! What the act still lacks, or where the plan contradicts itself: warnings,
//! never a block (a trainee may export a draft). Each rule is one function in
//! [`RULES`]; a new rule (e.g. for the co-design section) is one more function.
use super::FormalField;
use crate::model::context::{PartKind, Review};
use crate::model::ids::PlanId;
use crate::model::matrix::NetworkStage;
use crate::model::plan::{Plan, Stakeholder};
use crate::model::steps::Step;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// One thing to fix before the act can be signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormalGap {
    NoPromoter,
    NoSharedObjective,
    /// No body has joined the network yet.
    NoParties,
    /// A body still being contacted: it is not a party of the act.
    NotJoined(PlanId),
    NoRepresentative(PlanId),
    NoCommitment(PlanId),
    AllianceWithoutLead(PlanId),
    /// The lead of an alliance is not a party of the act.
    LeadNotParty {
        alliance: PlanId,
        partner: PlanId,
    },
    NoCabinaDiRegia,
    /// A member of the cabina di regia is not a party of the act.
    CabinaNotParty(PlanId),
    /// An article with no words of its own.
    Missing(FormalField),
    /// No funding source anywhere in the plan, and no words on resources.
    NoFunding,
    /// An indicator whose target equals its baseline: nothing to monitor.
    IndicatorWithoutTarget(PlanId),
    /// A part of the context analysis the premesse rest on needs review.
    ContextStale(PartKind, Review),
}

/// Where the user fixes a gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// An article on the formalisation screen.
    Here(FormalField),
    /// A party's signing role on the formalisation screen.
    Representative(PlanId),
    /// A party's commitments on the formalisation screen.
    Commitment(PlanId),
    /// Another step of the process.
    Step(Step),
}

impl FormalGap {
    pub fn place(&self) -> Place {
        match self {
            FormalGap::NoPromoter | FormalGap::NoSharedObjective => Place::Step(Step::Fondamenta),
            FormalGap::NoParties | FormalGap::NotJoined(_) => Place::Step(Step::Rete),
            FormalGap::NoRepresentative(id) => Place::Representative(*id),
            FormalGap::NoCommitment(id) => Place::Commitment(*id),
            FormalGap::AllianceWithoutLead(_)
            | FormalGap::LeadNotParty { .. }
            | FormalGap::NoCabinaDiRegia
            | FormalGap::CabinaNotParty(_) => Place::Step(Step::Matrice),
            FormalGap::Missing(field) => Place::Here(*field),
            FormalGap::NoFunding => Place::Here(FormalField::Resources),
            FormalGap::ContextStale(..) => Place::Step(Step::Contesto),
            FormalGap::IndicatorWithoutTarget(_) => Place::Step(Step::Coprogettazione),
        }
    }
}

/// The parties of the act: the bodies that joined the network.
pub fn parties(plan: &Plan) -> impl Iterator<Item = &Stakeholder> {
    plan.stakeholders.iter().filter(|s| is_party(s))
}

fn is_party(s: &Stakeholder) -> bool {
    matches!(
        s.network.stage,
        NetworkStage::Aderente | NetworkStage::Attivo
    )
}

/// A set: the rules below look up every alliance's lead in it (300 × 600
/// comparisons with a list, on every recomputation of the guide).
fn party_ids(plan: &Plan) -> BTreeSet<PlanId> {
    parties(plan).map(|s| s.id).collect()
}

/// A rule: adds its gaps for `plan` on `today`.
pub type Rule = fn(&Plan, NaiveDate, &mut Vec<FormalGap>);

/// Every rule, in the order of the act.
pub const RULES: &[Rule] = &[
    foundations,
    parties_joined,
    party_details,
    alliances_led_by_parties,
    cabina_di_regia,
    articles,
    funding,
    indicators_with_targets,
    context_reviewed,
];

/// Every gap of the act on `today`, in the order of the act.
pub fn completeness(plan: &Plan, today: NaiveDate) -> Vec<FormalGap> {
    let mut gaps = Vec::new();
    for rule in RULES {
        rule(plan, today, &mut gaps);
    }
    gaps
}

fn foundations(plan: &Plan, _: NaiveDate, gaps: &mut Vec<FormalGap>) {
    let f = &plan.foundations;
    if f.promoter_comune.trim().is_empty() {
        gaps.push(FormalGap::NoPromoter);
    }
    if f.shared_objective.trim().is_empty() {
        gaps.push(FormalGap::NoSharedObjective);
    }
}

fn parties_joined(plan: &Plan, _: NaiveDate, gaps: &mut Vec<FormalGap>) {
    if parties(plan).next().is_none() {
        gaps.push(FormalGap::NoParties);
    }
    for s in &plan.stakeholders {
        if s.network.stage == NetworkStage::Contattato {
            gaps.push(FormalGap::NotJoined(s.id));
        }
    }
}

fn party_details(plan: &Plan, _: NaiveDate, gaps: &mut Vec<FormalGap>) {
    for s in parties(plan) {
        let signs = plan
            .formalisation
            .representative(s.id)
            .is_some_and(|r| !r.role.trim().is_empty());
        if !signs {
            gaps.push(FormalGap::NoRepresentative(s.id));
        }
        // A commitment in words on the network record, or one recorded per
        // alliance in Coprogettazione e gestione.
        let committed = !s.network.commitments.trim().is_empty()
            || plan.codesign.commitments.iter().any(|c| c.partner == s.id);
        if !committed {
            gaps.push(FormalGap::NoCommitment(s.id));
        }
    }
}

fn alliances_led_by_parties(plan: &Plan, _: NaiveDate, gaps: &mut Vec<FormalGap>) {
    let parties = party_ids(plan);
    for a in &plan.alliances {
        match a.lead {
            None => gaps.push(FormalGap::AllianceWithoutLead(a.id)),
            Some(lead) if !parties.contains(&lead) => gaps.push(FormalGap::LeadNotParty {
                alliance: a.id,
                partner: lead,
            }),
            Some(_) => {}
        }
    }
}

fn cabina_di_regia(plan: &Plan, _: NaiveDate, gaps: &mut Vec<FormalGap>) {
    let cabina = &plan.governance.cabina_di_regia;
    if cabina.is_empty() {
        gaps.push(FormalGap::NoCabinaDiRegia);
    }
    let parties = party_ids(plan);
    for id in cabina {
        if !parties.contains(id) {
            gaps.push(FormalGap::CabinaNotParty(*id));
        }
    }
}

fn articles(plan: &Plan, _: NaiveDate, gaps: &mut Vec<FormalGap>) {
    let f = &plan.formalisation;
    for field in [
        FormalField::Premesse,
        FormalField::Duration,
        FormalField::Withdrawal,
        FormalField::Accession,
        FormalField::Monitoring,
        FormalField::DataProtection,
    ] {
        if f.text(field).trim().is_empty() {
            gaps.push(FormalGap::Missing(field));
        }
    }
}

fn funding(plan: &Plan, _: NaiveDate, gaps: &mut Vec<FormalGap>) {
    let named = plan.alliances.iter().any(|a| !a.funding.is_empty())
        || plan
            .context
            .interventions
            .iter()
            .any(|i| i.funding.is_some())
        || !plan.codesign.funding.is_empty()
        || !plan.formalisation.resources.trim().is_empty();
    if !named {
        gaps.push(FormalGap::NoFunding);
    }
}

fn context_reviewed(plan: &Plan, today: NaiveDate, gaps: &mut Vec<FormalGap>) {
    let c = &plan.context;
    for part in PartKind::ALL {
        let review = Review::of(
            c.parts.get(part).last_reviewed,
            c.review_interval_months,
            today,
        );
        if review.needs_attention() {
            gaps.push(FormalGap::ContextStale(part, review));
        }
    }
}

fn indicators_with_targets(plan: &Plan, _: NaiveDate, gaps: &mut Vec<FormalGap>) {
    for i in &plan.codesign.indicators {
        if i.target == i.baseline {
            gaps.push(FormalGap::IndicatorWithoutTarget(i.id));
        }
    }
}

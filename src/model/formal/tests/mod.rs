use super::*;
use crate::model::context::{Intervention, Need, PartKind, Review, Source};
use crate::model::matrix::{Alliance, FundingSource, NetworkStage};
use crate::model::{apply, sequential_ids, validate, Edit, Plan, Stakeholder, StakeholderKind};
use chrono::{DateTime, NaiveDate, Utc};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn t0() -> DateTime<Utc> {
    DateTime::<Utc>::default()
}

fn plan() -> Plan {
    let mut ids = sequential_ids(40);
    Plan::new(ids(), "Piano", t0(), &mut ids)
}

fn joined(id: PlanId, name: &str) -> Stakeholder {
    let mut s = Stakeholder::new(id, name, StakeholderKind::ThirdSector);
    s.network.stage = NetworkStage::Aderente;
    s
}

/// A plan whose act has everything the rules ask for.
fn complete() -> (Plan, PlanId, PlanId) {
    let mut ids = sequential_ids(80);
    let mut p = plan();
    let (a, b) = (ids(), ids());
    p.foundations.promoter_comune = "Comune di Esempio".into();
    p.foundations.shared_objective = "Presa in carico integrata".into();
    for (id, name) in [(a, "Comune"), (b, "Coop")] {
        let mut s = joined(id, name);
        s.network.commitments = "Uno sportello".into();
        p.stakeholders.push(s);
        p.formalisation.representatives.push(Representative {
            partner: id,
            role: "Legale rappresentante".into(),
            office: String::new(),
        });
    }
    p.formalisation.representatives.sort_by_key(|r| r.partner);
    let mut alliance = Alliance::new(ids(), "Lavoro");
    alliance.lead = Some(a);
    alliance.funding = vec![FundingSource::Fami];
    p.alliances.push(alliance);
    p.governance.cabina_di_regia = vec![a];
    for field in [
        FormalField::Premesse,
        FormalField::Duration,
        FormalField::Withdrawal,
        FormalField::Accession,
        FormalField::Monitoring,
    ] {
        *p.formalisation.text_mut_for_tests(field) = "testo".into();
    }
    for part in PartKind::ALL {
        p.context.parts.get_mut(part).last_reviewed = Some(day(2026, 11, 1));
    }
    assert!(validate(&p).is_empty(), "{:?}", validate(&p));
    (p, a, b)
}

impl Formalisation {
    fn text_mut_for_tests(&mut self, field: FormalField) -> &mut String {
        match field {
            FormalField::Premesse => &mut self.premesse,
            FormalField::Duration => &mut self.duration,
            FormalField::Withdrawal => &mut self.withdrawal,
            FormalField::Accession => &mut self.accession,
            FormalField::Monitoring => &mut self.monitoring,
            _ => unreachable!(),
        }
    }
}

const TODAY: (i32, u32, u32) = (2026, 11, 28);

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

#[test]
fn a_complete_act_has_no_warning_and_a_blank_plan_lists_what_is_missing() {
    let (p, ..) = complete();
    assert_eq!(completeness(&p, today()), []);
    let gaps = completeness(&plan(), today());
    for g in [
        FormalGap::NoPromoter,
        FormalGap::NoSharedObjective,
        FormalGap::NoParties,
        FormalGap::NoCabinaDiRegia,
        FormalGap::Missing(FormalField::Premesse),
        FormalGap::Missing(FormalField::Duration),
        FormalGap::NoFunding,
        FormalGap::ContextStale(PartKind::Demographics, Review::Never),
    ] {
        assert!(gaps.contains(&g), "{g:?} missing from {gaps:?}");
    }
    // The data-protection article starts from its default text.
    assert!(!gaps.contains(&FormalGap::Missing(FormalField::DataProtection)));
}

#[test]
fn a_party_with_no_commitment_or_signing_role_is_a_warning_that_goes_when_fixed() {
    let (mut p, a, b) = complete();
    p.stakeholders[1].network.commitments = "  ".into();
    p.formalisation.representatives.retain(|r| r.partner != a);
    let gaps = completeness(&p, today());
    assert_eq!(
        gaps,
        [FormalGap::NoRepresentative(a), FormalGap::NoCommitment(b)]
    );
    assert_eq!(gaps[0].place(), Place::Representative(a));
    assert_eq!(gaps[1].place(), Place::Commitment(b));
    apply(
        &mut p,
        Edit::Formal(FormalEdit::SetRepresentative {
            partner: a,
            field: RepField::Role,
            value: "Sindaco".into(),
        }),
        t0(),
    )
    .unwrap();
    assert_eq!(completeness(&p, today()), [FormalGap::NoCommitment(b)]);
}

#[test]
fn an_alliance_with_no_lead_or_led_by_a_non_party_is_flagged_on_the_matrix() {
    let (mut p, a, _) = complete();
    let alliance = p.alliances[0].id;
    p.alliances[0].lead = None;
    assert_eq!(
        completeness(&p, today()),
        [FormalGap::AllianceWithoutLead(alliance)]
    );
    p.alliances[0].lead = Some(a);
    p.stakeholders[0].network.stage = NetworkStage::NonInteressato;
    let gaps = completeness(&p, today());
    assert!(gaps.contains(&FormalGap::LeadNotParty {
        alliance,
        partner: a
    }));
    assert!(gaps.contains(&FormalGap::CabinaNotParty(a)));
    assert!(gaps
        .iter()
        .all(|g| g.place() == Place::Step(crate::model::Step::Matrice)));
}

#[test]
fn a_body_still_contacted_is_not_a_party_and_is_pointed_to_the_network() {
    let (mut p, ..) = complete();
    let s = Stakeholder::new(sequential_ids(200)(), "Questura", StakeholderKind::Questura);
    let id = s.id;
    p.stakeholders.push(s);
    assert_eq!(completeness(&p, today()), [FormalGap::NotJoined(id)]);
    assert_eq!(parties(&p).count(), 2);
}

#[test]
fn a_stale_context_analysis_is_a_warning_for_the_premesse() {
    let (p, ..) = complete();
    let later = day(2027, 6, 1);
    let gaps = completeness(&p, later);
    assert_eq!(gaps.len(), 4);
    assert!(matches!(
        gaps[0],
        FormalGap::ContextStale(PartKind::Demographics, Review::Overdue { .. })
    ));
}

#[test]
fn funding_from_an_intervention_or_words_on_resources_is_enough() {
    let (mut p, ..) = complete();
    p.alliances[0].funding.clear();
    assert_eq!(completeness(&p, today()), [FormalGap::NoFunding]);
    p.formalisation.resources = "Risorse proprie".into();
    assert_eq!(completeness(&p, today()), []);
    p.formalisation.resources.clear();
    let mut i = Intervention::new(sequential_ids(210)());
    i.funding = Some(crate::model::context::Funding::FsePlus);
    p.context.interventions.push(i);
    assert_eq!(completeness(&p, today()), []);
}

#[test]
fn the_premesse_draft_draws_on_the_foundations_and_the_context_analysis() {
    let mut ids = sequential_ids(120);
    let (mut p, a, _) = complete();
    let theme = p.axes.themes[2].id;
    let mut need = Need::new(ids(), theme);
    need.priority = 5;
    need.description = "Tirocini\nper giovani".into();
    p.context.needs.push(need);
    let mut low = Need::new(ids(), p.axes.themes[0].id);
    low.priority = 2;
    p.context.needs.push(low);
    let mut i = Intervention::new(ids());
    i.title = "Sportello <b>lavoro</b>".into();
    i.promoter = Some(a);
    i.funding = Some(crate::model::context::Funding::Fami);
    p.context.interventions.push(i);
    let mut s = Source::new(ids());
    s.description = "Anagrafe".into();
    s.provided_by = "Servizi demografici".into();
    s.collected_on = Some(day(2026, 3, 9));
    p.context.sources.push(s);
    p.context.demographics.nationality.head.stated_total = Some(1234);
    p.context.demographics.nationality.head.reference_date = Some(day(2026, 1, 1));

    let text = premesse_draft(&p);
    assert!(text.starts_with("PREMESSO CHE\n"));
    assert!(text.contains("Comune di Esempio promuove un'alleanza di scopo"));
    assert!(text.contains("obiettivo condiviso di: Presa in carico integrata;"));
    assert!(text.contains("art. 15 della legge 7 agosto 1990, n. 241"));
    // A third-sector party brings in art. 55 of the Codice del Terzo settore.
    assert!(text.contains("art. 55 del D.Lgs. 3 luglio 2017, n. 117"));
    assert!(text.contains("sono 1234 (dati al 01/01/2026)"));
    // Needs by priority, highest first, each on one line.
    let hi = text.find("Inclusione lavorativa (priorità 5/5): Tirocini per giovani;");
    let lo = text.find("(priorità 2/5);");
    assert!(hi.is_some() && lo.is_some() && hi < lo, "{text}");
    assert!(text.contains("  • Sportello <b>lavoro</b> (Comune, FAMI);"));
    assert!(text.contains("  • Anagrafe, Servizi demografici, 09/03/2026;"));
    assert!(text
        .trim_end()
        .ends_with("le Parti convengono quanto segue."));

    // Without third-sector bodies and without analysis, the draft is short but sound.
    let bare = premesse_draft(&plan());
    assert!(bare.contains("il Comune promuove un'alleanza di scopo"));
    assert!(!bare.contains("art. 55"));
    assert!(!bare.contains("bisogni"));
}

#[test]
fn an_indicator_without_a_real_target_is_a_gap_and_codesign_commitments_count_for_a_party() {
    use crate::model::codesign::{Amount, Indicator};
    let (mut p, a, _) = complete();
    assert!(completeness(&p, today()).is_empty());
    let id = PlanId::from_random_bytes([77; 16]);
    p.codesign.indicators.push(Indicator {
        id,
        alliance: None,
        name: "Prese in carico".into(),
        unit: "persone".into(),
        baseline: Amount(10_00),
        baseline_date: day(2026, 1, 1),
        target: Amount(10_00),
        target_date: None,
        frequency_months: 6,
        source: String::new(),
        responsible: None,
        measurements: Vec::new(),
    });
    assert_eq!(
        completeness(&p, today()),
        [FormalGap::IndicatorWithoutTarget(id)]
    );
    p.codesign.indicators[0].target = Amount(40_00);
    assert!(completeness(&p, today()).is_empty());
    // The words on the network record go; a commitment per alliance is enough.
    p.stakeholders[0].network.commitments.clear();
    assert_eq!(completeness(&p, today()), [FormalGap::NoCommitment(a)]);
    let commitment = serde_json::from_value(serde_json::json!({
        "id": PlanId::from_random_bytes([78; 16]),
        "alliance": p.alliances[0].id,
        "partner": a,
        "what": "Sportello unico",
    }))
    .unwrap();
    p.codesign.commitments.push(commitment);
    assert!(completeness(&p, today()).is_empty());
}

mod edits;

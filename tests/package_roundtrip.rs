#![cfg(not(target_arch = "wasm32"))]
//! Export → import gives back an equal plan, for generated plans with every
//! kind of text (accents, right-to-left, emoji, markup, control characters).
use alleanze::model::matrix::{Alliance, AllianceMember, Cell, NetworkStage, PartnerNetwork};
use alleanze::model::{
    context::{Funding, InterventionStatus},
    AxisItem, Intervention, Need, Plan, PlanId, Stakeholder, StakeholderKind, StakeholderProfile,
};
use alleanze::persistence::format::{decode, encode_package, encode_stored};
use alleanze::persistence::import::read_package;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

fn id() -> impl Strategy<Value = PlanId> {
    any::<[u8; 16]>().prop_map(PlanId::from_random_bytes)
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        Just("<script>alert(1)</script>".to_owned()),
        Just("مرحبا بالعالم".to_owned()),
        Just("🇮🇹 Città «metropolitana» — l'\"ambito\"\n\tnuovo".to_owned()),
        Just("\u{0}\u{1f}\u{202e}".to_owned()),
    ]
}

fn time() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..4_102_444_800_000).prop_map(|ms| Utc.timestamp_millis_opt(ms).unwrap())
}

fn kind() -> impl Strategy<Value = StakeholderKind> {
    (0..StakeholderKind::ALL.len()).prop_map(|i| StakeholderKind::ALL[i])
}

prop_compose! {
    fn plan()(
        id in id(), title in "[^\\s].{0,30}", created in time(), updated in time(),
        comune in text(), objective in text(), target in text(), description in text(),
        intent in any::<bool>(),
        people in prop::collection::vec((text(), kind()), 0..6),
        territories in prop::collection::vec(text(), 0..5),
        themes in prop::collection::vec(text(), 0..6),
        priorities in prop::collection::vec(1u8..=5, 0..4),
        seed in any::<u8>(),
        mandate in text(), evidence in text(), funding in 0..Funding::ALL.len(),
        start_day in 0u32..40_000, status in 0..InterventionStatus::ALL.len(),
        stage in 0..NetworkStage::ALL.len(), changed in time(), alliance in text(),
    ) -> Plan {
        let mut next = alleanze::model::sequential_ids(seed);
        let mut p = Plan::new(id, &title, created, &mut next);
        p.updated_at = updated;
        p.foundations.promoter_comune = comune;
        let objective_copy = objective.clone();
        p.foundations.shared_objective = objective;
        p.foundations.target_population = target;
        p.foundations.description = description;
        p.foundations.intent_to_formalise = intent;
        p.stakeholders = people.into_iter().map(|(name, kind)| Stakeholder {
                id: next(),
                name,
                kind,
                profile: StakeholderProfile { mandate: mandate.clone(), ..Default::default() },
                network: PartnerNetwork::default().moved_to(NetworkStage::ALL[stage], changed),
            })
            .collect();
        p.axes.territories = territories.into_iter().map(|name| AxisItem { id: next(), name }).collect();
        p.axes.themes.extend(themes.into_iter().map(|name| AxisItem { id: next(), name }));
        let theme_ids: Vec<PlanId> = p.axes.themes.iter().map(|t| t.id).collect();
        p.context.needs = priorities
            .into_iter()
            .zip(theme_ids.iter().cycle())
            .map(|(priority, theme)| Need {
                id: next(),
                theme: *theme,
                priority,
                description: String::new(),
                evidence: evidence.clone(),
                sources: vec![],
            })
            .collect();
        p.context.interventions = vec![Intervention {
            id: next(),
            title: "Sportello".into(),
            promoter: p.stakeholders.first().map(|s| s.id),
            territories: p.axes.territories.iter().map(|t| t.id).collect(),
            themes: theme_ids.into_iter().take(1).collect(),
            funding: Some(Funding::ALL[funding]),
            start: NaiveDate::from_num_days_from_ce_opt(700_000 + start_day as i32),
            end: None,
            status: InterventionStatus::ALL[status],
            referent: "Ufficio servizi sociali".into(),
        }];
        let mut a = Alliance::new(next(), &alliance);
        a.objective = objective_copy;
        a.lead = p.stakeholders.first().map(|s| s.id);
        a.members = p.stakeholders.iter().skip(1).map(|s| AllianceMember { partner: s.id, role: "capofila".into() }).collect();
        a.cells = p.axes.territories.iter().map(|t| Cell { territory: t.id, theme: p.axes.themes[0].id }).collect();
        p.alliances = vec![a];
        // The act's own words and a signing role for the first body.
        p.formalisation.premesse = p.foundations.target_population.clone();
        p.formalisation.signing_place = p.foundations.description.clone();
        p.formalisation.act_kind = alleanze::model::formal::ActKind::ALL[stage % 2];
        p.formalisation.representatives = p.stakeholders.first().map(|s| alleanze::model::formal::Representative {
            partner: s.id,
            role: p.foundations.promoter_comune.clone(),
            office: "Sede legale".into(),
        }).into_iter().collect();
        p
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn an_exported_plan_imports_equal(p in plan(), at in time()) {
        let file = encode_package(&p, at);
        prop_assert_eq!(read_package(file.as_bytes()).unwrap(), p.clone());
        // Exporting twice gives the same bytes.
        prop_assert_eq!(encode_package(&p, at), file);
    }

    #[test]
    fn a_stored_plan_reads_back_equal(p in plan(), rev in 0u64..1_000_000, at in time()) {
        let loaded = decode(&encode_stored(&p, rev, at)).unwrap();
        prop_assert_eq!(loaded.plan, p);
        prop_assert_eq!(loaded.revision, rev);
    }
}

use super::*;
use crate::model::axes::AxesEdit;
use crate::model::context::{ContextEdit, Register};
use crate::model::matrix::{Alliance, AllianceMember, MatrixEdit};
use crate::model::{
    apply, sequential_ids, validate, AxisItem, Edit, EditError, Intervention, Plan, Stakeholder,
    StakeholderKind,
};
use chrono::{DateTime, Utc};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn now() -> DateTime<Utc> {
    DateTime::<Utc>::default()
}

struct Fx {
    plan: Plan,
    comune: PlanId,
    coop: PlanId,
    alliance: PlanId,
    territory: PlanId,
    theme: PlanId,
    intervention: PlanId,
    ids: Box<dyn FnMut() -> PlanId>,
}

fn fx() -> Fx {
    let mut ids = sequential_ids(77);
    let mut p = Plan::new(ids(), "Piano", now(), &mut ids);
    let (comune, coop, alliance, territory, intervention) = (ids(), ids(), ids(), ids(), ids());
    let theme = p.axes.themes[0].id;
    p.stakeholders
        .push(Stakeholder::new(comune, "Comune", StakeholderKind::Comune));
    p.stakeholders
        .push(Stakeholder::new(coop, "Coop", StakeholderKind::ThirdSector));
    p.axes.territories.push(AxisItem {
        id: territory,
        name: "Nord".into(),
    });
    p.context.interventions.push(Intervention {
        themes: vec![theme],
        ..Intervention::new(intervention)
    });
    let mut a = Alliance::new(alliance, "Salute");
    a.lead = Some(comune);
    a.members = vec![AllianceMember {
        partner: coop,
        role: String::new(),
    }];
    a.cells = vec![Cell { territory, theme }];
    p.alliances.push(a);
    Fx {
        plan: p,
        comune,
        coop,
        alliance,
        territory,
        theme,
        intervention,
        ids: Box::new(ids),
    }
}

fn ins(item: Item) -> Edit {
    Edit::CoDesign(CoDesignEdit::Insert { index: 0, item })
}

fn indicator(id: PlanId) -> Indicator {
    Indicator {
        id,
        alliance: None,
        name: "Persone prese in carico".into(),
        unit: "persone".into(),
        baseline: Amount::from_units(10),
        baseline_date: day(2026, 1, 1),
        target: Amount::from_units(110),
        target_date: Some(day(2027, 1, 1)),
        frequency_months: 3,
        source: String::new(),
        responsible: None,
        measurements: Vec::new(),
    }
}

fn measured(mut i: Indicator, date: NaiveDate, units: i64) -> Indicator {
    i.measurements.push(Measurement {
        date,
        value: Amount::from_units(units),
    });
    i
}

#[test]
fn an_indicator_without_measurements_has_no_data() {
    let i = indicator(sequential_ids(1)());
    assert_eq!(i.status(day(2026, 6, 1)), IndicatorStatus::NoData);
}

#[test]
fn the_indicator_status_follows_progress_against_time() {
    let i = indicator(sequential_ids(1)());
    // Half the year gone (~496‰): 60 of 100 is ahead, 40 a bit behind,
    // 20 far behind, below the baseline is going the wrong way.
    let mid = day(2026, 7, 1);
    assert_eq!(
        measured(i.clone(), mid, 70).status(mid),
        IndicatorStatus::OnTrack
    );
    assert_eq!(
        measured(i.clone(), mid, 50).status(mid),
        IndicatorStatus::AtRisk
    );
    assert_eq!(
        measured(i.clone(), mid, 20).status(mid),
        IndicatorStatus::Late
    );
    assert_eq!(
        measured(i.clone(), mid, 5).status(mid),
        IndicatorStatus::Late
    );
    // The target reached is on track whenever; the target date passed
    // without reaching it is late.
    assert_eq!(
        measured(i.clone(), mid, 110).status(mid),
        IndicatorStatus::OnTrack
    );
    let after = day(2027, 2, 1);
    assert_eq!(
        measured(i.clone(), mid, 70).status(after),
        IndicatorStatus::Late
    );
    // The newest measurement counts, whatever the order of entry.
    let two = measured(measured(i, day(2026, 10, 1), 20), mid, 70);
    assert_eq!(two.status(day(2026, 10, 1)), IndicatorStatus::Late);
}

#[test]
fn a_decreasing_target_is_measured_the_same_way() {
    let mut i = indicator(sequential_ids(1)());
    i.baseline = Amount::from_units(100);
    i.target = Amount::from_units(0);
    let mid = day(2026, 7, 1);
    assert_eq!(
        measured(i.clone(), mid, 40).status(mid),
        IndicatorStatus::OnTrack
    );
    assert_eq!(measured(i, mid, 120).status(mid), IndicatorStatus::Late);
}

#[test]
fn the_worst_status_summarises_an_alliance_and_no_data_only_counts_alone() {
    use IndicatorStatus::*;
    assert_eq!(IndicatorStatus::worst([OnTrack, NoData, AtRisk]), AtRisk);
    assert_eq!(IndicatorStatus::worst([Late, OnTrack]), Late);
    assert_eq!(IndicatorStatus::worst([NoData]), NoData);
    assert_eq!(IndicatorStatus::worst([]), NoData);
}

#[test]
fn a_target_equal_to_the_baseline_is_refused() {
    let mut f = fx();
    let mut i = indicator((f.ids)());
    i.target = i.baseline;
    let before = f.plan.clone();
    let err = apply(&mut f.plan, ins(Item::Indicator(i)), now()).unwrap_err();
    assert_eq!(err, EditError::Rule(Rule::TargetEqualsBaseline));
    assert_eq!(f.plan, before);
}

#[test]
fn a_measurement_before_the_baseline_is_refused_and_nothing_changes() {
    let mut f = fx();
    let i = indicator((f.ids)());
    apply(&mut f.plan, ins(Item::Indicator(i.clone())), now()).unwrap();
    let before = f.plan.clone();
    let early = measured(i, day(2025, 12, 31), 20);
    let err = apply(
        &mut f.plan,
        Edit::CoDesign(CoDesignEdit::Replace(Item::Indicator(early))),
        now(),
    )
    .unwrap_err();
    assert_eq!(err, EditError::Rule(Rule::MeasurementBeforeBaseline));
    assert_eq!(f.plan, before);
}

fn decision(id: PlanId, text: &str, revises: Option<PlanId>) -> Decision {
    Decision {
        revises,
        date: Some(day(2026, 3, 1)),
        ..Decision::new(id, text)
    }
}

#[test]
fn a_decision_cannot_revise_itself() {
    let mut f = fx();
    let id = (f.ids)();
    let d = decision(id, "Sportello unico", Some(id));
    let err = apply(&mut f.plan, ins(Item::Decision(d)), now()).unwrap_err();
    assert_eq!(err, EditError::Rule(Rule::RevisesItself));
    assert!(f.plan.codesign.decisions.is_empty());
}

#[test]
fn revisions_form_a_chain_and_cannot_close_a_loop() {
    let mut f = fx();
    let (a, b, c) = ((f.ids)(), (f.ids)(), (f.ids)());
    for d in [
        decision(a, "Sportello il lunedì", None),
        decision(b, "Sportello lunedì e giovedì", Some(a)),
        decision(c, "Sportello tutti i giorni", Some(b)),
    ] {
        let index = f.plan.codesign.decisions.len();
        let e = Edit::CoDesign(CoDesignEdit::Insert {
            index,
            item: Item::Decision(d),
        });
        apply(&mut f.plan, e, now()).unwrap();
    }
    let log = &f.plan.codesign.decisions;
    assert_eq!(revision_chain(log, b), [a, b, c]);
    assert_eq!(revision_chain(log, a), [a, b, c]);
    // a revising c would make a → c → b → a.
    let looped = decision(a, "Sportello il lunedì", Some(c));
    let err = apply(
        &mut f.plan,
        Edit::CoDesign(CoDesignEdit::Replace(Item::Decision(looped))),
        now(),
    )
    .unwrap_err();
    assert_eq!(err, EditError::Rule(Rule::RevisionLoop));
    let unknown = decision((f.ids)(), "x", Some((f.ids)()));
    assert_eq!(
        apply(&mut f.plan, ins(Item::Decision(unknown)), now()).unwrap_err(),
        EditError::Rule(Rule::UnknownDecision)
    );
}

#[test]
fn removing_a_revised_decision_unlinks_its_revision_in_one_undo_step() {
    let mut f = fx();
    let (a, b) = ((f.ids)(), (f.ids)());
    f.plan.codesign.decisions = vec![decision(a, "A", None), decision(b, "B", Some(a))];
    let before = f.plan.clone();
    let remove = Edit::CoDesign(CoDesignEdit::Remove {
        kind: Kind::Decisions,
        id: a,
    });
    let undo = apply(&mut f.plan, remove, now()).unwrap();
    assert_eq!(f.plan.codesign.decisions[0].revises, None);
    assert!(validate(&f.plan).is_empty(), "{:?}", validate(&f.plan));
    apply(&mut f.plan, undo, now()).unwrap();
    assert_eq!(f.plan, before);
}

fn commitment(f: &mut Fx) -> Commitment {
    Commitment {
        id: (f.ids)(),
        alliance: f.alliance,
        partner: f.coop,
        what: "Mediazione linguistica".into(),
        due: Some(day(2026, 9, 30)),
        resources: "2 mediatori".into(),
        status: CommitmentStatus::Previsto,
    }
}

#[test]
fn a_commitment_moves_through_its_workflow_and_undo_goes_back() {
    use CommitmentStatus::*;
    let mut f = fx();
    let c = commitment(&mut f);
    apply(&mut f.plan, ins(Item::Commitment(c.clone())), now()).unwrap();
    let set = |plan: &mut Plan, status| {
        let item = Item::Commitment(Commitment {
            status,
            ..c.clone()
        });
        apply(plan, Edit::CoDesign(CoDesignEdit::Replace(item)), now())
    };
    assert_eq!(
        set(&mut f.plan, Completato).unwrap_err(),
        EditError::Rule(Rule::Transition),
        "previsto cannot jump to completato"
    );
    set(&mut f.plan, InCorso).unwrap();
    let undo = set(&mut f.plan, Completato).unwrap();
    assert_eq!(f.plan.codesign.commitments[0].status, Completato);
    // Undo goes backwards, which the workflow alone would not allow.
    apply(&mut f.plan, undo, now()).unwrap();
    assert_eq!(f.plan.codesign.commitments[0].status, InCorso);
    set(&mut f.plan, NonRispettato).unwrap();
    set(&mut f.plan, InCorso).unwrap();
    assert_eq!(Previsto.next(), [InCorso, NonRispettato]);
    for s in CommitmentStatus::ALL {
        assert_eq!(CommitmentStatus::parse(s.as_str()), Some(s));
    }
}

#[test]
fn a_negative_amount_is_refused() {
    let mut f = fx();
    let line = FundingLine {
        id: (f.ids)(),
        programme: Funding::Fami,
        amount: Amount(-1),
        alliance: Some(f.alliance),
        intervention: None,
        start: None,
        end: None,
        status: FundingStatus::Ipotesi,
    };
    let err = apply(&mut f.plan, ins(Item::Funding(line)), now()).unwrap_err();
    assert_eq!(err, EditError::Rule(Rule::NegativeAmount));
}

#[test]
fn the_funding_summary_adds_exact_cents_by_programme_and_flags_areas_without_funding() {
    let mut f = fx();
    let line = |f: &mut Fx, programme, cents, status, alliance, intervention| FundingLine {
        id: (f.ids)(),
        programme,
        amount: Amount(cents),
        alliance,
        intervention,
        start: None,
        end: None,
        status,
    };
    let (a, iv) = (Some(f.alliance), Some(f.intervention));
    let lines = vec![
        line(&mut f, Funding::Fami, 10, FundingStatus::Ottenuto, a, None),
        line(&mut f, Funding::Fami, 20, FundingStatus::Richiesto, a, None),
        line(
            &mut f,
            Funding::Municipal,
            123_456,
            FundingStatus::Ipotesi,
            None,
            iv,
        ),
    ];
    f.plan.codesign.funding = lines;
    let s = funding_summary(&f.plan);
    assert_eq!(s.total, Amount(123_486));
    assert_eq!(s.by_programme.len(), 2);
    let (prog, per_status, total) = &s.by_programme[0];
    assert_eq!(*prog, Funding::Fami);
    assert_eq!(*total, Amount(30));
    assert_eq!(per_status[&FundingStatus::Ottenuto], Amount(10));
    let first = &s.by_theme[0];
    assert_eq!(first.theme, f.theme);
    assert_eq!(
        first.programmes,
        [
            (Funding::Fami, Amount(30)),
            (Funding::Municipal, Amount(123_456))
        ]
    );
    assert!(s.by_theme[1..].iter().all(ThemeFunding::has_none));
}

#[test]
fn an_update_older_than_the_review_interval_is_due() {
    let mut f = fx();
    f.plan.context.review_interval_months = 6;
    let c = |f: &mut Fx, last| Complement {
        id: (f.ids)(),
        alliance: f.alliance,
        intervention: f.intervention,
        last_update: last,
    };
    let fresh = c(&mut f, Some(day(2026, 5, 1)));
    let old = c(&mut f, Some(day(2025, 10, 1)));
    let never = c(&mut f, None);
    f.plan.codesign.complements = vec![fresh, old.clone(), never.clone()];
    let due: Vec<PlanId> = stale_complements(&f.plan, day(2026, 6, 1))
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(due, [old.id, never.id]);
}

mod monitoring;
/// A plan where every register of the co-design section names the partner,
/// the alliance, the territory and the intervention.
mod references;

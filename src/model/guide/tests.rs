use super::example::{blank_exercise, comune_di_esempio};
use super::*;
use crate::model::matrix::MatrixAnalysis;
use crate::model::{validate, Stakeholder, StakeholderKind};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn missing(plan: &Plan, step: Step) -> Vec<CheckKey> {
    checklist(plan, step, today())
        .unwrap()
        .into_iter()
        .filter(|c| !c.done)
        .map(|c| c.key)
        .collect()
}

#[test]
fn a_blank_plan_has_every_check_missing_and_no_progress() {
    let plan = blank_exercise();
    for (step, p) in progress(&plan, today()) {
        assert_eq!(p.done, 0, "{step:?}");
        assert!(p.total > 0);
    }
    let all = overall(&progress(&plan, today()));
    assert_eq!(all.percent(), 0);
    assert_eq!(
        next_action(&checklist(&plan, Step::Fondamenta, today()).unwrap()),
        Some(CheckKey::PromoterNamed)
    );
}

#[test]
fn every_step_has_its_checklist_and_counts_in_the_progress() {
    let plan = comune_di_esempio();
    assert!(Step::ALL
        .iter()
        .all(|s| checklist(&plan, *s, today()).is_some()));
    let steps: Vec<Step> = progress(&plan, today())
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert_eq!(
        steps,
        [
            Step::Fondamenta,
            Step::Contesto,
            Step::Rete,
            Step::Matrice,
            Step::Coprogettazione,
            Step::Formalizzazione
        ]
    );
    assert_eq!(exercise(&plan, today()).len(), 6);
}

#[test]
fn filling_the_foundations_ticks_the_fondamenta_checks_one_by_one() {
    let mut plan = blank_exercise();
    plan.foundations.promoter_comune = "Comune di Prova".into();
    assert_eq!(
        missing(&plan, Step::Fondamenta),
        [
            CheckKey::ObjectiveStated,
            CheckKey::TargetDescribed,
            CheckKey::MembersListed,
            CheckKey::IntentToFormalise
        ]
    );
    plan.foundations.shared_objective = "Presa in carico".into();
    plan.foundations.target_population = "CPT".into();
    plan.foundations.intent_to_formalise = true;
    let mut ids = crate::model::sequential_ids(3);
    plan.stakeholders.push(Stakeholder::new(
        ids(),
        "ASL",
        StakeholderKind::HealthAuthority,
    ));
    assert_eq!(missing(&plan, Step::Fondamenta), [CheckKey::MembersListed]);
    plan.stakeholders
        .push(Stakeholder::new(ids(), "Scuola", StakeholderKind::School));
    assert!(missing(&plan, Step::Fondamenta).is_empty());
    let p = Progress::of(&checklist(&plan, Step::Fondamenta, today()).unwrap());
    assert!(p.complete());
    assert_eq!(p.percent(), 100);
}

#[test]
fn blank_text_does_not_count_as_done() {
    let mut plan = blank_exercise();
    plan.foundations.promoter_comune = "   ".into();
    assert!(missing(&plan, Step::Fondamenta).contains(&CheckKey::PromoterNamed));
}

#[test]
fn the_example_is_valid_and_its_checklists_show_what_it_leaves_to_do() {
    let plan = comune_di_esempio();
    assert_eq!(validate(&plan), vec![]);
    assert!(missing(&plan, Step::Fondamenta).is_empty());
    // One part of the analysis is overdue for review.
    assert_eq!(missing(&plan, Step::Contesto), [CheckKey::ReviewsUpToDate]);
    // Some partners that joined have no commitment recorded yet.
    assert_eq!(missing(&plan, Step::Rete), [CheckKey::CommitmentsRecorded]);
    // A visible gap and a flagged duplication.
    assert_eq!(
        missing(&plan, Step::Matrice),
        [CheckKey::NoGaps, CheckKey::NoDuplications]
    );
    // An indicator defined in September has no measurement yet.
    assert_eq!(
        missing(&plan, Step::Coprogettazione),
        [CheckKey::IndicatorsMeasured]
    );
    // The act is written; what it lacks comes from the steps before it:
    // bodies still being contacted, the overdue part of the analysis.
    assert_eq!(
        missing(&plan, Step::Formalizzazione),
        [CheckKey::PartiesReady, CheckKey::ContextCurrent]
    );
}

#[test]
fn the_example_exercises_co_design_and_formalisation() {
    use crate::model::codesign::{check_item, funding_summary, revision_chain, stale_complements};
    use crate::model::codesign::{BodyKind, CommitmentStatus, Decider, FundingStatus};
    use crate::model::codesign::{IndicatorStatus, Item};
    use crate::model::context::PartKind;
    use crate::model::formal::{completeness, FormalField, FormalGap};
    use crate::model::matrix::NetworkStage;
    use std::collections::BTreeSet;
    let plan = comune_di_esempio();
    let cd = &plan.codesign;
    let made = super::example::made_at().date_naive();

    assert_eq!(cd.sessions.len(), 4);
    assert_eq!(cd.sessions.iter().filter(|s| s.final_summary).count(), 1);
    assert!(cd.sessions.iter().all(|s| s.participants.len() >= 5));
    // A decision corrected twice, and decisions taken by a session, a tavolo
    // and the cabina.
    let longest = cd
        .decisions
        .iter()
        .map(|d| revision_chain(&cd.decisions, d.id).len())
        .max();
    assert_eq!(longest, Some(3));
    assert!(cd.decisions.iter().any(|d| d.by == Some(Decider::Cabina)));
    assert!(cd
        .decisions
        .iter()
        .any(|d| matches!(d.by, Some(Decider::Body(_)))));
    assert!(cd
        .decisions
        .iter()
        .any(|d| matches!(d.by, Some(Decider::Session(_)))));
    assert!(cd.cabina.chair.is_some());
    for kind in [BodyKind::Thematic, BodyKind::Territorial] {
        assert!(cd.bodies.iter().any(|b| b.kind == kind), "{kind:?}");
    }
    assert!(cd
        .bodies
        .iter()
        .all(|b| b.chair.is_some() && !b.alliances.is_empty()));

    // Every status of an indicator, the day the example was made and later.
    for day in [made, today()] {
        let statuses: BTreeSet<IndicatorStatus> =
            cd.indicators.iter().map(|i| i.status(day)).collect();
        assert_eq!(statuses.len(), 4, "{day}: {statuses:?}");
    }
    let alliances: BTreeSet<_> = cd.indicators.iter().filter_map(|i| i.alliance).collect();
    assert!(alliances.len() >= 4);
    for status in CommitmentStatus::ALL {
        assert!(
            cd.commitments.iter().any(|c| c.status == status),
            "{status:?}"
        );
    }
    for status in FundingStatus::ALL {
        assert!(cd.funding.iter().any(|f| f.status == status), "{status:?}");
    }
    let funding = funding_summary(&plan);
    assert_eq!(funding.by_programme.len(), 6);
    assert_eq!(funding.by_theme.iter().filter(|t| t.has_none()).count(), 1);
    // One complement not updated with its referent for too long.
    assert_eq!(stale_complements(&plan, made).len(), 1);
    assert!(cd.complements.len() > 1);
    // Every item keeps the rules the screens apply.
    let items = (cd.sessions.iter().cloned().map(Item::Session))
        .chain(cd.decisions.iter().cloned().map(Item::Decision))
        .chain(cd.bodies.iter().cloned().map(Item::Body))
        .chain(cd.indicators.iter().cloned().map(Item::Indicator))
        .chain(cd.commitments.iter().cloned().map(Item::Commitment))
        .chain(cd.funding.iter().cloned().map(Item::Funding))
        .chain(cd.complements.iter().cloned().map(Item::Complement));
    for item in items {
        assert_eq!(check_item(cd, &item, None), Ok(()), "{item:?}");
    }

    // The act: every article written, every party with a signatory and a
    // commitment. What is left comes from earlier steps, as exercises.
    let f = &plan.formalisation;
    assert!(FormalField::ALL
        .iter()
        .all(|x| !f.text(*x).trim().is_empty()));
    let contacted: BTreeSet<_> = plan
        .stakeholders
        .iter()
        .filter(|s| s.network.stage == NetworkStage::Contattato)
        .map(|s| s.id)
        .collect();
    for gap in completeness(&plan, today()) {
        match gap {
            FormalGap::NotJoined(id) => assert!(contacted.contains(&id)),
            FormalGap::ContextStale(part, _) => assert_eq!(part, PartKind::Needs),
            other => panic!("the act still lacks {other:?}"),
        }
    }
    assert!(crate::model::formal::parties(&plan).all(|s| f
        .representative(s.id)
        .is_some_and(|r| !r.role.is_empty() && !r.office.is_empty())));
    // Those two exercises done, the act lacks nothing.
    let mut ready = plan.clone();
    ready
        .stakeholders
        .retain(|s| s.network.stage != NetworkStage::Contattato);
    ready.context.parts.needs.last_reviewed = Some(made);
    assert_eq!(completeness(&ready, today()), vec![]);
    assert!(missing(&ready, Step::Formalizzazione).is_empty());
    // With the indicator measured, the co-design has nothing left to do.
    let mut measured = plan.clone();
    for i in &mut measured.codesign.indicators {
        if i.measurements.is_empty() {
            i.measurements.push(crate::model::codesign::Measurement {
                date: made,
                value: i.baseline,
            });
        }
    }
    assert!(missing(&measured, Step::Coprogettazione).is_empty());
}

#[test]
fn the_example_exercises_every_part_of_the_matrix_and_network() {
    let plan = comune_di_esempio();
    assert!((25..=40).contains(&plan.stakeholders.len()));
    for kind in StakeholderKind::ALL {
        assert!(plan.stakeholders.iter().any(|s| s.kind == kind), "{kind:?}");
    }
    for stage in crate::model::matrix::NetworkStage::ALL {
        assert!(plan.stakeholders.iter().any(|s| s.network.stage == stage));
    }
    assert_eq!(plan.axes.territories.len(), 6);
    assert_eq!(plan.axes.themes.len(), 5);
    assert!(plan.alliances.iter().any(|a| a.cells.len() > 2));
    let m = MatrixAnalysis::of(&plan);
    assert_eq!(m.gaps.len(), 1, "{:?}", m.gaps);
    assert_eq!(m.duplications.len(), 1, "{:?}", m.duplications);
    assert!(!plan.context.sources.is_empty());
    let today = today();
    let overdue = crate::model::context::PartKind::ALL
        .into_iter()
        .filter(|p| {
            let last = plan.context.parts.get(*p).last_reviewed;
            matches!(
                crate::model::context::Review::of(last, 6, today),
                crate::model::context::Review::Overdue { .. }
            )
        })
        .count();
    assert_eq!(overdue, 1);
}

#[test]
fn the_examples_are_the_same_every_time() {
    assert_eq!(comune_di_esempio(), comune_di_esempio());
    assert_eq!(blank_exercise(), blank_exercise());
    assert_eq!(blank_exercise().axes.themes.len(), 5);
}

#[test]
fn a_joined_partner_without_commitments_leaves_the_network_check_missing() {
    let mut plan = comune_di_esempio();
    for s in &mut plan.stakeholders {
        if s.network.commitments.trim().is_empty() {
            s.network.commitments = "Un referente ai tavoli".into();
        }
    }
    assert!(missing(&plan, Step::Rete).is_empty());
}

#[test]
fn the_formalisation_checks_follow_the_acts_own_completeness_rules() {
    use crate::model::formal::{completeness, FormalGap};
    let mut plan = comune_di_esempio();
    let gaps = completeness(&plan, today());
    let checks = checklist(&plan, Step::Formalizzazione, today()).unwrap();
    let done = |k: CheckKey| checks.iter().find(|c| c.key == k).unwrap().done;
    assert_eq!(
        done(CheckKey::ContextCurrent),
        !gaps
            .iter()
            .any(|g| matches!(g, FormalGap::ContextStale(..)))
    );
    // The example has an overdue part of the context analysis.
    assert!(!done(CheckKey::ContextCurrent));
    // Taking the lead off an alliance opens the governance check.
    plan.alliances[0].lead = None;
    assert!(missing(&plan, Step::Formalizzazione).contains(&CheckKey::AllianceGovernanceInAct));
    // A shared objective and promoter alone do not make the act drafted.
    assert!(missing(&blank_exercise(), Step::Formalizzazione).contains(&CheckKey::ActDrafted));
}

#[test]
fn the_codesign_checks_tick_from_sessions_decisions_and_funding() {
    let mut plan = blank_exercise();
    assert_eq!(missing(&plan, Step::Coprogettazione).len(), 6);
    let mut ids = crate::model::sequential_ids(200);
    let partner = ids();
    plan.stakeholders.push(Stakeholder::new(
        partner,
        "ASL",
        StakeholderKind::HealthAuthority,
    ));
    let mut session = crate::model::codesign::Session::new(ids());
    session.date = Some(today());
    plan.codesign.sessions.push(session.clone());
    // A session without participants is not yet a session held.
    assert!(missing(&plan, Step::Coprogettazione).contains(&CheckKey::SessionHeld));
    plan.codesign.sessions[0].participants = vec![partner];
    assert!(!missing(&plan, Step::Coprogettazione).contains(&CheckKey::SessionHeld));
    assert!(missing(&plan, Step::Coprogettazione).contains(&CheckKey::FinalSummaryWritten));
}

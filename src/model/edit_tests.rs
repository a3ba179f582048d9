//! Tests of `model::edit`: every edit undone by the edit it returns.
use super::*;
use chrono::TimeZone;

fn at(s: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(s, 0).unwrap()
}

fn id(n: u8) -> PlanId {
    PlanId::from_random_bytes([n; 16])
}

fn plan() -> Plan {
    let mut n = 100u8;
    Plan::new(id(1), "Piano", at(0), || {
        n += 1;
        id(n)
    })
}

fn member(n: u8, name: &str) -> Stakeholder {
    Stakeholder {
        id: id(n),
        name: name.into(),
        kind: StakeholderKind::ThirdSector,
        profile: Default::default(),
        network: Default::default(),
    }
}

/// The document without its change timestamp, to compare contents.
fn content(p: &Plan) -> Plan {
    let mut c = p.clone();
    c.updated_at = at(0);
    c
}

/// Applying an edit and then its inverse gives back the same document, and
/// the inverse of the inverse redoes the edit.
fn assert_undoes(mut p: Plan, edit: Edit) {
    let before = content(&p);
    let inverse = apply(&mut p, edit, at(10)).unwrap();
    let after = content(&p);
    assert_ne!(after, before, "the edit changed nothing");
    let redo = apply(&mut p, inverse, at(20)).unwrap();
    assert_eq!(content(&p), before);
    apply(&mut p, redo, at(30)).unwrap();
    assert_eq!(content(&p), after);
}

#[test]
fn every_edit_is_undone_by_the_edit_it_returns() {
    let mut with_two = plan();
    with_two.stakeholders = vec![member(2, "A"), member(3, "B")];
    assert_undoes(
        plan(),
        Edit::SetText {
            field: PlanField::Title,
            value: "Nuovo".into(),
        },
    );
    for field in [
        PlanField::PromoterComune,
        PlanField::SharedObjective,
        PlanField::TargetPopulation,
        PlanField::Description,
    ] {
        assert_undoes(
            plan(),
            Edit::SetText {
                field,
                value: "testo".into(),
            },
        );
    }
    assert_undoes(plan(), Edit::SetIntentToFormalise(true));
    assert_undoes(
        with_two.clone(),
        Edit::InsertStakeholder {
            index: 1,
            stakeholder: member(4, "C"),
        },
    );
    assert_undoes(with_two.clone(), Edit::RemoveStakeholder { id: id(2) });
    assert_undoes(
        with_two.clone(),
        Edit::SetStakeholderName {
            id: id(3),
            name: "Bee".into(),
        },
    );
    assert_undoes(
        with_two.clone(),
        Edit::SetStakeholderKind {
            id: id(3),
            kind: StakeholderKind::Comune,
        },
    );
    assert_undoes(with_two, Edit::MoveStakeholder { id: id(2), to: 1 });
}

#[test]
fn removing_a_member_and_undoing_puts_it_back_in_place() {
    let mut p = plan();
    p.stakeholders = vec![member(2, "A"), member(3, "B"), member(4, "C")];
    let inverse = apply(&mut p, Edit::RemoveStakeholder { id: id(3) }, at(5)).unwrap();
    let names: Vec<_> = p.stakeholders.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["A", "C"]);
    apply(&mut p, inverse, at(6)).unwrap();
    let names: Vec<_> = p.stakeholders.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["A", "B", "C"]);
}

#[test]
fn a_successful_edit_stamps_updated_at_and_a_failed_one_changes_nothing() {
    let mut p = plan();
    apply(&mut p, Edit::SetIntentToFormalise(true), at(42)).unwrap();
    assert_eq!(p.updated_at, at(42));
    let before = p.clone();
    let err = apply(&mut p, Edit::RemoveStakeholder { id: id(9) }, at(99)).unwrap_err();
    assert_eq!(err, EditError::NotFound(id(9)));
    assert_eq!(p, before);
}

#[test]
fn invalid_edits_are_refused() {
    let mut p = plan();
    p.stakeholders = vec![member(2, "A")];
    let far = Edit::InsertStakeholder {
        index: 5,
        stakeholder: member(3, "B"),
    };
    assert_eq!(
        apply(&mut p, far, at(1)),
        Err(EditError::IndexOutOfRange { index: 5, len: 1 })
    );
    let dup = Edit::InsertStakeholder {
        index: 0,
        stakeholder: member(2, "again"),
    };
    assert_eq!(
        apply(&mut p, dup, at(1)),
        Err(EditError::DuplicateId(id(2)))
    );
    let long = Edit::SetText {
        field: PlanField::Description,
        value: "x".repeat(MAX_TEXT_CHARS + 1),
    };
    assert!(matches!(
        apply(&mut p, long, at(1)),
        Err(EditError::TooLong { .. })
    ));
    let mv = Edit::MoveStakeholder { id: id(2), to: 1 };
    assert!(matches!(
        apply(&mut p, mv, at(1)),
        Err(EditError::IndexOutOfRange { .. })
    ));
}

#[test]
fn typing_in_the_same_field_shares_a_coalesce_key() {
    let a = Edit::SetText {
        field: PlanField::Title,
        value: "a".into(),
    };
    let b = Edit::SetText {
        field: PlanField::Title,
        value: "ab".into(),
    };
    let other = Edit::SetText {
        field: PlanField::Description,
        value: "a".into(),
    };
    assert_eq!(a.coalesce_key(), b.coalesce_key());
    assert_ne!(a.coalesce_key(), other.coalesce_key());
    assert_eq!(Edit::SetIntentToFormalise(true).coalesce_key(), None);
}

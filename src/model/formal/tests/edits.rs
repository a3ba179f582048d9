//! Formal edits: undo, signing-role order, typing coalescing, removals, validation.
use super::*;

fn content(p: &Plan) -> Plan {
    let mut c = p.clone();
    c.updated_at = t0();
    c
}

#[test]
fn every_formal_edit_is_undone_by_the_edit_it_returns() {
    let (base, a, _) = complete();
    let edits = [
        Edit::Formal(FormalEdit::SetText {
            field: FormalField::Object,
            value: "Oggetto".into(),
        }),
        Edit::Formal(FormalEdit::SetText {
            field: FormalField::DataProtection,
            value: String::new(),
        }),
        Edit::Formal(FormalEdit::SetActKind(ActKind::AccordoCollaborazione)),
        Edit::Formal(FormalEdit::SetRepresentative {
            partner: a,
            field: RepField::Office,
            value: "Sede".into(),
        }),
        // Clearing the only word drops the entry; undo puts it back in place.
        Edit::Formal(FormalEdit::SetRepresentative {
            partner: a,
            field: RepField::Role,
            value: String::new(),
        }),
    ];
    for edit in edits {
        let mut p = base.clone();
        let inverse = apply(&mut p, edit, t0()).unwrap();
        assert_ne!(content(&p), content(&base));
        let redo = apply(&mut p, inverse, t0()).unwrap();
        assert_eq!(content(&p), content(&base));
        apply(&mut p, redo, t0()).unwrap();
    }
}

#[test]
fn a_new_signing_role_is_kept_in_order_and_its_undo_leaves_no_empty_entry() {
    let mut p = plan();
    let mut ids = sequential_ids(150);
    let (x, y) = (ids(), ids());
    p.stakeholders.push(joined(y, "Y"));
    p.stakeholders.push(joined(x, "X"));
    let set = |partner, value: &str| {
        Edit::Formal(FormalEdit::SetRepresentative {
            partner,
            field: RepField::Role,
            value: value.into(),
        })
    };
    apply(&mut p, set(y, "Direttore"), t0()).unwrap();
    let undo = apply(&mut p, set(x, "Sindaco"), t0()).unwrap();
    let order: Vec<_> = p
        .formalisation
        .representatives
        .iter()
        .map(|r| r.partner)
        .collect();
    assert_eq!(order, [x, y]);
    apply(&mut p, undo, t0()).unwrap();
    assert_eq!(p.formalisation.representatives.len(), 1);
    let unknown = sequential_ids(250)();
    assert_eq!(
        apply(&mut p, set(unknown, "Sindaco"), t0()),
        Err(crate::model::EditError::NotFound(unknown))
    );
}

#[test]
fn typing_in_one_article_coalesces_and_another_article_does_not() {
    let key = |field, value: &str| {
        Edit::Formal(FormalEdit::SetText {
            field,
            value: value.into(),
        })
        .coalesce_key()
    };
    assert_eq!(
        key(FormalField::Premesse, "a"),
        key(FormalField::Premesse, "ab")
    );
    assert_ne!(
        key(FormalField::Premesse, "a"),
        key(FormalField::Duration, "a")
    );
    assert_eq!(
        Edit::Formal(FormalEdit::SetActKind(ActKind::ProtocolloIntesa)).coalesce_key(),
        None
    );
}

#[test]
fn removing_a_party_takes_its_signing_role_along_in_one_undo_step() {
    let (p, a, _) = complete();
    let mut after = p.clone();
    let undo = apply(&mut after, Edit::RemoveStakeholder { id: a }, t0()).unwrap();
    assert!(after.formalisation.representative(a).is_none());
    assert!(validate(&after).is_empty(), "{:?}", validate(&after));
    apply(&mut after, undo, t0()).unwrap();
    assert_eq!(content(&after), content(&p));
}

#[test]
fn dangling_or_duplicate_signing_roles_and_old_files_without_the_section() {
    let (mut p, a, _) = complete();
    p.formalisation.representatives.push(Representative {
        partner: a,
        role: "x".into(),
        office: String::new(),
    });
    p.formalisation.representatives.push(Representative {
        partner: sequential_ids(251)(),
        role: "x".into(),
        office: String::new(),
    });
    let paths: Vec<_> = validate(&p).into_iter().map(|e| e.to_string()).collect();
    assert_eq!(
        paths,
        [
            "plan.formalisation.representatives[2].partner: duplicate id",
            "plan.formalisation.representatives[3].partner: refers to a missing item"
        ]
    );
    let mut json = serde_json::to_value(plan()).unwrap();
    json.as_object_mut().unwrap().remove("formalisation");
    let old: Plan = serde_json::from_value(json).unwrap();
    assert_eq!(old.formalisation.data_protection, DEFAULT_DATA_PROTECTION);
    assert_eq!(
        ActKind::parse("accordo_collaborazione"),
        Some(ActKind::AccordoCollaborazione)
    );
}

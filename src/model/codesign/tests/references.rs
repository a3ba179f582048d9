//! Removals taking co-design references along, validation of hand-edited files, older files.
use super::*;

fn linked() -> Fx {
    let mut f = fx();
    let (s, b, d) = ((f.ids)(), (f.ids)(), (f.ids)());
    let cd = &mut f.plan.codesign;
    cd.sessions.push(Session {
        participants: vec![f.coop, f.comune],
        convened_by: Some(f.comune),
        ..Session::new(s)
    });
    cd.bodies.push(Body {
        members: vec![f.coop],
        chair: Some(f.coop),
        alliances: vec![f.alliance],
        territories: vec![f.territory],
        ..Body::new(b, "Tavolo salute")
    });
    cd.decisions.push(Decision {
        by: Some(Decider::Session(s)),
        alliance: Some(f.alliance),
        cells: vec![Cell {
            territory: f.territory,
            theme: f.theme,
        }],
        ..Decision::new(d, "Avvio")
    });
    let mut i = indicator(PlanId::from_random_bytes([9; 16]));
    i.alliance = Some(f.alliance);
    i.responsible = Some(f.coop);
    cd.indicators.push(i);
    let c = Commitment {
        id: PlanId::from_random_bytes([8; 16]),
        alliance: f.alliance,
        partner: f.coop,
        what: "x".into(),
        due: None,
        resources: String::new(),
        status: CommitmentStatus::Previsto,
    };
    f.plan.codesign.commitments.push(c);
    f.plan.codesign.funding.push(FundingLine {
        id: PlanId::from_random_bytes([7; 16]),
        programme: Funding::Pnrr,
        amount: Amount(5),
        alliance: Some(f.alliance),
        intervention: Some(f.intervention),
        start: None,
        end: None,
        status: FundingStatus::Ottenuto,
    });
    f.plan.codesign.complements.push(Complement {
        id: PlanId::from_random_bytes([6; 16]),
        alliance: f.alliance,
        intervention: f.intervention,
        last_update: None,
    });
    f.plan.codesign.cabina.chair = Some(f.coop);
    assert!(validate(&f.plan).is_empty(), "{:?}", validate(&f.plan));
    f
}

fn remove_and_undo(p: &Plan, edit: Edit) -> Plan {
    let mut after = p.clone();
    let undo = apply(&mut after, edit, now()).unwrap();
    assert!(validate(&after).is_empty(), "{:?}", validate(&after));
    let mut back = after.clone();
    apply(&mut back, undo, now()).unwrap();
    assert_eq!(&back, p, "one undo step brings everything back");
    after
}

#[test]
fn removing_a_partner_alliance_territory_or_intervention_takes_co_design_references_along() {
    let f = linked();
    let after = remove_and_undo(&f.plan, Edit::RemoveStakeholder { id: f.coop });
    let cd = &after.codesign;
    assert_eq!(cd.sessions[0].participants, [f.comune]);
    assert!(cd.bodies[0].members.is_empty() && cd.bodies[0].chair.is_none());
    assert!(cd.commitments.is_empty() && cd.cabina.chair.is_none());
    let after = remove_and_undo(
        &f.plan,
        Edit::Matrix(MatrixEdit::RemoveAlliance { id: f.alliance }),
    );
    let cd = &after.codesign;
    assert!(cd.commitments.is_empty() && cd.complements.is_empty());
    assert_eq!(cd.indicators[0].alliance, None);
    let after = remove_and_undo(
        &f.plan,
        Edit::Axes(AxesEdit::Remove {
            axis: crate::model::axes::Axis::Territories,
            id: f.territory,
        }),
    );
    assert!(after.codesign.decisions[0].cells.is_empty());
    let after = remove_and_undo(
        &f.plan,
        Edit::Context(ContextEdit::Remove {
            register: Register::Interventions,
            id: f.intervention,
        }),
    );
    assert!(after.codesign.complements.is_empty());
    assert_eq!(after.codesign.funding[0].intervention, None);
    let session = f.plan.codesign.sessions[0].id;
    let after = remove_and_undo(
        &f.plan,
        Edit::CoDesign(CoDesignEdit::Remove {
            kind: Kind::Sessions,
            id: session,
        }),
    );
    assert_eq!(after.codesign.decisions[0].by, None);
}

#[test]
fn a_hand_edited_file_with_a_self_revision_or_negative_amount_fails_validation() {
    let mut f = linked();
    let d = f.plan.codesign.decisions[0].id;
    f.plan.codesign.decisions[0].revises = Some(d);
    f.plan.codesign.funding[0].amount = Amount(-5);
    let paths: Vec<String> = validate(&f.plan).into_iter().map(|e| e.path).collect();
    assert_eq!(
        paths,
        [
            "plan.codesign.decisions[0].revises",
            "plan.codesign.funding[0].amount"
        ]
    );
}

#[test]
fn an_older_plan_without_the_section_still_reads() {
    let f = fx();
    let mut json = serde_json::to_value(&f.plan).unwrap();
    json.as_object_mut().unwrap().remove("codesign");
    let back: Plan = serde_json::from_value(json).unwrap();
    assert_eq!(back.codesign, CoDesign::default());
    let text = serde_json::to_string(&linked().plan).unwrap();
    let again: Plan = serde_json::from_str(&text).unwrap();
    assert_eq!(again, linked().plan);
}

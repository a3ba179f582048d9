//! Validation of stored matrices and loading of older plans.
use super::*;

#[test]
fn dangling_references_and_duplicate_ids_are_reported_with_their_paths() {
    let mut f = fixture();
    let c = f.cell(0, 0);
    let a = f.alliance("A", "", &[c, c], &[0]);
    f.alliance("B", "", &[], &[]);
    f.plan.alliances[1].id = a;
    f.plan.alliances[0].lead = Some(PlanId::from_random_bytes([77; 16]));
    apply(
        &mut f.plan,
        Edit::Axes(AxesEdit::Remove {
            axis: Axis::Themes,
            id: f.th[4],
        }),
        at(1),
    )
    .unwrap();
    let gone = f.cell(1, 4);
    f.plan.alliances[0].cells.push(gone);
    f.plan
        .governance
        .cabina_di_regia
        .push(PlanId::from_random_bytes([78; 16]));
    let errors: Vec<_> = validate(&f.plan)
        .into_iter()
        .map(|e| (e.path, e.problem))
        .collect();
    assert_eq!(
        errors,
        [
            (
                "plan.alliances[0].lead".to_string(),
                Problem::DanglingReference
            ),
            (
                "plan.alliances[0].cells[1]".to_string(),
                Problem::DuplicateId
            ),
            (
                "plan.alliances[0].cells[2]".to_string(),
                Problem::DanglingReference
            ),
            ("plan.alliances[1].id".to_string(), Problem::DuplicateId),
            (
                "plan.governance.cabina_di_regia[0]".to_string(),
                Problem::DanglingReference
            ),
        ]
    );
}

#[test]
fn typing_in_an_alliance_field_coalesces_and_older_plans_load_without_the_matrix() {
    let e = |v: &str| {
        Edit::Matrix(MatrixEdit::SetAllianceText {
            id: PlanId::from_random_bytes([1; 16]),
            field: AllianceText::Name,
            value: v.into(),
        })
    };
    assert!(e("a").coalesce_key().is_some());
    assert_eq!(e("a").coalesce_key(), e("ab").coalesce_key());
    let f = fixture();
    let mut json = serde_json::to_value(&f.plan).unwrap();
    let obj = json.as_object_mut().unwrap();
    obj.remove("alliances");
    obj.remove("governance");
    for s in obj["stakeholders"].as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("network");
    }
    let back: Plan = serde_json::from_value(json).unwrap();
    assert!(back.alliances.is_empty());
    assert_eq!(back.stakeholders[0].network.stage, NetworkStage::Contattato);
}

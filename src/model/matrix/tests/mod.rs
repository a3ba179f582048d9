//! Native tests of the matrix rules: edits and their inverses, axis removal,
//! spanning alliances, coverage, gaps, duplications, drops, validation.
use super::*;
use crate::model::{
    apply, sequential_ids, validate, AxesEdit, AxisItem, ContextAnalysis, Edit, Intervention, Need,
    Plan, Problem, Stakeholder, StakeholderKind,
};
use chrono::{DateTime, TimeZone, Utc};

fn at(s: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(s, 0).unwrap()
}

/// A 3 × 5 plan (territories Nord, Centro, Sud; the five default themes) with
/// four partners and no alliance.
struct Fixture {
    plan: Plan,
    t: Vec<PlanId>,
    th: Vec<PlanId>,
    p: Vec<PlanId>,
    fresh: Box<dyn FnMut() -> PlanId>,
}

fn fixture() -> Fixture {
    let mut fresh = sequential_ids(7);
    let mut plan = Plan::new(fresh(), "Piano", at(0), &mut fresh);
    for name in ["Nord", "Centro", "Sud"] {
        plan.axes.territories.push(AxisItem {
            id: fresh(),
            name: name.into(),
        });
    }
    for name in ["ASL", "Prefettura", "Coop Sole", "Scuola"] {
        plan.stakeholders.push(Stakeholder {
            id: fresh(),
            name: name.into(),
            kind: StakeholderKind::Other,
            network: PartnerNetwork::default(),
            profile: Default::default(),
        });
    }
    let t = plan.axes.territories.iter().map(|x| x.id).collect();
    let th = plan.axes.themes.iter().map(|x| x.id).collect();
    let p = plan.stakeholders.iter().map(|x| x.id).collect();
    Fixture {
        plan,
        t,
        th,
        p,
        fresh: Box::new(fresh),
    }
}

impl Fixture {
    fn cell(&self, r: usize, c: usize) -> Cell {
        Cell {
            territory: self.t[r],
            theme: self.th[c],
        }
    }

    fn alliance(
        &mut self,
        name: &str,
        objective: &str,
        cells: &[Cell],
        partners: &[usize],
    ) -> PlanId {
        let mut a = Alliance::new((self.fresh)(), name);
        a.objective = objective.into();
        a.cells = cells.to_vec();
        a.members = partners
            .iter()
            .map(|i| AllianceMember {
                partner: self.p[*i],
                role: String::new(),
            })
            .collect();
        let id = a.id;
        self.plan.alliances.push(a);
        id
    }

    fn need(&mut self, theme: usize, priority: u8) {
        let id = (self.fresh)();
        self.plan.context.needs.push(Need {
            id,
            theme: self.th[theme],
            priority,
            description: String::new(),
            evidence: String::new(),
            sources: vec![],
        });
    }

    fn edit(&mut self, e: MatrixEdit) -> Edit {
        apply(&mut self.plan, Edit::Matrix(e), at(5)).unwrap()
    }

    /// Partner `i` says, at `at(t)`, that it is not interested.
    fn not_interested(&mut self, i: usize, t: i64) {
        self.edit(MatrixEdit::SetStage {
            partner: self.p[i],
            stage: NetworkStage::NonInteressato,
            at: at(t),
        });
    }
}

fn content(p: &Plan) -> Plan {
    let mut c = p.clone();
    c.updated_at = at(0);
    c
}

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
fn every_matrix_edit_is_undone_by_the_edit_it_returns() {
    let mut f = fixture();
    let (c00, c01) = (f.cell(0, 0), f.cell(0, 1));
    let a = f.alliance("Salute", "", &[c00], &[0]);
    f.plan.context.interventions.push(Intervention {
        id: PlanId::from_random_bytes([99; 16]),
        title: "Sportello".into(),
        promoter: None,
        territories: vec![],
        themes: vec![],
        funding: None,
        start: None,
        end: None,
        status: Default::default(),
        referent: String::new(),
    });
    let (p0, p1) = (f.p[0], f.p[1]);
    let edits = vec![
        MatrixEdit::InsertAlliance {
            index: 1,
            alliance: Alliance::new(PlanId::from_random_bytes([98; 16]), "B"),
        },
        MatrixEdit::RemoveAlliance { id: a },
        MatrixEdit::SetAllianceText {
            id: a,
            field: AllianceText::Objective,
            value: "x".into(),
        },
        MatrixEdit::SetLead {
            id: a,
            lead: Some(p1),
        },
        MatrixEdit::SetStatus {
            id: a,
            status: AllianceStatus::Attiva,
        },
        MatrixEdit::InsertMember {
            alliance: a,
            index: 1,
            member: AllianceMember {
                partner: p1,
                role: "r".into(),
            },
        },
        MatrixEdit::RemoveMember {
            alliance: a,
            partner: p0,
        },
        MatrixEdit::SetMemberRole {
            alliance: a,
            partner: p0,
            role: "capofila".into(),
        },
        MatrixEdit::InsertCell {
            alliance: a,
            index: 1,
            cell: c01,
        },
        MatrixEdit::RemoveCell {
            alliance: a,
            cell: c00,
        },
        MatrixEdit::SetFunding {
            alliance: a,
            source: FundingSource::Fami,
            on: true,
        },
        MatrixEdit::SetIntervention {
            alliance: a,
            intervention: PlanId::from_random_bytes([99; 16]),
            on: true,
        },
        MatrixEdit::SetCoordinator {
            axis: Axis::Territories,
            item: f.t[0],
            partner: Some(p0),
        },
        MatrixEdit::SetCabina {
            partner: p1,
            index: Some(0),
        },
        MatrixEdit::SetStage {
            partner: p0,
            stage: NetworkStage::Aderente,
            at: at(3),
        },
        MatrixEdit::SetPartnerText {
            partner: p0,
            field: PartnerText::Advantages,
            value: "visibilità".into(),
        },
    ];
    for e in edits {
        assert_undoes(f.plan.clone(), Edit::Matrix(e));
    }
    assert_undoes(f.plan.clone(), move_cell(&f.plan, a, c00, c01));
}

#[test]
fn removing_a_territory_removes_its_cells_and_coordinator_in_one_undo_step() {
    let mut f = fixture();
    let (c00, c10, c11) = (f.cell(0, 0), f.cell(1, 0), f.cell(1, 1));
    let span = f.alliance("Ampia", "", &[c00, c10, c11], &[0]);
    let only = f.alliance("Solo centro", "", &[c10], &[1]);
    f.edit(MatrixEdit::SetCoordinator {
        axis: Axis::Territories,
        item: f.t[1],
        partner: Some(f.p[2]),
    });
    let before = content(&f.plan);
    let centro = f.t[1];
    let edit = Edit::Axes(AxesEdit::Remove {
        axis: Axis::Territories,
        id: centro,
    });
    let inverse = apply(&mut f.plan, edit, at(9)).unwrap();
    assert!(f.plan.axes.territories.iter().all(|t| t.id != centro));
    let a = f.plan.alliances.iter().find(|a| a.id == span).unwrap();
    assert_eq!(a.cells, [c00]);
    let b = f.plan.alliances.iter().find(|a| a.id == only).unwrap();
    assert!(b.cells.is_empty(), "the alliance stays, off the matrix");
    assert!(f.plan.governance.coordinators.is_empty());
    assert!(validate(&f.plan).is_empty());
    apply(&mut f.plan, inverse, at(10)).unwrap();
    assert_eq!(content(&f.plan), before);
}

#[test]
fn removing_a_theme_takes_it_out_of_every_alliance() {
    let mut f = fixture();
    let (c00, c01) = (f.cell(0, 0), f.cell(0, 1));
    f.alliance("A", "", &[c00, c01], &[]);
    let edit = Edit::Axes(AxesEdit::Remove {
        axis: Axis::Themes,
        id: f.th[1],
    });
    apply(&mut f.plan, edit, at(9)).unwrap();
    assert_eq!(f.plan.alliances[0].cells, [c00]);
}

#[test]
fn drops_say_why_they_are_refused() {
    let mut f = fixture();
    let c = f.cell(0, 0);
    let a = f.alliance("A", "", &[c], &[0]);
    assert_eq!(
        can_add_member(&f.plan, a, f.p[0]),
        Err(Refusal::AlreadyMember)
    );
    assert_eq!(can_add_member(&f.plan, a, f.p[1]), Ok(()));
    f.edit(MatrixEdit::SetLead {
        id: a,
        lead: Some(f.p[1]),
    });
    assert_eq!(can_add_member(&f.plan, a, f.p[1]), Err(Refusal::IsLead));
    f.not_interested(2, 1);
    assert_eq!(
        can_add_member(&f.plan, a, f.p[2]),
        Err(Refusal::NotInterested)
    );
    assert_eq!(can_place(&f.plan, a, f.cell(1, 1)), Ok(()));
}

#[test]
fn a_partner_not_interested_can_join_no_alliance_and_an_unknown_one_none_either() {
    let mut f = fixture();
    let c = f.cell(0, 0);
    let a = f.alliance("A", "", &[c], &[0]);
    let b = f.alliance("B", "", &[c], &[]);
    assert_eq!(can_join_alliances(&f.plan, f.p[2]), Ok(()));
    f.not_interested(2, 1);
    assert_eq!(
        can_join_alliances(&f.plan, f.p[2]),
        Err(Refusal::NotInterested)
    );
    // Whatever the alliance: the same refusal as a drop on each of them.
    for alliance in [a, b] {
        assert_eq!(
            can_add_member(&f.plan, alliance, f.p[2]),
            Err(Refusal::NotInterested)
        );
    }
    // A member already in an alliance is refused there for that first.
    f.not_interested(0, 2);
    assert_eq!(
        can_add_member(&f.plan, a, f.p[0]),
        Err(Refusal::AlreadyMember)
    );
    assert_eq!(
        can_join_alliances(&f.plan, crate::model::ids::new_id([9; 16])),
        Err(Refusal::UnknownTarget)
    );
}

#[test]
fn removing_a_partner_or_a_row_from_any_screen_leaves_no_dangling_reference() {
    let mut f = fixture();
    let c = f.cell(1, 0);
    let a = f.alliance("A", "", &[c], &[0, 1]);
    f.edit(MatrixEdit::SetLead {
        id: a,
        lead: Some(f.p[2]),
    });
    f.edit(MatrixEdit::SetCoordinator {
        axis: Axis::Themes,
        item: f.th[0],
        partner: Some(f.p[0]),
    });
    f.edit(MatrixEdit::SetCabina {
        partner: f.p[0],
        index: Some(0),
    });
    let before = content(&f.plan);
    // The register's own edits (Fondamenta) and the axes' own edits (context
    // analysis) take the matrix's references along, in one undo step.
    let inv1 = apply(&mut f.plan, Edit::RemoveStakeholder { id: f.p[0] }, at(1)).unwrap();
    let inv2 = apply(&mut f.plan, Edit::RemoveStakeholder { id: f.p[2] }, at(2)).unwrap();
    let inv3 = apply(
        &mut f.plan,
        Edit::Axes(AxesEdit::Remove {
            axis: Axis::Territories,
            id: f.t[1],
        }),
        at(3),
    )
    .unwrap();
    assert!(validate(&f.plan).is_empty(), "{:?}", validate(&f.plan));
    let al = &f.plan.alliances[0];
    assert_eq!((al.lead, al.members.len(), al.cells.len()), (None, 1, 0));
    assert!(
        f.plan.governance.coordinators.is_empty() && f.plan.governance.cabina_di_regia.is_empty()
    );
    for inv in [inv3, inv2, inv1] {
        apply(&mut f.plan, inv, at(4)).unwrap();
    }
    assert_eq!(content(&f.plan), before);
}

mod analysis;
mod validation;

//! Coverage, gaps and duplications.
use super::*;

#[test]
fn a_spanning_alliance_is_on_each_of_its_cells_and_covers_them() {
    let mut f = fixture();
    f.need(2, 5);
    let (c02, c12) = (f.cell(0, 2), f.cell(1, 2));
    let a = f.alliance("Lavoro", "", &[c02], &[0]);
    let inv = f.edit(MatrixEdit::InsertCell {
        alliance: a,
        index: 1,
        cell: c12,
    });
    let m = MatrixAnalysis::of(&f.plan);
    assert_eq!(m.cell(c02).unwrap().alliances, [a]);
    assert_eq!(m.cell(c12).unwrap().alliances, [a]);
    assert_eq!(m.cell(c12).unwrap().coverage(), Coverage::Covered);
    assert_eq!(m.gaps.len(), 1, "only Sud is left without an alliance");
    assert_eq!(m.gaps[0].cell, f.cell(2, 2));
    apply(&mut f.plan, inv, at(6)).unwrap();
    assert_eq!(MatrixAnalysis::of(&f.plan).gaps.len(), 2);
    // Placing it twice on the same cell is refused.
    assert_eq!(can_place(&f.plan, a, c02), Err(Refusal::AlreadyInCell));
    assert!(apply(
        &mut f.plan,
        Edit::Matrix(MatrixEdit::InsertCell {
            alliance: a,
            index: 0,
            cell: c02
        }),
        at(7)
    )
    .is_err());
}

#[test]
fn coverage_and_gaps_follow_the_priority_of_the_need() {
    let mut f = fixture();
    f.need(0, 5);
    f.need(1, 2);
    f.need(3, 4);
    f.need(3, 1);
    let m = MatrixAnalysis::of(&f.plan);
    assert_eq!(m.cell(f.cell(0, 0)).unwrap().coverage(), Coverage::Gap);
    assert_eq!(
        m.cell(f.cell(0, 1)).unwrap().coverage(),
        Coverage::Uncovered
    );
    assert_eq!(m.cell(f.cell(0, 3)).unwrap().priority, Some(4));
    assert_eq!(m.cell(f.cell(0, 4)).unwrap().coverage(), Coverage::NoNeed);
    // Three territories × two high-priority themes; the highest priority first.
    assert_eq!(m.gaps.len(), 6);
    assert!(m.gaps[..3].iter().all(|g| g.priority == 5));
    assert_eq!(m.gaps[0].cell, f.cell(0, 0));
    let c = f.cell(1, 0);
    f.alliance("Salute Centro", "", &[c], &[]);
    let m = MatrixAnalysis::of(&f.plan);
    assert_eq!(m.gaps.len(), 5);
    assert!(m.gaps.iter().all(|g| g.cell != c));
}

#[test]
fn objectives_overlap_when_they_share_most_significant_words() {
    let a = "Orientamento al lavoro per giovani neoarrivati";
    let b = "Percorsi di orientamento al lavoro dei giovani";
    assert!(objective_overlap(a, b) >= OVERLAP_THRESHOLD);
    assert_eq!(
        objective_overlap(a, "Corsi di lingua italiana per donne"),
        0.0
    );
    // One shared word is not enough, and domain words do not count.
    assert_eq!(objective_overlap("lavoro sicuro", "lavoro nero"), 0.0);
    assert_eq!(
        objective_overlap(
            "integrazione dei cittadini di paesi terzi",
            "integrazione cittadini paesi terzi"
        ),
        0.0
    );
}

#[test]
fn two_alliances_on_a_cell_with_a_shared_partner_or_objective_are_flagged() {
    let mut f = fixture();
    let (c00, c01) = (f.cell(0, 0), f.cell(0, 1));
    let a = f.alliance("A", "Sportello salute migranti", &[c00], &[0]);
    let b = f.alliance("B", "Mediazione culturale", &[c00, c01], &[0, 1]);
    let c = f.alliance("C", "Corsi di lingua", &[c01], &[2]);
    let m = MatrixAnalysis::of(&f.plan);
    assert_eq!(m.duplications.len(), 1);
    let d = m.duplications[0];
    assert_eq!((d.cell, d.alliance, d.with), (c00, a, DupWith::Alliance(b)));
    assert_eq!(d.reason, DupReason::SharedPartner(f.p[0]));
    assert_eq!(m.cell(c00).unwrap().duplicated.len(), 2);
    assert!(
        m.cell(c01).unwrap().duplicated.is_empty(),
        "B and C share nothing"
    );
    f.plan.alliances[2].objective = "Mediazione culturale negli sportelli".into();
    let m = MatrixAnalysis::of(&f.plan);
    let d = m.duplications.iter().find(|d| d.cell == c01).unwrap();
    assert_eq!((d.alliance, d.with), (b, DupWith::Alliance(c)));
    assert!(matches!(d.reason, DupReason::ObjectiveOverlap(o) if o >= OVERLAP_THRESHOLD));
    assert_eq!(m.duplications_of(c).count(), 1);
}

#[test]
fn an_alliance_and_an_intervention_on_its_cell_overlap_by_promoter_or_title() {
    let mut f = fixture();
    let c = f.cell(1, 2);
    let a = f.alliance("Lavoro", "Tirocini e orientamento al lavoro", &[c], &[1]);
    let mut ctx = ContextAnalysis::default();
    let iv = |n: u8, title: &str, promoter: Option<PlanId>, t: PlanId| Intervention {
        id: PlanId::from_random_bytes([n; 16]),
        title: title.into(),
        promoter,
        territories: vec![t],
        themes: vec![c.theme],
        funding: None,
        start: None,
        end: None,
        status: Default::default(),
        referent: String::new(),
    };
    ctx.interventions
        .push(iv(90, "Progetto FAMI sportello", Some(f.p[1]), c.territory));
    ctx.interventions.push(iv(
        91,
        "Tirocini di orientamento al lavoro",
        None,
        c.territory,
    ));
    ctx.interventions
        .push(iv(92, "Progetto altrove", Some(f.p[1]), f.t[0]));
    ctx.interventions
        .push(iv(93, "Corsi serali", Some(f.p[3]), c.territory));
    f.plan.context = ctx;
    let m = MatrixAnalysis::of(&f.plan);
    let with: Vec<_> = m
        .duplications
        .iter()
        .map(|d| (d.alliance, d.with))
        .collect();
    let id = |n| PlanId::from_random_bytes([n; 16]);
    assert_eq!(
        with,
        [
            (a, DupWith::Intervention(id(90))),
            (a, DupWith::Intervention(id(91)))
        ]
    );
    assert_eq!(m.cell(c).unwrap().interventions.len(), 3);
    // An intervention the alliance itself carries out is not a duplication.
    f.edit(MatrixEdit::SetIntervention {
        alliance: a,
        intervention: id(90),
        on: true,
    });
    assert_eq!(MatrixAnalysis::of(&f.plan).duplications.len(), 1);
}

/// One step of the walks below: the alliance leaves `cell` if it is there
/// (keeping at least one cell), or is placed on it.
fn toggle_cell(a: &mut Alliance, cell: Cell) {
    match a.cells.iter().position(|c| *c == cell) {
        Some(i) if a.cells.len() > 1 => drop(a.cells.remove(i)),
        Some(_) => {}
        None => a.cells.push(cell),
    }
}

#[test]
fn the_cached_analysis_equals_a_fresh_one_as_objectives_and_cells_change() {
    let mut f = fixture();
    let cells: Vec<Cell> = (0..3)
        .flat_map(|r| (0..5).map(move |c| (r, c)))
        .map(|(r, c)| f.cell(r, c))
        .collect();
    let objectives = [
        "Sportello salute migranti",
        "Sportello salute per donne migranti",
        "Corsi di lingua italiana serali",
        "Tirocini e orientamento al lavoro",
    ];
    for (i, objective) in objectives.iter().enumerate() {
        f.alliance(&format!("A{i}"), objective, &[cells[i]], &[i]);
    }
    f.need(0, 5);
    let mut cache = WordCache::default();
    let mut overlaps = 0;
    // A fixed walk of edits: alliances pile onto cells, objectives change
    // into each other, and every analysis is compared with a fresh one.
    for step in 0..60usize {
        toggle_cell(
            &mut f.plan.alliances[step % 4],
            cells[(step * 7) % cells.len()],
        );
        if step % 3 == 0 {
            let text = objectives[(step / 3) % 4].to_owned();
            f.plan.alliances[(step + 1) % 4].objective = text;
        }
        let cached = MatrixAnalysis::of_cached(&f.plan, &mut cache);
        assert_eq!(cached, MatrixAnalysis::of(&f.plan), "step {step}");
        overlaps += cached
            .duplications
            .iter()
            .filter(|d| matches!(d.reason, DupReason::ObjectiveOverlap(_)))
            .count();
    }
    assert!(overlaps > 0, "the walk compared overlapping objectives");
    // Only the texts the last analysis compared are kept.
    assert!(
        cache.len() <= objectives.len(),
        "cache holds {}",
        cache.len()
    );
}

/// A cell, its alliances, its interventions and its priority.
type CellReading = (Cell, Vec<PlanId>, Vec<PlanId>, Option<u8>);

/// What each cell holds and which are gaps, read off the plan the slow way:
/// every alliance and intervention asked about every cell.
fn direct_reading(plan: &Plan) -> (Vec<CellReading>, Vec<Gap>) {
    let mut cells = Vec::new();
    let mut gaps = Vec::new();
    for t in &plan.axes.territories {
        for th in &plan.axes.themes {
            let cell = Cell {
                territory: t.id,
                theme: th.id,
            };
            let alliances: Vec<PlanId> = plan
                .alliances
                .iter()
                .filter(|a| a.cells.contains(&cell))
                .map(|a| a.id)
                .collect();
            let interventions: Vec<PlanId> = plan
                .context
                .interventions
                .iter()
                .filter(|i| i.territories.contains(&t.id) && i.themes.contains(&th.id))
                .map(|i| i.id)
                .collect();
            let priority = plan.context.priority_of(th.id);
            if let (true, Some(p)) = (alliances.is_empty(), priority) {
                if p >= HIGH_PRIORITY {
                    gaps.push(Gap { cell, priority: p });
                }
            }
            cells.push((cell, alliances, interventions, priority));
        }
    }
    gaps.sort_by_key(|g| std::cmp::Reverse(g.priority));
    (cells, gaps)
}

#[test]
fn cells_and_gaps_equal_a_direct_reading_of_the_plan_through_a_walk_of_edits() {
    let mut f = fixture();
    for (theme, priority) in [(0, 5), (2, 4), (3, 2), (4, 4)] {
        f.need(theme, priority);
    }
    let cells: Vec<Cell> = (0..3)
        .flat_map(|r| (0..5).map(move |c| (r, c)))
        .map(|(r, c)| f.cell(r, c))
        .collect();
    for i in 0..5 {
        f.alliance(&format!("A{i}"), "Obiettivo", &[cells[i * 3]], &[i % 3]);
    }
    f.plan.context.interventions.push(Intervention {
        id: PlanId::from_random_bytes([77; 16]),
        title: "Sportello".into(),
        promoter: None,
        territories: vec![f.t[0], f.t[2]],
        themes: vec![f.th[1], f.th[4]],
        funding: None,
        start: None,
        end: None,
        status: Default::default(),
        referent: String::new(),
    });
    let mut cache = WordCache::default();
    for step in 0..80usize {
        toggle_cell(
            &mut f.plan.alliances[step % 5],
            cells[(step * 11) % cells.len()],
        );
        // The axes are reordered too: positions must follow them.
        if step % 9 == 0 {
            f.plan.axes.territories.rotate_left(1);
        }
        if step % 13 == 0 {
            f.plan.axes.themes.swap(0, 4);
        }
        let m = MatrixAnalysis::of_cached(&f.plan, &mut cache);
        let (expected, gaps) = direct_reading(&f.plan);
        assert_eq!(m.cells.len(), expected.len(), "step {step}");
        for (cell, alliances, interventions, priority) in expected {
            let info = m
                .cell(cell)
                .unwrap_or_else(|| panic!("step {step}: {cell:?} missing"));
            assert_eq!(info.alliances, alliances, "step {step}");
            assert_eq!(info.interventions, interventions, "step {step}");
            assert_eq!(info.priority, priority, "step {step}");
        }
        assert_eq!(
            m.gaps, gaps,
            "step {step}: gaps in reading order by priority"
        );
    }
}

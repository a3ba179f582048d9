//! The plan written by `scripts/gen-large-plan.mjs` (used by the matrix
//! benchmark) is a valid stored plan: it decodes, validates, and its matrix
//! analysis runs. Set ALLEANZE_LARGE_PLAN to a generated file to check the
//! full-size one too (`node scripts/gen-large-plan.mjs > /tmp/large.json`).
use alleanze::model::matrix::MatrixAnalysis;
use alleanze::persistence::format::decode;

fn check(text: &str) -> MatrixAnalysis {
    let loaded = decode(text).expect("the generated plan loads");
    let plan = loaded.plan;
    assert!(!plan.alliances.is_empty());
    MatrixAnalysis::of(&plan)
}

#[test]
fn the_small_generated_plan_decodes_and_validates() {
    let m = check(include_str!("fixtures/matrix-small.json"));
    assert_eq!(m.cells.len(), 4 * 5);
}

#[test]
fn the_large_generated_plan_decodes_when_given() {
    if let Ok(path) = std::env::var("ALLEANZE_LARGE_PLAN") {
        let text = std::fs::read_to_string(path).unwrap();
        let start = std::time::Instant::now();
        let m = check(&text);
        assert_eq!(m.cells.len(), 40 * 12);
        eprintln!(
            "large plan: {} duplications, {} gaps, analysed in {:?}",
            m.duplications.len(),
            m.gaps.len(),
            start.elapsed()
        );
    }
}

//! The monitoring summary shown on the matrix, over the Comune di Esempio.
use crate::model::codesign::{monitoring_summary, IndicatorStatus};
use crate::model::guide::example::comune_di_esempio;
use chrono::NaiveDate;

#[test]
fn the_matrix_summary_lists_every_alliance_worst_first_with_its_indicator_count() {
    let plan = comune_di_esempio();
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date");
    let summary = monitoring_summary(&plan, today);
    // Every alliance once.
    assert_eq!(summary.len(), plan.alliances.len());
    for a in &plan.alliances {
        let row = summary.iter().find(|s| s.alliance == a.id).expect("listed");
        let count = plan
            .codesign
            .indicators
            .iter()
            .filter(|i| i.alliance == Some(a.id))
            .count();
        assert_eq!(row.indicators, count, "{}", a.name);
        if count == 0 {
            assert_eq!(row.status, IndicatorStatus::NoData);
        }
    }
    // Late before at risk before on track before no data.
    let rank: Vec<usize> = summary
        .iter()
        .map(|s| match s.status {
            IndicatorStatus::Late => 0,
            IndicatorStatus::AtRisk => 1,
            IndicatorStatus::OnTrack => 2,
            IndicatorStatus::NoData => 3,
        })
        .collect();
    assert!(rank.windows(2).all(|w| w[0] <= w[1]), "{rank:?}");
    assert_eq!(summary[0].status, IndicatorStatus::Late);
    assert!(summary.iter().any(|s| s.status == IndicatorStatus::AtRisk));
    assert!(summary.iter().any(|s| s.status == IndicatorStatus::OnTrack));
    assert!(summary.iter().any(|s| s.indicators == 0));
}

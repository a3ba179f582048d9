//! The status of an indicator, computed from its baseline, target and
//! measurements: progress towards the target against the time elapsed.
use super::Indicator;
use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IndicatorStatus {
    OnTrack,
    AtRisk,
    Late,
    NoData,
}

/// Behind the expected progress by more than this (in thousandths of the way
/// from baseline to target) an indicator is late, not just at risk.
pub const AT_RISK_GAP_PERMILLE: i128 = 250;

impl IndicatorStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            IndicatorStatus::OnTrack => "on_track",
            IndicatorStatus::AtRisk => "at_risk",
            IndicatorStatus::Late => "late",
            IndicatorStatus::NoData => "no_data",
        }
    }

    /// The worst of several statuses (for a summary); `NoData` when empty.
    /// Real data outweighs missing data: no data counts only when alone.
    pub fn worst(all: impl IntoIterator<Item = IndicatorStatus>) -> IndicatorStatus {
        all.into_iter()
            .filter(|s| *s != IndicatorStatus::NoData)
            .max()
            .unwrap_or(IndicatorStatus::NoData)
    }
}

impl Indicator {
    /// The latest measurement, if any.
    pub fn latest(&self) -> Option<super::Measurement> {
        self.measurements.iter().max_by_key(|m| m.date).copied()
    }

    /// Progress from baseline (0) to target (1000) of the latest measurement;
    /// beyond the target it exceeds 1000, going the wrong way it is negative.
    pub fn progress_permille(&self) -> Option<i128> {
        let m = self.latest()?;
        let span = i128::from(self.target.0) - i128::from(self.baseline.0);
        if span == 0 {
            return None;
        }
        Some((i128::from(m.value.0) - i128::from(self.baseline.0)) * 1000 / span)
    }

    /// The share of the way that should be done at `date` (0–1000): linear
    /// from the baseline date to the target date; 0 without a target date.
    fn expected_permille(&self, date: NaiveDate) -> i128 {
        let Some(end) = self.target_date else {
            return 0;
        };
        let total = (end - self.baseline_date).num_days();
        if total <= 0 {
            return 1000;
        }
        let elapsed = (date - self.baseline_date).num_days().clamp(0, total);
        i128::from(elapsed) * 1000 / i128::from(total)
    }

    /// On track, at risk, late, or no data (no measurement yet, or a target
    /// equal to the baseline). Past the target date without reaching the
    /// target is late.
    pub fn status(&self, today: NaiveDate) -> IndicatorStatus {
        let (Some(m), Some(progress)) = (self.latest(), self.progress_permille()) else {
            return IndicatorStatus::NoData;
        };
        if progress >= 1000 {
            return IndicatorStatus::OnTrack;
        }
        if self.target_date.is_some_and(|d| today > d) {
            return IndicatorStatus::Late;
        }
        let expected = self.expected_permille(m.date);
        if progress < 0 || progress + AT_RISK_GAP_PERMILLE < expected {
            IndicatorStatus::Late
        } else if progress < expected {
            IndicatorStatus::AtRisk
        } else {
            IndicatorStatus::OnTrack
        }
    }
}

/// The monitoring of one alliance, for the summary on the matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct AllianceStatus {
    pub alliance: crate::model::PlanId,
    /// How many indicators the alliance has.
    pub indicators: usize,
    /// The worst of their statuses ([`IndicatorStatus::worst`]).
    pub status: IndicatorStatus,
}

/// Every alliance of the plan with its indicators' worst status on `today`:
/// late first, then at risk, on track, and those with no data (or no
/// indicator) last; the plan's order within each status.
pub fn monitoring_summary(plan: &crate::model::Plan, today: NaiveDate) -> Vec<AllianceStatus> {
    let mut all: Vec<AllianceStatus> = plan
        .alliances
        .iter()
        .map(|a| {
            let of: Vec<IndicatorStatus> = plan
                .codesign
                .indicators
                .iter()
                .filter(|i| i.alliance == Some(a.id))
                .map(|i| i.status(today))
                .collect();
            AllianceStatus {
                alliance: a.id,
                indicators: of.len(),
                status: IndicatorStatus::worst(of),
            }
        })
        .collect();
    let rank = |s: IndicatorStatus| match s {
        IndicatorStatus::Late => 0,
        IndicatorStatus::AtRisk => 1,
        IndicatorStatus::OnTrack => 2,
        IndicatorStatus::NoData => 3,
    };
    all.sort_by_key(|x| rank(x.status));
    all
}

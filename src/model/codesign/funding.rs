//! The plan's funding at a glance: totals by programme and status, and by
//! thematic area, so the Comune sees where each source is used and which
//! area has none.
use super::amount::{sum, Amount};
use super::{FundingLine, FundingStatus};
use crate::model::context::Funding;
use crate::model::ids::PlanId;
use crate::model::plan::Plan;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FundingSummary {
    /// Per programme (in `Funding::ALL` order, only those used): the total
    /// per status and overall.
    pub by_programme: Vec<(Funding, BTreeMap<FundingStatus, Amount>, Amount)>,
    /// Per thematic area, in the axis' order.
    pub by_theme: Vec<ThemeFunding>,
    pub total: Amount,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ThemeFunding {
    pub theme: PlanId,
    /// Programmes used in the area, and how much each brings to it. A line
    /// whose alliance or intervention spans several areas counts in each.
    pub programmes: Vec<(Funding, Amount)>,
}

impl ThemeFunding {
    pub fn has_none(&self) -> bool {
        self.programmes.is_empty()
    }
}

/// The themes a funding line acts on: its alliance's cells, its
/// intervention's areas.
fn themes_of(plan: &Plan, line: &FundingLine) -> BTreeSet<PlanId> {
    let mut out = BTreeSet::new();
    if let Some(a) = line
        .alliance
        .and_then(|a| plan.alliances.iter().find(|x| x.id == a))
    {
        out.extend(a.cells.iter().map(|c| c.theme));
    }
    if let Some(i) = line
        .intervention
        .and_then(|i| plan.context.interventions.iter().find(|x| x.id == i))
    {
        out.extend(i.themes.iter().copied());
    }
    out
}

pub fn funding_summary(plan: &Plan) -> FundingSummary {
    let lines = &plan.codesign.funding;
    let by_programme = Funding::ALL
        .into_iter()
        .filter_map(|f| {
            let of: Vec<&FundingLine> = lines.iter().filter(|l| l.programme == f).collect();
            if of.is_empty() {
                return None;
            }
            let per_status = FundingStatus::ALL
                .into_iter()
                .map(|s| {
                    let amounts = of.iter().filter(|l| l.status == s).map(|l| l.amount);
                    (s, sum(amounts))
                })
                .collect();
            Some((f, per_status, sum(of.iter().map(|l| l.amount))))
        })
        .collect();
    let themes_per_line: Vec<BTreeSet<PlanId>> = lines.iter().map(|l| themes_of(plan, l)).collect();
    let by_theme = plan
        .axes
        .themes
        .iter()
        .map(|t| {
            let programmes = Funding::ALL
                .into_iter()
                .filter_map(|f| {
                    let mut used = false;
                    let amounts: Vec<Amount> = lines
                        .iter()
                        .zip(&themes_per_line)
                        .filter(|(l, th)| l.programme == f && th.contains(&t.id))
                        .map(|(l, _)| {
                            used = true;
                            l.amount
                        })
                        .collect();
                    used.then(|| (f, sum(amounts)))
                })
                .collect();
            ThemeFunding {
                theme: t.id,
                programmes,
            }
        })
        .collect();
    FundingSummary {
        by_programme,
        by_theme,
        total: sum(lines.iter().map(|l| l.amount)),
    }
}

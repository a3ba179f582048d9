//! The completeness view of the analysis: what is filled, missing,
//! unsupported, inconsistent or stale on a given day, part by part.
use super::checks::duplicate_names;
use super::data::TableKind;
use super::sources::{in_future, PartKind, Review};
use crate::model::ids::PlanId;
use crate::model::plan::Plan;
use chrono::NaiveDate;

/// Something missing, unsupported, inconsistent or stale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gap {
    NoNarrative,
    NoAuthor,
    Review(Review),
    TableEmpty(TableKind),
    TableNoDate(TableKind),
    TableNoSource(TableKind),
    TotalMismatch {
        table: TableKind,
        stated: u32,
        sum: u32,
    },
    SmallCounts(TableKind),
    NoTerritories,
    ThemeWithoutNeed(PlanId),
    Unsupported(PlanId),
    NoStakeholders,
    NoMandate(PlanId),
    NoInterventions,
    NoSources,
    SourceInFuture(PlanId),
    DuplicateNames,
}

/// One part of the analysis: how many of its checks pass, and the gaps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartReport {
    pub part: PartKind,
    pub done: usize,
    pub total: usize,
    pub gaps: Vec<Gap>,
}

/// The completeness of the analysis on `today`, part by part.
pub fn completeness(plan: &Plan, today: NaiveDate) -> Vec<PartReport> {
    let c = &plan.context;
    let territories: Vec<PlanId> = plan.axes.territories.iter().map(|t| t.id).collect();
    PartKind::ALL
        .into_iter()
        .map(|part| {
            let mut checks: Vec<(bool, Gap)> = Vec::new();
            let notes = c.parts.get(part);
            checks.push((!notes.narrative.trim().is_empty(), Gap::NoNarrative));
            checks.push((!notes.author.trim().is_empty(), Gap::NoAuthor));
            let review = Review::of(notes.last_reviewed, c.review_interval_months, today);
            checks.push((!review.needs_attention(), Gap::Review(review)));
            match part {
                PartKind::Demographics => {
                    checks.push((!territories.is_empty(), Gap::NoTerritories));
                    for t in TableKind::ALL {
                        let table = c.demographics.table(t);
                        let totals = c.demographics.totals(t, &territories);
                        checks.push((totals.any, Gap::TableEmpty(t)));
                        checks.push((table.head.reference_date.is_some(), Gap::TableNoDate(t)));
                        checks.push((!table.head.sources.is_empty(), Gap::TableNoSource(t)));
                        if totals.mismatch() {
                            let stated = totals.stated.unwrap_or(0);
                            let sum = totals.sum;
                            checks.push((
                                false,
                                Gap::TotalMismatch {
                                    table: t,
                                    stated,
                                    sum,
                                },
                            ));
                        }
                        if c.demographics.has_small_count(t, &territories) {
                            checks.push((false, Gap::SmallCounts(t)));
                        }
                    }
                }
                PartKind::Needs => {
                    for theme in &plan.axes.themes {
                        let has = c.needs.iter().any(|n| n.theme == theme.id);
                        checks.push((has, Gap::ThemeWithoutNeed(theme.id)));
                    }
                    for n in &c.needs {
                        checks.push((!n.unsupported(), Gap::Unsupported(n.id)));
                    }
                }
                PartKind::Stakeholders => {
                    checks.push((!plan.stakeholders.is_empty(), Gap::NoStakeholders));
                    for s in &plan.stakeholders {
                        checks.push((!s.profile.mandate.trim().is_empty(), Gap::NoMandate(s.id)));
                    }
                    checks.push((!c.interventions.is_empty(), Gap::NoInterventions));
                    let names = plan.stakeholders.iter().map(|s| s.name.as_str());
                    if duplicate_names(names).contains(&true) {
                        checks.push((false, Gap::DuplicateNames));
                    }
                }
                PartKind::Sources => {
                    checks.push((!c.sources.is_empty(), Gap::NoSources));
                    for s in &c.sources {
                        checks.push((!in_future(s.collected_on, today), Gap::SourceInFuture(s.id)));
                    }
                }
            }
            PartReport {
                part,
                done: checks.iter().filter(|(ok, _)| *ok).count(),
                total: checks.len(),
                gaps: checks
                    .into_iter()
                    .filter(|(ok, _)| !ok)
                    .map(|(_, g)| g)
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::context::{DataRow, Need, Source};
    use crate::model::sequential_ids;
    use chrono::{DateTime, Utc};

    fn plan() -> Plan {
        Plan::new(
            sequential_ids(1)(),
            "Piano",
            DateTime::<Utc>::default(),
            sequential_ids(2),
        )
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn an_empty_analysis_shows_every_gap_and_a_filled_part_none() {
        let today = day(2026, 11, 28);
        let mut p = plan();
        let report = completeness(&p, today);
        assert_eq!(report.len(), 4);
        assert!(report.iter().all(|r| r.done < r.total));
        assert!(report[0].gaps.contains(&Gap::Review(Review::Never)));
        assert!(report[1]
            .gaps
            .contains(&Gap::ThemeWithoutNeed(p.axes.themes[0].id)));

        let mut ids = sequential_ids(5);
        let s = ids();
        p.context.sources.push(Source {
            collected_on: Some(day(2026, 10, 1)),
            ..Source::new(s)
        });
        let notes = &mut p.context.parts.sources;
        notes.narrative = "Fonti".into();
        notes.author = "Servizi sociali".into();
        notes.last_reviewed = Some(day(2026, 11, 1));
        let sources = &completeness(&p, today)[3];
        assert_eq!((sources.done, sources.total), (5, 5), "{:?}", sources.gaps);
        // The same part, once its review date has passed, is stale.
        let later = &completeness(&p, day(2027, 6, 1))[3];
        assert_eq!(
            later.gaps,
            [Gap::Review(Review::Overdue {
                since: day(2027, 5, 1)
            })]
        );
    }

    #[test]
    fn unsupported_needs_mismatched_totals_and_future_dates_are_gaps() {
        let today = day(2026, 11, 28);
        let mut ids = sequential_ids(6);
        let mut p = plan();
        let n = Need::new(ids(), p.axes.themes[0].id);
        let need_id = n.id;
        p.context.needs.push(n);
        p.context.demographics.nationality.head.stated_total = Some(10);
        p.context.demographics.nationality.rows.push(DataRow {
            count: Some(3),
            ..DataRow::new(ids())
        });
        let s = ids();
        p.context.sources.push(Source {
            collected_on: Some(day(2027, 1, 1)),
            ..Source::new(s)
        });
        let r = completeness(&p, today);
        assert!(r[0].gaps.contains(&Gap::TotalMismatch {
            table: TableKind::Nationality,
            stated: 10,
            sum: 3
        }));
        assert!(r[0]
            .gaps
            .contains(&Gap::SmallCounts(TableKind::Nationality)));
        assert!(r[1].gaps.contains(&Gap::Unsupported(need_id)));
        assert!(r[3].gaps.contains(&Gap::SourceInFuture(s)));
        p.context.needs[0].sources.push(s);
        assert!(!completeness(&p, today)[1]
            .gaps
            .contains(&Gap::Unsupported(need_id)));
    }
}

//! Fonti, and what every part of the analysis says about itself: its
//! narrative, who wrote it, when it was last reviewed (and so when it is due).
use crate::model::ids::PlanId;
use crate::model::list::Identified;
use chrono::{Days, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Dati amministrativi del Comune / servizi sociali.
    #[default]
    MunicipalData,
    /// Testimoni privilegiati.
    KeyInformants,
    /// Documenti e studi.
    Studies,
    /// Altre statistiche ufficiali.
    OfficialStatistics,
    Other,
}

impl SourceKind {
    pub const ALL: [SourceKind; 5] = [
        SourceKind::MunicipalData,
        SourceKind::KeyInformants,
        SourceKind::Studies,
        SourceKind::OfficialStatistics,
        SourceKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::MunicipalData => "municipal_data",
            SourceKind::KeyInformants => "key_informants",
            SourceKind::Studies => "studies",
            SourceKind::OfficialStatistics => "official_statistics",
            SourceKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// An entry of the sources register, cited by tables, needs and narratives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    pub id: PlanId,
    #[serde(default)]
    pub kind: SourceKind,
    #[serde(default)]
    pub description: String,
    /// The body or office that provided it.
    #[serde(default)]
    pub provided_by: String,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub collected_on: Option<NaiveDate>,
}

impl Identified for Source {
    fn id(&self) -> PlanId {
        self.id
    }
}

impl Source {
    pub fn new(id: PlanId) -> Self {
        Source {
            id,
            kind: SourceKind::default(),
            description: String::new(),
            provided_by: String::new(),
            collected_on: None,
        }
    }
}

/// The four parts of the analysis, each a section of the plan document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    Demographics,
    Needs,
    Stakeholders,
    Sources,
}

impl PartKind {
    pub const ALL: [PartKind; 4] = [
        PartKind::Demographics,
        PartKind::Needs,
        PartKind::Stakeholders,
        PartKind::Sources,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PartKind::Demographics => "demographics",
            PartKind::Needs => "needs",
            PartKind::Stakeholders => "stakeholders",
            PartKind::Sources => "sources",
        }
    }
}

/// The drafting record of one part: plain text (paragraphs separated by blank
/// lines, never rendered as HTML), its author body, its last review.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct PartNotes {
    pub narrative: String,
    /// The body that wrote it (an office or organisation, not a person).
    pub author: String,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub last_reviewed: Option<NaiveDate>,
    pub sources: Vec<PlanId>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Parts {
    pub demographics: PartNotes,
    pub needs: PartNotes,
    pub stakeholders: PartNotes,
    pub sources: PartNotes,
}

impl Parts {
    pub fn get(&self, part: PartKind) -> &PartNotes {
        match part {
            PartKind::Demographics => &self.demographics,
            PartKind::Needs => &self.needs,
            PartKind::Stakeholders => &self.stakeholders,
            PartKind::Sources => &self.sources,
        }
    }

    pub fn get_mut(&mut self, part: PartKind) -> &mut PartNotes {
        match part {
            PartKind::Demographics => &mut self.demographics,
            PartKind::Needs => &mut self.needs,
            PartKind::Stakeholders => &mut self.stakeholders,
            PartKind::Sources => &mut self.sources,
        }
    }
}

/// A part is "due" this many days before its review date.
pub const DUE_NOTICE_DAYS: u64 = 30;
pub const DEFAULT_REVIEW_MONTHS: u32 = 6;

/// Where a part stands in the review cycle on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    Never,
    /// The last review date is after today: a typing slip, shown as an error.
    InFuture,
    Current {
        due: NaiveDate,
    },
    /// The review date is near.
    Due {
        due: NaiveDate,
    },
    /// Past its review date since `since`.
    Overdue {
        since: NaiveDate,
    },
}

impl Review {
    pub fn of(last: Option<NaiveDate>, interval_months: u32, today: NaiveDate) -> Review {
        let Some(last) = last else {
            return Review::Never;
        };
        if last > today {
            return Review::InFuture;
        }
        let due = last
            .checked_add_months(Months::new(interval_months.max(1)))
            .unwrap_or(NaiveDate::MAX);
        if today >= due {
            Review::Overdue { since: due }
        } else if today >= due - Days::new(DUE_NOTICE_DAYS) {
            Review::Due { due }
        } else {
            Review::Current { due }
        }
    }

    /// Needs attention (never reviewed, due, overdue or a wrong date).
    pub fn needs_attention(self) -> bool {
        !matches!(self, Review::Current { .. })
    }
}

/// Whether a date the user gave as "already happened" is after today.
pub fn in_future(date: Option<NaiveDate>, today: NaiveDate) -> bool {
    date.is_some_and(|d| d > today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_part_is_current_then_due_then_overdue_since_its_review_date() {
        let last = Some(d(2026, 1, 15));
        assert_eq!(Review::of(None, 6, d(2026, 2, 1)), Review::Never);
        assert_eq!(
            Review::of(last, 6, d(2026, 3, 1)),
            Review::Current {
                due: d(2026, 7, 15)
            }
        );
        assert_eq!(
            Review::of(last, 6, d(2026, 6, 20)),
            Review::Due {
                due: d(2026, 7, 15)
            }
        );
        assert_eq!(
            Review::of(last, 6, d(2026, 7, 15)),
            Review::Overdue {
                since: d(2026, 7, 15)
            }
        );
        assert_eq!(
            Review::of(last, 12, d(2026, 7, 15)),
            Review::Current {
                due: d(2027, 1, 15)
            }
        );
        assert_eq!(Review::of(last, 6, d(2026, 1, 1)), Review::InFuture);
    }

    #[test]
    fn month_ends_clamp_and_a_zero_interval_counts_as_one_month() {
        assert_eq!(
            Review::of(Some(d(2026, 8, 31)), 6, d(2026, 9, 1)),
            Review::Current {
                due: d(2027, 2, 28)
            }
        );
        assert_eq!(
            Review::of(Some(d(2026, 1, 1)), 0, d(2026, 2, 1)),
            Review::Overdue {
                since: d(2026, 2, 1)
            }
        );
    }

    #[test]
    fn source_kinds_round_trip_through_their_text() {
        for k in SourceKind::ALL {
            assert_eq!(SourceKind::parse(k.as_str()), Some(k));
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
    }
}

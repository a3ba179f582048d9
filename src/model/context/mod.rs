//! Step 2, Analisi di contesto: socio-demographic tables, needs by thematic
//! area, the stakeholders' profiles and the interventions on the territory,
//! the sources register, and the review cycle of each part.
//!
//! The matrix reads `Need::{theme, priority}`, [`ContextAnalysis::priority_of`]
//! and `Intervention::{id, title, promoter, territories, themes}`.
mod checks;
mod completeness;
mod data;
mod edits;
mod profile;
mod removals;
mod sources;

pub use checks::{duplicate_names, validate_context};
pub use completeness::{completeness, Gap, PartReport};
pub use data::{
    is_small, parse_count, CountError, DataRow, DataTable, Demographics, TableHead, TableKind,
    TerritoryCount, Totals, SMALL_COUNT_MAX,
};
pub use edits::{apply, ContextEdit, ContextKey, Item, Register};
pub use profile::StakeholderProfile;
pub use removals::context_references;
pub use sources::{
    in_future, PartKind, PartNotes, Parts, Review, Source, SourceKind, DEFAULT_REVIEW_MONTHS,
    DUE_NOTICE_DAYS,
};

use super::ids::PlanId;
use super::list::Identified;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct ContextAnalysis {
    /// Needs of the target population, by thematic area (`Axes::themes`).
    pub needs: Vec<Need>,
    /// Interventions already active or planned on the territory, by others too.
    pub interventions: Vec<Intervention>,
    pub sources: Vec<Source>,
    pub demographics: Demographics,
    pub parts: Parts,
    /// Each part is to be reviewed this many months after its last review.
    pub review_interval_months: u32,
}

impl Default for ContextAnalysis {
    fn default() -> Self {
        ContextAnalysis {
            needs: Vec::new(),
            interventions: Vec::new(),
            sources: Vec::new(),
            demographics: Demographics::default(),
            parts: Parts::default(),
            review_interval_months: DEFAULT_REVIEW_MONTHS,
        }
    }
}

/// A need of the target population in one thematic area.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Need {
    pub id: PlanId,
    /// The thematic area (an id of `Axes::themes`).
    pub theme: PlanId,
    /// 1 (low) to 5 (very high).
    pub priority: u8,
    #[serde(default)]
    pub description: String,
    /// What shows the need (figures, reports, testimonies), in words.
    #[serde(default)]
    pub evidence: String,
    /// Ids of `ContextAnalysis::sources` supporting it.
    #[serde(default)]
    pub sources: Vec<PlanId>,
}

impl Identified for Need {
    fn id(&self) -> PlanId {
        self.id
    }
}

impl Need {
    pub fn new(id: PlanId, theme: PlanId) -> Self {
        Need {
            id,
            theme,
            priority: 3,
            description: String::new(),
            evidence: String::new(),
            sources: Vec::new(),
        }
    }

    /// A need no source supports.
    pub fn unsupported(&self) -> bool {
        self.sources.is_empty()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Funding {
    Fami,
    FsePlus,
    Pnrr,
    Regional,
    Municipal,
    Private,
    Other,
}

impl Funding {
    pub const ALL: [Funding; 7] = [
        Funding::Fami,
        Funding::FsePlus,
        Funding::Pnrr,
        Funding::Regional,
        Funding::Municipal,
        Funding::Private,
        Funding::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Funding::Fami => "fami",
            Funding::FsePlus => "fse_plus",
            Funding::Pnrr => "pnrr",
            Funding::Regional => "regional",
            Funding::Municipal => "municipal",
            Funding::Private => "private",
            Funding::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InterventionStatus {
    Planned,
    #[default]
    Active,
    Ended,
}

impl InterventionStatus {
    pub const ALL: [InterventionStatus; 3] = [
        InterventionStatus::Planned,
        InterventionStatus::Active,
        InterventionStatus::Ended,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            InterventionStatus::Planned => "planned",
            InterventionStatus::Active => "active",
            InterventionStatus::Ended => "ended",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// An intervention on the territory (a project, a service), ours or others'.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Intervention {
    pub id: PlanId,
    pub title: String,
    /// The promoting body, from the stakeholder register.
    #[serde(default)]
    pub promoter: Option<PlanId>,
    /// Territories it acts on (ids of `Axes::territories`).
    #[serde(default)]
    pub territories: Vec<PlanId>,
    /// Thematic areas it acts on (ids of `Axes::themes`).
    #[serde(default)]
    pub themes: Vec<PlanId>,
    #[serde(default)]
    pub funding: Option<Funding>,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub start: Option<NaiveDate>,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub end: Option<NaiveDate>,
    #[serde(default)]
    pub status: InterventionStatus,
    /// The institutional referent: an office and role, not a private person.
    #[serde(default)]
    pub referent: String,
}

impl Identified for Intervention {
    fn id(&self) -> PlanId {
        self.id
    }
}

impl Intervention {
    pub fn new(id: PlanId) -> Self {
        Intervention {
            id,
            title: String::new(),
            promoter: None,
            territories: Vec::new(),
            themes: Vec::new(),
            funding: None,
            start: None,
            end: None,
            status: InterventionStatus::default(),
            referent: String::new(),
        }
    }

    /// The period ends before it starts.
    pub fn period_reversed(&self) -> bool {
        matches!((self.start, self.end), (Some(s), Some(e)) if e < s)
    }
}

impl ContextAnalysis {
    /// The highest priority stated for a thematic area, if any need names it.
    pub fn priority_of(&self, theme: PlanId) -> Option<u8> {
        self.needs
            .iter()
            .filter(|n| n.theme == theme)
            .map(|n| n.priority)
            .max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sequential_ids;

    #[test]
    fn the_priority_of_a_theme_is_the_highest_of_its_needs() {
        let mut ids = sequential_ids(4);
        let (a, b) = (ids(), ids());
        let need = |theme, priority| Need {
            id: PlanId::from_random_bytes([priority; 16]),
            priority,
            ..Need::new(a, theme)
        };
        let ctx = ContextAnalysis {
            needs: vec![need(a, 2), need(a, 4), need(b, 1)],
            ..Default::default()
        };
        assert_eq!(ctx.priority_of(a), Some(4));
        assert_eq!(ctx.priority_of(b), Some(1));
        assert_eq!(ctx.priority_of(ids()), None);
    }

    #[test]
    fn a_need_without_sources_is_unsupported() {
        let mut ids = sequential_ids(5);
        let mut n = Need::new(ids(), ids());
        assert!(n.unsupported());
        n.sources.push(ids());
        assert!(!n.unsupported());
    }

    #[test]
    fn an_older_document_without_the_new_fields_still_reads() {
        let json = r#"{"needs":[{"id":"5b1ee6a1-34a3-4b7a-9f3a-3a3b0d0a0a01","theme":"5b1ee6a1-34a3-4b7a-9f3a-3a3b0d0a0a02","priority":4}],
            "interventions":[{"id":"5b1ee6a1-34a3-4b7a-9f3a-3a3b0d0a0a03","title":"Sportello"}]}"#;
        let ctx: ContextAnalysis = serde_json::from_str(json).unwrap();
        assert_eq!(ctx.review_interval_months, DEFAULT_REVIEW_MONTHS);
        assert!(ctx.needs[0].unsupported());
        assert_eq!(ctx.interventions[0].status, InterventionStatus::Active);
        for f in Funding::ALL {
            assert_eq!(Funding::parse(f.as_str()), Some(f));
        }
    }
}

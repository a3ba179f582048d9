use super::axes::Axes;
use super::codesign::CoDesign;
use super::context::{ContextAnalysis, StakeholderProfile};
use super::ids::PlanId;
use super::matrix::{Alliance, MatrixGovernance, PartnerNetwork};
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Title given to a plan the user has not named yet.
pub const DEFAULT_TITLE: &str = "Nuovo piano";

/// One alliance plan: the whole document a Comune works on and exports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Plan {
    pub id: PlanId,
    pub title: String,
    #[serde(with = "super::ts")]
    #[schemars(with = "String")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "super::ts")]
    #[schemars(with = "String")]
    pub updated_at: DateTime<Utc>,
    /// Step 1, Fondamenta. Later steps add their own sections beside it.
    #[serde(default)]
    pub foundations: Foundations,
    /// The plan's one register of bodies: Fondamenta lists its first members,
    /// the context analysis describes them, the network gives them a stage.
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
    /// The matrix axes, shared by the context analysis and the matrix.
    #[serde(default)]
    pub axes: Axes,
    /// Step 2, Analisi di contesto.
    #[serde(default)]
    pub context: ContextAnalysis,
    /// Step 4, Matrice delle alleanze: the alliances on the matrix.
    #[serde(default)]
    pub alliances: Vec<Alliance>,
    /// Step 4: row and column coordinators and the cabina di regia.
    #[serde(default)]
    pub governance: MatrixGovernance,
    /// Step 6, Formalizzazione: the words of the act of the user's own.
    #[serde(default)]
    pub formalisation: super::formal::Formalisation,
    /// Step 5, Coprogettazione, and the management levers.
    #[serde(default)]
    pub codesign: CoDesign,
}

/// Step 1 of the course: the Comune as promoter, the shared objective, the
/// intention to formalise. (Its first list of members is the start of the
/// stakeholder register, [`Plan::stakeholders`].)
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Foundations {
    pub promoter_comune: String,
    pub shared_objective: String,
    pub target_population: String,
    pub description: String,
    pub intent_to_formalise: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Stakeholder {
    pub id: PlanId,
    pub name: String,
    pub kind: StakeholderKind,
    /// Mandate, areas of collaboration, institutional contact (Analisi di contesto).
    #[serde(default)]
    pub profile: StakeholderProfile,
    #[serde(default)]
    pub network: PartnerNetwork,
}

impl Stakeholder {
    /// A new body of the register, with an empty profile and network record.
    pub fn new(id: PlanId, name: &str, kind: StakeholderKind) -> Self {
        Stakeholder {
            id,
            name: name.to_owned(),
            kind,
            profile: StakeholderProfile::default(),
            network: PartnerNetwork::default(),
        }
    }
}

impl super::list::Identified for Stakeholder {
    fn id(&self) -> PlanId {
        self.id
    }
}

/// The taxonomy of bodies with a mandate or a role in integration, shared with
/// the stakeholder register of the context analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StakeholderKind {
    Comune,
    Prefettura,
    Questura,
    School,
    HealthAuthority,
    Regione,
    EmploymentCentre,
    ThirdSector,
    MigrantAssociation,
    SocialPartner,
    University,
    Foundation,
    #[default]
    Other,
}

impl StakeholderKind {
    pub const ALL: [StakeholderKind; 13] = [
        StakeholderKind::Comune,
        StakeholderKind::Prefettura,
        StakeholderKind::Questura,
        StakeholderKind::School,
        StakeholderKind::HealthAuthority,
        StakeholderKind::Regione,
        StakeholderKind::EmploymentCentre,
        StakeholderKind::ThirdSector,
        StakeholderKind::MigrantAssociation,
        StakeholderKind::SocialPartner,
        StakeholderKind::University,
        StakeholderKind::Foundation,
        StakeholderKind::Other,
    ];

    /// The stable text used in files and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            StakeholderKind::Comune => "comune",
            StakeholderKind::Prefettura => "prefettura",
            StakeholderKind::Questura => "questura",
            StakeholderKind::School => "school",
            StakeholderKind::HealthAuthority => "health_authority",
            StakeholderKind::Regione => "regione",
            StakeholderKind::EmploymentCentre => "employment_centre",
            StakeholderKind::ThirdSector => "third_sector",
            StakeholderKind::MigrantAssociation => "migrant_association",
            StakeholderKind::SocialPartner => "social_partner",
            StakeholderKind::University => "university",
            StakeholderKind::Foundation => "foundation",
            StakeholderKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// What the plans screen needs to know of a plan without loading it whole.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlanSummary {
    pub id: PlanId,
    pub title: String,
    #[serde(default)]
    pub promoter_comune: String,
    #[serde(with = "super::ts")]
    #[schemars(with = "String")]
    pub updated_at: DateTime<Utc>,
}

impl Plan {
    /// A blank plan, created now, with the default thematic areas; `fresh`
    /// gives the ids of the items it creates.
    pub fn new(id: PlanId, title: &str, now: DateTime<Utc>, fresh: impl FnMut() -> PlanId) -> Self {
        let title = if title.trim().is_empty() {
            DEFAULT_TITLE
        } else {
            title.trim()
        };
        Plan {
            id,
            title: title.to_owned(),
            created_at: now,
            updated_at: now,
            foundations: Foundations::default(),
            stakeholders: Vec::new(),
            axes: Axes::with_default_themes(fresh),
            context: ContextAnalysis::default(),
            alliances: Vec::new(),
            governance: MatrixGovernance::default(),
            formalisation: Default::default(),
            codesign: CoDesign::default(),
        }
    }

    pub fn summary(&self) -> PlanSummary {
        PlanSummary {
            id: self.id,
            title: self.title.clone(),
            promoter_comune: self.foundations.promoter_comune.clone(),
            updated_at: self.updated_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(s, 0).unwrap()
    }

    fn fresh() -> impl FnMut() -> PlanId {
        let mut n = 100u8;
        move || {
            n += 1;
            PlanId::from_random_bytes([n; 16])
        }
    }

    #[test]
    fn a_blank_title_becomes_the_default_title() {
        let plan = Plan::new(PlanId::from_random_bytes([1; 16]), "   ", at(0), fresh());
        assert_eq!(plan.title, DEFAULT_TITLE);
        assert_eq!(plan.created_at, plan.updated_at);
    }

    #[test]
    fn member_kinds_round_trip_through_their_text() {
        for kind in StakeholderKind::ALL {
            assert_eq!(StakeholderKind::parse(kind.as_str()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }
}

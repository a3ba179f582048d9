use super::axes::Axes;
use super::context::ContextAnalysis;
use super::ids::PlanId;
use super::matrix::{Alliance, MatrixGovernance, PartnerNetwork};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Title given to a plan the user has not named yet.
pub const DEFAULT_TITLE: &str = "Nuovo piano";

/// One alliance plan: the whole document a Comune works on and exports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub id: PlanId,
    pub title: String,
    pub created_at: DateTime<Utc>,
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
}

/// Step 1 of the course: the Comune as promoter, the shared objective, the
/// intention to formalise. (Its first list of members is the start of the
/// stakeholder register, [`Plan::stakeholders`].)
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Foundations {
    pub promoter_comune: String,
    pub shared_objective: String,
    pub target_population: String,
    pub description: String,
    pub intent_to_formalise: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stakeholder {
    pub id: PlanId,
    pub name: String,
    pub kind: StakeholderKind,
    #[serde(default)]
    pub network: PartnerNetwork,
}

impl super::list::Identified for Stakeholder {
    fn id(&self) -> PlanId {
        self.id
    }
}

/// The taxonomy of bodies with a mandate or a role in integration, shared with
/// the stakeholder register of the context analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanSummary {
    pub id: PlanId,
    pub title: String,
    #[serde(default)]
    pub promoter_comune: String,
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

    /// Gives the plan and every item in it a new id, and rewrites every
    /// reference to an old id (anywhere in the document) to the new one, so the
    /// copy is consistent and shares no identity with the original.
    pub fn renew_ids(&mut self, fresh: &mut impl FnMut() -> PlanId) {
        use serde_json::Value;
        use std::collections::HashMap;
        fn collect(v: &Value, ids: &mut Vec<String>) {
            match v {
                Value::Object(map) => {
                    if let Some(Value::String(id)) = map.get("id") {
                        ids.push(id.clone());
                    }
                    map.values().for_each(|x| collect(x, ids));
                }
                Value::Array(items) => items.iter().for_each(|x| collect(x, ids)),
                _ => {}
            }
        }
        fn rewrite(v: &mut Value, map: &HashMap<String, String>) {
            match v {
                Value::String(s) => {
                    if let Some(new) = map.get(s.as_str()) {
                        *s = new.clone();
                    }
                }
                Value::Object(m) => m.values_mut().for_each(|x| rewrite(x, map)),
                Value::Array(items) => items.iter_mut().for_each(|x| rewrite(x, map)),
                _ => {}
            }
        }
        let Ok(mut value) = serde_json::to_value(&*self) else {
            return;
        };
        let mut ids = Vec::new();
        collect(&value, &mut ids);
        let map: HashMap<String, String> = ids
            .into_iter()
            .map(|old| (old, fresh().to_string()))
            .collect();
        rewrite(&mut value, &map);
        if let Ok(renewed) = serde_json::from_value(value) {
            *self = renewed;
        }
    }

    /// An independent copy: a new id for the plan and for every item in it, so
    /// the copy and the original never share an identity.
    pub fn duplicate(
        &self,
        mut fresh_id: impl FnMut() -> PlanId,
        title: &str,
        now: DateTime<Utc>,
    ) -> Plan {
        let mut copy = self.clone();
        copy.renew_ids(&mut fresh_id);
        copy.title = title.to_owned();
        copy.created_at = now;
        copy.updated_at = now;
        copy
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
    fn a_duplicate_shares_no_id_with_the_original() {
        let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "Piano", at(0), fresh());
        plan.axes.territories.push(crate::model::AxisItem {
            id: PlanId::from_random_bytes([3; 16]),
            name: "Nord".into(),
        });
        plan.stakeholders.push(Stakeholder {
            id: PlanId::from_random_bytes([2; 16]),
            name: "Prefettura".into(),
            kind: StakeholderKind::Prefettura,
            network: Default::default(),
        });
        let mut n = 10u8;
        let copy = plan.duplicate(
            || {
                n += 1;
                PlanId::from_random_bytes([n; 16])
            },
            "Copia",
            at(50),
        );
        assert_ne!(copy.id, plan.id);
        assert_ne!(copy.axes.territories[0].id, plan.axes.territories[0].id);
        assert_eq!(copy.axes.themes.len(), 5);
        assert!(copy
            .axes
            .themes
            .iter()
            .all(|t| plan.axes.themes.iter().all(|o| o.id != t.id)));
        assert_ne!(copy.stakeholders[0].id, plan.stakeholders[0].id);
        assert_eq!(copy.stakeholders[0].name, "Prefettura");
        assert_eq!(copy.title, "Copia");
        assert_eq!(copy.created_at, at(50));
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

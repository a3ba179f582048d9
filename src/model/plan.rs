use super::ids::PlanId;
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
}

/// Step 1 of the course: the Comune as promoter, the shared objective, the
/// intention to formalise and a first list of the network's members.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Foundations {
    pub promoter_comune: String,
    pub shared_objective: String,
    pub target_population: String,
    pub description: String,
    pub intent_to_formalise: bool,
    /// A first list of members; the stakeholder register takes it over later
    /// (same ids, same kinds), so nothing typed here is lost.
    pub members: Vec<Member>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub id: PlanId,
    pub name: String,
    pub kind: MemberKind,
}

/// The taxonomy of bodies with a mandate or a role in integration, shared with
/// the stakeholder register of the context analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberKind {
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

impl MemberKind {
    pub const ALL: [MemberKind; 13] = [
        MemberKind::Comune,
        MemberKind::Prefettura,
        MemberKind::Questura,
        MemberKind::School,
        MemberKind::HealthAuthority,
        MemberKind::Regione,
        MemberKind::EmploymentCentre,
        MemberKind::ThirdSector,
        MemberKind::MigrantAssociation,
        MemberKind::SocialPartner,
        MemberKind::University,
        MemberKind::Foundation,
        MemberKind::Other,
    ];

    /// The stable text used in files and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            MemberKind::Comune => "comune",
            MemberKind::Prefettura => "prefettura",
            MemberKind::Questura => "questura",
            MemberKind::School => "school",
            MemberKind::HealthAuthority => "health_authority",
            MemberKind::Regione => "regione",
            MemberKind::EmploymentCentre => "employment_centre",
            MemberKind::ThirdSector => "third_sector",
            MemberKind::MigrantAssociation => "migrant_association",
            MemberKind::SocialPartner => "social_partner",
            MemberKind::University => "university",
            MemberKind::Foundation => "foundation",
            MemberKind::Other => "other",
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
    /// A blank plan, created now.
    pub fn new(id: PlanId, title: &str, now: DateTime<Utc>) -> Self {
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

    /// An independent copy: a new id for the plan and for every item in it, so
    /// the copy and the original never share an identity.
    pub fn duplicate(
        &self,
        mut fresh_id: impl FnMut() -> PlanId,
        title: &str,
        now: DateTime<Utc>,
    ) -> Plan {
        let mut copy = self.clone();
        copy.id = fresh_id();
        copy.title = title.to_owned();
        copy.created_at = now;
        copy.updated_at = now;
        for member in &mut copy.foundations.members {
            member.id = fresh_id();
        }
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

    #[test]
    fn a_blank_title_becomes_the_default_title() {
        let plan = Plan::new(PlanId::from_random_bytes([1; 16]), "   ", at(0));
        assert_eq!(plan.title, DEFAULT_TITLE);
        assert_eq!(plan.created_at, plan.updated_at);
    }

    #[test]
    fn a_duplicate_shares_no_id_with_the_original() {
        let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "Piano", at(0));
        plan.foundations.members.push(Member {
            id: PlanId::from_random_bytes([2; 16]),
            name: "Prefettura".into(),
            kind: MemberKind::Prefettura,
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
        assert_ne!(
            copy.foundations.members[0].id,
            plan.foundations.members[0].id
        );
        assert_eq!(copy.foundations.members[0].name, "Prefettura");
        assert_eq!(copy.title, "Copia");
        assert_eq!(copy.created_at, at(50));
    }

    #[test]
    fn member_kinds_round_trip_through_their_text() {
        for kind in MemberKind::ALL {
            assert_eq!(MemberKind::parse(kind.as_str()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }
}

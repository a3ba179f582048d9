//! Step 3, Rete e partner: the networking stage of each partner of the
//! register, following the course (networking → costituzione → valorizzazione).
use crate::model::search::Query;
use crate::model::PlanId;
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a partner stands in the building of the network.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NetworkStage {
    /// Networking: mandate and competences known, areas of collaboration identified.
    #[default]
    Contattato,
    /// The network is constituted: the partner has joined.
    Aderente,
    /// Valorisation: the partner contributes to at least one alliance.
    Attivo,
    /// The partner declined (it may be contacted again later).
    NonInteressato,
}

impl NetworkStage {
    pub const ALL: [NetworkStage; 4] = [
        NetworkStage::Contattato,
        NetworkStage::Aderente,
        NetworkStage::Attivo,
        NetworkStage::NonInteressato,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NetworkStage::Contattato => "contattato",
            NetworkStage::Aderente => "aderente",
            NetworkStage::Attivo => "attivo",
            NetworkStage::NonInteressato => "non_interessato",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The next stage of the course's path, if any (non interessato has none).
    pub fn next(self) -> Option<NetworkStage> {
        match self {
            NetworkStage::Contattato => Some(NetworkStage::Aderente),
            NetworkStage::Aderente => Some(NetworkStage::Attivo),
            NetworkStage::Attivo | NetworkStage::NonInteressato => None,
        }
    }

    /// Whether a partner at this stage can be put into an alliance.
    pub fn can_join_alliances(self) -> bool {
        self != NetworkStage::NonInteressato
    }
}

/// One change of stage, with its date (the record of the networking work).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StageChange {
    pub stage: NetworkStage,
    #[serde(with = "crate::model::ts")]
    #[schemars(with = "String")]
    pub at: DateTime<Utc>,
}

/// A partner's place in the network: stage, its history, what the Comune put
/// forward to it and what it commits to (both feed formalisation).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct PartnerNetwork {
    pub stage: NetworkStage,
    pub history: Vec<StageChange>,
    /// The advantages of taking part that the Comune put forward.
    pub advantages: String,
    /// What the partner commits to.
    pub commitments: String,
}

impl PartnerNetwork {
    /// The same record moved to `stage` at `at` (the change is recorded).
    pub fn moved_to(&self, stage: NetworkStage, at: DateTime<Utc>) -> PartnerNetwork {
        let mut next = self.clone();
        next.stage = stage;
        next.history.push(StageChange { stage, at });
        next
    }

    /// When the partner reached its current stage, if recorded.
    pub fn since(&self) -> Option<DateTime<Utc>> {
        self.history
            .iter()
            .rev()
            .find(|c| c.stage == self.stage)
            .map(|c| c.at)
    }
}

/// One stage's list on Rete e partner: the partners to draw, and how many
/// partners at that stage match the search in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StageColumn {
    pub shown: Vec<PlanId>,
    pub matching: usize,
}

/// The partners at `stage` whose name matches `query`, in register order:
/// the first `limit` of them, and past those the ones in `keep` (the partners
/// the user has just moved, so that a moved card stays in sight in its new
/// stage). `partners` is the register as (id, stage, name).
pub fn stage_column(
    partners: &[(PlanId, NetworkStage, String)],
    stage: NetworkStage,
    query: &Query,
    limit: usize,
    keep: &[PlanId],
) -> StageColumn {
    let mut column = StageColumn::default();
    for (id, _, _) in partners
        .iter()
        .filter(|(_, s, name)| *s == stage && query.matches(name))
    {
        if column.matching < limit || keep.contains(id) {
            column.shown.push(*id);
        }
        column.matching += 1;
    }
    column
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// "Ente 0" … "Ente n-1"; every third one (0, 3, …) has joined.
    fn register(n: usize) -> Vec<(PlanId, NetworkStage, String)> {
        let mut next = crate::model::sequential_ids(7);
        (0..n)
            .map(|i| {
                let stage = if i % 3 == 0 {
                    NetworkStage::Aderente
                } else {
                    NetworkStage::Contattato
                };
                (next(), stage, format!("Ente {i}"))
            })
            .collect()
    }

    #[test]
    fn a_stage_column_shows_the_first_partners_in_register_order_and_counts_the_rest() {
        let r = register(30);
        let c = stage_column(&r, NetworkStage::Contattato, &Query::default(), 5, &[]);
        assert_eq!(c.matching, 20);
        let names: Vec<_> = c
            .shown
            .iter()
            .map(|id| &r.iter().find(|p| p.0 == *id).unwrap().2)
            .collect();
        assert_eq!(names, ["Ente 1", "Ente 2", "Ente 4", "Ente 5", "Ente 7"]);
        let all = stage_column(&r, NetworkStage::Contattato, &Query::default(), 100, &[]);
        assert_eq!((all.shown.len(), all.matching), (20, 20));
        assert_eq!(
            stage_column(&r, NetworkStage::Attivo, &Query::default(), 5, &[]),
            StageColumn::default()
        );
    }

    #[test]
    fn a_partner_just_moved_stays_in_sight_past_the_limit_but_not_against_the_search() {
        let r = register(30);
        let last = r
            .iter()
            .rev()
            .find(|p| p.1 == NetworkStage::Aderente)
            .unwrap()
            .0;
        let c = stage_column(&r, NetworkStage::Aderente, &Query::default(), 2, &[last]);
        assert_eq!(c.shown.len(), 3);
        assert_eq!(c.shown.last(), Some(&last));
        assert_eq!(c.matching, 10);
        let c = stage_column(
            &r,
            NetworkStage::Aderente,
            &Query::new("ente 3"),
            2,
            &[last],
        );
        // Of the names with a 3, only "Ente 3" has joined; the kept "Ente 27" does not match.
        assert_eq!(c.matching, 1);
        assert!(!c.shown.contains(&last));
    }

    #[test]
    fn stages_follow_the_course_and_each_change_is_dated() {
        assert_eq!(
            NetworkStage::Contattato.next(),
            Some(NetworkStage::Aderente)
        );
        assert_eq!(NetworkStage::Aderente.next(), Some(NetworkStage::Attivo));
        assert_eq!(NetworkStage::NonInteressato.next(), None);
        let t = Utc.timestamp_opt(1000, 0).unwrap();
        let n = PartnerNetwork::default().moved_to(NetworkStage::Aderente, t);
        assert_eq!(n.stage, NetworkStage::Aderente);
        assert_eq!(n.since(), Some(t));
        for s in NetworkStage::ALL {
            assert_eq!(NetworkStage::parse(s.as_str()), Some(s));
        }
    }
}

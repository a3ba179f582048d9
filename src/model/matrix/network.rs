//! Step 3, Rete e partner: the networking stage of each partner of the
//! register, following the course (networking → costituzione → valorizzazione).
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

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

//! What the context analysis adds to each body of the stakeholder register.
//! Institutional data only: an office and a role, never a private person.
use crate::model::ids::PlanId;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct StakeholderProfile {
    /// Mandate and competences on integration.
    pub mandate: String,
    /// Possible areas of collaboration (ids of `Axes::themes`).
    pub themes: Vec<PlanId>,
    /// Institutional contact: the office…
    pub office: String,
    /// …and the role (e.g. "responsabile del servizio"), not a name.
    pub role: String,
}

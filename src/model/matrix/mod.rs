//! Step 4, Matrice delle alleanze: alliances placed on the cells of the
//! territorial × thematic matrix, the matrix governance (a coordinator per row
//! and per column, the cabina di regia), and the partners' networking stage.
//! Analysis (coverage, gaps, duplications) and drop rules live beside them.
mod analysis;
mod check;
mod edit;
mod network;
mod refs;

pub use analysis::{
    objective_overlap, CellInfo, Coverage, DupReason, DupWith, Duplication, Gap, MatrixAnalysis,
    WordCache, HIGH_PRIORITY, OVERLAP_THRESHOLD,
};
pub use check::{
    can_add_member, can_join_alliances, can_place, joinable, validate_matrix, Refusal,
};
pub use edit::{apply_matrix, move_cell, AllianceText, MatrixEdit, PartnerText};
pub use network::{stage_column, NetworkStage, PartnerNetwork, StageChange, StageColumn};
pub use refs::{axis_references, intervention_references, remove_partner_references};

use super::axes::Axis;
use super::ids::PlanId;
use super::list::Identified;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One cell of the matrix: a territory (row) and a thematic area (column).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub struct Cell {
    pub territory: PlanId,
    pub theme: PlanId,
}

/// The life of an alliance, in the course's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AllianceStatus {
    #[default]
    Ideazione,
    Costituzione,
    Formalizzata,
    Attiva,
    InVerifica,
}

impl AllianceStatus {
    pub const ALL: [AllianceStatus; 5] = [
        AllianceStatus::Ideazione,
        AllianceStatus::Costituzione,
        AllianceStatus::Formalizzata,
        AllianceStatus::Attiva,
        AllianceStatus::InVerifica,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AllianceStatus::Ideazione => "ideazione",
            AllianceStatus::Costituzione => "costituzione",
            AllianceStatus::Formalizzata => "formalizzata",
            AllianceStatus::Attiva => "attiva",
            AllianceStatus::InVerifica => "in_verifica",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// Every funding source the course names (lever 4 of matrix management).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FundingSource {
    Fami,
    FsePlus,
    Pnrr,
    Regional,
    Municipal,
    Private,
}

impl FundingSource {
    pub const ALL: [FundingSource; 6] = [
        FundingSource::Fami,
        FundingSource::FsePlus,
        FundingSource::Pnrr,
        FundingSource::Regional,
        FundingSource::Municipal,
        FundingSource::Private,
    ];
}

/// A partner in an alliance, with its role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AllianceMember {
    /// A stakeholder of the register.
    pub partner: PlanId,
    #[serde(default)]
    pub role: String,
}

impl Identified for AllianceMember {
    fn id(&self) -> PlanId {
        self.partner
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Alliance {
    pub id: PlanId,
    pub name: String,
    #[serde(default)]
    pub objective: String,
    /// The lead partner (a stakeholder of the register).
    #[serde(default)]
    pub lead: Option<PlanId>,
    #[serde(default)]
    pub members: Vec<AllianceMember>,
    #[serde(default)]
    pub status: AllianceStatus,
    /// Interventions of the context analysis this alliance carries out.
    #[serde(default)]
    pub interventions: Vec<PlanId>,
    #[serde(default)]
    pub funding: Vec<FundingSource>,
    /// The cells it covers: one alliance may span several territories/themes.
    #[serde(default)]
    pub cells: Vec<Cell>,
}

impl Identified for Alliance {
    fn id(&self) -> PlanId {
        self.id
    }
}

impl Alliance {
    pub fn new(id: PlanId, name: &str) -> Self {
        Alliance {
            id,
            name: name.to_owned(),
            objective: String::new(),
            lead: None,
            members: Vec::new(),
            status: AllianceStatus::default(),
            interventions: Vec::new(),
            funding: Vec::new(),
            cells: Vec::new(),
        }
    }

    /// Every partner taking part: the lead and the members.
    pub fn partners(&self) -> impl Iterator<Item = PlanId> + '_ {
        self.lead
            .into_iter()
            .chain(self.members.iter().map(|m| m.partner))
    }

    pub fn has_partner(&self, partner: PlanId) -> bool {
        self.partners().any(|p| p == partner)
    }

    pub fn covers(&self, cell: Cell) -> bool {
        self.cells.contains(&cell)
    }
}

/// The coordinator of one row (territorial) or column (thematic).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Coordinator {
    pub axis: Axis,
    /// The territory or theme.
    pub item: PlanId,
    pub partner: PlanId,
}

/// Matrix management: who coordinates each row and column, and the cabina di
/// regia over all of them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct MatrixGovernance {
    pub coordinators: Vec<Coordinator>,
    /// Partners in the cabina di regia, in order.
    pub cabina_di_regia: Vec<PlanId>,
}

impl MatrixGovernance {
    pub fn coordinator_of(&self, axis: Axis, item: PlanId) -> Option<PlanId> {
        self.coordinators
            .iter()
            .find(|c| c.axis == axis && c.item == item)
            .map(|c| c.partner)
    }
}

#[cfg(test)]
mod tests;

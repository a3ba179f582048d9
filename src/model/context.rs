//! Step 2, Analisi di contesto. This is the first cut of the section: the
//! parts other steps read (needs by thematic area, the register of
//! interventions on the territory). The context-analysis work completes it.
use super::ids::PlanId;
use super::list::Identified;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct ContextAnalysis {
    /// Needs of the target population, by thematic area (`Axes::themes`).
    pub needs: Vec<Need>,
    /// Interventions already active or planned on the territory, by others too.
    pub interventions: Vec<Intervention>,
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
}

impl Identified for Need {
    fn id(&self) -> PlanId {
        self.id
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
}

impl Identified for Intervention {
    fn id(&self) -> PlanId {
        self.id
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
            theme,
            priority,
            description: String::new(),
        };
        let ctx = ContextAnalysis {
            needs: vec![need(a, 2), need(a, 4), need(b, 1)],
            interventions: vec![],
        };
        assert_eq!(ctx.priority_of(a), Some(4));
        assert_eq!(ctx.priority_of(b), Some(1));
        assert_eq!(ctx.priority_of(ids()), None);
    }
}

//! The matrix's part of compound removals (see `model::references`): the
//! edits that take its references to an item out, to batch before removing it.
use super::edit::MatrixEdit;
use super::Cell;
use crate::model::axes::Axis;
use crate::model::edit::Edit;
use crate::model::ids::PlanId;
use crate::model::plan::Plan;

/// The edits that take a territory or theme out of the matrix (alliances'
/// cells, its coordinator), to batch before removing it.
pub fn axis_references(plan: &Plan, axis: Axis, id: PlanId) -> Vec<Edit> {
    let on_item = |c: &Cell| match axis {
        Axis::Territories => c.territory == id,
        Axis::Themes => c.theme == id,
    };
    let mut edits: Vec<Edit> = plan
        .alliances
        .iter()
        .flat_map(|a| {
            a.cells.iter().filter(|c| on_item(c)).map(|c| {
                Edit::Matrix(MatrixEdit::RemoveCell {
                    alliance: a.id,
                    cell: *c,
                })
            })
        })
        .collect();
    if plan.governance.coordinator_of(axis, id).is_some() {
        edits.push(Edit::Matrix(MatrixEdit::SetCoordinator {
            axis,
            item: id,
            partner: None,
        }));
    }
    edits
}

/// The edits that take an intervention of the context analysis out of the
/// alliances that carry it out.
pub fn intervention_references(plan: &Plan, intervention: PlanId) -> Vec<Edit> {
    plan.alliances
        .iter()
        .filter(|a| a.interventions.contains(&intervention))
        .map(|a| {
            Edit::Matrix(MatrixEdit::SetIntervention {
                alliance: a.id,
                intervention,
                on: false,
            })
        })
        .collect()
}

/// The edits that take a partner out of the matrix (lead, memberships,
/// coordination, cabina di regia), to batch before removing it.
pub fn remove_partner_references(plan: &Plan, partner: PlanId) -> Vec<Edit> {
    let mut edits = Vec::new();
    for a in &plan.alliances {
        if a.lead == Some(partner) {
            edits.push(Edit::Matrix(MatrixEdit::SetLead {
                id: a.id,
                lead: None,
            }));
        }
        if a.members.iter().any(|m| m.partner == partner) {
            edits.push(Edit::Matrix(MatrixEdit::RemoveMember {
                alliance: a.id,
                partner,
            }));
        }
    }
    for c in plan
        .governance
        .coordinators
        .iter()
        .filter(|c| c.partner == partner)
    {
        edits.push(Edit::Matrix(MatrixEdit::SetCoordinator {
            axis: c.axis,
            item: c.item,
            partner: None,
        }));
    }
    if plan.governance.cabina_di_regia.contains(&partner) {
        edits.push(Edit::Matrix(MatrixEdit::SetCabina {
            partner,
            index: None,
        }));
    }
    edits
}

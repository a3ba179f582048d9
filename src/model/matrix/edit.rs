//! The edits of the matrix section and of the partners' network record, and
//! the builders of compound edits (one undo step each).
use super::{Alliance, AllianceMember, AllianceStatus, Cell, Coordinator, FundingSource};
use super::{NetworkStage, PartnerNetwork};
use crate::model::axes::Axis;
use crate::model::edit::{Edit, EditError};
use crate::model::ids::PlanId;
use crate::model::list;
use crate::model::plan::Plan;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AllianceText {
    Name,
    Objective,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartnerText {
    Advantages,
    Commitments,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum MatrixEdit {
    InsertAlliance {
        index: usize,
        alliance: Alliance,
    },
    RemoveAlliance {
        id: PlanId,
    },
    SetAllianceText {
        id: PlanId,
        field: AllianceText,
        value: String,
    },
    SetLead {
        id: PlanId,
        lead: Option<PlanId>,
    },
    SetStatus {
        id: PlanId,
        status: AllianceStatus,
    },
    InsertMember {
        alliance: PlanId,
        index: usize,
        member: AllianceMember,
    },
    RemoveMember {
        alliance: PlanId,
        partner: PlanId,
    },
    SetMemberRole {
        alliance: PlanId,
        partner: PlanId,
        role: String,
    },
    /// Adds `cell` to the alliance's cells at `index`.
    InsertCell {
        alliance: PlanId,
        index: usize,
        cell: Cell,
    },
    RemoveCell {
        alliance: PlanId,
        cell: Cell,
    },
    SetFunding {
        alliance: PlanId,
        source: FundingSource,
        on: bool,
    },
    SetIntervention {
        alliance: PlanId,
        intervention: PlanId,
        on: bool,
    },
    /// Sets (or clears) the coordinator of a row or column.
    SetCoordinator {
        axis: Axis,
        item: PlanId,
        partner: Option<PlanId>,
    },
    /// Puts a partner into the cabina di regia at `index`, or takes it out.
    SetCabina {
        partner: PlanId,
        index: Option<usize>,
    },
    /// Moves a partner to a networking stage, recording the date.
    SetStage {
        partner: PlanId,
        stage: NetworkStage,
        at: DateTime<Utc>,
    },
    /// Replaces a partner's whole network record (the inverse of `SetStage`).
    ReplaceNetwork {
        partner: PlanId,
        network: PartnerNetwork,
    },
    SetPartnerText {
        partner: PlanId,
        field: PartnerText,
        value: String,
    },
}

fn alliance_mut(plan: &mut Plan, id: PlanId) -> Result<&mut Alliance, EditError> {
    list::get_mut(&mut plan.alliances, id)
}

fn network_mut(plan: &mut Plan, partner: PlanId) -> Result<&mut PartnerNetwork, EditError> {
    Ok(&mut list::get_mut(&mut plan.stakeholders, partner)?.network)
}

/// Adds or removes `x` from a set kept as a list; returns whether it was there.
fn toggle<T: PartialEq>(items: &mut Vec<T>, x: T, on: bool) -> bool {
    let pos = items.iter().position(|i| *i == x);
    match (pos, on) {
        (None, true) => items.push(x),
        (Some(i), false) => {
            items.remove(i);
        }
        _ => {}
    }
    pos.is_some()
}

/// Applies a matrix edit and returns its inverse. Text length is checked by
/// the caller ([`crate::model::apply`]).
pub fn apply_matrix(plan: &mut Plan, edit: MatrixEdit) -> Result<MatrixEdit, EditError> {
    use MatrixEdit as M;
    Ok(match edit {
        M::InsertAlliance { index, alliance } => {
            let id = alliance.id;
            list::insert(&mut plan.alliances, index, alliance)?;
            M::RemoveAlliance { id }
        }
        M::RemoveAlliance { id } => {
            let (index, alliance) = list::remove(&mut plan.alliances, id)?;
            M::InsertAlliance { index, alliance }
        }
        M::SetAllianceText { id, field, value } => {
            let a = alliance_mut(plan, id)?;
            let slot = match field {
                AllianceText::Name => &mut a.name,
                AllianceText::Objective => &mut a.objective,
            };
            let old = std::mem::replace(slot, value);
            M::SetAllianceText {
                id,
                field,
                value: old,
            }
        }
        M::SetLead { id, lead } => {
            let old = std::mem::replace(&mut alliance_mut(plan, id)?.lead, lead);
            M::SetLead { id, lead: old }
        }
        M::SetStatus { id, status } => {
            let old = std::mem::replace(&mut alliance_mut(plan, id)?.status, status);
            M::SetStatus { id, status: old }
        }
        M::InsertMember {
            alliance,
            index,
            member,
        } => {
            let partner = member.partner;
            list::index_of(&plan.stakeholders, partner)?;
            list::insert(&mut alliance_mut(plan, alliance)?.members, index, member)?;
            M::RemoveMember { alliance, partner }
        }
        M::RemoveMember { alliance, partner } => {
            let (index, member) =
                list::remove(&mut alliance_mut(plan, alliance)?.members, partner)?;
            M::InsertMember {
                alliance,
                index,
                member,
            }
        }
        M::SetMemberRole {
            alliance,
            partner,
            role,
        } => {
            let m = list::get_mut(&mut alliance_mut(plan, alliance)?.members, partner)?;
            let old = std::mem::replace(&mut m.role, role);
            M::SetMemberRole {
                alliance,
                partner,
                role: old,
            }
        }
        M::InsertCell {
            alliance,
            index,
            cell,
        } => {
            list::index_of(&plan.axes.territories, cell.territory)?;
            list::index_of(&plan.axes.themes, cell.theme)?;
            let a = alliance_mut(plan, alliance)?;
            if a.covers(cell) {
                return Err(EditError::DuplicateId(cell.territory));
            }
            if index > a.cells.len() {
                let len = a.cells.len();
                return Err(EditError::IndexOutOfRange { index, len });
            }
            a.cells.insert(index, cell);
            M::RemoveCell { alliance, cell }
        }
        M::RemoveCell { alliance, cell } => {
            let a = alliance_mut(plan, alliance)?;
            let index = a
                .cells
                .iter()
                .position(|c| *c == cell)
                .ok_or(EditError::NotFound(cell.territory))?;
            a.cells.remove(index);
            M::InsertCell {
                alliance,
                index,
                cell,
            }
        }
        M::SetFunding {
            alliance,
            source,
            on,
        } => {
            let was = toggle(&mut alliance_mut(plan, alliance)?.funding, source, on);
            M::SetFunding {
                alliance,
                source,
                on: was,
            }
        }
        M::SetIntervention {
            alliance,
            intervention,
            on,
        } => {
            let a = alliance_mut(plan, alliance)?;
            let was = toggle(&mut a.interventions, intervention, on);
            M::SetIntervention {
                alliance,
                intervention,
                on: was,
            }
        }
        M::SetCoordinator {
            axis,
            item,
            partner,
        } => {
            list::index_of(plan.axes.list(axis), item)?;
            if let Some(p) = partner {
                list::index_of(&plan.stakeholders, p)?;
            }
            let coords = &mut plan.governance.coordinators;
            let pos = coords.iter().position(|c| c.axis == axis && c.item == item);
            let old = pos.map(|i| coords.remove(i).partner);
            if let Some(partner) = partner {
                coords.push(Coordinator {
                    axis,
                    item,
                    partner,
                });
            }
            M::SetCoordinator {
                axis,
                item,
                partner: old,
            }
        }
        M::SetCabina { partner, index } => {
            let cabina = &mut plan.governance.cabina_di_regia;
            let old = cabina.iter().position(|p| *p == partner);
            if let Some(i) = old {
                cabina.remove(i);
            }
            if let Some(i) = index {
                cabina.insert(i.min(cabina.len()), partner);
            }
            M::SetCabina {
                partner,
                index: old,
            }
        }
        M::SetStage { partner, stage, at } => {
            let n = network_mut(plan, partner)?;
            let old = std::mem::replace(n, n.moved_to(stage, at));
            M::ReplaceNetwork {
                partner,
                network: old,
            }
        }
        M::ReplaceNetwork { partner, network } => {
            let old = std::mem::replace(network_mut(plan, partner)?, network);
            M::ReplaceNetwork {
                partner,
                network: old,
            }
        }
        M::SetPartnerText {
            partner,
            field,
            value,
        } => {
            let n = network_mut(plan, partner)?;
            let slot = match field {
                PartnerText::Advantages => &mut n.advantages,
                PartnerText::Commitments => &mut n.commitments,
            };
            let old = std::mem::replace(slot, value);
            M::SetPartnerText {
                partner,
                field,
                value: old,
            }
        }
    })
}

/// Moves an alliance from one cell to another: one undo step.
pub fn move_cell(plan: &Plan, alliance: PlanId, from: Cell, to: Cell) -> Edit {
    let index = plan
        .alliances
        .iter()
        .find(|a| a.id == alliance)
        .and_then(|a| a.cells.iter().position(|c| *c == from))
        .unwrap_or(0);
    Edit::Batch(vec![
        Edit::Matrix(MatrixEdit::RemoveCell {
            alliance,
            cell: from,
        }),
        Edit::Matrix(MatrixEdit::InsertCell {
            alliance,
            index,
            cell: to,
        }),
    ])
}

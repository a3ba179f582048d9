//! What refers to what. Removing an item of the plan takes every reference to
//! it along in the same undo step, whichever screen removes it: no edit can
//! leave a dangling id, which would make the stored plan fail validation.
use super::axes::{AxesEdit, Axis};
use super::context::{context_references, ContextEdit, Register};
use super::edit::Edit;
use super::ids::PlanId;
use super::matrix::{axis_references, intervention_references, remove_partner_references};
use super::plan::Plan;

/// An item other parts of the plan refer to by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Stakeholder(PlanId),
    Axis(Axis, PlanId),
    Intervention(PlanId),
    Source(PlanId),
    Alliance(PlanId),
    /// An item of the co-design section (a decision, a session, a tavolo…).
    CoDesign(super::codesign::Kind, PlanId),
}

impl Target {
    /// The item `edit` removes, when it is one that others may refer to.
    pub fn removed_by(edit: &Edit) -> Option<Target> {
        match edit {
            Edit::RemoveStakeholder { id } => Some(Target::Stakeholder(*id)),
            Edit::Axes(AxesEdit::Remove { axis, id }) => Some(Target::Axis(*axis, *id)),
            Edit::Context(ContextEdit::Remove { register, id }) => match register {
                Register::Interventions => Some(Target::Intervention(*id)),
                Register::Sources => Some(Target::Source(*id)),
                Register::Needs | Register::Rows(_) => None,
            },
            Edit::Matrix(super::matrix::MatrixEdit::RemoveAlliance { id }) => {
                Some(Target::Alliance(*id))
            }
            Edit::CoDesign(super::codesign::CoDesignEdit::Remove { kind, id }) => {
                Some(Target::CoDesign(*kind, *id))
            }
            _ => None,
        }
    }
}

/// The edits that take every reference to `target` out of the plan, in the
/// order to apply them before removing `target` itself.
pub fn references(plan: &Plan, target: Target) -> Vec<Edit> {
    let mut edits = match target {
        Target::Stakeholder(id) => remove_partner_references(plan, id),
        Target::Axis(axis, id) => axis_references(plan, axis, id),
        Target::Intervention(id) => intervention_references(plan, id),
        Target::Source(_) | Target::Alliance(_) | Target::CoDesign(..) => Vec::new(),
    };
    edits.extend(context_references(plan, target));
    if let Target::Stakeholder(id) = target {
        edits.extend(super::formal::representative_references(plan, id));
    }
    edits.extend(super::codesign::codesign_references(plan, target));
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::matrix::{Alliance, AllianceMember, Cell};
    use crate::model::{
        apply, sequential_ids, validate, AxisItem, Intervention, Stakeholder, StakeholderKind,
    };
    use chrono::{DateTime, Utc};

    /// A plan where one partner, one territory, one theme and one intervention
    /// are each referred to by both the matrix and the context analysis.
    fn linked() -> (Plan, PlanId, PlanId, PlanId, PlanId) {
        let mut ids = sequential_ids(60);
        let mut p = Plan::new(ids(), "Piano", DateTime::<Utc>::default(), &mut ids);
        let (s, t, i) = (ids(), ids(), ids());
        let theme = p.axes.themes[0].id;
        p.stakeholders
            .push(Stakeholder::new(s, "ASL", StakeholderKind::HealthAuthority));
        p.stakeholders.push(Stakeholder::new(
            ids(),
            "Coop",
            StakeholderKind::ThirdSector,
        ));
        p.axes.territories.push(AxisItem {
            id: t,
            name: "Nord".into(),
        });
        p.context.interventions.push(Intervention {
            promoter: Some(s),
            territories: vec![t],
            themes: vec![theme],
            ..Intervention::new(i)
        });
        let mut a = Alliance::new(ids(), "Salute");
        a.lead = Some(s);
        a.members = vec![AllianceMember {
            partner: p.stakeholders[1].id,
            role: String::new(),
        }];
        a.cells = vec![Cell {
            territory: t,
            theme,
        }];
        a.interventions = vec![i];
        p.alliances.push(a);
        assert!(validate(&p).is_empty(), "{:?}", validate(&p));
        (p, s, t, theme, i)
    }

    fn remove_and_undo(p: &Plan, edit: Edit) -> Plan {
        let mut after = p.clone();
        let undo = apply(&mut after, edit, DateTime::<Utc>::default()).unwrap();
        assert!(validate(&after).is_empty(), "{:?}", validate(&after));
        let mut back = after.clone();
        apply(&mut back, undo, DateTime::<Utc>::default()).unwrap();
        assert_eq!(&back, p, "one undo step brings everything back");
        after
    }

    #[test]
    fn removing_a_partner_takes_it_out_of_the_matrix_and_the_interventions() {
        let (p, s, ..) = linked();
        let after = remove_and_undo(&p, Edit::RemoveStakeholder { id: s });
        assert_eq!(after.alliances[0].lead, None);
        assert_eq!(after.context.interventions[0].promoter, None);
    }

    #[test]
    fn removing_a_territory_or_theme_takes_its_cells_and_intervention_places_along() {
        let (p, _, t, theme, _) = linked();
        for (axis, id) in [(Axis::Territories, t), (Axis::Themes, theme)] {
            let after = remove_and_undo(&p, Edit::Axes(AxesEdit::Remove { axis, id }));
            assert!(after.alliances[0].cells.is_empty());
        }
    }

    #[test]
    fn removing_an_intervention_takes_it_out_of_the_alliances_that_carry_it() {
        let (p, .., i) = linked();
        let edit = Edit::Context(ContextEdit::Remove {
            register: Register::Interventions,
            id: i,
        });
        let after = remove_and_undo(&p, edit);
        assert!(after.alliances[0].interventions.is_empty());
        assert!(after.context.interventions.is_empty());
    }
}

//! The context analysis' part of compound removals (see `model::references`).
use super::data::TableKind;
use super::edits::{ContextEdit, Item, Register};
use super::sources::PartKind;
use crate::model::axes::Axis;
use crate::model::edit::Edit;
use crate::model::plan::Plan;
use crate::model::references::Target;

fn ctx(e: ContextEdit) -> Edit {
    Edit::Context(e)
}

/// The edits that take every reference the context analysis makes to
/// `target` out of it, to batch before removing `target` itself.
pub fn context_references(plan: &Plan, target: Target) -> Vec<Edit> {
    let c = &plan.context;
    let mut edits = Vec::new();
    match target {
        Target::Source(id) => {
            for n in c.needs.iter().filter(|n| n.sources.contains(&id)) {
                let mut n = n.clone();
                n.sources.retain(|s| *s != id);
                edits.push(ctx(ContextEdit::Replace(Item::Need(n))));
            }
            for table in TableKind::ALL {
                let head = &c.demographics.table(table).head;
                if head.sources.contains(&id) {
                    let mut head = head.clone();
                    head.sources.retain(|s| *s != id);
                    edits.push(ctx(ContextEdit::SetTableHead { table, head }));
                }
            }
            for part in PartKind::ALL {
                let notes = c.parts.get(part);
                if notes.sources.contains(&id) {
                    let mut notes = notes.clone();
                    notes.sources.retain(|s| *s != id);
                    edits.push(ctx(ContextEdit::SetNotes { part, notes }));
                }
            }
        }
        Target::Stakeholder(id) => {
            for i in c.interventions.iter().filter(|i| i.promoter == Some(id)) {
                let mut i = i.clone();
                i.promoter = None;
                edits.push(ctx(ContextEdit::Replace(Item::Intervention(i))));
            }
        }
        Target::Axis(Axis::Territories, id) => {
            if c.demographics.territory_count(id).is_some() {
                edits.push(ctx(ContextEdit::SetTerritoryCount {
                    territory: id,
                    count: None,
                }));
            }
            for i in c
                .interventions
                .iter()
                .filter(|i| i.territories.contains(&id))
            {
                let mut i = i.clone();
                i.territories.retain(|t| *t != id);
                edits.push(ctx(ContextEdit::Replace(Item::Intervention(i))));
            }
        }
        Target::Axis(Axis::Themes, id) => {
            // A need belongs to its theme: it goes with it (undo brings both back).
            for n in c.needs.iter().filter(|n| n.theme == id) {
                edits.push(ctx(ContextEdit::Remove {
                    register: Register::Needs,
                    id: n.id,
                }));
            }
            for i in c.interventions.iter().filter(|i| i.themes.contains(&id)) {
                let mut i = i.clone();
                i.themes.retain(|t| *t != id);
                edits.push(ctx(ContextEdit::Replace(Item::Intervention(i))));
            }
            for s in plan
                .stakeholders
                .iter()
                .filter(|s| s.profile.themes.contains(&id))
            {
                let mut profile = s.profile.clone();
                profile.themes.retain(|t| *t != id);
                edits.push(ctx(ContextEdit::SetProfile {
                    stakeholder: s.id,
                    profile,
                }));
            }
        }
        Target::Intervention(_) | Target::Alliance(_) | Target::CoDesign(..) => {}
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::context::{Need, Source, TerritoryCount};
    use crate::model::Intervention;
    use crate::model::{apply as apply_edit, sequential_ids, validate, AxisItem, Stakeholder};
    use chrono::{DateTime, Utc};

    fn plan() -> Plan {
        Plan::new(
            sequential_ids(1)(),
            "Piano",
            DateTime::<Utc>::default(),
            sequential_ids(2),
        )
    }

    /// The edit changes the plan, its inverse restores it, the redo repeats it.
    fn assert_undoes(mut p: Plan, edit: Edit) -> Plan {
        let now = DateTime::<Utc>::default();
        let before = p.clone();
        let inverse = apply_edit(&mut p, edit, now).unwrap();
        let after = p.clone();
        assert_ne!(after, before, "the edit changed nothing");
        let redo = apply_edit(&mut p, inverse, now).unwrap();
        assert_eq!(p, before);
        apply_edit(&mut p, redo, now).unwrap();
        assert_eq!(p, after);
        after
    }

    #[test]
    fn removing_a_cited_source_removes_its_citations_and_undo_restores_them() {
        let mut ids = sequential_ids(8);
        let mut p = plan();
        let theme = p.axes.themes[1].id;
        let (s, n) = (ids(), ids());
        p.context.sources.push(Source::new(s));
        p.context.needs.push(Need {
            sources: vec![s],
            ..Need::new(n, theme)
        });
        p.context.demographics.nationality.head.sources = vec![s];
        p.context.parts.sources.sources = vec![s];
        let edit = Edit::Context(ContextEdit::Remove {
            register: Register::Sources,
            id: s,
        });
        let after = assert_undoes(p, edit);
        assert!(after.context.sources.is_empty());
        assert!(after.context.needs[0].unsupported());
        assert!(validate(&after).is_empty());
    }

    #[test]
    fn removing_a_territory_or_a_stakeholder_leaves_no_dangling_reference() {
        let mut ids = sequential_ids(9);
        let mut p = plan();
        let (t, s, i) = (ids(), ids(), ids());
        p.axes.territories.push(AxisItem {
            id: t,
            name: "Nord".into(),
        });
        p.stakeholders.push(Stakeholder {
            id: s,
            name: "Coop".into(),
            kind: Default::default(),
            profile: Default::default(),
            network: Default::default(),
        });
        p.context.interventions.push(Intervention {
            promoter: Some(s),
            territories: vec![t],
            ..Intervention::new(i)
        });
        p.context
            .demographics
            .territory_counts
            .push(TerritoryCount {
                territory: t,
                count: 40,
            });
        assert!(validate(&p).is_empty());
        let edit = Edit::Axes(crate::model::AxesEdit::Remove {
            axis: Axis::Territories,
            id: t,
        });
        let p2 = assert_undoes(p, edit);
        assert!(validate(&p2).is_empty());
        let edit = Edit::RemoveStakeholder { id: s };
        let p3 = assert_undoes(p2, edit);
        assert!(validate(&p3).is_empty());
        assert_eq!(p3.context.interventions[0].promoter, None);
    }

    #[test]
    fn removing_a_theme_takes_its_needs_and_its_place_in_interventions_and_profiles() {
        let mut ids = sequential_ids(40);
        let mut p = plan();
        let theme = p.axes.themes[0].id;
        let other = p.axes.themes[1].id;
        let (n, i, s) = (ids(), ids(), ids());
        p.context.needs.push(Need::new(n, theme));
        p.context.needs.push(Need::new(ids(), other));
        p.context.interventions.push(Intervention {
            themes: vec![theme, other],
            ..Intervention::new(i)
        });
        p.stakeholders.push(Stakeholder {
            id: s,
            name: "ASL".into(),
            kind: Default::default(),
            profile: crate::model::StakeholderProfile {
                themes: vec![theme],
                ..Default::default()
            },
            network: Default::default(),
        });
        let edit = Edit::Axes(crate::model::AxesEdit::Remove {
            axis: Axis::Themes,
            id: theme,
        });
        let after = assert_undoes(p, edit);
        assert!(validate(&after).is_empty(), "{:?}", validate(&after));
        assert_eq!(after.context.needs.len(), 1);
        assert_eq!(after.context.needs[0].theme, other);
        assert_eq!(after.context.interventions[0].themes, vec![other]);
        assert!(after.stakeholders[0].profile.themes.is_empty());
    }
}

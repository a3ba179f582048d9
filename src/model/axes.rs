//! The two axes of the alliance matrix, shared with the context analysis:
//! territories (rows) and thematic areas (columns). One list each per plan.
use super::edit::EditError;
use super::ids::PlanId;
use super::list::{self, Identified};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The thematic areas of the course, the default columns of a new plan.
pub const DEFAULT_THEMES: [&str; 5] = [
    "Servizi socio-sanitari",
    "Istruzione e formazione",
    "Inclusione lavorativa",
    "Inclusione abitativa",
    "Inclusione socio-culturale",
];

/// A row or a column of the matrix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AxisItem {
    pub id: PlanId,
    pub name: String,
}

impl Identified for AxisItem {
    fn id(&self) -> PlanId {
        self.id
    }
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub enum Axis {
    /// Rows: neighbourhoods, municipi, Comuni of an ATS, a district…
    Territories,
    /// Columns: thematic areas.
    Themes,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Axes {
    pub territories: Vec<AxisItem>,
    pub themes: Vec<AxisItem>,
}

impl Axes {
    pub fn with_default_themes(mut fresh: impl FnMut() -> PlanId) -> Self {
        Axes {
            territories: Vec::new(),
            themes: DEFAULT_THEMES
                .iter()
                .map(|name| AxisItem {
                    id: fresh(),
                    name: (*name).to_owned(),
                })
                .collect(),
        }
    }

    pub fn list(&self, axis: Axis) -> &[AxisItem] {
        match axis {
            Axis::Territories => &self.territories,
            Axis::Themes => &self.themes,
        }
    }

    pub fn list_mut(&mut self, axis: Axis) -> &mut Vec<AxisItem> {
        match axis {
            Axis::Territories => &mut self.territories,
            Axis::Themes => &mut self.themes,
        }
    }
}

/// Edits of the axes. Removing an item that other sections refer to is done
/// by the caller as a batch (remove the references, then the item), so undo
/// restores them together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum AxesEdit {
    Insert {
        axis: Axis,
        index: usize,
        item: AxisItem,
    },
    Remove {
        axis: Axis,
        id: PlanId,
    },
    Rename {
        axis: Axis,
        id: PlanId,
        name: String,
    },
    Move {
        axis: Axis,
        id: PlanId,
        to: usize,
    },
}

pub fn apply(axes: &mut Axes, edit: AxesEdit) -> Result<AxesEdit, EditError> {
    Ok(match edit {
        AxesEdit::Insert { axis, index, item } => {
            let id = item.id;
            list::insert(axes.list_mut(axis), index, item)?;
            AxesEdit::Remove { axis, id }
        }
        AxesEdit::Remove { axis, id } => {
            let (index, item) = list::remove(axes.list_mut(axis), id)?;
            AxesEdit::Insert { axis, index, item }
        }
        AxesEdit::Rename { axis, id, name } => {
            let item = list::get_mut(axes.list_mut(axis), id)?;
            let old = std::mem::replace(&mut item.name, name);
            AxesEdit::Rename {
                axis,
                id,
                name: old,
            }
        }
        AxesEdit::Move { axis, id, to } => {
            let from = list::move_to(axes.list_mut(axis), id, to)?;
            AxesEdit::Move { axis, id, to: from }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_plan_has_the_five_thematic_areas_of_the_course_and_no_territory() {
        let mut n = 0u8;
        let axes = Axes::with_default_themes(|| {
            n += 1;
            PlanId::from_random_bytes([n; 16])
        });
        let names: Vec<_> = axes.themes.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, DEFAULT_THEMES);
        assert!(axes.territories.is_empty());
    }

    #[test]
    fn axis_edits_undo_exactly() {
        let item = |n: u8, name: &str| AxisItem {
            id: PlanId::from_random_bytes([n; 16]),
            name: name.into(),
        };
        let mut axes = Axes::default();
        let edits = [
            AxesEdit::Insert {
                axis: Axis::Territories,
                index: 0,
                item: item(1, "Nord"),
            },
            AxesEdit::Insert {
                axis: Axis::Territories,
                index: 1,
                item: item(2, "Sud"),
            },
            AxesEdit::Rename {
                axis: Axis::Territories,
                id: item(1, "").id,
                name: "Centro".into(),
            },
            AxesEdit::Move {
                axis: Axis::Territories,
                id: item(1, "").id,
                to: 1,
            },
            AxesEdit::Remove {
                axis: Axis::Territories,
                id: item(2, "").id,
            },
        ];
        let mut states = vec![axes.clone()];
        let mut inverses = Vec::new();
        for e in edits {
            inverses.push(apply(&mut axes, e).unwrap());
            states.push(axes.clone());
        }
        assert_eq!(axes.territories, [item(1, "Centro")]);
        states.pop();
        while let Some(inv) = inverses.pop() {
            apply(&mut axes, inv).unwrap();
            assert_eq!(axes, states.pop().unwrap());
        }
    }
}

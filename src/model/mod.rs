//! The plan document and its rules: plain Rust, no browser and no UI framework,
//! so that every rule is tested natively with `cargo test`.
//!
//! Each step of the process owns a section of [`Plan`]; later steps add their
//! section as a new field with `#[serde(default)]` so older documents still load.

mod axes;
pub mod codesign;
pub mod context;
mod edit;
pub mod formal;
pub mod guide;
mod ids;
pub mod list;
pub mod matrix;
mod plan;
pub mod references;
pub mod search;
mod steps;
pub mod summary;
pub mod ts;
mod validate;

pub use axes::{Axes, AxesEdit, Axis, AxisItem, DEFAULT_THEMES};
pub use codesign::{CoDesign, CoDesignEdit};
pub use context::{ContextAnalysis, ContextEdit, Intervention, Need, StakeholderProfile};
pub use edit::{apply, CoalesceKey, Edit, EditError, PlanField, StakeholderField};
pub use ids::{new_id, sequential_ids, PlanId};
pub use plan::{Foundations, Plan, PlanSummary, Stakeholder, StakeholderKind, DEFAULT_TITLE};
pub use steps::Step;
pub use validate::{validate, Problem, ValidationError, MAX_ITEMS, MAX_TEXT_CHARS};

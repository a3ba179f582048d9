//! The guided path: a panel over the current step (purpose, questions,
//! checklist, next action), progress in the navigation, inline help, the
//! exercise view with its hand-in, and the example plans.
//!
//! The checklists come from `model::guide` and are recomputed once typing
//! pauses (the matrix check runs the matrix analysis, heavy on large plans).
mod examples;
mod exercise;
pub mod help;
mod panel;
mod progress;
mod texts;

pub use examples::ExamplePicker;
pub use help::{HelpTopic, InfoHelp};
pub use panel::GuidePanel;
pub use progress::{OverallProgress, StepProgress};

use crate::model::guide::{self, Check};
use crate::model::{PlanId, Step};
use crate::persistence::{keys, storage};
use crate::state::{now, use_app, AppContext, AppStateStoreFields};
use leptos::prelude::*;
use std::time::Duration;

/// How long typing must pause before the checklists are recomputed.
const RECOMPUTE_DELAY: Duration = Duration::from_millis(250);

type Checklists = Vec<(Step, Vec<Check>)>;

#[derive(Clone, Copy)]
pub struct GuideContext {
    /// The checklist of every step with rules, for the open plan.
    pub checks: RwSignal<Option<(PlanId, Checklists)>>,
    /// The guide is hidden for the open plan (remembered per plan).
    pub hidden: RwSignal<bool>,
    app: AppContext,
}

impl GuideContext {
    pub fn step(&self, step: Step) -> Option<Vec<Check>> {
        self.checks.with(|c| {
            c.as_ref()
                .and_then(|(_, list)| list.iter().find(|(s, _)| *s == step))
                .map(|(_, checks)| checks.clone())
        })
    }

    pub fn set_hidden(&self, hidden: bool) {
        self.hidden.set(hidden);
        if let Some(id) = self.app.with_plan(|p| p.id) {
            storage::write_pref(&keys::guide_hidden(id), if hidden { "1" } else { "0" });
        }
    }
}

in_plan_module! {
    /// The checklists of the open plan. Their rules (and the matrix analysis they
    /// use) are in the plan module, loaded once a plan is open, so the plans
    /// screen does without them.
    fn compute(app: AppContext) -> Option<(PlanId, Checklists)> {
        let today = now().date_naive();
        untrack(|| app.with_plan(|p| (p.id, guide::exercise(p, today))))
    }
}

/// Sets the checklists once computed. The plan is read when the computation
/// runs, so the last one to finish holds the latest plan.
fn recompute(ctx: GuideContext) {
    leptos::task::spawn_local(async move { ctx.checks.set(compute(ctx.app).await) });
}

/// Creates the guide's state for the shell (call once, before the navigation).
pub fn provide_guide() {
    let app = use_app();
    let ctx = GuideContext {
        checks: RwSignal::new(None),
        hidden: RwSignal::new(false),
        app,
    };
    provide_context(ctx);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |prev: Option<Option<PlanId>>| {
        let id = app
            .store
            .current()
            .with(|p| p.as_ref().map(|p| (p.id, p.updated_at)));
        let plan_id = id.map(|(i, _)| i);
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        if prev.flatten() != plan_id {
            // Another plan (or none): its state, the checklists once computed.
            ctx.hidden.set(plan_id.is_some_and(|id| {
                storage::read_pref(&keys::guide_hidden(id)).as_deref() == Some("1")
            }));
            ctx.checks.set(None);
            if plan_id.is_some() {
                recompute(ctx);
            }
        } else {
            let handle = set_timeout_with_handle(move || recompute(ctx), RECOMPUTE_DELAY).ok();
            pending.set_value(handle);
        }
        plan_id
    });
}

pub fn use_guide() -> GuideContext {
    expect_context::<GuideContext>()
}

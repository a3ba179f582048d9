//! The exercise view: per step, the tasks of the course's exercise, ticked
//! from the plan's real content; and the hand-in, which downloads the package
//! with the trainee's name in the file name and in the envelope.
use super::panel::CheckList;
use super::use_guide;
use crate::components::step_nav::step_label;
use crate::i18n::*;
use crate::persistence::exports::ExportMark;
use crate::persistence::{files, format, storage};
use crate::state::{now, use_app, AppContext, AppStateStoreFields};
use leptos::prelude::*;

impl AppContext {
    /// Downloads the open plan as an exercise handed in by `trainee`; returns
    /// the file name.
    pub fn hand_in(&self, trainee: &str) -> Option<String> {
        let e = crate::engine::loaded()?;
        let now = now();
        let (id, updated, name, text) = self.with_plan(|p| {
            (
                p.id,
                p.updated_at,
                format::handed_in_file_name(trainee, &p.title, now.date_naive()),
                (e.encode_handed_in)(p, now, Some(trainee)),
            )
        })?;
        files::download(&name, "application/json", &text).ok()?;
        let mark = ExportMark {
            at: now,
            plan_updated_at: updated,
        };
        storage::record_export(id, &mark);
        self.store.exports().update(|m| {
            m.insert(id, mark);
        });
        Some(name)
    }
}

#[component]
pub fn ExerciseView() -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_guide();
    let app = use_app();
    let trainee = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Result<String, ()>>);
    let steps = move || {
        guide
            .checks
            .get()
            .map(|(_, list)| list)
            .unwrap_or_default()
            .into_iter()
            .map(|(step, list)| {
                let heading = t_string!(
                    i18n,
                    guida.exercise_step,
                    n = step.number(),
                    step = step_label(i18n, step)
                )
                .to_string();
                let label = heading.clone();
                view! {
                    <li>
                        <h4>{heading}</h4>
                        <CheckList list label />
                    </li>
                }
            })
            .collect_view()
    };
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let name = trainee.get_untracked();
        if name.trim().is_empty() {
            outcome.set(Some(Err(())));
            return;
        }
        outcome.set(app.hand_in(name.trim()).map(Ok));
    };
    view! {
        <section class="exercise" aria-labelledby="exercise-title">
            <h3 id="exercise-title">{t!(i18n, guida.exercise_title)}</h3>
            <p>{t!(i18n, guida.exercise_intro)}</p>
            <ol class="exercise-steps">{steps}</ol>
            <form class="form form-inline" on:submit=submit>
                <div class="form-group">
                    <label for="trainee-name">{t!(i18n, guida.trainee_label)}</label>
                    <input id="trainee-name" type="text" autocomplete="name" aria-describedby="trainee-help" bind:value=trainee />
                    <p class="form-help" id="trainee-help">{t!(i18n, guida.trainee_help)}</p>
                </div>
                <button type="submit" class="btn btn-primary">{t!(i18n, guida.hand_in)}</button>
            </form>
            <p role="status" class="exercise-outcome">
                {move || match outcome.get() {
                    Some(Ok(name)) => t_string!(i18n, guida.handed_in, name = name).to_string(),
                    Some(Err(())) => t_string!(i18n, guida.trainee_missing).to_owned(),
                    None => String::new(),
                }}
            </p>
        </section>
    }
}

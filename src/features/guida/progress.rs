//! Progress in the step navigation: per step, and over the whole path.
use super::use_guide;
use crate::components::step_nav::step_label;
use crate::i18n::*;
use crate::model::guide::{overall, Progress};
use crate::model::Step;
use leptos::prelude::*;

/// "3/5" beside a step's name; the words are for screen readers.
#[component]
pub fn StepProgress(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_guide();
    let progress = Memo::new(move |_| guide.step(step).map(|c| Progress::of(&c)));
    move || {
        progress.get().map(|p| {
            let class = if p.complete() {
                "step-progress complete"
            } else {
                "step-progress"
            };
            let words = t_string!(
                i18n,
                guida.progress_label,
                step = step_label(i18n, step),
                done = p.done,
                total = p.total
            )
            .to_string();
            view! {
                <span class=class aria-hidden="true">{format!("{}/{}", p.done, p.total)}</span>
                <span class="visually-hidden">{words}</span>
            }
        })
    }
}

/// The whole path's progress, above the steps.
#[component]
pub fn OverallProgress() -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_guide();
    let total = Memo::new(move |_| {
        guide.checks.with(|c| {
            c.as_ref().map(|(_, list)| {
                let steps: Vec<(Step, Progress)> =
                    list.iter().map(|(s, c)| (*s, Progress::of(c))).collect();
                overall(&steps)
            })
        })
    });
    move || {
        total.get().map(|p| {
            let text = t_string!(
                i18n,
                guida.overall,
                done = p.done,
                total = p.total,
                percent = p.percent()
            )
            .to_string();
            view! {
                <div class="overall-progress">
                    <p id="overall-progress-text">{text}</p>
                    <progress max=p.total value=p.done aria-labelledby="overall-progress-text"></progress>
                </div>
            }
        })
    }
}

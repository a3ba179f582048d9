//! The guide over the current step: purpose, questions, the checklist computed
//! from the plan, and a hint for the next action. Hidden per plan on request.
use super::exercise::ExerciseView;
use super::help::{HelpTopic, InfoHelp};
use super::texts::{check_hint, check_label, purpose, questions};
use super::use_guide;
use crate::components::step_nav::step_label;
use crate::i18n::*;
use crate::model::guide::{next_action, Check};
use crate::model::Step;
use leptos::prelude::*;

/// Drawn by each step screen under its heading and introduction, so the
/// page's headings come in order (the screen's h1, then the guide's h2).
#[component]
pub fn GuidePanel(step: Step) -> impl IntoView {
    let guide = use_guide();
    move || {
        if guide.hidden.get() {
            view! { <ShowGuide /> }.into_any()
        } else {
            view! { <StepGuide step /> }.into_any()
        }
    }
}

#[component]
fn ShowGuide() -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_guide();
    view! {
        <div class="guide-show">
            <button type="button" class="btn btn-secondary btn-sm" on:click=move |_| guide.set_hidden(false)>
                {t!(i18n, guida.show)}
            </button>
        </div>
    }
}

#[component]
fn StepGuide(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let guide = use_guide();
    let checks = Memo::new(move |_| guide.step(step));
    let exercise_open = RwSignal::new(false);
    let question_list = move || {
        questions(i18n, step)
            .split_inclusive('?')
            .map(str::trim)
            .filter(|q| !q.is_empty())
            .map(|q| view! { <li>{q.to_owned()}</li> })
            .collect_view()
    };
    view! {
        <section class="guide-panel" aria-labelledby="guide-title">
            <div class="guide-head">
                <h2 id="guide-title">
                    {move || t_string!(i18n, guida.title, n = step.number()).to_string()}
                </h2>
                <button type="button" class="btn btn-secondary btn-sm" on:click=move |_| guide.set_hidden(true)>
                    {t!(i18n, guida.hide)}
                </button>
            </div>
            <div class="guide-body">
                <div>
                    <h3>{t!(i18n, guida.purpose_heading)}</h3>
                    <p>{move || purpose(i18n, step)}</p>
                    // The co-design section is built elsewhere: its key idea is explained here meanwhile.
                    {(step == Step::Coprogettazione).then(|| view! { <InfoHelp topic=HelpTopic::Decisions /> })}
                    <h3>{t!(i18n, guida.questions_heading)}</h3>
                    <ul class="guide-questions">{question_list}</ul>
                </div>
                <div>
                    {move || match checks.get() {
                        None => view! { <p class="muted">{t!(i18n, guida.rules_wait)}</p> }.into_any(),
                        Some(list) => view! { <Checklist step list /> }.into_any(),
                    }}
                </div>
            </div>
            <button
                type="button"
                class="btn btn-link guide-exercise-toggle"
                aria-expanded=move || if exercise_open.get() { "true" } else { "false" }
                aria-controls="guide-exercise"
                on:click=move |_| exercise_open.update(|o| *o = !*o)
            >
                {t!(i18n, guida.exercise_open)}
            </button>
            <div id="guide-exercise" hidden=move || !exercise_open.get()>
                <Show when=move || exercise_open.get()>
                    <ExerciseView />
                </Show>
            </div>
        </section>
    }
}

/// A list of checks, each done or missing, in words (not colour alone).
#[component]
pub fn CheckList(list: Vec<Check>, label: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="checklist" aria-label=label>
            {list
                .into_iter()
                .map(|c| {
                    let (class, state) = if c.done {
                        ("check done", t_string!(i18n, guida.done))
                    } else {
                        ("check missing", t_string!(i18n, guida.missing))
                    };
                    view! {
                        <li class=class>
                            <span class="check-mark" aria-hidden="true">{if c.done { "✓" } else { "○" }}</span>
                            <span class="check-state">{state}": "</span>
                            <span>{check_label(i18n, c.key)}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn Checklist(step: Step, list: Vec<Check>) -> impl IntoView {
    let i18n = use_i18n();
    let next = next_action(&list);
    let label = t_string!(i18n, guida.checklist_label, step = step_label(i18n, step)).to_string();
    view! {
        <h3>{t!(i18n, guida.checklist_heading)}</h3>
        <CheckList list label />
        <h3>{t!(i18n, guida.next_heading)}</h3>
        <p class="guide-next">
            {match next {
                Some(key) => check_hint(i18n, key),
                None => t_string!(i18n, guida.all_done),
            }}
        </p>
    }
}

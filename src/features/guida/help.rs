//! Inline help: an info button beside a field or section that shows a short
//! explanation of the concept. A disclosure (a button with `aria-expanded`
//! controlling the text below it), not a hover tooltip: it works with the
//! keyboard, on touch screens, and for screen readers.
use crate::i18n::*;
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The concepts explained inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpTopic {
    Foundations,
    Members,
    Demographics,
    Needs,
    Actors,
    Sources,
    Review,
    Stages,
    Matrix,
    Gaps,
    Decisions,
}

impl HelpTopic {
    fn title(self, i18n: I18nContext<Locale>) -> &'static str {
        match self {
            HelpTopic::Foundations => t_string!(i18n, help.topic_foundations),
            HelpTopic::Members => t_string!(i18n, help.topic_members),
            HelpTopic::Demographics => t_string!(i18n, help.topic_demographics),
            HelpTopic::Needs => t_string!(i18n, help.topic_needs),
            HelpTopic::Actors => t_string!(i18n, help.topic_actors),
            HelpTopic::Sources => t_string!(i18n, help.topic_sources),
            HelpTopic::Review => t_string!(i18n, help.topic_review),
            HelpTopic::Stages => t_string!(i18n, help.topic_stages),
            HelpTopic::Matrix => t_string!(i18n, help.topic_matrix),
            HelpTopic::Gaps => t_string!(i18n, help.topic_gaps),
            HelpTopic::Decisions => t_string!(i18n, help.topic_decisions),
        }
    }

    fn text(self, i18n: I18nContext<Locale>) -> &'static str {
        match self {
            HelpTopic::Foundations => t_string!(i18n, help.text_foundations),
            HelpTopic::Members => t_string!(i18n, help.text_members),
            HelpTopic::Demographics => t_string!(i18n, help.text_demographics),
            HelpTopic::Needs => t_string!(i18n, help.text_needs),
            HelpTopic::Actors => t_string!(i18n, help.text_actors),
            HelpTopic::Sources => t_string!(i18n, help.text_sources),
            HelpTopic::Review => t_string!(i18n, help.text_review),
            HelpTopic::Stages => t_string!(i18n, help.text_stages),
            HelpTopic::Matrix => t_string!(i18n, help.text_matrix),
            HelpTopic::Gaps => t_string!(i18n, help.text_gaps),
            HelpTopic::Decisions => t_string!(i18n, help.text_decisions),
        }
    }
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// `<InfoHelp topic=HelpTopic::Sources />`: one line beside a heading or label.
#[component]
pub fn InfoHelp(topic: HelpTopic) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let id = format!("help-{}", NEXT.fetch_add(1, Ordering::Relaxed));
    let label = move || t_string!(i18n, help.open, topic = topic.title(i18n)).to_string();
    view! {
        <span class="info-help">
            <button
                type="button"
                class="info-btn"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=id.clone()
                aria-label=label
                on:click=move |_| open.update(|o| *o = !*o)
                on:keydown=move |e| {
                    if e.key() == "Escape" {
                        open.set(false);
                    }
                }
            >
                "i"
            </button>
            <span id=id class="info-text" role="note" hidden=move || !open.get()>
                {move || topic.text(i18n)}
            </span>
        </span>
    }
}

//! The drafting record of a part: narrative, author body, last review (and
//! the review state it gives), sources cited by the narrative.
use super::widgets::{date_it, Citations, DateInput, TextInput};
use super::Shared;
use crate::components::sync::mirror;
use crate::i18n::*;
use crate::model::context::{ContextEdit, PartKind, PartNotes, Review};
use crate::model::Edit;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// The review state of a part as a sentence ("Da rivedere: scaduta dal …").
pub fn review_text(i18n: I18nContext<Locale>, r: Review) -> String {
    match r {
        Review::Never => t_string!(i18n, contesto.review_never).to_string(),
        Review::InFuture => t_string!(i18n, contesto.review_future).to_string(),
        Review::Current { due } => {
            t_string!(i18n, contesto.review_current, date = date_it(due)).to_string()
        }
        Review::Due { due } => {
            t_string!(i18n, contesto.review_due, date = date_it(due)).to_string()
        }
        Review::Overdue { since } => {
            t_string!(i18n, contesto.review_overdue, date = date_it(since)).to_string()
        }
    }
}

pub fn review_class(r: Review) -> &'static str {
    match r {
        Review::Current { .. } => "badge badge-ok",
        Review::Due { .. } => "badge badge-warn",
        _ => "badge badge-danger",
    }
}

#[component]
pub fn PartNotesEditor(part: PartKind) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    let notes = mirror(move |p| p.context.parts.get(part).clone());
    let interval = mirror(|p| p.context.review_interval_months);
    let review = Memo::new(move |_| {
        Review::of(
            notes.get().last_reviewed,
            interval.get(),
            shared.today.get(),
        )
    });
    let set = move |f: &dyn Fn(&mut PartNotes)| {
        let mut n = notes.get_untracked();
        f(&mut n);
        let _ = app.apply_edit(Edit::Context(ContextEdit::SetNotes { part, notes: n }));
    };
    let key = part.as_str();
    let part_name = move || super::completeness::part_label(i18n, part).to_string();
    view! {
        <div class="part-notes">
            <div class="review-line">
                <span class=move || review_class(review.get())>{move || review_text(i18n, review.get())}</span>
                <button type="button" class="btn btn-small"
                    aria-label=move || t_string!(i18n, contesto.mark_reviewed_part, part = part_name()).to_string()
                    on:click=move |_| set(&|n| n.last_reviewed = Some(shared.today.get_untracked()))>
                    {t!(i18n, contesto.mark_reviewed)}
                </button>
            </div>
            <div class="notes-grid">
                <div class="form-group">
                    <label for=format!("notes-{key}-author")>{t!(i18n, contesto.author)}</label>
                    <TextInput id=format!("notes-{key}-author")
                        label=Signal::derive(move || t_string!(i18n, contesto.author).to_string())
                        value=Signal::derive(move || notes.get().author)
                        on_input=Callback::new(move |v: String| set(&|n| n.author = v.clone())) />
                    <p class="form-help">{t!(i18n, contesto.author_help)}</p>
                </div>
                <div class="form-group">
                    <label for=format!("notes-{key}-reviewed")>{t!(i18n, contesto.last_reviewed)}</label>
                    <DateInput id=format!("notes-{key}-reviewed") no_future=true
                        label=Signal::derive(move || t_string!(i18n, contesto.last_reviewed_of, part = part_name()).to_string())
                        value=Signal::derive(move || notes.get().last_reviewed)
                        on_set=Callback::new(move |d| set(&|n| n.last_reviewed = d)) />
                </div>
            </div>
            <div class="form-group">
                <label for=format!("notes-{key}-text")>{t!(i18n, contesto.narrative)}</label>
                <TextInput id=format!("notes-{key}-text") multiline=true
                    label=Signal::derive(move || t_string!(i18n, contesto.narrative_of, part = part_name()).to_string())
                    value=Signal::derive(move || notes.get().narrative)
                    on_input=Callback::new(move |v: String| set(&|n| n.narrative = v.clone())) />
                <p class="form-help">{t!(i18n, contesto.narrative_help)}</p>
            </div>
            <div class="form-group">
                <span class="label">{t!(i18n, contesto.narrative_sources)}</span>
                <Citations id=format!("notes-{key}-cite")
                    what=Signal::derive(move || t_string!(i18n, contesto.narrative_of, part = part_name()).to_string())
                    cited=Signal::derive(move || notes.get().sources)
                    on_set=Callback::new(move |v: Vec<_>| set(&|n| n.sources = v.clone())) />
            </div>
        </div>
    }
    .into_any()
}

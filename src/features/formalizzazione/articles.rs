//! The articles of the act whose words are the user's: one labelled text
//! area each, bound to `plan.formalisation` through `apply_edit`, with what
//! the plan already says about them shown above.
use super::{article_title, field_dom_id, field_help, field_label, party_name};
use crate::i18n::*;
use crate::model::formal::{premesse_draft, source_name, FormalEdit, FormalField};
use crate::model::{Axis, Edit};
use crate::state::use_app;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// A text area for one field of the act.
#[component]
pub fn FormalText(field: FormalField, #[prop(optional)] rows: Option<u32>) -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let id = field_dom_id(field);
    let help_id = format!("{id}-help");
    let value = Memo::new(move |_| {
        app.with_plan(|p| p.formalisation.text(field).to_owned())
            .unwrap_or_default()
    });
    let on_input = move |e: leptos::ev::Event| {
        let _ = app.apply_edit(Edit::Formal(FormalEdit::SetText {
            field,
            value: event_target_value(&e),
        }));
    };
    let help = field_help(i18n, field);
    let described = help.map(|_| help_id.clone());
    let control = if field == FormalField::SigningPlace {
        view! {
            <input id=id.clone() type="text" prop:value=value on:input=on_input on:blur=move |_| app.seal_history() />
        }
        .into_any()
    } else {
        view! {
            <textarea id=id.clone() rows=rows.unwrap_or(4) aria-describedby=described prop:value=value
                on:input=on_input on:blur=move |_| app.seal_history()></textarea>
        }
        .into_any()
    };
    view! {
        <div class="form-group">
            <label for=id>{move || field_label(i18n, field)}</label>
            {control}
            {help.map(|_| view! { <p class="form-help" id=help_id>{move || field_help(i18n, field)}</p> })}
        </div>
    }
}

/// One article: its heading, what the plan says (children), the user's words.
#[component]
pub fn Article(field: FormalField, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let i18n = use_i18n();
    let heading = format!("art-{}", field.as_str());
    let labelled_by = heading.clone();
    view! {
        <section class="formal-article" aria-labelledby=labelled_by>
            <h2 id=heading>{move || article_title(i18n, field)}</h2>
            {children.map(|c| c())}
            <FormalText field />
        </section>
    }
}

#[component]
pub fn PremesseArticle() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let adopt = move |_| {
        if let Some(draft) = app.with_plan(premesse_draft) {
            app.seal_history();
            let _ = app.apply_edit(Edit::Formal(FormalEdit::SetText {
                field: FormalField::Premesse,
                value: draft,
            }));
            app.seal_history();
        }
    };
    view! {
        <section class="formal-article" aria-labelledby="art-premesse">
            <h2 id="art-premesse">{t!(i18n, formalizzazione.art_premesse)}</h2>
            <div class="formal-draft">
                <button type="button" class="btn btn-secondary" aria-describedby="draft-help" on:click=adopt>
                    {t!(i18n, formalizzazione.draft_adopt)}
                </button>
                <p class="form-help" id="draft-help">{t!(i18n, formalizzazione.draft_help)}</p>
            </div>
            <FormalText field=FormalField::Premesse rows=12 />
        </section>
    }
}

#[component]
pub fn ObjectArticle() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let objective = move || {
        app.with_plan(|p| p.foundations.shared_objective.clone())
            .filter(|o| !o.trim().is_empty())
            .unwrap_or_else(|| t_string!(i18n, formalizzazione.none).to_owned())
    };
    view! {
        <Article field=FormalField::Object>
            <dl class="formal-derived">
                <dt>{t!(i18n, formalizzazione.shared_objective)}</dt>
                <dd>{objective}</dd>
            </dl>
        </Article>
    }
}

/// A list of plain-text lines, or "no entries".
#[component]
pub fn Lines(title: Signal<&'static str>, lines: Signal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="formal-derived">
            <h3>{title}</h3>
            {move || {
                let lines = lines.get();
                if lines.is_empty() {
                    view! { <p>{t!(i18n, formalizzazione.none)}</p> }.into_any()
                } else {
                    view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
        </div>
    }
}

#[component]
pub fn DerivedGovernance() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let cabina = Signal::derive(move || {
        app.with_plan(|p| {
            p.governance
                .cabina_di_regia
                .iter()
                .map(|id| party_name(i18n, p, *id))
                .collect()
        })
        .unwrap_or_default()
    });
    let coordinators = Signal::derive(move || {
        app.with_plan(|p| {
            p.governance
                .coordinators
                .iter()
                .map(|c| {
                    let item = p
                        .axes
                        .list(c.axis)
                        .iter()
                        .find(|x| x.id == c.item)
                        .map(|x| x.name.clone())
                        .unwrap_or_default();
                    let axis = match c.axis {
                        Axis::Territories => "↔",
                        Axis::Themes => "↕",
                    };
                    format!("{axis} {item}: {}", party_name(i18n, p, c.partner))
                })
                .collect()
        })
        .unwrap_or_default()
    });
    view! {
        <Lines title=Signal::derive(move || t_string!(i18n, formalizzazione.cabina)) lines=cabina />
        <Lines title=Signal::derive(move || t_string!(i18n, formalizzazione.coordinators)) lines=coordinators />
    }
}

/// The funding sources the plan names: the alliances' and the interventions'.
pub fn funding_lines(p: &crate::model::Plan) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for a in &p.alliances {
        for f in &a.funding {
            let name = source_name(*f);
            if seen.insert(name) {
                out.push(name.to_owned());
            }
        }
    }
    for i in &p.context.interventions {
        if let Some(f) = i.funding {
            let name = crate::model::formal::funding_name(f);
            if seen.insert(name) {
                out.push(name.to_owned());
            }
        }
    }
    out
}

#[component]
pub fn DerivedResources() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let lines = Signal::derive(move || app.with_plan(funding_lines).unwrap_or_default());
    view! {
        <Lines title=Signal::derive(move || t_string!(i18n, formalizzazione.funding_listed)) lines />
    }
}

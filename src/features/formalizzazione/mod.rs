//! Step 6, Formalizzazione: the act (protocollo d'intesa / accordo di
//! collaborazione) built from the plan, with the words of its own the user
//! writes, and the list of what it still lacks. Rules live in `model::formal`.
mod articles;
mod checklist;
mod parties;

pub use articles::funding_lines;
pub use checklist::gap_text;

use crate::i18n::*;
use crate::model::formal::{ActKind, FormalEdit, FormalField};
use crate::model::{Edit, Plan, PlanId};
use crate::state::use_app;
use articles::{Article, DerivedGovernance, DerivedResources, ObjectArticle, PremesseArticle};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use parties::{Commitments, Parties, Signatures};

pub fn kind_label(i18n: I18nContext<Locale>, k: ActKind) -> &'static str {
    match k {
        ActKind::ProtocolloIntesa => t_string!(i18n, formalizzazione.kind_protocollo_intesa),
        ActKind::AccordoCollaborazione => {
            t_string!(i18n, formalizzazione.kind_accordo_collaborazione)
        }
    }
}

/// The heading of the article a field belongs to.
pub fn article_title(i18n: I18nContext<Locale>, f: FormalField) -> &'static str {
    match f {
        FormalField::Premesse => t_string!(i18n, formalizzazione.art_premesse),
        FormalField::Object => t_string!(i18n, formalizzazione.art_object),
        FormalField::Governance => t_string!(i18n, formalizzazione.art_governance),
        FormalField::Duration => t_string!(i18n, formalizzazione.art_duration),
        FormalField::Withdrawal => t_string!(i18n, formalizzazione.art_withdrawal),
        FormalField::Accession => t_string!(i18n, formalizzazione.art_accession),
        FormalField::Monitoring => t_string!(i18n, formalizzazione.art_monitoring),
        FormalField::Resources => t_string!(i18n, formalizzazione.art_resources),
        FormalField::DataProtection => t_string!(i18n, formalizzazione.art_data_protection),
        FormalField::SigningPlace => t_string!(i18n, formalizzazione.art_signatures),
    }
}

fn field_label(i18n: I18nContext<Locale>, f: FormalField) -> &'static str {
    match f {
        FormalField::Premesse => t_string!(i18n, formalizzazione.label_premesse),
        FormalField::Object => t_string!(i18n, formalizzazione.label_object),
        FormalField::Governance => t_string!(i18n, formalizzazione.label_governance),
        FormalField::Duration => t_string!(i18n, formalizzazione.label_duration),
        FormalField::Withdrawal => t_string!(i18n, formalizzazione.label_withdrawal),
        FormalField::Accession => t_string!(i18n, formalizzazione.label_accession),
        FormalField::Monitoring => t_string!(i18n, formalizzazione.label_monitoring),
        FormalField::Resources => t_string!(i18n, formalizzazione.label_resources),
        FormalField::DataProtection => t_string!(i18n, formalizzazione.label_data_protection),
        FormalField::SigningPlace => t_string!(i18n, formalizzazione.label_signing_place),
    }
}

fn field_help(i18n: I18nContext<Locale>, f: FormalField) -> Option<&'static str> {
    Some(match f {
        FormalField::Premesse => t_string!(i18n, formalizzazione.help_premesse),
        FormalField::Object => t_string!(i18n, formalizzazione.help_object),
        FormalField::Governance => t_string!(i18n, formalizzazione.help_governance),
        FormalField::Duration => t_string!(i18n, formalizzazione.help_duration),
        FormalField::Withdrawal => t_string!(i18n, formalizzazione.help_withdrawal),
        FormalField::Accession => t_string!(i18n, formalizzazione.help_accession),
        FormalField::Monitoring => t_string!(i18n, formalizzazione.help_monitoring),
        FormalField::Resources => t_string!(i18n, formalizzazione.help_resources),
        FormalField::DataProtection => t_string!(i18n, formalizzazione.help_data_protection),
        FormalField::SigningPlace => return None,
    })
}

/// The element that holds a field, for focus.
pub fn field_dom_id(f: FormalField) -> String {
    format!("formal-{}", f.as_str())
}

/// A body's name as the act shows it.
pub fn party_name(i18n: I18nContext<Locale>, p: &Plan, id: PlanId) -> String {
    p.stakeholders
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.name.trim().to_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| t_string!(i18n, formalizzazione.unnamed).to_owned())
}

#[component]
pub fn Formalizzazione() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let kind = Memo::new(move |_| {
        app.with_plan(|p| p.formalisation.act_kind)
            .unwrap_or_default()
    });
    let set_kind = move |e: leptos::ev::Event| {
        if let Some(k) = ActKind::parse(&event_target_value(&e)) {
            let _ = app.apply_edit(Edit::Formal(FormalEdit::SetActKind(k)));
        }
    };
    view! {
        <section class="screen formal" aria-labelledby="step-title">
            <h1 id="step-title" node_ref=crate::components::heading::focus_on_arrival()>{t!(i18n, formalizzazione.title)}</h1>
            <p class="lead">{t!(i18n, formalizzazione.intro)}</p>
            <crate::features::guida::GuidePanel step=crate::model::Step::Formalizzazione />
            <div class="formal-actions">
                <button type="button" class="btn btn-primary" on:click=move |_| app.export_current()>
                    {t!(i18n, formalizzazione.export)}
                </button>
                <button type="button" class="btn btn-secondary" on:click=move |_| app.show_print()>
                    {t!(i18n, formalizzazione.print)}
                </button>
            </div>
            <checklist::Checklist />
            <form class="form formal-act" on:submit=|e| e.prevent_default()>
                <p class="form-help">{t!(i18n, formalizzazione.act_language)}</p>
                <div class="form-group">
                    <label for="formal-kind">{t!(i18n, formalizzazione.kind)}</label>
                    <select id="formal-kind" prop:value=move || kind.get().as_str() on:change=set_kind>
                        {ActKind::ALL.into_iter().map(|k| view! {
                            <option value=k.as_str()>{move || kind_label(i18n, k)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <PremesseArticle />
                <Parties />
                <ObjectArticle />
                <Commitments />
                <Article field=FormalField::Governance>
                    <DerivedGovernance />
                </Article>
                <Article field=FormalField::Duration />
                <Article field=FormalField::Withdrawal />
                <Article field=FormalField::Accession />
                <Article field=FormalField::Monitoring />
                <Article field=FormalField::Resources>
                    <DerivedResources />
                </Article>
                <Article field=FormalField::DataProtection />
                <Signatures />
            </form>
        </section>
    }
}

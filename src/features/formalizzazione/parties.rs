//! The parties of the act (the bodies that joined the network): who signs for
//! each (a role and an office, never a person's data), their commitments, and
//! the signature block.
use super::articles::FormalText;
use super::party_name;
use crate::i18n::*;
use crate::model::formal::{parties, FormalEdit, FormalField, RepField};
use crate::model::matrix::{MatrixEdit, PartnerText};
use crate::model::{Edit, PlanId};
use crate::state::use_app;
use leptos::prelude::*;

/// The parties' ids, redrawn only when the set of parties changes.
fn party_ids() -> Memo<Vec<PlanId>> {
    let app = use_app();
    Memo::new(move |_| {
        app.with_plan(|p| parties(p).map(|s| s.id).collect())
            .unwrap_or_default()
    })
}

fn name_of(id: PlanId) -> impl Fn() -> String + Copy {
    let (app, i18n) = (use_app(), use_i18n());
    move || {
        app.with_plan(|p| party_name(i18n, p, id))
            .unwrap_or_default()
    }
}

pub fn rep_dom_id(id: PlanId) -> String {
    format!("rep-role-{id}")
}

pub fn commitment_dom_id(id: PlanId) -> String {
    format!("commit-{id}")
}

#[component]
fn NoParties() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="empty">{t!(i18n, formalizzazione.no_parties)}</p> }
}

#[component]
pub fn Parties() -> impl IntoView {
    let i18n = use_i18n();
    let ids = party_ids();
    view! {
        <section class="formal-article" aria-labelledby="art-parties">
            <h2 id="art-parties">{t!(i18n, formalizzazione.art_parties)}</h2>
            <p class="form-help">{t!(i18n, formalizzazione.parties_help)}</p>
            <Show when=move || !ids.with(Vec::is_empty) fallback=NoParties>
                <ul class="formal-parties">
                    <For each=move || ids.get() key=|id| *id let(id)>
                        <PartyRow id />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn PartyRow(id: PlanId) -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let name = name_of(id);
    let value = move |field: RepField| {
        move || {
            app.with_plan(|p| {
                p.formalisation
                    .representative(id)
                    .map(|r| match field {
                        RepField::Role => r.role.clone(),
                        RepField::Office => r.office.clone(),
                    })
                    .unwrap_or_default()
            })
            .unwrap_or_default()
        }
    };
    let set = move |field: RepField, value: String| {
        let _ = app.apply_edit(Edit::Formal(FormalEdit::SetRepresentative {
            partner: id,
            field,
            value,
        }));
    };
    let office_id = format!("rep-office-{id}");
    view! {
        <li class="formal-party">
            <h3>{name}</h3>
            <div class="form-row">
                <div class="form-group">
                    <label for=rep_dom_id(id)>{move || t_string!(i18n, formalizzazione.role_of, name = name()).to_string()}</label>
                    <input id=rep_dom_id(id) type="text" prop:value=value(RepField::Role)
                        on:input=move |e| set(RepField::Role, event_target_value(&e))
                        on:blur=move |_| app.seal_history() />
                </div>
                <div class="form-group">
                    <label for=office_id.clone()>{move || t_string!(i18n, formalizzazione.office_of, name = name()).to_string()}</label>
                    <input id=office_id type="text" prop:value=value(RepField::Office)
                        on:input=move |e| set(RepField::Office, event_target_value(&e))
                        on:blur=move |_| app.seal_history() />
                </div>
            </div>
        </li>
    }
}

#[component]
pub fn Commitments() -> impl IntoView {
    let i18n = use_i18n();
    let ids = party_ids();
    view! {
        <section class="formal-article" aria-labelledby="art-commitments">
            <h2 id="art-commitments">{t!(i18n, formalizzazione.art_commitments)}</h2>
            <p class="form-help">{t!(i18n, formalizzazione.commitments_help)}</p>
            <Show when=move || !ids.with(Vec::is_empty) fallback=NoParties>
                <For each=move || ids.get() key=|id| *id let(id)>
                    <CommitmentField id />
                </For>
            </Show>
        </section>
    }
}

#[component]
fn CommitmentField(id: PlanId) -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let name = name_of(id);
    let value = move || {
        app.with_plan(|p| {
            p.stakeholders
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.network.commitments.clone())
        })
        .flatten()
        .unwrap_or_default()
    };
    let on_input = move |e: leptos::ev::Event| {
        let _ = app.apply_edit(Edit::Matrix(MatrixEdit::SetPartnerText {
            partner: id,
            field: PartnerText::Commitments,
            value: event_target_value(&e),
        }));
    };
    view! {
        <div class="form-group">
            <label for=commitment_dom_id(id)>{move || t_string!(i18n, formalizzazione.commitments_of, name = name()).to_string()}</label>
            <textarea id=commitment_dom_id(id) rows="3" prop:value=value on:input=on_input
                on:blur=move |_| app.seal_history()></textarea>
        </div>
    }
}

#[component]
pub fn Signatures() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let ids = party_ids();
    let line = move |id: PlanId| {
        app.with_plan(|p| {
            let role = p
                .formalisation
                .representative(id)
                .map(|r| {
                    [r.role.trim(), r.office.trim()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| t_string!(i18n, formalizzazione.role_missing).to_owned());
            let who = t_string!(
                i18n,
                formalizzazione.signature_for,
                name = party_name(i18n, p, id)
            );
            format!("{who}: {role}")
        })
        .unwrap_or_default()
    };
    view! {
        <section class="formal-article" aria-labelledby="art-signatures">
            <h2 id="art-signatures">{t!(i18n, formalizzazione.art_signatures)}</h2>
            <FormalText field=FormalField::SigningPlace />
            <ul class="formal-signatures">
                <For each=move || ids.get() key=|id| *id let(id)>
                    <li>{move || line(id)}</li>
                </For>
            </ul>
            <p class="form-help">{t!(i18n, formalizzazione.signature_note)}</p>
        </section>
    }
}

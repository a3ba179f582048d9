//! The act of the formalisation as a document: each article with what the
//! plan says and the user's own words, then the signature block (signing
//! happens outside the app: place and date are left to fill in).
use crate::features::fondamenta::kind_label as body_kind;
use crate::features::formalizzazione::{article_title, funding_lines, kind_label, party_name};
use crate::i18n::*;
use crate::model::formal::{parties, FormalField};
use crate::model::Plan;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// One article's content: paragraphs (line breaks kept) and list items.
struct Body {
    title: &'static str,
    lines: Vec<String>,
    items: Vec<String>,
}

fn bodies(i18n: I18nContext<Locale>, p: &Plan) -> Vec<Body> {
    let f = &p.formalisation;
    let text = |field: FormalField| {
        let t = f.text(field).trim();
        if t.is_empty() {
            vec![]
        } else {
            vec![t.to_owned()]
        }
    };
    let art = |field: FormalField, items: Vec<String>| Body {
        title: article_title(i18n, field),
        lines: text(field),
        items,
    };
    let signer = |id| {
        f.representative(id)
            .map(|r| {
                [r.role.trim(), r.office.trim()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| t_string!(i18n, formalizzazione.role_missing).to_owned())
    };
    let parties_list: Vec<String> = parties(p)
        .map(|s| {
            format!(
                "{} ({}) — {}",
                party_name(i18n, p, s.id),
                body_kind(i18n, s.kind),
                signer(s.id)
            )
        })
        .collect();
    let commitments: Vec<String> = parties(p)
        .map(|s| {
            format!(
                "{}: {}",
                party_name(i18n, p, s.id),
                s.network.commitments.trim()
            )
        })
        .collect();
    let mut governance: Vec<String> = p
        .governance
        .cabina_di_regia
        .iter()
        .map(|id| {
            format!(
                "{}: {}",
                t_string!(i18n, formalizzazione.cabina),
                party_name(i18n, p, *id)
            )
        })
        .collect();
    governance.extend(p.governance.coordinators.iter().map(|c| {
        let item = p
            .axes
            .list(c.axis)
            .iter()
            .find(|x| x.id == c.item)
            .map(|x| x.name.clone())
            .unwrap_or_default();
        format!("{item}: {}", party_name(i18n, p, c.partner))
    }));
    let mut object = art(FormalField::Object, vec![]);
    let objective = p.foundations.shared_objective.trim();
    if !objective.is_empty() {
        object.lines.insert(
            0,
            format!(
                "{}: {objective}",
                t_string!(i18n, formalizzazione.shared_objective)
            ),
        );
    }
    vec![
        art(FormalField::Premesse, vec![]),
        Body {
            title: t_string!(i18n, formalizzazione.art_parties),
            lines: vec![],
            items: parties_list,
        },
        object,
        Body {
            title: t_string!(i18n, formalizzazione.art_commitments),
            lines: vec![],
            items: commitments,
        },
        art(FormalField::Governance, governance),
        art(FormalField::Duration, vec![]),
        art(FormalField::Withdrawal, vec![]),
        art(FormalField::Accession, vec![]),
        art(FormalField::Monitoring, vec![]),
        art(FormalField::Resources, funding_lines(p)),
        art(FormalField::DataProtection, vec![]),
    ]
}

#[component]
pub fn ActSection() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let not_set = move || t_string!(i18n, print.not_set);
    let content = move || {
        i18n.get_locale();
        app.with_plan(|p| {
            let kind = kind_label(i18n, p.formalisation.act_kind);
            let place = p.formalisation.signing_place.trim().to_owned();
            let signers: Vec<String> = parties(p)
                .map(|s| {
                    t_string!(
                        i18n,
                        formalizzazione.signature_for,
                        name = party_name(i18n, p, s.id)
                    )
                    .to_string()
                })
                .collect();
            (kind, bodies(i18n, p), place, signers)
        })
    };
    view! {
        <section class="print-act" aria-labelledby="print-act">
            <h2 id="print-act">{t!(i18n, print.act)}</h2>
            {move || content().map(|(kind, bodies, place, signers)| view! {
                <p class="print-act-kind">{kind}</p>
                {bodies.into_iter().enumerate().map(|(n, b)| {
                    let empty = b.lines.is_empty() && b.items.is_empty();
                    view! {
                        <h3>{format!("{}. {}", n + 1, b.title)}</h3>
                        {b.lines.into_iter().map(|l| view! { <p class="print-text">{l}</p> }).collect_view()}
                        {(!b.items.is_empty()).then(|| view! {
                            <ul>{b.items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                        })}
                        {empty.then(|| view! { <p>{not_set()}</p> })}
                    }
                }).collect_view()}
                <h3>{t!(i18n, formalizzazione.art_signatures)}</h3>
                <p>{format!("{}: {} ____________", t_string!(i18n, formalizzazione.signature_place_date), place)}</p>
                <ul class="print-signatures">
                    {signers.into_iter().map(|s| view! { <li>{s}": ____________________"</li> }).collect_view()}
                </ul>
                <p class="print-meta">{t!(i18n, formalizzazione.signature_note)}</p>
            })}
        </section>
    }
}

//! Complementarity (lever 3): each alliance linked to the external
//! interventions it complements, with the referent and the date of the last
//! update exchanged; a reminder when that is older than the review interval.
use super::widgets::{opt_date_it, parse_date, parse_id, record, Choice, Field, FormError};
use super::{name_in, Shared};
use crate::i18n::*;
use crate::model::codesign::{stale_complements, CoDesignEdit, Complement, Item, Kind};
use crate::model::Edit;
use crate::state::{new_id, use_app};
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub fn Complements() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let s = expect_context::<Shared>();
    let f = || RwSignal::new(String::new());
    let (alliance, intervention, last) = (f(), f(), f());
    let error = RwSignal::new(None::<String>);
    let list = Memo::new(move |_| s.codesign.with(|c| c.complements.clone()));
    let referents = Memo::new(move |_| {
        app.with_plan(|p| {
            p.context
                .interventions
                .iter()
                .map(|i| (i.id, i.referent.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let stale = Memo::new(move |_| {
        s.codesign.track();
        app.with_plan(|p| {
            stale_complements(p, s.today)
                .iter()
                .map(|c| c.id)
                .collect::<BTreeSet<_>>()
        })
        .unwrap_or_default()
    });
    let months = Memo::new(move |_| {
        app.with_plan(|p| p.context.review_interval_months)
            .unwrap_or_default()
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let (Some(a), Some(i)) = (
            parse_id(&alliance.get_untracked()),
            parse_id(&intervention.get_untracked()),
        ) else {
            error.set(Some(
                t_string!(i18n, coprogettazione.complement_needs).to_string(),
            ));
            return;
        };
        let c = Complement {
            id: new_id(),
            alliance: a,
            intervention: i,
            last_update: parse_date(&last.get_untracked()),
        };
        let index = list.with_untracked(Vec::len);
        match record(
            i18n,
            Edit::CoDesign(CoDesignEdit::Insert {
                index,
                item: Item::Complement(c),
            }),
        ) {
            Ok(()) => {
                error.set(None);
                for x in [intervention, last] {
                    x.set(String::new());
                }
            }
            Err(m) => error.set(Some(m)),
        }
    };
    macro_rules! tr {
        ($k:ident) => {
            Signal::derive(move || t_string!(i18n, coprogettazione.$k).to_string())
        };
    }
    view! {
        <section class="cd-section" aria-labelledby="cd-comp-title">
            <h2 id="cd-comp-title">{t!(i18n, coprogettazione.tab_complements)}</h2>
            <p class="form-help">{move || t_string!(i18n, coprogettazione.complements_help, n = months.get()).to_string()}</p>
            <form class="cd-form" aria-labelledby="cd-new-comp" on:submit=submit>
                <h3 id="cd-new-comp">{t!(i18n, coprogettazione.new_complement)}</h3>
                <div class="cd-grid">
                    <Choice id="cd-k-alliance" label=tr!(c_alliance) value=alliance options=s.alliances none=tr!(choose) />
                    <Choice id="cd-k-intervention" label=tr!(f_intervention) value=intervention options=s.interventions none=tr!(choose) />
                    <Field id="cd-k-last" label=tr!(last_update) value=last kind="date" />
                </div>
                <FormError message=error />
                <button type="submit" class="btn btn-primary">{t!(i18n, coprogettazione.add_complement)}</button>
            </form>
            <Show when=move || !list.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, coprogettazione.no_complements)}</p> }>
                <table class="table cd-table">
                    <caption>{t!(i18n, coprogettazione.complements_table)}</caption>
                    <thead><tr>
                        <th scope="col">{t!(i18n, coprogettazione.c_alliance)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.f_intervention)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.referent)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.last_update)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.actions)}</th>
                    </tr></thead>
                    <tbody>
                        {move || list.get().into_iter().map(|c| {
                            let id = c.id;
                            let due = stale.with(|s| s.contains(&id));
                            let iv = s.interventions.with_untracked(|n| name_in(n, c.intervention));
                            let referent = referents.with_untracked(|r| r.iter().find(|(i, _)| *i == c.intervention).map(|(_, r)| r.clone()).unwrap_or_default());
                            let iv2 = iv.clone();
                            let updated = Complement { last_update: Some(s.today), ..c.clone() };
                            view! {
                                <tr class:due=due>
                                    <td>{s.alliances.with_untracked(|n| name_in(n, c.alliance))}</td>
                                    <td>{iv}</td>
                                    <td>{referent}</td>
                                    <td>{opt_date_it(c.last_update)}
                                        {due.then(|| view! { " " <span class="badge status-late">{t!(i18n, coprogettazione.update_due)}</span> })}
                                    </td>
                                    <td class="row-actions">
                                        <button type="button" class="btn btn-small"
                                            aria-label=move || t_string!(i18n, coprogettazione.updated_today_of, name = iv2.clone()).to_string()
                                            on:click=move |_| { let _ = record(i18n, Edit::CoDesign(CoDesignEdit::Replace(Item::Complement(updated.clone())))); }>
                                            {t!(i18n, coprogettazione.updated_today)}
                                        </button>
                                        <button type="button" class="btn btn-small btn-danger"
                                            aria-label=move || t_string!(i18n, coprogettazione.remove)
                                            on:click=move |_| { let _ = record(i18n, Edit::CoDesign(CoDesignEdit::Remove { kind: Kind::Complements, id })); }>
                                            "✕"
                                        </button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
        </section>
    }
    .into_any()
}

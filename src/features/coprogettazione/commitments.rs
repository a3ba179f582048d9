//! Commitments of each partner in each alliance (lever 4), with their
//! workflow: previsto → in corso → completato / non rispettato.
use super::widgets::{opt_date_it, opt_iso, parse_date, parse_id, record, Choice, EditButton};
use super::widgets::{Field, FormButtons, FormError, FormMode, FormTitle};
use super::{name_in, Shared};
use crate::i18n::*;
use crate::model::codesign::{CoDesignEdit, Commitment, CommitmentStatus, Item, Kind};
use crate::model::Edit;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

pub fn commitment_label(i18n: I18nContext<Locale>, s: CommitmentStatus) -> &'static str {
    match s {
        CommitmentStatus::Previsto => t_string!(i18n, coprogettazione.c_previsto),
        CommitmentStatus::InCorso => t_string!(i18n, coprogettazione.c_in_corso),
        CommitmentStatus::Completato => t_string!(i18n, coprogettazione.c_completato),
        CommitmentStatus::NonRispettato => t_string!(i18n, coprogettazione.c_non_rispettato),
    }
}

#[component]
pub fn Commitments() -> impl IntoView {
    let i18n = use_i18n();
    let s = expect_context::<Shared>();
    let f = || RwSignal::new(String::new());
    let (alliance, partner, what, due, resources) = (f(), f(), f(), f(), f());
    let error = RwSignal::new(None::<String>);
    let row_error = RwSignal::new(None::<String>);
    let list = Memo::new(move |_| s.codesign.with(|c| c.commitments.clone()));
    let mode = FormMode::new();
    let clear = move || {
        for x in [what, due, resources] {
            x.set(String::new());
        }
        error.set(None);
    };
    let open = Callback::new(move |c: Commitment| {
        alliance.set(c.alliance.to_string());
        partner.set(c.partner.to_string());
        what.set(c.what);
        due.set(opt_iso(c.due));
        resources.set(c.resources);
        error.set(None);
        mode.open(c.id, "cd-c-alliance");
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let (Some(a), Some(p)) = (
            parse_id(&alliance.get_untracked()),
            parse_id(&partner.get_untracked()),
        ) else {
            error.set(Some(
                t_string!(i18n, coprogettazione.commitment_needs).to_string(),
            ));
            return;
        };
        // A correction keeps the status reached in the workflow.
        let id = mode.id();
        let status = list
            .with_untracked(|l| l.iter().find(|c| c.id == id).map(|c| c.status))
            .unwrap_or(CommitmentStatus::Previsto);
        let c = Commitment {
            id,
            alliance: a,
            partner: p,
            what: what.get_untracked(),
            due: parse_date(&due.get_untracked()),
            resources: resources.get_untracked(),
            status,
        };
        match mode.save(i18n, Item::Commitment(c), list.with_untracked(Vec::len)) {
            Ok(()) => clear(),
            Err(m) => error.set(Some(m)),
        }
    };
    macro_rules! tr {
        ($k:ident) => {
            Signal::derive(move || t_string!(i18n, coprogettazione.$k).to_string())
        };
    }
    view! {
        <section class="cd-section" aria-labelledby="cd-com-title">
            <h2 id="cd-com-title">{t!(i18n, coprogettazione.tab_commitments)}</h2>
            <p class="form-help">{t!(i18n, coprogettazione.commitments_help)}</p>
            <form class="cd-form" aria-labelledby="cd-new-com" on:submit=submit>
                <FormTitle id="cd-new-com" mode new=tr!(new_commitment) edit=tr!(edit_commitment) />
                <div class="cd-grid">
                    <Choice id="cd-c-alliance" label=tr!(c_alliance) value=alliance options=s.alliances none=tr!(choose) />
                    <Choice id="cd-c-partner" label=tr!(c_partner) value=partner options=s.partners none=tr!(choose) />
                    <Field id="cd-c-what" label=tr!(c_what) value=what />
                    <Field id="cd-c-due" label=tr!(c_due) value=due kind="date" />
                    <Field id="cd-c-resources" label=tr!(c_resources) value=resources />
                </div>
                <FormError message=error />
                <FormButtons mode add=tr!(add_commitment) on_cancel=Callback::new(move |()| clear()) />
            </form>
            <FormError message=row_error />
            <Show when=move || !list.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, coprogettazione.no_commitments)}</p> }>
                <table class="table cd-table">
                    <caption>{t!(i18n, coprogettazione.commitments_table)}</caption>
                    <thead><tr>
                        <th scope="col">{t!(i18n, coprogettazione.c_partner)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.c_alliance)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.c_what)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.c_due)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.c_resources)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.c_status)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.actions)}</th>
                    </tr></thead>
                    <tbody>
                        {move || list.get().into_iter().map(|c| {
                            let id = c.id;
                            let what = c.what.clone();
                            let what2 = c.what.clone();
                            let what3 = c.what.clone();
                            let this = c.clone();
                            let moves = c.status.next().iter().map(|next| {
                                let next = *next;
                                let what = what.clone();
                                let moved = Commitment { status: next, ..c.clone() };
                                view! {
                                    <button type="button" class="btn btn-small"
                                        aria-label=move || t_string!(i18n, coprogettazione.move_to, name = what.clone(), status = commitment_label(i18n, next)).to_string()
                                        on:click=move |_| row_error.set(record(i18n, Edit::CoDesign(CoDesignEdit::Replace(Item::Commitment(moved.clone())))).err())>
                                        {move || commitment_label(i18n, next)}
                                    </button>
                                }
                            }).collect_view();
                            view! {
                                <tr>
                                    <td>{s.partners.with_untracked(|n| name_in(n, c.partner))}</td>
                                    <td>{s.alliances.with_untracked(|n| name_in(n, c.alliance))}</td>
                                    <td>{c.what.clone()}</td>
                                    <td>{opt_date_it(c.due)}</td>
                                    <td>{c.resources.clone()}</td>
                                    <td><span class=format!("badge c-{}", c.status.as_str())>{move || commitment_label(i18n, c.status)}</span></td>
                                    <td class="row-actions">
                                        {moves}
                                        <EditButton small=true name=what3 on_edit=Callback::new(move |()| open.run(this.clone())) />
                                        <button type="button" class="btn btn-small btn-danger"
                                            aria-label=move || t_string!(i18n, coprogettazione.remove_of, name = what2.clone()).to_string()
                                            on:click=move |_| { let _ = record(i18n, Edit::CoDesign(CoDesignEdit::Remove { kind: Kind::Commitments, id })); }>
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

//! Co-design sessions: the form that records one, and the minutes of each
//! (printable on their own through the print stylesheet).
use super::widgets::Field;
use super::widgets::{date_it, opt_id, opt_iso, parse_date, parse_id, record, Checks, Choice};
use super::widgets::{FormButtons, FormError, FormMode, FormTitle};
use super::{name_in, Shared};
use crate::i18n::*;
use crate::model::codesign::{CoDesignEdit, Decider, Item, Kind, Session};
use crate::model::{Edit, PlanId};
use leptos::prelude::*;

#[component]
pub fn Sessions() -> impl IntoView {
    let i18n = use_i18n();
    let s = expect_context::<Shared>();
    let (date, place, convener) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let (agenda, shared_txt, outcomes) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let (online, final_summary) = (RwSignal::new(false), RwSignal::new(false));
    let participants = RwSignal::new(Vec::<PlanId>::new());
    let error = RwSignal::new(None::<String>);
    let mode = FormMode::new();
    let sessions = Memo::new(move |_| s.codesign.with(|c| c.sessions.clone()));
    let clear = move || {
        for f in [date, place, convener, agenda, shared_txt, outcomes] {
            f.set(String::new());
        }
        participants.set(Vec::new());
        online.set(false);
        final_summary.set(false);
        error.set(None);
    };
    let open = Callback::new(move |x: Session| {
        date.set(opt_iso(x.date));
        place.set(x.place);
        online.set(x.online);
        convener.set(opt_id(x.convened_by));
        participants.set(x.participants);
        agenda.set(x.agenda);
        shared_txt.set(x.shared);
        outcomes.set(x.outcomes);
        final_summary.set(x.final_summary);
        error.set(None);
        mode.open(x.id, "cd-s-date");
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Some(d) = parse_date(&date.get_untracked()) else {
            error.set(Some(
                t_string!(i18n, coprogettazione.session_date_needed).to_string(),
            ));
            return;
        };
        let session = Session {
            date: Some(d),
            place: place.get_untracked(),
            online: online.get_untracked(),
            convened_by: parse_id(&convener.get_untracked()),
            participants: participants.get_untracked(),
            agenda: agenda.get_untracked(),
            shared: shared_txt.get_untracked(),
            outcomes: outcomes.get_untracked(),
            final_summary: final_summary.get_untracked(),
            ..Session::new(mode.id())
        };
        let len = sessions.with_untracked(Vec::len);
        match mode.save(i18n, Item::Session(session), len) {
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
        <section class="cd-section" aria-labelledby="cd-sessions-title">
            <h2 id="cd-sessions-title">{t!(i18n, coprogettazione.tab_sessions)}</h2>
            <p class="form-help">{t!(i18n, coprogettazione.sessions_help)}</p>
            <form class="cd-form" aria-labelledby="cd-new-session" on:submit=submit>
                <FormTitle id="cd-new-session" mode new=tr!(new_session) edit=tr!(edit_session) />
                <div class="cd-grid">
                    <Field id="cd-s-date" label=tr!(session_date) value=date kind="date" />
                    <Field id="cd-s-place" label=tr!(session_place) value=place />
                    <div class="form-check">
                        <input type="checkbox" id="cd-s-online" prop:checked=move || online.get()
                            on:change=move |e| online.set(event_target_checked(&e)) />
                        <label for="cd-s-online">{t!(i18n, coprogettazione.session_online)}</label>
                    </div>
                    <Choice id="cd-s-convener" label=tr!(session_convener) value=convener options=s.partners none=tr!(none) />
                </div>
                <Checks id="cd-s-part" legend=tr!(session_participants) chosen=participants options=s.partners />
                <Field id="cd-s-agenda" label=tr!(session_agenda) value=agenda multiline=true />
                <Field id="cd-s-shared" label=tr!(session_shared) value=shared_txt multiline=true />
                <Field id="cd-s-outcomes" label=tr!(session_outcomes) value=outcomes multiline=true />
                <div class="form-check">
                    <input type="checkbox" id="cd-s-final" prop:checked=move || final_summary.get()
                        on:change=move |e| final_summary.set(event_target_checked(&e)) />
                    <label for="cd-s-final">{t!(i18n, coprogettazione.session_final)}</label>
                </div>
                <FormError message=error />
                <FormButtons mode add=tr!(add_session) on_cancel=Callback::new(move |()| clear()) />
            </form>
            <Show when=move || !sessions.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, coprogettazione.no_sessions)}</p> }>
                <div class="cd-list">
                    {move || sessions.get().into_iter().map(|x| view! { <Minutes session=x open /> }).collect_view()}
                </div>
            </Show>
        </section>
    }
    .into_any()
}

/// Marks one session's minutes as the only thing to print, prints, unmarks.
fn print_minutes(id: PlanId) {
    let doc = document();
    let Some(body) = doc.body() else { return };
    let target = doc.get_element_by_id(&format!("minutes-{id}"));
    if let Some(t) = &target {
        let _ = t.class_list().add_1("print-this");
    }
    let _ = body.class_list().add_1("printing-minutes");
    let _ = window().print();
    let _ = body.class_list().remove_1("printing-minutes");
    if let Some(t) = &target {
        let _ = t.class_list().remove_1("print-this");
    }
}

#[component]
fn Minutes(session: Session, open: Callback<Session>) -> impl IntoView {
    let i18n = use_i18n();
    let s = expect_context::<Shared>();
    let id = session.id;
    let when = session.date.map(date_it).unwrap_or_default();
    let heading = format!("minutes-h-{id}");
    let partners = s.partners.get_untracked();
    let people: Vec<String> = session
        .participants
        .iter()
        .map(|p| name_in(&partners, *p))
        .collect();
    let convener = session.convened_by.map(|p| name_in(&partners, p));
    let decisions = s.codesign.with_untracked(|c| {
        c.decisions
            .iter()
            .filter(|d| d.by == Some(Decider::Session(id)))
            .map(|d| d.text.clone())
            .collect::<Vec<_>>()
    });
    let place = if session.online {
        format!(
            "{} ({})",
            session.place,
            t_string!(i18n, coprogettazione.online)
        )
    } else {
        session.place.clone()
    };
    let when2 = when.clone();
    let when3 = when.clone();
    let when4 = when.clone();
    let this = session.clone();
    view! {
        <article class="cd-card minutes" id=format!("minutes-{id}") aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>
                {move || t_string!(i18n, coprogettazione.session_of, when = when.clone()).to_string()}
                {session.final_summary.then(|| view! { " " <span class="badge">{t!(i18n, coprogettazione.final_badge)}</span> })}
            </h3>
            <dl class="cd-dl">
                <dt>{t!(i18n, coprogettazione.session_place)}</dt><dd>{place}</dd>
                <dt>{t!(i18n, coprogettazione.session_convener)}</dt><dd>{convener.unwrap_or_else(|| "—".into())}</dd>
                <dt>{t!(i18n, coprogettazione.session_participants)}</dt><dd>{people.join(", ")}</dd>
                <dt>{t!(i18n, coprogettazione.session_agenda)}</dt><dd class="pre">{session.agenda.clone()}</dd>
                <dt>{t!(i18n, coprogettazione.session_shared)}</dt><dd class="pre">{session.shared.clone()}</dd>
                <dt>{t!(i18n, coprogettazione.session_outcomes)}</dt><dd class="pre">{session.outcomes.clone()}</dd>
                <dt>{t!(i18n, coprogettazione.session_decisions)}</dt>
                <dd>
                    {if decisions.is_empty() {
                        view! { <span>"—"</span> }.into_any()
                    } else {
                        view! { <ul>{decisions.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul> }.into_any()
                    }}
                </dd>
            </dl>
            <div class="cd-actions no-print">
                <button type="button" class="btn"
                    aria-label=move || t_string!(i18n, coprogettazione.print_minutes_of, when = when2.clone()).to_string()
                    on:click=move |_| print_minutes(id)>{t!(i18n, coprogettazione.print_minutes)}</button>
                <button type="button" class="btn"
                    aria-label=move || t_string!(i18n, coprogettazione.edit_session_of, when = when4.clone()).to_string()
                    on:click=move |_| open.run(this.clone())>{t!(i18n, coprogettazione.edit)}</button>
                <button type="button" class="btn btn-danger"
                    aria-label=move || t_string!(i18n, coprogettazione.remove_session_of, when = when3.clone()).to_string()
                    on:click=move |_| {
                        let _ = record(i18n, Edit::CoDesign(CoDesignEdit::Remove { kind: Kind::Sessions, id }));
                    }>{t!(i18n, coprogettazione.remove)}</button>
            </div>
        </article>
    }
}

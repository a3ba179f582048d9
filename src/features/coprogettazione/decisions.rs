//! The incremental decision log (lever 2): what, when, who, why, for which
//! alliance, and which earlier decision it revises. Newest first, filtered
//! by alliance; the chain of corrections is shown on each entry.
use super::widgets::{focus, opt_date_it, opt_id, opt_iso, parse_date, parse_id, record};
use super::widgets::{Choice, Field, FormButtons, FormError, FormMode, FormTitle};
use super::{decider_name, name_in, Names, Shared};
use crate::i18n::*;
use crate::model::codesign::{revision_chain, CoDesignEdit, Decider, Decision, Item, Kind};
use crate::model::{Edit, PlanId};
use leptos::prelude::*;

fn decider_value(by: Option<Decider>) -> String {
    match by {
        None => String::new(),
        Some(Decider::Cabina) => "cabina".into(),
        Some(Decider::Body(b)) => format!("body:{b}"),
        Some(Decider::Session(s)) => format!("session:{s}"),
    }
}

fn parse_decider(v: &str) -> Option<Decider> {
    match v.split_once(':') {
        None if v == "cabina" => Some(Decider::Cabina),
        Some(("body", id)) => parse_id(id).map(Decider::Body),
        Some(("session", id)) => parse_id(id).map(Decider::Session),
        _ => None,
    }
}

/// `«text» (dd/mm/yyyy)`: how a decision is named in choices and chains.
fn label(d: &Decision) -> String {
    format!("«{}» ({})", d.text, opt_date_it(d.date))
}

#[component]
pub fn Decisions() -> impl IntoView {
    let i18n = use_i18n();
    let s = expect_context::<Shared>();
    let (text, date, by, reason) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let (alliance, revises) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let error = RwSignal::new(None::<String>);
    let filter = RwSignal::new(String::new());
    let log = Memo::new(move |_| s.codesign.with(|c| c.decisions.clone()));
    let choices: Signal<Names> =
        Signal::derive(move || log.with(|l| l.iter().map(|d| (d.id, label(d))).collect()));
    let mode = FormMode::new();
    let clear = move || {
        for f in [text, date, by, reason, alliance, revises] {
            f.set(String::new());
        }
        error.set(None);
    };
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        // A correction keeps what the form does not show (the cells).
        let id = mode.id();
        let base = log
            .with_untracked(|l| l.iter().find(|d| d.id == id).cloned())
            .unwrap_or_else(|| Decision::new(id, ""));
        let d = Decision {
            text: text.get_untracked(),
            date: parse_date(&date.get_untracked()),
            by: parse_decider(&by.get_untracked()),
            reason: reason.get_untracked(),
            alliance: parse_id(&alliance.get_untracked()),
            revises: parse_id(&revises.get_untracked()),
            ..base
        };
        match mode.save(i18n, Item::Decision(d), log.with_untracked(Vec::len)) {
            Ok(()) => clear(),
            Err(m) => error.set(Some(m)),
        }
    };
    let correct = Callback::new(move |d: Decision| {
        text.set(d.text);
        date.set(opt_iso(d.date));
        by.set(decider_value(d.by));
        reason.set(d.reason);
        alliance.set(opt_id(d.alliance));
        revises.set(opt_id(d.revises));
        error.set(None);
        mode.open(d.id, "cd-d-text");
    });
    let revise = Callback::new(move |d: Decision| {
        clear();
        mode.editing.set(None);
        revises.set(d.id.to_string());
        alliance.set(opt_id(d.alliance));
        focus("cd-d-text");
    });
    macro_rules! tr {
        ($k:ident) => {
            Signal::derive(move || t_string!(i18n, coprogettazione.$k).to_string())
        };
    }
    // Newest first: by date, then by the order recorded.
    let shown = Memo::new(move |_| {
        let only = parse_id(&filter.get());
        let mut l: Vec<(usize, Decision)> = log
            .get()
            .into_iter()
            .enumerate()
            .filter(|(_, d)| only.is_none() || d.alliance == only)
            .collect();
        l.sort_by(|(i, a), (j, b)| b.date.cmp(&a.date).then(j.cmp(i)));
        l.into_iter().map(|(_, d)| d).collect::<Vec<_>>()
    });
    view! {
        <section class="cd-section" aria-labelledby="cd-decisions-title">
            <h2 id="cd-decisions-title">{t!(i18n, coprogettazione.tab_decisions)}</h2>
            <p class="form-help">{t!(i18n, coprogettazione.decisions_help)}</p>
            <form class="cd-form" aria-labelledby="cd-new-decision" on:submit=submit>
                <FormTitle id="cd-new-decision" mode new=tr!(new_decision) edit=tr!(edit_decision) />
                <Show when=move || mode.editing.get().is_some()>
                    <p class="form-help">{t!(i18n, coprogettazione.edit_decision_help)}</p>
                </Show>
                <Field id="cd-d-text" label=tr!(decision_text) value=text multiline=true />
                <div class="cd-grid">
                    <Field id="cd-d-date" label=tr!(decision_date) value=date kind="date" />
                    <div class="form-group">
                        <label for="cd-d-by">{t!(i18n, coprogettazione.decision_by)}</label>
                        <select id="cd-d-by" on:change=move |e| by.set(event_target_value(&e))>
                            <option value="" selected=move || by.get().is_empty()>{t!(i18n, coprogettazione.none)}</option>
                            <option value="cabina" selected=move || by.get() == "cabina">{t!(i18n, coprogettazione.cabina)}</option>
                            {move || s.bodies.get().into_iter().map(|(id, n)| {
                                let v = decider_value(Some(Decider::Body(id)));
                                let v2 = v.clone();
                                view! { <option value=v selected=move || by.get() == v2>{n}</option> }
                            }).collect_view()}
                            {move || s.sessions.get().into_iter().map(|(id, when)| {
                                let v = decider_value(Some(Decider::Session(id)));
                                let v2 = v.clone();
                                let n = t_string!(i18n, coprogettazione.session_of, when = when).to_string();
                                view! { <option value=v selected=move || by.get() == v2>{n}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <Choice id="cd-d-alliance" label=tr!(decision_alliance) value=alliance options=s.alliances none=tr!(whole_plan) />
                    <Choice id="cd-d-revises" label=tr!(decision_revises) value=revises options=choices none=tr!(none) />
                </div>
                <Field id="cd-d-reason" label=tr!(decision_reason) value=reason multiline=true />
                <FormError message=error />
                <FormButtons mode add=tr!(add_decision) on_cancel=Callback::new(move |()| clear()) />
            </form>
            <div class="form-group cd-filter">
                <label for="cd-d-filter">{t!(i18n, coprogettazione.filter_alliance)}</label>
                <select id="cd-d-filter" on:change=move |e| filter.set(event_target_value(&e))>
                    <option value="">{t!(i18n, coprogettazione.all_alliances)}</option>
                    {move || s.alliances.get().into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                </select>
            </div>
            <Show when=move || !shown.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, coprogettazione.no_decisions)}</p> }>
                <ol class="cd-list cd-log" aria-label=move || t_string!(i18n, coprogettazione.log_label)>
                    {move || shown.get().into_iter().map(|d| view! { <Entry d log=log revise correct /> }).collect_view()}
                </ol>
            </Show>
        </section>
    }
    .into_any()
}

#[component]
fn Entry(
    d: Decision,
    log: Memo<Vec<Decision>>,
    revise: Callback<Decision>,
    correct: Callback<Decision>,
) -> impl IntoView {
    let i18n = use_i18n();
    let s = expect_context::<Shared>();
    let id = d.id;
    let all = log.get_untracked();
    let chain: Vec<PlanId> = revision_chain(&all, id);
    let find = |x: PlanId| all.iter().find(|d| d.id == x).cloned();
    let revised = d.revises.and_then(find);
    let revised_by: Vec<Decision> = all
        .iter()
        .filter(|x| x.revises == Some(id))
        .cloned()
        .collect();
    let superseded = !revised_by.is_empty();
    let alliance = d
        .alliance
        .map(|a| s.alliances.with_untracked(|n| name_in(n, a)));
    let by = decider_name(i18n, &s, d.by);
    let heading = format!("dec-{id}");
    let text = d.text.clone();
    let text2 = d.text.clone();
    let d2 = d.clone();
    let d3 = d.clone();
    let text3 = d.text.clone();
    let chain_view = (chain.len() > 1).then(|| {
        let steps: Vec<String> = chain
            .iter()
            .filter_map(|x| find(*x))
            .map(|x| label(&x))
            .collect();
        view! {
            <div class="cd-chain">
                <span>{t!(i18n, coprogettazione.chain)}</span>
                <ol aria-label=move || t_string!(i18n, coprogettazione.chain)>
                    {steps.into_iter().map(|st| view! { <li>{st}</li> }).collect_view()}
                </ol>
            </div>
        }
    });
    view! {
        <li class="cd-card" class:superseded=superseded aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>{d.text.clone()}
                {superseded.then(|| view! { " " <span class="badge badge-muted">{t!(i18n, coprogettazione.superseded)}</span> })}
            </h3>
            <p class="cd-meta">{opt_date_it(d.date)}" · "{by}{alliance.map(|a| format!(" · {a}"))}</p>
            {(!d.reason.is_empty()).then(|| view! { <p><strong>{t!(i18n, coprogettazione.decision_reason)}": "</strong>{d.reason.clone()}</p> })}
            {revised.map(|r| view! { <p>{t!(i18n, coprogettazione.revises_label)}" "{label(&r)}</p> })}
            {superseded.then(|| view! { <p>{t!(i18n, coprogettazione.revised_by_label)}" "{revised_by.iter().map(label).collect::<Vec<_>>().join(", ")}</p> })}
            {chain_view}
            <div class="cd-actions">
                <button type="button" class="btn"
                    aria-label=move || t_string!(i18n, coprogettazione.revise_of, name = text.clone()).to_string()
                    on:click=move |_| revise.run(d2.clone())>{t!(i18n, coprogettazione.revise)}</button>
                <button type="button" class="btn"
                    aria-label=move || t_string!(i18n, coprogettazione.correct_of, name = text3.clone()).to_string()
                    on:click=move |_| correct.run(d3.clone())>{t!(i18n, coprogettazione.correct)}</button>
                <button type="button" class="btn btn-danger"
                    aria-label=move || t_string!(i18n, coprogettazione.remove_of, name = text2.clone()).to_string()
                    on:click=move |_| {
                        let _ = record(i18n, Edit::CoDesign(CoDesignEdit::Remove { kind: Kind::Decisions, id }));
                    }>{t!(i18n, coprogettazione.remove)}</button>
            </div>
        </li>
    }
}

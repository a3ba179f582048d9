//! Step 5, Coprogettazione, and the four management levers: sessions with
//! printable minutes, the decision log, the cabina di regia and the tavoli,
//! indicators, commitments, funding and complementarity. Rules live in
//! `model::codesign`; every change is one undoable edit.
mod bodies;
mod commitments;
mod complements;
mod decisions;
mod funding;
mod indicators;
mod monitoring;
mod sessions;
pub(crate) mod widgets;

use crate::i18n::*;
use crate::model::codesign::{CoDesign, Decider};
use crate::model::{Plan, PlanId};
use crate::state::use_app;
use chrono::NaiveDate;
pub use commitments::commitment_label;
pub use funding::{euro, funding_status_label, programme_label};
pub use indicators::status_label;
use leptos::prelude::*;
pub use monitoring::{AllianceMonitoring, MatrixMonitoring};

pub type Names = Vec<(PlanId, String)>;

/// The names every section offers in its choices, computed once per edit.
#[derive(Clone, Copy)]
pub struct Shared {
    pub today: NaiveDate,
    pub partners: Memo<Names>,
    pub alliances: Memo<Names>,
    pub territories: Memo<Names>,
    pub themes: Memo<Names>,
    pub interventions: Memo<Names>,
    pub sessions: Memo<Names>,
    pub bodies: Memo<Names>,
    pub codesign: Memo<CoDesign>,
}

/// The name of `id` in `names`, or a dash.
pub fn name_in(names: &Names, id: PlanId) -> String {
    names
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, n)| n.clone())
        .unwrap_or_else(|| "—".into())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Sessions,
    Decisions,
    Bodies,
    Indicators,
    Commitments,
    Funding,
    Complements,
}

fn names<T>(l: &[T], f: impl Fn(&T) -> (PlanId, String)) -> Names {
    l.iter().map(f).collect()
}

#[component]
pub fn Coprogettazione() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let read =
        move |f: fn(&Plan) -> Names| Memo::new(move |_| app.with_plan(f).unwrap_or_default());
    let untitled = move || t_string!(i18n, coprogettazione.session_undated).to_string();
    let shared = Shared {
        today: widgets::today(),
        partners: read(|p| names(&p.stakeholders, |s| (s.id, s.name.clone()))),
        alliances: read(|p| names(&p.alliances, |a| (a.id, a.name.clone()))),
        territories: read(|p| names(&p.axes.territories, |a| (a.id, a.name.clone()))),
        themes: read(|p| names(&p.axes.themes, |a| (a.id, a.name.clone()))),
        interventions: read(|p| names(&p.context.interventions, |a| (a.id, a.title.clone()))),
        sessions: Memo::new(move |_| {
            app.with_plan(|p| {
                names(&p.codesign.sessions, |s| {
                    let when = s.date.map(widgets::date_it).unwrap_or_else(untitled);
                    (s.id, when)
                })
            })
            .unwrap_or_default()
        }),
        bodies: read(|p| names(&p.codesign.bodies, |b| (b.id, b.name.clone()))),
        codesign: Memo::new(move |_| app.with_plan(|p| p.codesign.clone()).unwrap_or_default()),
    };
    provide_context(shared);
    let tab = RwSignal::new(Tab::Sessions);
    let tab_button = move |t: Tab, label: Signal<String>| {
        view! {
            <li>
                <button type="button" class="btn cd-tab"
                    aria-current=move || (tab.get() == t).then_some("true")
                    on:click=move |_| tab.set(t)>{label}</button>
            </li>
        }
    };
    macro_rules! tr {
        ($k:ident) => {
            Signal::derive(move || t_string!(i18n, coprogettazione.$k).to_string())
        };
    }
    view! {
        <section class="screen coprogettazione" aria-labelledby="step-title">
            <h1 id="step-title" node_ref=crate::components::heading::focus_on_arrival()>{t!(i18n, coprogettazione.title)}</h1>
            <p class="lead">{t!(i18n, coprogettazione.intro)}</p>
            <crate::features::guida::GuidePanel step=crate::model::Step::Coprogettazione />
            <nav class="cd-tabs" aria-label=move || t_string!(i18n, coprogettazione.sections)>
                <ul>
                    {tab_button(Tab::Sessions, tr!(tab_sessions))}
                    {tab_button(Tab::Decisions, tr!(tab_decisions))}
                    {tab_button(Tab::Bodies, tr!(tab_bodies))}
                    {tab_button(Tab::Indicators, tr!(tab_indicators))}
                    {tab_button(Tab::Commitments, tr!(tab_commitments))}
                    {tab_button(Tab::Funding, tr!(tab_funding))}
                    {tab_button(Tab::Complements, tr!(tab_complements))}
                </ul>
            </nav>
            {move || match tab.get() {
                Tab::Sessions => view! { <sessions::Sessions /> }.into_any(),
                Tab::Decisions => view! { <decisions::Decisions /> }.into_any(),
                Tab::Bodies => view! { <bodies::Bodies /> }.into_any(),
                Tab::Indicators => view! { <indicators::Indicators /> }.into_any(),
                Tab::Commitments => view! { <commitments::Commitments /> }.into_any(),
                Tab::Funding => view! { <funding::Funding /> }.into_any(),
                Tab::Complements => view! { <complements::Complements /> }.into_any(),
            }}
        </section>
    }
    .into_any()
}

/// Who took a decision, in words.
pub fn decider_name(
    i18n: leptos_i18n::I18nContext<Locale>,
    s: &Shared,
    by: Option<Decider>,
) -> String {
    match by {
        None => "—".into(),
        Some(Decider::Cabina) => t_string!(i18n, coprogettazione.cabina).to_string(),
        Some(Decider::Body(b)) => s.bodies.with(|n| name_in(n, b)),
        Some(Decider::Session(x)) => {
            let when = s.sessions.with(|n| name_in(n, x));
            t_string!(i18n, coprogettazione.session_of, when = when).to_string()
        }
    }
}

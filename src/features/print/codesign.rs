//! The co-design part of the printed plan: sessions, the decision log, the
//! tavoli, indicators with their computed status, commitments, funding and
//! complementary interventions — one table each, text nodes only.
use super::package::name_of as partner;
use super::sections::PrintTable;
use crate::features::coprogettazione::widgets::{date_it, opt_date_it, today};
use crate::features::coprogettazione::{
    commitment_label, euro, funding_status_label, programme_label, status_label,
};
use crate::i18n::*;
use crate::model::codesign::{stale_complements, BodyKind, Decider};
use crate::model::{Plan, PlanId};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

fn partners(p: &Plan, ids: &[PlanId]) -> String {
    ids.iter()
        .map(|id| partner(p, *id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn alliance(p: &Plan, id: Option<PlanId>, none: &str) -> String {
    id.and_then(|id| p.alliances.iter().find(|a| a.id == id))
        .map(|a| a.name.clone())
        .unwrap_or_else(|| none.to_owned())
}

fn session_name(i18n: I18nContext<Locale>, p: &Plan, id: PlanId) -> String {
    let when = p
        .codesign
        .sessions
        .iter()
        .find(|s| s.id == id)
        .map(|s| opt_date_it(s.date))
        .unwrap_or_default();
    t_string!(i18n, coprogettazione.session_of, when = when).to_string()
}

fn decider(i18n: I18nContext<Locale>, p: &Plan, by: Option<Decider>) -> String {
    match by {
        None => String::new(),
        Some(Decider::Cabina) => t_string!(i18n, coprogettazione.cabina).to_string(),
        Some(Decider::Body(b)) => p
            .codesign
            .bodies
            .iter()
            .find(|x| x.id == b)
            .map(|x| x.name.clone())
            .unwrap_or_default(),
        Some(Decider::Session(s)) => session_name(i18n, p, s),
    }
}

/// Rows of every table of the section, computed from the plan.
#[derive(PartialEq)]
struct Tables {
    sessions: Vec<Vec<String>>,
    decisions: Vec<Vec<String>>,
    bodies: Vec<Vec<String>>,
    indicators: Vec<Vec<String>>,
    commitments: Vec<Vec<String>>,
    funding: Vec<Vec<String>>,
    complements: Vec<Vec<String>>,
}

fn tables(i18n: I18nContext<Locale>, p: &Plan) -> Tables {
    let cd = &p.codesign;
    let whole = t_string!(i18n, coprogettazione.whole_plan);
    let now = today();
    let sessions = cd
        .sessions
        .iter()
        .map(|s| {
            let mut when = opt_date_it(s.date);
            if s.final_summary {
                when = format!("{when}\n{}", t_string!(i18n, coprogettazione.final_badge));
            }
            let place = if s.online {
                format!("{} ({})", s.place, t_string!(i18n, coprogettazione.online))
            } else {
                s.place.clone()
            };
            let by = s.convened_by.map(|c| partner(p, c)).unwrap_or_default();
            vec![
                when,
                place,
                by,
                partners(p, &s.participants),
                s.outcomes.clone(),
            ]
        })
        .collect();
    let mut log: Vec<_> = cd.decisions.iter().enumerate().collect();
    log.sort_by(|(i, a), (j, b)| b.date.cmp(&a.date).then(j.cmp(i)));
    let decisions = log
        .into_iter()
        .map(|(_, d)| {
            let revises = d
                .revises
                .and_then(|r| cd.decisions.iter().find(|x| x.id == r))
                .map(|r| format!("«{}» ({})", r.text, opt_date_it(r.date)))
                .unwrap_or_default();
            let what = if d.reason.trim().is_empty() {
                d.text.clone()
            } else {
                format!(
                    "{}\n{}: {}",
                    d.text,
                    t_string!(i18n, coprogettazione.decision_reason),
                    d.reason
                )
            };
            vec![
                opt_date_it(d.date),
                what,
                decider(i18n, p, d.by),
                alliance(p, d.alliance, whole),
                revises,
            ]
        })
        .collect();
    let bodies = cd
        .bodies
        .iter()
        .map(|b| {
            let kind = match b.kind {
                BodyKind::Territorial => t_string!(i18n, coprogettazione.body_kind_territorial),
                BodyKind::Thematic => t_string!(i18n, coprogettazione.body_kind_thematic),
            };
            let follows = b
                .alliances
                .iter()
                .map(|a| alliance(p, Some(*a), ""))
                .chain(b.territories.iter().chain(&b.themes).filter_map(|id| {
                    p.axes
                        .territories
                        .iter()
                        .chain(&p.axes.themes)
                        .find(|x| x.id == *id)
                        .map(|x| x.name.clone())
                }))
                .collect::<Vec<_>>()
                .join(", ");
            let chair = b.chair.map(|c| partner(p, c)).unwrap_or_default();
            vec![
                format!("{}\n{kind}", b.name),
                chair,
                partners(p, &b.members),
                b.frequency.clone(),
                follows,
            ]
        })
        .collect();
    let indicators = cd
        .indicators
        .iter()
        .map(|ind| {
            let u = |a: crate::model::codesign::Amount| {
                format!("{} {}", a.format_short(), ind.unit)
                    .trim_end()
                    .to_owned()
            };
            let latest = ind
                .latest()
                .map(|m| format!("{} ({})", u(m.value), date_it(m.date)))
                .unwrap_or_default();
            vec![
                alliance(p, ind.alliance, whole),
                ind.name.clone(),
                format!("{} ({})", u(ind.baseline), date_it(ind.baseline_date)),
                format!("{} ({})", u(ind.target), opt_date_it(ind.target_date)),
                latest,
                status_label(i18n, ind.status(now)).to_owned(),
            ]
        })
        .collect();
    let commitments = cd
        .commitments
        .iter()
        .map(|c| {
            vec![
                partner(p, c.partner),
                alliance(p, Some(c.alliance), ""),
                c.what.clone(),
                opt_date_it(c.due),
                c.resources.clone(),
                commitment_label(i18n, c.status).to_owned(),
            ]
        })
        .collect();
    let funding = cd
        .funding
        .iter()
        .map(|f| {
            let used: Vec<String> = f
                .alliance
                .map(|a| alliance(p, Some(a), ""))
                .into_iter()
                .chain(f.intervention.and_then(|i| {
                    p.context
                        .interventions
                        .iter()
                        .find(|x| x.id == i)
                        .map(|x| x.title.clone())
                }))
                .collect();
            vec![
                programme_label(i18n, f.programme).to_owned(),
                euro(f.amount),
                if used.is_empty() {
                    whole.to_owned()
                } else {
                    used.join(" · ")
                },
                format!("{} – {}", opt_date_it(f.start), opt_date_it(f.end)),
                funding_status_label(i18n, f.status).to_owned(),
            ]
        })
        .collect();
    let stale: Vec<PlanId> = stale_complements(p, now).iter().map(|c| c.id).collect();
    let complements = cd
        .complements
        .iter()
        .map(|c| {
            let intervention = p
                .context
                .interventions
                .iter()
                .find(|x| x.id == c.intervention);
            let mut last = opt_date_it(c.last_update);
            if stale.contains(&c.id) {
                last = format!("{last}\n{}", t_string!(i18n, coprogettazione.update_due));
            }
            vec![
                alliance(p, Some(c.alliance), ""),
                intervention.map(|x| x.title.clone()).unwrap_or_default(),
                intervention.map(|x| x.referent.clone()).unwrap_or_default(),
                last,
            ]
        })
        .collect();
    Tables {
        sessions,
        decisions,
        bodies,
        indicators,
        commitments,
        funding,
        complements,
    }
}

#[component]
pub fn CoDesignSection() -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    let all = Memo::new(move |_| app.with_plan(|p| tables(i18n, p)));
    macro_rules! rows {
        ($f:ident) => {
            Signal::derive(move || {
                all.with(|t| t.as_ref().map(|t| t.$f.clone()).unwrap_or_default())
            })
        };
    }
    macro_rules! tr {
        ($k:ident) => {
            t_string!(i18n, coprogettazione.$k)
        };
    }
    let none = t_string!(i18n, print.none);
    view! {
        <section aria-labelledby="print-codesign">
            <h2 id="print-codesign">{t!(i18n, print.codesign)}</h2>
            <h3>{t!(i18n, coprogettazione.tab_sessions)}</h3>
            <PrintTable rows=rows!(sessions) empty=none headers=vec![
                tr!(session_date), tr!(session_place), tr!(session_convener), tr!(session_participants), tr!(session_outcomes),
            ] />
            <h3>{t!(i18n, print.decision_log)}</h3>
            <PrintTable rows=rows!(decisions) empty=none headers=vec![
                tr!(decision_date), tr!(decision_text), tr!(decision_by), tr!(decision_alliance), tr!(decision_revises),
            ] />
            <h3>{t!(i18n, print.tables)}</h3>
            <PrintTable rows=rows!(bodies) empty=none headers=vec![
                tr!(body_name), tr!(chair), tr!(body_members), tr!(frequency), t_string!(i18n, print.follows),
            ] />
            <h3>{t!(i18n, coprogettazione.tab_indicators)}</h3>
            <PrintTable rows=rows!(indicators) empty=none headers=vec![
                tr!(ind_alliance), tr!(ind_name), tr!(ind_baseline), tr!(ind_target), t_string!(i18n, print.latest), t_string!(i18n, print.status),
            ] />
            <h3>{t!(i18n, coprogettazione.commitments_table)}</h3>
            <PrintTable rows=rows!(commitments) empty=none headers=vec![
                tr!(c_partner), tr!(c_alliance), tr!(c_what), tr!(c_due), tr!(c_resources), tr!(c_status),
            ] />
            <h3>{t!(i18n, coprogettazione.funding_table)}</h3>
            <PrintTable rows=rows!(funding) empty=none headers=vec![
                tr!(f_programme), tr!(f_amount), tr!(f_used_by), tr!(f_period), tr!(f_status),
            ] />
            <h3>{t!(i18n, coprogettazione.complements_table)}</h3>
            <PrintTable rows=rows!(complements) empty=none headers=vec![
                tr!(c_alliance), tr!(f_intervention), tr!(referent), tr!(last_update),
            ] />
        </section>
    }
}

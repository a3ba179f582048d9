//! Indicators (lever 1): baseline, target, frequency, source, responsible
//! partner; measurements over time; the status computed from them, per
//! indicator and summarised per alliance.
use super::widgets::{amount_message, date_it, iso, opt_date_it, opt_id, opt_iso};
use super::widgets::{parse_date, parse_id, record, Choice, EditButton, Field, FormError};
use super::widgets::{FormButtons, FormMode, FormTitle};
use super::{name_in, Shared};
use crate::i18n::*;
use crate::model::codesign::{
    Amount, CoDesignEdit, Indicator, IndicatorStatus, Item, Kind, Measurement,
};
use crate::model::{Edit, PlanId};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

pub fn status_label(i18n: I18nContext<Locale>, s: IndicatorStatus) -> &'static str {
    match s {
        IndicatorStatus::OnTrack => t_string!(i18n, coprogettazione.status_on_track),
        IndicatorStatus::AtRisk => t_string!(i18n, coprogettazione.status_at_risk),
        IndicatorStatus::Late => t_string!(i18n, coprogettazione.status_late),
        IndicatorStatus::NoData => t_string!(i18n, coprogettazione.status_no_data),
    }
}

#[component]
pub fn StatusBadge(status: IndicatorStatus) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("badge status-{}", status.as_str())>{move || status_label(i18n, status)}</span> }
}

#[component]
pub fn Indicators() -> impl IntoView {
    let i18n = use_i18n();
    let s = expect_context::<Shared>();
    let f = || RwSignal::new(String::new());
    let (alliance, name, unit, baseline, baseline_date) = (f(), f(), f(), f(), f());
    let (target, target_date, source, responsible) = (f(), f(), f(), f());
    let frequency = RwSignal::new("6".to_string());
    let error = RwSignal::new(None::<String>);
    let list = Memo::new(move |_| s.codesign.with(|c| c.indicators.clone()));
    let mode = FormMode::new();
    let clear = move || {
        for x in [
            alliance,
            name,
            unit,
            baseline,
            baseline_date,
            target,
            target_date,
            source,
            responsible,
        ] {
            x.set(String::new());
        }
        frequency.set("6".into());
        error.set(None);
    };
    let open = Callback::new(move |i: Indicator| {
        alliance.set(opt_id(i.alliance));
        name.set(i.name);
        unit.set(i.unit);
        baseline.set(i.baseline.format_short());
        baseline_date.set(iso(i.baseline_date));
        target.set(i.target.format_short());
        target_date.set(opt_iso(i.target_date));
        frequency.set(i.frequency_months.to_string());
        source.set(i.source);
        responsible.set(opt_id(i.responsible));
        error.set(None);
        mode.open(i.id, "cd-i-alliance");
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let figure = |sig: RwSignal<String>, what: &str| {
            Amount::parse_it(&sig.get_untracked())
                .map_err(|e| format!("{what}: {}", amount_message(i18n, e)))
        };
        let built = (|| {
            let b = figure(baseline, t_string!(i18n, coprogettazione.ind_baseline))?;
            let t = figure(target, t_string!(i18n, coprogettazione.ind_target))?;
            let bd = parse_date(&baseline_date.get_untracked()).ok_or_else(|| {
                t_string!(i18n, coprogettazione.ind_baseline_date_needed).to_string()
            })?;
            // A correction keeps the measurements recorded so far.
            let id = mode.id();
            let measurements = list
                .with_untracked(|l| {
                    l.iter()
                        .find(|i| i.id == id)
                        .map(|i| i.measurements.clone())
                })
                .unwrap_or_default();
            Ok::<_, String>(Indicator {
                id,
                alliance: parse_id(&alliance.get_untracked()),
                name: name.get_untracked(),
                unit: unit.get_untracked(),
                baseline: b,
                baseline_date: bd,
                target: t,
                target_date: parse_date(&target_date.get_untracked()),
                frequency_months: frequency.get_untracked().parse().unwrap_or(6),
                source: source.get_untracked(),
                responsible: parse_id(&responsible.get_untracked()),
                measurements,
            })
        })();
        let result = built
            .and_then(|ind| mode.save(i18n, Item::Indicator(ind), list.with_untracked(Vec::len)));
        match result {
            Ok(()) => clear(),
            Err(m) => error.set(Some(m)),
        }
    };
    macro_rules! tr {
        ($k:ident) => {
            Signal::derive(move || t_string!(i18n, coprogettazione.$k).to_string())
        };
    }
    // The worst status of each alliance's indicators.
    let per_alliance = Memo::new(move |_| {
        let l = list.get();
        s.alliances
            .get()
            .into_iter()
            .filter_map(|(id, n)| {
                let of: Vec<_> = l
                    .iter()
                    .filter(|i| i.alliance == Some(id))
                    .map(|i| i.status(s.today))
                    .collect();
                (!of.is_empty()).then(|| (n, IndicatorStatus::worst(of)))
            })
            .collect::<Vec<_>>()
    });
    view! {
        <section class="cd-section" aria-labelledby="cd-ind-title">
            <h2 id="cd-ind-title">{t!(i18n, coprogettazione.tab_indicators)}</h2>
            <p class="form-help">{t!(i18n, coprogettazione.indicators_help)}</p>
            <form class="cd-form" aria-labelledby="cd-new-ind" on:submit=submit>
                <FormTitle id="cd-new-ind" mode new=tr!(new_indicator) edit=tr!(edit_indicator) />
                <div class="cd-grid">
                    <Choice id="cd-i-alliance" label=tr!(ind_alliance) value=alliance options=s.alliances none=tr!(whole_plan) />
                    <Field id="cd-i-name" label=tr!(ind_name) value=name />
                    <Field id="cd-i-unit" label=tr!(ind_unit) value=unit />
                    <Field id="cd-i-baseline" label=tr!(ind_baseline) value=baseline help=tr!(figure_help) />
                    <Field id="cd-i-bdate" label=tr!(ind_baseline_date) value=baseline_date kind="date" />
                    <Field id="cd-i-target" label=tr!(ind_target) value=target />
                    <Field id="cd-i-tdate" label=tr!(ind_target_date) value=target_date kind="date" />
                    <div class="form-group">
                        <label for="cd-i-freq">{t!(i18n, coprogettazione.ind_frequency)}</label>
                        <select id="cd-i-freq" on:change=move |e| frequency.set(event_target_value(&e))>
                            {[1u32, 3, 6, 12].into_iter().map(|m| view! {
                                <option value=m.to_string() selected=move || frequency.get() == m.to_string()>
                                    {move || t_string!(i18n, coprogettazione.every_months, n = m).to_string()}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                    <Field id="cd-i-source" label=tr!(ind_source) value=source />
                    <Choice id="cd-i-resp" label=tr!(ind_responsible) value=responsible options=s.partners none=tr!(none) />
                </div>
                <FormError message=error />
                <FormButtons mode add=tr!(add_indicator) on_cancel=Callback::new(move |()| clear()) />
            </form>
            <Show when=move || !per_alliance.with(Vec::is_empty)>
                <h3>{t!(i18n, coprogettazione.by_alliance)}</h3>
                <ul class="cd-summary" aria-label=move || t_string!(i18n, coprogettazione.by_alliance)>
                    {move || per_alliance.get().into_iter().map(|(n, st)| view! { <li>{n}": "<StatusBadge status=st /></li> }).collect_view()}
                </ul>
            </Show>
            <Show when=move || !list.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, coprogettazione.no_indicators)}</p> }>
                <div class="cd-list">
                    {move || list.get().into_iter().map(|x| view! { <IndicatorCard ind=x open /> }).collect_view()}
                </div>
            </Show>
        </section>
    }
    .into_any()
}

#[component]
fn IndicatorCard(ind: Indicator, open: Callback<Indicator>) -> impl IntoView {
    let i18n = use_i18n();
    let s = expect_context::<Shared>();
    let id: PlanId = ind.id;
    let status = ind.status(s.today);
    let owner = ind
        .alliance
        .map(|a| s.alliances.with_untracked(|n| name_in(n, a)))
        .unwrap_or_else(|| t_string!(i18n, coprogettazione.whole_plan).to_string());
    let resp = ind
        .responsible
        .map(|p| s.partners.with_untracked(|n| name_in(n, p)))
        .unwrap_or_else(|| "—".into());
    let unit = ind.unit.clone();
    let heading = format!("ind-{id}");
    let (mdate, mvalue) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let error = RwSignal::new(None::<String>);
    let base = ind.clone();
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Some(date) = parse_date(&mdate.get_untracked()) else {
            error.set(Some(
                t_string!(i18n, coprogettazione.measure_date_needed).to_string(),
            ));
            return;
        };
        let value = match Amount::parse_it(&mvalue.get_untracked()) {
            Ok(v) => v,
            Err(e) => return error.set(Some(amount_message(i18n, e).to_string())),
        };
        let mut next = base.clone();
        next.measurements.push(Measurement { date, value });
        next.measurements.sort_by_key(|m| m.date);
        match record(
            i18n,
            Edit::CoDesign(CoDesignEdit::Replace(Item::Indicator(next))),
        ) {
            Ok(()) => error.set(None),
            Err(m) => error.set(Some(m)),
        }
    };
    let name = ind.name.clone();
    let name2 = ind.name.clone();
    let u = move |a: Amount| {
        if unit.is_empty() {
            a.format_short()
        } else {
            format!("{} {}", a.format_short(), unit)
        }
    };
    let measurements = ind.measurements.clone();
    let this = ind.clone();
    let name3 = ind.name.clone();
    // Takes out a measurement recorded by mistake (undoable like any edit).
    let drop_measure = Callback::new(move |at: usize| {
        let mut next = this.clone();
        next.measurements.remove(at);
        error.set(
            record(
                i18n,
                Edit::CoDesign(CoDesignEdit::Replace(Item::Indicator(next))),
            )
            .err(),
        );
    });
    let this = ind.clone();
    view! {
        <article class="cd-card" aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>{ind.name.clone()}" "<StatusBadge status /></h3>
            <p class="cd-meta">{owner}" · "{t!(i18n, coprogettazione.ind_responsible)}": "{resp}</p>
            <p>
                {t!(i18n, coprogettazione.ind_baseline)}": "{u(ind.baseline)}" ("{date_it(ind.baseline_date)}") → "
                {t!(i18n, coprogettazione.ind_target)}": "{u(ind.target)}" ("{opt_date_it(ind.target_date)}")"
            </p>
            {(!measurements.is_empty()).then(|| view! {
                <table class="table cd-table">
                    <caption>{t!(i18n, coprogettazione.measurements)}</caption>
                    <thead><tr>
                        <th scope="col">{t!(i18n, coprogettazione.measure_date)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.measure_value)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.actions)}</th>
                    </tr></thead>
                    <tbody>
                        {measurements.iter().enumerate().map(|(at, m)| {
                            let when = date_it(m.date);
                            view! {
                                <tr>
                                    <td>{when.clone()}</td>
                                    <td>{u(m.value)}</td>
                                    <td class="row-actions">
                                        <button type="button" class="btn btn-small btn-danger"
                                            aria-label=move || t_string!(i18n, coprogettazione.remove_measure_of, when = when.clone()).to_string()
                                            on:click=move |_| drop_measure.run(at)>"✕"</button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            <form class="cd-inline" on:submit=add aria-label=move || t_string!(i18n, coprogettazione.new_measure_of, name = name.clone()).to_string()>
                <Field id=format!("m-date-{id}") label=Signal::derive(move || t_string!(i18n, coprogettazione.measure_date).to_string()) value=mdate kind="date" />
                <Field id=format!("m-value-{id}") label=Signal::derive(move || t_string!(i18n, coprogettazione.measure_value).to_string()) value=mvalue />
                <button type="submit" class="btn">{t!(i18n, coprogettazione.add_measure)}</button>
                <FormError message=error />
            </form>
            <div class="cd-actions">
                <EditButton name=name3 on_edit=Callback::new(move |()| open.run(this.clone())) />
                <button type="button" class="btn btn-danger"
                    aria-label=move || t_string!(i18n, coprogettazione.remove_of, name = name2.clone()).to_string()
                    on:click=move |_| {
                        let _ = record(i18n, Edit::CoDesign(CoDesignEdit::Remove { kind: Kind::Indicators, id }));
                    }>{t!(i18n, coprogettazione.remove)}</button>
            </div>
        </article>
    }
}

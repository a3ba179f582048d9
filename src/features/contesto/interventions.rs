//! The register of interventions active or planned on the territory: title,
//! promoter, funding, period, territories, thematic areas, status, referent.
use super::widgets::{focus_later, toggle, AxisChecks, DateInput, TextInput};
use super::Shared;
use crate::components::sync::{mirror, Keyed, PerItem};
use crate::i18n::*;
use crate::model::context::{ContextEdit, Funding, InterventionStatus, Item, Register};
use crate::model::{Edit, Intervention, PlanId};
use crate::state::{new_id, use_app};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use std::collections::{HashMap, HashSet};

fn funding_label(i18n: I18nContext<Locale>, f: Funding) -> &'static str {
    match f {
        Funding::Fami => t_string!(i18n, contesto.funding_fami),
        Funding::FsePlus => t_string!(i18n, contesto.funding_fse),
        Funding::Pnrr => t_string!(i18n, contesto.funding_pnrr),
        Funding::Regional => t_string!(i18n, contesto.funding_regional),
        Funding::Municipal => t_string!(i18n, contesto.funding_municipal),
        Funding::Private => t_string!(i18n, contesto.funding_private),
        Funding::Other => t_string!(i18n, contesto.funding_other),
    }
}

fn status_label(i18n: I18nContext<Locale>, s: InterventionStatus) -> &'static str {
    match s {
        InterventionStatus::Planned => t_string!(i18n, contesto.status_planned),
        InterventionStatus::Active => t_string!(i18n, contesto.status_active),
        InterventionStatus::Ended => t_string!(i18n, contesto.status_ended),
    }
}

#[component]
pub fn Interventions() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rows = Keyed::new(|p| &p.context.interventions);
    provide_context(rows);
    // The promoter's name per intervention, so typing a body's name wakes
    // only the rows it promotes.
    provide_context(PerItem::new(|p| {
        let names: HashMap<_, _> = p.stakeholders.iter().map(|s| (s.id, &s.name)).collect();
        p.context
            .interventions
            .iter()
            .map(|i| {
                (
                    i.id,
                    i.promoter.and_then(|s| names.get(&s).map(|n| (*n).clone())),
                )
            })
            .collect()
    }));
    let ids = rows.ids;
    let duplicates = mirror(|p| {
        let l = &p.context.interventions;
        let flags = crate::model::context::duplicate_names(l.iter().map(|i| i.title.as_str()));
        l.iter()
            .zip(flags)
            .filter(|(_, d)| *d)
            .map(|(i, _)| i.id)
            .collect::<HashSet<_>>()
    });
    let add = move |_| {
        let id = new_id();
        let index = ids.with_untracked(Vec::len);
        let item = Item::Intervention(Intervention::new(id));
        if app
            .apply_edit(Edit::Context(ContextEdit::Insert { index, item }))
            .is_ok()
        {
            focus_later(format!("iv-title-{id}"));
        }
    };
    view! {
        <h3 id="iv-title">{t!(i18n, contesto.interventions_title)}</h3>
        <p class="form-help">{t!(i18n, contesto.interventions_help)}</p>
        <Show when=move || !ids.with(Vec::is_empty)
            fallback=move || view! { <p class="empty">{t!(i18n, contesto.no_interventions)}</p> }>
            <table class="table register" aria-labelledby="iv-title">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, contesto.iv_title)}</th>
                        <th scope="col">{t!(i18n, contesto.iv_status)}</th>
                        <th scope="col">{t!(i18n, contesto.iv_details)}</th>
                        <th scope="col"><span class="visually-hidden">{t!(i18n, contesto.actions)}</span></th>
                    </tr>
                </thead>
                <For each=move || ids.get() key=|id| *id let(id)>
                    <InterventionRow id duplicate=Signal::derive(move || duplicates.with(|d| d.contains(&id))) />
                </For>
            </table>
        </Show>
        <button type="button" class="btn" id="add-intervention" on:click=add>{t!(i18n, contesto.add_intervention)}</button>
    }
    .into_any()
}

#[component]
fn InterventionRow(id: PlanId, duplicate: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    let open = RwSignal::new(false);
    let iv = expect_context::<Keyed<Intervention>>().row(id);
    let get = move || iv.get().unwrap_or_else(|| Intervention::new(id));
    let set = move |f: &dyn Fn(&mut Intervention)| {
        if let Some(mut x) = iv.get_untracked() {
            f(&mut x);
            let _ = app.apply_edit(Edit::Context(ContextEdit::Replace(Item::Intervention(x))));
        }
    };
    let shown = move || {
        let t = iv.with(|i| i.as_ref().map(|i| i.title.clone()).unwrap_or_default());
        if t.trim().is_empty() {
            t_string!(i18n, contesto.unnamed_intervention).to_string()
        } else {
            t
        }
    };
    let promoter = expect_context::<PerItem<Option<String>>>().get(id);
    let summary = move || {
        let funding = iv.with(|i| i.as_ref().and_then(|i| i.funding));
        let funding = funding.map(|f| funding_label(i18n, f).to_string());
        [promoter.get(), funding]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let status = move || iv.with(|i| i.as_ref().map(|i| i.status).unwrap_or_default());
    let details_id = format!("iv-details-{id}");
    view! {
        <tbody>
            <tr>
                <td>
                    <TextInput id=format!("iv-title-{id}")
                        label=Signal::derive(move || t_string!(i18n, contesto.iv_title).to_string())
                        value=Signal::derive(move || get().title)
                        error=Signal::derive(move || duplicate.get().then(|| t_string!(i18n, contesto.duplicate_name).to_string()))
                        on_input=Callback::new(move |v: String| set(&|x| x.title = v.clone())) />
                </td>
                <td>
                    <select aria-label=move || t_string!(i18n, contesto.iv_status_of, name = shown()).to_string()
                        on:change=move |e| {
                            if let Some(s) = InterventionStatus::parse(&event_target_value(&e)) {
                                set(&|x| x.status = s);
                            }
                        }>
                        {InterventionStatus::ALL.into_iter().map(|s| view! {
                            <option value=s.as_str() selected=move || status() == s>{move || status_label(i18n, s)}</option>
                        }).collect_view()}
                    </select>
                </td>
                <td>
                    <span class="summary">{summary}</span>
                    <button type="button" class="btn btn-small" aria-expanded=move || open.get().to_string()
                        aria-controls=details_id.clone()
                        aria-label=move || t_string!(i18n, contesto.details_of, name = shown()).to_string()
                        on:click=move |_| open.update(|o| *o = !*o)>
                        {t!(i18n, contesto.iv_details)}
                    </button>
                </td>
                <td class="row-actions">
                    <button type="button" class="btn btn-icon btn-danger"
                        aria-label=move || t_string!(i18n, contesto.remove_item, name = shown()).to_string()
                        on:click=move |_| {
                            let _ = app.apply_edit(Edit::Context(ContextEdit::Remove { register: Register::Interventions, id }));
                            focus_later("add-intervention".into());
                        }>"✕"</button>
                </td>
            </tr>
            <Show when=move || open.get()>
                <tr class="details" id=details_id.clone()>
                    <td colspan="4">
                        <div class="details-grid">
                            <div class="form-group">
                                <label for=format!("iv-promoter-{id}")>{t!(i18n, contesto.promoter)}</label>
                                <select id=format!("iv-promoter-{id}") on:change=move |e| {
                                    let p = PlanId::parse(&event_target_value(&e));
                                    set(&|x| x.promoter = p);
                                }>
                                    <option value="" selected=move || get().promoter.is_none()>{t!(i18n, contesto.none)}</option>
                                    {move || shared.stakeholders.get().into_iter().map(|(sid, n)| view! {
                                        <option value=sid.to_string() selected=move || get().promoter == Some(sid)>{n}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="form-group">
                                <label for=format!("iv-funding-{id}")>{t!(i18n, contesto.funding)}</label>
                                <select id=format!("iv-funding-{id}") on:change=move |e| {
                                    let f = Funding::parse(&event_target_value(&e));
                                    set(&|x| x.funding = f);
                                }>
                                    <option value="" selected=move || get().funding.is_none()>{t!(i18n, contesto.none)}</option>
                                    {Funding::ALL.into_iter().map(|f| view! {
                                        <option value=f.as_str() selected=move || get().funding == Some(f)>{move || funding_label(i18n, f)}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="form-group">
                                <label for=format!("iv-start-{id}")>{t!(i18n, contesto.start)}</label>
                                <DateInput id=format!("iv-start-{id}")
                                    label=Signal::derive(move || t_string!(i18n, contesto.start).to_string())
                                    value=Signal::derive(move || get().start)
                                    on_set=Callback::new(move |d| set(&|x| x.start = d)) />
                            </div>
                            <div class="form-group">
                                <label for=format!("iv-end-{id}")>{t!(i18n, contesto.end)}</label>
                                <DateInput id=format!("iv-end-{id}")
                                    label=Signal::derive(move || t_string!(i18n, contesto.end).to_string())
                                    value=Signal::derive(move || get().end)
                                    on_set=Callback::new(move |d| set(&|x| x.end = d)) />
                                <Show when=move || get().period_reversed()>
                                    <p class="field-error" role="alert">{t!(i18n, contesto.period_reversed)}</p>
                                </Show>
                            </div>
                            <AxisChecks items=shared.territories
                                legend=Signal::derive(move || t_string!(i18n, contesto.territories_of, name = shown()).to_string())
                                checked=Signal::derive(move || iv.with(|i| i.as_ref().map(|i| i.territories.clone()).unwrap_or_default()))
                                on_toggle=Callback::new(move |(t, on)| set(&|x| toggle(&mut x.territories, t, on))) />
                            <AxisChecks items=shared.themes
                                legend=Signal::derive(move || t_string!(i18n, contesto.themes_of, name = shown()).to_string())
                                checked=Signal::derive(move || iv.with(|i| i.as_ref().map(|i| i.themes.clone()).unwrap_or_default()))
                                on_toggle=Callback::new(move |(t, on)| set(&|x| toggle(&mut x.themes, t, on))) />
                            <div class="form-group">
                                <label for=format!("iv-referent-{id}")>{t!(i18n, contesto.referent)}</label>
                                <TextInput id=format!("iv-referent-{id}")
                                    label=Signal::derive(move || t_string!(i18n, contesto.referent_of, name = shown()).to_string())
                                    value=Signal::derive(move || get().referent)
                                    on_input=Callback::new(move |v: String| set(&|x| x.referent = v.clone())) />
                                <p class="form-help">{t!(i18n, contesto.contact_help)}</p>
                            </div>
                        </div>
                    </td>
                </tr>
            </Show>
        </tbody>
    }
    .into_any()
}

//! Stakeholder e interventi: the plan's one register of bodies (name and kind
//! shared with Fondamenta) with their profile, then the interventions.
use super::interventions::Interventions;
use super::notes::PartNotesEditor;
use super::widgets::{focus_later, toggle, AxisChecks, TextInput};
use super::Shared;
use crate::components::sync::{mirror, Keyed};
use crate::features::fondamenta::kind_label;
use crate::i18n::*;
use crate::model::context::{ContextEdit, PartKind, StakeholderProfile};
use crate::model::{Edit, PlanId, Stakeholder, StakeholderKind};
use crate::state::{new_id, use_app};
use leptos::prelude::*;
use std::collections::HashSet;

#[component]
pub fn Stakeholders() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    // Ids whose name repeats an earlier one: computed once, read by each row.
    let duplicates = mirror(|p| {
        let l: Vec<_> = p
            .stakeholders
            .iter()
            .map(|s| (s.id, s.name.clone()))
            .collect();
        let flags = crate::model::context::duplicate_names(l.iter().map(|(_, n)| n.as_str()));
        l.iter()
            .zip(flags)
            .filter(|(_, d)| *d)
            .map(|((id, _), _)| *id)
            .collect::<HashSet<_>>()
    });
    provide_context(duplicates);
    let rows = Keyed::new(|p| &p.stakeholders);
    provide_context(rows);
    let add = move |_| {
        let id = new_id();
        let index = shared.stakeholders.with_untracked(Vec::len);
        let stakeholder = Stakeholder::new(id, "", StakeholderKind::default());
        if app
            .apply_edit(Edit::InsertStakeholder { index, stakeholder })
            .is_ok()
        {
            focus_later(format!("sh-name-{id}"));
        }
    };
    view! {
        <section id="ctx-attori" class="ctx-part" aria-labelledby="ctx-attori-title">
            <h2 id="ctx-attori-title">{t!(i18n, contesto.part_stakeholders)}</h2>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Actors />
            <PartNotesEditor part=PartKind::Stakeholders />
            <h3 id="sh-title">{t!(i18n, contesto.stakeholders_title)}</h3>
            <p class="form-help">{t!(i18n, contesto.stakeholders_help)}</p>
            <Show when=move || !shared.stakeholders.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, contesto.no_stakeholders)}</p> }>
                <table class="table register" aria-labelledby="sh-title">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, contesto.sh_name)}</th>
                            <th scope="col">{t!(i18n, contesto.sh_kind)}</th>
                            <th scope="col">{t!(i18n, contesto.sh_profile)}</th>
                            <th scope="col"><span class="visually-hidden">{t!(i18n, contesto.actions)}</span></th>
                        </tr>
                    </thead>
                    <For each=move || rows.ids.get() key=|id| *id let(id)>
                        <StakeholderRow id />
                    </For>
                </table>
            </Show>
            <button type="button" class="btn" id="add-stakeholder" on:click=add>{t!(i18n, contesto.add_stakeholder)}</button>
            <Interventions />
        </section>
    }
    .into_any()
}

#[component]
fn StakeholderRow(id: PlanId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    let duplicates = expect_context::<Signal<HashSet<PlanId>>>();
    let open = RwSignal::new(false);
    let s = expect_context::<Keyed<Stakeholder>>().row(id);
    let name = move || s.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default());
    let kind = move || s.with(|s| s.as_ref().map(|s| s.kind).unwrap_or_default());
    let profile = move || s.with(|s| s.as_ref().map(|s| s.profile.clone()).unwrap_or_default());
    let shown = move || {
        let n = name();
        if n.trim().is_empty() {
            t_string!(i18n, contesto.unnamed_body).to_string()
        } else {
            n
        }
    };
    let set_profile = move |f: &dyn Fn(&mut StakeholderProfile)| {
        let mut p = s
            .with_untracked(|s| s.as_ref().map(|s| s.profile.clone()))
            .unwrap_or_default();
        f(&mut p);
        let _ = app.apply_edit(Edit::Context(ContextEdit::SetProfile {
            stakeholder: id,
            profile: p,
        }));
    };
    let summary = move || {
        let p = profile();
        let themes = shared.themes.with(|l| {
            l.iter()
                .filter(|t| p.themes.contains(&t.id))
                .map(|t| t.name.clone())
                .collect::<Vec<_>>()
                .join(", ")
        });
        [p.office, themes]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let details_id = format!("sh-details-{id}");
    view! {
        <tbody>
            <tr>
                <td>
                    <TextInput id=format!("sh-name-{id}")
                        label=Signal::derive(move || t_string!(i18n, contesto.sh_name).to_string())
                        value=Signal::derive(name)
                        error=Signal::derive(move || duplicates.with(|d| d.contains(&id)).then(|| t_string!(i18n, contesto.duplicate_name).to_string()))
                        on_input=Callback::new(move |v: String| { let _ = app.apply_edit(Edit::SetStakeholderName { id, name: v }); }) />
                </td>
                <td>
                    <select aria-label=move || t_string!(i18n, contesto.sh_kind_of, name = shown()).to_string()
                        on:change=move |e| {
                            if let Some(kind) = StakeholderKind::parse(&event_target_value(&e)) {
                                let _ = app.apply_edit(Edit::SetStakeholderKind { id, kind });
                            }
                        }>
                        {StakeholderKind::ALL.into_iter().map(|k| view! {
                            <option value=k.as_str() selected=move || kind() == k>{move || kind_label(i18n, k)}</option>
                        }).collect_view()}
                    </select>
                </td>
                <td>
                    <span class="summary">{summary}</span>
                    <button type="button" class="btn btn-small" aria-expanded=move || open.get().to_string()
                        aria-controls=details_id.clone()
                        aria-label=move || t_string!(i18n, contesto.profile_of, name = shown()).to_string()
                        on:click=move |_| open.update(|o| *o = !*o)>
                        {t!(i18n, contesto.sh_profile)}
                    </button>
                </td>
                <td class="row-actions">
                    <button type="button" class="btn btn-icon btn-danger"
                        aria-label=move || t_string!(i18n, contesto.remove_item, name = shown()).to_string()
                        on:click=move |_| {
                            let _ = app.apply_edit(Edit::RemoveStakeholder { id });
                            focus_later("add-stakeholder".into());
                        }>"✕"</button>
                </td>
            </tr>
            <Show when=move || open.get()>
                <tr class="details" id=details_id.clone()>
                    <td colspan="4">
                        <div class="details-grid">
                            <div class="form-group">
                                <label for=format!("sh-mandate-{id}")>{t!(i18n, contesto.mandate)}</label>
                                <TextInput id=format!("sh-mandate-{id}") multiline=true
                                    label=Signal::derive(move || t_string!(i18n, contesto.mandate_of, name = shown()).to_string())
                                    value=Signal::derive(move || profile().mandate)
                                    on_input=Callback::new(move |v: String| set_profile(&|p| p.mandate = v.clone())) />
                            </div>
                            <AxisChecks items=shared.themes
                                legend=Signal::derive(move || t_string!(i18n, contesto.collaboration_of, name = shown()).to_string())
                                checked=Signal::derive(move || profile().themes)
                                on_toggle=Callback::new(move |(t, on)| set_profile(&|p| toggle(&mut p.themes, t, on))) />
                            <div class="form-group">
                                <label for=format!("sh-office-{id}")>{t!(i18n, contesto.office)}</label>
                                <TextInput id=format!("sh-office-{id}")
                                    label=Signal::derive(move || t_string!(i18n, contesto.office_of, name = shown()).to_string())
                                    value=Signal::derive(move || profile().office)
                                    on_input=Callback::new(move |v: String| set_profile(&|p| p.office = v.clone())) />
                            </div>
                            <div class="form-group">
                                <label for=format!("sh-role-{id}")>{t!(i18n, contesto.role)}</label>
                                <TextInput id=format!("sh-role-{id}")
                                    label=Signal::derive(move || t_string!(i18n, contesto.role_of, name = shown()).to_string())
                                    value=Signal::derive(move || profile().role)
                                    on_input=Callback::new(move |v: String| set_profile(&|p| p.role = v.clone())) />
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

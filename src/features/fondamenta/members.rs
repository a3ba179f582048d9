//! The first list of the network's members: name and kind, in order.
use crate::i18n::*;
use crate::model::{Edit, PlanId, Stakeholder, StakeholderKind};
use crate::state::{new_id, use_app};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

#[component]
pub fn Members() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let ids = Memo::new(move |_| {
        app.with_plan(|p| p.stakeholders.iter().map(|m| m.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let add = move |_| {
        let len = ids.with_untracked(Vec::len);
        let id = new_id();
        let member = Stakeholder::new(id, "", StakeholderKind::default());
        if app
            .apply_edit(Edit::InsertStakeholder {
                index: len,
                stakeholder: member,
            })
            .is_ok()
        {
            request_animation_frame(move || focus(&format!("member-name-{id}")));
        }
    };
    view! {
        <section class="members" aria-labelledby="members-title">
            <h2 id="members-title">{t!(i18n, fondamenta.members_title)}</h2>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Members />
            <p>{t!(i18n, fondamenta.members_intro)}</p>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, fondamenta.members_empty)}</p> }
            >
                <table class="table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, fondamenta.member_name)}</th>
                            <th scope="col">{t!(i18n, fondamenta.member_kind)}</th>
                            <th scope="col"><span class="visually-hidden">"⋯"</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || ids.get().into_iter().enumerate() key=|(i, id)| (*i, *id) let((index, id))>
                            <MemberRow id index count=Signal::derive(move || ids.with(Vec::len)) />
                        </For>
                    </tbody>
                </table>
            </Show>
            <button type="button" class="btn btn-primary" on:click=add>
                {t!(i18n, fondamenta.add_member)}
            </button>
        </section>
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id) {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

#[component]
fn MemberRow(id: PlanId, index: usize, count: Signal<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let member = Memo::new(move |_| {
        app.with_plan(|p| p.stakeholders.iter().find(|m| m.id == id).cloned())
            .flatten()
    });
    let name = move || member.with(|m| m.as_ref().map(|m| m.name.clone()).unwrap_or_default());
    let kind = move || member.with(|m| m.as_ref().map(|m| m.kind).unwrap_or_default());
    let shown_name = move || {
        let n = name();
        if n.trim().is_empty() {
            t_string!(i18n, fondamenta.unnamed).to_owned()
        } else {
            n
        }
    };
    let move_to = move |to: usize, button: &'static str| {
        if app.apply_edit(Edit::MoveStakeholder { id, to }).is_ok() {
            request_animation_frame(move || focus(&format!("{button}-{id}")));
        }
    };
    let name_id = format!("member-name-{id}");
    let is_last = move || index + 1 >= count.get();
    view! {
        <tr>
            <td>
                <input
                    id=name_id
                    type="text"
                    aria-label=move || t_string!(i18n, fondamenta.member_name)
                    prop:value=name
                    on:input=move |e| {
                        let _ = app.apply_edit(Edit::SetStakeholderName { id, name: event_target_value(&e) });
                    }
                    on:blur=move |_| app.seal_history()
                />
            </td>
            <td>
                <select
                    aria-label=move || t_string!(i18n, fondamenta.member_kind)
                    prop:value=move || kind().as_str()
                    on:change=move |e| {
                        if let Some(kind) = StakeholderKind::parse(&event_target_value(&e)) {
                            let _ = app.apply_edit(Edit::SetStakeholderKind { id, kind });
                        }
                    }
                >
                    {StakeholderKind::ALL
                        .into_iter()
                        .map(|k| view! { <option value=k.as_str() selected=move || kind() == k>{move || kind_label(i18n, k)}</option> })
                        .collect_view()}
                </select>
            </td>
            <td class="row-actions">
                <button
                    type="button"
                    class="btn btn-icon"
                    id=format!("up-{id}")
                    disabled=move || index == 0
                    aria-label=move || t_string!(i18n, fondamenta.move_up, name = shown_name()).to_string()
                    on:click=move |_| move_to(index.saturating_sub(1), "up")
                >
                    "↑"
                </button>
                <button
                    type="button"
                    class="btn btn-icon"
                    id=format!("down-{id}")
                    disabled=is_last
                    aria-label=move || t_string!(i18n, fondamenta.move_down, name = shown_name()).to_string()
                    on:click=move |_| move_to(index + 1, "down")
                >
                    "↓"
                </button>
                <button
                    type="button"
                    class="btn btn-icon btn-danger"
                    aria-label=move || t_string!(i18n, fondamenta.remove_member, name = shown_name()).to_string()
                    on:click=move |_| {
                        // With every reference to it (see model::references).
                        let _ = app.apply_edit(Edit::RemoveStakeholder { id });
                    }
                >
                    "✕"
                </button>
            </td>
        </tr>
    }
}

/// A member kind's name in the current language.
pub fn kind_label(i18n: I18nContext<Locale>, kind: StakeholderKind) -> &'static str {
    match kind {
        StakeholderKind::Comune => t_string!(i18n, kinds.comune),
        StakeholderKind::Prefettura => t_string!(i18n, kinds.prefettura),
        StakeholderKind::Questura => t_string!(i18n, kinds.questura),
        StakeholderKind::School => t_string!(i18n, kinds.school),
        StakeholderKind::HealthAuthority => t_string!(i18n, kinds.health_authority),
        StakeholderKind::Regione => t_string!(i18n, kinds.regione),
        StakeholderKind::EmploymentCentre => t_string!(i18n, kinds.employment_centre),
        StakeholderKind::ThirdSector => t_string!(i18n, kinds.third_sector),
        StakeholderKind::MigrantAssociation => t_string!(i18n, kinds.migrant_association),
        StakeholderKind::SocialPartner => t_string!(i18n, kinds.social_partner),
        StakeholderKind::University => t_string!(i18n, kinds.university),
        StakeholderKind::Foundation => t_string!(i18n, kinds.foundation),
        StakeholderKind::Other => t_string!(i18n, kinds.other),
    }
}

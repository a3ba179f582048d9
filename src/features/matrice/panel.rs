//! The side panel for the selected alliance: name, objective, lead, status,
//! members with roles, cells, funding, interventions, duplications.
use super::dnd::refusal_text;
use super::{use_matrix, Selection};
use crate::i18n::*;
use crate::model::matrix::{
    can_add_member, can_place, AllianceMember, AllianceStatus, AllianceText, Cell, FundingSource,
    MatrixEdit,
};
use crate::model::{Edit, PlanId};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

pub fn status_label(i18n: I18nContext<Locale>, s: AllianceStatus) -> &'static str {
    match s {
        AllianceStatus::Ideazione => t_string!(i18n, matrice.status_ideazione),
        AllianceStatus::Costituzione => t_string!(i18n, matrice.status_costituzione),
        AllianceStatus::Formalizzata => t_string!(i18n, matrice.status_formalizzata),
        AllianceStatus::Attiva => t_string!(i18n, matrice.status_attiva),
        AllianceStatus::InVerifica => t_string!(i18n, matrice.status_in_verifica),
    }
}

fn funding_label(i18n: I18nContext<Locale>, f: FundingSource) -> &'static str {
    match f {
        FundingSource::Fami => t_string!(i18n, matrice.funding_fami),
        FundingSource::FsePlus => t_string!(i18n, matrice.funding_fse),
        FundingSource::Pnrr => t_string!(i18n, matrice.funding_pnrr),
        FundingSource::Regional => t_string!(i18n, matrice.funding_regional),
        FundingSource::Municipal => t_string!(i18n, matrice.funding_municipal),
        FundingSource::Private => t_string!(i18n, matrice.funding_private),
    }
}

#[component]
pub fn AlliancePanel(id: PlanId) -> impl IntoView {
    let (app, ctx, i18n) = (use_app(), use_matrix(), use_i18n());
    let alliance = Memo::new(move |_| {
        app.with_plan(|p| p.alliances.iter().find(|a| a.id == id).cloned())
            .flatten()
    });
    let edit = move |e: MatrixEdit| {
        if let Err(err) = app.apply_edit(Edit::Matrix(e)) {
            ctx.message.set(err.to_string());
        }
    };
    let text = move |field: AllianceText| {
        move || {
            alliance
                .with(|a| {
                    a.as_ref().map(|a| match field {
                        AllianceText::Name => a.name.clone(),
                        AllianceText::Objective => a.objective.clone(),
                    })
                })
                .unwrap_or_default()
        }
    };
    let confirm_delete = RwSignal::new(false);
    // A partner is added by name, suggested from the register by the
    // screen's one shared list (`matrix-partner-names`), so showing a panel
    // does not build a 600-option list each time.
    let member_name = RwSignal::new(String::new());
    let add_member = move || {
        let typed = member_name.get_untracked();
        let wanted = typed.trim().to_lowercase();
        if wanted.is_empty() {
            return;
        }
        let found: Vec<PlanId> = ctx.partners.with_untracked(|ps| {
            ps.iter()
                .filter(|(_, n)| n.trim().to_lowercase() == wanted)
                .map(|(i, _)| *i)
                .collect()
        });
        let name = typed.trim();
        let partner = match found.as_slice() {
            [one] => *one,
            [] => {
                return ctx
                    .message
                    .set(t_string!(i18n, matrice.no_partner_named, name = name).to_string())
            }
            _ => {
                return ctx
                    .message
                    .set(t_string!(i18n, matrice.partner_ambiguous, name = name).to_string())
            }
        };
        match app.with_plan(|p| can_add_member(p, id, partner)) {
            Some(Ok(())) => {
                let index = alliance.with_untracked(|a| a.as_ref().map_or(0, |a| a.members.len()));
                edit(MatrixEdit::InsertMember {
                    alliance: id,
                    index,
                    member: AllianceMember {
                        partner,
                        role: String::new(),
                    },
                });
                member_name.set(String::new());
            }
            Some(Err(r)) => ctx
                .message
                .set(t_string!(i18n, matrice.refused, why = refusal_text(i18n, r)).to_string()),
            None => {}
        }
    };
    let new_t = RwSignal::new(String::new());
    let new_th = RwSignal::new(String::new());
    let add_cell = move |_| {
        let (Some(territory), Some(theme)) = (
            PlanId::parse(&new_t.get_untracked()),
            PlanId::parse(&new_th.get_untracked()),
        ) else {
            ctx.message
                .set(t_string!(i18n, matrice.choose_cell).to_owned());
            return;
        };
        let cell = Cell { territory, theme };
        match app.with_plan(|p| can_place(p, id, cell)) {
            Some(Ok(())) => {
                let index = alliance.with_untracked(|a| a.as_ref().map_or(0, |a| a.cells.len()));
                edit(MatrixEdit::InsertCell {
                    alliance: id,
                    index,
                    cell,
                });
                ctx.message.set(
                    t_string!(
                        i18n,
                        matrice.placed,
                        name = text(AllianceText::Name)(),
                        cell = ctx.cell_name(cell)
                    )
                    .to_string(),
                );
            }
            Some(Err(r)) => ctx
                .message
                .set(t_string!(i18n, matrice.refused, why = refusal_text(i18n, r)).to_string()),
            None => {}
        }
    };
    // The interventions on the alliance's cells, and those it already carries out.
    let interventions = Memo::new(move |_| {
        let Some((cells, linked)) = alliance.with(|a| {
            a.as_ref()
                .map(|a| (a.cells.clone(), a.interventions.clone()))
        }) else {
            return Vec::new();
        };
        app.with_plan(|p| {
            p.context
                .interventions
                .iter()
                .filter(|i| {
                    linked.contains(&i.id)
                        || cells.iter().any(|c| {
                            i.territories.contains(&c.territory) && i.themes.contains(&c.theme)
                        })
                })
                .map(|i| (i.id, i.title.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    // The lead is chosen among the members (and the current lead, if an
    // older plan has one outside them).
    let lead = move || alliance.with(|a| a.as_ref().and_then(|a| a.lead));
    let lead_choices = move || {
        alliance.with(|a| {
            let Some(a) = a else { return Vec::new() };
            let mut ids: Vec<PlanId> = a.members.iter().map(|m| m.partner).collect();
            if let Some(l) = a.lead.filter(|l| !ids.contains(l)) {
                ids.insert(0, l);
            }
            ids
        })
    };
    view! {
        <Show when=move || alliance.with(Option::is_some) fallback=move || view! { <p class="muted">{t!(i18n, matrice.panel_empty)}</p> }>
        <div class="panel-body">
            <h2 id="side-panel-title">{move || t_string!(i18n, matrice.alliance_title, n = ctx.label(id).map(|l| l.number).unwrap_or(0)).to_string()}</h2>
            <div class="form-group">
                <label for="alliance-name">{t!(i18n, matrice.alliance_name)}</label>
                <input id="alliance-name" type="text" prop:value=text(AllianceText::Name)
                    on:input=move |e| edit(MatrixEdit::SetAllianceText { id, field: AllianceText::Name, value: event_target_value(&e) })
                    on:blur=move |_| app.seal_history() />
            </div>
            <div class="form-group">
                <label for="alliance-objective">{t!(i18n, matrice.alliance_objective)}</label>
                <textarea id="alliance-objective" rows="3" prop:value=text(AllianceText::Objective)
                    on:input=move |e| edit(MatrixEdit::SetAllianceText { id, field: AllianceText::Objective, value: event_target_value(&e) })
                    on:blur=move |_| app.seal_history()></textarea>
            </div>
            <div class="form-group">
                <label for="alliance-lead">{t!(i18n, matrice.lead)}</label>
                <select id="alliance-lead" aria-describedby="alliance-lead-help" prop:value=move || lead().map(|l| l.to_string()).unwrap_or_default()
                    on:change=move |e| edit(MatrixEdit::SetLead { id, lead: PlanId::parse(&event_target_value(&e)) })>
                    <option value="">{t!(i18n, matrice.none)}</option>
                    <For each=lead_choices key=|p| *p let(pid)>
                        <option value=pid.to_string() selected=move || lead() == Some(pid)>{move || ctx.partner_name(pid)}</option>
                    </For>
                </select>
                <p class="form-help" id="alliance-lead-help">{t!(i18n, matrice.lead_help)}</p>
            </div>
            <div class="form-group">
                <label for="alliance-status">{t!(i18n, matrice.status)}</label>
                <select id="alliance-status" prop:value=move || alliance.with(|a| a.as_ref().map(|a| a.status.as_str()).unwrap_or_default())
                    on:change=move |e| if let Some(status) = AllianceStatus::parse(&event_target_value(&e)) { edit(MatrixEdit::SetStatus { id, status }) }>
                    {AllianceStatus::ALL.into_iter().map(|s| view! { <option value=s.as_str()>{move || status_label(i18n, s)}</option> }).collect_view()}
                </select>
            </div>
            <crate::features::coprogettazione::AllianceMonitoring id />
            <h3>{t!(i18n, matrice.members)}</h3>
            <ul class="panel-list">
                <For each=move || alliance.with(|a| a.as_ref().map(|a| a.members.iter().map(|m| m.partner).collect::<Vec<_>>()).unwrap_or_default()) key=|p| *p let(partner)>
                    <li class="member-row">
                        <span class="member-name">{move || ctx.partner_name(partner)}</span>
                        <input type="text" aria-label=move || t_string!(i18n, matrice.role_of, name = ctx.partner_name(partner)).to_string()
                            placeholder=move || t_string!(i18n, matrice.role)
                            prop:value=move || alliance.with(|a| a.as_ref().and_then(|a| a.members.iter().find(|m| m.partner == partner)).map(|m| m.role.clone()).unwrap_or_default())
                            on:input=move |e| edit(MatrixEdit::SetMemberRole { alliance: id, partner, role: event_target_value(&e) })
                            on:blur=move |_| app.seal_history() />
                        <button type="button" class="btn btn-icon btn-danger" aria-label=move || t_string!(i18n, matrice.remove_member, name = ctx.partner_name(partner)).to_string()
                            on:click=move |_| edit(MatrixEdit::RemoveMember { alliance: id, partner })>"✕"</button>
                    </li>
                </For>
            </ul>
            <div class="form-group">
                <label for="alliance-add-member">{t!(i18n, matrice.add_member)}</label>
                <div class="input-row">
                    <input id="alliance-add-member" type="text" list="matrix-partner-names" autocomplete="off"
                        aria-describedby="alliance-add-member-help" prop:value=member_name
                        on:input=move |e| member_name.set(event_target_value(&e))
                        on:keydown=move |e| if e.key() == "Enter" { e.prevent_default(); add_member(); } />
                    <button type="button" class="btn" on:click=move |_| add_member()>{t!(i18n, matrice.add_member_button)}</button>
                </div>
                <p class="form-help" id="alliance-add-member-help">{t!(i18n, matrice.add_member_help)}</p>
            </div>
            <h3>{t!(i18n, matrice.cells)}</h3>
            <ul class="panel-list">
                <For each=move || alliance.with(|a| a.as_ref().map(|a| a.cells.clone()).unwrap_or_default()) key=|c| *c let(cell)>
                    <li class="member-row">
                        <span>{move || ctx.cell_name(cell)}</span>
                        <button type="button" class="btn btn-icon btn-danger" aria-label=move || t_string!(i18n, matrice.remove_cell, cell = ctx.cell_name(cell)).to_string()
                            on:click=move |_| edit(MatrixEdit::RemoveCell { alliance: id, cell })>"✕"</button>
                    </li>
                </For>
            </ul>
            <fieldset class="add-cell">
                <legend>{t!(i18n, matrice.add_cell)}</legend>
                <select aria-label=move || t_string!(i18n, matrice.territory) on:change=move |e| new_t.set(event_target_value(&e))>
                    <option value="">{t!(i18n, matrice.territory)}</option>
                    {move || ctx.axes.with(|a| a.territories.iter().map(|t| view! { <option value=t.id.to_string()>{t.name.clone()}</option> }).collect_view())}
                </select>
                <select aria-label=move || t_string!(i18n, matrice.theme) on:change=move |e| new_th.set(event_target_value(&e))>
                    <option value="">{t!(i18n, matrice.theme)}</option>
                    {move || ctx.axes.with(|a| a.themes.iter().map(|t| view! { <option value=t.id.to_string()>{t.name.clone()}</option> }).collect_view())}
                </select>
                <button type="button" class="btn" on:click=add_cell>{t!(i18n, matrice.add_cell_button)}</button>
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, matrice.funding)}</legend>
                {FundingSource::ALL.into_iter().map(|f| {
                    let on = move || alliance.with(|a| a.as_ref().is_some_and(|a| a.funding.contains(&f)));
                    view! {
                        <label class="form-check">
                            <input type="checkbox" prop:checked=on on:change=move |e| edit(MatrixEdit::SetFunding { alliance: id, source: f, on: event_target_checked(&e) }) />
                            <span>{move || funding_label(i18n, f)}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, matrice.interventions)}</legend>
                <Show when=move || !interventions.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t!(i18n, matrice.no_interventions)}</p> }>
                    <For each=move || interventions.get() key=|(i, t)| (*i, t.clone()) let((iid, title))>
                        <label class="form-check">
                            <input type="checkbox" prop:checked=move || alliance.with(|a| a.as_ref().is_some_and(|a| a.interventions.contains(&iid)))
                                on:change=move |e| edit(MatrixEdit::SetIntervention { alliance: id, intervention: iid, on: event_target_checked(&e) }) />
                            <span>{title}</span>
                        </label>
                    </For>
                </Show>
            </fieldset>
            <super::lists::DuplicationsOf id />
            <Show when=move || confirm_delete.get() fallback=move || view! {
                <button type="button" class="btn btn-danger" on:click=move |_| confirm_delete.set(true)>{t!(i18n, matrice.delete_alliance)}</button>
            }>
                <div class="confirm" role="alert">
                    <p>{t!(i18n, matrice.delete_confirm)}</p>
                    <button type="button" class="btn btn-danger" on:click=move |_| {
                        ctx.selected.set(Selection::None);
                        edit(MatrixEdit::RemoveAlliance { id });
                    }>{t!(i18n, matrice.delete_alliance)}</button>
                    <button type="button" class="btn" on:click=move |_| confirm_delete.set(false)>{t!(i18n, matrice.cancel)}</button>
                </div>
            </Show>
        </div>
        </Show>
    }
}

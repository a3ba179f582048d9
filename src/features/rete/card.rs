//! One partner in the pipeline: stage, date, next step, advantages, commitments.
use super::stage_label;
use crate::components::when;
use crate::i18n::*;
use crate::model::matrix::{MatrixEdit, NetworkStage, PartnerText};
use crate::model::{Edit, PlanId, Stakeholder};
use crate::state::{now, use_app};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// The first control ("move on" button, or else the stage) of the card next
/// to partner `id`'s in its list: the next card, or else the previous one.
fn neighbour_control(id: PlanId) -> Option<web_sys::HtmlElement> {
    let li = document()
        .get_element_by_id(&format!("partner-{id}"))?
        .closest("li")
        .ok()??;
    let other = li
        .next_element_sibling()
        .or_else(|| li.previous_element_sibling())?;
    other
        .query_selector(".btn-primary, select")
        .ok()??
        .dyn_into()
        .ok()
}

#[component]
pub fn PartnerCard(id: PlanId, partner: RwSignal<Option<Stakeholder>>) -> impl IntoView {
    let (app, i18n) = (use_app(), use_i18n());
    // Typing in the card's fields changes `partner`: the name and the stage
    // are memos so that the heading and the "move on" button are rebuilt only
    // when they change, not on every keystroke.
    let name = Memo::new(move |_| {
        partner.with(|p| match p {
            Some(p) if !p.name.trim().is_empty() => p.name.clone(),
            _ => t_string!(i18n, rete.unnamed).to_owned(),
        })
    });
    let stage = Memo::new(move |_| {
        partner.with(|p| p.as_ref().map(|p| p.network.stage).unwrap_or_default())
    });
    let moved = expect_context::<super::Moved>();
    let set_stage = move |stage: NetworkStage| {
        let stays = neighbour_control(id);
        if app
            .apply_edit(Edit::Matrix(MatrixEdit::SetStage {
                partner: id,
                stage,
                at: now(),
            }))
            .is_err()
        {
            return;
        }
        moved.ids.update(|m| {
            if !m.contains(&id) {
                m.push(id);
            }
        });
        let said = t_string!(
            i18n,
            rete.moved_to,
            name = name.get_untracked(),
            stage = stage_label(i18n, stage)
        );
        moved.said.set(said.to_string());
        // The keyboard stays in the list the user is working down: on the card
        // that takes this one's place (the next, or else the previous one).
        // Only a list left empty sends it after the moved card.
        match stays {
            Some(el) => request_animation_frame(move || {
                let _ = el.focus();
            }),
            None => crate::features::matrice::focus_later(format!("stage-select-{id}")),
        }
    };
    let open = RwSignal::new(false);
    let text = move |field: PartnerText| {
        move || {
            partner
                .with(|p| {
                    p.as_ref().map(|p| match field {
                        PartnerText::Advantages => p.network.advantages.clone(),
                        PartnerText::Commitments => p.network.commitments.clone(),
                    })
                })
                .unwrap_or_default()
        }
    };
    let set_text = move |field: PartnerText, value: String| {
        let _ = app.apply_edit(Edit::Matrix(MatrixEdit::SetPartnerText {
            partner: id,
            field,
            value,
        }));
    };
    let heading = format!("partner-{id}");
    let labelled_by = heading.clone();
    view! {
        <li class="partner-card">
            <article aria-labelledby=labelled_by>
                <h3 id=heading>{name}</h3>
                <p class="muted">
                    {move || partner.with(|p| p.as_ref().and_then(|p| p.network.since())).map(|t| {
                        t_string!(i18n, rete.since, when = when(t)).to_string()
                    })}
                </p>
                {move || stage.get().next().map(|next| view! {
                    <button type="button" class="btn btn-primary"
                        on:click=move |_| set_stage(next)>
                        {move || t_string!(i18n, rete.advance, name = name.get(), stage = stage_label(i18n, next)).to_string()}
                    </button>
                })}
                <div class="form-group">
                    <label for=format!("stage-select-{id}")>{t!(i18n, rete.stage)}</label>
                    <select id=format!("stage-select-{id}") aria-label=move || t_string!(i18n, rete.stage_of, name = name.get()).to_string() prop:value=move || stage.get().as_str()
                        on:change=move |e| if let Some(s) = NetworkStage::parse(&event_target_value(&e)) { set_stage(s) }>
                        // One closure for the four options (not one each): cards are
                        // drawn by the dozen when the search or "show more" changes.
                        {move || NetworkStage::ALL.map(|s| view! { <option value=s.as_str() selected=s == stage.get_untracked()>{stage_label(i18n, s)}</option> })}
                    </select>
                </div>
                <button type="button" class="btn btn-link" aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {move || t_string!(i18n, rete.details, name = name.get()).to_string()}
                </button>
                <Show when=move || open.get()>
                    <div class="form-group">
                        <label for=format!("adv-{id}")>{t!(i18n, rete.advantages)}</label>
                        <textarea id=format!("adv-{id}") rows="3" prop:value=text(PartnerText::Advantages)
                            on:input=move |e| set_text(PartnerText::Advantages, event_target_value(&e))
                            on:blur=move |_| app.seal_history()></textarea>
                    </div>
                    <div class="form-group">
                        <label for=format!("com-{id}")>{t!(i18n, rete.commitments)}</label>
                        <textarea id=format!("com-{id}") rows="3" prop:value=text(PartnerText::Commitments)
                            on:input=move |e| set_text(PartnerText::Commitments, event_target_value(&e))
                            on:blur=move |_| app.seal_history()></textarea>
                    </div>
                </Show>
            </article>
        </li>
    }
}

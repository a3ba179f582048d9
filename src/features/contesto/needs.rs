//! Bisogni: the thematic areas (the matrix's columns: add, rename, reorder)
//! and, for each, the needs with priority, description, evidence, sources.
use super::notes::PartNotesEditor;
use super::widgets::{focus_later, Citations, TextInput};
use super::Shared;
use crate::components::sync::{mirror, Keyed};
use crate::i18n::*;
use crate::model::context::{duplicate_names, ContextEdit, Item, PartKind, Register};
use crate::model::{AxesEdit, Axis, AxisItem, Edit, Need, PlanId};
use crate::state::{new_id, use_app};
use leptos::prelude::*;

#[component]
pub fn Needs() -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<Shared>();
    provide_context(Keyed::new(|p| &p.context.needs));
    view! {
        <section id="ctx-bisogni" class="ctx-part" aria-labelledby="ctx-bisogni-title">
            <h2 id="ctx-bisogni-title">{t!(i18n, contesto.part_needs)}</h2>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Needs />
            <PartNotesEditor part=PartKind::Needs />
            <Themes />
            <For each=move || shared.themes.get().into_iter().map(|t| t.id) key=|id| *id let(theme)>
                <ThemeNeeds theme />
            </For>
        </section>
    }
    .into_any()
}

#[component]
fn Themes() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    let add = move |_| {
        let id = new_id();
        let index = shared.themes.with_untracked(Vec::len);
        let item = AxisItem {
            id,
            name: String::new(),
        };
        if app
            .apply_edit(Edit::Axes(AxesEdit::Insert {
                axis: Axis::Themes,
                index,
                item,
            }))
            .is_ok()
        {
            focus_later(format!("theme-name-{id}"));
        }
    };
    view! {
        <h3>{t!(i18n, contesto.themes_title)}</h3>
        <p class="form-help">{t!(i18n, contesto.themes_help)}</p>
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, contesto.theme_name)}</th>
                    <th scope="col"><span class="visually-hidden">{t!(i18n, contesto.actions)}</span></th>
                </tr>
            </thead>
            <tbody>
                <For each=move || shared.themes.get().into_iter().map(|t| t.id) key=|id| *id let(id)>
                    <ThemeRow id />
                </For>
            </tbody>
        </table>
        <button type="button" class="btn" on:click=add>{t!(i18n, contesto.add_theme)}</button>
    }
    .into_any()
}

fn theme_name(shared: Shared, id: PlanId) -> String {
    shared
        .themes
        .with(|l| l.iter().find(|t| t.id == id).map(|t| t.name.clone()))
        .unwrap_or_default()
}

#[component]
fn ThemeRow(id: PlanId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    let name = Memo::new(move |_| theme_name(shared, id));
    let index = Memo::new(move |_| {
        shared
            .themes
            .with(|l| l.iter().position(|t| t.id == id).unwrap_or(0))
    });
    let duplicate = Memo::new(move |_| {
        shared.themes.with(|l| {
            duplicate_names(l.iter().map(|t| t.name.as_str()))
                .get(index.get())
                .copied()
                .unwrap_or(false)
        })
    });
    let move_to = move |to: usize, button: &'static str| {
        if app
            .apply_edit(Edit::Axes(AxesEdit::Move {
                axis: Axis::Themes,
                id,
                to,
            }))
            .is_ok()
        {
            focus_later(format!("{button}-{id}"));
        }
    };
    let last = move || index.get() + 1 >= shared.themes.with(Vec::len);
    view! {
        <tr>
            <td>
                <TextInput id=format!("theme-name-{id}")
                    label=Signal::derive(move || t_string!(i18n, contesto.theme_name).to_string())
                    value=Signal::derive(move || name.get())
                    error=Signal::derive(move || duplicate.get().then(|| t_string!(i18n, contesto.duplicate_name).to_string()))
                    on_input=Callback::new(move |v: String| {
                        let _ = app.apply_edit(Edit::Axes(AxesEdit::Rename { axis: Axis::Themes, id, name: v }));
                    }) />
            </td>
            <td class="row-actions">
                <button type="button" class="btn btn-icon" id=format!("thup-{id}") disabled=move || index.get() == 0
                    aria-label=move || t_string!(i18n, contesto.move_up, name = name.get()).to_string()
                    on:click=move |_| move_to(index.get_untracked().saturating_sub(1), "thup")>"↑"</button>
                <button type="button" class="btn btn-icon" id=format!("thdown-{id}") disabled=last
                    aria-label=move || t_string!(i18n, contesto.move_down, name = name.get()).to_string()
                    on:click=move |_| move_to(index.get_untracked() + 1, "thdown")>"↓"</button>
            </td>
        </tr>
    }
    .into_any()
}

#[component]
fn ThemeNeeds(theme: PlanId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    let name = Memo::new(move |_| theme_name(shared, theme));
    let ids = mirror(move |p| {
        p.context
            .needs
            .iter()
            .filter(|n| n.theme == theme)
            .map(|n| n.id)
            .collect::<Vec<_>>()
    });
    let add = move |_| {
        let id = new_id();
        let index = app.with_plan(|p| p.context.needs.len()).unwrap_or(0);
        let item = Item::Need(Need::new(id, theme));
        if app
            .apply_edit(Edit::Context(ContextEdit::Insert { index, item }))
            .is_ok()
        {
            focus_later(format!("need-desc-{id}"));
        }
    };
    let heading = format!("needs-{theme}");
    let labelledby = heading.clone();
    view! {
        <section class="theme-needs" aria-labelledby=labelledby>
            <h3 id=heading>{move || t_string!(i18n, contesto.needs_in, theme = name.get()).to_string()}</h3>
            <Show when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, contesto.no_needs)}</p> }>
                <table class="table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, contesto.priority)}</th>
                            <th scope="col">{t!(i18n, contesto.need_description)}</th>
                            <th scope="col">{t!(i18n, contesto.evidence)}</th>
                            <th scope="col">{t!(i18n, contesto.sources)}</th>
                            <th scope="col"><span class="visually-hidden">{t!(i18n, contesto.actions)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || ids.get() key=|id| *id let(id)>
                            <NeedRow id />
                        </For>
                    </tbody>
                </table>
            </Show>
            <button type="button" class="btn" id=format!("add-need-{theme}") on:click=add>
                {move || t_string!(i18n, contesto.add_need, theme = name.get()).to_string()}
            </button>
        </section>
    }
    .into_any()
}

#[component]
fn NeedRow(id: PlanId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let need = expect_context::<Keyed<Need>>().row(id);
    let set = move |f: &dyn Fn(&mut Need)| {
        if let Some(mut n) = need.get_untracked() {
            f(&mut n);
            let _ = app.apply_edit(Edit::Context(ContextEdit::Replace(Item::Need(n))));
        }
    };
    let get = move |f: fn(&Need) -> String| need.with(|n| n.as_ref().map(f).unwrap_or_default());
    let shown = move || {
        let d = get(|n| n.description.clone());
        if d.trim().is_empty() {
            t_string!(i18n, contesto.unnamed_need).to_string()
        } else {
            d
        }
    };
    let priority = move || need.with(|n| n.as_ref().map(|n| n.priority).unwrap_or(3));
    let unsupported = move || need.with(|n| n.as_ref().is_some_and(Need::unsupported));
    let theme = need.get_untracked().map(|n| n.theme);
    view! {
        <tr>
            <td>
                <select aria-label=move || t_string!(i18n, contesto.priority_of, need = shown()).to_string()
                    on:change=move |e| {
                        if let Ok(p) = event_target_value(&e).parse::<u8>() {
                            set(&|n| n.priority = p);
                        }
                    }>
                    {(1u8..=5).map(|p| view! {
                        <option value=p.to_string() selected=move || priority() == p>{move || priority_label(i18n, p)}</option>
                    }).collect_view()}
                </select>
            </td>
            <td>
                <TextInput id=format!("need-desc-{id}") multiline=true
                    label=Signal::derive(move || t_string!(i18n, contesto.need_description).to_string())
                    value=Signal::derive(move || get(|n| n.description.clone()))
                    on_input=Callback::new(move |v: String| set(&|n| n.description = v.clone())) />
            </td>
            <td>
                <TextInput id=format!("need-evidence-{id}") multiline=true
                    label=Signal::derive(move || t_string!(i18n, contesto.evidence_of, need = shown()).to_string())
                    value=Signal::derive(move || get(|n| n.evidence.clone()))
                    on_input=Callback::new(move |v: String| set(&|n| n.evidence = v.clone())) />
            </td>
            <td>
                <Citations id=format!("need-cite-{id}") what=Signal::derive(shown)
                    cited=Signal::derive(move || need.with(|n| n.as_ref().map(|n| n.sources.clone()).unwrap_or_default()))
                    on_set=Callback::new(move |v: Vec<_>| set(&|n| n.sources = v.clone())) />
                <Show when=unsupported>
                    <p class="badge badge-danger">{t!(i18n, contesto.unsupported)}</p>
                </Show>
            </td>
            <td class="row-actions">
                <button type="button" class="btn btn-icon btn-danger"
                    aria-label=move || t_string!(i18n, contesto.remove_item, name = shown()).to_string()
                    on:click=move |_| {
                        let _ = app.apply_edit(Edit::Context(ContextEdit::Remove { register: Register::Needs, id }));
                        if let Some(t) = theme {
                            focus_later(format!("add-need-{t}"));
                        }
                    }>"✕"</button>
            </td>
        </tr>
    }
    .into_any()
}

fn priority_label(i18n: leptos_i18n::I18nContext<Locale>, p: u8) -> &'static str {
    match p {
        1 => t_string!(i18n, contesto.priority_1),
        2 => t_string!(i18n, contesto.priority_2),
        3 => t_string!(i18n, contesto.priority_3),
        4 => t_string!(i18n, contesto.priority_4),
        _ => t_string!(i18n, contesto.priority_5),
    }
}

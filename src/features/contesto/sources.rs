//! Fonti: the sources register (kind, description, who provided it, date
//! collected), cited by tables, needs and narratives.
use super::notes::PartNotesEditor;
use super::widgets::{focus_later, DateInput, TextInput};
use super::Shared;
use crate::components::sync::{mirror, Keyed};
use crate::i18n::*;
use crate::model::context::{ContextEdit, Item, PartKind, Register, Source, SourceKind};
use crate::model::{Edit, PlanId};
use crate::state::{new_id, use_app};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use std::collections::HashSet;

pub fn source_kind_label(i18n: I18nContext<Locale>, k: SourceKind) -> &'static str {
    match k {
        SourceKind::MunicipalData => t_string!(i18n, contesto.src_municipal),
        SourceKind::KeyInformants => t_string!(i18n, contesto.src_informants),
        SourceKind::Studies => t_string!(i18n, contesto.src_studies),
        SourceKind::OfficialStatistics => t_string!(i18n, contesto.src_statistics),
        SourceKind::Other => t_string!(i18n, contesto.src_other),
    }
}

#[component]
pub fn Sources() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    let duplicates = mirror(|p| {
        let l = &p.context.sources;
        let flags =
            crate::model::context::duplicate_names(l.iter().map(|s| s.description.as_str()));
        l.iter()
            .zip(flags)
            .filter(|(_, d)| *d)
            .map(|(s, _)| s.id)
            .collect::<HashSet<_>>()
    });
    let rows = Keyed::new(|p| &p.context.sources);
    provide_context(rows);
    let add = move |_| {
        let id = new_id();
        let index = shared.sources.with_untracked(Vec::len);
        let item = Item::Source(Source::new(id));
        if app
            .apply_edit(Edit::Context(ContextEdit::Insert { index, item }))
            .is_ok()
        {
            focus_later(format!("src-desc-{id}"));
        }
    };
    view! {
        <section id="ctx-fonti" class="ctx-part" aria-labelledby="ctx-fonti-title">
            <h2 id="ctx-fonti-title">{t!(i18n, contesto.part_sources)}</h2>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Sources />
            <PartNotesEditor part=PartKind::Sources />
            <h3 id="src-title">{t!(i18n, contesto.sources_title)}</h3>
            <Show when=move || !shared.sources.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, contesto.no_sources)}</p> }>
                <table class="table register" aria-labelledby="src-title">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, contesto.src_description)}</th>
                            <th scope="col">{t!(i18n, contesto.src_kind)}</th>
                            <th scope="col">{t!(i18n, contesto.src_provided_by)}</th>
                            <th scope="col">{t!(i18n, contesto.src_collected)}</th>
                            <th scope="col"><span class="visually-hidden">{t!(i18n, contesto.actions)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.ids.get() key=|id| *id let(id)>
                            <SourceRow id duplicate=Signal::derive(move || duplicates.with(|d| d.contains(&id))) />
                        </For>
                    </tbody>
                </table>
            </Show>
            <button type="button" class="btn" id="add-source" on:click=add>{t!(i18n, contesto.add_source)}</button>
        </section>
    }
    .into_any()
}

#[component]
fn SourceRow(id: PlanId, duplicate: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let s = expect_context::<Keyed<Source>>().row(id);
    let get = move || s.get().unwrap_or_else(|| Source::new(id));
    let set = move |f: &dyn Fn(&mut Source)| {
        if let Some(mut x) = s.get_untracked() {
            f(&mut x);
            let _ = app.apply_edit(Edit::Context(ContextEdit::Replace(Item::Source(x))));
        }
    };
    let shown = move || {
        let d = get().description;
        if d.trim().is_empty() {
            t_string!(i18n, contesto.unnamed_source).to_string()
        } else {
            d
        }
    };
    view! {
        <tr>
            <td>
                <TextInput id=format!("src-desc-{id}")
                    label=Signal::derive(move || t_string!(i18n, contesto.src_description).to_string())
                    value=Signal::derive(move || get().description)
                    error=Signal::derive(move || duplicate.get().then(|| t_string!(i18n, contesto.duplicate_name).to_string()))
                    on_input=Callback::new(move |v: String| set(&|x| x.description = v.clone())) />
            </td>
            <td>
                <select aria-label=move || t_string!(i18n, contesto.src_kind_of, name = shown()).to_string()
                    on:change=move |e| {
                        if let Some(k) = SourceKind::parse(&event_target_value(&e)) {
                            set(&|x| x.kind = k);
                        }
                    }>
                    {SourceKind::ALL.into_iter().map(|k| view! {
                        <option value=k.as_str() selected=move || get().kind == k>{move || source_kind_label(i18n, k)}</option>
                    }).collect_view()}
                </select>
            </td>
            <td>
                <TextInput id=format!("src-by-{id}")
                    label=Signal::derive(move || t_string!(i18n, contesto.src_provided_by_of, name = shown()).to_string())
                    value=Signal::derive(move || get().provided_by)
                    on_input=Callback::new(move |v: String| set(&|x| x.provided_by = v.clone())) />
            </td>
            <td>
                <DateInput id=format!("src-date-{id}") no_future=true
                    label=Signal::derive(move || t_string!(i18n, contesto.src_collected_of, name = shown()).to_string())
                    value=Signal::derive(move || get().collected_on)
                    on_set=Callback::new(move |d| set(&|x| x.collected_on = d)) />
            </td>
            <td class="row-actions">
                <button type="button" class="btn btn-icon btn-danger"
                    aria-label=move || t_string!(i18n, contesto.remove_item, name = shown()).to_string()
                    on:click=move |_| {
                        // Citations of it go with it (see model::references).
                        let _ = app.apply_edit(Edit::Context(ContextEdit::Remove {
                            register: Register::Sources,
                            id,
                        }));
                        focus_later("add-source".into());
                    }>"✕"</button>
            </td>
        </tr>
    }
    .into_any()
}

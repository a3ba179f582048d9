//! Governance bodies (lever 1): the cabina di regia (members from the
//! matrix governance, plus chair and meeting frequency) and the tavoli
//! tematici / territoriali with what they follow.
use super::widgets::{opt_id, parse_id, record, Checks, Choice, EditButton, Field, FormError};
use super::widgets::{FormButtons, FormMode, FormTitle};
use super::{name_in, Names, Shared};
use crate::i18n::*;
use crate::model::codesign::{Body, BodyKind, CabinaInfo, CoDesignEdit, Item, Kind};
use crate::model::matrix::MatrixEdit;
use crate::model::{Edit, PlanId};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Bodies() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let s = expect_context::<Shared>();
    let cabina = Memo::new(move |_| {
        app.with_plan(|p| p.governance.cabina_di_regia.clone())
            .unwrap_or_default()
    });
    let info = Memo::new(move |_| s.codesign.with(|c| c.cabina.clone()));
    let set_info = move |f: &dyn Fn(&mut CabinaInfo)| {
        let mut next = info.get_untracked();
        f(&mut next);
        let _ = record(i18n, Edit::CoDesign(CoDesignEdit::SetCabina(next)));
    };
    let f = || RwSignal::new(String::new());
    let (name, chair, frequency) = (f(), f(), f());
    let kind = RwSignal::new(false);
    let (members, alliances, territories, themes) = (
        RwSignal::new(Vec::<PlanId>::new()),
        RwSignal::new(Vec::new()),
        RwSignal::new(Vec::new()),
        RwSignal::new(Vec::new()),
    );
    let error = RwSignal::new(None::<String>);
    let list = Memo::new(move |_| s.codesign.with(|c| c.bodies.clone()));
    let mode = FormMode::new();
    let clear = move || {
        for x in [name, chair, frequency] {
            x.set(String::new());
        }
        for x in [members, alliances, territories, themes] {
            x.set(Vec::new());
        }
        kind.set(false);
        error.set(None);
    };
    let open = Callback::new(move |b: Body| {
        name.set(b.name);
        kind.set(b.kind == BodyKind::Territorial);
        chair.set(opt_id(b.chair));
        frequency.set(b.frequency);
        members.set(b.members);
        alliances.set(b.alliances);
        territories.set(b.territories);
        themes.set(b.themes);
        error.set(None);
        mode.open(b.id, "cd-b-name");
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let b = Body {
            kind: if kind.get_untracked() {
                BodyKind::Territorial
            } else {
                BodyKind::Thematic
            },
            members: members.get_untracked(),
            chair: parse_id(&chair.get_untracked()),
            frequency: frequency.get_untracked(),
            alliances: alliances.get_untracked(),
            territories: territories.get_untracked(),
            themes: themes.get_untracked(),
            ..Body::new(mode.id(), &name.get_untracked())
        };
        match mode.save(i18n, Item::Body(b), list.with_untracked(Vec::len)) {
            Ok(()) => clear(),
            Err(m) => error.set(Some(m)),
        }
    };
    macro_rules! tr {
        ($k:ident) => {
            Signal::derive(move || t_string!(i18n, coprogettazione.$k).to_string())
        };
    }
    let names = move |n: Memo<Names>, ids: &[PlanId]| {
        n.with_untracked(|n| {
            ids.iter()
                .map(|i| name_in(n, *i))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <section class="cd-section" aria-labelledby="cd-bodies-title">
            <h2 id="cd-bodies-title">{t!(i18n, coprogettazione.tab_bodies)}</h2>
            <p class="form-help">{t!(i18n, coprogettazione.bodies_help)}</p>
            <fieldset class="cd-form">
                <legend>{t!(i18n, coprogettazione.cabina)}</legend>
                <fieldset class="cd-checks">
                    <legend>{t!(i18n, coprogettazione.cabina_members)}</legend>
                    {move || s.partners.get().into_iter().map(|(pid, n)| {
                        let cid = format!("cd-cab-{pid}");
                        view! {
                            <div class="form-check">
                                <input type="checkbox" id=cid.clone() prop:checked=move || cabina.with(|c| c.contains(&pid))
                                    on:change=move |e| {
                                        let index = event_target_checked(&e).then(|| cabina.with_untracked(Vec::len));
                                        let _ = app.apply_edit(Edit::Matrix(MatrixEdit::SetCabina { partner: pid, index }));
                                    } />
                                <label for=cid>{n}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="cd-grid">
                    <div class="form-group">
                        <label for="cd-cab-chair">{t!(i18n, coprogettazione.chair)}</label>
                        <select id="cd-cab-chair" on:change=move |e| {
                            let c = parse_id(&event_target_value(&e));
                            set_info(&|i| i.chair = c);
                        }>
                            <option value="" selected=move || info.with(|i| i.chair.is_none())>{t!(i18n, coprogettazione.none)}</option>
                            {move || s.partners.get().into_iter().map(|(pid, n)| view! {
                                <option value=pid.to_string() selected=move || info.with(|i| i.chair == Some(pid))>{n}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="form-group">
                        <label for="cd-cab-freq">{t!(i18n, coprogettazione.frequency)}</label>
                        <input id="cd-cab-freq" type="text" prop:value=move || info.with(|i| i.frequency.clone())
                            on:change=move |e| { let v = event_target_value(&e); set_info(&|i| i.frequency = v.clone()); } />
                    </div>
                </div>
            </fieldset>
            <form class="cd-form" aria-labelledby="cd-new-body" on:submit=submit>
                <FormTitle id="cd-new-body" mode new=tr!(new_body) edit=tr!(edit_body) />
                <div class="cd-grid">
                    <Field id="cd-b-name" label=tr!(body_name) value=name />
                    <div class="form-check">
                        <input type="checkbox" id="cd-b-kind" prop:checked=move || kind.get() on:change=move |e| kind.set(event_target_checked(&e)) />
                        <label for="cd-b-kind">{t!(i18n, coprogettazione.body_territorial)}</label>
                    </div>
                    <Choice id="cd-b-chair" label=tr!(chair) value=chair options=s.partners none=tr!(none) />
                    <Field id="cd-b-freq" label=tr!(frequency) value=frequency />
                </div>
                <Checks id="cd-b-members" legend=tr!(body_members) chosen=members options=s.partners />
                <Checks id="cd-b-alliances" legend=tr!(body_alliances) chosen=alliances options=s.alliances />
                <Checks id="cd-b-rows" legend=tr!(body_rows) chosen=territories options=s.territories />
                <Checks id="cd-b-cols" legend=tr!(body_columns) chosen=themes options=s.themes />
                <FormError message=error />
                <FormButtons mode add=tr!(add_body) on_cancel=Callback::new(move |()| clear()) />
            </form>
            <div class="cd-list">
                {move || list.get().into_iter().map(|b| {
                    let id = b.id;
                    let heading = format!("body-{id}");
                    let bname = b.name.clone();
                    let bname2 = b.name.clone();
                    let this = b.clone();
                    let kind = if b.kind == BodyKind::Territorial { t_string!(i18n, coprogettazione.body_kind_territorial) } else { t_string!(i18n, coprogettazione.body_kind_thematic) };
                    view! {
                        <article class="cd-card" aria-labelledby=heading.clone()>
                            <h3 id=heading.clone()>{b.name.clone()}</h3>
                            <p class="cd-meta">{kind}" · "{t!(i18n, coprogettazione.chair)}": "{b.chair.map(|c| s.partners.with_untracked(|n| name_in(n, c))).unwrap_or_else(|| "—".into())}" · "{b.frequency.clone()}</p>
                            <dl class="cd-dl">
                                <dt>{t!(i18n, coprogettazione.body_members)}</dt><dd>{names(s.partners, &b.members)}</dd>
                                <dt>{t!(i18n, coprogettazione.body_alliances)}</dt><dd>{names(s.alliances, &b.alliances)}</dd>
                                <dt>{t!(i18n, coprogettazione.body_rows)}</dt><dd>{names(s.territories, &b.territories)}</dd>
                                <dt>{t!(i18n, coprogettazione.body_columns)}</dt><dd>{names(s.themes, &b.themes)}</dd>
                            </dl>
                            <EditButton name=bname2 on_edit=Callback::new(move |()| open.run(this.clone())) />
                            <button type="button" class="btn btn-danger"
                                aria-label=move || t_string!(i18n, coprogettazione.remove_of, name = bname.clone()).to_string()
                                on:click=move |_| { let _ = record(i18n, Edit::CoDesign(CoDesignEdit::Remove { kind: Kind::Bodies, id })); }>
                                {t!(i18n, coprogettazione.remove)}
                            </button>
                        </article>
                    }
                }).collect_view()}
            </div>
        </section>
    }
    .into_any()
}

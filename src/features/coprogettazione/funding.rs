//! Funding lines per alliance and per intervention (lever 4) and the plan
//! summary by programme and by thematic area.
use super::widgets::{amount_message, opt_date_it, opt_id, opt_iso, parse_date, parse_id};
use super::widgets::{
    record, Choice, EditButton, Field, FormButtons, FormError, FormMode, FormTitle,
};
use super::{name_in, Shared};
use crate::i18n::*;
use crate::model::codesign::{
    funding_summary, Amount, CoDesignEdit, FundingLine, FundingStatus, Item, Kind,
};
use crate::model::context::Funding as Programme;
use crate::model::Edit;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

pub fn programme_label(i18n: I18nContext<Locale>, f: Programme) -> &'static str {
    match f {
        Programme::Fami => t_string!(i18n, coprogettazione.p_fami),
        Programme::FsePlus => t_string!(i18n, coprogettazione.p_fse),
        Programme::Pnrr => t_string!(i18n, coprogettazione.p_pnrr),
        Programme::Regional => t_string!(i18n, coprogettazione.p_regional),
        Programme::Municipal => t_string!(i18n, coprogettazione.p_municipal),
        Programme::Private => t_string!(i18n, coprogettazione.p_private),
        Programme::Other => t_string!(i18n, coprogettazione.p_other),
    }
}

pub fn funding_status_label(i18n: I18nContext<Locale>, s: FundingStatus) -> &'static str {
    match s {
        FundingStatus::Ipotesi => t_string!(i18n, coprogettazione.f_ipotesi),
        FundingStatus::Richiesto => t_string!(i18n, coprogettazione.f_richiesto),
        FundingStatus::Ottenuto => t_string!(i18n, coprogettazione.f_ottenuto),
    }
}

pub fn euro(a: Amount) -> String {
    format!("{} €", a.format_it())
}

#[component]
pub fn Funding() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let s = expect_context::<Shared>();
    let f = || RwSignal::new(String::new());
    let (alliance, intervention, amount, start, end) = (f(), f(), f(), f(), f());
    let programme = RwSignal::new(Programme::Fami.as_str().to_string());
    let status = RwSignal::new(FundingStatus::Ipotesi.as_str().to_string());
    let error = RwSignal::new(None::<String>);
    let row_error = RwSignal::new(None::<String>);
    let list = Memo::new(move |_| s.codesign.with(|c| c.funding.clone()));
    let summary = Memo::new(move |_| {
        s.codesign.track();
        app.with_plan(funding_summary).unwrap_or_default()
    });
    let mode = FormMode::new();
    let clear = move || {
        for x in [alliance, intervention, amount, start, end] {
            x.set(String::new());
        }
        error.set(None);
    };
    let open = Callback::new(move |l: FundingLine| {
        programme.set(l.programme.as_str().to_string());
        amount.set(l.amount.format_it());
        alliance.set(opt_id(l.alliance));
        intervention.set(opt_id(l.intervention));
        start.set(opt_iso(l.start));
        end.set(opt_iso(l.end));
        status.set(l.status.as_str().to_string());
        error.set(None);
        mode.open(l.id, "cd-f-prog");
    });
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let value = match Amount::parse_money(&amount.get_untracked()) {
            Ok(a) => a,
            Err(e) => return error.set(Some(amount_message(i18n, e).to_string())),
        };
        let line = FundingLine {
            id: mode.id(),
            programme: Programme::parse(&programme.get_untracked()).unwrap_or(Programme::Other),
            amount: value,
            alliance: parse_id(&alliance.get_untracked()),
            intervention: parse_id(&intervention.get_untracked()),
            start: parse_date(&start.get_untracked()),
            end: parse_date(&end.get_untracked()),
            status: FundingStatus::parse(&status.get_untracked()).unwrap_or_default(),
        };
        match mode.save(i18n, Item::Funding(line), list.with_untracked(Vec::len)) {
            Ok(()) => clear(),
            Err(m) => error.set(Some(m)),
        }
    };
    macro_rules! tr {
        ($k:ident) => {
            Signal::derive(move || t_string!(i18n, coprogettazione.$k).to_string())
        };
    }
    view! {
        <section class="cd-section" aria-labelledby="cd-fund-title">
            <h2 id="cd-fund-title">{t!(i18n, coprogettazione.tab_funding)}</h2>
            <p class="form-help">{t!(i18n, coprogettazione.funding_help)}</p>
            <form class="cd-form" aria-labelledby="cd-new-fund" on:submit=submit>
                <FormTitle id="cd-new-fund" mode new=tr!(new_funding) edit=tr!(edit_funding) />
                <div class="cd-grid">
                    <div class="form-group">
                        <label for="cd-f-prog">{t!(i18n, coprogettazione.f_programme)}</label>
                        <select id="cd-f-prog" on:change=move |e| programme.set(event_target_value(&e))>
                            {Programme::ALL.into_iter().map(|p| view! {
                                <option value=p.as_str() selected=move || programme.get() == p.as_str()>{move || programme_label(i18n, p)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <Field id="cd-f-amount" label=tr!(f_amount) value=amount help=tr!(money_help) />
                    <Choice id="cd-f-alliance" label=tr!(f_alliance) value=alliance options=s.alliances none=tr!(none) />
                    <Choice id="cd-f-intervention" label=tr!(f_intervention) value=intervention options=s.interventions none=tr!(none) />
                    <Field id="cd-f-start" label=tr!(f_start) value=start kind="date" />
                    <Field id="cd-f-end" label=tr!(f_end) value=end kind="date" />
                    <div class="form-group">
                        <label for="cd-f-status">{t!(i18n, coprogettazione.f_status)}</label>
                        <select id="cd-f-status" on:change=move |e| status.set(event_target_value(&e))>
                            {FundingStatus::ALL.into_iter().map(|st| view! {
                                <option value=st.as_str() selected=move || status.get() == st.as_str()>{move || funding_status_label(i18n, st)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <FormError message=error />
                <FormButtons mode add=tr!(add_funding) on_cancel=Callback::new(move |()| clear()) />
            </form>
            <FormError message=row_error />
            <Show when=move || !list.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, coprogettazione.no_funding)}</p> }>
                <table class="table cd-table">
                    <caption>{t!(i18n, coprogettazione.funding_table)}</caption>
                    <thead><tr>
                        <th scope="col">{t!(i18n, coprogettazione.f_programme)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.f_amount)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.f_used_by)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.f_period)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.f_status)}</th>
                        <th scope="col">{t!(i18n, coprogettazione.actions)}</th>
                    </tr></thead>
                    <tbody>
                        {move || list.get().into_iter().map(|l| {
                            let id = l.id;
                            let used: Vec<String> = l.alliance.map(|a| s.alliances.with_untracked(|n| name_in(n, a))).into_iter()
                                .chain(l.intervention.map(|i| s.interventions.with_untracked(|n| name_in(n, i)))).collect();
                            let what = format!("{} {}", programme_label(i18n, l.programme), euro(l.amount));
                            let what2 = what.clone();
                            let what3 = what.clone();
                            let line = l.clone();
                            let this = l.clone();
                            view! {
                                <tr>
                                    <td>{move || programme_label(i18n, l.programme)}</td>
                                    <td class="num">{euro(l.amount)}</td>
                                    <td>{if used.is_empty() { t_string!(i18n, coprogettazione.whole_plan).to_string() } else { used.join(" · ") }}</td>
                                    <td>{format!("{} – {}", opt_date_it(l.start), opt_date_it(l.end))}</td>
                                    <td>
                                        <select aria-label=move || t_string!(i18n, coprogettazione.status_of, name = what.clone()).to_string()
                                            on:change=move |e| {
                                                if let Some(st) = FundingStatus::parse(&event_target_value(&e)) {
                                                    let next = FundingLine { status: st, ..line.clone() };
                                                    row_error.set(record(i18n, Edit::CoDesign(CoDesignEdit::Replace(Item::Funding(next)))).err());
                                                }
                                            }>
                                            {FundingStatus::ALL.into_iter().map(|st| view! {
                                                <option value=st.as_str() selected=l.status == st>{move || funding_status_label(i18n, st)}</option>
                                            }).collect_view()}
                                        </select>
                                    </td>
                                    <td class="row-actions">
                                        <EditButton small=true name=what3 on_edit=Callback::new(move |()| open.run(this.clone())) />
                                        <button type="button" class="btn btn-small btn-danger"
                                            aria-label=move || t_string!(i18n, coprogettazione.remove_of, name = what2.clone()).to_string()
                                            on:click=move |_| { let _ = record(i18n, Edit::CoDesign(CoDesignEdit::Remove { kind: Kind::Funding, id })); }>
                                            "✕"
                                        </button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
            <h3 id="cd-f-sum-prog">{t!(i18n, coprogettazione.summary_by_programme)}</h3>
            <table class="table cd-table" aria-labelledby="cd-f-sum-prog">
                <thead><tr>
                    <th scope="col">{t!(i18n, coprogettazione.f_programme)}</th>
                    {FundingStatus::ALL.into_iter().map(|st| view! { <th scope="col" class="num">{move || funding_status_label(i18n, st)}</th> }).collect_view()}
                    <th scope="col" class="num">{t!(i18n, coprogettazione.total)}</th>
                </tr></thead>
                <tbody>
                    {move || summary.get().by_programme.into_iter().map(|(p, per, total)| view! {
                        <tr>
                            <th scope="row">{move || programme_label(i18n, p)}</th>
                            {FundingStatus::ALL.into_iter().map(|st| view! { <td class="num">{euro(per.get(&st).copied().unwrap_or_default())}</td> }).collect_view()}
                            <td class="num">{euro(total)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot><tr>
                    <th scope="row">{t!(i18n, coprogettazione.total)}</th>
                    <td colspan="3"></td>
                    <td class="num">{move || euro(summary.get().total)}</td>
                </tr></tfoot>
            </table>
            <h3 id="cd-f-sum-theme">{t!(i18n, coprogettazione.summary_by_theme)}</h3>
            <p class="form-help">{t!(i18n, coprogettazione.summary_by_theme_help)}</p>
            <table class="table cd-table" aria-labelledby="cd-f-sum-theme">
                <thead><tr>
                    <th scope="col">{t!(i18n, coprogettazione.theme)}</th>
                    <th scope="col">{t!(i18n, coprogettazione.sources_used)}</th>
                </tr></thead>
                <tbody>
                    {move || summary.get().by_theme.into_iter().map(|t| {
                        let name = s.themes.with_untracked(|n| name_in(n, t.theme));
                        let none = t.has_none();
                        let text = t.programmes.iter().map(|(p, a)| format!("{} {}", programme_label(i18n, *p), euro(*a))).collect::<Vec<_>>().join("; ");
                        view! {
                            <tr class:no-funding=none>
                                <th scope="row">{name}</th>
                                <td>{if none { t_string!(i18n, coprogettazione.no_source).to_string() } else { text }}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
    .into_any()
}

//! The completeness view: per part, how many checks pass and what is
//! missing, unsupported, inconsistent or due for review (and since when).
use super::data::table_title;
use super::notes::review_text;
use super::Shared;
use crate::i18n::*;
use crate::model::context::{completeness, Gap, PartKind, PartReport};
use crate::model::PlanId;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

pub fn part_label(i18n: I18nContext<Locale>, part: PartKind) -> &'static str {
    match part {
        PartKind::Demographics => t_string!(i18n, contesto.part_demographics),
        PartKind::Needs => t_string!(i18n, contesto.part_needs),
        PartKind::Stakeholders => t_string!(i18n, contesto.part_stakeholders),
        PartKind::Sources => t_string!(i18n, contesto.part_sources),
    }
}

fn anchor(part: PartKind) -> &'static str {
    match part {
        PartKind::Demographics => "#ctx-dati",
        PartKind::Needs => "#ctx-bisogni",
        PartKind::Stakeholders => "#ctx-attori",
        PartKind::Sources => "#ctx-fonti",
    }
}

fn gap_text(
    i18n: I18nContext<Locale>,
    shared: Shared,
    names: &dyn Fn(PlanId) -> String,
    gap: &Gap,
) -> String {
    let theme = |id: PlanId| {
        shared
            .themes
            .with_untracked(|l| l.iter().find(|t| t.id == id).map(|t| t.name.clone()))
            .unwrap_or_default()
    };
    match gap {
        Gap::NoNarrative => t_string!(i18n, contesto.gap_narrative).to_string(),
        Gap::NoAuthor => t_string!(i18n, contesto.gap_author).to_string(),
        Gap::Review(r) => review_text(i18n, *r),
        Gap::TableEmpty(t) => t_string!(
            i18n,
            contesto.gap_table_empty,
            table = table_title(i18n, *t)
        )
        .to_string(),
        Gap::TableNoDate(t) => {
            t_string!(i18n, contesto.gap_table_date, table = table_title(i18n, *t)).to_string()
        }
        Gap::TableNoSource(t) => t_string!(
            i18n,
            contesto.gap_table_source,
            table = table_title(i18n, *t)
        )
        .to_string(),
        Gap::TotalMismatch { table, stated, sum } => t_string!(
            i18n,
            contesto.total_mismatch,
            table = table_title(i18n, *table),
            sum = *sum,
            stated = *stated
        )
        .to_string(),
        Gap::SmallCounts(t) => {
            t_string!(i18n, contesto.gap_small, table = table_title(i18n, *t)).to_string()
        }
        Gap::NoTerritories => t_string!(i18n, contesto.gap_territories).to_string(),
        Gap::ThemeWithoutNeed(id) => {
            t_string!(i18n, contesto.gap_theme, theme = theme(*id)).to_string()
        }
        Gap::Unsupported(id) => {
            t_string!(i18n, contesto.gap_unsupported, need = names(*id)).to_string()
        }
        Gap::NoStakeholders => t_string!(i18n, contesto.gap_stakeholders).to_string(),
        Gap::NoMandate(id) => t_string!(i18n, contesto.gap_mandate, name = names(*id)).to_string(),
        Gap::NoInterventions => t_string!(i18n, contesto.gap_interventions).to_string(),
        Gap::NoSources => t_string!(i18n, contesto.gap_sources).to_string(),
        Gap::SourceInFuture(id) => {
            t_string!(i18n, contesto.gap_source_future, name = names(*id)).to_string()
        }
        Gap::DuplicateNames => t_string!(i18n, contesto.gap_duplicates).to_string(),
    }
}

#[component]
pub fn Completeness() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shared = expect_context::<Shared>();
    let reports = Memo::new(move |_| {
        let today = shared.today.get();
        app.with_plan(|p| completeness(p, today))
            .unwrap_or_default()
    });
    // Names of needs, bodies and sources named by the gaps.
    let label_of = move |id: PlanId| -> String {
        app.with_plan(|p| {
            let c = &p.context;
            c.needs
                .iter()
                .find(|n| n.id == id)
                .map(|n| n.description.clone())
                .or_else(|| {
                    p.stakeholders
                        .iter()
                        .find(|s| s.id == id)
                        .map(|s| s.name.clone())
                })
                .or_else(|| {
                    c.sources
                        .iter()
                        .find(|s| s.id == id)
                        .map(|s| s.description.clone())
                })
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| t_string!(i18n, contesto.unnamed_row).to_string())
        })
        .unwrap_or_default()
    };
    let part_view = move |r: PartReport| {
        let part = r.part;
        let complete = r.gaps.is_empty();
        view! {
            <li class="completeness-part">
                <h3><a href=anchor(part)>{part_label(i18n, part)}</a></h3>
                <p class=if complete { "badge badge-ok" } else { "badge badge-warn" }>
                    {t_string!(i18n, contesto.checks_done, done = r.done, total = r.total).to_string()}
                </p>
                <ul>
                    {r.gaps.iter().map(|g| view! { <li>{gap_text(i18n, shared, &label_of, g)}</li> }).collect_view()}
                </ul>
            </li>
        }
    };
    view! {
        <section id="ctx-completezza" class="ctx-part completeness" aria-labelledby="ctx-completezza-title">
            <h2 id="ctx-completezza-title">{t!(i18n, contesto.completeness_title)}</h2>
            <p class="form-help">{t!(i18n, contesto.completeness_help)}</p>
            <ul class="completeness-list">
                {move || reports.get().into_iter().map(part_view).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

//! The completeness view: per part, how many checks pass and what is
//! missing, unsupported, inconsistent or due for review (and since when).
use super::data::table_title;
use super::notes::review_text;
use super::Shared;
use crate::components::sync::mirror_later;
use crate::i18n::*;
use crate::model::context::{completeness, Gap, PartKind, PartReport};
use crate::model::{Plan, PlanId};
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

fn gap_text(i18n: I18nContext<Locale>, p: &Plan, gap: &Gap) -> String {
    let theme = |id: PlanId| {
        p.axes
            .themes
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.name.clone())
            .unwrap_or_default()
    };
    // Names of needs, bodies and sources named by the gaps.
    let names = |id: PlanId| -> String {
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

/// One part's line of the view, in words.
#[derive(Clone, Debug, Default, PartialEq)]
struct PartLine {
    part: Option<PartKind>,
    done: usize,
    total: usize,
    gaps: Vec<String>,
}

#[component]
pub fn Completeness() -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<Shared>();
    // The texts are resolved here, so the list is redrawn only when they change.
    let also = move || {
        i18n.get_locale();
    };
    let lines = mirror_later(250, also, move |p| {
        completeness(p, shared.today.get())
            .into_iter()
            .map(|r: PartReport| PartLine {
                part: Some(r.part),
                done: r.done,
                total: r.total,
                gaps: r.gaps.iter().map(|g| gap_text(i18n, p, g)).collect(),
            })
            .collect::<Vec<_>>()
    });
    let part_view = move |r: PartLine| {
        let part = r.part.unwrap_or(PartKind::Demographics);
        let complete = r.gaps.is_empty();
        view! {
            <li class="completeness-part">
                <h3><a href=anchor(part)>{part_label(i18n, part)}</a></h3>
                <p class=if complete { "badge badge-ok" } else { "badge badge-warn" }>
                    {t_string!(i18n, contesto.checks_done, done = r.done, total = r.total).to_string()}
                </p>
                {(!complete).then(|| view! {
                    <details>
                        <summary>{t_string!(i18n, contesto.gaps_count, n = r.gaps.len()).to_string()}</summary>
                        <ul>
                            {r.gaps.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}
                        </ul>
                    </details>
                })}
            </li>
        }
    };
    view! {
        <section id="ctx-completezza" class="ctx-part completeness" aria-labelledby="ctx-completezza-title">
            <h2 id="ctx-completezza-title">{t!(i18n, contesto.completeness_title)}</h2>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Review />
            <p class="form-help">{t!(i18n, contesto.completeness_help)}</p>
            <ul class="completeness-list">
                {move || lines.get().into_iter().map(part_view).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

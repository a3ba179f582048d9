//! Explains every colour and badge of the canvas (colour is never the only
//! signal: each has its word or symbol too).
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn Legend() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="legend" aria-labelledby="matrix-legend-title">
            <h2 id="matrix-legend-title">{t!(i18n, matrice.legend_title)}</h2>
            <crate::features::guida::InfoHelp topic=crate::features::guida::HelpTopic::Gaps />
            <dl>
                <dt><span class="swatch prio-1"></span><span class="swatch prio-3"></span><span class="swatch prio-5"></span>" "<span class="badge badge-prio">"P1–P5"</span></dt>
                <dd>{t!(i18n, matrice.legend_needs)}</dd>
                <dt><span class="swatch cov-covered"></span></dt>
                <dd>{t!(i18n, matrice.legend_covered)}</dd>
                <dt><span class="swatch cov-open"></span></dt>
                <dd>{t!(i18n, matrice.legend_open)}</dd>
                <dt><span class="swatch cov-gap"></span>" "{t!(i18n, matrice.state_gap)}</dt>
                <dd>{t!(i18n, matrice.legend_gap)}</dd>
                <dt><span class="chip ally-c0"><span class="chip-num">"#1"</span></span><span class="chip ally-c1"><span class="chip-num">"#2"</span></span></dt>
                <dd>{t!(i18n, matrice.legend_alliance)}</dd>
                <dt><span class="badge badge-span">"↔2"</span></dt>
                <dd>{t!(i18n, matrice.legend_span)}</dd>
                <dt><span class="badge badge-dup">"!"</span></dt>
                <dd>{t!(i18n, matrice.legend_dup)}</dd>
                <dt><span class="swatch drop-ok-swatch"></span>" "<span class="swatch drop-no-swatch"></span></dt>
                <dd>{t!(i18n, matrice.legend_drop)}</dd>
            </dl>
        </section>
    }
}

//! Stored data that could not be read: kept, explained, downloadable.
use crate::components::when;
use crate::i18n::*;
use crate::state::{use_app, AppStateStoreFields};
use leptos::prelude::*;

#[component]
pub fn Recovery() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    view! {
        <Show when=move || !app.store.recovered().with(Vec::is_empty)>
            <section class="recovery" aria-labelledby="recovery-title">
                <h2 id="recovery-title">{t!(i18n, recovery.title)}</h2>
                <p>{t!(i18n, recovery.intro)}</p>
                <ul>
                    <For each=move || app.store.recovered().get() key=|(k, _)| k.clone() let((key, rec))>
                        {
                            let k1 = key.clone();
                            let k2 = key.clone();
                            let at = when(rec.set_aside_at);
                            let reason = rec.reason.clone();
                            view! {
                                <li>
                                    <p>{move || t_string!(i18n, recovery.item, when = at.clone(), reason = reason.clone()).to_string()}</p>
                                    <button type="button" class="btn btn-secondary" on:click=move |_| app.download_recovered(&k1)>
                                        {t!(i18n, recovery.download)}
                                    </button>
                                    <button type="button" class="btn btn-danger" on:click=move |_| app.discard_recovered(&k2)>
                                        {t!(i18n, recovery.discard)}
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}

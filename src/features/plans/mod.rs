//! The plans screen: every plan in this browser, newest change first.
mod card;
pub mod import;
pub mod recovery;

use crate::i18n::*;
use crate::state::{use_app, AppStateStoreFields};
use card::PlanCard;
use leptos::prelude::*;

#[component]
pub fn PlansScreen() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let new_title = RwSignal::new(String::new());
    let create = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        app.create_plan(&new_title.get_untracked());
        new_title.set(String::new());
    };
    let plans = move || app.store.plans().get();
    let used_kb = move || app.store.usage_bytes().get().div_ceil(1024);
    view! {
        <section class="screen" aria-labelledby="plans-title">
            <h1 id="plans-title" node_ref=crate::components::heading::focus_on_arrival()>{t!(i18n, plans.title)}</h1>
            <p class="lead">{t!(i18n, plans.intro)}</p>
            <form class="form form-inline" on:submit=create>
                <div class="form-group">
                    <label for="new-plan-title">{t!(i18n, plans.new_title_label)}</label>
                    <input
                        id="new-plan-title"
                        type="text"
                        placeholder=move || t_string!(i18n, plans.new_title_placeholder)
                        bind:value=new_title
                    />
                </div>
                <button type="submit" class="btn btn-primary">{t!(i18n, plans.create)}</button>
            </form>
            <Show
                when=move || !app.store.plans().with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t!(i18n, plans.empty)}</p> }
            >
                <ul class="plan-list" aria-label=move || t_string!(i18n, plans.list_label)>
                    <For each=plans key=|s| (s.id, s.title.clone(), s.updated_at) let(summary)>
                        <PlanCard summary />
                    </For>
                </ul>
            </Show>
            {crate::deferred::plans_extras()}
            <p class="storage-info">
                {move || t_string!(i18n, plans.storage_used, used = used_kb()).to_string()}
                " "
                {move || match app.store.persistent().get() {
                    Some(true) => t_string!(i18n, plans.storage_persistent),
                    _ => t_string!(i18n, plans.storage_not_persistent),
                }}
            </p>
        </section>
    }
}

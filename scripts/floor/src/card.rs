//! One plan in the list: title, comune, date, open / rename / duplicate / delete.
use super::*;

#[component]
pub fn PlanCard(summary: PlanSummary) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let mode = RwSignal::new(Mode::Idle);
    let id = summary.id;
    let title = summary.title.clone();
    let draft = RwSignal::new(summary.title.clone());
    let heading_id = format!("plan-{id}");
    let labelled_by = heading_id.clone();
    let comune = summary.promoter_comune.clone();
    let changed = when(summary.updated_at);
    let t_dup = title.clone();
    let duplicate = move |_| {
        let copy_title = ts!(i18n, plans.copy_of, title = t_dup.clone());
        app.duplicate_plan(id, &copy_title);
    };
    let save_rename = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        app.rename_plan(id, &draft.get_untracked());
        mode.set(Mode::Idle);
    };
    let t_rename = title.clone();
    let t_delete = title.clone();
    view! {
        <li class="plan-card" aria-labelledby=labelled_by>
            <h2 id=heading_id class="plan-card-title">{title.clone()}</h2>
            <p class="plan-card-meta">
                {if comune.trim().is_empty() {
                    view! { <span class="muted">{tr!(i18n, plans.unknown_comune)}</span> }.into_any()
                } else {
                    view! { <span>{comune.clone()}</span> }.into_any()
                }}
                " · "
                <span>{move || ts!(i18n, plans.changed, when = changed.clone())}</span>
            </p>
            {move || match mode.get() {
                Mode::Idle => view! {
                    <div class="plan-card-actions">
                        <button type="button" class="btn btn-primary" on:click=move |_| app.open_plan(id)>
                            {tr!(i18n, plans.open)}
                        </button>
                        <button type="button" class="btn btn-secondary" on:click=move |_| mode.set(Mode::Renaming)>
                            {tr!(i18n, plans.rename)}
                        </button>
                        <button type="button" class="btn btn-secondary" on:click=duplicate.clone()>
                            {tr!(i18n, plans.duplicate)}
                        </button>
                        <button type="button" class="btn btn-danger" on:click=move |_| mode.set(Mode::ConfirmingDelete)>
                            {tr!(i18n, plans.delete)}
                        </button>
                    </div>
                }
                .into_any(),
                Mode::Renaming => {
                    let label = ts!(i18n, plans.rename_label, title = t_rename.clone());
                    let field_id = format!("rename-{id}");
                    view! {
                        <form class="form form-inline" on:submit=save_rename>
                            <div class="form-group">
                                <label for=field_id.clone()>{label}</label>
                                <input id=field_id type="text" bind:value=draft autofocus />
                            </div>
                            <button type="submit" class="btn btn-primary">{tr!(i18n, plans.rename_save)}</button>
                            <button type="button" class="btn btn-secondary" on:click=move |_| mode.set(Mode::Idle)>
                                {tr!(i18n, plans.cancel)}
                            </button>
                        </form>
                    }
                    .into_any()
                }
                Mode::ConfirmingDelete => {
                    let question = ts!(i18n, plans.confirm_delete, title = t_delete.clone());
                    view! {
                        <div class="confirm" role="alertdialog" aria-label=move || ts!(i18n, plans.confirm_delete_title)>
                            <p>{question}</p>
                            <button type="button" class="btn btn-danger" on:click=move |_| app.delete_plan(id)>
                                {tr!(i18n, plans.confirm_delete_yes)}
                            </button>
                            <button type="button" class="btn btn-secondary" on:click=move |_| mode.set(Mode::Idle)>
                                {tr!(i18n, plans.cancel)}
                            </button>
                        </div>
                    }
                    .into_any()
                }
            }}
        </li>
    }
}

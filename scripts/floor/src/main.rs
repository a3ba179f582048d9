//! Stack floor for the app's first screen ("I tuoi piani"): the same libraries,
//! doing what that first screen must do and nothing more.
//!
//! Features: `i18n` (leptos_i18n; off = plain &'static str tables) and
//! `stores` (reactive_stores::Store in context; off = plain RwSignals).
use leptos::prelude::*;
use wasm_bindgen::JsCast;

// ---------------------------------------------------------------- texts

#[cfg(feature = "i18n")]
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

#[cfg(feature = "i18n")]
use i18n::*;

/// A text as a view (reactive to the locale).
#[cfg(feature = "i18n")]
macro_rules! tr {
    ($i:ident, $ns:ident . $k:ident) => {
        t!($i, $ns.$k)
    };
}
/// A text as a string (tracks the locale when read in a reactive closure).
#[cfg(feature = "i18n")]
macro_rules! ts {
    ($i:ident, $ns:ident . $k:ident) => {
        t_string!($i, $ns.$k)
    };
    ($i:ident, $ns:ident . $k:ident, $a:ident = $v:expr) => {
        t_string!($i, $ns.$k, $a = $v).to_string()
    };
}

#[cfg(not(feature = "i18n"))]
mod texts;

#[cfg(not(feature = "i18n"))]
#[derive(Clone, Copy, PartialEq)]
#[allow(non_camel_case_types)]
enum Locale {
    it,
    en,
}

#[cfg(not(feature = "i18n"))]
impl Locale {
    fn as_str(self) -> &'static str {
        match self {
            Locale::it => "it",
            Locale::en => "en",
        }
    }
}

#[cfg(not(feature = "i18n"))]
#[derive(Clone, Copy)]
struct I18n(RwSignal<Locale>);

#[cfg(not(feature = "i18n"))]
impl I18n {
    fn texts(&self) -> &'static texts::Texts {
        match self.0.get() {
            Locale::it => &texts::IT,
            Locale::en => &texts::EN,
        }
    }
    fn get_locale(&self) -> Locale {
        self.0.get()
    }
    fn set_locale(&self, l: Locale) {
        self.0.set(l)
    }
}

#[cfg(not(feature = "i18n"))]
fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

#[cfg(not(feature = "i18n"))]
macro_rules! tr {
    ($i:ident, $ns:ident . $k:ident) => {
        move || $i.texts().$ns.$k
    };
}
#[cfg(not(feature = "i18n"))]
macro_rules! ts {
    ($i:ident, $ns:ident . $k:ident) => {
        $i.texts().$ns.$k
    };
    ($i:ident, $ns:ident . $k:ident, $a:ident = $v:expr) => {
        $i.texts()
            .$ns
            .$k
            .replace(concat!("{{ ", stringify!($a), " }}"), &$v.to_string())
    };
}

mod card;
mod data;
use card::PlanCard;
use data::*;

// ---------------------------------------------------------------- state

#[cfg(feature = "stores")]
#[derive(reactive_stores::Store, Default)]
pub struct AppState {
    pub plans: Vec<PlanSummary>,
    pub usage_bytes: usize,
}

#[cfg(feature = "stores")]
#[derive(Clone, Copy)]
pub struct AppContext {
    store: reactive_stores::Store<AppState>,
}

#[cfg(feature = "stores")]
macro_rules! field {
    ($app:ident . $f:ident) => {
        $app.store.$f()
    };
}

#[cfg(not(feature = "stores"))]
#[derive(Clone, Copy)]
pub struct AppContext {
    plans: RwSignal<Vec<PlanSummary>>,
    usage_bytes: RwSignal<usize>,
}

#[cfg(not(feature = "stores"))]
macro_rules! field {
    ($app:ident . $f:ident) => {
        $app.$f
    };
}

fn provide_app() -> AppContext {
    #[cfg(feature = "stores")]
    let ctx = AppContext {
        store: reactive_stores::Store::new(AppState::default()),
    };
    #[cfg(not(feature = "stores"))]
    let ctx = AppContext {
        plans: RwSignal::new(Vec::new()),
        usage_bytes: RwSignal::new(0),
    };
    provide_context(ctx);
    ctx
}

fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

impl AppContext {
    fn reload(&self) {
        let app = *self;
        field!(app.plans).set(indexed());
        field!(app.usage_bytes).set(usage_bytes());
    }
    fn create_plan(&self, title: &str) {
        let app = *self;
        let s = PlanSummary {
            id: new_id(),
            title: title.trim().to_owned(),
            promoter_comune: String::new(),
            updated_at: now(),
        };
        field!(app.plans).update(|v| v.insert(0, s));
    }
    fn open_plan(&self, id: PlanId) {
        let _ = window()
            .location()
            .set_hash(&format!("#/piano/{id}/fondamenta"));
    }
    fn rename_plan(&self, id: PlanId, title: &str) {
        let app = *self;
        field!(app.plans).update(|v| {
            if let Some(p) = v.iter_mut().find(|p| p.id == id) {
                p.title = title.trim().to_owned();
                p.updated_at = now();
            }
        });
    }
    fn duplicate_plan(&self, id: PlanId, title: &str) {
        let app = *self;
        field!(app.plans).update(|v| {
            if let Some(p) = v.iter().find(|p| p.id == id) {
                let copy = PlanSummary {
                    id: new_id(),
                    title: title.to_owned(),
                    promoter_comune: p.promoter_comune.clone(),
                    updated_at: now(),
                };
                v.insert(0, copy);
            }
        });
    }
    fn delete_plan(&self, id: PlanId) {
        let app = *self;
        field!(app.plans).update(|v| v.retain(|p| p.id != id));
    }
}

// ---------------------------------------------------------------- listeners

type Handler = Box<dyn Fn(web_sys::Event)>;

/// One instantiation of leptos-use's `use_event_listener` (as the app's `src/components/listen.rs`).
fn listen(target: web_sys::EventTarget, event: &'static str, handler: Handler) {
    let _ = leptos_use::use_event_listener(
        target,
        leptos::ev::Custom::<web_sys::Event>::new(event),
        handler,
    );
}

fn on_window<E: JsCast>(event: &'static str, handler: impl Fn(E) + 'static) {
    listen(
        window().into(),
        event,
        Box::new(move |e| handler(e.unchecked_into())),
    );
}

// ---------------------------------------------------------------- views

#[component]
fn App() -> impl IntoView {
    #[cfg(feature = "i18n")]
    return view! {
        <I18nContextProvider>
            <Shell />
        </I18nContextProvider>
    };
    #[cfg(not(feature = "i18n"))]
    {
        provide_context(I18n(RwSignal::new(Locale::it)));
        view! { <Shell /> }
    }
}

#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let chosen = match get(LOCALE).as_deref() {
            Some("en") => Locale::en,
            _ => Locale::it,
        };
        if i18n.get_locale_untracked() != chosen {
            i18n.set_locale(chosen);
        }
    });
    let app = provide_app();
    app.reload();
    on_window("storage", move |e: web_sys::StorageEvent| {
        if e.key().is_none_or(|k| k.starts_with("alleanze.")) {
            app.reload();
        }
    });
    view! {
        <a class="skip-link" href="#contenuto">{tr!(i18n, app.skip_to_content)}</a>
        <Header />
        <div class="layout">
            <main id="contenuto" tabindex="-1" class="main">
                <PlansScreen />
            </main>
        </div>
        <footer class="footer">
            <p>{tr!(i18n, app.footer)}</p>
        </footer>
    }
}

#[cfg(not(feature = "i18n"))]
impl I18n {
    fn get_locale_untracked(&self) -> Locale {
        self.0.get_untracked()
    }
}

#[component]
fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let switch_lang = move |_| {
        let next = match i18n.get_locale() {
            Locale::it => Locale::en,
            Locale::en => Locale::it,
        };
        i18n.set_locale(next);
        set(LOCALE, next.as_str());
    };
    let other_lang = move || match i18n.get_locale() {
        Locale::it => "en",
        Locale::en => "it",
    };
    view! {
        <header class="header">
            <div class="header-brand">
                <span class="brand-name">{tr!(i18n, app.name)}</span>
                <span class="brand-tagline">{tr!(i18n, app.tagline)}</span>
            </div>
            <button
                type="button"
                class="btn btn-link lang-switch"
                lang=other_lang
                aria-label=move || ts!(i18n, app.switch_to_other_label)
                on:click=switch_lang
            >
                {tr!(i18n, app.switch_to_other)}
            </button>
        </header>
    }
}

#[component]
fn PlansScreen() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let new_title = RwSignal::new(String::new());
    let create = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        app.create_plan(&new_title.get_untracked());
        new_title.set(String::new());
    };
    let plans = move || field!(app.plans).get();
    let used_kb = move || field!(app.usage_bytes).get().div_ceil(1024);
    view! {
        <section class="screen" aria-labelledby="plans-title">
            <h1 id="plans-title">{tr!(i18n, plans.title)}</h1>
            <p class="lead">{tr!(i18n, plans.intro)}</p>
            <form class="form form-inline" on:submit=create>
                <div class="form-group">
                    <label for="new-plan-title">{tr!(i18n, plans.new_title_label)}</label>
                    <input
                        id="new-plan-title"
                        type="text"
                        placeholder=move || ts!(i18n, plans.new_title_placeholder)
                        bind:value=new_title
                    />
                </div>
                <button type="submit" class="btn btn-primary">{tr!(i18n, plans.create)}</button>
            </form>
            <Show
                when=move || !field!(app.plans).with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{tr!(i18n, plans.empty)}</p> }
            >
                <ul class="plan-list" aria-label=move || ts!(i18n, plans.list_label)>
                    <For each=plans key=|s| (s.id, s.title.clone(), s.updated_at) let(summary)>
                        <PlanCard summary />
                    </For>
                </ul>
            </Show>
            <p class="storage-info">
                {move || ts!(i18n, plans.storage_used, used = used_kb())}
            </p>
        </section>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Idle,
    Renaming,
    ConfirmingDelete,
}

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

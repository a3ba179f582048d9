//! Values read from the open plan that wake their readers only when they
//! change. A `Memo` of the plan would be marked for checking on every edit,
//! and with it every effect that reads it: with hundreds of register rows that
//! was most of a keystroke's time. Here one effect per value compares the new
//! value with the old and sets the signal only on a real change.
use crate::model::list::Identified;
use crate::model::{Plan, PlanId};
use crate::state::{use_app, AppStateStoreFields};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// A value computed from the plan, updated only when it changes.
pub fn mirror<T>(f: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Signal<T>
where
    T: PartialEq + Default + Send + Sync + 'static,
{
    let app = use_app();
    let init = app
        .store
        .current()
        .with_untracked(|p| p.as_ref().map(&f))
        .unwrap_or_default();
    let sig = RwSignal::new(init);
    Effect::new(move |_| {
        if let Some(v) = app.with_plan(&f) {
            if sig.with_untracked(|old| *old != v) {
                sig.set(v);
            }
        }
    });
    sig.into()
}

/// Like [`mirror`], for a value that may lag a little behind typing (the
/// completeness view): recomputed once the edits pause for `delay_ms`, so a
/// burst of keystrokes pays for it once. `also` reads what else it depends on
/// (e.g. the language), so a change of that recomputes it too.
pub fn mirror_later<T>(
    delay_ms: u64,
    also: impl Fn() + Send + Sync + 'static,
    f: impl Fn(&Plan) -> T + Send + Sync + 'static,
) -> Signal<T>
where
    T: PartialEq + Default + Send + Sync + 'static,
{
    let app = use_app();
    let f = Arc::new(f);
    let init = app
        .store
        .current()
        .with_untracked(|p| p.as_ref().map(|p| f(p)))
        .unwrap_or_default();
    let sig = RwSignal::new(init);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        app.store.current().track();
        also();
        if first.is_none() {
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let f = f.clone();
        let handle = set_timeout_with_handle(
            move || {
                // Values read here (the language, today) are read untracked:
                // the effect above reruns on every change of the plan.
                if let Some(v) = untrack(|| app.with_plan(|p| f(p))) {
                    if sig.with_untracked(|old| *old != v) {
                        sig.set(v);
                    }
                }
            },
            std::time::Duration::from_millis(delay_ms),
        )
        .ok();
        pending.set_value(handle);
    });
    sig.into()
}

type ListFn<T> = Arc<dyn for<'a> Fn(&'a Plan) -> &'a [T] + Send + Sync>;

/// A register of the plan as one signal per item (and the list of ids), so
/// that typing in one row wakes that row only.
pub struct Keyed<T: Send + Sync + 'static> {
    pub ids: Signal<Vec<PlanId>>,
    map: StoredValue<HashMap<PlanId, RwSignal<Option<T>>>>,
    list: StoredValue<ListFn<T>>,
    owner: StoredValue<Option<Owner>>,
}

impl<T: Send + Sync + 'static> Clone for Keyed<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Keyed<T> {}

impl<T> Keyed<T>
where
    T: Identified + Clone + PartialEq + Send + Sync + 'static,
{
    pub fn new(list: impl for<'a> Fn(&'a Plan) -> &'a [T] + Send + Sync + 'static) -> Self {
        let app = use_app();
        let list: ListFn<T> = Arc::new(list);
        let ids = {
            let list = list.clone();
            mirror(move |p| list(p).iter().map(Identified::id).collect::<Vec<_>>())
        };
        let map = StoredValue::new(HashMap::<PlanId, RwSignal<Option<T>>>::new());
        let l = list.clone();
        Effect::new(move |_| {
            let mut changed = Vec::new();
            app.with_plan(|p| {
                map.with_value(|m| {
                    for x in l(p) {
                        if let Some(s) = m.get(&x.id()) {
                            if s.with_untracked(|v| v.as_ref() != Some(x)) {
                                changed.push((*s, x.clone()));
                            }
                        }
                    }
                })
            });
            for (s, x) in changed {
                s.set(Some(x));
            }
        });
        Keyed {
            ids,
            map,
            list: StoredValue::new(list),
            owner: StoredValue::new(Owner::current()),
        }
    }

    /// The signal of one item (created on first use, owned by the register so
    /// it outlives the row that asked for it: undo may bring the row back).
    pub fn row(&self, id: PlanId) -> RwSignal<Option<T>> {
        if let Some(s) = self.map.with_value(|m| m.get(&id).copied()) {
            return s;
        }
        let list = self.list.get_value();
        let init = use_app().store.current().with_untracked(|p| {
            p.as_ref()
                .and_then(|p| list(p).iter().find(|x| x.id() == id).cloned())
        });
        let s = owned_signal(self.owner.get_value(), init);
        self.map.update_value(|m| {
            m.insert(id, s);
        });
        s
    }
}

type DeriveFn<T> = Arc<dyn Fn(&Plan) -> HashMap<PlanId, T> + Send + Sync>;

/// A value derived per item (e.g. the promoter's name of each intervention),
/// one signal per item, all computed by one effect: a change wakes only the
/// items whose value changed, not every reader of a shared list.
pub struct PerItem<T: Send + Sync + 'static> {
    map: StoredValue<HashMap<PlanId, RwSignal<T>>>,
    last: StoredValue<HashMap<PlanId, T>>,
    owner: StoredValue<Option<Owner>>,
}

impl<T: Send + Sync + 'static> Clone for PerItem<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for PerItem<T> {}

impl<T> PerItem<T>
where
    T: Clone + PartialEq + Default + Send + Sync + 'static,
{
    pub fn new(f: impl Fn(&Plan) -> HashMap<PlanId, T> + Send + Sync + 'static) -> Self {
        let app = use_app();
        let f: DeriveFn<T> = Arc::new(f);
        let init = app
            .store
            .current()
            .with_untracked(|p| p.as_ref().map(|p| f(p)))
            .unwrap_or_default();
        let map = StoredValue::new(HashMap::<PlanId, RwSignal<T>>::new());
        let last = StoredValue::new(init);
        Effect::new(move |_| {
            let Some(values) = app.with_plan(|p| f(p)) else {
                return;
            };
            let mut changed = Vec::new();
            map.with_value(|m| {
                for (id, s) in m {
                    let v = values.get(id).cloned().unwrap_or_default();
                    if s.with_untracked(|old| *old != v) {
                        changed.push((*s, v));
                    }
                }
            });
            last.set_value(values);
            for (s, v) in changed {
                s.set(v);
            }
        });
        PerItem {
            map,
            last,
            owner: StoredValue::new(Owner::current()),
        }
    }

    pub fn get(&self, id: PlanId) -> RwSignal<T> {
        if let Some(s) = self.map.with_value(|m| m.get(&id).copied()) {
            return s;
        }
        let init = self
            .last
            .with_value(|l| l.get(&id).cloned())
            .unwrap_or_default();
        let s = owned_signal(self.owner.get_value(), init);
        self.map.update_value(|m| {
            m.insert(id, s);
        });
        s
    }
}

/// A signal owned by `owner` (the register), not by the row being built.
fn owned_signal<T: Send + Sync + 'static>(owner: Option<Owner>, init: T) -> RwSignal<T> {
    let make = move || RwSignal::new(init);
    match owner {
        Some(o) => o.with(make),
        None => make(),
    }
}

//! One signal per key, all fed by one effect. When the source changes, only
//! the keys whose value changed wake their readers.
//!
//! Hundreds of cells or chips each reading a shared memo all re-run when it
//! changes, and each re-run re-subscribes, which Leptos' subscriber sets make
//! quadratic: profiled on the 40 × 12 matrix with 300 alliances, that was the
//! largest single cost of a move. With `PerKey` a new selection wakes two
//! cells, a move the handful of cells and chips it touches.
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

type Lookup<K, V> = Arc<dyn Fn(&K) -> V + Send + Sync>;

pub struct PerKey<K: Send + Sync + 'static, V: Send + Sync + 'static> {
    signals: StoredValue<BTreeMap<K, RwSignal<V>>>,
    /// The current value of a key that has no signal yet.
    lookup: StoredValue<Lookup<K, V>>,
    owner: StoredValue<Option<Owner>>,
}

impl<K: Send + Sync + 'static, V: Send + Sync + 'static> Clone for PerKey<K, V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K: Send + Sync + 'static, V: Send + Sync + 'static> Copy for PerKey<K, V> {}

impl<K, V> PerKey<K, V>
where
    K: Ord + Clone + Send + Sync + 'static,
    V: Clone + PartialEq + Default + Send + Sync + 'static,
{
    /// `source` gives the value of every key that is not `V::default()`; it
    /// is tracked, so it reruns when what it reads changes.
    pub fn new(source: impl Fn() -> BTreeMap<K, V> + Send + Sync + 'static) -> Self {
        let first = untrack(&source);
        let signals = StoredValue::new(BTreeMap::<K, RwSignal<V>>::new());
        let last = StoredValue::new(first);
        Effect::new(move |_| {
            let values = source();
            let changed = signals.with_value(|m| changes(m, &values));
            last.set_value(values);
            for (s, v) in changed {
                s.set(v);
            }
        });
        let lookup: Lookup<K, V> =
            Arc::new(move |k| last.with_value(|m| m.get(k).cloned().unwrap_or_default()));
        Self::with_lookup(signals, lookup)
    }

    /// Like [`PerKey::new`] for a map that a memo already holds (`part` finds
    /// it in the memo's value): read in place, never copied, so an edit costs
    /// a comparison per key that has readers, not a copy of the whole map.
    pub fn over<T: Send + Sync + 'static>(memo: Memo<T>, part: fn(&T) -> &BTreeMap<K, V>) -> Self {
        let signals = StoredValue::new(BTreeMap::<K, RwSignal<V>>::new());
        Effect::new(move |_| {
            let changed = memo.with(|t| signals.with_value(|m| changes(m, part(t))));
            for (s, v) in changed {
                s.set(v);
            }
        });
        let lookup: Lookup<K, V> =
            Arc::new(move |k| memo.with_untracked(|t| part(t).get(k).cloned().unwrap_or_default()));
        Self::with_lookup(signals, lookup)
    }

    fn with_lookup(signals: StoredValue<BTreeMap<K, RwSignal<V>>>, lookup: Lookup<K, V>) -> Self {
        PerKey {
            signals,
            lookup: StoredValue::new(lookup),
            owner: StoredValue::new(Owner::current()),
        }
    }

    /// The value for `key`, tracked: the reader wakes only when it changes.
    pub fn get(&self, key: &K) -> V {
        self.signal(key).get()
    }

    fn signal(&self, key: &K) -> RwSignal<V> {
        if let Some(s) = self.signals.with_value(|m| m.get(key).copied()) {
            return s;
        }
        let init = self.lookup.with_value(|f| f(key));
        // Owned by the map's owner, so it outlives the row that asked for it.
        let s = match self.owner.get_value() {
            Some(o) => o.with(|| RwSignal::new(init)),
            None => RwSignal::new(init),
        };
        self.signals.update_value(|m| {
            m.insert(key.clone(), s);
        });
        s
    }
}

/// The signals in `signals` whose value differs from `values` (a key missing
/// from `values` has the default value), with their new value.
fn changes<K: Ord, V: Clone + PartialEq + Default + Send + Sync + 'static>(
    signals: &BTreeMap<K, RwSignal<V>>,
    values: &BTreeMap<K, V>,
) -> Vec<(RwSignal<V>, V)> {
    let mut changed = Vec::new();
    for (k, s) in signals {
        let differs = s.with_untracked(|old| match values.get(k) {
            Some(v) => old != v,
            None => *old != V::default(),
        });
        if differs {
            changed.push((*s, values.get(k).cloned().unwrap_or_default()));
        }
    }
    changed
}

/// A copy of what `source` reads, as a signal that an effect sets only when
/// the value changes. Readers of a memo are all marked for a check whenever
/// anything the memo reads changes (for a memo over the plan: every edit),
/// and each check of a render effect is a task to poll; readers of this
/// signal are woken only by a real change. Between an edit and the end of its
/// task's microtasks the copy still holds the old value: read the plan itself
/// in an event handler that needs what an edit just changed.
pub fn stable<T>(source: impl Fn() -> T + Send + Sync + 'static) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (read, write) = signal(untrack(&source));
    Effect::new(move |_| {
        let value = source();
        if read.with_untracked(|old| *old != value) {
            write.set(value);
        }
    });
    read
}

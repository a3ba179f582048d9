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

type Source<K, V> = Arc<dyn Fn() -> BTreeMap<K, V> + Send + Sync>;

pub struct PerKey<K: Send + Sync + 'static, V: Send + Sync + 'static> {
    signals: StoredValue<BTreeMap<K, RwSignal<V>>>,
    last: StoredValue<BTreeMap<K, V>>,
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
        let source: Source<K, V> = Arc::new(source);
        let first = untrack(|| source());
        let signals = StoredValue::new(BTreeMap::<K, RwSignal<V>>::new());
        let last = StoredValue::new(first);
        Effect::new(move |_| {
            let values = source();
            let mut changed = Vec::new();
            signals.with_value(|m| {
                for (k, s) in m {
                    let v = values.get(k).cloned().unwrap_or_default();
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
        PerKey {
            signals,
            last,
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
        let init = self
            .last
            .with_value(|m| m.get(key).cloned().unwrap_or_default());
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

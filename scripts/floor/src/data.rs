//! The floor app's data: the plan summary, the index in localStorage, ids,
//! times (as the reference app reads them before its engine arrives).
use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer};
use uuid::Uuid;
use wasm_bindgen::JsCast;
// ---------------------------------------------------------------- model

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(transparent)]
pub struct PlanId(pub Uuid);

impl std::fmt::Display for PlanId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// What the plans screen needs of a plan (as in the app's `src/model/`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct PlanSummary {
    pub id: PlanId,
    pub title: String,
    #[serde(default)]
    pub promoter_comune: String,
    #[serde(deserialize_with = "rfc3339")]
    pub updated_at: DateTime<Utc>,
}

pub(crate) fn rfc3339<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let text = String::deserialize(d)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| serde::de::Error::custom("not an RFC 3339 date and time"))
}

#[derive(Deserialize)]
pub(crate) struct IndexFile {
    pub plans: Vec<PlanSummary>,
}

// ---------------------------------------------------------------- storage

pub(crate) const INDEX: &str = "alleanze.index";
pub(crate) const PLAN_PREFIX: &str = "alleanze.plan.";
pub(crate) const LOCALE: &str = "alleanze.locale";

pub(crate) fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub(crate) fn get(key: &str) -> Option<String> {
    store()?.get_item(key).ok().flatten()
}

pub(crate) fn set(key: &str, value: &str) {
    if let Some(s) = store() {
        let _ = s.set_item(key, value);
    }
}

pub(crate) fn all_keys() -> Vec<String> {
    let Some(s) = store() else { return Vec::new() };
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
}

/// The index's entries whose plan is stored, each once, newest change first.
pub(crate) fn indexed() -> Vec<PlanSummary> {
    let Some(mut plans) = get(INDEX)
        .and_then(|t| serde_json::from_str::<IndexFile>(&t).ok())
        .map(|i| i.plans)
    else {
        return Vec::new();
    };
    let mut present: std::collections::BTreeSet<PlanId> = all_keys()
        .iter()
        .filter_map(|k| k.strip_prefix(PLAN_PREFIX))
        .filter_map(|t| Uuid::parse_str(t).ok().map(PlanId))
        .collect();
    plans.retain(|p| present.remove(&p.id));
    plans.sort_by_key(|p| std::cmp::Reverse(p.updated_at));
    plans
}

/// Bytes used by the app's keys (UTF-16).
pub(crate) fn usage_bytes() -> usize {
    all_keys()
        .into_iter()
        .filter(|k| k.starts_with("alleanze."))
        .map(|k| {
            let v = store()
                .and_then(|s| js_sys::Reflect::get(&s, &k.as_str().into()).ok())
                .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
                .map_or(0, |v| v.length() as usize);
            (k.len() + v) * 2
        })
        .sum()
}

pub(crate) fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

pub(crate) fn new_id() -> PlanId {
    let mut bytes = [0u8; 16];
    if let Some(c) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = c.get_random_values_with_u8_array(&mut bytes);
    }
    PlanId(uuid::Builder::from_random_bytes(bytes).into_uuid())
}

pub(crate) fn when(t: DateTime<Utc>) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.timestamp_millis() as f64));
    format!(
        "{:02}/{:02}/{:04} {:02}:{:02}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    )
}

//! localStorage: one key per plan, a revision counter per plan, an index, a
//! session backup and a recovery area for data that could not be read.
//!
//! Rules: stored text that cannot be read is never overwritten (it is moved to
//! the recovery area first, and left in place if even that fails); a write is
//! refused when another tab saved since our base revision; every failed write
//! is reported to the caller, never swallowed.
use super::exports::{self, ExportMark};
use super::format::{self, LoadError, Loaded};
use super::keys;
use super::revision::{self, SaveDecision, Stamp, Token};
use crate::engine::Engine;
use crate::model::{Plan, PlanId, PlanSummary};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq)]
pub enum WriteError {
    Conflict,
    Quota,
    Unavailable,
    Other(String),
}

/// Stored text that could not be read, kept aside under a recovery key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recovered {
    pub original_key: String,
    pub reason: String,
    #[serde(with = "crate::model::ts")]
    pub set_aside_at: DateTime<Utc>,
    pub raw: String,
}

/// What the plans screen needs after scanning storage.
#[derive(Default)]
pub struct Scan {
    pub plans: Vec<PlanSummary>,
    pub recovered: Vec<(String, Recovered)>,
    /// Data found unreadable during this scan (to tell the user at once).
    pub newly_set_aside: usize,
}

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn available() -> bool {
    store().is_some()
}

fn get(key: &str) -> Option<String> {
    store()?.get_item(key).ok().flatten()
}

fn set(key: &str, value: &str) -> Result<(), WriteError> {
    let s = store().ok_or(WriteError::Unavailable)?;
    s.set_item(key, value)
        .map_err(|e| match e.dyn_ref::<web_sys::DomException>() {
            Some(d) if d.name() == "QuotaExceededError" || d.code() == 22 => WriteError::Quota,
            Some(d) => WriteError::Other(d.message()),
            None => WriteError::Other(format!("{e:?}")),
        })
}

fn remove(key: &str) {
    if let Some(s) = store() {
        let _ = s.remove_item(key);
    }
}

fn all_keys() -> Vec<String> {
    let Some(s) = store() else { return Vec::new() };
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
}

/// Moves unreadable text out of the way. Returns false (and leaves it where it
/// is) when the copy could not be written: losing it is never an option.
fn set_aside(key: &str, raw: String, reason: &LoadError, now: DateTime<Utc>) -> bool {
    let rec = Recovered {
        original_key: key.to_owned(),
        reason: reason.to_string(),
        set_aside_at: now,
        raw,
    };
    let name = format!(
        "{}.{}",
        key.trim_start_matches(keys::PLAN_PREFIX),
        now.timestamp_millis()
    );
    let text = serde_json::to_string(&rec).expect("serializable");
    if set(&keys::recovery(&name), &text).is_ok() {
        remove(key);
        true
    } else {
        false
    }
}

/// Reads every stored plan, sets aside the unreadable ones, repairs the index
/// (entries without a plan are dropped, plans missing from it are added).
/// Done once at start-up: it decodes every plan.
pub fn scan(e: &Engine, now: DateTime<Utc>) -> Scan {
    survey(e, now, None)
}

/// The list as the index has it, checked against the keys present, before
/// the engine is loaded (so nothing can be decoded, and nothing is written):
/// what the plans screen shows at once at start-up, until [`scan`] completes
/// it (plans missing from the index, data set aside, a repaired index).
pub fn indexed() -> Scan {
    let Some(mut plans) = format::decode_index(get(keys::INDEX).as_deref()) else {
        return Scan::default();
    };
    let mut present: BTreeSet<PlanId> = all_keys()
        .iter()
        .filter_map(|k| keys::plan_id_of(k))
        .collect();
    // An entry without its plan is left out, and so is a repeated one.
    plans.retain(|p| present.remove(&p.id));
    plans.sort_by_key(|p| std::cmp::Reverse(p.updated_at));
    Scan {
        plans,
        ..Scan::default()
    }
}

/// The plans screen's list after a change made by this app (or an index
/// change from another tab): the index, checked against the keys present.
/// Only plans missing from the index are decoded, so a 1 MB plan is not read
/// again after each import, create or rename. Falls back to a full scan when
/// the index itself cannot be read.
pub fn list(e: &Engine, now: DateTime<Utc>) -> Scan {
    match format::decode_index(get(keys::INDEX).as_deref()) {
        Some(index) => survey(e, now, Some(index)),
        None => scan(e, now),
    }
}

/// Lists the plans; those missing from `known` are decoded with `e`.
fn survey(e: &Engine, now: DateTime<Utc>, known: Option<Vec<PlanSummary>>) -> Scan {
    let mut plans = Vec::new();
    let mut newly_set_aside = 0;
    let mut unreadable_left = Vec::new();
    for key in all_keys() {
        let Some(id) = keys::plan_id_of(&key) else {
            continue;
        };
        if let Some(entry) = known.as_ref().and_then(|k| k.iter().find(|e| e.id == id)) {
            plans.push(entry.clone());
            continue;
        }
        let Some(raw) = get(&key) else { continue };
        let err = match (e.decode)(&raw) {
            Ok(Loaded { plan, .. }) if plan.id == id => {
                plans.push(plan.summary());
                continue;
            }
            Ok(_) => LoadError::BadField {
                path: "plan.id".into(),
                detail: "does not match the storage key".into(),
            },
            Err(err) => err,
        };
        newly_set_aside += 1;
        if !set_aside(&key, raw, &err, now) {
            unreadable_left.push(key);
        }
    }
    plans.sort_by_key(|p| std::cmp::Reverse(p.updated_at));
    let index = format::decode_index(get(keys::INDEX).as_deref());
    if index.as_ref() != Some(&plans) {
        let _ = set(keys::INDEX, &format::encode_index(&plans));
    }
    let mut recovered: Vec<(String, Recovered)> = all_keys()
        .into_iter()
        .filter(|k| k.starts_with(keys::RECOVERY_PREFIX))
        .filter_map(|k| {
            let rec = serde_json::from_str::<Recovered>(&get(&k)?).ok()?;
            Some((k, rec))
        })
        .collect();
    for key in unreadable_left {
        let raw = get(&key).unwrap_or_default();
        recovered.push((
            key.clone(),
            Recovered {
                original_key: key,
                reason: "unreadable; storage full, left in place".into(),
                set_aside_at: now,
                raw,
            },
        ));
    }
    recovered.sort_by_key(|r| std::cmp::Reverse(r.1.set_aside_at));
    Scan {
        plans,
        recovered,
        newly_set_aside,
    }
}

/// Reads one plan.
pub fn read(e: &Engine, id: PlanId) -> Result<Option<Loaded>, LoadError> {
    let Some(raw) = get(&keys::plan(id)) else {
        return Ok(None);
    };
    (e.decode)(&raw).map(Some)
}

pub fn exists(id: PlanId) -> bool {
    let key = keys::plan(id);
    all_keys().contains(&key)
}

/// The stamp of the last save of a plan: `None` when none is stored,
/// `Some(None)` when it cannot be read.
fn stored_stamp(id: PlanId) -> Option<Option<Stamp>> {
    get(&keys::revision(id)).map(|t| Stamp::parse(&t))
}

/// The token a tab opening `loaded` now bases its saves on.
pub fn base_of(loaded: &Loaded) -> Token {
    match stored_stamp(loaded.plan.id) {
        Some(Some(stamp)) => stamp.token,
        _ => Token {
            n: loaded.revision,
            writer: String::new(),
        },
    }
}

thread_local! {
    static TAB: String = format!("{:08x}", (js_sys::Math::random() * 4_294_967_295.0) as u32);
}

/// This tab's id, part of every stamp it writes.
pub fn tab_id() -> String {
    TAB.with(Clone::clone)
}

/// Saves `plan` if no other tab saved since `base` (or unconditionally when
/// `force`, after the user chose), and returns the new base.
pub fn write(
    e: &Engine,
    plan: &Plan,
    base: &Token,
    force: bool,
    now: DateTime<Utc>,
) -> Result<Token, WriteError> {
    let stored = stored_stamp(plan.id);
    let writer = tab_id();
    let next = match revision::decide(stored.as_ref().map(Option::as_ref), base, &writer) {
        SaveDecision::Write { next } => next,
        SaveDecision::Conflict if force => {
            let stored_n = stored.flatten().map_or(0, |s| s.token.n);
            Token {
                n: stored_n.max(base.n) + 1,
                writer,
            }
        }
        SaveDecision::Conflict => return Err(WriteError::Conflict),
    };
    set(&keys::plan(plan.id), &(e.encode_stored)(plan, next.n, now))?;
    let stamp = Stamp {
        token: next.clone(),
        parent: base.clone(),
    };
    set(&keys::revision(plan.id), &stamp.encode())?;
    upsert_index(plan.summary());
    Ok(next)
}

fn upsert_index(summary: PlanSummary) {
    let mut entries = format::decode_index(get(keys::INDEX).as_deref()).unwrap_or_default();
    entries.retain(|e| e.id != summary.id);
    entries.insert(0, summary);
    let _ = set(keys::INDEX, &format::encode_index(&entries));
}

/// Removes a plan and everything kept for it except recovery data.
pub fn delete(id: PlanId) {
    remove(&keys::plan(id));
    remove(&keys::revision(id));
    remove(&keys::backup(id));
    remove(&keys::exported(id));
    remove(&keys::guide_hidden(id));
    let mut entries = format::decode_index(get(keys::INDEX).as_deref()).unwrap_or_default();
    entries.retain(|e| e.id != id);
    let _ = set(keys::INDEX, &format::encode_index(&entries));
}

pub fn last_export(id: PlanId) -> Option<ExportMark> {
    exports::decode(get(&keys::exported(id)).as_deref())
}

pub fn record_export(id: PlanId, mark: &ExportMark) {
    let _ = set(&keys::exported(id), &exports::encode(mark));
}

/// Keeps the plan as it was when first opened in this session (best effort:
/// a full storage must not stop the user from working).
/// The text is copied on the JavaScript side, never through wasm memory.
pub fn backup(id: PlanId) {
    let Some(s) = store() else { return };
    if let Ok(raw) = js_sys::Reflect::get(&s, &keys::plan(id).into()) {
        if raw.is_string() {
            let _ = js_sys::Reflect::set(&s, &keys::backup(id).into(), &raw);
        }
    }
}

pub fn discard_recovered(key: &str) {
    remove(key);
}

/// Bytes used by this app's keys (UTF-16, as browsers count the quota).
pub fn usage_bytes() -> usize {
    all_keys()
        .into_iter()
        .filter(|k| keys::is_ours(k))
        .map(|k| (k.len() + utf16_len(&k)) * 2)
        .sum()
}

/// The length of a stored value in UTF-16 units, read on the JavaScript side
/// (copying a 1 MB plan into wasm just to count it took longer than saving it).
fn utf16_len(key: &str) -> usize {
    // Our keys ("alleanze.…") never name a member of Storage, so a property
    // read returns the stored item itself.
    store()
        .and_then(|s| js_sys::Reflect::get(&s, &key.into()).ok())
        .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
        .map_or(0, |v| v.length() as usize)
}

/// A small preference outside any plan (best effort: failing to remember a
/// preference must not disturb the user).
pub fn read_pref(key: &str) -> Option<String> {
    get(key)
}

pub fn write_pref(key: &str, value: &str) {
    let _ = set(key, value);
}

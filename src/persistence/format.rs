//! The versioned envelope around a plan, used both for what localStorage keeps
//! and for the exported package, and the load pipeline: parse → check the
//! envelope → migrate step by step → deserialize (with field paths) → validate.
use crate::model::{validate, Plan, PlanId, PlanSummary, ValidationError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

pub use super::file_name::{handed_in_file_name, package_file_name};

pub const FORMAT: &str = "alleanza-di-scopo";
/// The schema version this build writes. Bump it with a migration in [`MIGRATIONS`].
pub const SCHEMA_VERSION: u64 = 1;
pub const GENERATOR: &str = concat!("Alleanze ", env!("CARGO_PKG_VERSION"));

/// Migrations from version `i + 1` to `i + 2` (pure functions on the JSON).
/// Version 1 is the first released format, so the list is empty for now; the
/// pipeline already walks it so the next version only adds an entry.
type Migration = fn(Value) -> Result<Value, LoadError>;
const MIGRATIONS: &[Migration] = &[];

/// What localStorage keeps for one plan.
#[derive(Serialize)]
struct StoredOut<'a> {
    format: &'static str,
    version: u64,
    revision: u64,
    saved_at: String,
    plan: &'a Plan,
}

/// The exported package (the file a user attaches to an email).
#[derive(Serialize)]
struct PackageOut<'a> {
    format: &'static str,
    version: u64,
    generator: &'static str,
    exported_at: String,
    /// Who handed the file in (a trainee's exercise): absent otherwise, and
    /// ignored by readers, so older files and older readers are unaffected.
    #[serde(skip_serializing_if = "Option::is_none")]
    handed_in_by: Option<&'a str>,
    plan: &'a Plan,
}

#[derive(Deserialize)]
struct Envelope {
    #[serde(default)]
    revision: u64,
    plan: Plan,
}

/// A plan read back, with the revision it was stored at (0 for a package).
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub plan: Plan,
    pub revision: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    NotJson {
        line: usize,
        column: usize,
    },
    NotAnObject,
    WrongFormat,
    MissingVersion,
    BadVersion,
    NewerVersion(u64),
    /// A field of the wrong type, or missing: `path` names it.
    BadField {
        path: String,
        detail: String,
    },
    Invalid(Vec<ValidationError>),
}

impl LoadError {
    /// The field path the error is about, if any (shown to the user).
    pub fn path(&self) -> Option<String> {
        match self {
            LoadError::BadField { path, .. } => Some(path.clone()),
            LoadError::Invalid(errors) => errors.first().map(|e| e.path.clone()),
            LoadError::WrongFormat => Some("format".into()),
            LoadError::MissingVersion | LoadError::BadVersion | LoadError::NewerVersion(_) => {
                Some("version".into())
            }
            _ => None,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotJson { line, column } => {
                write!(f, "not valid JSON (line {line}, column {column})")
            }
            LoadError::NotAnObject => write!(f, "not a JSON object"),
            LoadError::WrongFormat => write!(f, "format: not an {FORMAT} file"),
            LoadError::MissingVersion => write!(f, "version: missing"),
            LoadError::BadVersion => write!(f, "version: not a positive integer"),
            LoadError::NewerVersion(v) => {
                write!(f, "version: {v} is newer than this app ({SCHEMA_VERSION})")
            }
            LoadError::BadField { path, detail } => write!(f, "{path}: {detail}"),
            LoadError::Invalid(errors) => {
                let parts: Vec<String> = errors.iter().map(ToString::to_string).collect();
                write!(f, "{}", parts.join("; "))
            }
        }
    }
}

impl std::error::Error for LoadError {}

fn rfc3339(t: DateTime<Utc>) -> String {
    crate::model::ts::format(&t)
}

/// The text stored in localStorage for `plan` at `revision`.
pub fn encode_stored(plan: &Plan, revision: u64, saved_at: DateTime<Utc>) -> String {
    let out = StoredOut {
        format: FORMAT,
        version: SCHEMA_VERSION,
        revision,
        saved_at: rfc3339(saved_at),
        plan,
    };
    serde_json::to_string(&out).expect("a plan always serializes")
}

/// The exported package: pretty-printed, keys in a fixed order, so two exports
/// of the same plan at the same time are byte-identical.
pub fn encode_package(plan: &Plan, exported_at: DateTime<Utc>) -> String {
    encode_handed_in(plan, exported_at, None)
}

/// The package of an exercise handed in by `trainee` (see [`encode_package`]).
pub fn encode_handed_in(plan: &Plan, exported_at: DateTime<Utc>, trainee: Option<&str>) -> String {
    let out = PackageOut {
        format: FORMAT,
        version: SCHEMA_VERSION,
        generator: GENERATOR,
        exported_at: rfc3339(exported_at),
        handed_in_by: trainee.map(str::trim).filter(|t| !t.is_empty()),
        plan,
    };
    let mut text = serde_json::to_string_pretty(&out).expect("a plan always serializes");
    text.push('\n');
    text
}

/// The envelope's header alone: reading it checks the syntax of the whole
/// text but skips the plan without building a value tree for it.
#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    format: Field,
    #[serde(default)]
    version: Field,
}

/// A header field: absent (`None`) is told apart from `null`.
#[derive(Default)]
struct Field(Option<Value>);

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Value::deserialize(d).map(|v| Field(Some(v)))
    }
}

fn not_json(e: &serde_json::Error) -> LoadError {
    LoadError::NotJson {
        line: e.line(),
        column: e.column(),
    }
}

/// Reads a stored plan or a package, whatever version it was written with.
pub fn decode(text: &str) -> Result<Loaded, LoadError> {
    // The usual case, an object with a readable header, is parsed once more
    // only into the plan; anything unusual (not an object, duplicate header
    // keys) takes the general path through a JSON tree.
    let fast = match text.trim_start().starts_with('{') {
        true => match serde_json::from_str::<Head>(text) {
            Ok(head) => Some(head),
            Err(e) if e.is_syntax() || e.is_eof() => return Err(not_json(&e)),
            Err(_) => None,
        },
        false => None,
    };
    let (head, mut tree) = match fast {
        Some(head) => (head, None),
        None => {
            let value: Value = serde_json::from_str(text).map_err(|e| not_json(&e))?;
            let Value::Object(obj) = &value else {
                return Err(LoadError::NotAnObject);
            };
            let head = Head {
                format: Field(obj.get("format").cloned()),
                version: Field(obj.get("version").cloned()),
            };
            (head, Some(value))
        }
    };
    if head.format.0.as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(LoadError::WrongFormat);
    }
    let version = match head.version.0 {
        None => return Err(LoadError::MissingVersion),
        Some(v) => v
            .as_u64()
            .filter(|v| *v >= 1)
            .ok_or(LoadError::BadVersion)?,
    };
    if version > SCHEMA_VERSION {
        return Err(LoadError::NewerVersion(version));
    }
    // Older versions are migrated on the JSON tree and read back from text, so
    // there is one compiled deserializer for the document (bundle size).
    let migrated;
    let text = if version < SCHEMA_VERSION {
        let value = match tree.take() {
            Some(value) => value,
            None => serde_json::from_str(text).map_err(|e| not_json(&e))?,
        };
        migrated = migrate(value, version)?.to_string();
        migrated.as_str()
    } else {
        text
    };
    let envelope = read_envelope(text)?;
    let errors = validate(&envelope.plan);
    if !errors.is_empty() {
        return Err(LoadError::Invalid(errors));
    }
    Ok(Loaded {
        plan: envelope.plan,
        revision: envelope.revision,
    })
}

/// An independent copy of `plan`: the plan and every item in it get a new id,
/// and every reference to an old id anywhere in the document is rewritten, so
/// the copy is consistent and shares no identity with the original.
///
/// It goes through the same JSON paths as saving and loading (one compiled
/// copy of the (de)serializers keeps the bundle small) and therefore also
/// covers sections added later without any change here.
pub fn fresh_copy(
    plan: &Plan,
    mut fresh: impl FnMut() -> PlanId,
    title: &str,
    now: DateTime<Utc>,
) -> Plan {
    fn collect(v: &Value, ids: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(id)) = map.get("id") {
                    ids.push(id.clone());
                }
                map.values().for_each(|x| collect(x, ids));
            }
            Value::Array(items) => items.iter().for_each(|x| collect(x, ids)),
            _ => {}
        }
    }
    fn rewrite(v: &mut Value, map: &BTreeMap<String, String>) {
        match v {
            Value::String(s) => {
                if let Some(new) = map.get(s.as_str()) {
                    s.clone_from(new);
                }
            }
            Value::Object(m) => m.values_mut().for_each(|x| rewrite(x, map)),
            Value::Array(items) => items.iter_mut().for_each(|x| rewrite(x, map)),
            _ => {}
        }
    }
    let text = encode_stored(plan, 0, now);
    // Neither step can fail on text we just wrote; should one ever do, the copy
    // still gets its own plan id, which is what keeps it from overwriting the
    // original.
    let fallback = |mut fresh: Box<dyn FnMut() -> PlanId + '_>| {
        let mut copy = plan.clone();
        copy.id = fresh();
        copy
    };
    let Ok(mut value) = serde_json::from_str::<Value>(&text) else {
        return stamp(fallback(Box::new(fresh)), title, now);
    };
    let mut ids = Vec::new();
    collect(&value["plan"], &mut ids);
    let map: BTreeMap<String, String> = ids
        .into_iter()
        .map(|old| (old, fresh().to_string()))
        .collect();
    rewrite(&mut value["plan"], &map);
    let copy = match read_envelope(&value.to_string()) {
        Ok(envelope) => envelope.plan,
        Err(_) => fallback(Box::new(fresh)),
    };
    stamp(copy, title, now)
}

fn stamp(mut copy: Plan, title: &str, now: DateTime<Utc>) -> Plan {
    copy.title = title.to_owned();
    copy.created_at = now;
    copy.updated_at = now;
    copy
}

/// Deserializes the envelope; an error names the field path.
fn read_envelope(text: &str) -> Result<Envelope, LoadError> {
    serde_json::from_str::<Envelope>(text).map_err(|e| {
        let path = super::json_path::path_at(text, e.line(), e.column());
        let detail = e.to_string();
        let detail = match detail.rfind(" at line ") {
            Some(i) => detail[..i].to_owned(),
            None => detail,
        };
        LoadError::BadField { path, detail }
    })
}

fn migrate(mut value: Value, from: u64) -> Result<Value, LoadError> {
    for step in MIGRATIONS.iter().skip((from - 1) as usize) {
        value = step(value)?;
    }
    Ok(value)
}

/// The index of plans kept beside them, so the plans screen lists them cheaply.
#[derive(Serialize, Deserialize)]
struct IndexFile {
    version: u64,
    plans: Vec<PlanSummary>,
}

pub fn encode_index(plans: &[PlanSummary]) -> String {
    serde_json::to_string(&IndexFile {
        version: SCHEMA_VERSION,
        plans: plans.to_vec(),
    })
    .expect("summaries always serialize")
}

/// The index's entries; `None` when it is missing or unreadable (it is then
/// rebuilt from the plans themselves, which are the truth).
pub fn decode_index(text: Option<&str>) -> Option<Vec<PlanSummary>> {
    serde_json::from_str::<IndexFile>(text?)
        .ok()
        .map(|i| i.plans)
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;

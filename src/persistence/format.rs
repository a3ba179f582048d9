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

/// Reads a stored plan or a package, whatever version it was written with.
pub fn decode(text: &str) -> Result<Loaded, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(obj) = &value else {
        return Err(LoadError::NotAnObject);
    };
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(LoadError::WrongFormat);
    }
    let version = match obj.get("version") {
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
mod tests {
    use super::*;
    use crate::model::{PlanId, Stakeholder, StakeholderKind};
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(s, 0).unwrap()
    }

    fn plan() -> Plan {
        let mut p = Plan::new(
            PlanId::from_random_bytes([1; 16]),
            "Piano «Est»",
            at(100),
            crate::model::sequential_ids(9),
        );
        p.foundations.promoter_comune = "Comune di Esempio".into();
        p.stakeholders.push(Stakeholder {
            network: Default::default(),
            id: PlanId::from_random_bytes([2; 16]),
            name: "ASL <script>".into(),
            kind: StakeholderKind::HealthAuthority,
            profile: Default::default(),
        });
        p
    }

    #[test]
    fn a_stored_plan_reads_back_equal_with_its_revision() {
        let text = encode_stored(&plan(), 7, at(200));
        assert_eq!(
            decode(&text),
            Ok(Loaded {
                plan: plan(),
                revision: 7
            })
        );
    }

    #[test]
    fn a_package_reads_back_equal_and_is_byte_identical_when_exported_twice() {
        let a = encode_package(&plan(), at(300));
        let b = encode_package(&plan(), at(300));
        assert_eq!(a, b);
        assert!(a.starts_with("{\n  \"format\": \"alleanza-di-scopo\",\n  \"version\": 1,"));
        assert!(a.contains("\"exported_at\": \"1970-01-01T00:05:00.000Z\""));
        assert_eq!(decode(&a).unwrap().plan, plan());
    }

    #[test]
    fn a_handed_in_package_names_the_trainee_and_reads_back_like_any_other() {
        let text = encode_handed_in(&plan(), at(300), Some(" Anna Bianchi "));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["handed_in_by"], "Anna Bianchi");
        assert_eq!(decode(&text).unwrap().plan, plan());
        let plain = encode_handed_in(&plan(), at(300), Some("  "));
        assert_eq!(plain, encode_package(&plan(), at(300)));
        assert!(!plain.contains("handed_in_by"));
    }

    #[test]
    fn envelope_problems_are_refused_with_their_reason() {
        assert!(matches!(
            decode("{nope"),
            Err(LoadError::NotJson { line: 1, .. })
        ));
        assert_eq!(decode("[]"), Err(LoadError::NotAnObject));
        assert_eq!(
            decode(r#"{"format":"x","version":1}"#),
            Err(LoadError::WrongFormat)
        );
        assert_eq!(
            decode(r#"{"format":"alleanza-di-scopo"}"#),
            Err(LoadError::MissingVersion)
        );
        for bad in ["\"1\"", "1.5", "0", "-1"] {
            let text = format!(r#"{{"format":"alleanza-di-scopo","version":{bad}}}"#);
            assert_eq!(decode(&text), Err(LoadError::BadVersion), "{bad}");
        }
        assert_eq!(
            decode(r#"{"format":"alleanza-di-scopo","version":99}"#),
            Err(LoadError::NewerVersion(99))
        );
    }

    #[test]
    fn a_field_of_the_wrong_type_is_named_by_its_path() {
        let mut v: Value = serde_json::from_str(&encode_stored(&plan(), 1, at(0))).unwrap();
        v["plan"]["stakeholders"][0]["kind"] = Value::from(12);
        let err = decode(&v.to_string()).unwrap_err();
        assert_eq!(err.path().as_deref(), Some("plan.stakeholders[0].kind"));
        v["plan"]["stakeholders"][0]["kind"] = Value::from("astronaut");
        let err = decode(&v.to_string()).unwrap_err();
        assert_eq!(err.path().as_deref(), Some("plan.stakeholders[0].kind"));
    }

    #[test]
    fn a_truncated_plan_is_refused() {
        let text = encode_stored(&plan(), 1, at(0));
        for cut in [1, text.len() / 2, text.len() - 1] {
            assert!(decode(&text[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn a_plan_breaking_the_rules_is_refused_with_the_paths() {
        let mut p = plan();
        let dup = p.stakeholders[0].clone();
        p.stakeholders.push(dup);
        let err = decode(&encode_stored(&p, 1, at(0))).unwrap_err();
        assert_eq!(err.path().as_deref(), Some("plan.stakeholders[1].id"));
    }

    #[test]
    fn optional_sections_missing_from_a_file_get_their_defaults() {
        let text = r#"{"format":"alleanza-di-scopo","version":1,"plan":{
            "id":"0b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e11","title":"T",
            "created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}}"#;
        let loaded = decode(text).unwrap();
        assert_eq!(loaded.revision, 0);
        assert!(loaded.plan.stakeholders.is_empty());
    }

    #[test]
    fn a_fresh_copy_shares_no_id_with_the_original_and_keeps_its_references() {
        let mut p = plan();
        let territory = crate::model::AxisItem {
            id: PlanId::from_random_bytes([3; 16]),
            name: "Nord".into(),
        };
        p.axes.territories.push(territory.clone());
        p.context.interventions.push(crate::model::Intervention {
            id: PlanId::from_random_bytes([4; 16]),
            title: "Sportello".into(),
            promoter: Some(p.stakeholders[0].id),
            territories: vec![territory.id],
            themes: vec![p.axes.themes[0].id],
            funding: None,
            start: None,
            end: None,
            status: Default::default(),
            referent: String::new(),
        });
        let copy = fresh_copy(&p, crate::model::sequential_ids(77), "Copia", at(900));
        assert_ne!(copy.id, p.id);
        assert_eq!(copy.title, "Copia");
        assert_eq!(copy.created_at, at(900));
        assert_ne!(copy.stakeholders[0].id, p.stakeholders[0].id);
        assert_eq!(copy.stakeholders[0].name, p.stakeholders[0].name);
        assert!(copy
            .axes
            .themes
            .iter()
            .all(|t| p.axes.themes.iter().all(|o| o.id != t.id)));
        let i = &copy.context.interventions[0];
        assert_eq!(i.promoter, Some(copy.stakeholders[0].id));
        assert_eq!(i.territories, [copy.axes.territories[0].id]);
        assert_eq!(i.themes, [copy.axes.themes[0].id]);
        assert!(validate(&copy).is_empty());
    }

    #[test]
    fn the_index_round_trips_and_garbage_reads_as_missing() {
        let entries = vec![plan().summary()];
        assert_eq!(decode_index(Some(&encode_index(&entries))), Some(entries));
        assert_eq!(decode_index(Some("{")), None);
        assert_eq!(decode_index(None), None);
    }
}

//! The versioned envelope around a plan, used both for what localStorage keeps
//! and for the exported package, and the load pipeline: parse → check the
//! envelope → migrate step by step → deserialize (with field paths) → validate.
use crate::model::{validate, Plan, PlanSummary, ValidationError};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

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
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
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
    let out = PackageOut {
        format: FORMAT,
        version: SCHEMA_VERSION,
        generator: GENERATOR,
        exported_at: rfc3339(exported_at),
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
    let value = migrate(value, version)?;
    let envelope: Envelope = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        LoadError::BadField {
            path: if path == "." { String::new() } else { path },
            detail: e.into_inner().to_string(),
        }
    })?;
    let errors = validate(&envelope.plan);
    if !errors.is_empty() {
        return Err(LoadError::Invalid(errors));
    }
    Ok(Loaded {
        plan: envelope.plan,
        revision: envelope.revision,
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
    fn the_index_round_trips_and_garbage_reads_as_missing() {
        let entries = vec![plan().summary()];
        assert_eq!(decode_index(Some(&encode_index(&entries))), Some(entries));
        assert_eq!(decode_index(Some("{")), None);
        assert_eq!(decode_index(None), None);
    }
}

/// `<slug of title>-<YYYY-MM-DD>.alleanza.json`: ASCII, lower case, safe in
/// every mail client and file system.
pub fn package_file_name(title: &str, date: chrono::NaiveDate) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("piano");
    }
    use chrono::Datelike;
    let (y, m, d) = (date.year(), date.month(), date.day());
    format!("{slug}-{y:04}-{m:02}-{d:02}.alleanza.json")
}

/// Italian accented letters to their base letter, so «Università» gives "universita".
fn fold_accent(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ä' | 'À' | 'Á' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'Ò' | 'Ó' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' => 'u',
        other => other,
    })
}

#[cfg(test)]
mod file_name_tests {
    use super::package_file_name;
    use chrono::NaiveDate;

    #[test]
    fn the_file_name_is_a_safe_slug_of_the_title_and_the_date() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(
            package_file_name("Alleanza per l'Università — Ambito Nord!", d),
            "alleanza-per-l-universita-ambito-nord-2026-11-28.alleanza.json"
        );
        assert_eq!(
            package_file_name("<script>", d),
            "script-2026-11-28.alleanza.json"
        );
        assert_eq!(
            package_file_name("   ", d),
            "piano-2026-11-28.alleanza.json"
        );
        assert_eq!(
            package_file_name("مرحبا 🙂", d),
            "piano-2026-11-28.alleanza.json"
        );
    }
}

//! The JSON Schema of the package, generated from the Rust types, so the
//! published schema cannot drift from what the app writes and reads. A native
//! test compares it with `public/schema/alleanza-v1.schema.json`.
use super::format::{FORMAT, SCHEMA_VERSION};
use crate::model::Plan;
use schemars::JsonSchema;

/// A formalisation package: the file a plan travels in (by email, to the
/// trainer, to a partner). The plan inside is the structured draft and record
/// of the alliance; the signed act is made outside the app.
#[derive(JsonSchema)]
#[schemars(title = "Alleanza di scopo — pacchetto (formato versione 1)")]
#[allow(dead_code)]
struct Package {
    /// Always `alleanza-di-scopo`.
    #[schemars(extend("const" = "alleanza-di-scopo"))]
    format: String,
    /// The format version, an integer; this schema describes version 1.
    #[schemars(extend("const" = 1))]
    version: u64,
    /// The app and version that wrote the file, e.g. `Alleanze 0.1.0`.
    generator: String,
    /// When the file was made (RFC 3339, UTC).
    #[schemars(extend("format" = "date-time"))]
    exported_at: String,
    /// Optional: the trainee who handed this exercise in. Readers ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    handed_in_by: Option<String>,
    plan: Plan,
}

/// The schema as pretty-printed JSON text, ending with a newline.
pub fn package_schema_text() -> String {
    debug_assert_eq!((FORMAT, SCHEMA_VERSION), ("alleanza-di-scopo", 1));
    let schema = schemars::schema_for!(Package);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    text.push('\n');
    text
}

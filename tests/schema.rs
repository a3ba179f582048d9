#![cfg(not(target_arch = "wasm32"))]
//! The published JSON Schema must be exactly what the types generate.
//! To update it after changing the document: `UPDATE_SCHEMA=1 cargo test --test schema`.
use alleanze::persistence::schema::package_schema_text;

const PUBLISHED: &str = "public/schema/alleanza-v1.schema.json";

#[test]
fn the_published_schema_matches_the_types() {
    let generated = package_schema_text();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(PUBLISHED, &generated).expect("write the schema");
    }
    let published = std::fs::read_to_string(PUBLISHED).unwrap_or_default();
    assert!(
        published == generated,
        "{PUBLISHED} is out of date: run `UPDATE_SCHEMA=1 cargo test --test schema` and commit it"
    );
}

#[test]
fn the_schema_describes_the_envelope_and_every_section() {
    let schema: serde_json::Value = serde_json::from_str(&package_schema_text()).unwrap();
    let required = schema["required"].as_array().unwrap();
    for field in ["format", "version", "generator", "exported_at", "plan"] {
        assert!(required.iter().any(|r| r == field), "{field} is required");
    }
    let text = schema.to_string();
    for section in ["foundations", "stakeholders", "axes", "context"] {
        assert!(
            text.contains(&format!("\"{section}\"")),
            "{section} is described"
        );
    }
}

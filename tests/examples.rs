#![cfg(not(target_arch = "wasm32"))]
//! The example plans in `public/examples/` are ordinary packages: each opens
//! with the real import function and validates, its envelope matches the
//! published JSON Schema's top level, and the committed files are exactly what
//! the generators in `model::guide::example` produce.
//! To regenerate them after changing the model: `UPDATE_EXAMPLES=1 cargo test --test examples`.
use alleanze::model::guide::example::{
    blank_exercise, comune_di_esempio, made_at, BLANK_FILE, EXAMPLE_FILE,
};
use alleanze::model::Plan;
use alleanze::persistence::format::{encode_package, fresh_copy};
use alleanze::persistence::import::read_package;
use serde_json::Value;

const DIR: &str = "public/examples";
const SCHEMA: &str = "public/schema/alleanza-v1.schema.json";

fn examples() -> [(&'static str, Plan); 2] {
    [
        (EXAMPLE_FILE, comune_di_esempio()),
        (BLANK_FILE, blank_exercise()),
    ]
}

#[test]
fn the_committed_examples_are_what_the_generators_produce() {
    for (file, plan) in examples() {
        let path = format!("{DIR}/{file}");
        let generated = encode_package(&plan, made_at());
        if std::env::var_os("UPDATE_EXAMPLES").is_some() {
            std::fs::write(&path, &generated).expect("write the example");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{path} is out of date: run `UPDATE_EXAMPLES=1 cargo test --test examples` and commit it"
        );
    }
}

#[test]
fn every_example_opens_with_the_import_function_and_validates() {
    for (file, plan) in examples() {
        let bytes = std::fs::read(format!("{DIR}/{file}")).expect("the example exists");
        let read = read_package(&bytes).unwrap_or_else(|e| panic!("{file}: {e:?}"));
        assert_eq!(read, plan, "{file}");
    }
}

#[test]
fn every_example_has_the_envelope_the_schema_describes() {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(SCHEMA).unwrap()).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let plan_props = schema["$defs"]["Plan"]["properties"].as_object().unwrap();
    for (file, _) in examples() {
        let v: Value =
            serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/{file}")).unwrap())
                .unwrap();
        let obj = v.as_object().unwrap();
        for key in &required {
            assert!(obj.contains_key(*key), "{file}: {key} missing");
        }
        for key in obj.keys() {
            assert!(
                properties.contains_key(key),
                "{file}: {key} not in the schema"
            );
        }
        assert_eq!(v["format"], schema["properties"]["format"]["const"]);
        for key in v["plan"].as_object().unwrap().keys() {
            assert!(
                plan_props.contains_key(key),
                "{file}: plan.{key} not in the schema"
            );
        }
    }
}

#[test]
fn loading_an_example_makes_an_independent_copy() {
    let plan = comune_di_esempio();
    let mut n = 0u8;
    let copy = fresh_copy(
        &plan,
        || {
            n = n.wrapping_add(1);
            alleanze::model::PlanId::from_random_bytes([n; 16])
        },
        "Copia",
        made_at(),
    );
    assert_ne!(copy.id, plan.id);
    assert!(copy
        .stakeholders
        .iter()
        .all(|s| plan.stakeholders.iter().all(|o| o.id != s.id)));
    assert!(alleanze::model::validate(&copy).is_empty());
    assert_eq!(copy.alliances.len(), plan.alliances.len());
}

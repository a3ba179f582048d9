//! Tests of `persistence::format`: envelopes, versions, fresh copies.
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
fn the_header_is_read_the_same_without_a_json_tree() {
    // `null` is a bad version, not a missing one.
    assert_eq!(
        decode(r#"{"format":"alleanza-di-scopo","version":null}"#),
        Err(LoadError::BadVersion)
    );
    assert_eq!(
        decode(r#"{"format":null,"version":1}"#),
        Err(LoadError::WrongFormat)
    );
    // A repeated header key: the last one counts, as in any JSON reader.
    let twice = r#"{"format":"x","format":"alleanza-di-scopo","version":99}"#;
    assert_eq!(decode(twice), Err(LoadError::NewerVersion(99)));
    // Deep nesting inside the plan is skipped without recursion while the
    // header is read, then refused where the plan's type says so.
    let deep = encode_stored(&plan(), 1, at(0)).replacen(
        "\"title\":\"",
        &format!(
            "\"title\":{}{},\"x\":\"",
            "[".repeat(3000),
            "]".repeat(3000)
        ),
        1,
    );
    assert_eq!(
        decode(&deep).unwrap_err().path().as_deref(),
        Some("plan.title")
    );
    // A syntax error after a good header is still "not JSON", where it is.
    let text = encode_stored(&plan(), 1, at(0));
    let broken = text.replacen("\"plan\":", "\"plan\"", 1);
    assert!(matches!(decode(&broken), Err(LoadError::NotJson { .. })));
    assert!(matches!(
        decode("  \n{\"format\":\"alleanza-di-scopo\",\"version\":1,"),
        Err(LoadError::NotJson { line: 2, .. })
    ));
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

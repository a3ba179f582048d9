#![cfg(not(target_arch = "wasm32"))]
//! A bounded mutation fuzzer for the import function (stable Rust, no
//! nightly needed): seeds are real packages and hostile files; each round
//! mutates bytes or JSON structure and feeds the result to `read_package`.
//! It must never panic, and whatever it accepts must be a valid plan that
//! exports and imports again unchanged.
//!
//! `FUZZ_SECONDS` bounds the run (default 3 s within `cargo test`; the test
//! command runs it longer in release mode), `FUZZ_SEED` picks the stream.
use alleanze::model::{validate, AxisItem, Plan, PlanId, Stakeholder, StakeholderKind};
use alleanze::persistence::format::encode_package;
use alleanze::persistence::import::read_package;
use chrono::{TimeZone, Utc};
use serde_json::Value;
use std::time::{Duration, Instant};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let mut ids = alleanze::model::sequential_ids(5);
    let mut p = Plan::new(
        PlanId::from_random_bytes([1; 16]),
        "Alleanza",
        Utc.timestamp_opt(0, 0).unwrap(),
        &mut ids,
    );
    p.foundations.promoter_comune = "Comune di Esempio".into();
    p.stakeholders.push(Stakeholder {
        id: ids(),
        name: "ASL".into(),
        kind: StakeholderKind::HealthAuthority,
        profile: Default::default(),
        network: Default::default(),
    });
    p.axes.territories.push(AxisItem {
        id: ids(),
        name: "Nord".into(),
    });
    let package = encode_package(&p, Utc.timestamp_opt(10, 0).unwrap());
    vec![
        package.clone().into_bytes(),
        package.replace('\n', "").into_bytes(),
        br#"{"format":"alleanza-di-scopo","version":1,"plan":{}}"#.to_vec(),
        b"[]".to_vec(),
        b"{\"format\":\"alleanza-di-scopo\",\"version\":99}".to_vec(),
    ]
}

const INTERESTING: &[&str] = &[
    "null",
    "true",
    "-1",
    "0",
    "1e400",
    "18446744073709551616",
    "\"\"",
    "[]",
    "{}",
    "\"x\"",
    "\"0b6f1a70-3c0e-4a4e-9a57-0b2a3c9d2e11\"",
    "\"\\ud800\"",
    "\"comune\"",
    "[[[[[[[[[[]]]]]]]]]]",
];

fn mutate_json(v: &mut Value, rng: &mut Rng) {
    match v {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let k = &keys[rng.below(keys.len())];
            match rng.below(4) {
                0 => {
                    map.remove(k);
                }
                1 => {
                    let new: Value =
                        serde_json::from_str(INTERESTING[rng.below(INTERESTING.len())])
                            .unwrap_or(Value::Null);
                    map.insert(k.clone(), new);
                }
                2 => {
                    let dup = map[k].clone();
                    map.insert(format!("{k}_"), dup);
                }
                _ => mutate_json(map.get_mut(k).unwrap(), rng),
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = rng.below(items.len());
            match rng.below(3) {
                0 => {
                    let dup = items[i].clone();
                    items.push(dup); // duplicate ids, repeated entries
                }
                1 => {
                    items.remove(i);
                }
                _ => mutate_json(&mut items[i], rng),
            }
        }
        _ => {
            *v = serde_json::from_str(INTERESTING[rng.below(INTERESTING.len())])
                .unwrap_or(Value::Null)
        }
    }
}

fn mutate_bytes(data: &mut Vec<u8>, rng: &mut Rng) {
    let n = 1 + rng.below(8);
    for _ in 0..n {
        if data.is_empty() {
            data.push(rng.next() as u8);
            continue;
        }
        let i = rng.below(data.len());
        match rng.below(5) {
            0 => data[i] = rng.next() as u8,
            1 => data.truncate(i),
            2 => {
                data.remove(i);
            }
            3 => {
                const BYTES: &[u8] = b"{}[]\",:\\0e-";
                data.insert(i, BYTES[rng.below(BYTES.len())]);
            }
            _ => {
                let j = rng.below(data.len());
                let (a, b) = (i.min(j), i.max(j));
                let chunk = data[a..b].to_vec();
                data.splice(i..i, chunk);
            }
        }
    }
}

#[test]
fn import_never_panics_and_accepts_only_valid_plans() {
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_a11e);
    let mut rng = Rng(seed | 1);
    let seeds = seeds();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut accepted) = (0u64, 0u64);
    while Instant::now() < deadline {
        let base = &seeds[rng.below(seeds.len())];
        let input = if rng.below(2) == 0 {
            let mut v: Value = serde_json::from_slice(base).unwrap_or(Value::Null);
            for _ in 0..1 + rng.below(4) {
                mutate_json(&mut v, &mut rng);
            }
            v.to_string().into_bytes()
        } else {
            let mut data = base.clone();
            mutate_bytes(&mut data, &mut rng);
            data
        };
        runs += 1;
        if let Ok(plan) = read_package(&input) {
            accepted += 1;
            assert!(validate(&plan).is_empty(), "accepted an invalid plan");
            let again = encode_package(&plan, Utc.timestamp_opt(0, 0).unwrap());
            assert_eq!(
                read_package(again.as_bytes()).unwrap(),
                plan,
                "accepted plan does not round-trip"
            );
        }
    }
    eprintln!(
        "fuzz_import: {runs} inputs in {seconds} s (seed {seed:#x}), {accepted} accepted, 0 panics"
    );
    assert!(runs > 100, "the fuzzer ran too few inputs ({runs})");
}

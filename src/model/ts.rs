//! Timestamps in files as RFC 3339 UTC text (`2026-11-28T10:15:00.123Z`).
//!
//! chrono's own serde support parses through its general format engine; the
//! dedicated RFC 3339 functions do the same job with much less code in the
//! bundle. Use with `#[serde(with = "crate::model::ts")]`.
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serializer};

pub fn format(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub fn parse(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format(t))
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let text = String::deserialize(d)?;
    parse(&text).ok_or_else(|| serde::de::Error::custom("not an RFC 3339 date and time"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn timestamps_round_trip_and_offsets_are_normalised_to_utc() {
        let t = Utc.timestamp_millis_opt(1_764_324_900_123).unwrap();
        assert_eq!(format(&t), "2025-11-28T10:15:00.123Z");
        assert_eq!(parse(&format(&t)), Some(t));
        assert_eq!(parse("2025-11-28T11:15:00.123+01:00"), Some(t));
        assert_eq!(parse("28/11/2025"), None);
    }
}

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

/// Calendar days in files as `YYYY-MM-DD` (what `<input type="date">` gives),
/// without chrono's general format engine. Use with
/// `#[serde(with = "crate::model::ts::day")]` on a `NaiveDate`.
pub mod day {
    use chrono::{Datelike, NaiveDate};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn format(d: NaiveDate) -> String {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    }

    /// Reads `YYYY-MM-DD` (surrounding blanks ignored); anything else is `None`.
    pub fn parse(text: &str) -> Option<NaiveDate> {
        let mut parts = text.trim().splitn(3, '-');
        let y: i32 = parts.next()?.parse().ok()?;
        let m = parts.next()?;
        let d = parts.next()?;
        if m.len() != 2 || d.len() != 2 || !(1000..=9999).contains(&y) {
            return None;
        }
        NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(*d))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).ok_or_else(|| serde::de::Error::custom("not a YYYY-MM-DD date"))
    }
}

/// The same for an optional day (`null` when absent).
/// Use with `#[serde(default, with = "crate::model::ts::opt_day")]`.
pub mod opt_day {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => super::day::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => super::day::parse(&text)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom("not a YYYY-MM-DD date")),
        }
    }
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

    #[test]
    fn days_read_and_write_as_iso_text_and_reject_other_shapes() {
        use chrono::NaiveDate;
        let d = NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        assert_eq!(day::format(d), "2026-02-28");
        assert_eq!(day::parse(" 2026-02-28 "), Some(d));
        for bad in [
            "2026-02-30",
            "28/02/2026",
            "2026-2-28",
            "",
            "99999-01-01",
            "2026-02-28T00:00",
        ] {
            assert_eq!(day::parse(bad), None, "{bad}");
        }
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct W {
            #[serde(default, with = "opt_day")]
            d: Option<NaiveDate>,
        }
        let w = W { d: Some(d) };
        let text = serde_json::to_string(&w).unwrap();
        assert_eq!(text, r#"{"d":"2026-02-28"}"#);
        assert_eq!(serde_json::from_str::<W>(&text).unwrap(), w);
        assert_eq!(serde_json::from_str::<W>("{}").unwrap(), W { d: None });
        assert_eq!(
            serde_json::from_str::<W>(r#"{"d":null}"#).unwrap(),
            W { d: None }
        );
        assert!(serde_json::from_str::<W>(r#"{"d":"ieri"}"#).is_err());
    }
}

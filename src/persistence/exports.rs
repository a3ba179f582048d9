//! When each plan was last exported, and whether it changed since. Browsers may
//! clear site data (Safari after 7 days without a visit), so an exported file
//! is the user's real backup: the app reminds them when it is out of date.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportMark {
    /// When the file was made.
    #[serde(with = "crate::model::ts")]
    pub at: DateTime<Utc>,
    /// The plan's `updated_at` at that moment.
    #[serde(with = "crate::model::ts")]
    pub plan_updated_at: DateTime<Utc>,
}

/// True when the plan has changes that no exported file holds.
pub fn needs_export(mark: Option<&ExportMark>, plan_updated_at: DateTime<Utc>) -> bool {
    mark.is_none_or(|m| plan_updated_at > m.plan_updated_at)
}

pub fn encode(mark: &ExportMark) -> String {
    serde_json::to_string(mark).expect("a mark always serializes")
}

pub fn decode(text: Option<&str>) -> Option<ExportMark> {
    serde_json::from_str(text?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(s, 0).unwrap()
    }

    #[test]
    fn a_plan_never_exported_or_changed_since_needs_an_export() {
        let mark = ExportMark {
            at: at(100),
            plan_updated_at: at(90),
        };
        assert!(needs_export(None, at(10)));
        assert!(!needs_export(Some(&mark), at(90)));
        assert!(needs_export(Some(&mark), at(95)));
    }

    #[test]
    fn marks_round_trip_and_garbage_reads_as_none() {
        let mark = ExportMark {
            at: at(100),
            plan_updated_at: at(90),
        };
        assert_eq!(decode(Some(&encode(&mark))), Some(mark));
        assert_eq!(decode(Some("nope")), None);
        assert_eq!(decode(None), None);
    }
}

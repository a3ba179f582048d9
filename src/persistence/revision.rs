//! The rule that keeps one tab from silently overwriting another's save.
//!
//! Every save of a plan bumps its revision. A tab remembers the revision it
//! loaded or last wrote (its *base*); before writing it compares the stored
//! revision with its base: equal means nobody else wrote, different means
//! another tab did and the user must choose.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveDecision {
    /// Write, stamping this revision.
    Write { next: u64 },
    /// Another tab saved revision `theirs` since this tab's base.
    Conflict { theirs: u64 },
}

pub fn decide(stored: Option<u64>, base: u64) -> SaveDecision {
    match stored {
        // Never saved, or deleted meanwhile: writing loses nobody's work.
        None => SaveDecision::Write { next: base + 1 },
        Some(s) if s == base => SaveDecision::Write { next: base + 1 },
        Some(theirs) => SaveDecision::Conflict { theirs },
    }
}

/// Parses the stored revision counter; unreadable text counts as a conflict
/// with an unknown writer (revision `u64::MAX`), never as "free to write".
pub fn parse(text: Option<&str>) -> Option<u64> {
    text.map(|t| t.trim().parse().unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_writes_when_nobody_else_saved_since_its_base() {
        assert_eq!(decide(Some(4), 4), SaveDecision::Write { next: 5 });
        assert_eq!(decide(None, 0), SaveDecision::Write { next: 1 });
    }

    #[test]
    fn a_save_by_another_tab_is_a_conflict() {
        assert_eq!(decide(Some(5), 4), SaveDecision::Conflict { theirs: 5 });
    }

    #[test]
    fn an_unreadable_counter_is_a_conflict_not_a_free_write() {
        assert_eq!(
            decide(parse(Some("garbage")), 4),
            SaveDecision::Conflict { theirs: u64::MAX }
        );
        assert_eq!(parse(Some(" 7 ")), Some(7));
        assert_eq!(parse(None), None);
    }
}

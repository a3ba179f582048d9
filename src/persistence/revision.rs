//! The rules that keep one tab from silently overwriting another's save.
//!
//! Every save of a plan stamps it with a new [`Token`] (a counter and the id of
//! the tab that wrote it) and records the token it was based on (its parent).
//! A tab remembers the token it loaded or last wrote (its *base*):
//! - before writing, it writes only if the stored token is still its base;
//! - when another tab's save arrives (the `storage` event), a save made on top
//!   of this tab's base is followed (or, with unsaved changes here, is a
//!   conflict), while a save made on an older base overwrote this tab's save
//!   — two tabs wrote at the same moment — and is always a conflict.
//!
//! Browsers propagate localStorage between tabs asynchronously, so the check
//! before writing can miss a write made a moment earlier; the parent recorded
//! in every stamp is what still catches it afterwards.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Token {
    pub n: u64,
    pub writer: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub token: Token,
    pub parent: Token,
}

impl Stamp {
    pub fn encode(&self) -> String {
        format!(
            "{} {} {} {}",
            self.token.n, self.token.writer, self.parent.n, self.parent.writer
        )
    }

    /// Reads a stamp; a bare number (an older format) is a stamp without
    /// writers. Unreadable text gives `None`.
    pub fn parse(text: &str) -> Option<Stamp> {
        let mut parts = text.split(' ');
        let n = parts.next()?.trim().parse().ok()?;
        let writer = parts.next().unwrap_or("").to_owned();
        let parent_n = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
        let parent_writer = parts.next().unwrap_or("").to_owned();
        Some(Stamp {
            token: Token { n, writer },
            parent: Token {
                n: parent_n,
                writer: parent_writer,
            },
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveDecision {
    /// Write, stamping this token.
    Write { next: Token },
    /// Another tab saved since this tab's base.
    Conflict,
}

/// Whether a tab based on `base` may write over what is stored.
/// `stored` is `None` when nothing is stored, `Some(None)` when the stamp is
/// unreadable (never a free write).
pub fn decide(stored: Option<Option<&Stamp>>, base: &Token, writer: &str) -> SaveDecision {
    let next_n = |stored_n: u64| stored_n.max(base.n) + 1;
    match stored {
        None => SaveDecision::Write {
            next: Token {
                n: base.n + 1,
                writer: writer.to_owned(),
            },
        },
        Some(Some(s)) if s.token == *base => SaveDecision::Write {
            next: Token {
                n: next_n(s.token.n),
                writer: writer.to_owned(),
            },
        },
        Some(_) => SaveDecision::Conflict,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Follow {
    /// Our own save, or nothing new.
    Ignore,
    /// A newer save made on top of ours, and nothing unsaved here: load it.
    Reload,
    /// The user must choose.
    Conflict,
}

/// What a tab based on `base` (with or without unsaved changes) does when
/// another tab's save `theirs` arrives.
pub fn on_other_save(theirs: &Stamp, base: &Token, dirty: bool) -> Follow {
    if theirs.token == *base {
        Follow::Ignore
    } else if theirs.parent == *base && !dirty {
        Follow::Reload
    } else {
        Follow::Conflict
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(n: u64, w: &str) -> Token {
        Token {
            n,
            writer: w.into(),
        }
    }

    fn stamp(token: Token, parent: Token) -> Stamp {
        Stamp { token, parent }
    }

    #[test]
    fn stamps_round_trip_and_bare_numbers_still_read() {
        let s = stamp(t(4, "a1"), t(3, "b2"));
        assert_eq!(Stamp::parse(&s.encode()), Some(s));
        assert_eq!(Stamp::parse("7"), Some(stamp(t(7, ""), t(0, ""))));
        assert_eq!(Stamp::parse("garbage"), None);
    }

    #[test]
    fn a_tab_writes_when_the_stored_save_is_its_base() {
        let s = stamp(t(4, "a"), t(3, "a"));
        assert_eq!(
            decide(Some(Some(&s)), &t(4, "a"), "a"),
            SaveDecision::Write { next: t(5, "a") }
        );
        assert_eq!(
            decide(None, &Token::default(), "a"),
            SaveDecision::Write { next: t(1, "a") }
        );
    }

    #[test]
    fn a_save_by_another_tab_or_an_unreadable_stamp_stops_the_write() {
        let s = stamp(t(5, "b"), t(4, "a"));
        assert_eq!(
            decide(Some(Some(&s)), &t(4, "a"), "a"),
            SaveDecision::Conflict
        );
        assert_eq!(decide(Some(None), &t(4, "a"), "a"), SaveDecision::Conflict);
    }

    #[test]
    fn a_save_on_top_of_ours_is_followed_unless_we_have_unsaved_changes() {
        let theirs = stamp(t(5, "b"), t(4, "a"));
        assert_eq!(on_other_save(&theirs, &t(4, "a"), false), Follow::Reload);
        assert_eq!(on_other_save(&theirs, &t(4, "a"), true), Follow::Conflict);
        assert_eq!(
            on_other_save(&stamp(t(4, "a"), t(3, "a")), &t(4, "a"), true),
            Follow::Ignore
        );
    }

    #[test]
    fn two_tabs_writing_at_once_both_learn_of_it() {
        // Both were based on 4a; a wrote 5a, b wrote 5b before seeing 5a.
        let (a_save, b_save) = (stamp(t(5, "a"), t(4, "a")), stamp(t(5, "b"), t(4, "a")));
        // a sees b's save: made on 4a, not on a's 5a → a's save was overwritten.
        assert_eq!(on_other_save(&b_save, &t(5, "a"), false), Follow::Conflict);
        // b sees a's save (late): not on b's 5b either → b is told too.
        assert_eq!(on_other_save(&a_save, &t(5, "b"), false), Follow::Conflict);
    }
}

//! Finding items by name in long registers (hundreds of partners or
//! alliances): what a user types is matched the way a person reads it, without
//! case or Italian accents, every word anywhere in the name.

/// `text` folded for comparison: lower case, the accented letters of Italian
/// (and the common Western ones) without their accents, runs of white space
/// as one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            '’' | '‘' | '`' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if !(plain == ' ' && (out.is_empty() || out.ends_with(' '))) {
            out.push(plain);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A query as typed, ready to test many names against.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(typed: &str) -> Self {
        Query {
            words: fold(typed)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }

    /// Nothing typed (white space only): every name matches.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every word of the query appears in `name`, in any order.
    pub fn matches(&self, name: &str) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let name = fold(name);
        self.words.iter().all(|w| name.contains(w.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_ignores_case_accents_and_word_order() {
        let q = Query::new("  citta ASL ");
        assert!(q.matches("ASL Città metropolitana"));
        assert!(q.matches("Città: asl"));
        assert!(!q.matches("ASL di provincia"));
        assert!(Query::new("perché").matches("PERCHE"));
        assert!(Query::new("l'ente").matches("L’Ente gestore"));
    }

    #[test]
    fn an_empty_query_matches_every_name_and_a_word_must_be_whole_in_the_name() {
        assert!(Query::new("").is_empty());
        assert!(Query::new(" \t ").matches("qualsiasi"));
        assert!(Query::new("prefett").matches("Prefettura di Torino"));
        assert!(!Query::new("prefetture").matches("Prefettura"));
    }

    #[test]
    fn folding_keeps_other_scripts_and_collapses_white_space() {
        assert_eq!(fold("  Ufficio\u{a0}\tStranieri  "), "ufficio stranieri");
        assert_eq!(fold("Ελληνικά"), "ελληνικά");
    }
}

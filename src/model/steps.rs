use serde::{Deserialize, Serialize};

/// The steps of the course's process, in order: the app's navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Fondamenta,
    Contesto,
    Rete,
    Matrice,
    Coprogettazione,
    Formalizzazione,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Fondamenta,
        Step::Contesto,
        Step::Rete,
        Step::Matrice,
        Step::Coprogettazione,
        Step::Formalizzazione,
    ];

    /// The slug used in the address bar (`#/piano/<id>/<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Step::Fondamenta => "fondamenta",
            Step::Contesto => "contesto",
            Step::Rete => "rete",
            Step::Matrice => "matrice",
            Step::Coprogettazione => "coprogettazione",
            Step::Formalizzazione => "formalizzazione",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// 1-based position in the course's process.
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_follow_the_course_order_and_round_trip_through_their_slug() {
        assert_eq!(Step::Fondamenta.number(), 1);
        assert_eq!(Step::Formalizzazione.number(), 6);
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Step::from_slug("nope"), None);
    }
}

//! Dati socio-anagrafici: aggregated tables of CPT (never data about a person),
//! with their stated totals, reference dates and sources.
use crate::model::ids::PlanId;
use crate::model::list::Identified;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Counts from 1 to this are small enough for a person to be recognised.
pub const SMALL_COUNT_MAX: u32 = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TableKind {
    Nationality,
    LegalStatus,
    AgeSex,
    Territory,
    Vulnerability,
}

impl TableKind {
    pub const ALL: [TableKind; 5] = [
        TableKind::Nationality,
        TableKind::LegalStatus,
        TableKind::AgeSex,
        TableKind::Territory,
        TableKind::Vulnerability,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TableKind::Nationality => "nationality",
            TableKind::LegalStatus => "legal_status",
            TableKind::AgeSex => "age_sex",
            TableKind::Territory => "territory",
            TableKind::Vulnerability => "vulnerability",
        }
    }

    /// Whether the rows break the stated total down (so their sum must match
    /// it). Vulnerabilities overlap (a person may have several), so they do not.
    pub fn is_breakdown(self) -> bool {
        self != TableKind::Vulnerability
    }
}

/// What a table says about itself: the total it states, when and where from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct TableHead {
    pub stated_total: Option<u32>,
    #[serde(default, with = "crate::model::ts::opt_day")]
    #[schemars(with = "Option<NaiveDate>")]
    pub reference_date: Option<NaiveDate>,
    /// Ids of `ContextAnalysis::sources`.
    pub sources: Vec<PlanId>,
}

/// One line of a table: a nationality, a type of permit, an age band, a
/// vulnerability. In the age-and-sex table `count` is men and `women` women.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DataRow {
    pub id: PlanId,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub count: Option<u32>,
    #[serde(default)]
    pub women: Option<u32>,
}

impl Identified for DataRow {
    fn id(&self) -> PlanId {
        self.id
    }
}

impl DataRow {
    pub fn new(id: PlanId) -> Self {
        DataRow {
            id,
            label: String::new(),
            count: None,
            women: None,
        }
    }

    /// The row's total (men + women in the age-and-sex table).
    pub fn total(&self) -> Option<u32> {
        match (self.count, self.women) {
            (None, None) => None,
            (a, b) => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct DataTable {
    pub head: TableHead,
    /// Unused by the territory table, whose lines are the plan's territories.
    pub rows: Vec<DataRow>,
}

/// The count for one territory of the plan (`Axes::territories`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TerritoryCount {
    pub territory: PlanId,
    pub count: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Demographics {
    pub nationality: DataTable,
    pub legal_status: DataTable,
    pub age_sex: DataTable,
    pub territory: DataTable,
    pub vulnerability: DataTable,
    pub territory_counts: Vec<TerritoryCount>,
}

/// How a table's sum compares with the total it states.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub sum: u32,
    pub stated: Option<u32>,
    /// Some figure is filled in.
    pub any: bool,
}

impl Totals {
    /// The breakdown disagrees with the stated total.
    pub fn mismatch(&self) -> bool {
        matches!(self.stated, Some(s) if self.any && s != self.sum)
    }
}

impl Demographics {
    pub fn table(&self, kind: TableKind) -> &DataTable {
        match kind {
            TableKind::Nationality => &self.nationality,
            TableKind::LegalStatus => &self.legal_status,
            TableKind::AgeSex => &self.age_sex,
            TableKind::Territory => &self.territory,
            TableKind::Vulnerability => &self.vulnerability,
        }
    }

    pub fn table_mut(&mut self, kind: TableKind) -> &mut DataTable {
        match kind {
            TableKind::Nationality => &mut self.nationality,
            TableKind::LegalStatus => &mut self.legal_status,
            TableKind::AgeSex => &mut self.age_sex,
            TableKind::Territory => &mut self.territory,
            TableKind::Vulnerability => &mut self.vulnerability,
        }
    }

    pub fn territory_count(&self, territory: PlanId) -> Option<u32> {
        self.territory_counts
            .iter()
            .find(|c| c.territory == territory)
            .map(|c| c.count)
    }

    /// Every figure of a table (for the territory table, those of the
    /// territories still in the plan).
    pub fn figures(&self, kind: TableKind, territories: &[PlanId]) -> Vec<u32> {
        if kind == TableKind::Territory {
            return territories
                .iter()
                .filter_map(|t| self.territory_count(*t))
                .collect();
        }
        self.table(kind)
            .rows
            .iter()
            .flat_map(|r| [r.count, r.women])
            .flatten()
            .collect()
    }

    pub fn totals(&self, kind: TableKind, territories: &[PlanId]) -> Totals {
        let figures = self.figures(kind, territories);
        Totals {
            sum: figures.iter().fold(0u32, |a, b| a.saturating_add(*b)),
            stated: if kind.is_breakdown() {
                self.table(kind).head.stated_total
            } else {
                None
            },
            any: !figures.is_empty(),
        }
    }

    /// Whether any figure of the table is small enough to identify someone.
    pub fn has_small_count(&self, kind: TableKind, territories: &[PlanId]) -> bool {
        self.figures(kind, territories).into_iter().any(is_small)
            || self.table(kind).head.stated_total.is_some_and(is_small)
    }
}

/// A figure from 1 to 4: a person could be recognised from it.
pub fn is_small(count: u32) -> bool {
    (1..=SMALL_COUNT_MAX).contains(&count)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountError {
    Negative,
    NotANumber,
    TooBig,
}

/// Reads a count typed by the user: blank is "no figure"; digits with optional
/// Italian thousands separators (`12.345`) or spaces are a figure; anything
/// else is an error the user sees next to the field (never a silent drop).
pub fn parse_count(text: &str) -> Result<Option<u32>, CountError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let (negative, digits) = match t.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    let grouped = digits.contains(['.', ' ', '\u{a0}', '\u{202f}', '\'']);
    let plain: String = if grouped {
        let groups: Vec<&str> = digits
            .split(['.', ' ', '\u{a0}', '\u{202f}', '\''])
            .collect();
        let well_formed = groups.iter().enumerate().all(|(i, g)| {
            let len_ok = if i == 0 {
                (1..=3).contains(&g.len())
            } else {
                g.len() == 3
            };
            len_ok && g.bytes().all(|b| b.is_ascii_digit())
        });
        if !well_formed {
            return Err(CountError::NotANumber);
        }
        groups.concat()
    } else {
        digits.to_owned()
    };
    if plain.is_empty() || !plain.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CountError::NotANumber);
    }
    if negative {
        return Err(CountError::Negative);
    }
    plain.parse().map(Some).map_err(|_| CountError::TooBig)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sequential_ids;

    #[test]
    fn counts_are_read_as_typed_and_bad_input_is_an_error_not_a_zero() {
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count("  42 "), Ok(Some(42)));
        assert_eq!(parse_count("12.345"), Ok(Some(12_345)));
        assert_eq!(parse_count("1 234 567"), Ok(Some(1_234_567)));
        assert_eq!(parse_count("-3"), Err(CountError::Negative));
        assert_eq!(parse_count("− 3"), Err(CountError::Negative));
        assert_eq!(parse_count("tre"), Err(CountError::NotANumber));
        assert_eq!(parse_count("1.5"), Err(CountError::NotANumber));
        assert_eq!(parse_count("1,5"), Err(CountError::NotANumber));
        assert_eq!(parse_count("99999999999"), Err(CountError::TooBig));
    }

    #[test]
    fn totals_sum_the_breakdown_and_flag_a_different_stated_total() {
        let mut ids = sequential_ids(3);
        let mut d = Demographics::default();
        let row = |id, count, women| DataRow {
            id,
            label: "x".into(),
            count,
            women,
        };
        d.age_sex.rows = vec![row(ids(), Some(10), Some(12)), row(ids(), None, Some(3))];
        d.age_sex.head.stated_total = Some(25);
        let t = d.totals(TableKind::AgeSex, &[]);
        assert_eq!(t.sum, 25);
        assert!(!t.mismatch());
        d.age_sex.head.stated_total = Some(30);
        assert!(d.totals(TableKind::AgeSex, &[]).mismatch());
        // A total with no breakdown yet is not a mismatch.
        assert!(!d.totals(TableKind::Nationality, &[]).mismatch());
        d.nationality.head.stated_total = Some(5);
        assert!(!d.totals(TableKind::Nationality, &[]).mismatch());
        // Vulnerabilities overlap: never compared with a total.
        d.vulnerability.head.stated_total = Some(1);
        d.vulnerability.rows = vec![row(ids(), Some(7), None)];
        assert!(!d.totals(TableKind::Vulnerability, &[]).mismatch());
    }

    #[test]
    fn the_territory_table_counts_only_the_plans_territories() {
        let mut ids = sequential_ids(4);
        let (north, south, gone) = (ids(), ids(), ids());
        let mut d = Demographics {
            territory_counts: vec![
                TerritoryCount {
                    territory: north,
                    count: 100,
                },
                TerritoryCount {
                    territory: gone,
                    count: 50,
                },
            ],
            ..Default::default()
        };
        d.territory.head.stated_total = Some(100);
        let t = d.totals(TableKind::Territory, &[north, south]);
        assert_eq!((t.sum, t.mismatch()), (100, false));
    }

    #[test]
    fn figures_from_one_to_four_are_small_and_zero_is_not() {
        assert!(!is_small(0));
        assert!(is_small(1) && is_small(4));
        assert!(!is_small(5));
        let mut d = Demographics::default();
        d.vulnerability.rows = vec![DataRow {
            count: Some(3),
            ..DataRow::new(sequential_ids(5)())
        }];
        assert!(d.has_small_count(TableKind::Vulnerability, &[]));
        assert!(!d.has_small_count(TableKind::Nationality, &[]));
    }
}

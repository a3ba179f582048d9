//! Figures with two decimals kept as an integer count of hundredths: euro
//! cents for money, and indicator values. Never `f64`: sums are exact.
//! Read and written the Italian way: `1.234,56`.
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Hundredths of a unit (for money: euro cents).
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(transparent)]
pub struct Amount(pub i64);

/// Why a typed figure could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    /// Not a number written the Italian way.
    Malformed,
    /// More than two decimals.
    TooManyDecimals,
    TooLarge,
    /// A negative sum of money.
    Negative,
}

/// Largest figure accepted: a thousand billion (well beyond any budget).
const MAX_UNITS: i64 = 1_000_000_000_000;

impl Amount {
    pub fn from_units(units: i64) -> Amount {
        Amount(units * 100)
    }

    /// Reads `1.234,56`, `1234,5`, `1.234`, `-3` (spaces and `€` ignored).
    /// The dot only groups thousands; the comma starts the decimals.
    pub fn parse_it(text: &str) -> Result<Amount, AmountError> {
        let t: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '€' && *c != '\u{a0}')
            .collect();
        if t.is_empty() {
            return Err(AmountError::Empty);
        }
        let (negative, t) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.as_str()),
        };
        let (int, dec) = match t.split_once(',') {
            Some((i, d)) => (i, d),
            None => (t, ""),
        };
        if int.is_empty() || dec.contains([',', '.']) {
            return Err(AmountError::Malformed);
        }
        if dec.len() > 2 {
            return Err(AmountError::TooManyDecimals);
        }
        let groups: Vec<&str> = int.split('.').collect();
        let grouped_ok = groups.len() == 1
            || (!groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3));
        let digits: String = groups.concat();
        if !grouped_ok
            || !digits.chars().all(|c| c.is_ascii_digit())
            || !dec.chars().all(|c| c.is_ascii_digit())
            || (t.ends_with(',') && dec.is_empty())
        {
            return Err(AmountError::Malformed);
        }
        if digits.len() > 13 {
            return Err(AmountError::TooLarge);
        }
        let units: i64 = digits.parse().map_err(|_| AmountError::Malformed)?;
        if units > MAX_UNITS {
            return Err(AmountError::TooLarge);
        }
        let cents: i64 = match dec.len() {
            0 => 0,
            1 => dec.parse::<i64>().map_err(|_| AmountError::Malformed)? * 10,
            _ => dec.parse().map_err(|_| AmountError::Malformed)?,
        };
        let value = units * 100 + cents;
        Ok(Amount(if negative { -value } else { value }))
    }

    /// Like [`Amount::parse_it`], refusing negative sums (money).
    pub fn parse_money(text: &str) -> Result<Amount, AmountError> {
        let a = Amount::parse_it(text)?;
        if a.0 < 0 {
            Err(AmountError::Negative)
        } else {
            Ok(a)
        }
    }

    /// `1.234,56` (always two decimals: money).
    pub fn format_it(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{},{:02}", group(abs / 100), abs % 100)
    }

    /// `1.234` when whole, else `1.234,5` / `1.234,56` (indicator values).
    pub fn format_short(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let (int, dec) = (group(abs / 100), abs % 100);
        match dec {
            0 => format!("{sign}{int}"),
            d if d.is_multiple_of(10) => format!("{sign}{int},{}", d / 10),
            d => format!("{sign}{int},{d:02}"),
        }
    }

    pub fn checked_add(self, other: Amount) -> Option<Amount> {
        self.0.checked_add(other.0).map(Amount)
    }
}

/// Thousands grouped with dots.
fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format_it())
    }
}

/// The sum of `amounts`; saturates instead of wrapping (absurd totals only).
pub fn sum(amounts: impl IntoIterator<Item = Amount>) -> Amount {
    Amount(
        amounts
            .into_iter()
            .fold(0i64, |acc, a| acc.saturating_add(a.0)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn italian_input_is_read_to_exact_cents() {
        assert_eq!(Amount::parse_it("1.234,56"), Ok(Amount(123_456)));
        assert_eq!(Amount::parse_it("1234,56"), Ok(Amount(123_456)));
        assert_eq!(Amount::parse_it("1234,5"), Ok(Amount(123_450)));
        assert_eq!(Amount::parse_it("1.234"), Ok(Amount(123_400)));
        assert_eq!(Amount::parse_it("€ 12.000.000"), Ok(Amount(1_200_000_000)));
        assert_eq!(Amount::parse_it("0,07"), Ok(Amount(7)));
        assert_eq!(Amount::parse_it("-3"), Ok(Amount(-300)));
    }

    #[test]
    fn malformed_figures_are_refused_not_guessed() {
        assert_eq!(Amount::parse_it(""), Err(AmountError::Empty));
        assert_eq!(
            Amount::parse_it("12,345"),
            Err(AmountError::TooManyDecimals)
        );
        for bad in ["1.23", "1,2,3", "abc", "1.234.5", ".123", "12,", "1,2.3"] {
            assert_eq!(Amount::parse_it(bad), Err(AmountError::Malformed), "{bad}");
        }
        assert_eq!(
            Amount::parse_it("99999999999999"),
            Err(AmountError::TooLarge)
        );
    }

    #[test]
    fn a_negative_sum_of_money_is_refused() {
        assert_eq!(Amount::parse_money("-1,00"), Err(AmountError::Negative));
        assert_eq!(Amount::parse_money("0"), Ok(Amount(0)));
    }

    #[test]
    fn amounts_are_shown_the_way_they_are_typed() {
        assert_eq!(Amount(123_456).format_it(), "1.234,56");
        assert_eq!(Amount(5).format_it(), "0,05");
        assert_eq!(Amount(100_000_000).format_it(), "1.000.000,00");
        assert_eq!(Amount(-123_456).format_it(), "-1.234,56");
        assert_eq!(Amount(1_200).format_short(), "12");
        assert_eq!(Amount(1_250).format_short(), "12,5");
        assert_eq!(Amount(1_205).format_short(), "12,05");
        for text in ["1.234,56", "0,10", "999.999.999,99"] {
            assert_eq!(Amount::parse_it(text).unwrap().format_it(), text);
        }
    }

    #[test]
    fn sums_of_cents_are_exact_where_floats_are_not() {
        // 0.1 + 0.2 != 0.3 in f64; in cents it is.
        let parts = ["0,10", "0,20"].map(|t| Amount::parse_money(t).unwrap());
        assert_eq!(sum(parts), Amount::parse_money("0,30").unwrap());
        let many = std::iter::repeat_n(Amount(1), 1_000_000);
        assert_eq!(sum(many).format_it(), "10.000,00");
    }
}

//! Money as integers in a currency's minor unit. Floats never touch money.

use crate::msg::{Msg, told};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An ISO 4217 currency that Pools knows the minor unit of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency {
    code: [u8; 3],
    exponent: u8,
}

/// Currencies and their minor-unit exponents (ISO 4217). A pool's currency is
/// fixed at creation, so this list only needs to grow, never change.
const CURRENCIES: &[(&str, u8)] = &[
    ("USD", 2),
    ("EUR", 2),
    ("GBP", 2),
    ("CAD", 2),
    ("AUD", 2),
    ("NZD", 2),
    ("CHF", 2),
    ("SEK", 2),
    ("NOK", 2),
    ("DKK", 2),
    ("PLN", 2),
    ("CZK", 2),
    ("MXN", 2),
    ("BRL", 2),
    ("INR", 2),
    ("ZAR", 2),
    ("SGD", 2),
    ("HKD", 2),
    ("JPY", 0),
    ("KRW", 0),
    ("ISK", 0),
    ("CLP", 0),
    ("KWD", 3),
    ("BHD", 3),
    ("TND", 3),
];

/// Why a currency code or an amount was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    /// The code is not one Pools supports.
    UnknownCurrency(String),
    /// The amount text could not be read.
    BadAmount {
        /// What was typed.
        text: String,
        /// The currency it was read in.
        currency: String,
        /// A well-formed example.
        example: String,
    },
    /// The amount is larger than any one amount Pools records.
    Overflow,
    /// Two amounts in different currencies were combined.
    CurrencyMismatch(String, String),
}

impl MoneyError {
    /// What is wrong, as a message any language can say.
    pub fn msg(&self) -> Msg {
        match self {
            MoneyError::UnknownCurrency(code) => {
                Msg::new("error-core-money-currency").text("code", code.clone())
            }
            MoneyError::BadAmount {
                text,
                currency,
                example,
            } => Msg::new("error-core-money-amount")
                .text("text", text.clone())
                .text("currency", currency.clone())
                .text("example", example.clone())
                // As French and Spanish write it: "20,50".
                .text("local", example.replace('.', ",")),
            MoneyError::Overflow => too_large(),
            MoneyError::CurrencyMismatch(a, b) => Msg::new("error-core-money-mismatch")
                .text("first", a.clone())
                .text("second", b.clone()),
        }
    }

    fn english(&self) -> String {
        match self {
            MoneyError::UnknownCurrency(code) => format!(
                "\"{code}\" is not a supported currency: use a three-letter ISO 4217 code such as USD, EUR or GBP"
            ),
            MoneyError::BadAmount {
                text,
                currency,
                example,
            } => format!("\"{text}\" is not an amount in {currency}: write it like {example}"),
            MoneyError::Overflow => format!(
                "the amount is too large: one amount can be at most {} minor units",
                crate::ledger::MAX_AMOUNT
            ),
            MoneyError::CurrencyMismatch(a, b) => format!("cannot combine {a} with {b}"),
        }
    }
}

/// "the amount is too large: one amount can be at most … minor units", as
/// money and the ledger both refuse it.
pub(crate) fn too_large() -> Msg {
    Msg::new("error-core-too-large").text("max", crate::ledger::MAX_AMOUNT.to_string())
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&told(&self.msg(), || self.english()))
    }
}

impl std::error::Error for MoneyError {}

impl Currency {
    /// Looks up a currency by its ISO 4217 code, case-insensitively.
    pub fn from_code(code: &str) -> Result<Currency, MoneyError> {
        let upper = code.trim().to_ascii_uppercase();
        CURRENCIES
            .iter()
            .find(|(c, _)| *c == upper)
            .map(|(c, e)| {
                let b = c.as_bytes();
                Currency {
                    code: [b[0], b[1], b[2]],
                    exponent: *e,
                }
            })
            .ok_or(MoneyError::UnknownCurrency(code.trim().to_string()))
    }

    /// The three-letter code.
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.code).expect("currency codes are ASCII")
    }

    /// Digits after the decimal point in the minor unit.
    pub fn exponent(&self) -> u8 {
        self.exponent
    }

    /// Every supported currency code, for forms.
    pub fn all_codes() -> impl Iterator<Item = &'static str> {
        CURRENCIES.iter().map(|(c, _)| *c)
    }

    /// Parses a typed amount into minor units: "20", "20.5", "1,234.50",
    /// and as French and Spanish write them, "20,50", "1 234,50",
    /// "1.234,50", with or without the currency's code. A separator is the
    /// decimal one only where it cannot be a thousands separator, so no
    /// amount is read as another: "1,500" is fifteen hundred, "20,50" is
    /// twenty and a half, and what fits neither is refused.
    pub fn parse_amount(&self, text: &str) -> Result<Money, MoneyError> {
        let bad = || MoneyError::BadAmount {
            text: crate::text::quote(text),
            currency: self.code().to_string(),
            example: Money::new(2050 * 10i64.pow(self.exponent as u32) / 100, *self).plain(),
        };
        let (whole, frac) =
            split_amount(text.trim(), self.code(), self.exponent).ok_or_else(bad)?;
        let (whole, frac) = (whole.as_str(), frac.as_str());
        if whole.is_empty() && frac.is_empty() {
            return Err(bad());
        }
        if !whole.chars().all(|c| c.is_ascii_digit())
            || !frac.chars().all(|c| c.is_ascii_digit())
            || frac.len() > self.exponent as usize
        {
            return Err(bad());
        }
        let scale = 10i64.pow(self.exponent as u32);
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| MoneyError::Overflow)?
        };
        let mut frac_val: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse().map_err(|_| bad())?
        };
        for _ in frac.len()..self.exponent as usize {
            frac_val *= 10;
        }
        let minor = whole
            .checked_mul(scale)
            .and_then(|v| v.checked_add(frac_val))
            .filter(|v| *v <= crate::ledger::MAX_AMOUNT)
            .ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, *self))
    }
}

/// Splits a typed amount into its whole digits and decimal digits, or
/// `None` when it is not an amount. Grouping (",", "." or spaces, each
/// group after the first three digits long) is taken out.
fn split_amount(text: &str, code: &str, exponent: u8) -> Option<(String, String)> {
    let t = text.strip_prefix(code).unwrap_or(text);
    let t = t.strip_suffix(code).unwrap_or(t).trim();
    // Spaces group digits as French writes them (also no-break ones).
    let t: String = t
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let commas = t.matches(',').count();
    let dots = t.matches('.').count();
    let grouped = |s: &str, sep: char| -> Option<String> {
        let parts: Vec<&str> = s.split(sep).collect();
        let ok = parts.len() == 1
            || (!parts[0].is_empty()
                && parts[0].len() <= 3
                && parts[1..].iter().all(|p| p.len() == 3));
        ok.then(|| parts.concat())
    };
    let (whole, frac) = match (commas, dots) {
        (0, 0) => (t.clone(), String::new()),
        // Both: the last one is the decimal sign, the other groups.
        (_, _) if commas > 0 && dots > 0 => {
            let point = if t.rfind(',') > t.rfind('.') {
                ','
            } else {
                '.'
            };
            let group = if point == ',' { '.' } else { ',' };
            if t.matches(point).count() != 1 {
                return None;
            }
            let (w, f) = t.split_once(point)?;
            (grouped(w, group)?, f.to_string())
        }
        // One comma before exactly three digits groups (1,500); before
        // fewer it is the decimal sign (20,50).
        (1, 0) => {
            let (w, f) = t.split_once(',')?;
            if f.len() == 3 && exponent < 3 {
                (grouped(&t, ',')?, String::new())
            } else if f.len() == 3 {
                // Three decimals or a thousand: the reader must say.
                return None;
            } else {
                (w.to_string(), f.to_string())
            }
        }
        (_, 0) => (grouped(&t, ',')?, String::new()),
        (0, 1) => {
            let (w, f) = t.split_once('.')?;
            (w.to_string(), f.to_string())
        }
        (0, _) => (grouped(&t, '.')?, String::new()),
        _ => return None,
    };
    Some((whole, frac))
}

impl TryFrom<String> for Currency {
    type Error = MoneyError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Currency::from_code(&value)
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.code().to_string()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of money: integer minor units in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Minor units (cents for USD).
    pub minor: i64,
    /// The currency.
    pub currency: Currency,
}

impl Money {
    /// An amount in minor units.
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// Zero in a currency.
    pub fn zero(currency: Currency) -> Money {
        Money::new(0, currency)
    }

    /// Adds two amounts of the same currency, refusing overflow.
    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        self.minor
            .checked_add(other.minor)
            .map(|m| Money::new(m, self.currency))
            .ok_or(MoneyError::Overflow)
    }

    fn same_currency(self, other: Money) -> Result<(), MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch(
                self.currency.to_string(),
                other.currency.to_string(),
            ));
        }
        Ok(())
    }

    /// The amount without a currency code, like "1234.50".
    pub fn plain(&self) -> String {
        let exp = self.currency.exponent as u32;
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if exp == 0 {
            return format!("{sign}{abs}");
        }
        let scale = 10u64.pow(exp);
        format!(
            "{sign}{}.{:0width$}",
            abs / scale,
            abs % scale,
            width = exp as usize
        )
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.plain(), self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd() -> Currency {
        Currency::from_code("usd").unwrap()
    }

    #[test]
    fn parses_typical_amounts() {
        assert_eq!(usd().parse_amount("20").unwrap().minor, 2000);
        assert_eq!(usd().parse_amount("20.5").unwrap().minor, 2050);
        assert_eq!(usd().parse_amount("1,234.05").unwrap().minor, 123405);
        assert_eq!(usd().parse_amount(".75").unwrap().minor, 75);
        let jpy = Currency::from_code("JPY").unwrap();
        assert_eq!(jpy.parse_amount("500").unwrap().minor, 500);
        assert!(jpy.parse_amount("5.5").is_err());
    }

    #[test]
    fn reads_amounts_as_french_and_spanish_write_them() {
        let eur = Currency::from_code("EUR").unwrap();
        for (typed, minor) in [
            ("20,50", 2050),
            ("20,5", 2050),
            ("1 234,50", 123450),
            ("1\u{202f}234,50 EUR", 123450),
            ("1.234,50", 123450),
            ("1.234.567,89", 123456789),
            ("1,234,567.89", 123456789),
            ("1,500", 150000),
            ("EUR 12", 1200),
            (",75", 75),
        ] {
            assert_eq!(eur.parse_amount(typed).unwrap().minor, minor, "{typed}");
        }
        // What could be read two ways, or fits no way of writing, is refused.
        for bad in [
            "1,2,3", "12,34,56", "1.234.5", "1,234,5", "1,23.4", "1.2,3.4", "20,5050",
        ] {
            assert!(eur.parse_amount(bad).is_err(), "{bad}");
        }
        let bhd = Currency::from_code("BHD").unwrap();
        assert!(bhd.parse_amount("1,500").is_err(), "1.5 or 1500 BHD?");
        assert_eq!(bhd.parse_amount("1,50").unwrap().minor, 1500);
    }

    #[test]
    fn refuses_bad_amounts_with_an_example() {
        for bad in ["", "-3", "1.234", "abc", "1e5", ".", "+3", "1,2,3"] {
            let err = usd().parse_amount(bad).unwrap_err();
            assert!(err.to_string().contains("20.50"), "{err}");
        }
        assert!(Currency::from_code("XYZ").is_err());
    }

    #[test]
    fn adding_across_currencies_fails() {
        let eur = Currency::from_code("EUR").unwrap();
        assert!(
            Money::new(1, usd())
                .checked_add(Money::new(1, eur))
                .is_err()
        );
    }

    proptest! {
        #[test]
        fn plain_round_trips(minor in 0i64..1_000_000_000_000) {
            let m = Money::new(minor, usd());
            prop_assert_eq!(usd().parse_amount(&m.plain()).unwrap(), m);
        }
    }
}

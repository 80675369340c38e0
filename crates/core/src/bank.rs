//! Bank statement reconciliation: read a bank's CSV export with a column
//! mapping, and match its lines to the ledger's entries. Pure: the caller
//! supplies the entries.

use crate::money::Currency;
use crate::msg::{Msg, told};
use time::Date;

/// Which columns hold what, by header name (case-insensitive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// The booking date column.
    pub date: String,
    /// The signed amount column (money in positive, out negative).
    pub amount: String,
    /// The text column: description, counterparty or reference.
    pub text: String,
    /// How dates are written.
    pub date_format: DateFormat,
    /// Whether amounts use a decimal comma (1.234,50) instead of a point (1,234.50).
    pub decimal_comma: bool,
}

/// How a bank writes dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFormat {
    /// 2026-11-29
    Iso,
    /// 11/29/2026
    MonthFirst,
    /// 29/11/2026 or 29.11.2026
    DayFirst,
}

/// One line of a bank statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankLine {
    /// Physical line in the file.
    pub line: u64,
    /// Booking date.
    pub date: Date,
    /// Signed minor units: money in is positive.
    pub amount: i64,
    /// Description or reference.
    pub text: String,
}

/// A ledger entry as reconciliation sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookEntry {
    /// The entry's id.
    pub id: String,
    /// The day the money moved.
    pub date: Date,
    /// Signed minor units through the treasury: money in is positive.
    pub amount: i64,
    /// The recorded reference.
    pub reference: String,
}

/// What matched and what did not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reconciliation {
    /// (bank line, entry id) pairs.
    pub matched: Vec<(BankLine, String)>,
    /// Bank lines with no entry: money the books do not know about.
    pub unmatched_lines: Vec<BankLine>,
    /// Entries in the statement's date range that no line shows.
    pub unmatched_entries: Vec<BookEntry>,
}

/// Why a statement could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BankError {
    /// A mapped column is not in the file.
    MissingColumn(String, String),
    /// A row could not be read.
    Row {
        /// Physical line.
        line: u64,
        /// What is wrong, said for the reader.
        message: String,
        /// The same, as a message any language can say.
        msg: Msg,
    },
    /// The file is not CSV text: what the CSV reader said.
    NotCsv(String),
    /// The file is not UTF-8 text.
    NotUtf8,
}

impl BankError {
    /// What is wrong, as a message any language can say.
    pub fn msg(&self) -> Msg {
        match self {
            BankError::MissingColumn(name, columns) => Msg::new("error-core-bank-missing-column")
                .text("column", name.clone())
                .text("columns", columns.clone()),
            BankError::Row { line, msg, .. } => Msg::new("error-core-line")
                .num("line", *line as i64)
                .msg("message", msg.clone()),
            BankError::NotCsv(why) => Msg::new("error-core-bank-not-csv").text("why", why.clone()),
            BankError::NotUtf8 => Msg::new("error-core-bank-not-utf8"),
        }
    }

    fn english(&self) -> String {
        match self {
            BankError::MissingColumn(name, columns) => {
                format!("the file has no column named \"{name}\"; its columns are: {columns}")
            }
            BankError::Row { line, message, .. } => format!("line {line}: {message}"),
            BankError::NotCsv(why) => format!("the file could not be read as CSV text: {why}"),
            BankError::NotUtf8 => {
                "the file could not be read as CSV text: it is not UTF-8 text".into()
            }
        }
    }
}

impl std::fmt::Display for BankError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&told(&self.msg(), || self.english()))
    }
}

impl std::error::Error for BankError {}

/// A row that could not be read: `msg`, said for the reader, else
/// `english`.
fn row(line: u64, msg: Msg, english: impl FnOnce() -> String) -> BankError {
    BankError::Row {
        line,
        message: told(&msg, english),
        msg,
    }
}

/// How many days apart a bank line and an entry may be and still match.
pub const MATCH_DAYS: i64 = 5;

fn parse_date(s: &str, f: DateFormat) -> Option<Date> {
    let parts: Vec<&str> = s.trim().split(['-', '/', '.']).collect();
    if parts.len() != 3 {
        return None;
    }
    let n: Vec<i32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (y, m, d) = match f {
        DateFormat::Iso => (n[0], n[1], n[2]),
        DateFormat::MonthFirst => (n[2], n[0], n[1]),
        DateFormat::DayFirst => (n[2], n[1], n[0]),
    };
    let month = time::Month::try_from(u8::try_from(m).ok()?).ok()?;
    Date::from_calendar_date(y, month, u8::try_from(d).ok()?).ok()
}

fn parse_signed(s: &str, currency: Currency, decimal_comma: bool) -> Option<i64> {
    let mut t = s.trim().replace([' ', '\u{a0}', '\''], "");
    if decimal_comma {
        t = t.replace('.', "").replace(',', ".");
    }
    let (negative, rest) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => match t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            Some(r) => (true, r.to_string()),
            None => (false, t.trim_start_matches('+').to_string()),
        },
    };
    let m = currency.parse_amount(&rest).ok()?;
    Some(if negative { -m.minor } else { m.minor })
}

/// Reads a bank statement CSV with a mapping.
pub fn parse(
    bytes: &[u8],
    mapping: &Mapping,
    currency: Currency,
) -> Result<Vec<BankLine>, BankError> {
    let text = std::str::from_utf8(bytes).map_err(|_| BankError::NotUtf8)?;
    let text = text.trim_start_matches('\u{feff}');
    let delimiter = match text.lines().next() {
        Some(h) if h.matches(';').count() > h.matches(',').count() => b';',
        _ => b',',
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| BankError::NotCsv(e.to_string()))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let find = |name: &str| {
        headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| BankError::MissingColumn(name.trim().to_string(), headers.join(", ")))
    };
    let (di, ai, ti) = (
        find(&mapping.date)?,
        find(&mapping.amount)?,
        find(&mapping.text)?,
    );
    let mut out = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| BankError::NotCsv(e.to_string()))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let get = |i: usize| rec.get(i).unwrap_or("").to_string();
        let date = parse_date(&get(di), mapping.date_format).ok_or_else(|| {
            let value = get(di);
            row(
                line,
                Msg::new("error-core-bank-not-a-date").text("value", value.clone()),
                || format!("\"{value}\" is not a date in the chosen format"),
            )
        })?;
        let amount = parse_signed(&get(ai), currency, mapping.decimal_comma).ok_or_else(|| {
            let value = get(ai);
            row(
                line,
                Msg::new("error-core-bank-not-an-amount")
                    .text("value", value.clone())
                    .text("currency", currency.code()),
                || format!("\"{value}\" is not an amount in {currency}"),
            )
        })?;
        out.push(BankLine {
            line,
            date,
            amount,
            text: get(ti).trim().to_string(),
        });
    }
    Ok(out)
}

/// Matches bank lines to entries: the same signed amount within
/// `MATCH_DAYS`, preferring an entry whose reference appears in the line's
/// text, then the closest date. Each entry matches at most one line.
pub fn reconcile(lines: &[BankLine], entries: &[BookEntry]) -> Reconciliation {
    let mut used = vec![false; entries.len()];
    let mut r = Reconciliation::default();
    for line in lines {
        let best = entries
            .iter()
            .enumerate()
            .filter(|(i, e)| {
                !used[*i]
                    && e.amount == line.amount
                    && (e.date - line.date).whole_days().abs() <= MATCH_DAYS
            })
            .min_by_key(|(_, e)| {
                let referenced = !e.reference.is_empty()
                    && line
                        .text
                        .to_lowercase()
                        .contains(&e.reference.to_lowercase());
                (!referenced, (e.date - line.date).whole_days().abs())
            })
            .map(|(i, _)| i);
        match best {
            Some(i) => {
                used[i] = true;
                r.matched.push((line.clone(), entries[i].id.clone()));
            }
            None => r.unmatched_lines.push(line.clone()),
        }
    }
    let (first, last) = (
        lines.iter().map(|l| l.date).min(),
        lines.iter().map(|l| l.date).max(),
    );
    if let (Some(first), Some(last)) = (first, last) {
        for (i, e) in entries.iter().enumerate() {
            if !used[i] && e.date >= first && e.date <= last {
                r.unmatched_entries.push(e.clone());
            }
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn usd() -> Currency {
        Currency::from_code("USD").unwrap()
    }

    #[test]
    fn reads_and_matches_a_statement() {
        let csv = "Booking date;Amount;Description\n\
                   02.11.2026;20,00;ANA OKAFOR DEMO-001\n\
                   03.11.2026;-180,00;BAY CYCLES\n\
                   04.11.2026;5,00;unknown donor\n";
        let m = Mapping {
            date: "booking date".into(),
            amount: "AMOUNT".into(),
            text: "Description".into(),
            date_format: DateFormat::DayFirst,
            decimal_comma: true,
        };
        let lines = parse(csv.as_bytes(), &m, usd()).unwrap();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1].amount, -18000);
        assert_eq!(lines[0].date, date!(2026 - 11 - 02));
        let entries = vec![
            BookEntry {
                id: "a".into(),
                date: date!(2026 - 11 - 01),
                amount: 2000,
                reference: "DEMO-001".into(),
            },
            BookEntry {
                id: "b".into(),
                date: date!(2026 - 11 - 02),
                amount: 2000,
                reference: "other".into(),
            },
            BookEntry {
                id: "pay".into(),
                date: date!(2026 - 11 - 03),
                amount: -18000,
                reference: "".into(),
            },
            BookEntry {
                id: "cash".into(),
                date: date!(2026 - 11 - 03),
                amount: 700,
                reference: "".into(),
            },
        ];
        let r = reconcile(&lines, &entries);
        assert_eq!(r.matched.len(), 2);
        assert_eq!(r.matched[0].1, "a", "the reference beats the closer date");
        assert_eq!(r.matched[1].1, "pay");
        assert_eq!(r.unmatched_lines.len(), 1);
        assert_eq!(r.unmatched_lines[0].text, "unknown donor");
        let ids: Vec<_> = r.unmatched_entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["b", "cash"]);
    }

    #[test]
    fn mistakes_are_explained() {
        let m = Mapping {
            date: "Date".into(),
            amount: "Amount".into(),
            text: "Memo".into(),
            date_format: DateFormat::Iso,
            decimal_comma: false,
        };
        let err = parse(b"Date,Value,Memo\n2026-01-01,1,x\n", &m, usd()).unwrap_err();
        assert_eq!(
            err,
            BankError::MissingColumn("Amount".into(), "Date, Value, Memo".into())
        );
        let err = parse(
            b"Date,Amount,Memo\n2026-01-01,1,x\n31/01/2026,2,y\n",
            &m,
            usd(),
        )
        .unwrap_err();
        assert!(matches!(err, BankError::Row { line: 3, .. }), "{err}");
        let err = parse(b"Date,Amount,Memo\n2026-01-01,abc,x\n", &m, usd()).unwrap_err();
        assert!(err.to_string().contains("not an amount"));
        // A decimal comma is never read as a thousands separator.
        assert_eq!(parse_signed("1.234,50", usd(), true), Some(123450));
        assert_eq!(parse_signed("1,234.50", usd(), false), Some(123450));
        assert_eq!(parse_signed("(12.00)", usd(), false), Some(-1200));
    }
}

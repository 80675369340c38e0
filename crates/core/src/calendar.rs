//! Calendars (RFC 5545): every deadline a member should not miss, as an
//! iCalendar file a calendar program can import or subscribe to. Times are
//! written in UTC; each deadline is an instant (a `VEVENT` with a start and
//! no end, which RFC 5545 reads as ending when it starts) and carries an
//! alarm a day before.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// One deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// Unique and stable: the same deadline always has the same uid, so a
    /// subscribed calendar updates it instead of adding a copy.
    pub uid: String,
    /// When it falls (RFC 3339).
    pub at: String,
    /// When what it belongs to was last changed (RFC 3339): `DTSTAMP`.
    pub stamp: String,
    /// One line: "Voting closes: Buy a kiln?".
    pub summary: String,
    /// More words.
    pub description: String,
    /// Where to act on it.
    pub url: String,
}

/// The longest content line, in octets, before folding (RFC 5545 §3.1).
const LINE: usize = 75;

/// Writes a calendar of these deadlines, or says which time cannot be read.
pub fn write(name: &str, deadlines: &[Deadline]) -> Result<String, String> {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&fold(&s));
        out.push_str("\r\n");
    };
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Pools//Deadlines//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line(format!("X-WR-CALNAME:{}", text(name)));
    line(format!("NAME:{}", text(name)));
    line("REFRESH-INTERVAL;VALUE=DURATION:PT1H".into());
    line("X-PUBLISHED-TTL:PT1H".into());
    for d in deadlines {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", text(&d.uid)));
        line(format!("DTSTAMP:{}", utc(&d.stamp)?));
        line(format!("DTSTART:{}", utc(&d.at)?));
        line(format!("SUMMARY:{}", text(&d.summary)));
        line(format!("DESCRIPTION:{}", text(&d.description)));
        line(format!("URL:{}", d.url));
        line("TRANSP:TRANSPARENT".into());
        line("BEGIN:VALARM".into());
        line("ACTION:DISPLAY".into());
        line("TRIGGER;RELATED=START:-P1D".into());
        line(format!("DESCRIPTION:Tomorrow: {}", text(&d.summary)));
        line("END:VALARM".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    Ok(out)
}

/// An RFC 3339 time as an iCalendar UTC date-time: `20261205T090000Z`.
fn utc(rfc3339: &str) -> Result<String, String> {
    let t = OffsetDateTime::parse(rfc3339, &Rfc3339)
        .map_err(|e| format!("the time \"{rfc3339}\" cannot be read: {e}"))?
        .to_offset(time::UtcOffset::UTC);
    Ok(format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        t.month() as u8,
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    ))
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line into lines of at most 75 octets, each continuation
/// starting with a space, never splitting a character.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > LINE {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn unfold(s: &str) -> String {
        s.replace("\r\n ", "")
    }

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c == '\\' {
                match it.next() {
                    Some('n') => out.push('\n'),
                    Some(o) => out.push(o),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn a_deadline_is_an_instant_in_utc_with_an_alarm_a_day_before() {
        let cal = write(
            "Oakland Makers",
            &[Deadline {
                uid: "decision-1@pools".into(),
                at: "2026-12-05T09:30:00.000Z".into(),
                stamp: "2026-12-01T08:00:00.000Z".into(),
                summary: "Voting closes: Paint, or wallpaper; or both?".into(),
                description: "Line one\nline two".into(),
                url: "https://pools.example/d/1".into(),
            }],
        )
        .unwrap();
        assert!(cal.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(cal.ends_with("END:VCALENDAR\r\n"));
        assert!(cal.contains("\r\nDTSTART:20261205T093000Z\r\n"));
        assert!(cal.contains("\r\nDTSTAMP:20261201T080000Z\r\n"));
        assert!(cal.contains("\r\nTRIGGER;RELATED=START:-P1D\r\n"));
        assert!(cal.contains("SUMMARY:Voting closes: Paint\\, or wallpaper\\; or both?\r\n"));
        assert!(cal.contains("DESCRIPTION:Line one\\nline two\r\n"));
        assert!(!cal.contains("DTEND"), "an instant has no end");
        assert!(cal.lines().all(|l| l.len() <= 75));
        let bad = Deadline {
            uid: "u".into(),
            at: "soon".into(),
            stamp: "2026-12-01T08:00:00Z".into(),
            summary: String::new(),
            description: String::new(),
            url: String::new(),
        };
        assert!(write("x", &[bad]).unwrap_err().contains("\"soon\""));
    }

    proptest! {
        /// Folding keeps every line within 75 octets, never splits a
        /// character, and unfolds to what it was; escaping undoes.
        #[test]
        fn folding_and_escaping_lose_nothing(s in "\\PC{0,300}") {
            let escaped = text(&s);
            let folded = fold(&format!("SUMMARY:{escaped}"));
            for l in folded.split("\r\n") {
                prop_assert!(l.len() <= 75, "{} octets", l.len());
            }
            prop_assert_eq!(unfold(&folded), format!("SUMMARY:{escaped}"));
            let kept: String = s.chars().filter(|c| !c.is_control() || *c == '\n').collect();
            prop_assert_eq!(unescape(&escaped), kept);
        }
    }
}

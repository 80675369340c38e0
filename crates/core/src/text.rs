//! Parse-don't-validate checks for the short texts people type: emails,
//! names, group slugs and passwords.

use crate::msg::{Msg, told};

/// A typed text that was refused, with the field and the fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct TextError {
    /// The field, as named in forms and the API.
    pub field: &'static str,
    /// What is wrong and how to fix it, said for the reader.
    pub message: String,
    /// The same, as a message any language can say.
    pub msg: Msg,
}

fn err(field: &'static str, msg: Msg, english: impl FnOnce() -> String) -> TextError {
    TextError {
        field,
        message: told(&msg, english),
        msg,
    }
}

/// How much of a refused input an error message quotes back.
pub const QUOTE_CHARS: usize = 60;

/// The start of a refused input, for quoting in an error message: at most
/// `QUOTE_CHARS` characters, with "…" when cut, so an error is never larger
/// than a screenful however much was sent.
pub fn quote(raw: &str) -> String {
    let raw = raw.trim();
    match raw.char_indices().nth(QUOTE_CHARS) {
        Some((cut, _)) => format!("{}…", &raw[..cut]),
        None => raw.to_string(),
    }
}

/// Normalizes an email address (trimmed, lower-cased) after a plausibility check.
/// Delivery is the real check; this only catches typos.
pub fn email(raw: &str) -> Result<String, TextError> {
    let e = raw.trim().to_lowercase();
    let ok = e.len() <= 254
        && e.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
        })
        && !e.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(e)
    } else {
        let quoted = quote(raw);
        Err(err(
            "email",
            Msg::new("error-core-text-email").text("text", quoted.clone()),
            || format!("\"{quoted}\" is not an email address: write it like name@example.org"),
        ))
    }
}

/// A person's or a group's display name: trimmed, 1 to 120 characters, no control characters.
pub fn name(field: &'static str, raw: &str) -> Result<String, TextError> {
    let n = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if n.is_empty() {
        return Err(err(field, Msg::new("error-core-text-empty"), || {
            "cannot be empty".into()
        }));
    }
    if n.chars().count() > 120 {
        return Err(too_long(field, 120));
    }
    if n.chars().any(|c| c.is_control()) {
        return Err(err(field, Msg::new("error-core-text-control"), || {
            "contains control characters: remove them".into()
        }));
    }
    Ok(n)
}

/// A longer free text (a description, a commitment): at most `max` characters.
pub fn long_text(field: &'static str, raw: &str, max: usize) -> Result<String, TextError> {
    let t = raw.trim().replace("\r\n", "\n");
    if t.chars().count() > max {
        return Err(too_long(field, max));
    }
    Ok(t)
}

fn too_long(field: &'static str, max: usize) -> TextError {
    err(
        field,
        Msg::new("error-core-text-too-long").num("max", max as i64),
        || format!("is longer than {max} characters: shorten it"),
    )
}

/// A group's slug, the short name in its address: 3 to 60 of a-z, 0-9 and single hyphens.
pub fn slug(raw: &str) -> Result<String, TextError> {
    let s = raw.trim().to_lowercase();
    let valid_chars = s
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if s.len() < 3
        || s.len() > 60
        || !valid_chars
        || s.starts_with('-')
        || s.ends_with('-')
        || s.contains("--")
    {
        let quoted = quote(raw);
        return Err(err(
            "slug",
            Msg::new("error-core-text-slug").text("text", quoted.clone()),
            || {
                format!(
                    "\"{quoted}\" cannot be a group address: use 3 to 60 lower-case letters, digits and single hyphens, like oakland-bike-club"
                )
            },
        ));
    }
    Ok(s)
}

/// Suggests a slug from a group name: "Oakland Bike Club!" becomes "oakland-bike-club".
pub fn slugify(name: &str) -> String {
    let mut s = hyphenated(name);
    s.truncate(60);
    let s = s.trim_end_matches('-').to_string();
    if s.len() < 3 {
        format!("group-{s}").trim_end_matches('-').to_string()
    } else {
        s
    }
}

/// A name in lower-case ASCII letters and digits, its words joined by
/// single hyphens, common accents dropped: "Zoë O'Brien" becomes
/// "zoe-o-brien". Slugs and mention handles are made from it.
pub fn hyphenated(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(|c| c.to_lowercase()) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The password policy: long enough to resist guessing, no other composition rules.
pub fn password(raw: &str) -> Result<&str, TextError> {
    let n = raw.chars().count();
    if n < 10 {
        return Err(err(
            "password",
            Msg::new("error-core-text-password-short").num("min", 10),
            || "must be at least 10 characters long; a few unrelated words make a good one".into(),
        ));
    }
    if n > 200 {
        return Err(err(
            "password",
            Msg::new("error-core-text-password-long").num("max", 200),
            || "must be at most 200 characters long".into(),
        ));
    }
    Ok(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_quote_only_the_start_of_what_was_sent() {
        let huge = "x".repeat(10_000_000);
        let e = email(&huge).unwrap_err();
        assert!(e.message.len() < 200, "{}", e.message.len());
        assert!(e.message.contains(&format!("{}…", "x".repeat(QUOTE_CHARS))));
        assert_eq!(quote("  é short  "), "é short");
        let accents = "é".repeat(QUOTE_CHARS + 1);
        assert_eq!(quote(&accents), format!("{}…", "é".repeat(QUOTE_CHARS)));
        assert!(slug(&huge).unwrap_err().message.len() < 300);
    }

    #[test]
    fn emails() {
        assert_eq!(email(" Ana@Example.ORG ").unwrap(), "ana@example.org");
        for bad in [
            "",
            "ana",
            "ana@",
            "@x.org",
            "ana@org",
            "a b@x.org",
            "a@x.org.",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Oakland-Bikes").unwrap(), "oakland-bikes");
        for bad in ["ab", "-abc", "abc-", "a--b", "a b c", "ábc"] {
            assert!(slug(bad).is_err(), "{bad}");
        }
        assert_eq!(slugify("Oakland Bike Club!"), "oakland-bike-club");
        assert_eq!(slugify("Café Ñandú"), "cafe-nandu");
        assert!(slug(&slugify("X")).is_ok());
        assert!(slug(&slugify("  ")).is_ok());
    }

    #[test]
    fn names_collapse_whitespace() {
        assert_eq!(name("name", "  Ana   Okafor ").unwrap(), "Ana Okafor");
        assert!(name("name", "   ").is_err());
    }

    #[test]
    fn passwords_need_length() {
        assert!(password("short").is_err());
        assert!(password("correct horse battery").is_ok());
    }
}

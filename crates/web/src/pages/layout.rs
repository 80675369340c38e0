//! What every page shares: the layout data, form errors and the error page.

use crate::session::Page;
use askama::Template;
use pools_app::{Actor, FieldError};
use pools_i18n::{Arg, Locale};

/// The data the base template needs.
pub struct Layout {
    pub title: String,
    pub person: Option<String>,
    pub operator: bool,
    pub csrf: String,
    pub flash: Option<String>,
    /// The reader's language.
    pub locale: Locale,
    /// Where the language switcher comes back to.
    pub here: String,
    /// The reader's time zone (UTC without one).
    pub zone: Option<String>,
}

impl Layout {
    /// The layout for a page with this title.
    pub fn new(page: &Page, title: impl Into<String>) -> Layout {
        let (person, operator) = match &page.actor {
            Actor::Person(p) => (Some(p.name.clone()), p.operator),
            _ => (None, false),
        };
        Layout {
            title: title.into(),
            person,
            operator,
            csrf: page.csrf.clone(),
            flash: page.flash.clone(),
            locale: page.locale,
            here: page.here.clone(),
            zone: page.zone().map(str::to_string),
        }
    }

    /// A stored UTC time in the reader's language and zone, the zone named.
    pub fn when(&self, rfc3339: &str) -> String {
        pools_i18n::when(self.locale, rfc3339, self.zone.as_deref())
    }

    /// A message with any number of text arguments, as plain text.
    pub fn ta(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Str(v))).collect();
        self.locale.ta(id, &args)
    }

    /// The language tag for `lang`.
    pub fn lang(&self) -> &'static str {
        self.locale.as_str()
    }

    /// A message in the reader's language.
    pub fn t(&self, id: &str) -> String {
        self.locale.t(id)
    }

    /// A message with one text argument.
    pub fn t1(&self, id: &str, k: &str, v: &str) -> String {
        self.locale.ta(id, &[(k, Arg::Str(v))])
    }

    /// A message with one number argument.
    pub fn tn(&self, id: &str, k: &str, v: impl std::borrow::Borrow<i64>) -> String {
        self.locale.ta(id, &[(k, Arg::Num(*v.borrow()))])
    }

    /// A message with two number arguments.
    pub fn tnn(&self, id: &str, k1: &str, v1: i64, k2: &str, v2: i64) -> String {
        self.locale
            .ta(id, &[(k1, Arg::Num(v1)), (k2, Arg::Num(v2))])
    }

    /// A message with two text arguments.
    pub fn t2(&self, id: &str, k1: &str, v1: &str, k2: &str, v2: &str) -> String {
        self.locale
            .ta(id, &[(k1, Arg::Str(v1)), (k2, Arg::Str(v2))])
    }

    /// A message as HTML, each text argument escaped and set in bold: the
    /// facts a sentence is about stand out in every language. The messages
    /// themselves are ours and hold no markup.
    pub fn strong(&self, id: &str, args: &[(&str, &str)]) -> String {
        strong(self.locale, id, args)
    }

    /// The languages for the switcher: (tag, own name, whether current).
    pub fn languages(&self) -> Vec<(&'static str, &'static str, bool)> {
        Locale::ALL
            .iter()
            .map(|l| (l.as_str(), l.name(), *l == self.locale))
            .collect()
    }
}

/// A message as HTML with each argument escaped and in bold.
pub fn strong(l: Locale, id: &str, args: &[(&str, &str)]) -> String {
    tagged(l, id, args, "strong")
}

/// A message as HTML with each argument escaped and set in `tag` (the
/// messages are ours and hold no markup).
pub fn tagged(l: Locale, id: &str, args: &[(&str, &str)], tag: &str) -> String {
    let marked: Vec<(&str, &str, Option<&str>)> =
        args.iter().map(|(k, v)| (*k, *v, Some(tag))).collect();
    marked_up(l, id, &marked)
}

/// A message as HTML, each argument escaped and set in its own tag, or in
/// none.
pub fn marked_up(l: Locale, id: &str, args: &[(&str, &str, Option<&str>)]) -> String {
    let shown: Vec<String> = args
        .iter()
        .map(|(_, v, tag)| {
            let v = crate::render::escape(v);
            match tag {
                Some(t) => format!("<{t}>{v}</{t}>"),
                None => v,
            }
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = args
        .iter()
        .zip(&shown)
        .map(|((k, _, _), v)| (*k, Arg::Str(v.as_str())))
        .collect();
    l.ta(id, &args)
}

/// A form's problems, shown in a summary and next to each field.
#[derive(Default)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    /// No errors.
    pub fn none() -> FormErrors {
        FormErrors(Vec::new())
    }
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// How many.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// All of them.
    pub fn all(&self) -> &[FieldError] {
        &self.0
    }
    /// The first message for a field.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
    /// Whether a field has a problem.
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }
}

/// The page shown for an error, in the reader's language.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub locale: Locale,
    pub title: String,
    pub message: String,
    pub sign_in: bool,
}

impl ErrorPage {
    /// "Sign in or create an account.", both links.
    pub fn sign_in_html(&self) -> String {
        let l = self.locale;
        let signin = format!(
            r#"<a class="button" href="/signin">{}</a>"#,
            crate::render::escape(&l.t("error-sign-in-link"))
        );
        let create = format!(
            r#"<a href="/signup">{}</a>"#,
            crate::render::escape(&l.t("error-create-account"))
        );
        l.ta(
            "error-sign-in",
            &[("signin", Arg::Str(&signin)), ("create", Arg::Str(&create))],
        )
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// The message ids a source file names literally, as the first
    /// argument of a message method (t, t1, tn, tnn, t2, ta, strong).
    fn named_ids(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        for call in [
            "t(\"",
            "t1(\"",
            "tn(\"",
            "tnn(\"",
            "t2(\"",
            "ta(\"",
            "strong(\"",
        ] {
            let mut rest = text;
            while let Some(i) = rest.find(call) {
                let before = rest[..i].chars().last();
                rest = &rest[i + call.len()..];
                // A method call on a layout, page or locale, not a macro
                // or a free function.
                if before != Some('.') && before != Some(':') {
                    continue;
                }
                if let Some(end) = rest.find('"') {
                    found.push(rest[..end].to_string());
                }
            }
        }
        found
    }

    #[test]
    fn every_message_a_page_names_is_written() {
        let known: BTreeSet<String> = pools_i18n::keys(pools_i18n::Locale::En)
            .into_iter()
            .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut dirs = vec![root.join("templates"), root.join("src")];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).expect("a source folder") {
                let p = e.expect("an entry").path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "html" || x == "rs") {
                    files.push(p);
                }
            }
        }
        let mut missing = Vec::new();
        let mut named = 0;
        for f in &files {
            let text = std::fs::read_to_string(f).expect("a readable file");
            for id in named_ids(&text) {
                named += 1;
                if !known.contains(&id) {
                    missing.push(format!("{}: {id}", f.display()));
                }
            }
        }
        assert!(named > 100, "the pages were read: {named} ids");
        assert!(
            missing.is_empty(),
            "messages not in locales/en: {missing:#?}"
        );
    }
}

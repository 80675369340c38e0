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
        }
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
    let wrapped: Vec<String> = args
        .iter()
        .map(|(_, v)| format!("<strong>{}</strong>", crate::render::escape(v)))
        .collect();
    let args: Vec<(&str, Arg<'_>)> = args
        .iter()
        .zip(&wrapped)
        .map(|((k, _), w)| (*k, Arg::Str(w.as_str())))
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

/// The page shown for an error.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub title: String,
    pub message: String,
    pub sign_in: bool,
}

//! Words as data: a message id and its arguments, said later in the
//! reader's language and time zone.
//!
//! An email goes to many people, each in their own language; an error is
//! shown on a page in the reader's. The use cases say *what* to tell as a
//! `Msg`; the languages crate (`pools-i18n`) says it. Ids name messages in
//! its `locales/<lang>/*.ftl` files.

use crate::Money;
use crate::decision::Said;
use std::borrow::Cow;
use std::sync::OnceLock;

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text shown as is: a name, a title, what someone wrote.
    Text(String),
    /// A whole number (it picks plural forms).
    Num(i64),
    /// An amount, in the reader's number format.
    Money(Money),
    /// A moment stored as RFC 3339 UTC, shown in the reader's zone.
    Time(String),
    /// A calendar day, `YYYY-MM-DD`, in the reader's words.
    Day(String),
    /// Another message, said in the same language.
    Msg(Box<Msg>),
    /// A decision's result, explained.
    Said(Box<Said>),
}

/// A message to say in someone's language: an id and named arguments, or
/// text that is already words (what a person wrote, an excerpt).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    /// The message id; empty for `Msg::raw`.
    pub id: Cow<'static, str>,
    /// The arguments, by name.
    pub args: Vec<(&'static str, Value)>,
    /// For `Msg::raw`: the words themselves.
    pub raw: Option<String>,
}

impl Msg {
    /// The message with this id.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Msg {
        Msg {
            id: id.into(),
            args: Vec::new(),
            raw: None,
        }
    }

    /// Words that are not ours to translate, said as they are.
    pub fn raw(text: impl Into<String>) -> Msg {
        Msg {
            id: Cow::Borrowed(""),
            args: Vec::new(),
            raw: Some(text.into()),
        }
    }

    /// Adds a text argument.
    pub fn text(mut self, name: &'static str, v: impl Into<String>) -> Msg {
        self.args.push((name, Value::Text(v.into())));
        self
    }

    /// Adds a number argument.
    pub fn num(mut self, name: &'static str, v: i64) -> Msg {
        self.args.push((name, Value::Num(v)));
        self
    }

    /// Adds an amount.
    pub fn money(mut self, name: &'static str, v: Money) -> Msg {
        self.args.push((name, Value::Money(v)));
        self
    }

    /// Adds a moment (RFC 3339 UTC).
    pub fn time(mut self, name: &'static str, rfc3339: impl Into<String>) -> Msg {
        self.args.push((name, Value::Time(rfc3339.into())));
        self
    }

    /// Adds a day (`YYYY-MM-DD`).
    pub fn day(mut self, name: &'static str, ymd: impl Into<String>) -> Msg {
        self.args.push((name, Value::Day(ymd.into())));
        self
    }

    /// Adds another message as an argument.
    pub fn msg(mut self, name: &'static str, m: Msg) -> Msg {
        self.args.push((name, Value::Msg(Box::new(m))));
        self
    }

    /// Adds a result's explanation.
    pub fn said(mut self, name: &'static str, s: Said) -> Msg {
        self.args.push((name, Value::Said(Box::new(s))));
        self
    }
}

/// Who says messages for the reader: the languages crate installs it
/// (`pools_i18n::install`) when the application starts. The domain stays
/// free of languages: without a teller (its own tests, or a tool that
/// installs none) every message is said in the English written next to it.
static TELLER: OnceLock<fn(&Msg) -> String> = OnceLock::new();

/// Installs the teller, once; later calls change nothing.
pub fn install_teller(f: fn(&Msg) -> String) {
    let _ = TELLER.set(f);
}

/// A message said for the reader by the installed teller, else in the
/// English given. The domain's errors are written with it, so a person
/// reads what is wrong in their own language; tests in the languages
/// crate hold each English to its message.
pub fn told(m: &Msg, english: impl FnOnce() -> String) -> String {
    match TELLER.get() {
        Some(f) => f(m),
        None => english(),
    }
}

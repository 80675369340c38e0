//! Words as data: a message id and its arguments, said later in the
//! reader's language and time zone.
//!
//! An email goes to many people, each in their own language; an error is
//! shown on a page in the reader's. The use cases say *what* to tell as a
//! `Msg`; the languages crate (`pools-i18n`) says it. Ids name messages in
//! its `locales/<lang>/*.ftl` files.

use crate::Money;
use crate::decision::Said;
use serde::{Deserialize, Serialize};
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
    pub args: Vec<(Cow<'static, str>, Value)>,
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
        self.args.push((Cow::Borrowed(name), Value::Text(v.into())));
        self
    }

    /// Adds a number argument.
    pub fn num(mut self, name: &'static str, v: i64) -> Msg {
        self.args.push((Cow::Borrowed(name), Value::Num(v)));
        self
    }

    /// Adds an amount.
    pub fn money(mut self, name: &'static str, v: Money) -> Msg {
        self.args.push((Cow::Borrowed(name), Value::Money(v)));
        self
    }

    /// Adds a moment (RFC 3339 UTC).
    pub fn time(mut self, name: &'static str, rfc3339: impl Into<String>) -> Msg {
        self.args
            .push((Cow::Borrowed(name), Value::Time(rfc3339.into())));
        self
    }

    /// Adds a day (`YYYY-MM-DD`).
    pub fn day(mut self, name: &'static str, ymd: impl Into<String>) -> Msg {
        self.args
            .push((Cow::Borrowed(name), Value::Day(ymd.into())));
        self
    }

    /// Adds another message as an argument.
    pub fn msg(mut self, name: &'static str, m: Msg) -> Msg {
        self.args
            .push((Cow::Borrowed(name), Value::Msg(Box::new(m))));
        self
    }

    /// Adds a result's explanation.
    pub fn said(mut self, name: &'static str, s: Said) -> Msg {
        self.args
            .push((Cow::Borrowed(name), Value::Said(Box::new(s))));
        self
    }
}

/// A message as the journal keeps it, to be said later in each reader's
/// language: `{"id": …, "args": {name: {"text": …} | {"num": …} |
/// {"money": …} | {"time": …} | {"day": …} | {"msg": …}}}`, or
/// `{"raw": …}`. A result's explanation is not kept this way (the journal
/// has the outcome it comes from), so a message holding one cannot be.
#[derive(Serialize, Deserialize)]
struct Kept {
    #[serde(default, skip_serializing_if = "str::is_empty")]
    id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "kept_args")]
    args: Vec<(String, KeptValue)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    raw: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum KeptValue {
    Text(String),
    Num(i64),
    Money(Money),
    Time(String),
    Day(String),
    Msg(Box<Kept>),
}

/// Arguments kept as a JSON object, in the order given.
mod kept_args {
    use super::KeptValue;
    use serde::de::{MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[(String, KeptValue)], s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(v.len()))?;
        for (k, x) in v {
            m.serialize_entry(k, x)?;
        }
        m.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<(String, KeptValue)>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Vec<(String, KeptValue)>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a message's arguments, by name")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = a.next_entry()? {
                    out.push((k, v));
                }
                Ok(out)
            }
        }
        d.deserialize_map(V)
    }
}

impl Kept {
    fn of(m: &Msg) -> Result<Kept, &'static str> {
        let args = m
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Value::Text(t) => KeptValue::Text(t.clone()),
                    Value::Num(n) => KeptValue::Num(*n),
                    Value::Money(x) => KeptValue::Money(*x),
                    Value::Time(t) => KeptValue::Time(t.clone()),
                    Value::Day(d) => KeptValue::Day(d.clone()),
                    Value::Msg(inner) => KeptValue::Msg(Box::new(Kept::of(inner)?)),
                    Value::Said(_) => {
                        return Err("a message that explains a result cannot be kept");
                    }
                };
                Ok((k.to_string(), v))
            })
            .collect::<Result<_, _>>()?;
        Ok(Kept {
            id: m.id.to_string(),
            args,
            raw: m.raw.clone(),
        })
    }

    fn into_msg(self) -> Msg {
        Msg {
            id: Cow::Owned(self.id),
            args: self
                .args
                .into_iter()
                .map(|(k, v)| {
                    let v = match v {
                        KeptValue::Text(t) => Value::Text(t),
                        KeptValue::Num(n) => Value::Num(n),
                        KeptValue::Money(x) => Value::Money(x),
                        KeptValue::Time(t) => Value::Time(t),
                        KeptValue::Day(d) => Value::Day(d),
                        KeptValue::Msg(inner) => Value::Msg(Box::new(inner.into_msg())),
                    };
                    (Cow::Owned(k), v)
                })
                .collect(),
            raw: self.raw,
        }
    }
}

impl Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Kept::of(self)
            .map_err(serde::ser::Error::custom)?
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Msg {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Msg, D::Error> {
        Ok(Kept::deserialize(d)?.into_msg())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;
    use crate::decision::Turnout;

    #[test]
    fn a_kept_message_comes_back_the_same() {
        let m = Msg::new("error-x")
            .text("name", "Ana")
            .num("count", 3)
            .money(
                "amount",
                Money::new(1234, Currency::from_code("EUR").unwrap()),
            )
            .time("at", "2026-12-06T10:00:00Z")
            .day("day", "2026-12-06")
            .msg("why", Msg::new("error-y").num("n", -1));
        let json = serde_json::to_string(&m).unwrap();
        assert!(
            json.starts_with(r#"{"id":"error-x","args":{"name":{"text":"Ana"},"count":{"num":3}"#),
            "{json}"
        );
        let back: Msg = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
        let raw = Msg::raw("as written");
        let back: Msg = serde_json::from_str(&serde_json::to_string(&raw).unwrap()).unwrap();
        assert_eq!(back, raw);
    }

    #[test]
    fn a_result_explanation_is_not_kept() {
        let m = Msg::new("x").said(
            "s",
            crate::decision::Said::NoQuorum(Turnout {
                voted: 1,
                eligible: 9,
                quorum: 3,
            }),
        );
        assert!(serde_json::to_string(&m).is_err());
    }
}

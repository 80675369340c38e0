//! Pools in the members' own language and time zone.
//!
//! Every word a page or an email shows is a Fluent message in
//! `locales/<lang>/*.ftl` (one file per part of Pools), complete in English, French and Spanish (a
//! test fails when a key is missing from one). The language is the
//! person's setting, else the browser's `Accept-Language`, else English.
//! Times are stored in UTC and shown in the reader's IANA time zone with
//! the zone named; money is shown with the reader's separators and the
//! currency's code, so an amount is never ambiguous.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// A language Pools speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// English, the language of the record and the legal documents.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

/// The message files of each language, one per part of Pools.
const FILES: [&str; 12] = [
    "pools",
    "pool",
    "money",
    "formation",
    "talk",
    "mail",
    "errors",
    "errors-pools",
    "errors-decisions",
    "errors-money",
    "errors-talk",
    "errors-core",
];

macro_rules! files_of {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/pools.ftl")),
            include_str!(concat!("../locales/", $lang, "/pool.ftl")),
            include_str!(concat!("../locales/", $lang, "/money.ftl")),
            include_str!(concat!("../locales/", $lang, "/formation.ftl")),
            include_str!(concat!("../locales/", $lang, "/talk.ftl")),
            include_str!(concat!("../locales/", $lang, "/mail.ftl")),
            include_str!(concat!("../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../locales/", $lang, "/errors-pools.ftl")),
            include_str!(concat!("../locales/", $lang, "/errors-decisions.ftl")),
            include_str!(concat!("../locales/", $lang, "/errors-money.ftl")),
            include_str!(concat!("../locales/", $lang, "/errors-talk.ftl")),
            include_str!(concat!("../locales/", $lang, "/errors-core.ftl")),
        ]
    };
}

const SOURCES: [(Locale, [&str; FILES.len()]); 3] = [
    (Locale::En, files_of!("en")),
    (Locale::Fr, files_of!("fr")),
    (Locale::Es, files_of!("es")),
];

impl Locale {
    /// Every language, in the order the switcher shows them.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Fr, Locale::Es];

    /// The language tag, as `lang` attributes, settings and forms use it.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Es => "es",
        }
    }

    /// The language's own name for itself.
    pub fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Es => "Español",
        }
    }

    /// Reads a language tag (`fr`, `fr-CA`, `ES`); `None` for a language
    /// Pools does not speak.
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.as_str() == primary)
    }

    /// The language to use: the person's setting if it is one Pools speaks,
    /// else the first language of `Accept-Language` (by its q-values) that
    /// Pools speaks, else English.
    pub fn negotiate(setting: Option<&str>, accept_language: Option<&str>) -> Locale {
        if let Some(l) = setting.and_then(Locale::parse) {
            return l;
        }
        let mut offered: Vec<(u32, usize, Locale)> = Vec::new();
        for (i, part) in accept_language.unwrap_or("").split(',').enumerate() {
            let mut bits = part.split(';');
            let Some(l) = bits.next().and_then(Locale::parse) else {
                continue;
            };
            // q in thousandths, so no float decides anything.
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .map(quality)
                .unwrap_or(1000);
            if q > 0 {
                offered.push((q, i, l));
            }
        }
        offered.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        offered.first().map(|o| o.2).unwrap_or_default()
    }

    /// A message with no arguments.
    pub fn t(self, id: &str) -> String {
        self.ta(id, &[])
    }

    /// A message with arguments: text, or whole numbers (which pick plural
    /// forms).
    pub fn ta(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fa.set(*k, FluentValue::from(*s)),
                Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
            }
        }
        for l in [self, Locale::En] {
            let bundle = bundle(l);
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fa), &mut errors)
                    .into_owned();
            }
        }
        // A key in no language is a bug the completeness test catches; the
        // page still shows something a reader can report.
        id.to_string()
    }
}

/// A message argument.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Text, inserted as is (pages escape it).
    Str(&'a str),
    /// A whole number.
    Num(i64),
}

fn quality(q: &str) -> u32 {
    let q = q.trim();
    let (whole, frac) = q.split_once('.').unwrap_or((q, ""));
    let whole: u32 = whole.parse().unwrap_or(0);
    let mut thousandths = 0;
    for (i, c) in frac.chars().take(3).enumerate() {
        thousandths += c.to_digit(10).unwrap_or(0) * [100, 10, 1][i];
    }
    (whole * 1000 + thousandths).min(1000)
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 3] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES.map(|(l, texts)| {
            let lang: unic_langid::LanguageIdentifier =
                l.as_str().parse().expect("a valid language tag");
            let mut b = FluentBundle::new_concurrent(vec![lang]);
            // Pages are HTML, escaped by the templates; bidi isolation
            // marks would only get in the way of copying and searching.
            b.set_use_isolating(false);
            for (name, text) in FILES.iter().zip(texts) {
                let resource =
                    FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, e)| {
                        panic!("locales/{}/{name}.ftl does not parse: {e:?}", l.as_str())
                    });
                b.add_resource(resource).unwrap_or_else(|e| {
                    panic!(
                        "locales/{}/{name}.ftl repeats a key of another file: {e:?}",
                        l.as_str()
                    )
                });
            }
            b
        })
    })
}

fn bundle(l: Locale) -> &'static FluentBundle<FluentResource> {
    let i = Locale::ALL.iter().position(|x| *x == l).unwrap_or(0);
    &bundles()[i]
}

/// The message keys of one language's files, in the order written.
pub fn keys(l: Locale) -> Vec<String> {
    let texts: &[&str] = SOURCES
        .iter()
        .find(|(x, _)| *x == l)
        .map(|(_, t)| t.as_slice())
        .unwrap_or(&[]);
    texts
        .iter()
        .flat_map(|text| text.lines())
        .filter_map(|line| {
            let (key, _) = line.split_once(" =")?;
            let key = key.trim_end();
            let ok = !key.is_empty()
                && !line.starts_with([' ', '#', '.', '-'])
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            ok.then(|| key.to_string())
        })
        .collect()
}

/// An amount as the reader writes numbers, always with the currency's
/// code: `1,234.50 USD`, `1 234,50 USD`, `1.234,50 USD`.
pub fn money(l: Locale, m: pools_core::Money) -> String {
    let plain = m.plain();
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let (group, point) = match l {
        Locale::En => (",", "."),
        // A narrow no-break space, as French typography groups digits.
        Locale::Fr => ("\u{202f}", ","),
        Locale::Es => (".", ","),
    };
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(c);
    }
    let code = m.currency.code();
    if frac.is_empty() {
        format!("{sign}{grouped} {code}")
    } else {
        format!("{sign}{grouped}{point}{frac} {code}")
    }
}

/// Whether a time zone name is one Pools knows (IANA, like
/// `Europe/Paris`).
pub fn is_time_zone(name: &str) -> bool {
    jiff::tz::TimeZone::get(name.trim()).is_ok()
}

/// Every time zone Pools knows, by IANA name, sorted (for a form's list).
pub fn time_zones() -> Vec<String> {
    let mut v: Vec<String> = jiff::tz::db()
        .available()
        .map(|n| n.as_str().to_string())
        .filter(|n| n.contains('/') && !n.starts_with("Etc/"))
        .collect();
    v.sort();
    v
}

/// A moment stored as RFC 3339 UTC, in the reader's time zone and
/// language, with the zone named: `10 Dec 2026, 01:19 (Europe/Paris)`.
/// Without a zone (or with one Pools does not know) it is shown in UTC.
pub fn when(l: Locale, rfc3339: &str, zone: Option<&str>) -> String {
    let Ok(ts) = rfc3339.parse::<jiff::Timestamp>() else {
        return rfc3339.to_string();
    };
    let (tz, name) = match zone.map(str::trim).filter(|z| !z.is_empty()) {
        Some(z) => match jiff::tz::TimeZone::get(z) {
            Ok(tz) => (tz, z.to_string()),
            Err(_) => (jiff::tz::TimeZone::UTC, "UTC".to_string()),
        },
        None => (jiff::tz::TimeZone::UTC, "UTC".to_string()),
    };
    let at = ts.to_zoned_datetime(tz);
    let month = l.t(&format!("month-{}", at.month()));
    l.ta(
        "when",
        &[
            ("day", Arg::Num(at.day() as i64)),
            ("month", Arg::Str(&month)),
            ("year", Arg::Num(at.year() as i64)),
            (
                "time",
                Arg::Str(&format!("{:02}:{:02}", at.hour(), at.minute())),
            ),
            ("zone", Arg::Str(&name)),
        ],
    )
}

/// A calendar day written `YYYY-MM-DD`, in the reader's words:
/// `6 Dec 2026`. Anything else is shown as it is.
pub fn day(l: Locale, ymd: &str) -> String {
    let Ok(d) = ymd.trim().parse::<jiff::civil::Date>() else {
        return ymd.to_string();
    };
    let month = l.t(&format!("month-{}", d.month()));
    l.ta(
        "day",
        &[
            ("day", Arg::Num(d.day() as i64)),
            ("month", Arg::Str(&month)),
            ("year", Arg::Num(d.year() as i64)),
        ],
    )
}

/// Who is being answered: the language and time zone of the request being
/// served.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reader {
    /// Their language.
    pub locale: Locale,
    /// Their IANA time zone (UTC without one).
    pub zone: Option<String>,
}

tokio::task_local! {
    static READER: std::cell::RefCell<Reader>;
}

/// Runs `f` answering `r`: every message `tell` says inside it, such as
/// the errors the use cases return, is in `r`'s language. The web layer
/// wraps each request in this.
pub async fn answering<F: std::future::Future>(r: Reader, f: F) -> F::Output {
    READER.scope(std::cell::RefCell::new(r), f).await
}

/// Says who is being answered, once known better (when a request's
/// person is found, their own setting wins over the browser's). Does
/// nothing outside `answering`.
pub fn now_answering(r: Reader) {
    let _ = READER.try_with(|c| *c.borrow_mut() = r);
}

/// Who is being answered: English in UTC outside a request.
pub fn reader() -> Reader {
    READER.try_with(|c| c.borrow().clone()).unwrap_or_default()
}

/// Makes the domain's own messages (its errors) speak through `tell`: the
/// application calls this once when it starts.
pub fn install() {
    pools_core::msg::install_teller(tell);
}

/// A message said for whoever is being answered (`reader`).
pub fn tell(m: &pools_core::msg::Msg) -> String {
    let r = reader();
    say(r.locale, r.zone.as_deref(), m)
}

/// A message the use cases wrote as data (`pools_core::msg::Msg`), said in
/// this language, with times in `zone` (UTC without one).
pub fn say(l: Locale, zone: Option<&str>, m: &pools_core::msg::Msg) -> String {
    use pools_core::msg::Value;
    if let Some(raw) = &m.raw {
        return raw.clone();
    }
    let said: Vec<(&str, Result<String, i64>)> = m
        .args
        .iter()
        .map(|(k, v)| {
            let v = match v {
                Value::Text(t) => Ok(t.clone()),
                Value::Num(n) => Err(*n),
                Value::Money(x) => Ok(money(l, *x)),
                Value::Time(t) => Ok(when(l, t, zone)),
                Value::Day(d) => Ok(day(l, d)),
                Value::Msg(inner) => Ok(say(l, zone, inner)),
                Value::Said(s) => Ok(explanation(l, s)),
            };
            (k.as_ref(), v)
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = said
        .iter()
        .map(|(k, v)| {
            (
                *k,
                match v {
                    Ok(t) => Arg::Str(t.as_str()),
                    Err(n) => Arg::Num(*n),
                },
            )
        })
        .collect();
    l.ta(&m.id, &args)
}

/// The words around every letter, for `to_name`, in this language.
pub fn letter_words(l: Locale, to_name: &str) -> pools_core::mail::Words {
    pools_core::mail::Words {
        lang: l.as_str().to_string(),
        hello: l.ta("mail-hello", &[("name", Arg::Str(to_name))]),
        stop_text: l.ta("mail-stop-text", &[("link", Arg::Str("{link}"))]),
        stop_link: l.t("mail-stop-link"),
    }
}

/// The language of someone's setting (`en`, `fr`, `es`), else `fallback`.
pub fn of_setting(setting: Option<&str>, fallback: Locale) -> Locale {
    setting.and_then(Locale::parse).unwrap_or(fallback)
}

/// A Flood's double majority in the reader's language: how the people
/// voted, how many of the `n` member pools approve, and so whether the
/// decision passes. In English it is what the result records.
pub fn double_majority(l: Locale, people_passed: bool, approving: u64, n: u64) -> String {
    let pools_passed = approving * 2 > n;
    let people = l.t(if people_passed {
        "dm-people-passed"
    } else {
        "dm-people-failed"
    });
    let pools = l.ta(
        "dm-pools",
        &[
            ("approving", Arg::Num(approving as i64)),
            ("n", Arg::Num(n as i64)),
            ("more", Arg::Str(if pools_passed { "yes" } else { "no" })),
        ],
    );
    let verdict = l.t(if people_passed && pools_passed {
        "dm-passes"
    } else {
        "dm-fails"
    });
    format!("{people} {pools} {verdict}")
}

/// Votes to five places with the reader's decimal sign: "12.34567",
/// "12,34567".
pub fn votes(l: Locale, units: u64) -> String {
    let v = pools_core::stv::votes(units);
    match l {
        Locale::En => v,
        Locale::Fr | Locale::Es => v.replace('.', ","),
    }
}

/// What one stage of an STV count did, in the reader's language. In
/// English it is word for word the stage's recorded `action` (a property
/// test checks it).
pub fn stv_step(l: Locale, step: &pools_core::stv::Step, names: &[String]) -> String {
    use pools_core::stv::Step;
    let quoted = |c: usize| l.ta("stv-quoted", &[("name", Arg::Str(&names[c]))]);
    let list = |xs: &[usize]| {
        let q: Vec<String> = xs.iter().map(|&c| quoted(c)).collect();
        match q.len() {
            0 => String::new(),
            1 => q[0].clone(),
            n => l.ta(
                "stv-and",
                &[
                    ("rest", Arg::Str(&q[..n - 1].join(", "))),
                    ("last", Arg::Str(&q[n - 1])),
                ],
            ),
        }
    };
    let elected = |id: &str, xs: &[usize]| {
        l.ta(
            id,
            &[
                ("names", Arg::Str(&list(xs))),
                ("n", Arg::Num(xs.len() as i64)),
            ],
        )
    };
    let mut words = match step {
        Step::FirstPreferences { elected: e } if e.is_empty() => l.t("stv-first"),
        Step::FirstPreferences { elected: e } => elected("stv-first-elected", e),
        Step::Filled { elected: e } => elected("stv-filled", e),
        Step::Surplus {
            of, surplus, value, ..
        } => l.ta(
            "stv-surplus",
            &[
                ("name", Arg::Str(&quoted(*of))),
                ("surplus", Arg::Str(&votes(l, *surplus))),
                ("value", Arg::Str(&votes(l, *value))),
            ],
        ),
        Step::Excluded { of, had, .. } => l.ta(
            "stv-excluded",
            &[
                ("name", Arg::Str(&quoted(*of))),
                ("had", Arg::Str(&votes(l, *had))),
            ],
        ),
    };
    match step {
        Step::Surplus { tie: true, .. } => {
            words.push(' ');
            words.push_str(&l.t("stv-surplus-tie"));
        }
        Step::Excluded { tie: true, .. } => {
            words.push(' ');
            words.push_str(&l.t("stv-excluded-tie"));
        }
        _ => {}
    }
    if let Step::Surplus { elected: e, .. } | Step::Excluded { elected: e, .. } = step
        && !e.is_empty()
    {
        words.push(' ');
        words.push_str(&elected("stv-then-elected", e));
    }
    words
}

/// A result's explanation in the reader's language, from what it says
/// (`pools_core::decision::Said`). In English it is word for word the
/// explanation the journal records (a property test checks it).
pub fn explanation(l: Locale, said: &pools_core::decision::Said) -> String {
    use pools_core::decision::{Said, Verdict};
    let turnout = |t: &pools_core::decision::Turnout| {
        l.ta(
            "said-turnout",
            &[
                ("voted", Arg::Num(t.voted as i64)),
                ("eligible", Arg::Num(t.eligible as i64)),
                ("quorum", Arg::Num(t.quorum as i64)),
            ],
        )
    };
    let names = |v: &[String]| list(l, v);
    match said {
        Said::NoQuorum(t) => l.ta("said-no-quorum", &[("turnout", Arg::Str(&turnout(t)))]),
        Said::Proposal {
            turnout: t,
            verdict,
            agree,
            against,
            abstain,
            share,
            threshold,
            blocks_allowed,
            blocks,
        } => {
            let n = |k: &'static str, v: u64| (k, Arg::Num(v as i64));
            let counts = if *abstain > 0 {
                l.ta(
                    "said-counts-abstained",
                    &[
                        n("agree", *agree),
                        n("against", *against),
                        n("abstain", *abstain),
                    ],
                )
            } else {
                l.ta("said-counts", &[n("agree", *agree), n("against", *against)])
            };
            let measure = match share {
                None => l.t("said-measure-nobody"),
                Some(share) => l.ta(
                    "said-measure",
                    &[
                        n("share", *share),
                        ("threshold", Arg::Str(&l.t(threshold_key(*threshold)))),
                    ],
                ),
            };
            let verdict = l.t(match verdict {
                Verdict::Passed => "said-passed",
                Verdict::Blocked => "said-blocked",
                Verdict::NotPassed => "said-not-passed",
            });
            let mut out = l.ta(
                "said-proposal",
                &[
                    ("verdict", Arg::Str(&verdict)),
                    ("turnout", Arg::Str(&turnout(t))),
                    ("counts", Arg::Str(&counts)),
                    ("measure", Arg::Str(&measure)),
                ],
            );
            let blocks = if *blocks_allowed {
                Some(l.ta("said-blocks", &[n("blocks", *blocks)]))
            } else if *blocks > 0 {
                Some(l.ta("said-blocks-counted", &[n("blocks", *blocks)]))
            } else {
                None
            };
            if let Some(b) = blocks {
                out.push(' ');
                out.push_str(&b);
            }
            out
        }
        Said::NothingPicked(t) => {
            l.ta("said-nothing-picked", &[("turnout", Arg::Str(&turnout(t)))])
        }
        Said::Choice {
            turnout: t,
            winners,
            ballots,
        } => l.ta(
            if winners.len() == 1 {
                "said-choice-won"
            } else {
                "said-choice-tie"
            },
            &[
                ("turnout", Arg::Str(&turnout(t))),
                ("names", Arg::Str(&names(winners))),
                ("ballots", Arg::Num(*ballots as i64)),
            ],
        ),
        Said::Score {
            turnout: t,
            winners,
            average_tenths,
            max_score,
        } => {
            let point = if l == Locale::En { "." } else { "," };
            let avg = format!("{}{point}{}", average_tenths / 10, average_tenths % 10);
            l.ta(
                if winners.len() == 1 {
                    "said-score-won"
                } else {
                    "said-score-tie"
                },
                &[
                    ("turnout", Arg::Str(&turnout(t))),
                    ("names", Arg::Str(&names(winners))),
                    ("average", Arg::Str(&avg)),
                    ("max", Arg::Num(*max_score as i64)),
                ],
            )
        }
        Said::Schulze {
            turnout: t,
            winner,
            beats_all,
            tie,
            order,
        } => {
            let winner_q = quoted(l, winner);
            let head = match tie {
                None => l.ta(
                    if *beats_all {
                        "said-schulze-won-all"
                    } else {
                        "said-schulze-won"
                    },
                    &[
                        ("turnout", Arg::Str(&turnout(t))),
                        ("winner", Arg::Str(&winner_q)),
                    ],
                ),
                Some(tied) => {
                    let who: Vec<String> = tied.iter().map(|(n, _)| n.clone()).collect();
                    let firsts: Vec<String> =
                        tied.iter().map(|(n, c)| format!("{n} {c}")).collect();
                    l.ta(
                        "said-schulze-tie",
                        &[
                            ("turnout", Arg::Str(&turnout(t))),
                            ("tied", Arg::Str(&names(&who))),
                            ("firsts", Arg::Str(&firsts.join(", "))),
                            ("winner", Arg::Str(&winner_q)),
                        ],
                    )
                }
            };
            let order: Vec<String> = order
                .iter()
                .map(|tier| {
                    if tier.len() == 1 {
                        quoted(l, &tier[0])
                    } else {
                        l.ta("said-tier-tied", &[("names", Arg::Str(&names(tier)))])
                    }
                })
                .collect();
            format!(
                "{head} {}",
                l.ta("said-ranking", &[("order", Arg::Str(&order.join(", ")))])
            )
        }
        Said::Stv {
            turnout: t,
            elected,
            seats,
            quota,
            valid,
            stages,
        } => l.ta(
            "said-stv",
            &[
                ("elected", Arg::Str(&names(elected))),
                ("seats", Arg::Num(*seats as i64)),
                ("turnout", Arg::Str(&turnout(t))),
                ("quota", Arg::Num(*quota as i64)),
                ("valid", Arg::Num(*valid as i64)),
                ("stages", Arg::Num(*stages as i64)),
            ],
        ),
    }
}

/// A pool's rules in plain words, one sentence each, in the reader's
/// language (in English, word for word what `Rules::describe` says).
pub fn rules(l: Locale, r: &pools_core::Rules, currency: pools_core::Currency) -> Vec<String> {
    use pools_core::rules::{Admission, Proposers, RuleLine, SecretBallots};
    let n = |k: &'static str, v: i64| (k, Arg::Num(v));
    r.lines()
        .iter()
        .map(|line| match *line {
            RuleLine::OneVote => l.t("rule-one-vote"),
            RuleLine::Quorum(q) => l.ta("rule-quorum", &[n("percent", q as i64)]),
            RuleLine::Approval(t) => l.ta(
                "rule-approval",
                &[("threshold", Arg::Str(&threshold(l, t)))],
            ),
            RuleLine::Blocks(true) => l.t("rule-blocks-stop"),
            RuleLine::Blocks(false) => l.t("rule-blocks-counted"),
            RuleLine::VotingDays { default, min, max } => l.ta(
                "rule-voting-days",
                &[
                    n("default", default as i64),
                    n("min", min as i64),
                    n("max", max as i64),
                ],
            ),
            RuleLine::Proposers(Proposers::AnyMember) => l.t("rule-proposers-any"),
            RuleLine::Proposers(Proposers::Organizers) => l.t("rule-proposers-organizers"),
            RuleLine::BuyIn(m) if m <= 0 => l.t("rule-no-buy-in"),
            RuleLine::BuyIn(m) => {
                let amount = pools_core::Money::new(m, currency);
                // English keeps the journal's own way of writing amounts.
                let shown = if l == Locale::En {
                    amount.to_string()
                } else {
                    money(l, amount)
                };
                l.ta("rule-buy-in", &[("amount", Arg::Str(&shown))])
            }
            RuleLine::Commitment(true) => l.t("rule-commitment"),
            RuleLine::Commitment(false) => l.t("rule-no-commitment"),
            RuleLine::Admission(Admission::Automatic) => l.t("rule-admission-automatic"),
            RuleLine::Admission(Admission::ByVote) => l.t("rule-admission-vote"),
            RuleLine::RuleChange(t) => {
                l.ta("rule-change", &[("threshold", Arg::Str(&threshold(l, t)))])
            }
            RuleLine::Exit(days) => l.ta("rule-exit", &[n("days", days as i64)]),
            RuleLine::HideResults(true) => l.t("rule-hidden"),
            RuleLine::HideResults(false) => l.t("rule-live"),
            RuleLine::CloseEarly => l.t("rule-close-early"),
            RuleLine::Proxies => l.t("rule-proxies"),
            RuleLine::Secret(SecretBallots::Always) => l.t("rule-secret-always"),
            RuleLine::Secret(_) => l.t("rule-secret-optional"),
        })
        .collect()
}

/// The message keys of a receipt check's finding: its heading and its
/// words.
pub fn receipt_keys(found: &pools_core::secret::Receipt) -> (&'static str, &'static str) {
    use pools_core::secret::Receipt;
    match found {
        Receipt::Counted(_) => ("receipt-counted", "receipt-counted-words"),
        Receipt::Sealed => ("receipt-sealed", "receipt-sealed-words"),
        Receipt::Unknown => ("receipt-unknown", "receipt-unknown-words"),
    }
}

/// A threshold's words' key.
fn threshold_key(t: pools_core::rules::Threshold) -> &'static str {
    t.msg_id()
}

/// A threshold in the reader's words: "more than half".
pub fn threshold(l: Locale, t: pools_core::rules::Threshold) -> String {
    l.t(threshold_key(t))
}

/// A name in the reader's quotation marks.
fn quoted(l: Locale, name: &str) -> String {
    l.ta("quoted", &[("name", Arg::Str(name))])
}

/// Names quoted and joined: `"A", "B" and "C"`.
fn list(l: Locale, names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| quoted(l, n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        n => l.ta(
            "list-and",
            &[
                ("first", Arg::Str(&q[..n - 1].join(", "))),
                ("last", Arg::Str(&q[n - 1])),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_language_has_every_key() {
        let en: BTreeSet<String> = keys(Locale::En).into_iter().collect();
        assert!(en.len() > 20, "the English file was read: {}", en.len());
        for l in Locale::ALL {
            let these: Vec<String> = keys(l);
            let set: BTreeSet<String> = these.iter().cloned().collect();
            assert_eq!(set.len(), these.len(), "{} repeats a key", l.as_str());
            let missing: Vec<_> = en.difference(&set).collect();
            let extra: Vec<_> = set.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{}/: missing {missing:?}, not in English {extra:?}",
                l.as_str()
            );
            // Every key formats without falling back or failing.
            for k in &these {
                assert!(
                    bundle(l).get_message(k).and_then(|m| m.value()).is_some(),
                    "{k}"
                );
            }
        }
    }

    #[test]
    fn french_counts_none_and_one_alike_and_says_the_number() {
        // French plurals put 0 with 1 ("one"): a message for "one" must say
        // its number, never a literal 1. The check reads every file.
        for (_, texts) in SOURCES.iter().filter(|(l, _)| *l == Locale::Fr) {
            for text in texts {
                for line in text.lines().filter(|l| l.contains("[one]")) {
                    let after = line.split("[one]").nth(1).unwrap_or("");
                    assert!(
                        !after.split_whitespace().any(|w| w == "1"),
                        "a French [one] says 1: {line}"
                    );
                }
            }
        }
        let none = Locale::Fr.ta("thread-heading", &[("count", Arg::Num(0))]);
        assert!(none.contains("0 commentaire"), "{none}");
    }

    #[test]
    fn the_language_follows_the_setting_then_the_browser() {
        assert_eq!(Locale::negotiate(Some("es"), Some("fr")), Locale::Es);
        assert_eq!(
            Locale::negotiate(None, Some("de-DE,fr-CA;q=0.8,en;q=0.5")),
            Locale::Fr
        );
        assert_eq!(
            Locale::negotiate(None, Some("en;q=0.4, es;q=0.9")),
            Locale::Es
        );
        assert_eq!(Locale::negotiate(Some("xx"), Some("de")), Locale::En);
        assert_eq!(Locale::negotiate(None, Some("fr;q=0")), Locale::En);
        assert_eq!(Locale::negotiate(None, None), Locale::En);
    }

    #[test]
    fn money_and_time_in_the_readers_format() {
        let usd = pools_core::Currency::from_code("USD").unwrap();
        let m = pools_core::Money::new(123_450, usd);
        assert_eq!(money(Locale::En, m), "1,234.50 USD");
        assert_eq!(money(Locale::Fr, m), "1\u{202f}234,50 USD");
        assert_eq!(money(Locale::Es, m), "1.234,50 USD");
        assert_eq!(
            money(Locale::En, pools_core::Money::new(-5, usd)),
            "-0.05 USD"
        );
        let at = "2026-12-10T00:19:00.000Z";
        assert_eq!(when(Locale::En, at, None), "10 Dec 2026, 00:19 (UTC)");
        assert_eq!(
            when(Locale::Fr, at, Some("Europe/Paris")),
            "10 déc. 2026, 01:19 (Europe/Paris)"
        );
        assert_eq!(
            when(Locale::Es, at, Some("America/Mexico_City")),
            "9 dic 2026, 18:19 (America/Mexico_City)"
        );
        assert!(is_time_zone("America/Argentina/Buenos_Aires"));
        assert!(!is_time_zone("Mars/Olympus"));
    }
}

#[cfg(test)]
mod explained {
    use super::*;
    use pools_core::decision::{self, Choice, Method, Stance, Tally};
    use pools_core::rules::{Rules, Threshold};
    use proptest::prelude::*;

    fn method(kind: u8) -> Method {
        let options: Vec<String> = ["Tuesday", "Thursday", "Saturday", "Sunday"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        match kind % 6 {
            0 => Method::Proposal,
            1 => Method::SingleChoice { options },
            2 => Method::MultipleChoice {
                options,
                min: 0,
                max: 2,
            },
            3 => Method::Score {
                options,
                max_score: 5,
            },
            4 => Method::RankedChoice { options },
            _ => Method::Stv { options, seats: 2 },
        }
    }

    fn ballot(m: &Method, seed: &[u8]) -> Choice {
        let pick = |i: usize| seed[i % seed.len()] as usize % 4;
        match m {
            Method::Proposal => Choice::Proposal(Stance::ALL[pick(0)]),
            Method::SingleChoice { .. } => Choice::Single(pick(0)),
            Method::MultipleChoice { .. } => {
                let mut v: Vec<usize> = (0..(seed[0] as usize % 3)).map(pick).collect();
                v.sort();
                v.dedup();
                Choice::Multiple(v)
            }
            Method::Score { .. } => {
                Choice::Score((0..4).map(|i| seed[i % seed.len()] % 6).collect())
            }
            _ => {
                let mut order: Vec<usize> = Vec::new();
                for i in 0..(1 + seed[0] as usize % 4) {
                    let o = pick(i + 1);
                    if !order.contains(&o) {
                        order.push(o);
                    }
                }
                Choice::Ranked(order)
            }
        }
    }

    proptest! {
        /// In English the rules read word for word as `Rules::describe`.
        #[test]
        fn english_rules_read_as_described(
            quorum in 0u8..=100,
            t in 0usize..4,
            blocks in any::<bool>(),
            days in 1u16..40,
            buy_in in prop_oneof![Just(0i64), 1i64..10_000_000],
            flags in any::<[bool; 6]>(),
            secret in 0usize..3,
            exit in 0u16..2000,
        ) {
            let r = Rules {
                quorum_percent: quorum,
                approval: Threshold::ALL[t],
                blocks,
                min_voting_days: 1,
                default_voting_days: days,
                max_voting_days: 60,
                proposers: if flags[0] { pools_core::rules::Proposers::Organizers } else { pools_core::rules::Proposers::AnyMember },
                buy_in_minor: buy_in,
                commitment_required: flags[1],
                admission: if flags[2] { pools_core::rules::Admission::ByVote } else { pools_core::rules::Admission::Automatic },
                rule_change: Threshold::ALL[t],
                exit_repay_days: exit,
                hide_results: flags[3],
                close_early: flags[4],
                secret_ballots: pools_core::rules::SecretBallots::ALL[secret],
                proxies: flags[5],
            };
            let usd = pools_core::Currency::from_code("USD").unwrap();
            prop_assert_eq!(rules(Locale::En, &r, usd), r.describe(usd));
            for l in Locale::ALL {
                prop_assert_eq!(rules(l, &r, usd).len(), r.describe(usd).len());
            }
        }

        /// The English messages say word for word what the journal records.
        #[test]
        fn english_says_what_the_journal_records(
            kind in 0u8..6,
            seeds in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 1..6), 0..25),
            extra in 0u64..10,
            quorum in 0u8..=100,
            blocks in any::<bool>(),
            t in 0usize..4,
        ) {
            let m = method(kind);
            let ballots: Vec<Choice> = seeds.iter().map(|s| ballot(&m, s)).collect();
            let tally = Tally::from_ballots(&m, ballots.iter());
            let rules = Rules { quorum_percent: quorum, blocks, ..Rules::default() };
            let threshold = Threshold::ALL[t];
            let eligible = ballots.len() as u64 + extra;
            let o = decision::outcome(&m, &tally, eligible, &rules, threshold);
            let said = decision::said(&m, &tally, eligible, &rules, threshold);
            prop_assert_eq!(explanation(Locale::En, &said), o.explanation);
            // And every language says something for it.
            for l in Locale::ALL {
                prop_assert!(!explanation(l, &said).contains("said-"));
            }
        }

        /// An amount as any reader sees it reads back as the same amount,
        /// so a figure copied from a page into a form is never another.
        #[test]
        fn amounts_shown_read_back_exactly(
            minor in 0i64..10_000_000_000_000,
            c in 0usize..4,
        ) {
            let currency = pools_core::Currency::from_code(["USD", "EUR", "JPY", "BHD"][c]).unwrap();
            let m = pools_core::Money::new(minor, currency);
            for l in Locale::ALL {
                let shown = money(l, m);
                // A three-decimal amount under a thousand, like "1,500 BHD"
                // in French, reads two ways and is refused, never misread.
                match currency.parse_amount(&shown) {
                    Ok(back) => prop_assert_eq!(back, m, "{}", shown),
                    Err(_) => prop_assert!(currency.exponent() == 3, "{} refused", shown),
                }
            }
        }

        /// A Flood's double majority says in English what the result
        /// records.
        #[test]
        fn english_double_majority_reads_as_recorded(
            people in any::<bool>(),
            n in 1u64..12,
            approving in 0u64..12,
        ) {
            let approving = approving.min(n);
            prop_assert_eq!(
                double_majority(Locale::En, people, approving, n),
                pools_core::flood::double_majority_words(people, approving, n)
            );
            for l in Locale::ALL {
                prop_assert!(!double_majority(l, people, approving, n).contains("dm-"));
            }
        }

        /// Each stage of an STV count says in English what the count
        /// sheet records, and something in every language.
        #[test]
        fn english_stv_stages_read_as_recorded(
            seeds in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 1..6), 1..40),
            seats in 1u16..4,
        ) {
            let names: Vec<String> = ["Ana", "Ben", "Chloé", "Dev", "Eun"]
                .iter()
                .map(|s| s.to_string())
                .collect();
            let mut profiles: Vec<pools_core::stv::Profile> = Vec::new();
            for seed in &seeds {
                let mut ranking: Vec<usize> = Vec::new();
                for b in seed {
                    let c = *b as usize % names.len();
                    if !ranking.contains(&c) {
                        ranking.push(c);
                    }
                }
                match profiles.iter_mut().find(|p| p.ranking == ranking) {
                    Some(p) => p.ballots += 1,
                    None => profiles.push(pools_core::stv::Profile { ranking, ballots: 1 }),
                }
            }
            let (count, steps) = pools_core::stv::count_with_steps(&names, seats, &profiles);
            prop_assert_eq!(count.stages.len(), steps.len());
            for (stage, step) in count.stages.iter().zip(&steps) {
                prop_assert_eq!(&stv_step(Locale::En, step, &names), &stage.action);
                for l in Locale::ALL {
                    prop_assert!(!stv_step(l, step, &names).contains("stv-"));
                }
            }
        }
    }
}

#[cfg(test)]
mod domain_errors;

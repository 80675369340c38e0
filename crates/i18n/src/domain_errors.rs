//! The domain's errors, held to their messages: each error below is made
//! from real input by the function that refuses it, and its message, said
//! in English, must be word for word the English the error shows (without
//! a teller installed, `told` gives that English). French and Spanish must
//! say something else, with no message id left showing.

use crate::{Locale, say};
use pools_core::bank::{self, BankError, DateFormat, Mapping};
use pools_core::budget::{self, BudgetLine, Round, RoundPlan};
use pools_core::decision::{Choice, Method, Stance};
use pools_core::flood::{self, LeaveError};
use pools_core::ledger::{self, Account, LedgerError, Posting};
use pools_core::meetup::{self, MeetupError};
use pools_core::msg::{Msg, Value};
use pools_core::rules::{Rules, SecretBallots, Threshold};
use pools_core::{Currency, Money, proxy, text};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Every message id in `m`, its own and its arguments'.
fn ids(m: &Msg, out: &mut Vec<String>) {
    if !m.id.is_empty() {
        out.push(m.id.to_string());
    }
    for (_, v) in &m.args {
        if let Value::Msg(inner) = v {
            ids(inner, out);
        }
    }
}

/// `msg` says `english` in English, and something else, fully said, in
/// French and Spanish.
fn check(msg: &Msg, english: &str) {
    assert!(
        msg.raw.is_none(),
        "{english:?} has a message, not raw words"
    );
    assert_eq!(
        say(Locale::En, None, msg),
        english,
        "the English of {}",
        msg.id
    );
    let mut all = Vec::new();
    ids(msg, &mut all);
    for l in [Locale::Fr, Locale::Es] {
        let said = say(l, None, msg);
        assert_ne!(
            said,
            english,
            "{} is not translated into {}",
            msg.id,
            l.as_str()
        );
        for id in &all {
            assert!(
                !said.contains(id.as_str()),
                "{} in {} shows the id {id}: {said}",
                msg.id,
                l.as_str()
            );
        }
        assert!(!said.contains("error-core-"), "{said}");
    }
}

fn text_error(e: text::TextError) {
    assert_eq!(e.to_string(), format!("{}: {}", e.field, e.message));
    check(&e.msg, &e.message);
}

fn rule_error(e: &pools_core::rules::RuleError) {
    check(&e.msg, &e.message);
}

fn usd() -> Currency {
    Currency::from_code("USD").unwrap()
}

#[test]
fn typed_texts() {
    let e = text::email("x").unwrap_err();
    assert_eq!(
        e.message,
        "\"x\" is not an email address: write it like name@example.org"
    );
    text_error(e);
    text_error(text::name("name", "   ").unwrap_err());
    text_error(text::name("name", &"a".repeat(121)).unwrap_err());
    text_error(text::name("name", "Ana\u{7}Okafor").unwrap_err());
    text_error(text::long_text("description", &"a".repeat(5001), 5000).unwrap_err());
    text_error(text::slug("A B").unwrap_err());
    text_error(text::password("short").unwrap_err());
    text_error(text::password(&"p".repeat(201)).unwrap_err());
}

#[test]
fn rules_and_secret_ballots() {
    let errs = Rules {
        quorum_percent: 120,
        min_voting_days: 10,
        max_voting_days: 5,
        buy_in_minor: -1,
        ..Rules::default()
    }
    .validate()
    .unwrap_err();
    assert_eq!(errs.len(), 3);
    errs.iter().for_each(rule_error);
    for r in [
        Rules {
            min_voting_days: 0,
            ..Rules::default()
        },
        Rules {
            max_voting_days: 400,
            ..Rules::default()
        },
        Rules {
            default_voting_days: 30,
            ..Rules::default()
        },
        Rules {
            exit_repay_days: 2000,
            ..Rules::default()
        },
    ] {
        let errs = r.validate().unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        rule_error(&errs[0]);
    }
    rule_error(&SecretBallots::Never.decide(Some(true)).unwrap_err());
    rule_error(&SecretBallots::Always.decide(Some(false)).unwrap_err());
}

#[test]
fn currencies_and_amounts() {
    let e = Currency::from_code("XYZ").unwrap_err();
    check(&e.msg(), &e.to_string());
    for c in ["USD", "JPY", "KWD"] {
        let e = Currency::from_code(c)
            .unwrap()
            .parse_amount("abc")
            .unwrap_err();
        check(&e.msg(), &e.to_string());
    }
    let e = usd().parse_amount("2000000000000").unwrap_err();
    assert_eq!(e, pools_core::money::MoneyError::Overflow);
    check(&e.msg(), &e.to_string());
    let eur = Currency::from_code("EUR").unwrap();
    let e = Money::new(1, usd())
        .checked_add(Money::new(1, eur))
        .unwrap_err();
    check(&e.msg(), &e.to_string());
}

fn options(n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("Option {i}")).collect()
}

fn decision_error(e: pools_core::decision::DecisionError) {
    assert_eq!(e.to_string(), format!("{}: {}", e.field, e.message));
    check(&e.msg, &e.message);
}

#[test]
fn decisions_and_ballots() {
    let bad_methods = [
        Method::SingleChoice {
            options: options(1),
        },
        Method::SingleChoice {
            options: options(51),
        },
        Method::SingleChoice {
            options: vec!["Tuesday".into(), " ".into()],
        },
        Method::SingleChoice {
            options: vec!["Tuesday".into(), "Tuesday".into()],
        },
        Method::MultipleChoice {
            options: options(3),
            min: 3,
            max: 2,
        },
        Method::Stv {
            options: options(3),
            seats: 3,
        },
        Method::Score {
            options: options(3),
            max_score: 0,
        },
    ];
    for m in bad_methods {
        decision_error(m.validate().unwrap_err());
    }
    let multiple = Method::MultipleChoice {
        options: options(3),
        min: 1,
        max: 2,
    };
    let score = Method::Score {
        options: options(2),
        max_score: 5,
    };
    let ranked = Method::RankedChoice {
        options: options(3),
    };
    let bad_ballots = [
        (
            Method::Proposal,
            Choice::Proposal(Stance::Block),
            String::new(),
        ),
        (
            multiple.clone(),
            Choice::Multiple(vec![0, 0]),
            String::new(),
        ),
        (multiple, Choice::Multiple(vec![]), String::new()),
        (score, Choice::Score(vec![6, 0]), String::new()),
        (ranked, Choice::Ranked(vec![]), String::new()),
        (
            Method::Proposal,
            Choice::Proposal(Stance::Agree),
            "x".repeat(2001),
        ),
    ];
    for (m, c, reason) in bad_ballots {
        decision_error(m.check_ballot(&c, &reason).unwrap_err());
    }
    // A ballot of the wrong kind names the method, in every language.
    for m in [
        Method::Proposal,
        Method::SingleChoice {
            options: options(2),
        },
        Method::MultipleChoice {
            options: options(2),
            min: 0,
            max: 1,
        },
        Method::Score {
            options: options(2),
            max_score: 3,
        },
        Method::RankedChoice {
            options: options(2),
        },
        Method::Stv {
            options: options(3),
            seats: 1,
        },
    ] {
        let wrong = match m {
            Method::Proposal => Choice::Single(0),
            _ => Choice::Proposal(Stance::Agree),
        };
        decision_error(m.check_ballot(&wrong, "").unwrap_err());
    }
}

#[test]
fn proxies() {
    let errors = [
        proxy::check_grant(false, "a", "b", true, None),
        proxy::check_grant(true, "a", "a", true, None),
        proxy::check_grant(true, "a", "b", false, None),
        proxy::check_grant(true, "a", "b", true, Some("c")),
        proxy::decision_allows(true, false, true),
        proxy::decision_allows(true, true, false),
        proxy::decision_allows(false, false, false),
        proxy::check_cast("ana", "ben", Some("cy"), true, false),
        proxy::check_cast("ana", "ben", Some("ben"), false, false),
        proxy::check_cast("ana", "ben", Some("ben"), true, true),
    ];
    for e in errors {
        let e = e.unwrap_err();
        assert_eq!(e.to_string(), e.message);
        check(&e.msg, &e.message);
    }
}

fn meetup_error(e: MeetupError) {
    if let MeetupError::Malformed { message, msg, .. } = &e {
        check(msg, message);
    }
    check(&e.msg(), &e.to_string());
}

#[test]
fn meetup_exports() {
    let files: [&[u8]; 15] = [
        b"",
        b"Foo,Bar\n1,2\n",
        b"Name,Foo\nAna,2\n",
        b"\xFF\xFEN\0a\0m\0e\0",
        b"Name,Member ID\nAna,1\n\xFF\n",
        b"Name,Nom,Member ID\nAna,Ana,1\n",
        b"Name,Member ID\nAna,1,extra\n",
        b"Name,Member ID\n,5\n",
        b"Name,Member ID,Joined Group on\nAna,1,soon\n",
        b"Name,Member ID,Meetups attended\nAna,1,many\n",
        b"Name,Member ID,Assistant Organizer\nAna,1,maybe\n",
        b"Name,Member ID\nAna,abc\n",
        b"Name,Member ID,URL of Member Profile\nAna,,\n",
        b"Name,Member ID\nAna,1\nBen,1\n",
        b"Name;Member ID\nAna;1\nBen;2\nCy;2\n",
    ];
    for f in files {
        meetup_error(meetup::parse(f).unwrap_err());
    }
    // A header with no names at all reads as an empty file, so "(none)"
    // is only reachable by building the error.
    meetup_error(MeetupError::NotAnExport {
        missing: vec!["Name".into(), "Member ID".into()],
        found: vec![],
    });
}

#[test]
fn bank_statements() {
    let m = Mapping {
        date: "Date".into(),
        amount: "Amount".into(),
        text: "Memo".into(),
        date_format: DateFormat::Iso,
        decimal_comma: false,
    };
    let files: [&[u8]; 4] = [
        b"Date,Value,Memo\n2026-01-01,1,x\n",
        b"Date,Amount,Memo\n2026-01-01,1,x\n31/01/2026,2,y\n",
        b"Date,Amount,Memo\n2026-01-01,abc,x\n",
        b"Date,Amount,Memo\n\xFF\n",
    ];
    for f in files {
        let e = bank::parse(f, &m, usd()).unwrap_err();
        if let BankError::Row { message, msg, .. } = &e {
            check(msg, message);
        }
        check(&e.msg(), &e.to_string());
    }
    // What the CSV reader says is its own; the words around it are ours.
    let e = BankError::NotCsv("found record with 3 fields".into());
    check(&e.msg(), &e.to_string());
}

fn plan() -> RoundPlan {
    RoundPlan {
        amount: 10_000,
        bucket_days: 7,
        funding_days: 7,
        cap: None,
        guidelines: String::new(),
    }
}

fn budget_error(e: budget::BudgetError) {
    if let budget::BudgetError::Invalid(r) = &e {
        check(&r.msg, &r.message);
    }
    check(&e.msg(), &e.to_string());
}

#[test]
fn budgeting_rounds() {
    for p in [
        RoundPlan {
            amount: 0,
            ..plan()
        },
        RoundPlan {
            bucket_days: 0,
            ..plan()
        },
        RoundPlan {
            funding_days: 91,
            ..plan()
        },
        RoundPlan {
            cap: Some(0),
            ..plan()
        },
        RoundPlan {
            guidelines: "g".repeat(5001),
            ..plan()
        },
    ] {
        let (_, r) = p.validate().unwrap_err();
        check(&r.msg, &r.message);
        assert_eq!(String::from(r.clone()), r.to_string());
    }
    budget_error(budget::allocate(0, 3).unwrap_err());
    budget_error(budget::allocate(100, 0).unwrap_err());
    budget_error(budget::goals(&[]).unwrap_err());
    let line = |min: i64, max: Option<i64>| BudgetLine {
        label: "Paint".into(),
        min,
        max,
    };
    budget_error(budget::goals(&[line(0, None)]).unwrap_err());
    budget_error(budget::goals(&[line(i64::MAX, None), line(1, None)]).unwrap_err());
    let mut r = Round::new(["ana", "ben"], 1000, Some(600));
    r.add_bucket("mural", 1500);
    r.add_bucket("bench", 400);
    budget_error(r.fund("ana", "mural", 0).unwrap_err());
    budget_error(r.fund("zed", "mural", 1).unwrap_err());
    budget_error(r.fund("ana", "fountain", 1).unwrap_err());
    budget_error(r.fund("ana", "mural", 1001).unwrap_err());
    budget_error(r.fund("ana", "bench", 401).unwrap_err());
    r.fund("ana", "mural", 600).unwrap();
    budget_error(r.fund("ana", "mural", 1).unwrap_err());
}

#[test]
fn the_books() {
    for e in [
        ledger::check_amount(0).unwrap_err(),
        ledger::check_amount(ledger::MAX_AMOUNT + 1).unwrap_err(),
        ledger::next_balances(&ledger::pay(100, None).unwrap(), |_| 0).unwrap_err(),
        ledger::next_balances(&ledger::receive(10).unwrap(), |_| i64::MAX).unwrap_err(),
        ledger::check_covered(&ledger::authorize(100).unwrap(), |a| {
            if *a == Account::Treasury { 50 } else { 0 }
        })
        .unwrap_err(),
    ] {
        check(&e.msg(), &e.to_string());
    }
    // An entry that does not balance is a bug, never someone's doing: it
    // is said in English only.
    let e = ledger::check_balanced(&[Posting {
        account: Account::Treasury,
        amount: 5,
    }])
    .unwrap_err();
    assert!(matches!(e, LedgerError::Unbalanced(_)));
    assert_eq!(e.msg(), Msg::raw(e.to_string()));
}

#[test]
fn leaving_a_flood() {
    let one: BTreeMap<String, i64> = [("a".to_string(), 100)].into();
    for e in [
        flood::leave_share(100, 0, &one, "b").unwrap_err(),
        flood::leave_share(-1, 0, &one, "a").unwrap_err(),
        flood::leave_share(100, 40, &one, "a").unwrap_err(),
    ] {
        check(&e.msg(), &e.to_string());
    }
    assert_eq!(
        flood::leave_share(100, 40, &one, "a"),
        Err(LeaveError::PendingPayouts(40))
    );
}

#[test]
fn a_double_majority_flood_with_secret_ballots() {
    let rules = Rules {
        secret_ballots: SecretBallots::Always,
        ..Rules::default()
    };
    let e = flood::check_rules(true, &rules).unwrap_err();
    check(&e.msg(), &e.to_string());
    assert!(flood::check_rules(false, &rules).is_ok());
}

proptest! {
    /// Any impossible quorum, voting period or exit window reads in
    /// English as the rules refuse it.
    #[test]
    fn impossible_rules_read_as_refused(
        quorum in 0u8..=255,
        min in 0u16..500,
        default in 0u16..500,
        max in 0u16..500,
        exit in 0u16..4000,
        approval in 0usize..4,
        change in 0usize..4,
    ) {
        let r = Rules {
            quorum_percent: quorum,
            min_voting_days: min,
            default_voting_days: default,
            max_voting_days: max,
            exit_repay_days: exit,
            approval: Threshold::ALL[approval],
            rule_change: Threshold::ALL[change],
            ..Rules::default()
        };
        if let Err(errs) = r.validate() {
            errs.iter().for_each(rule_error);
        }
    }

    /// Whatever is typed as an amount, a refusal reads in English as
    /// the amount parser says it.
    #[test]
    fn refused_amounts_read_as_refused(
        typed in "\\PC{0,80}",
        c in 0usize..5,
    ) {
        let code = ["USD", "JPY", "KWD", "EUR", "CLP"][c];
        if let Err(e) = Currency::from_code(code).unwrap().parse_amount(&typed) {
            check(&e.msg(), &e.to_string());
        }
    }

    /// Whatever is typed as an email, a slug or a name, a refusal reads in
    /// English as the check says it.
    #[test]
    fn refused_texts_read_as_refused(typed in "\\PC{0,150}") {
        if let Err(e) = text::email(&typed) {
            text_error(e);
        }
        if let Err(e) = text::slug(&typed) {
            text_error(e);
        }
        if let Err(e) = text::name("name", &typed) {
            text_error(e);
        }
    }

    /// Refused funding reads in English as the round refuses it, for any
    /// amounts.
    #[test]
    fn refused_funding_reads_as_refused(
        per_member in 1i64..1_000_000,
        max in 1i64..1_000_000,
        cap in proptest::option::of(1i64..1_000_000),
        asks in proptest::collection::vec((0usize..3, -5i64..1_000_000), 1..12),
    ) {
        let mut r = Round::new(["ana", "ben"], per_member, cap);
        r.add_bucket("mural", max);
        for (who, amount) in asks {
            let who = ["ana", "ben", "zed"][who];
            if let Err(e) = r.fund(who, "mural", amount) {
                budget_error(e);
            }
        }
    }
}

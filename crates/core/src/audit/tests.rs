use super::AuditSummary;
use crate::budget::RoundPlan;
use crate::decision::{self, Choice, Method, Outcome, Stance, Tally};
use crate::event::{Event, Spend};
use crate::journal::ChainBreak;
use crate::journal::JournalEntry;
use crate::ledger;
use crate::rules::Rules;
use std::collections::BTreeMap;

/// The audit of a global journal, and of the same journal split into
/// chains per body and merged again: every journal here, honest or forged,
/// must get the same verdict both ways (and the same counts when honest),
/// so the dependencies the chains record are enough to check them.
fn audit(entries: &[JournalEntry]) -> Result<AuditSummary, ChainBreak> {
    let global = super::audit(entries);
    let chained = crate::chain::split(entries).and_then(|c| super::audit_chains(&c));
    match (&global, &chained) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "the chains count otherwise"),
        (Err(_), Err(_)) => {}
        _ => panic!("the global journal says {global:?}, its chains say {chained:?}"),
    }
    global
}

/// Pool p1's active members a, b and c, as every test journal starts.
fn members() -> Vec<Event> {
    ["a", "b", "c"]
        .into_iter()
        .map(|p| Event::PoolMemberJoined {
            pool_id: "p1".into(),
            person_id: p.into(),
            role: crate::membership::PoolRole::Member,
            status: crate::membership::MemberStatus::Active,
            commitment: "We agree.".into(),
            commitment_hash: crate::membership::commitment_hash("We agree."),
        })
        .collect()
}

fn chain(events: &[Event]) -> Vec<JournalEntry> {
    let mut out: Vec<JournalEntry> = Vec::new();
    for ev in members().iter().chain(events) {
        let prev = out.last().map(|p| (p.seq, p.hash.as_str()));
        let e = JournalEntry::next(prev, "2026-11-29T09:00:00.000Z".into(), None, ev);
        out.push(e);
    }
    out
}

fn opened(rule_change: Option<Rules>) -> Event {
    Event::DecisionOpened {
        decision_id: "d1".into(),
        pool_id: "p1".into(),
        proposer_id: "a".into(),
        title: "Paint?".into(),
        body: String::new(),
        method: Method::Proposal,
        rule_change,
        rules: Rules::default(),
        closes_at: "2026-12-01T09:00:00.000Z".into(),
        electorate: vec!["a".into(), "b".into(), "c".into()],
        spend: None,
        round: None,
        admission: None,
        flood_action: None,
        member_pools: None,
        secret: false,
    }
}

fn cast(person: &str, s: Stance) -> Event {
    Event::BallotCast {
        decision_id: "d1".into(),
        person_id: person.into(),
        choice: Choice::Proposal(s),
        reason: String::new(),
        by: None,
    }
}

fn true_outcome(ballots: &[Stance]) -> Outcome {
    let m = Method::Proposal;
    let t = Tally::from_ballots(
        &m,
        &ballots
            .iter()
            .map(|s| Choice::Proposal(*s))
            .collect::<Vec<_>>(),
    );
    let r = Rules::default();
    decision::outcome(&m, &t, 3, &r, r.approval)
}

/// A passed round decision, a round of 3,001 among three members, one
/// bucket, contributions, and a close claiming `claimed` for the bucket.
fn round_journal(gifts: &[(&str, i64)], claimed: i64, funded: bool) -> Vec<Event> {
    let plan = RoundPlan {
        amount: 3_001,
        bucket_days: 1,
        funding_days: 1,
        cap: None,
        guidelines: String::new(),
    };
    let mut open = opened(None);
    if let Event::DecisionOpened { round, .. } = &mut open {
        *round = Some(plan.clone());
    }
    let mut events = vec![
        Event::MoneyReceived {
            entry_id: "e0".into(),
            pool_id: "p1".into(),
            person_id: "a".into(),
            kind: crate::event::MoneyKind::Gift,
            amount: 5_000,
            received_on: "2026-11-01".into(),
            method: "cash".into(),
            reference: String::new(),
            postings: ledger::contribution("a", 5_000, false).unwrap(),
        },
        open,
        cast("a", Stance::Agree),
        cast("b", Stance::Agree),
        Event::DecisionClosed {
            decision_id: "d1".into(),
            outcome: true_outcome(&[Stance::Agree, Stance::Agree]),
        },
        Event::RoundOpened {
            round_id: "r1".into(),
            entry_id: "e1".into(),
            pool_id: "p1".into(),
            decision_id: "d1".into(),
            title: "Paint?".into(),
            plan,
            per_member: 1_000,
            remainder: 1,
            members: vec!["a".into(), "b".into(), "c".into()],
            buckets_close_at: "2026-12-02T09:00:00.000Z".into(),
            funding_close_at: "2026-12-03T09:00:00.000Z".into(),
            postings: ledger::budget(3_000).unwrap(),
        },
        Event::BucketCreated {
            bucket_id: "b1".into(),
            round_id: "r1".into(),
            pool_id: "p1".into(),
            title: "Mural".into(),
            description: String::new(),
            co_creators: vec!["c".into()],
            lines: vec![crate::budget::BudgetLine {
                label: "Paint".into(),
                min: 1_500,
                max: Some(2_000),
            }],
        },
    ];
    for (i, (who, amount)) in gifts.iter().enumerate() {
        events.push(Event::BucketFunded {
            funding_id: format!("f{i}"),
            bucket_id: "b1".into(),
            round_id: "r1".into(),
            person_id: (*who).into(),
            amount: *amount,
        });
    }
    events.push(Event::RoundClosed {
        round_id: "r1".into(),
        entry_id: "e2".into(),
        pool_id: "p1".into(),
        buckets: vec![crate::event::BucketResult {
            bucket_id: "b1".into(),
            total: claimed,
            funded,
        }],
        postings: ledger::release(3_000).unwrap(),
    });
    if funded {
        events.push(Event::PayoutAuthorized {
            payout_id: "po1".into(),
            entry_id: "e3".into(),
            pool_id: "p1".into(),
            decision_id: "d1".into(),
            spend: Spend {
                payee: "C".into(),
                amount: claimed,
                purpose: "Mural".into(),
            },
            postings: ledger::authorize(claimed).unwrap(),
            bucket_id: Some("b1".into()),
        });
    }
    events
}

/// Chains a round journal with its times: everything before the first
/// contribution happens in the proposal window, the rest in funding.
fn timed(events: &[Event]) -> Vec<JournalEntry> {
    let mut out: Vec<JournalEntry> = Vec::new();
    let mut funding = false;
    for ev in members().iter().chain(events) {
        funding |= matches!(ev, Event::BucketFunded { .. } | Event::RoundClosed { .. });
        let at = if funding {
            "2026-12-02T10:00:00.000Z"
        } else {
            "2026-11-29T09:00:00.000Z"
        };
        let prev = out.last().map(|p| (p.seq, p.hash.as_str()));
        out.push(JournalEntry::next(prev, at.into(), None, ev));
    }
    out
}

#[test]
fn rounds_are_replayed_through_the_core_rules() {
    let honest = round_journal(&[("a", 1_000), ("b", 600)], 1_600, true);
    let s = audit(&timed(&honest)).unwrap();
    assert_eq!((s.rounds_checked, s.payouts_traced), (1, 1));
    // A close that claims more than the contributions add up to.
    let inflated = round_journal(&[("a", 1_000), ("b", 600)], 1_900, true);
    assert!(
        audit(&timed(&inflated))
            .unwrap_err()
            .reason
            .contains("add up to 1600")
    );
    // A bucket short of its minimum recorded as funded.
    let short = round_journal(&[("a", 1_000)], 1_000, true);
    assert!(audit(&timed(&short)).is_err());
    // A member giving more than their share.
    let overspent = round_journal(&[("a", 1_000), ("a", 1)], 1_001, false);
    assert!(
        audit(&timed(&overspent))
            .unwrap_err()
            .reason
            .contains("breaks the round's rules")
    );
    // A contribution recorded while buckets were still being proposed.
    let early = round_journal(&[("a", 1_000), ("b", 600)], 1_600, true);
    assert!(
        audit(&chain(&early))
            .unwrap_err()
            .reason
            .contains("outside its round's funding window")
    );
}

/// A gift of `gift`, a spend proposal of 100 that passes, then `settle`.
fn spend_journal(gift: i64, settle: Event) -> Vec<Event> {
    let spend = Spend {
        payee: "Paint Co".into(),
        amount: 100,
        purpose: "Paint".into(),
    };
    let mut open = opened(None);
    if let Event::DecisionOpened { spend: s, .. } = &mut open {
        *s = Some(spend);
    }
    vec![
        Event::MoneyReceived {
            entry_id: "e0".into(),
            pool_id: "p1".into(),
            person_id: "a".into(),
            kind: crate::event::MoneyKind::Gift,
            amount: gift,
            received_on: "2026-11-01".into(),
            method: "cash".into(),
            reference: String::new(),
            postings: ledger::contribution("a", gift, false).unwrap(),
        },
        open,
        cast("a", Stance::Agree),
        cast("b", Stance::Agree),
        Event::DecisionClosed {
            decision_id: "d1".into(),
            outcome: true_outcome(&[Stance::Agree, Stance::Agree]),
        },
        settle,
    ]
}

fn authorized() -> Event {
    Event::PayoutAuthorized {
        payout_id: "po1".into(),
        entry_id: "e1".into(),
        pool_id: "p1".into(),
        decision_id: "d1".into(),
        spend: Spend {
            payee: "Paint Co".into(),
            amount: 100,
            purpose: "Paint".into(),
        },
        postings: ledger::authorize(100).unwrap(),
        bucket_id: None,
    }
}

fn refused(available: i64) -> Event {
    Event::SpendRefused {
        decision_id: "d1".into(),
        pool_id: "p1".into(),
        available,
        reason: "not enough".into(),
        note: None,
    }
}

#[test]
fn a_passed_spend_is_authorized_only_when_the_pool_has_it() {
    // Enough money: authorized is right, refused is a forgery.
    assert_eq!(
        audit(&chain(&spend_journal(100, authorized())))
            .unwrap()
            .payouts_traced,
        1
    );
    let e = audit(&chain(&spend_journal(100, refused(100)))).unwrap_err();
    assert!(
        e.reason.contains("enough for the 100 asked"),
        "{}",
        e.reason
    );
    // Too little: refused is right, authorized promises money the
    // treasury does not hold.
    audit(&chain(&spend_journal(99, refused(99)))).unwrap();
    let e = audit(&chain(&spend_journal(99, authorized()))).unwrap_err();
    assert!(
        e.reason.contains("promises more than the treasury holds"),
        "{}",
        e.reason
    );
    // Neither: a passed spend left unsettled.
    let mut events = spend_journal(100, authorized());
    events.pop();
    let e = audit(&chain(&events)).unwrap_err();
    assert!(
        e.reason.contains("no payout was authorized or refused"),
        "{}",
        e.reason
    );
}

#[test]
fn nobody_stops_being_a_member_with_capital_nobody_owes_back() {
    let capital = Event::MoneyReceived {
        entry_id: "e0".into(),
        pool_id: "p1".into(),
        person_id: "a".into(),
        kind: crate::event::MoneyKind::BuyIn,
        amount: 500,
        received_on: "2026-11-01".into(),
        method: "cash".into(),
        reference: String::new(),
        postings: ledger::contribution("a", 500, true).unwrap(),
    };
    let left = Event::PoolMemberLeft {
        pool_id: "p1".into(),
        person_id: "a".into(),
    };
    let e = audit(&chain(&[capital.clone(), left.clone()])).unwrap_err();
    assert!(
        e.reason.contains("500 of capital that nobody owes back"),
        "{}",
        e.reason
    );
    let exit = |amount: i64| Event::ExitRequested {
        exit_id: "x1".into(),
        entry_id: "e1".into(),
        pool_id: "p1".into(),
        person_id: "a".into(),
        amount,
        due_on: "2027-01-30".into(),
        postings: ledger::authorize(amount).unwrap(),
    };
    audit(&chain(&[capital.clone(), exit(500), left.clone()])).unwrap();
    let e = audit(&chain(&[capital.clone(), exit(400), left.clone()])).unwrap_err();
    assert!(e.reason.contains("authorizes 400"), "{}", e.reason);
    // Owed once: a second request for the same capital is refused.
    let mut second = exit(500);
    if let Event::ExitRequested { exit_id, .. } = &mut second {
        *exit_id = "x2".into();
    }
    assert!(audit(&chain(&[capital, exit(500), second, left])).is_err());
}

#[test]
fn an_electorate_rewritten_to_drop_a_voter_or_add_an_outsider_is_refused() {
    let with = |people: &[&str]| {
        let mut open = opened(None);
        if let Event::DecisionOpened { electorate, .. } = &mut open {
            *electorate = people.iter().map(|p| p.to_string()).collect();
        }
        vec![open]
    };
    audit(&chain(&with(&["a", "b", "c"]))).unwrap();
    let e = audit(&chain(&with(&["a", "b"]))).unwrap_err();
    assert!(
        e.reason.contains("members left out: [\"c\"]"),
        "{}",
        e.reason
    );
    let e = audit(&chain(&with(&["a", "b", "c", "x"]))).unwrap_err();
    assert!(e.reason.contains("not members: [\"x\"]"), "{}", e.reason);
    let e = audit(&chain(&with(&["a", "b", "b", "c"]))).unwrap_err();
    assert!(e.reason.contains("twice"), "{}", e.reason);
    // Someone who left is no longer in the electorate.
    let mut left = vec![Event::PoolMemberLeft {
        pool_id: "p1".into(),
        person_id: "c".into(),
    }];
    left.extend(with(&["a", "b", "c"]));
    assert!(audit(&chain(&left)).is_err());
}

/// Flood `flood` started by pool p1.
fn flood_started(flood: &str, double: bool) -> Event {
    Event::FloodStarted {
        flood_id: flood.into(),
        group_id: "g".into(),
        slug: "f".into(),
        name: "F".into(),
        purpose: "P".into(),
        currency: crate::money::Currency::from_code("EUR").unwrap(),
        rules: Rules::default(),
        double_majority: double,
        pool_id: "p1".into(),
    }
}

/// A gift of 100 from c to `pool`.
fn gift_to(pool: &str) -> Event {
    Event::MoneyReceived {
        entry_id: format!("g-{pool}"),
        pool_id: pool.into(),
        person_id: "c".into(),
        kind: crate::event::MoneyKind::Gift,
        amount: 100,
        received_on: "2026-11-01".into(),
        method: "cash".into(),
        reference: String::new(),
        postings: ledger::contribution("c", 100, false).unwrap(),
    }
}

/// `pool` commits 100 to `flood`.
fn committed(flood: &str, pool: &str) -> Event {
    Event::FloodCommitted {
        flood_id: flood.into(),
        pool_id: pool.into(),
        amount: 100,
        pool_entry_id: format!("x-{pool}"),
        flood_entry_id: format!("y-{pool}"),
        pool_postings: ledger::send(100).unwrap(),
        flood_postings: ledger::receive(100).unwrap(),
    }
}

#[test]
fn a_flood_electorate_is_each_person_of_its_member_pools_once() {
    let flood = |double: bool| flood_started("f1", double);
    let gift = gift_to;
    let join = |pool: &str| committed("f1", pool);
    let p2 = ["c", "d"].map(|p| Event::PoolMemberJoined {
        pool_id: "p2".into(),
        person_id: p.into(),
        role: crate::membership::PoolRole::Member,
        status: crate::membership::MemberStatus::Active,
        commitment: "We agree.".into(),
        commitment_hash: crate::membership::commitment_hash("We agree."),
    });
    let decision = |electorate: &[&str], member_pools: Option<BTreeMap<String, Vec<String>>>| {
        let mut open = opened(None);
        if let Event::DecisionOpened {
            pool_id,
            electorate: e,
            member_pools: m,
            ..
        } = &mut open
        {
            *pool_id = "f1".into();
            *e = electorate.iter().map(|p| p.to_string()).collect();
            *m = member_pools;
        }
        open
    };
    let journal = |double: bool, d: Event| {
        let mut v: Vec<Event> = p2.to_vec();
        v.extend([
            gift("p1"),
            gift("p2"),
            flood(double),
            join("p1"),
            join("p2"),
            d,
        ]);
        v
    };
    // c is in both pools and votes once.
    audit(&chain(&journal(
        false,
        decision(&["a", "b", "c", "d"], None),
    )))
    .unwrap();
    assert!(audit(&chain(&journal(false, decision(&["a", "b", "c"], None)))).is_err());
    let per_pool: BTreeMap<String, Vec<String>> = [
        ("p1".to_string(), vec!["a".into(), "b".into(), "c".into()]),
        ("p2".to_string(), vec!["c".into(), "d".into()]),
    ]
    .into();
    audit(&chain(&journal(
        true,
        decision(&["a", "b", "c", "d"], Some(per_pool.clone())),
    )))
    .unwrap();
    let mut forged = per_pool.clone();
    forged.get_mut("p2").unwrap().push("z".into());
    assert!(
        audit(&chain(&journal(
            true,
            decision(&["a", "b", "c", "d"], Some(forged))
        )))
        .is_err()
    );
    assert!(
        audit(&chain(&journal(
            true,
            decision(&["a", "b", "c", "d"], None)
        )))
        .is_err()
    );
}

/// A Flood's decision reads its member pools whole: a member who joins a
/// member pool after it opened is not in its electorate, and the chains,
/// merged, still say so, whatever the names of the bodies (here the Flood
/// sorts after its pools) and even when the join's clock reads earlier.
#[test]
fn a_flood_electorate_is_checked_as_its_pools_stood() {
    let events = vec![
        flood_started("zf", false),
        gift_to("p1"),
        committed("zf", "p1"),
        {
            let mut open = opened(None);
            if let Event::DecisionOpened {
                pool_id,
                electorate,
                ..
            } = &mut open
            {
                *pool_id = "zf".into();
                *electorate = vec!["a".into(), "b".into(), "c".into()];
            }
            open
        },
        Event::PoolMemberJoined {
            pool_id: "p1".into(),
            person_id: "d".into(),
            role: crate::membership::PoolRole::Member,
            status: crate::membership::MemberStatus::Active,
            commitment: "We agree.".into(),
            commitment_hash: crate::membership::commitment_hash("We agree."),
        },
    ];
    let mut journal = chain(&events);
    // The join's clock is behind the decision's.
    let n = journal.len();
    journal[n - 1].at = "2026-11-29T08:00:00.000Z".into();
    let mut prev: Option<(i64, String)> = None;
    for e in journal.iter_mut() {
        let event: Event = e.decode().unwrap();
        let next = JournalEntry::next(
            prev.as_ref().map(|(s, h)| (*s, h.as_str())),
            e.at.clone(),
            None,
            &event,
        );
        prev = Some((next.seq, next.hash.clone()));
        *e = next;
    }
    audit(&journal).unwrap();
    let chains = crate::chain::split(&journal).unwrap();
    let mut dropped = chains.clone();
    for c in dropped.values_mut() {
        for e in c.iter_mut() {
            e.deps.iter_mut().for_each(|d| d.exact = false);
        }
    }
    assert!(
        super::audit_chains(&dropped).is_err(),
        "without reading the pool whole, the join could come first"
    );
}

#[test]
fn an_honest_journal_recounts() {
    let events = vec![
        opened(None),
        cast("a", Stance::Agree),
        cast("b", Stance::Disagree),
        cast("b", Stance::Agree),
        Event::DecisionClosed {
            decision_id: "d1".into(),
            outcome: true_outcome(&[Stance::Agree, Stance::Agree]),
        },
    ];
    let s = audit(&chain(&events)).unwrap();
    assert_eq!(s.decisions_checked, 1);
    assert_eq!(s.ballots, 3);
}

fn secret_opened() -> Event {
    let mut e = opened(None);
    if let Event::DecisionOpened { secret, .. } = &mut e {
        *secret = true;
    }
    e
}

fn voted(person: &str) -> Event {
    Event::SecretBallotCast {
        decision_id: "d1".into(),
        person_id: person.into(),
    }
}

fn published(stances: &[Stance]) -> Event {
    let ballots = stances
        .iter()
        .enumerate()
        .map(|(i, s)| crate::secret::PublishedBallot {
            receipt: crate::secret::receipt_hash(&crate::secret::receipt_code([i as u8; 13]))
                .unwrap(),
            choice: Choice::Proposal(*s),
            reason: String::new(),
        })
        .collect();
    Event::SecretBallotsPublished {
        decision_id: "d1".into(),
        ballots: crate::secret::publish(ballots),
    }
}

fn closed(stances: &[Stance]) -> Event {
    Event::DecisionClosed {
        decision_id: "d1".into(),
        outcome: true_outcome(stances),
    }
}

#[test]
fn a_secret_decision_recounts_from_its_published_ballots() {
    use Stance::*;
    // b votes twice (a change) and c withdraws: two ballots count.
    let honest = vec![
        secret_opened(),
        voted("a"),
        voted("b"),
        voted("b"),
        voted("c"),
        Event::SecretBallotWithdrawn {
            decision_id: "d1".into(),
            person_id: "c".into(),
        },
        published(&[Agree, Disagree]),
        closed(&[Agree, Disagree]),
    ];
    let s = audit(&chain(&honest)).unwrap();
    assert_eq!(s.decisions_checked, 1);

    // One ballot more than there were voters: refused at the publication.
    let mut stuffed = honest.clone();
    stuffed[6] = published(&[Agree, Agree, Disagree]);
    stuffed[7] = closed(&[Agree, Agree, Disagree]);
    let err = audit(&chain(&stuffed)).unwrap_err();
    assert!(
        err.reason.contains("3 ballots were published but 2 people"),
        "{}",
        err.reason
    );

    // A result that the published list does not give.
    let mut forged = honest.clone();
    forged[7] = closed(&[Agree, Agree]);
    let err = audit(&chain(&forged)).unwrap_err();
    assert!(
        err.reason.contains("does not match a recount"),
        "{}",
        err.reason
    );

    // A named ballot on a secret decision, and a close that publishes nothing.
    let mut named = honest.clone();
    named[1] = cast("a", Agree);
    assert!(
        audit(&chain(&named))
            .unwrap_err()
            .reason
            .contains("voter's name")
    );
    let mut unpublished = honest.clone();
    unpublished.remove(6);
    assert!(
        audit(&chain(&unpublished))
            .unwrap_err()
            .reason
            .contains("without publishing")
    );

    // The list must be in receipt order, so its order says nothing of who.
    let mut disordered = honest;
    if let Event::SecretBallotsPublished { ballots, .. } = &mut disordered[6] {
        ballots.reverse();
    }
    assert!(
        audit(&chain(&disordered))
            .unwrap_err()
            .reason
            .contains("out of receipt order")
    );
}

#[test]
fn a_forged_result_is_found_even_in_an_intact_chain() {
    let mut forged = true_outcome(&[Stance::Agree, Stance::Disagree]);
    forged.passed = true;
    let events = vec![
        opened(None),
        cast("a", Stance::Agree),
        cast("b", Stance::Disagree),
        Event::DecisionClosed {
            decision_id: "d1".into(),
            outcome: forged,
        },
    ];
    let entries = chain(&events);
    let lines: Vec<String> = entries.iter().map(|e| e.to_line()).collect();
    assert!(crate::journal::verify(lines.iter().map(|s| s.as_str())).is_ok());
    let err = audit(&entries).unwrap_err();
    assert_eq!(err.line, 3 + 4);
    assert!(err.reason.contains("does not match a recount"));
}

#[test]
fn outsiders_and_unpassed_rule_changes_are_found() {
    let err = audit(&chain(&[opened(None), cast("z", Stance::Agree)])).unwrap_err();
    assert!(err.reason.contains("not in its electorate"));
    let new_rules = Rules {
        quorum_percent: 10,
        ..Rules::default()
    };
    let events = vec![
        opened(Some(new_rules.clone())),
        cast("a", Stance::Disagree),
        cast("b", Stance::Disagree),
        Event::DecisionClosed {
            decision_id: "d1".into(),
            outcome: {
                let m = Method::Proposal;
                let t = Tally::from_ballots(
                    &m,
                    &[
                        Choice::Proposal(Stance::Disagree),
                        Choice::Proposal(Stance::Disagree),
                    ],
                );
                let r = Rules::default();
                decision::outcome(&m, &t, 3, &r, r.rule_change)
            },
        },
        Event::PoolRulesChanged {
            pool_id: "p1".into(),
            decision_id: "d1".into(),
            rules: new_rules,
        },
    ];
    let err = audit(&chain(&events)).unwrap_err();
    assert_eq!(err.line, 3 + 5);
    assert!(err.reason.contains("did not pass"));
}

#[test]
fn an_entry_by_nobody_registered_is_refused() {
    let registered = Event::PersonRegistered {
        person_id: "a".into(),
        email: "a@example.org".into(),
        name: "A".into(),
        operator: false,
    };
    let by = |actors: &[Option<&str>]| {
        let mut out: Vec<JournalEntry> = Vec::new();
        let mut events = vec![registered.clone()];
        events.extend(members());
        events.extend([opened(None), cast("a", Stance::Agree)]);
        for (ev, actor) in events.iter().zip(actors) {
            let prev = out.last().map(|p| (p.seq, p.hash.as_str()));
            out.push(JournalEntry::next(
                prev,
                "2026-11-29T09:00:00.000Z".into(),
                actor.map(str::to_string),
                ev,
            ));
        }
        audit(&out)
    };
    // Signing up names the new person as its own actor; the closer and the
    // operator's command line (no actor) may record anything.
    let closer = Some(crate::journal::CLOSER);
    let a = Some("a");
    assert!(by(&[a, None, None, None, closer, a]).is_ok());
    assert!(by(&[None; 6]).is_ok());
    let err = by(&[a, None, None, None, Some("mallory"), a]).unwrap_err();
    assert_eq!(err.line, 5);
    assert!(
        err.reason.contains("actor mallory is nobody registered"),
        "{}",
        err.reason
    );
}

#[test]
fn a_round_member_list_rewritten_is_refused() {
    let with = |people: &[&str]| {
        let mut events = round_journal(&[("a", 1_000), ("b", 600)], 1_600, true);
        for e in &mut events {
            if let Event::RoundOpened { members, .. } = e {
                *members = people.iter().map(|p| p.to_string()).collect();
            }
        }
        audit(&timed(&events))
    };
    assert!(with(&["a", "b", "c"]).is_ok());
    // An outsider given a share, or a member left without one.
    let e = with(&["a", "b", "c", "x"]).unwrap_err();
    assert!(e.reason.contains("not members: [\"x\"]"), "{}", e.reason);
    let e = with(&["a", "b"]).unwrap_err();
    assert!(
        e.reason.contains("members left out: [\"c\"]"),
        "{}",
        e.reason
    );
}

fn posted(id: &str, author: &str, parent: Option<&str>, mentions: &[&str]) -> Event {
    Event::CommentPosted {
        comment_id: id.into(),
        pool_id: "p1".into(),
        thread_id: "d1".into(),
        parent_id: parent.map(str::to_string),
        author_id: author.into(),
        body: "A thought.".into(),
        mentions: mentions.iter().map(|m| m.to_string()).collect(),
    }
}

fn hidden(id: &str, by: &str) -> Event {
    Event::CommentHidden {
        comment_id: id.into(),
        person_id: by.into(),
        reason: "Off topic".into(),
    }
}

#[test]
fn the_minutes_follow_the_rules_of_discussion() {
    let organizer = Event::PoolRoleChanged {
        pool_id: "p1".into(),
        person_id: "c".into(),
        role: crate::membership::PoolRole::Organizer,
    };
    let honest = vec![
        opened(None),
        posted("c1", "a", None, &["b"]),
        posted("c2", "b", Some("c1"), &[]),
        Event::CommentEdited {
            comment_id: "c1".into(),
            person_id: "a".into(),
            body: "A better thought.".into(),
            mentions: vec!["b".into(), "c".into()],
        },
        organizer.clone(),
        hidden("c2", "c"),
        Event::DiscussionStarted {
            discussion_id: "t1".into(),
            pool_id: "p1".into(),
            author_id: "b".into(),
            title: "Picnic".into(),
            body: String::new(),
            mentions: vec![],
        },
    ];
    assert_eq!(audit(&chain(&honest)).unwrap().comments, 2);
    let refused = |events: Vec<Event>, why: &str| {
        let e = audit(&chain(&events)).unwrap_err();
        assert!(e.reason.contains(why), "{} does not say {why}", e.reason);
    };
    // An outsider writing, a reply to a reply, a thread that is not there,
    // an outsider mentioned, an edit by someone else, a member hiding
    // another's comment, and a hide without a reason.
    refused(
        vec![opened(None), posted("c1", "x", None, &[])],
        "without being an active member",
    );
    refused(
        vec![
            opened(None),
            posted("c1", "a", None, &[]),
            posted("c2", "b", Some("c1"), &[]),
            posted("c3", "c", Some("c2"), &[]),
        ],
        "one level",
    );
    refused(vec![posted("c1", "a", None, &[])], "does not exist");
    refused(
        vec![opened(None), posted("c1", "a", None, &["x"])],
        "without being a member",
    );
    refused(
        vec![
            opened(None),
            posted("c1", "a", None, &[]),
            Event::CommentEdited {
                comment_id: "c1".into(),
                person_id: "b".into(),
                body: "Not mine.".into(),
                mentions: vec![],
            },
        ],
        "only the comment's author",
    );
    refused(
        vec![
            opened(None),
            posted("c1", "a", None, &[]),
            hidden("c1", "b"),
        ],
        "author or an organizer",
    );
    refused(
        vec![
            opened(None),
            posted("c1", "a", None, &[]),
            Event::CommentHidden {
                comment_id: "c1".into(),
                person_id: "a".into(),
                reason: " ".into(),
            },
        ],
        "without a reason",
    );
}

fn proxy_rules() -> Rules {
    Rules {
        proxies: true,
        ..Rules::default()
    }
}

fn proxy_journal() -> Vec<Event> {
    let mut open = opened(None);
    if let Event::DecisionOpened { rules, .. } = &mut open {
        *rules = proxy_rules();
    }
    vec![
        Event::PoolCreated {
            pool_id: "p1".into(),
            group_id: "g1".into(),
            name: "Pool".into(),
            currency: crate::Currency::from_code("USD").unwrap(),
            rules: proxy_rules(),
            commitment: "We agree.".into(),
        },
        open,
        named("a", "b"),
        Event::BallotCast {
            decision_id: "d1".into(),
            person_id: "a".into(),
            choice: Choice::Proposal(Stance::Agree),
            reason: String::new(),
            by: Some("b".into()),
        },
        cast("b", Stance::Agree),
        Event::DecisionClosed {
            decision_id: "d1".into(),
            outcome: true_outcome(&[Stance::Agree, Stance::Agree]),
        },
    ]
}

fn named(grantor: &str, proxy: &str) -> Event {
    Event::ProxyNamed {
        pool_id: "p1".into(),
        grantor_id: grantor.into(),
        proxy_id: proxy.into(),
        decision_id: None,
    }
}

#[test]
fn proxies_are_checked_against_their_rules() {
    let honest = proxy_journal();
    assert_eq!(audit(&chain(&honest)).unwrap().decisions_checked, 1);

    // A ballot by someone who holds no proxy for its member.
    let mut stranger = honest.clone();
    if let Event::BallotCast { by, .. } = &mut stranger[3] {
        *by = Some("c".into());
    }
    let e = audit(&chain(&stranger)).unwrap_err();
    assert!(e.reason.contains("proxy"), "{}", e.reason);

    // Nobody holds two proxies.
    let mut two = honest.clone();
    two.insert(3, named("c", "b"));
    assert!(
        audit(&chain(&two))
            .unwrap_err()
            .reason
            .contains("already holds")
    );

    // A proxy's ballot on the decision of a pool whose rules forbid it.
    let mut forbidden = honest.clone();
    if let Event::PoolCreated { rules, .. } = &mut forbidden[0] {
        *rules = Rules::default();
    }
    assert!(audit(&chain(&forbidden)).is_err());

    // Revoked while its ballot still stands on an open decision.
    let mut standing = honest.clone();
    standing.insert(
        4,
        Event::ProxyRevoked {
            pool_id: "p1".into(),
            grantor_id: "a".into(),
            reason: "revoked".into(),
            note: Some(crate::msg::Msg::new("proxy-ended-revoked")),
        },
    );
    assert!(
        audit(&chain(&standing))
            .unwrap_err()
            .reason
            .contains("still stands")
    );

    // Leaving while named in a proxy, without its end recorded.
    let mut left = honest;
    left.push(Event::PoolMemberLeft {
        pool_id: "p1".into(),
        person_id: "b".into(),
    });
    assert!(
        audit(&chain(&left))
            .unwrap_err()
            .reason
            .contains("still named")
    );
}

use super::*;
use crate::decision::{Choice, Method, Stance};
use crate::rules::Rules;
use proptest::prelude::*;

/// What a random history does, step by step.
#[derive(Debug, Clone)]
enum Step {
    Register(u8),
    Group(u8),
    Open(u8, u8),
    Vote(u8, u8),
    Commit(u8),
    Join(u8, u8),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0u8..6).prop_map(Step::Register),
        (0u8..3).prop_map(Step::Group),
        (0u8..3, 0u8..4).prop_map(|(p, d)| Step::Open(p, d)),
        (0u8..4, 0u8..6).prop_map(|(d, v)| Step::Vote(d, v)),
        (0u8..3).prop_map(Step::Commit),
        (0u8..3, 0u8..6).prop_map(|(p, v)| Step::Join(p, v)),
    ]
}

fn opened(pool: &str, decision: &str) -> Event {
    Event::DecisionOpened {
        decision_id: decision.into(),
        pool_id: pool.into(),
        proposer_id: "a".into(),
        title: "Paint?".into(),
        body: String::new(),
        method: Method::Proposal,
        rule_change: None,
        rules: Rules::default(),
        closes_at: "2026-12-01T09:00:00.000Z".into(),
        electorate: vec!["a".into()],
        spend: None,
        round: None,
        admission: None,
        flood_action: None,
        member_pools: None,
        secret: false,
    }
}

/// A global journal from the steps: three pools (pool 0 is a Flood the
/// others commit money to), decisions opened before they are voted on.
fn history(steps: &[Step]) -> (Vec<JournalEntry>, usize) {
    let mut events = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut moves = 0;
    for s in steps {
        match s {
            Step::Register(p) => events.push(Event::PersonRegistered {
                person_id: format!("person-{p}"),
                email: format!("p{p}@example.org"),
                name: format!("P {p}"),
                operator: false,
            }),
            Step::Group(g) => events.push(Event::GroupCreated {
                group_id: format!("group-{g}"),
                slug: format!("group-{g}"),
                name: format!("G {g}"),
                description: String::new(),
            }),
            Step::Open(p, d) => {
                let id = format!("decision-{p}-{d}");
                if !open.contains(&id) {
                    events.push(opened(&format!("pool-{p}"), &id));
                    open.push(id);
                }
            }
            Step::Vote(d, v) => {
                if let Some(id) = open.get(*d as usize % open.len().max(1)) {
                    events.push(Event::BallotCast {
                        decision_id: id.clone(),
                        person_id: format!("person-{v}"),
                        choice: Choice::Proposal(Stance::Agree),
                        reason: String::new(),
                        by: None,
                    });
                }
            }
            Step::Join(p, v) => events.push(Event::PoolMemberJoined {
                pool_id: format!("pool-{p}"),
                person_id: format!("person-{v}"),
                role: crate::membership::PoolRole::Member,
                status: crate::membership::MemberStatus::Active,
                commitment: "We agree.".into(),
                commitment_hash: crate::membership::commitment_hash("We agree."),
            }),
            Step::Commit(p) => {
                moves += 1;
                events.push(Event::FloodCommitted {
                    flood_id: "pool-0".into(),
                    pool_id: format!("pool-{}", 1 + p % 2),
                    amount: 100,
                    pool_entry_id: format!("e{moves}"),
                    flood_entry_id: format!("f{moves}"),
                    pool_postings: Vec::new(),
                    flood_postings: Vec::new(),
                });
            }
        }
    }
    // Pool 0 is a Flood from the start.
    events.insert(
        0,
        Event::FloodStarted {
            flood_id: "pool-0".into(),
            group_id: "group-f".into(),
            slug: "f".into(),
            name: "F".into(),
            purpose: "P".into(),
            currency: crate::money::Currency::from_code("EUR").unwrap(),
            rules: Rules::default(),
            double_majority: false,
            pool_id: "pool-1".into(),
        },
    );
    let mut out: Vec<JournalEntry> = Vec::new();
    for (i, ev) in events.iter().enumerate() {
        let prev = out.last().map(|p| (p.seq, p.hash.as_str()));
        // Times that go back and forth, as several servers' clocks may.
        let at = format!("2026-12-04T09:00:{:02}.000Z", (i * 7) % 60);
        let actor = match ev {
            Event::PersonRegistered { person_id, .. } => Some(person_id.clone()),
            _ => Some(format!("person-{}", i % 6)),
        };
        out.push(JournalEntry::next(prev, at, actor, ev));
    }
    (out, moves)
}

fn anchor_of(global: &[JournalEntry]) -> String {
    global
        .last()
        .map(|e| split_anchor(e.seq, &e.hash))
        .unwrap_or_else(|| split_anchor(0, GENESIS))
}

proptest! {
    /// Splitting a global journal gives chains that each verify from the
    /// old head's anchor, links that hold both ways, every event once in
    /// its own chain (and once more for each move's counterpart), in the
    /// global order.
    #[test]
    fn a_split_journal_verifies_chain_by_chain(steps in proptest::collection::vec(step(), 0..60)) {
        let (global, moves) = history(&steps);
        let chains = split(&global).unwrap();
        let anchor = anchor_of(&global);
        let mut heads = Vec::new();
        for chain in chains.values() {
            heads.push(check_chain(chain, &anchor).unwrap());
        }
        prop_assert_eq!(check_links(&chains).unwrap(), moves);
        let written: usize = chains.values().map(Vec::len).sum();
        prop_assert_eq!(written, global.len() + moves);
        // Each chain keeps the global order of its events.
        for chain in chains.values() {
            let mut last = 0;
            for e in chain.iter().filter(|e| e.link.as_ref().is_none_or(|l| l.hash.is_none())) {
                // The next global entry with this event, after the last one.
                let at = global[last..].iter().position(|g| g.event == e.event);
                prop_assert!(at.is_some(), "out of order: {}", e.event);
                last += at.unwrap() + 1;
            }
        }
        // A ballot is in the chain of the pool whose decision it is.
        for e in &global {
            if let Ok(Event::BallotCast { decision_id, .. }) = e.decode() {
                let pool = decision_id.split('-').nth(1).unwrap();
                let body = pool_body(&format!("pool-{}", pool));
                prop_assert!(chains[&body].iter().any(|c| c.event == e.event));
            }
        }
        // The checkpoint proves every head without the others.
        let root = merkle_root(&heads);
        for h in &heads {
            let proof = inclusion(&heads, &h.body).unwrap();
            prop_assert!(proves(h, &proof, &root));
            let forged = ChainHead { seq: h.seq + 1, ..h.clone() };
            prop_assert!(!proves(&forged, &proof, &root));
        }
    }

    /// The merged order lists every entry once (a linked pair as one), keeps
    /// each chain's order, puts each entry after every place it depends on
    /// and, for a chain it read whole, before that chain's next entry; and
    /// anyone merging the same chains gets the same order.
    #[test]
    fn the_merged_order_keeps_every_dependency(steps in proptest::collection::vec(step(), 0..80)) {
        let (global, moves) = history(&steps);
        let chains = split(&global).unwrap();
        let order = merge(&chains).unwrap();
        prop_assert_eq!(order.len(), global.len());
        prop_assert_eq!(&merge(&chains).unwrap(), &order);
        let mut pos: HashMap<(String, i64), usize> = order
            .iter()
            .enumerate()
            .map(|(i, p)| ((p.body.clone(), p.seq), i))
            .collect();
        prop_assert_eq!(pos.len(), order.len(), "an entry is listed twice");
        let mut counterparts = 0;
        for chain in chains.values() {
            for e in chain {
                if let Some(l) = e.link.as_ref().filter(|l| l.hash.is_some()) {
                    let i = pos[&(l.body.clone(), l.seq)];
                    pos.insert((e.body.clone(), e.seq), i);
                    counterparts += 1;
                }
            }
        }
        prop_assert_eq!(counterparts, moves);
        for chain in chains.values() {
            for e in chain {
                let me = pos[&(e.body.clone(), e.seq)];
                if e.seq > 1 {
                    prop_assert!(pos[&(e.body.clone(), e.seq - 1)] < me);
                }
                for d in &e.deps {
                    prop_assert!(pos[&(d.body.clone(), d.seq)] < me, "{} {} before its dependency", e.body, e.seq);
                    if d.exact
                        && let Some(&next) = pos.get(&(d.body.clone(), d.seq + 1))
                    {
                        prop_assert!(me < next, "{} {} after what it read whole moved on", e.body, e.seq);
                    }
                }
            }
        }
    }

    /// An export of the chains split from any history reads back as those
    /// chains and checks, its checkpoint root rebuilt from the heads; with
    /// one entry's event changed, it does not.
    #[test]
    fn an_export_of_chains_reads_back_and_checks(steps in proptest::collection::vec(step(), 1..50)) {
        let (global, moves) = history(&steps);
        let last = global.last().unwrap();
        let split_from = crate::journal::Head { seq: last.seq, hash: last.hash.clone() }.to_string();
        let chains = split(&global).unwrap();
        let anchor = anchor_of(&global);
        let heads: Vec<ChainHead> = chains.values().map(|c| check_chain(c, &anchor).unwrap()).collect();
        let cp = Checkpoint { id: 1, at: "2026-12-04T10:00:00.000Z".into(), root: merkle_root(&heads), bodies: heads.len() as i64 };
        let mut lines = vec![export::header_line("everything", Some(&split_from))];
        lines.extend(heads.iter().map(|h| export::chain_line(&anchor, h)));
        lines.extend(chains.values().flatten().map(export::entry_line));
        lines.push(export::checkpoint_line(&cp, &heads));
        prop_assert!(export::is_chains(&lines[0]));
        let c = export::check(lines.iter().map(String::as_str)).unwrap();
        prop_assert_eq!(&c.chains, &chains);
        prop_assert_eq!(c.links, moves);
        prop_assert_eq!(c.checkpoints, 1);
        // Another anchor than the split's is refused.
        let mut genesis = lines.clone();
        genesis[0] = export::header_line("everything", None);
        prop_assert!(export::check(genesis.iter().map(String::as_str)).is_err());
        let n = heads.len() + 1;
        let changed = lines[n].replacen("\"type\":", "\"type\" :", 1);
        prop_assume!(changed != lines[n]);
        lines[n] = changed;
        let err = export::check(lines.iter().map(String::as_str)).unwrap_err();
        let want = format!("line {}", n + 1);
        prop_assert!(err.starts_with(&want), "{}", err);
    }

    /// Links and dependencies read back as they were kept.
    #[test]
    fn links_and_dependencies_read_back(
        body in "(pool|group|person):[a-z0-9-]{1,12}",
        seq in 1i64..1_000_000,
        hash in proptest::option::of("[0-9a-f]{64}"),
        deps in proptest::collection::vec(("(pool|person):[a-z0-9-]{1,12}", 1i64..1_000, any::<bool>()), 0..5),
    ) {
        let link = Link { body, seq, hash };
        prop_assert_eq!(Link::parse(&Link::text(Some(&link))).unwrap(), Some(link));
        prop_assert_eq!(Link::parse("").unwrap(), None);
        let deps: Vec<Dep> = deps.into_iter().map(|(body, seq, exact)| Dep { body, seq, exact }).collect();
        prop_assert_eq!(Dep::parse(&Dep::text(&deps)).unwrap(), deps);
    }

    /// The checkpoint is the same whatever order the heads come in, and
    /// moves when any head moves.
    #[test]
    fn the_checkpoint_is_over_every_head(n in 1usize..20, moved in 0usize..20, seed in any::<u64>()) {
        let heads: Vec<ChainHead> = (0..n)
            .map(|i| ChainHead { body: pool_body(&format!("p{i}")), seq: i as i64 + 1, hash: format!("{:064x}", seed.wrapping_add(i as u64)) })
            .collect();
        let root = merkle_root(&heads);
        let mut shuffled = heads.clone();
        shuffled.reverse();
        shuffled.rotate_left(seed as usize % n);
        prop_assert_eq!(&merkle_root(&shuffled), &root);
        let mut changed = heads.clone();
        changed[moved % n].seq += 1;
        prop_assert_ne!(merkle_root(&changed), root);
    }
}

#[test]
fn a_changed_dropped_or_forged_entry_is_found() {
    let steps = [
        Step::Register(1),
        Step::Open(1, 0),
        Step::Vote(0, 1),
        Step::Commit(0),
        Step::Vote(0, 2),
        Step::Commit(1),
    ];
    let (global, _) = history(&steps);
    let anchor = anchor_of(&global);
    let chains = split(&global).unwrap();
    let pool = pool_body("pool-1");
    let flood = pool_body("pool-0");

    // An event changed in place breaks its own chain.
    let mut c = chains.clone();
    c.get_mut(&pool).unwrap()[1].event = c[&pool][1].event.replace("person-1", "person-9");
    assert!(
        check_chain(&c[&pool], &anchor)
            .unwrap_err()
            .contains("changed")
    );

    // Dropping an entry breaks the chain after it.
    let mut c = chains.clone();
    c.get_mut(&pool).unwrap().remove(1);
    assert!(check_chain(&c[&pool], &anchor).is_err());

    // A pool's chain rewritten and sealed again no longer matches the
    // hash its counterpart in the Flood holds.
    let mut c = chains.clone();
    let mut rewritten: BTreeMap<String, Vec<ChainEntry>> = BTreeMap::new();
    for e in &c[&pool] {
        let event = e.event.replace("\"amount\":100", "\"amount\":1");
        let prev = rewritten
            .get(&pool)
            .and_then(|v| v.last())
            .map(|p| (p.seq, p.hash.clone()));
        let next = ChainEntry::next(
            &pool,
            prev.as_ref().map(|(s, h)| (*s, h.as_str())),
            &anchor,
            Parts {
                event: &event,
                ..e.parts()
            },
        );
        rewritten.entry(pool.clone()).or_default().push(next);
    }
    c.insert(pool.clone(), rewritten.remove(&pool).unwrap());
    assert!(
        check_chain(&c[&pool], &anchor).is_ok(),
        "alone it looks whole"
    );
    assert!(
        check_links(&c).is_err(),
        "but the Flood's chain says otherwise"
    );

    // A counterpart dropped from the Flood's chain leaves a link to nothing.
    let mut c = chains.clone();
    c.get_mut(&flood).unwrap().pop();
    assert!(check_links(&c).unwrap_err().contains("not there"));

    // The chains attest the old head: another anchor does not verify.
    assert!(check_chain(&chains[&pool], &split_anchor(1, GENESIS)).is_err());
}

#[test]
fn dependencies_that_contradict_each_other_are_refused() {
    let steps = [
        Step::Register(1),
        Step::Commit(0),
        Step::Join(1, 1),
        Step::Open(0, 0),
        Step::Join(1, 2),
    ];
    let (global, _) = history(&steps);
    let chains = split(&global).unwrap();
    let flood = pool_body("pool-0");
    let open = chains[&flood]
        .iter()
        .position(|e| e.event.contains("decision_opened"))
        .unwrap();
    let read = chains[&flood][open].deps.clone();
    assert!(
        read.iter()
            .any(|d| d.exact && d.body == pool_body("pool-1")),
        "the Flood's decision read its member pool whole: {read:?}"
    );
    // Say instead that it read pool 1 whole after pool 1's last entry,
    // which itself came after the decision: no order can have both.
    let mut c = chains.clone();
    let pool = pool_body("pool-1");
    let last = c[&pool].len() as i64;
    let e = &mut c.get_mut(&flood).unwrap()[open];
    for d in e.deps.iter_mut().filter(|d| d.body == pool) {
        d.seq = last;
    }
    let mut later = c[&pool].last().unwrap().clone();
    later.deps.push(Dep {
        body: flood.clone(),
        seq: open as i64 + 1,
        exact: false,
    });
    *c.get_mut(&pool).unwrap().last_mut().unwrap() = later;
    assert!(merge(&c).unwrap_err().contains("contradict"));
    // And a dependency on an entry nobody wrote.
    let mut c = chains.clone();
    c.get_mut(&flood).unwrap()[open].deps.push(Dep {
        body: pool_body("pool-9"),
        seq: 3,
        exact: false,
    });
    assert!(merge(&c).unwrap_err().contains("not there"));
}

#[test]
fn a_damaged_link_or_dependency_does_not_read() {
    for bad in ["pool:a", "pool:a x", "pool:a 1 h extra", " 1"] {
        assert!(Link::parse(bad).is_err(), "{bad}");
    }
    for bad in ["pool:a", "pool:a =x", "pool:a 0", "pool:a 1,", " 3"] {
        assert!(Dep::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn an_event_of_something_never_opened_cannot_be_placed() {
    let mut b = Bodies::new();
    let ballot = Event::BallotCast {
        decision_id: "nowhere".into(),
        person_id: "a".into(),
        choice: Choice::Proposal(Stance::Agree),
        reason: String::new(),
        by: None,
    };
    assert!(
        b.place(&ballot, None)
            .unwrap_err()
            .contains("decision nowhere")
    );
    b.place(&opened("p", "nowhere"), None).unwrap();
    assert_eq!(b.place(&ballot, None).unwrap().body, pool_body("p"));
    assert_eq!(merkle_root(&[]), GENESIS);
}

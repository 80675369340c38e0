use super::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn opts(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("Option {i}")).collect()
}

#[test]
fn the_product_example_reads_as_promised() {
    let mut t = Tally::new(&Method::Proposal);
    for _ in 0..11 {
        t.add(&Choice::Proposal(Stance::Agree));
    }
    for _ in 0..3 {
        t.add(&Choice::Proposal(Stance::Disagree));
    }
    let rules = Rules {
        blocks: true,
        ..Rules::default()
    };
    let o = outcome(&Method::Proposal, &t, 20, &rules, rules.approval);
    assert!(o.passed);
    assert_eq!(
        o.explanation,
        "Passed: 14 of 20 members voted (quorum 10). 11 agreed and 3 disagreed, so 79% agreed against a threshold of more than half. No blocks."
    );
}

#[test]
fn quorum_blocks_and_ties() {
    let rules = Rules::default();
    let mut t = Tally::new(&Method::Proposal);
    t.add(&Choice::Proposal(Stance::Agree));
    let o = outcome(&Method::Proposal, &t, 10, &rules, rules.approval);
    assert!(!o.quorum_met && !o.passed);
    assert!(
        o.explanation
            .starts_with("Not decided: only 1 of 10 members voted (quorum 5)")
    );

    let blocking = Rules {
        blocks: true,
        ..Rules::default()
    };
    let mut t = Tally::new(&Method::Proposal);
    for _ in 0..5 {
        t.add(&Choice::Proposal(Stance::Agree));
    }
    t.add(&Choice::Proposal(Stance::Block));
    let o = outcome(&Method::Proposal, &t, 6, &blocking, blocking.approval);
    assert!(!o.passed);
    assert!(o.explanation.starts_with("Blocked:"), "{}", o.explanation);
    // Without blocks, the same ballot is one disagreement.
    let o = outcome(&Method::Proposal, &t, 6, &rules, rules.approval);
    assert!(o.passed, "{}", o.explanation);
    assert!(o.explanation.contains("1 block counted as disagreement"));

    let m = Method::SingleChoice { options: opts(3) };
    let mut t = Tally::new(&m);
    t.add(&Choice::Single(0));
    t.add(&Choice::Single(2));
    let o = outcome(&m, &t, 2, &rules, rules.approval);
    assert_eq!(o.winners, vec![0, 2]);
    assert!(o.explanation.starts_with("Tie:"));
}

#[test]
fn a_multiple_choice_ballot_that_picks_nothing_counts_toward_the_quorum_only() {
    let m = Method::MultipleChoice {
        options: opts(3),
        min: 0,
        max: 2,
    };
    let rules = Rules::default();
    assert!(m.check_ballot(&Choice::Multiple(vec![]), "").is_ok());
    let mut t = Tally::new(&m);
    t.add(&Choice::Multiple(vec![]));
    t.add(&Choice::Multiple(vec![]));
    let o = outcome(&m, &t, 3, &rules, rules.approval);
    assert!(o.quorum_met, "empty ballots are turnout");
    assert!(!o.passed && o.winners.is_empty(), "{o:?}");
    assert!(
        o.explanation.contains("no ballot picked any option"),
        "{}",
        o.explanation
    );
    t.add(&Choice::Multiple(vec![1]));
    let o = outcome(&m, &t, 3, &rules, rules.approval);
    assert!(o.passed && o.winners == vec![1], "{o:?}");
    assert!(o.explanation.starts_with("Decided: 3 of 3 members voted"));
}

#[test]
fn nobody_voting_never_meets_a_quorum_even_of_zero() {
    let rules = Rules {
        quorum_percent: 0,
        ..Rules::default()
    };
    let o = outcome(
        &Method::Proposal,
        &Tally::new(&Method::Proposal),
        5,
        &rules,
        rules.approval,
    );
    assert_eq!(o.quorum, 0);
    assert!(!o.quorum_met && !o.passed, "{o:?}");
}

#[test]
fn ballots_are_checked_against_the_method() {
    let m = Method::MultipleChoice {
        options: opts(4),
        min: 1,
        max: 2,
    };
    assert!(m.check_ballot(&Choice::Multiple(vec![0, 3]), "").is_ok());
    assert!(
        m.check_ballot(&Choice::Multiple(vec![0, 1, 2]), "")
            .is_err()
    );
    assert!(m.check_ballot(&Choice::Multiple(vec![1, 1]), "").is_err());
    assert!(m.check_ballot(&Choice::Multiple(vec![]), "").is_err());
    assert!(m.check_ballot(&Choice::Single(0), "").is_err());
    assert!(
        Method::Proposal
            .check_ballot(&Choice::Proposal(Stance::Block), " ")
            .is_err(),
        "a block needs a reason"
    );
    let s = Method::Score {
        options: opts(2),
        max_score: 5,
    };
    assert!(s.check_ballot(&Choice::Score(vec![5, 0]), "").is_ok());
    assert!(s.check_ballot(&Choice::Score(vec![6, 0]), "").is_err());
    assert!(s.check_ballot(&Choice::Score(vec![1]), "").is_err());
    assert!(
        Method::SingleChoice {
            options: vec!["A".into(), "A".into()]
        }
        .validate()
        .is_err()
    );
}

#[test]
fn a_schulze_tie_is_broken_by_the_stated_rule_and_reported() {
    let m = Method::RankedChoice { options: opts(3) };
    let mut t = Tally::new(&m);
    // A perfect cycle: 0 > 1 > 2 > 0, one ballot each, plus one more
    // ballot ranking option 2 first on its own (a partial ranking).
    t.add(&Choice::Ranked(vec![0, 1, 2]));
    t.add(&Choice::Ranked(vec![1, 2, 0]));
    t.add(&Choice::Ranked(vec![2, 0, 1]));
    let r = Rules::default();
    let o = outcome(&m, &t, 3, &r, r.approval);
    assert_eq!(o.ranking, vec![vec![0, 1, 2]], "all three are tied");
    assert_eq!(
        o.winners,
        vec![0],
        "equal first preferences: listed first wins"
    );
    assert!(
        o.explanation.contains("tied by the Schulze method"),
        "{}",
        o.explanation
    );
    assert!(o.explanation.contains("\"Option 0\" wins"));
    let mut t2 = t.clone();
    t2.add(&Choice::Ranked(vec![2]));
    let o = outcome(&m, &t2, 4, &r, r.approval);
    assert_eq!(o.winners.len(), 1);
}

#[test]
fn schulze_handles_a_classic_cycle() {
    // The example profile from Schulze's paper (45 voters, 5 options)
    // elects E, with the ranking E > A > C > B > D.
    let profile: [(u64, [usize; 5]); 8] = [
        (5, [0, 2, 1, 4, 3]),
        (5, [0, 3, 4, 2, 1]),
        (8, [1, 4, 3, 0, 2]),
        (3, [2, 0, 1, 4, 3]),
        (7, [2, 0, 4, 1, 3]),
        (2, [2, 1, 0, 3, 4]),
        (7, [3, 2, 4, 1, 0]),
        (8, [4, 1, 0, 3, 2]),
    ];
    let m = Method::RankedChoice { options: opts(5) };
    let mut t = Tally::new(&m);
    for (n, order) in profile {
        for _ in 0..n {
            t.add(&Choice::Ranked(order.to_vec()));
        }
    }
    let s = schulze(&t.pairs);
    assert_eq!(s.ranking, vec![vec![4], vec![0], vec![2], vec![1], vec![3]]);
}

#[test]
fn an_unbeaten_option_that_beats_nobody_still_ties_for_first() {
    // Three rank A > B > C and three rank B > C > A. B beats C, nobody
    // beats A and nobody beats B: A and B tie for first. The tie rule
    // (most first preferences, 3 each, then listed first) gives A.
    let m = Method::RankedChoice { options: opts(3) };
    let mut t = Tally::new(&m);
    for _ in 0..3 {
        t.add(&Choice::Ranked(vec![0, 1, 2]));
        t.add(&Choice::Ranked(vec![1, 2, 0]));
    }
    assert_eq!(schulze(&t.pairs).ranking, vec![vec![0, 1], vec![2]]);
    let r = Rules::default();
    let o = outcome(&m, &t, 6, &r, r.approval);
    assert_eq!(o.winners, vec![0]);
    assert!(
        o.explanation
            .contains("\"Option 0\" and \"Option 1\" tied by the Schulze method"),
        "{}",
        o.explanation
    );
    assert!(o.explanation.contains("so \"Option 0\" wins"));
}

/// Schulze by definition, for checking the fast version: the strength
/// of a path is its weakest link (a link exists where one option beats
/// another head to head, and is as strong as that win), and the
/// strength between two options is that of the strongest path,
/// found by trying every simple path.
fn brute_force_strengths(pairs: &[Vec<u64>]) -> Vec<Vec<u64>> {
    let n = pairs.len();
    let link = |a: usize, b: usize| (pairs[a][b] > pairs[b][a]).then_some(pairs[a][b]);
    fn walk(
        at: usize,
        to: usize,
        weakest: u64,
        seen: &mut Vec<bool>,
        link: &dyn Fn(usize, usize) -> Option<u64>,
        best: &mut u64,
    ) {
        for next in 0..seen.len() {
            if seen[next] {
                continue;
            }
            let Some(w) = link(at, next) else { continue };
            let w = w.min(weakest);
            if next == to {
                *best = (*best).max(w);
            } else {
                seen[next] = true;
                walk(next, to, w, seen, link, best);
                seen[next] = false;
            }
        }
    }
    let mut p = vec![vec![0u64; n]; n];
    for (i, row) in p.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            if i != j {
                let mut seen = vec![false; n];
                seen[i] = true;
                walk(i, j, u64::MAX, &mut seen, &link, cell);
            }
        }
    }
    p
}

fn method_and_ballots() -> impl Strategy<Value = (Method, Vec<(u8, Choice)>)> {
    (0usize..5, 2usize..6).prop_flat_map(|(kind, n)| {
        let method = match kind {
            0 => Method::Proposal,
            1 => Method::SingleChoice { options: opts(n) },
            2 => Method::MultipleChoice {
                options: opts(n),
                min: 0,
                max: n as u16,
            },
            3 => Method::Score {
                options: opts(n),
                max_score: 5,
            },
            _ => Method::RankedChoice { options: opts(n) },
        };
        let choice: BoxedStrategy<Choice> = match kind {
            0 => prop_oneof![
                Just(Stance::Agree),
                Just(Stance::Abstain),
                Just(Stance::Disagree),
                Just(Stance::Block)
            ]
            .prop_map(Choice::Proposal)
            .boxed(),
            1 => (0..n).prop_map(Choice::Single).boxed(),
            2 => proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 0..=n)
                .prop_map(Choice::Multiple)
                .boxed(),
            3 => proptest::collection::vec(0u8..=5, n)
                .prop_map(Choice::Score)
                .boxed(),
            _ => Just((0..n).collect::<Vec<_>>())
                .prop_shuffle()
                .prop_flat_map(move |v| (1..=n).prop_map(move |k| v[..k].to_vec()))
                .prop_map(Choice::Ranked)
                .boxed(),
        };
        let ballots = proptest::collection::vec((0u8..12, choice), 0..40);
        (Just(method), ballots)
    })
}

proptest! {
    #[test]
    fn the_tally_does_not_depend_on_ballot_order(
        (method, ballots) in method_and_ballots(),
        seed in any::<u64>(),
    ) {
        let choices: Vec<Choice> = ballots.into_iter().map(|(_, c)| c).collect();
        let mut shuffled = choices.clone();
        // A deterministic shuffle from the seed.
        let mut s = seed;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        let a = Tally::from_ballots(&method, &choices);
        let b = Tally::from_ballots(&method, &shuffled);
        prop_assert_eq!(&a, &b);
        let rules = Rules::default();
        prop_assert_eq!(
            outcome(&method, &a, 12, &rules, rules.approval),
            outcome(&method, &b, 12, &rules, rules.approval)
        );
    }

    #[test]
    fn each_person_counts_once_and_the_running_tally_matches(
        (method, ballots) in method_and_ballots(),
        withdrawals in proptest::collection::vec(0u8..12, 0..6),
    ) {
        // What the store does: one current ballot per person, replaced
        // when they vote again, with the running tally updated in step.
        let mut current: BTreeMap<u8, Choice> = BTreeMap::new();
        let mut running = Tally::new(&method);
        for (person, choice) in ballots {
            if let Some(old) = current.insert(person, choice.clone()) {
                running.remove(&old);
            }
            running.add(&choice);
        }
        for person in withdrawals {
            if let Some(old) = current.remove(&person) {
                running.remove(&old);
            }
        }
        prop_assert_eq!(running.ballots, current.len() as u64);
        prop_assert_eq!(running, Tally::from_ballots(&method, current.values()));
    }

    #[test]
    fn an_abstention_changes_only_turnout(
        agree in 0u64..30, disagree in 0u64..30, abstain in 0u64..30, block in 0u64..5,
        eligible in 1u64..100, blocks in any::<bool>(),
    ) {
        let rules = Rules { blocks, ..Rules::default() };
        let mut t = Tally::new(&Method::Proposal);
        for (stance, n) in [(Stance::Agree, agree), (Stance::Disagree, disagree), (Stance::Abstain, abstain), (Stance::Block, block)] {
            for _ in 0..n { t.add(&Choice::Proposal(stance)); }
        }
        let eligible = eligible.max(t.ballots + 1);
        let before = outcome(&Method::Proposal, &t, eligible, &rules, rules.approval);
        t.add(&Choice::Proposal(Stance::Abstain));
        let after = outcome(&Method::Proposal, &t, eligible, &rules, rules.approval);
        if before.quorum_met {
            prop_assert_eq!(before.passed, after.passed);
        } else if !after.quorum_met {
            prop_assert!(!after.passed);
        }
    }

    #[test]
    fn schulze_matches_its_definition_on_small_profiles(
        n in 2usize..5,
        profile in proptest::collection::vec(
            (proptest::collection::vec(any::<u8>(), 4), 1usize..5), 1..12),
    ) {
        let m = Method::RankedChoice { options: opts(n) };
        let mut t = Tally::new(&m);
        for (keys, len) in profile {
            let mut order: Vec<usize> = (0..n).collect();
            order.sort_by_key(|&i| (keys[i], i));
            order.truncate(len.min(n));
            t.add(&Choice::Ranked(order));
        }
        let s = schulze(&t.pairs);
        let p = brute_force_strengths(&t.pairs);
        prop_assert_eq!(&s.strengths, &p);
        // The winners are exactly the options nobody beats.
        let unbeaten: Vec<usize> =
            (0..n).filter(|&i| (0..n).all(|j| p[j][i] <= p[i][j])).collect();
        prop_assert_eq!(&s.ranking[0], &unbeaten);
        // Every later tier is beaten by something in an earlier one,
        // and nothing in a later tier beats anything in an earlier one.
        for (k, tier) in s.ranking.iter().enumerate() {
            for &i in tier {
                for later in &s.ranking[k..] {
                    for &j in later {
                        prop_assert!(p[j][i] <= p[i][j]);
                    }
                }
                if k > 0 {
                    prop_assert!(s.ranking[..k].concat().iter().any(|&j| p[j][i] > p[i][j]));
                }
            }
        }
        // The stated tie rule picks among exactly those winners.
        let rules = Rules::default();
        let o = outcome(&m, &t, t.ballots, &rules, rules.approval);
        let expected = *unbeaten
            .iter()
            .max_by(|a, b| t.counts[**a].cmp(&t.counts[**b]).then(b.cmp(a)))
            .unwrap();
        prop_assert_eq!(o.winners, vec![expected]);
        prop_assert_eq!(o.explanation.contains("tie rule"), unbeaten.len() > 1);
    }

    #[test]
    fn schulze_elects_the_condorcet_winner(
        n in 2usize..6,
        profile in proptest::collection::vec(proptest::collection::vec(any::<u32>(), 6), 1..30),
    ) {
        let m = Method::RankedChoice { options: opts(n) };
        let mut t = Tally::new(&m);
        for keys in profile {
            let mut order: Vec<usize> = (0..n).collect();
            order.sort_by_key(|&i| (keys[i], i));
            t.add(&Choice::Ranked(order));
        }
        let condorcet = (0..n).find(|&w| (0..n).all(|j| j == w || t.pairs[w][j] > t.pairs[j][w]));
        if let Some(w) = condorcet {
            prop_assert_eq!(schulze(&t.pairs).ranking[0].clone(), vec![w]);
        }
        // Every option appears exactly once in the ranking.
        let mut all: Vec<usize> = schulze(&t.pairs).ranking.concat();
        all.sort_unstable();
        prop_assert_eq!(all, (0..n).collect::<Vec<_>>());
    }
}

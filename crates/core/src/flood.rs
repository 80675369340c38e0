//! Floods, as pure rules: pools that federate around a shared project. Who
//! may vote (each distinct person once, however many member pools they are
//! in), the double majority (people, and member pools), and what a pool takes
//! with it when it leaves (its share of what the flood has available, with a
//! stated rule for the integer remainder).
//!
//! A Flood's decisions are ordinary decisions whose electorate is the union
//! above; with the double majority, `with_double_majority` adjusts the
//! outcome at close and `pools verify` does the same when it recounts.

use crate::decision::{Choice, Stance};
use crate::msg::{Msg, told};
use crate::rules::Threshold;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

crate::stored_enum! {
    /// Whether a Flood still runs.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum FloodStatus {
        /// Running, with member pools.
        Active => "active",
        /// Its last pool left.
        Dissolved => "dissolved",
    }
}

crate::stored_enum! {
    /// What a row of `groups` is: a people's group, or the unlisted group a
    /// Flood keeps of its own.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum GroupKind {
        /// A group of people, listed in the directory.
        Group => "group",
        /// A Flood's own group.
        Flood => "flood",
    }
}

crate::stored_enum! {
    /// What a row of `pools` is: a pool of people, or a Flood of pools.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum PoolKind {
        /// A pool of people.
        Pool => "pool",
        /// A Flood, whose members are pools.
        Flood => "flood",
    }
}

crate::stored_enum! {
    /// Whether a pool is still in a Flood.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum MemberPoolStatus {
        /// A member pool.
        Member => "member",
        /// Left, with its share.
        Left => "left",
    }
}

/// Why a Flood's decisions under the double majority cannot be secret: it
/// counts each member pool's ballots, which would say how the members of a
/// small pool voted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoSecretDoubleMajority;

impl NoSecretDoubleMajority {
    /// What is wrong, as a message any language can say.
    pub fn msg(&self) -> Msg {
        Msg::new("error-core-flood-no-secret")
    }

    fn english(&self) -> String {
        "a Flood that decides by double majority counts each member pool's ballots, so its ballots cannot be secret: choose never or optional for secret ballots".into()
    }
}

impl std::fmt::Display for NoSecretDoubleMajority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&told(&self.msg(), || self.english()))
    }
}

impl std::error::Error for NoSecretDoubleMajority {}

/// Checks that rules suit a Flood: under the double majority no decision
/// may have to be secret.
pub fn check_rules(
    double_majority: bool,
    rules: &crate::Rules,
) -> Result<(), NoSecretDoubleMajority> {
    if double_majority && rules.secret_ballots == crate::rules::SecretBallots::Always {
        return Err(NoSecretDoubleMajority);
    }
    Ok(())
}

/// The people who may vote on a flood decision: everyone who belongs to any
/// member pool when voting opens, each once.
pub fn electorate<'a>(
    pools: impl IntoIterator<Item = (&'a str, &'a [String])>,
) -> BTreeSet<String> {
    pools
        .into_iter()
        .flat_map(|(_, members)| members.iter().cloned())
        .collect()
}

/// How a flood decision went among the people and among the member pools.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DoubleMajority {
    /// Whether the people's vote passed on its own rules.
    pub people_passed: bool,
    /// Each member pool: (agree, disagree) among its members' ballots, and
    /// whether it approves.
    pub pools: BTreeMap<String, (u64, u64, bool)>,
    /// How many member pools approve.
    pub pools_approving: u64,
    /// Whether more than half of the member pools approve.
    pub pools_passed: bool,
    /// Both.
    pub passed: bool,
    /// The result in words.
    pub explanation: String,
}

/// The double majority in English, as the result records it: how the
/// people voted, how many of the `n` member pools approve, and so whether
/// the decision passes.
pub fn double_majority_words(people_passed: bool, approving: u64, n: u64) -> String {
    let pools_passed = approving * 2 > n;
    format!(
        "{} The member pools: {approving} of {n} approve, {} more than half. {}",
        if people_passed {
            "The people's vote passed."
        } else {
            "The people's vote did not pass."
        },
        if pools_passed {
            "which is"
        } else {
            "which is not"
        },
        if people_passed && pools_passed {
            "With both majorities, the decision passes."
        } else {
            "Without both majorities, the decision does not pass."
        }
    )
}

/// Counts a proposal both ways. `ballots` are the people's ballots (one per
/// person); `pools` lists each member pool's members when voting opened;
/// `people_passed` is the result of the ordinary count. A pool approves when
/// its own members' ballots meet `threshold` (a block counts as a
/// disagreement there); a person in several pools counts in each of them,
/// and once among the people.
pub fn double_majority(
    ballots: &BTreeMap<String, Choice>,
    pools: &BTreeMap<String, BTreeSet<String>>,
    threshold: Threshold,
    people_passed: bool,
) -> DoubleMajority {
    let mut per_pool = BTreeMap::new();
    let mut approving = 0u64;
    for (pool, members) in pools {
        let (mut agree, mut disagree) = (0u64, 0u64);
        for m in members {
            match ballots.get(m) {
                Some(Choice::Proposal(Stance::Agree)) => agree += 1,
                Some(Choice::Proposal(Stance::Disagree | Stance::Block)) => disagree += 1,
                _ => {}
            }
        }
        let ok = threshold.is_met(agree, disagree);
        approving += ok as u64;
        per_pool.insert(pool.clone(), (agree, disagree, ok));
    }
    let n = pools.len() as u64;
    let pools_passed = approving * 2 > n;
    let passed = people_passed && pools_passed;
    let explanation = double_majority_words(people_passed, approving, n);
    DoubleMajority {
        people_passed,
        pools: per_pool,
        pools_approving: approving,
        pools_passed,
        passed,
        explanation,
    }
}

/// What a pool decision does about a Flood when it passes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FloodAction {
    /// Start a Flood with this pool as its first member. It takes the
    /// pool's rules and currency, and this commitment.
    Start {
        /// The Flood's name.
        name: String,
        /// The shared project.
        purpose: String,
        /// Minor units moved from the pool's treasury to the Flood's fund.
        amount: i64,
        /// Whether Flood decisions also need a majority of member pools.
        #[serde(default)]
        double_majority: bool,
        /// The Flood's rules; the pool's own when absent.
        #[serde(default)]
        rules: Option<crate::rules::Rules>,
    },
    /// Join a Flood, accepting its rules, with a commitment.
    Join {
        /// The Flood.
        flood_id: String,
        /// Minor units committed.
        amount: i64,
    },
    /// Add funds to a Flood the pool belongs to.
    AddFunds {
        /// The Flood.
        flood_id: String,
        /// Minor units.
        amount: i64,
    },
    /// Leave a Flood with the pool's share of what it has available.
    Leave {
        /// The Flood.
        flood_id: String,
    },
}

impl FloodAction {
    /// The money the pool commits, if any.
    pub fn amount(&self) -> Option<i64> {
        match self {
            FloodAction::Start { amount, .. }
            | FloodAction::Join { amount, .. }
            | FloodAction::AddFunds { amount, .. } => Some(*amount),
            FloodAction::Leave { .. } => None,
        }
    }
}

/// Applies the double majority to a proposal's outcome: it passes only if
/// the people's vote passed and more than half of the member pools approve;
/// the explanation gains the per-pool breakdown. `pools` is each member
/// pool's electorate when voting opened.
pub fn with_double_majority(
    mut outcome: crate::decision::Outcome,
    ballots: &BTreeMap<String, Choice>,
    pools: &BTreeMap<String, Vec<String>>,
    threshold: Threshold,
) -> crate::decision::Outcome {
    let sets: BTreeMap<String, BTreeSet<String>> = pools
        .iter()
        .map(|(p, m)| (p.clone(), m.iter().cloned().collect()))
        .collect();
    let dm = double_majority(ballots, &sets, threshold, outcome.passed);
    outcome.passed = dm.passed;
    outcome.explanation = format!("{} {}", outcome.explanation, dm.explanation);
    outcome
}

/// A member pool's commitment and what it takes when it leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    /// What the leaving pool receives, in minor units.
    pub amount: i64,
    /// What stays in the flood from the division's remainder.
    pub remainder: i64,
}

/// Why a pool cannot leave now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaveError {
    /// The pool is not a member.
    NotAMember,
    /// The last pool cannot leave while payouts wait to be paid.
    PendingPayouts(i64),
    /// Amounts out of range.
    Invalid,
}

impl LeaveError {
    /// What is wrong, as a message any language can say.
    pub fn msg(&self) -> Msg {
        match self {
            LeaveError::NotAMember => Msg::new("error-core-flood-not-a-member"),
            LeaveError::PendingPayouts(amount) => {
                Msg::new("error-core-flood-pending").text("amount", amount.to_string())
            }
            LeaveError::Invalid => Msg::new("error-core-flood-invalid"),
        }
    }

    fn english(&self) -> String {
        match self {
            LeaveError::NotAMember => "that pool is not a member of the flood".into(),
            LeaveError::PendingPayouts(amount) => format!(
                "the flood still has {amount} in authorized payouts: pay or cancel them before the last pool leaves, so the flood ends holding nothing"
            ),
            LeaveError::Invalid => "the amounts are out of range".into(),
        }
    }
}

impl std::fmt::Display for LeaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&told(&self.msg(), || self.english()))
    }
}

impl std::error::Error for LeaveError {}

/// What a leaving pool takes. The flood's available money is its balance
/// less payouts already authorized: pending payouts stay with the flood,
/// carried by the pools that remain, because the leaving pool voted on them
/// as a member. The leaving pool receives its fraction of the commitments
/// of that available money, rounded down; the remainder of the division
/// stays in the flood for the remaining pools. The last pool to leave takes
/// everything, so the flood ends holding nothing; it cannot leave while
/// payouts are pending.
///
/// Since spending is shared in proportion to commitments, this is the pool's
/// commitment less its part of what was spent, scaled to what is left.
pub fn leave_share(
    available: i64,
    pending: i64,
    commitments: &BTreeMap<String, i64>,
    leaving: &str,
) -> Result<Share, LeaveError> {
    let mine = *commitments.get(leaving).ok_or(LeaveError::NotAMember)?;
    if available < 0 || pending < 0 || commitments.values().any(|c| *c < 0) {
        return Err(LeaveError::Invalid);
    }
    if commitments.len() == 1 {
        if pending > 0 {
            return Err(LeaveError::PendingPayouts(pending));
        }
        return Ok(Share {
            amount: available,
            remainder: 0,
        });
    }
    let total: i128 = commitments.values().map(|c| *c as i128).sum();
    if total == 0 {
        return Ok(Share {
            amount: 0,
            remainder: available,
        });
    }
    let product = available as i128 * mine as i128;
    let amount = (product / total) as i64;
    Ok(Share {
        amount,
        remainder: available - amount,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn agree() -> Choice {
        Choice::Proposal(Stance::Agree)
    }
    fn disagree() -> Choice {
        Choice::Proposal(Stance::Disagree)
    }

    #[test]
    fn a_person_in_two_pools_is_one_voter() {
        let a = vec!["ana".to_string(), "ben".to_string()];
        let b = vec!["ben".to_string(), "cy".to_string()];
        let e = electorate([("a", a.as_slice()), ("b", b.as_slice())]);
        assert_eq!(e.len(), 3);
    }

    #[test]
    fn both_majorities_are_needed() {
        let pools: BTreeMap<String, BTreeSet<String>> = [
            ("big", vec!["a", "b", "c", "d", "e"]),
            ("small1", vec!["f"]),
            ("small2", vec!["g"]),
        ]
        .into_iter()
        .map(|(p, m)| (p.to_string(), m.into_iter().map(String::from).collect()))
        .collect();
        // The big pool agrees, the two small ones do not: people yes, pools no.
        let ballots: BTreeMap<String, Choice> = [
            ("a", agree()),
            ("b", agree()),
            ("c", agree()),
            ("d", agree()),
            ("e", agree()),
            ("f", disagree()),
            ("g", disagree()),
        ]
        .into_iter()
        .map(|(p, c)| (p.to_string(), c))
        .collect();
        let r = double_majority(&ballots, &pools, Threshold::Majority, true);
        assert_eq!(r.pools_approving, 1);
        assert!(!r.passed && r.people_passed && !r.pools_passed);
        assert!(r.explanation.contains("1 of 3 approve"));
        assert_eq!(r.pools["big"], (5, 0, true));
    }

    #[test]
    fn the_last_pool_takes_everything_but_not_pending_payouts() {
        let one: BTreeMap<String, i64> = [("a".to_string(), 500)].into();
        assert_eq!(
            leave_share(700, 0, &one, "a"),
            Ok(Share {
                amount: 700,
                remainder: 0
            })
        );
        assert_eq!(
            leave_share(700, 100, &one, "a"),
            Err(LeaveError::PendingPayouts(100))
        );
        let three: BTreeMap<String, i64> = [
            ("a".to_string(), 100),
            ("b".to_string(), 100),
            ("c".to_string(), 100),
        ]
        .into();
        assert_eq!(
            leave_share(1000, 50, &three, "a"),
            Ok(Share {
                amount: 333,
                remainder: 667
            })
        );
        assert_eq!(leave_share(1, 0, &three, "z"), Err(LeaveError::NotAMember));
    }

    proptest! {
        #[test]
        fn a_person_counts_once_however_many_pools(
            memberships in proptest::collection::vec(proptest::collection::btree_set(0u8..30, 0..20), 1..8)
        ) {
            let pools: Vec<(String, Vec<String>)> = memberships
                .iter()
                .enumerate()
                .map(|(i, m)| (format!("p{i}"), m.iter().map(|x| format!("m{x}")).collect()))
                .collect();
            let e = electorate(pools.iter().map(|(p, m)| (p.as_str(), m.as_slice())));
            let distinct: BTreeSet<u8> = memberships.iter().flatten().copied().collect();
            prop_assert_eq!(e.len(), distinct.len());
            // One ballot each: the people's count is over the electorate, never
            // over memberships.
            let ballots: BTreeMap<String, Choice> = e.iter().map(|p| (p.clone(), agree())).collect();
            let t = crate::decision::Tally::from_ballots(&crate::decision::Method::Proposal, ballots.values());
            prop_assert_eq!(t.ballots as usize, distinct.len());
        }

        #[test]
        fn shares_add_up_exactly_as_pools_leave_one_by_one(
            commitments in proptest::collection::vec(0i64..1_000_000, 1..12),
            available in 0i64..10_000_000,
        ) {
            let mut left: BTreeMap<String, i64> = commitments
                .iter()
                .enumerate()
                .map(|(i, c)| (format!("p{i}"), *c))
                .collect();
            let mut pot = available;
            let mut paid = 0i64;
            while let Some(p) = left.keys().next().cloned() {
                let s = leave_share(pot, 0, &left, &p).unwrap();
                prop_assert_eq!(s.amount + s.remainder, pot, "share plus remainder is the pot");
                prop_assert!(s.amount >= 0 && s.remainder >= 0);
                let total: i128 = left.values().map(|c| *c as i128).sum();
                if left.len() > 1 && total > 0 {
                    // Never more than its exact fraction.
                    prop_assert!((s.amount as i128) * total <= pot as i128 * left[&p] as i128);
                }
                paid += s.amount;
                pot = s.remainder;
                left.remove(&p);
            }
            prop_assert_eq!(pot, 0, "the flood dissolves holding nothing");
            prop_assert_eq!(paid, available, "every unit went to a pool");
        }

        #[test]
        fn joining_committing_spending_and_leaving_conserve_money(
            ops in proptest::collection::vec((0u8..4, 0u8..5, 1i64..5_000), 1..60)
        ) {
            // Five pools with 10,000 each; the flood's balance; money spent.
            let mut pools: BTreeMap<String, i64> = (0..5).map(|i| (format!("p{i}"), 10_000)).collect();
            let mut commitments: BTreeMap<String, i64> = BTreeMap::new();
            let mut flood = 0i64;
            let mut spent = 0i64;
            let total = 50_000i64;
            for (op, who, amount) in ops {
                let p = format!("p{who}");
                match op {
                    // Join, or add funds: a pool decision moves money in.
                    0 | 1 => {
                        let amount = amount.min(pools[&p]);
                        *pools.get_mut(&p).unwrap() -= amount;
                        *commitments.entry(p.clone()).or_insert(0) += amount;
                        flood += amount;
                    }
                    // A flood spend, never beyond what it holds.
                    2 => {
                        let amount = amount.min(flood);
                        flood -= amount;
                        spent += amount;
                    }
                    // A pool leaves with its share.
                    _ => {
                        if commitments.contains_key(&p) {
                            let s = leave_share(flood, 0, &commitments, &p).unwrap();
                            *pools.get_mut(&p).unwrap() += s.amount;
                            flood = s.remainder;
                            commitments.remove(&p);
                        }
                    }
                }
                prop_assert!(flood >= 0);
                prop_assert_eq!(pools.values().sum::<i64>() + flood + spent, total, "money is conserved");
                if commitments.is_empty() {
                    prop_assert_eq!(flood, 0, "a flood with no pools holds nothing");
                }
            }
        }
    }
}

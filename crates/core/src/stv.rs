//! Multi-winner elections by the single transferable vote, counted by the
//! rules of Scottish STV (the Scottish Local Government Elections Order
//! 2007), with every stage kept for the count sheet.
//!
//! - The quota is the Droop quota: the valid ballots divided by one more
//!   than the seats, disregarding any fraction, plus one.
//! - Votes are counted in hundred-thousandths (five decimal places), as the
//!   rules require; a transfer value is truncated, never rounded, and what
//!   truncation drops is kept as "lost to fractions" so every stage adds up
//!   exactly to the valid ballots.
//! - Each stage does one thing: a candidate's surplus is transferred (the
//!   largest first), or, when no surplus is left to transfer, the candidate
//!   with fewest votes is excluded and all their ballots move on at the
//!   value they arrived with. A surplus moves every ballot the elected
//!   candidate holds, each at `value × surplus ÷ total`.
//! - A candidate is elected on reaching the quota; when the candidates
//!   still in the count are no more than the seats left, they are all
//!   elected.
//! - Ties (two surpluses alike, two candidates lowest alike) go by the
//!   votes at the earliest stage where the two differed. Where they never
//!   differed the rules say "by lot"; here, so that anyone recounts the same
//!   result, the option listed first is treated as the winner of the lot
//!   (its surplus moves first, and it is kept over a later one). The count
//!   sheet says when this rule decided.

use serde::{Deserialize, Serialize};

/// Hundred-thousandths in one vote.
pub const SCALE: u64 = 100_000;

/// How many ballots ranked the options in one order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Profile {
    /// Option indexes, best first.
    pub ranking: Vec<usize>,
    /// Ballots that ranked exactly this.
    pub ballots: u64,
}

/// One stage of the count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Stage {
    /// What happened, in words.
    pub action: String,
    /// Each option's votes after this stage, in hundred-thousandths.
    pub votes: Vec<u64>,
    /// Votes whose ballots ranked nobody left to transfer to, so far.
    pub non_transferable: u64,
    /// Votes dropped by truncating transfer values, so far.
    pub lost_to_fractions: u64,
    /// Options elected at this stage.
    pub elected: Vec<usize>,
    /// The option excluded at this stage, if one was.
    pub excluded: Option<usize>,
}

/// A whole count, stage by stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Count {
    /// Seats to fill.
    pub seats: u16,
    /// Ballots that ranked at least one option.
    pub valid: u64,
    /// The Droop quota, in whole votes.
    pub quota: u64,
    /// Every stage, the first preferences first.
    pub stages: Vec<Stage>,
    /// The options elected, in the order they were.
    pub elected: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Continuing,
    Elected,
    Excluded,
}

/// Ballots that stand together: the same ranking, the same place in it and
/// the same value, so a transfer treats them alike.
#[derive(Clone)]
struct Parcel {
    ranking: Vec<usize>,
    at: usize,
    value: u64,
    ballots: u64,
}

/// What one stage did, as data, so that any language can say it; the
/// stage's `action` is its English (`Step::english`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// First preferences counted; `elected` reached the quota.
    FirstPreferences {
        /// Elected at this stage.
        elected: Vec<usize>,
    },
    /// An elected candidate's surplus moved on.
    Surplus {
        /// Whose surplus.
        of: usize,
        /// The surplus, in hundred-thousandths.
        surplus: u64,
        /// The transfer value as a fraction of a ballot, in
        /// hundred-thousandths.
        value: u64,
        /// Two surpluses were equal at every stage.
        tie: bool,
        /// Elected at this stage.
        elected: Vec<usize>,
    },
    /// The candidate with fewest votes was excluded.
    Excluded {
        /// Who.
        of: usize,
        /// Their votes, in hundred-thousandths.
        had: u64,
        /// Two candidates were equal at every stage.
        tie: bool,
        /// Elected at this stage.
        elected: Vec<usize>,
    },
    /// The candidates left were no more than the seats left.
    Filled {
        /// Elected without reaching the quota.
        elected: Vec<usize>,
    },
}

impl Step {
    /// The stage's words in English, as the count sheet records them.
    pub fn english(&self, names: &[String]) -> String {
        let list = |xs: &[usize]| {
            let quoted: Vec<String> = xs.iter().map(|&c| format!("\"{}\"", names[c])).collect();
            match quoted.len() {
                0 => String::new(),
                1 => quoted[0].clone(),
                n => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
            }
        };
        let are = |xs: &[usize]| if xs.len() == 1 { "is" } else { "are" };
        let then_elected = |xs: &[usize]| {
            if xs.is_empty() {
                String::new()
            } else {
                format!(" {} {} elected.", list(xs), are(xs))
            }
        };
        match self {
            Step::FirstPreferences { elected } if elected.is_empty() => {
                "First preferences counted.".to_string()
            }
            Step::FirstPreferences { elected } => format!(
                "First preferences counted; {} reached the quota and {} elected.",
                list(elected),
                are(elected)
            ),
            Step::Filled { elected } => format!(
                "{} {} elected without reaching the quota: the candidates left were no more than the seats left.",
                list(elected),
                are(elected)
            ),
            Step::Surplus {
                of,
                surplus,
                value,
                tie,
                elected,
            } => format!(
                "The surplus of {} ({} votes) is transferred, each of their ballots at {} of its value.{}{}",
                list(&[*of]),
                votes(*surplus),
                votes(*value),
                if *tie {
                    " Two surpluses were equal at every stage: the option listed first went first."
                } else {
                    ""
                },
                then_elected(elected)
            ),
            Step::Excluded {
                of,
                had,
                tie,
                elected,
            } => format!(
                "{} has the fewest votes ({}) and is excluded; their ballots move to the next preference at the value they came with.{}{}",
                list(&[*of]),
                votes(*had),
                if *tie {
                    " Two candidates were equal at every stage: the one listed last was excluded."
                } else {
                    ""
                },
                then_elected(elected)
            ),
        }
    }
}

/// Votes shown to five places: "12.34567".
pub fn votes(units: u64) -> String {
    format!("{}.{:05}", units / SCALE, units % SCALE)
}

struct Counter<'a> {
    names: &'a [String],
    state: Vec<State>,
    parcels: Vec<Vec<Parcel>>,
    /// Elected candidates whose surplus has not been transferred yet.
    pending: Vec<usize>,
    non_transferable: u64,
    lost: u64,
    stages: Vec<Stage>,
    steps: Vec<Step>,
    elected: Vec<usize>,
    quota_units: u64,
    seats: usize,
}

impl Counter<'_> {
    fn total(&self, c: usize) -> u64 {
        self.parcels[c].iter().map(|p| p.value * p.ballots).sum()
    }

    fn all_votes(&self) -> Vec<u64> {
        (0..self.names.len()).map(|c| self.total(c)).collect()
    }

    /// Moves a parcel on to its next preference still in the count, or to
    /// the non-transferable pile.
    fn pass_on(&mut self, mut p: Parcel) {
        p.at += 1;
        while p.at < p.ranking.len() && self.state[p.ranking[p.at]] != State::Continuing {
            p.at += 1;
        }
        match p.ranking.get(p.at) {
            Some(&next) => self.parcels[next].push(p),
            None => self.non_transferable += p.value * p.ballots,
        }
    }

    /// Compares two options by their votes at the earliest stage where they
    /// differed; `Equal` when they never did.
    fn history(&self, a: usize, b: usize) -> std::cmp::Ordering {
        self.stages
            .iter()
            .map(|s| s.votes[a].cmp(&s.votes[b]))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    }

    /// Elects every continuing option at or above the quota, most votes
    /// first; returns them.
    fn elect_reaching_quota(&mut self) -> Vec<usize> {
        let mut reached: Vec<usize> = (0..self.names.len())
            .filter(|&c| self.state[c] == State::Continuing && self.total(c) >= self.quota_units)
            .collect();
        reached.sort_by(|&a, &b| {
            self.total(b)
                .cmp(&self.total(a))
                .then_with(|| self.history(b, a))
                .then(a.cmp(&b))
        });
        reached.truncate(self.seats - self.elected.len());
        for &c in &reached {
            self.state[c] = State::Elected;
            self.elected.push(c);
            self.pending.push(c);
        }
        reached
    }

    fn record(&mut self, step: Step) {
        let votes = self.all_votes();
        let (elected, excluded) = match &step {
            Step::FirstPreferences { elected }
            | Step::Filled { elected }
            | Step::Surplus { elected, .. } => (elected.clone(), None),
            Step::Excluded { of, elected, .. } => (elected.clone(), Some(*of)),
        };
        self.stages.push(Stage {
            action: step.english(self.names),
            votes,
            non_transferable: self.non_transferable,
            lost_to_fractions: self.lost,
            elected,
            excluded,
        });
        self.steps.push(step);
    }
}

/// Counts an election for `seats` seats among `names` from the ballots'
/// rankings. Seats must be fewer than the options (checked when the
/// decision opens).
pub fn count(names: &[String], seats: u16, profiles: &[Profile]) -> Count {
    count_with_steps(names, seats, profiles).0
}

/// The count, and what each of its stages did as data (for saying it in
/// another language).
pub fn count_with_steps(names: &[String], seats: u16, profiles: &[Profile]) -> (Count, Vec<Step>) {
    let n = names.len();
    let seats_n = (seats as usize).min(n);
    let valid: u64 = profiles
        .iter()
        .filter(|p| !p.ranking.is_empty())
        .map(|p| p.ballots)
        .sum();
    let quota = valid / (seats as u64 + 1) + 1;
    let mut c = Counter {
        names,
        state: vec![State::Continuing; n],
        parcels: vec![Vec::new(); n],
        pending: Vec::new(),
        non_transferable: 0,
        lost: 0,
        stages: Vec::new(),
        steps: Vec::new(),
        elected: Vec::new(),
        quota_units: quota * SCALE,
        seats: seats_n,
    };
    for p in profiles {
        if let Some(&first) = p.ranking.first() {
            c.parcels[first].push(Parcel {
                ranking: p.ranking.clone(),
                at: 0,
                value: SCALE,
                ballots: p.ballots,
            });
        }
    }
    let first = c.elect_reaching_quota();
    c.record(Step::FirstPreferences { elected: first });
    while c.elected.len() < seats_n {
        let continuing: Vec<usize> = (0..n)
            .filter(|&x| c.state[x] == State::Continuing)
            .collect();
        if continuing.len() <= seats_n - c.elected.len() {
            let mut rest = continuing;
            rest.sort_by(|&a, &b| c.total(b).cmp(&c.total(a)).then(a.cmp(&b)));
            for &x in &rest {
                c.state[x] = State::Elected;
                c.elected.push(x);
            }
            c.record(Step::Filled { elected: rest });
            break;
        }
        // Surpluses first, the largest first.
        c.pending.retain(|&x| {
            c.parcels[x]
                .iter()
                .map(|p| p.value * p.ballots)
                .sum::<u64>()
                > c.quota_units
        });
        let mut tie_by_lot = false;
        if !c.pending.is_empty() {
            let mut order = c.pending.clone();
            order.sort_by(|&a, &b| {
                c.total(b)
                    .cmp(&c.total(a))
                    .then_with(|| c.history(b, a))
                    .then(a.cmp(&b))
            });
            let x = order[0];
            if order.len() > 1 && c.total(order[1]) == c.total(x) && c.history(x, order[1]).is_eq()
            {
                tie_by_lot = true;
            }
            c.pending.retain(|&y| y != x);
            let total = c.total(x);
            let surplus = total - c.quota_units;
            let parcels = std::mem::take(&mut c.parcels[x]);
            let mut moved = 0;
            for p in parcels {
                // Truncated to a hundred-thousandth, as the rules say.
                let value = (p.value as u128 * surplus as u128 / total as u128) as u64;
                moved += value * p.ballots;
                if value > 0 {
                    c.pass_on(Parcel { value, ..p });
                }
            }
            c.lost += surplus - moved;
            // What stays with the elected candidate is exactly the quota.
            c.parcels[x] = vec![Parcel {
                ranking: Vec::new(),
                at: 0,
                value: c.quota_units,
                ballots: 1,
            }];
            let now = c.elect_reaching_quota();
            c.record(Step::Surplus {
                of: x,
                surplus,
                value: fraction(surplus, total),
                tie: tie_by_lot,
                elected: now,
            });
            continue;
        }
        // No surplus left: exclude the fewest votes (ties by history, then
        // the option listed last goes).
        let mut order = continuing.clone();
        order.sort_by(|&a, &b| {
            c.total(a)
                .cmp(&c.total(b))
                .then_with(|| c.history(a, b))
                .then(b.cmp(&a))
        });
        let x = order[0];
        if order.len() > 1 && c.total(order[1]) == c.total(x) && c.history(x, order[1]).is_eq() {
            tie_by_lot = true;
        }
        c.state[x] = State::Excluded;
        let had = c.total(x);
        for p in std::mem::take(&mut c.parcels[x]) {
            c.pass_on(p);
        }
        let now = c.elect_reaching_quota();
        c.record(Step::Excluded {
            of: x,
            had,
            tie: tie_by_lot,
            elected: now,
        });
    }
    (
        Count {
            seats,
            valid,
            quota,
            stages: c.stages,
            elected: c.elected,
        },
        c.steps,
    )
}

/// A transfer value, truncated like the values, in hundred-thousandths
/// of a ballot: 41667 reads "0.41667".
fn fraction(part: u64, whole: u64) -> u64 {
    (part as u128 * SCALE as u128 / whole as u128) as u64
}

/// Adds one ranking to a sorted list of profiles, or takes one out.
pub fn tally(profiles: &mut Vec<Profile>, ranking: &[usize], add: bool) {
    match profiles.binary_search_by(|p| p.ranking.as_slice().cmp(ranking)) {
        Ok(i) if add => profiles[i].ballots += 1,
        Ok(i) => {
            profiles[i].ballots = profiles[i]
                .ballots
                .checked_sub(1)
                .expect("a tally never goes below zero");
            if profiles[i].ballots == 0 {
                profiles.remove(i);
            }
        }
        Err(i) if add => profiles.insert(
            i,
            Profile {
                ranking: ranking.to_vec(),
                ballots: 1,
            },
        ),
        Err(_) => panic!("a ballot taken out was never counted"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("C{i}")).collect()
    }

    fn profiles(list: &[(&[usize], u64)]) -> Vec<Profile> {
        let mut v = Vec::new();
        for (r, n) in list {
            for _ in 0..*n {
                tally(&mut v, r, true);
            }
        }
        v
    }

    #[test]
    fn a_textbook_count() {
        // 3 seats; Droop quota of 20 ballots is 20 / 4 + 1 = 6.
        let p = profiles(&[
            (&[0, 1], 8), // A is over quota by 2, which goes to B
            (&[1], 4),
            (&[2, 3], 3),
            (&[3, 2], 2),
            (&[4, 2], 3),
        ]);
        let c = count(&names(5), 3, &p);
        assert_eq!((c.valid, c.quota), (20, 6));
        assert_eq!(
            c.elected[0], 0,
            "A has more than a quota of first preferences"
        );
        assert!(
            c.elected.contains(&1),
            "A's surplus elects B: {:#?}",
            c.stages
        );
        assert_eq!(c.elected.len(), 3);
        for s in &c.stages {
            let sum: u64 = s.votes.iter().sum::<u64>() + s.non_transferable + s.lost_to_fractions;
            assert_eq!(sum, 20 * SCALE, "{s:?}");
        }
    }

    #[test]
    fn a_surplus_moves_at_its_truncated_transfer_value() {
        // 2 seats, 10 ballots: quota 4. A has 7, surplus 3 of 7: each ballot
        // moves at 0.42857 (3/7 truncated), and 0.00001 is lost.
        let p = profiles(&[(&[0, 1], 7), (&[2], 2), (&[1], 1)]);
        let c = count(&names(3), 2, &p);
        let s = &c.stages[1];
        assert_eq!(s.votes[1], SCALE + 7 * 42_857);
        assert_eq!(s.lost_to_fractions, 3 * SCALE - 7 * 42_857);
        assert!(s.action.contains("0.42857"), "{}", s.action);
    }

    fn profile_strategy() -> impl Strategy<Value = (usize, u16, Vec<Profile>)> {
        (3usize..7).prop_flat_map(|n| {
            (
                Just(n),
                1u16..(n as u16),
                proptest::collection::vec(
                    (
                        Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
                        1usize..=n,
                        1u64..6,
                    ),
                    1..25,
                ),
            )
                .prop_map(|(n, seats, raw)| {
                    let mut v = Vec::new();
                    for (order, len, times) in raw {
                        for _ in 0..times {
                            tally(&mut v, &order[..len], true);
                        }
                    }
                    (n, seats, v)
                })
        })
    }

    proptest! {
        #[test]
        fn a_droop_quota_of_first_preferences_is_elected((n, seats, p) in profile_strategy()) {
            let c = count(&names(n), seats, &p);
            let mut firsts = vec![0u64; n];
            for x in &p {
                firsts[x.ranking[0]] += x.ballots;
            }
            for (i, f) in firsts.iter().enumerate() {
                if *f >= c.quota {
                    prop_assert!(c.elected.contains(&i), "{i} had {f} ≥ quota {}", c.quota);
                }
            }
            // Every seat is filled, by different options.
            prop_assert_eq!(c.elected.len(), seats as usize);
            let mut e = c.elected.clone();
            e.sort();
            e.dedup();
            prop_assert_eq!(e.len(), seats as usize);
            // Every stage accounts for every vote exactly.
            for s in &c.stages {
                let sum: u64 = s.votes.iter().sum::<u64>() + s.non_transferable + s.lost_to_fractions;
                prop_assert_eq!(sum, c.valid * SCALE);
            }
        }

        #[test]
        fn one_seat_goes_to_a_majority_of_first_preferences((n, _s, p) in profile_strategy()) {
            let c = count(&names(n), 1, &p);
            let total: u64 = p.iter().map(|x| x.ballots).sum();
            for i in 0..n {
                let f: u64 = p.iter().filter(|x| x.ranking[0] == i).map(|x| x.ballots).sum();
                if f * 2 > total {
                    prop_assert_eq!(&c.elected, &vec![i]);
                }
            }
        }
    }
}

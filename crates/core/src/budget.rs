//! Participatory budgeting, as pure rules: a round splits an amount equally
//! among the eligible members, members spread their allocation over buckets,
//! and a bucket that reaches its minimum by the close is funded.
//!
//! Equal allocation is one person, one vote in money form: nothing here can
//! give anyone more than anyone else.

use crate::msg::{Msg, told};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a decision to open a round proposes. When the decision passes, the
/// round opens: buckets can be proposed for `bucket_days`, then members fund
/// them for `funding_days`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoundPlan {
    /// Minor units of the pool's currency the round puts in.
    pub amount: i64,
    /// Days, from the round's opening, to propose and review buckets.
    pub bucket_days: u16,
    /// Days, after that, to fund buckets.
    pub funding_days: u16,
    /// The most one member may put into one bucket, if capped.
    #[serde(default)]
    pub cap: Option<i64>,
    /// What buckets should be about, in Markdown.
    #[serde(default)]
    pub guidelines: String,
}

/// The longest window a round may set, in days.
pub const MAX_WINDOW_DAYS: u16 = 90;

impl RoundPlan {
    /// Checks the plan, naming the field at fault.
    pub fn validate(&self) -> Result<(), (&'static str, Refusal)> {
        if self.amount <= 0 {
            return Err(("round_amount", round_amount()));
        }
        for (field, days, id, what) in [
            (
                "bucket_days",
                self.bucket_days,
                "error-core-budget-bucket-window",
                "proposing buckets",
            ),
            (
                "funding_days",
                self.funding_days,
                "error-core-budget-funding-window",
                "funding",
            ),
        ] {
            if days == 0 || days > MAX_WINDOW_DAYS {
                return Err((
                    field,
                    Refusal::new(Msg::new(id).num("max", MAX_WINDOW_DAYS as i64), || {
                        format!("the window for {what} must be 1 to {MAX_WINDOW_DAYS} days")
                    }),
                ));
            }
        }
        if let Some(cap) = self.cap
            && cap <= 0
        {
            return Err((
                "cap",
                Refusal::plainly(
                    "error-core-budget-cap",
                    "the cap per bucket must be more than zero, or left empty for none",
                ),
            ));
        }
        if self.guidelines.chars().count() > 5000 {
            return Err((
                "guidelines",
                Refusal::plainly(
                    "error-core-budget-guidelines",
                    "keep the guidelines under 5,000 characters",
                ),
            ));
        }
        Ok(())
    }
}

/// Why something was refused, in words: the message, and what it says for
/// the reader. It reads as its words wherever a `String` is wanted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// What is wrong, said for the reader.
    pub message: String,
    /// The same, as a message any language can say.
    pub msg: Msg,
}

impl Refusal {
    /// `msg`, said for the reader, else `english`.
    pub fn new(msg: Msg, english: impl FnOnce() -> String) -> Refusal {
        Refusal {
            message: told(&msg, english),
            msg,
        }
    }

    /// A message without arguments.
    fn plainly(id: &'static str, english: &'static str) -> Refusal {
        Refusal::new(Msg::new(id), || english.to_string())
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<Refusal> for String {
    fn from(r: Refusal) -> String {
        r.message
    }
}

fn round_amount() -> Refusal {
    Refusal::plainly(
        "error-core-budget-round-amount",
        "the round's amount must be more than zero",
    )
}

crate::stored_enum! {
    /// Where a bucket stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum BucketStatus {
        /// Taking money while its round is open.
        Open => "open",
        /// Cancelled by its co-creators or an organizer; its money went back.
        Cancelled => "cancelled",
        /// Reached its minimum at the close and is paid out.
        Funded => "funded",
        /// Missed its minimum at the close; its money went back.
        Missed => "missed",
    }
}

crate::stored_enum! {
    /// Whether a round still takes buckets and money.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum RoundStatus {
        /// Taking buckets, then money, until its funding closes.
        Open => "open",
        /// Closed: funded buckets paid out, the rest given back.
        Closed => "closed",
    }
}

/// Where a round is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Phase {
    /// Members propose buckets and review them against the guidelines.
    Buckets,
    /// Members spread their allocation over the buckets.
    Funding,
    /// The funding window has ended; the close is being recorded.
    Closing,
    /// Closed: funded buckets have payouts, the rest went back to the pool.
    Closed,
}

/// The phase at `now_ms`, from the round's two deadlines.
pub fn phase(now_ms: i64, buckets_close_ms: i64, funding_close_ms: i64, closed: bool) -> Phase {
    if closed {
        Phase::Closed
    } else if now_ms < buckets_close_ms {
        Phase::Buckets
    } else if now_ms < funding_close_ms {
        Phase::Funding
    } else {
        Phase::Closing
    }
}

/// How a round's amount is shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allocation {
    /// What each eligible member may spread across buckets.
    pub per_member: i64,
    /// What stays in the pool's treasury: the amount less the allocations.
    /// The stated rule: the remainder of the integer division stays with the
    /// pool, so allocations plus remainder always equal the amount.
    pub remainder: i64,
}

/// Splits `amount` minor units equally among `members`.
pub fn allocate(amount: i64, members: u64) -> Result<Allocation, BudgetError> {
    if amount <= 0 {
        return Err(BudgetError::Invalid(round_amount()));
    }
    if members == 0 {
        return Err(BudgetError::Invalid(Refusal::plainly(
            "error-core-budget-no-members",
            "a round needs at least one eligible member",
        )));
    }
    let n = members as i64;
    Ok(Allocation {
        per_member: amount / n,
        remainder: amount % n,
    })
}

/// One line of a bucket's budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetLine {
    /// What it pays for.
    pub label: String,
    /// The least the line needs.
    pub min: i64,
    /// The most it may take; the minimum when absent.
    pub max: Option<i64>,
}

/// A bucket's minimum and maximum goals.
pub fn goals(lines: &[BudgetLine]) -> Result<(i64, i64), BudgetError> {
    if lines.is_empty() {
        return Err(BudgetError::Invalid(Refusal::plainly(
            "error-core-budget-no-lines",
            "a bucket needs at least one budget line",
        )));
    }
    let mut min = 0i64;
    let mut max = 0i64;
    for l in lines {
        if l.min <= 0 || l.max.is_some_and(|m| m < l.min) {
            return Err(BudgetError::Invalid(Refusal::new(
                Msg::new("error-core-budget-line").text("label", l.label.clone()),
                || {
                    format!(
                        "\"{}\": the minimum must be more than zero and the maximum no less than the minimum",
                        l.label
                    )
                },
            )));
        }
        min = min.checked_add(l.min).ok_or(BudgetError::Overflow)?;
        max = max
            .checked_add(l.max.unwrap_or(l.min))
            .ok_or(BudgetError::Overflow)?;
    }
    Ok((min, max))
}

/// Why funding was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BudgetError {
    /// Bad input, in words.
    Invalid(Refusal),
    /// The member has less allocation left than they asked to give.
    Allocation {
        /// What they have left.
        left: i64,
        /// What they asked to give.
        asked: i64,
    },
    /// The bucket would go beyond its maximum goal.
    Overfunded {
        /// What it can still take.
        room: i64,
    },
    /// The member would go beyond the per-bucket cap.
    Cap {
        /// The cap.
        cap: i64,
        /// What they have given to this bucket.
        given: i64,
    },
    /// A sum left the range of 64-bit integers.
    Overflow,
}

impl BudgetError {
    /// What is wrong, as a message any language can say.
    pub fn msg(&self) -> Msg {
        match self {
            BudgetError::Invalid(r) => r.msg.clone(),
            BudgetError::Allocation { left, asked } => Msg::new("error-core-budget-allocation")
                .text("left", left.to_string())
                .text("asked", asked.to_string()),
            BudgetError::Overfunded { room } => {
                Msg::new("error-core-budget-overfunded").text("room", room.to_string())
            }
            BudgetError::Cap { cap, given } => Msg::new("error-core-budget-over-cap")
                .text("cap", cap.to_string())
                .text("given", given.to_string()),
            BudgetError::Overflow => Msg::new("error-core-budget-overflow"),
        }
    }

    fn english(&self) -> String {
        match self {
            BudgetError::Invalid(r) => r.message.clone(),
            BudgetError::Allocation { left, asked } => format!(
                "you have {left} of your allocation left, less than the {asked} you asked to give"
            ),
            BudgetError::Overfunded { room } => {
                format!("this bucket needs only {room} more to reach its maximum")
            }
            BudgetError::Cap { cap, given } => {
                format!("you can put at most {cap} into one bucket, and you have given {given}")
            }
            BudgetError::Overflow => "the amount is too large".into(),
        }
    }
}

impl std::fmt::Display for BudgetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&told(&self.msg(), || self.english()))
    }
}

impl std::error::Error for BudgetError {}

/// The money of a round while its funding window is open.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Round {
    /// Each member's allocation left.
    pub left: BTreeMap<String, i64>,
    /// Each bucket's total and maximum goal.
    pub buckets: BTreeMap<String, (i64, i64)>,
    /// What each member has given to each bucket.
    pub given: BTreeMap<(String, String), i64>,
    /// The most one member may give one bucket, if capped.
    pub cap: Option<i64>,
}

impl Round {
    /// A round where each member starts with the same allocation.
    pub fn new<'a>(
        members: impl IntoIterator<Item = &'a str>,
        per_member: i64,
        cap: Option<i64>,
    ) -> Round {
        Round {
            left: members
                .into_iter()
                .map(|m| (m.to_string(), per_member))
                .collect(),
            buckets: BTreeMap::new(),
            given: BTreeMap::new(),
            cap,
        }
    }

    /// Adds a bucket with its maximum goal.
    pub fn add_bucket(&mut self, id: &str, max_goal: i64) {
        self.buckets.insert(id.to_string(), (0, max_goal));
    }

    /// A member gives part of their allocation to a bucket. Every check and
    /// the change happen together, so a caller that runs this inside one
    /// transaction cannot overspend or overfund.
    pub fn fund(&mut self, member: &str, bucket: &str, amount: i64) -> Result<(), BudgetError> {
        if amount <= 0 {
            return Err(BudgetError::Invalid(Refusal::plainly(
                "error-core-budget-give-more",
                "give an amount more than zero",
            )));
        }
        let left = *self.left.get(member).ok_or_else(|| {
            BudgetError::Invalid(Refusal::plainly(
                "error-core-budget-not-in-round",
                "only members of the round can fund buckets",
            ))
        })?;
        let (total, max) = *self.buckets.get(bucket).ok_or_else(|| {
            BudgetError::Invalid(Refusal::plainly(
                "error-core-budget-no-bucket",
                "there is no such bucket in this round",
            ))
        })?;
        if amount > left {
            return Err(BudgetError::Allocation {
                left,
                asked: amount,
            });
        }
        if total + amount > max {
            return Err(BudgetError::Overfunded { room: max - total });
        }
        let key = (member.to_string(), bucket.to_string());
        let given = self.given.get(&key).copied().unwrap_or(0);
        if let Some(cap) = self.cap
            && given + amount > cap
        {
            return Err(BudgetError::Cap { cap, given });
        }
        self.left.insert(member.to_string(), left - amount);
        self.buckets
            .insert(bucket.to_string(), (total + amount, max));
        self.given.insert(key, given + amount);
        Ok(())
    }

    /// Cancels a bucket while the window is open: every member gets back
    /// exactly what they gave it. Returns the total returned.
    pub fn cancel(&mut self, bucket: &str) -> i64 {
        let mut returned = 0;
        let keys: Vec<(String, String)> = self
            .given
            .keys()
            .filter(|(_, b)| b == bucket)
            .cloned()
            .collect();
        for key in keys {
            let amount = self.given.remove(&key).unwrap_or(0);
            *self.left.entry(key.0.clone()).or_insert(0) += amount;
            returned += amount;
        }
        self.buckets.remove(bucket);
        returned
    }

    /// What every member has left plus what every bucket holds: constant
    /// for the life of a round.
    pub fn total(&self) -> i64 {
        self.left.values().sum::<i64>() + self.buckets.values().map(|(t, _)| t).sum::<i64>()
    }
}

/// A bucket's fate when the funding window closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Closing {
    /// It reached its minimum: its total becomes an authorized payout.
    Funded(i64),
    /// It missed its minimum: its total goes back to the pool.
    Missed(i64),
}

/// Decides a bucket's fate from its total and minimum goal.
pub fn close(total: i64, min_goal: i64) -> Closing {
    if total >= min_goal && total > 0 {
        Closing::Funded(total)
    } else {
        Closing::Missed(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn plans_and_phases() {
        let plan = RoundPlan {
            amount: 10_000,
            bucket_days: 7,
            funding_days: 7,
            cap: None,
            guidelines: String::new(),
        };
        assert!(plan.validate().is_ok());
        assert_eq!(
            RoundPlan {
                amount: 0,
                ..plan.clone()
            }
            .validate()
            .unwrap_err()
            .0,
            "round_amount"
        );
        assert_eq!(
            RoundPlan {
                funding_days: 0,
                ..plan.clone()
            }
            .validate()
            .unwrap_err()
            .0,
            "funding_days"
        );
        assert_eq!(
            RoundPlan {
                cap: Some(0),
                ..plan
            }
            .validate()
            .unwrap_err()
            .0,
            "cap"
        );
        assert_eq!(phase(5, 10, 20, false), Phase::Buckets);
        assert_eq!(phase(10, 10, 20, false), Phase::Funding);
        assert_eq!(phase(20, 10, 20, false), Phase::Closing);
        assert_eq!(phase(5, 10, 20, true), Phase::Closed);
    }

    #[test]
    fn goals_and_allocations() {
        let lines = vec![
            BudgetLine {
                label: "Paint".into(),
                min: 3000,
                max: Some(5000),
            },
            BudgetLine {
                label: "Brushes".into(),
                min: 1000,
                max: None,
            },
        ];
        assert_eq!(goals(&lines).unwrap(), (4000, 6000));
        assert!(goals(&[]).is_err());
        assert!(
            goals(&[BudgetLine {
                label: "x".into(),
                min: 5,
                max: Some(4)
            }])
            .is_err()
        );
        assert_eq!(
            allocate(1000, 3).unwrap(),
            Allocation {
                per_member: 333,
                remainder: 1
            }
        );
        assert!(allocate(1000, 0).is_err());
        assert_eq!(close(4000, 4000), Closing::Funded(4000));
        assert_eq!(close(3999, 4000), Closing::Missed(3999));
    }

    #[test]
    fn funding_refuses_overspending_overfunding_and_the_cap() {
        let mut r = Round::new(["ana", "ben"], 1000, Some(600));
        r.add_bucket("mural", 1500);
        r.fund("ana", "mural", 600).unwrap();
        assert_eq!(
            r.fund("ana", "mural", 1),
            Err(BudgetError::Cap {
                cap: 600,
                given: 600
            })
        );
        r.fund("ben", "mural", 600).unwrap();
        r.add_bucket("bench", 10_000);
        assert_eq!(
            r.fund("ana", "bench", 401),
            Err(BudgetError::Allocation {
                left: 400,
                asked: 401
            })
        );
        let mut r2 = Round::new(["ana", "ben"], 1000, None);
        r2.add_bucket("mural", 1500);
        r2.fund("ana", "mural", 1000).unwrap();
        assert_eq!(
            r2.fund("ben", "mural", 600),
            Err(BudgetError::Overfunded { room: 500 })
        );
        assert!(r2.fund("zed", "mural", 1).is_err());
    }

    proptest! {
        #[test]
        fn allocations_and_the_remainder_sum_to_the_amount(amount in 1i64..10_000_000, members in 1u64..5000) {
            let a = allocate(amount, members).unwrap();
            prop_assert_eq!(a.per_member * members as i64 + a.remainder, amount);
            prop_assert!(a.remainder >= 0 && a.remainder < members as i64);
        }

        #[test]
        fn funding_never_overfunds_or_overspends_and_cancels_restore(
            ops in proptest::collection::vec((0u8..6, 0u8..3, 1i64..400), 1..120),
            cancel in proptest::option::of(0u8..3),
            cap in proptest::option::of(100i64..800),
        ) {
            let members: Vec<String> = (0..6).map(|i| format!("m{i}")).collect();
            let mut r = Round::new(members.iter().map(String::as_str), 1000, cap);
            for b in 0..3 {
                r.add_bucket(&format!("b{b}"), 700 + 300 * b as i64);
            }
            let total = r.total();
            for (m, b, amount) in ops {
                let before = r.clone();
                if r.fund(&format!("m{m}"), &format!("b{b}"), amount).is_err() {
                    prop_assert_eq!(&r, &before, "a refused gift changes nothing");
                }
                prop_assert_eq!(r.total(), total, "money is conserved");
                for (t, max) in r.buckets.values() {
                    prop_assert!(t <= max, "never beyond the maximum");
                }
                for left in r.left.values() {
                    prop_assert!(*left >= 0, "never beyond the allocation");
                }
                if let Some(c) = cap {
                    prop_assert!(r.given.values().all(|g| *g <= c));
                }
            }
            if let Some(b) = cancel {
                let bucket = format!("b{b}");
                let held = r.buckets.get(&bucket).map(|x| x.0).unwrap_or(0);
                let before: i64 = r.left.values().sum();
                prop_assert_eq!(r.cancel(&bucket), held);
                prop_assert_eq!(r.left.values().sum::<i64>(), before + held, "refunds restore exactly");
                prop_assert_eq!(r.total(), total);
            }
        }
    }
}

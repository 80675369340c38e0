//! The double-entry ledger of a pool: accounts, balanced entries, the rule
//! of which accounts may go below zero, and reversals.
//!
//! Two books, each balancing to zero in every entry:
//! - **cash**: where the money is. `outside` (the world beyond the pool,
//!   which may go negative) and `treasury` (cash the pool holds).
//! - **claims**: who may ask for what. `capital:<person>` (what a member may
//!   get back under the exit rule), `authorized` (payouts a decision
//!   authorized and nobody has paid yet), `budgeted` (money a participatory
//!   budgeting round holds for its members to spread over buckets), and their
//!   contra accounts `capital_pool`, `authorized_pool` and `budgeted_pool`,
//!   which hold the other side.
//!
//! Amounts are integers in the pool currency's minor unit; a posting is
//! positive when money or a claim arrives in the account. All balances, the
//! outside world included, always sum to zero.

use crate::msg::{Msg, told};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A pool's account.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "account", content = "person", rename_all = "snake_case")]
pub enum Account {
    /// The world beyond the pool: banks, payees, members' own pockets.
    Outside,
    /// Cash the pool holds.
    Treasury,
    /// A member's capital account.
    Capital(String),
    /// The other side of every capital account.
    CapitalPool,
    /// Payouts authorized and not yet paid.
    Authorized,
    /// The other side of the authorized payouts.
    AuthorizedPool,
    /// Money set aside for open participatory budgeting rounds.
    Budgeted,
    /// The other side of the budgeted money.
    BudgetedPool,
}

/// The two books an entry must balance in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Book {
    /// Where the money is.
    Cash,
    /// Who may ask for what.
    Claims,
}

impl Account {
    /// The key balances are stored under.
    pub fn key(&self) -> String {
        match self {
            Account::Outside => "outside".into(),
            Account::Treasury => "treasury".into(),
            Account::Capital(p) => format!("capital:{p}"),
            Account::CapitalPool => "capital_pool".into(),
            Account::Authorized => "authorized".into(),
            Account::AuthorizedPool => "authorized_pool".into(),
            Account::Budgeted => "budgeted".into(),
            Account::BudgetedPool => "budgeted_pool".into(),
        }
    }

    /// Reads a stored key.
    pub fn from_key(key: &str) -> Option<Account> {
        Some(match key {
            "outside" => Account::Outside,
            "treasury" => Account::Treasury,
            "capital_pool" => Account::CapitalPool,
            "authorized" => Account::Authorized,
            "authorized_pool" => Account::AuthorizedPool,
            "budgeted" => Account::Budgeted,
            "budgeted_pool" => Account::BudgetedPool,
            k => Account::Capital(k.strip_prefix("capital:")?.to_string()),
        })
    }

    /// Whether the balance may be negative. Only the outside world and the
    /// contra accounts may; everything the pool holds or owes may not.
    pub fn may_go_negative(&self) -> bool {
        matches!(
            self,
            Account::Outside
                | Account::CapitalPool
                | Account::AuthorizedPool
                | Account::BudgetedPool
        )
    }

    /// The book the account belongs to.
    pub fn book(&self) -> Book {
        match self {
            Account::Outside | Account::Treasury => Book::Cash,
            _ => Book::Claims,
        }
    }
}

/// One line of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Posting {
    /// The account.
    pub account: Account,
    /// Signed minor units: positive arrives in the account.
    pub amount: i64,
}

fn p(account: Account, amount: i64) -> Posting {
    Posting { account, amount }
}

crate::stored_enum! {
    /// What a ledger entry records.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum EntryKind {
        /// Capital a member put in.
        Capital => "capital",
        /// A gift to the pool.
        Gift => "gift",
        /// A member's buy-in.
        BuyIn => "buy_in",
        /// An entry undone by the treasurer, with a reason.
        Reversal => "reversal",
        /// A payout a passed decision authorized.
        Authorization => "authorization",
        /// An authorized payout paid.
        Payment => "payment",
        /// An authorized payout cancelled.
        Cancellation => "cancellation",
        /// An exit repayment owed to a leaving member.
        ExitAuthorized => "exit_authorized",
        /// An exit repayment paid.
        ExitPaid => "exit_paid",
        /// Money set aside for a budgeting round.
        RoundBudgeted => "round_budgeted",
        /// What a closed round gave back.
        RoundReleased => "round_released",
        /// Money a pool committed to a Flood (the pool's side).
        FloodCommitment => "flood_commitment",
        /// A leaving pool's share back from a Flood (the pool's side).
        FloodReturn => "flood_return",
        /// Money a member pool committed (the Flood's side).
        PoolCommitment => "pool_commitment",
        /// A leaving pool's share paid out (the Flood's side).
        PoolExit => "pool_exit",
    }
}

impl EntryKind {
    /// Money received from a member, the only entries a treasurer may
    /// reverse: payouts, exits, rounds and Flood moves are settled through
    /// their own steps.
    pub fn is_money_in(self) -> bool {
        matches!(
            self,
            EntryKind::Capital | EntryKind::Gift | EntryKind::BuyIn
        )
    }

    /// The entry that records money of this kind coming in.
    pub fn of_money(kind: crate::event::MoneyKind) -> EntryKind {
        match kind {
            crate::event::MoneyKind::Capital => EntryKind::Capital,
            crate::event::MoneyKind::Gift => EntryKind::Gift,
            crate::event::MoneyKind::BuyIn => EntryKind::BuyIn,
        }
    }

    /// Whether the entry takes cash out of the treasury (shown negative).
    pub fn is_outflow(self) -> bool {
        matches!(
            self,
            EntryKind::Reversal
                | EntryKind::Payment
                | EntryKind::ExitPaid
                | EntryKind::FloodCommitment
                | EntryKind::PoolExit
        )
    }

    /// What the entry is, in words, for the books and statements.
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Capital => "Capital in",
            EntryKind::Gift => "Gift",
            EntryKind::BuyIn => "Buy-in",
            EntryKind::Reversal => "Reversal",
            EntryKind::Authorization => "Payout authorized",
            EntryKind::Payment => "Paid out",
            EntryKind::Cancellation => "Payout cancelled",
            EntryKind::ExitAuthorized => "Exit repayment owed",
            EntryKind::ExitPaid => "Exit repaid",
            EntryKind::RoundBudgeted => "Set aside for a budgeting round",
            EntryKind::RoundReleased => "Budgeting round closed",
            EntryKind::FloodCommitment => "Committed to a Flood",
            EntryKind::FloodReturn => "Share back from a Flood",
            EntryKind::PoolCommitment => "Committed by a member pool",
            EntryKind::PoolExit => "Share paid to a leaving pool",
        }
    }
}

crate::stored_enum! {
    /// Where a payout stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum PayoutStatus {
        /// Authorized and waiting to be paid.
        Authorized => "authorized",
        /// Paid.
        Paid => "paid",
        /// Cancelled, with the money back in what the pool has available.
        Cancelled => "cancelled",
    }
}

crate::stored_enum! {
    /// Where an exit repayment stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ExitStatus {
        /// Owed to the member.
        Owed => "owed",
        /// Paid to the member.
        Paid => "paid",
    }
}

crate::stored_enum! {
    /// Where a member's report of money they sent stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ReportStatus {
        /// Waiting for the treasurer.
        Pending => "pending",
        /// Confirmed, with its ledger entry.
        Confirmed => "confirmed",
        /// Rejected, with the treasurer's reason.
        Rejected => "rejected",
    }
}

/// Why an entry cannot be posted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerError {
    /// Amounts must be positive whole minor units.
    NotPositive,
    /// An entry does not balance (a bug, never user input).
    Unbalanced(Book),
    /// The posting would take an account below zero.
    Insufficient {
        /// The account's key.
        account: String,
        /// Its balance now.
        balance: i64,
        /// What the entry takes out.
        needed: i64,
    },
    /// A sum left the range of 64-bit integers.
    Overflow,
    /// One amount is larger than `MAX_AMOUNT`.
    TooLarge,
    /// The entry would promise more than the treasury holds: authorized
    /// payouts plus budgeted money would exceed it.
    Uncovered {
        /// What the pool has available before the entry.
        available: i64,
        /// What the entry takes from what is available.
        needed: i64,
    },
}

impl LedgerError {
    /// What is wrong, as a message any language can say. An unbalanced
    /// entry is a bug, never someone's doing: it stays in English.
    pub fn msg(&self) -> Msg {
        match self {
            LedgerError::NotPositive => Msg::new("error-core-ledger-not-positive"),
            LedgerError::Unbalanced(_) => Msg::raw(self.english()),
            LedgerError::Insufficient {
                account,
                balance,
                needed,
            } => Msg::new("error-core-ledger-insufficient")
                .text("account", account.clone())
                .text("balance", balance.to_string())
                .text("needed", needed.to_string()),
            LedgerError::Overflow => Msg::new("error-core-ledger-overflow"),
            LedgerError::TooLarge => crate::money::too_large(),
            LedgerError::Uncovered { available, needed } => Msg::new("error-core-ledger-uncovered")
                .text("available", available.to_string())
                .text("needed", needed.to_string()),
        }
    }

    fn english(&self) -> String {
        match self {
            LedgerError::NotPositive => "the amount must be more than zero".into(),
            LedgerError::Unbalanced(book) => {
                format!("the entry does not balance in the {book:?} book")
            }
            LedgerError::Insufficient {
                account,
                balance,
                needed,
            } => {
                format!("{account} would go below zero: it holds {balance} and {needed} is needed")
            }
            LedgerError::Overflow => {
                "the amount is too large: the balance it would make cannot be recorded".into()
            }
            LedgerError::TooLarge => format!(
                "the amount is too large: one amount can be at most {MAX_AMOUNT} minor units"
            ),
            LedgerError::Uncovered { available, needed } => {
                format!("the pool has {available} available and this needs {needed}")
            }
        }
    }
}

impl std::fmt::Display for LedgerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&told(&self.msg(), || self.english()))
    }
}

impl std::error::Error for LedgerError {}

/// Money a member puts in. Capital can come back under the exit rule; a
/// gift stays with the pool.
pub fn contribution(member: &str, amount: i64, capital: bool) -> Result<Vec<Posting>, LedgerError> {
    positive(amount)?;
    let mut v = vec![p(Account::Outside, -amount), p(Account::Treasury, amount)];
    if capital {
        v.push(p(Account::Capital(member.into()), amount));
        v.push(p(Account::CapitalPool, -amount));
    }
    Ok(v)
}

/// A decision authorizes a payout: a claim, no money moves yet.
pub fn authorize(amount: i64) -> Result<Vec<Posting>, LedgerError> {
    positive(amount)?;
    Ok(vec![
        p(Account::Authorized, amount),
        p(Account::AuthorizedPool, -amount),
    ])
}

/// An authorized payout is paid: money leaves, the claim is settled. For a
/// member's exit, their capital account is settled too.
pub fn pay(amount: i64, exit_member: Option<&str>) -> Result<Vec<Posting>, LedgerError> {
    positive(amount)?;
    let mut v = vec![
        p(Account::Treasury, -amount),
        p(Account::Outside, amount),
        p(Account::Authorized, -amount),
        p(Account::AuthorizedPool, amount),
    ];
    if let Some(m) = exit_member {
        v.push(p(Account::Capital(m.into()), -amount));
        v.push(p(Account::CapitalPool, amount));
    }
    Ok(v)
}

/// Money a pool sends out of its treasury to a Flood it belongs to.
pub fn send(amount: i64) -> Result<Vec<Posting>, LedgerError> {
    positive(amount)?;
    Ok(vec![
        p(Account::Treasury, -amount),
        p(Account::Outside, amount),
    ])
}

/// Money arriving in a treasury from outside the books (a Flood receiving a
/// pool's commitment, or a pool receiving its share back).
pub fn receive(amount: i64) -> Result<Vec<Posting>, LedgerError> {
    positive(amount)?;
    Ok(vec![
        p(Account::Outside, -amount),
        p(Account::Treasury, amount),
    ])
}

/// A round sets money aside for its members to spread over buckets: a
/// claim on the treasury, no money moves.
pub fn budget(amount: i64) -> Result<Vec<Posting>, LedgerError> {
    positive(amount)?;
    Ok(vec![
        p(Account::Budgeted, amount),
        p(Account::BudgetedPool, -amount),
    ])
}

/// A round closes and gives back what it set aside; its funded buckets
/// become authorized payouts in entries of their own.
pub fn release(amount: i64) -> Result<Vec<Posting>, LedgerError> {
    positive(amount)?;
    Ok(vec![
        p(Account::Budgeted, -amount),
        p(Account::BudgetedPool, amount),
    ])
}

/// What the pool is free to spend or set aside: the treasury less the
/// payouts authorized and the money open rounds hold. Every "available"
/// figure (spend proposals, rounds, the treasury page) reads this.
pub fn available(balance: impl Fn(&Account) -> i64) -> i64 {
    balance(&Account::Treasury) - balance(&Account::Authorized) - balance(&Account::Budgeted)
}

/// Checks that an entry keeps the pool's promises covered: after it,
/// authorized payouts plus budgeted money still do not exceed the treasury
/// (`available` stays at or above zero), or the entry at least does not
/// make a shortfall worse. Every entry the pool chooses to make runs this
/// in its own transaction: a payout authorized by decision, a round's money
/// set aside, a commitment to a Flood, a reversal. The one entry that may
/// leave the pool short is an exit repayment, because a leaving member's
/// capital is owed whatever the treasury holds; while the pool is short,
/// nothing else can be spent or set aside.
pub fn check_covered(
    postings: &[Posting],
    balance: impl Fn(&Account) -> i64,
) -> Result<(), LedgerError> {
    let next = next_balances(postings, &balance)?;
    let before = available(&balance);
    let after = available(|a| next.get(a).copied().unwrap_or_else(|| balance(a)));
    if after < 0 && after < before {
        return Err(LedgerError::Uncovered {
            available: before,
            needed: before - after,
        });
    }
    Ok(())
}

/// An authorized payout is cancelled: the claim goes away.
pub fn cancel(amount: i64) -> Result<Vec<Posting>, LedgerError> {
    positive(amount)?;
    Ok(vec![
        p(Account::Authorized, -amount),
        p(Account::AuthorizedPool, amount),
    ])
}

/// The entry that undoes another.
pub fn reversal(postings: &[Posting]) -> Vec<Posting> {
    postings
        .iter()
        .map(|x| p(x.account.clone(), -x.amount))
        .collect()
}

/// The largest single amount any entry may move, in minor units: a
/// trillion units of a two-decimal currency. No group moves that much at
/// once, and with every entry bounded, balances stay far from the edge of
/// 64-bit integers for millions of entries.
pub const MAX_AMOUNT: i64 = 100_000_000_000_000;

/// Checks one amount: more than zero and at most `MAX_AMOUNT`. Every
/// posting builder runs it, and use cases run it on what people type.
pub fn check_amount(amount: i64) -> Result<(), LedgerError> {
    if amount <= 0 {
        Err(LedgerError::NotPositive)
    } else if amount > MAX_AMOUNT {
        Err(LedgerError::TooLarge)
    } else {
        Ok(())
    }
}

fn positive(amount: i64) -> Result<(), LedgerError> {
    check_amount(amount)
}

/// Checks that an entry balances in both books.
pub fn check_balanced(postings: &[Posting]) -> Result<(), LedgerError> {
    for book in [Book::Cash, Book::Claims] {
        let mut sum: i64 = 0;
        for x in postings.iter().filter(|x| x.account.book() == book) {
            sum = sum.checked_add(x.amount).ok_or(LedgerError::Overflow)?;
        }
        if sum != 0 {
            return Err(LedgerError::Unbalanced(book));
        }
    }
    Ok(())
}

/// The balances an entry would produce, refusing any account that may not go
/// below zero. `balance` gives an account's current balance. The store runs
/// this inside the transaction that writes the entry, so a check can never
/// be overtaken by another write.
pub fn next_balances(
    postings: &[Posting],
    balance: impl Fn(&Account) -> i64,
) -> Result<BTreeMap<Account, i64>, LedgerError> {
    check_balanced(postings)?;
    let mut out: BTreeMap<Account, i64> = BTreeMap::new();
    for x in postings {
        let current = *out
            .entry(x.account.clone())
            .or_insert_with(|| balance(&x.account));
        let next = current.checked_add(x.amount).ok_or(LedgerError::Overflow)?;
        out.insert(x.account.clone(), next);
    }
    for (account, next) in &out {
        if *next < 0 && !account.may_go_negative() {
            let before = balance(account);
            return Err(LedgerError::Insufficient {
                account: account.key(),
                balance: before,
                needed: before - next,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        Contribute(u8, i64, bool),
        Authorize(i64),
        Pay(i64, Option<u8>),
        Cancel(i64),
        Budget(i64),
        Release(i64),
        Reverse(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0u8..4, 1i64..5000, any::<bool>()).prop_map(|(m, a, c)| Op::Contribute(m, a, c)),
            (1i64..5000).prop_map(Op::Authorize),
            (1i64..5000, proptest::option::of(0u8..4)).prop_map(|(a, m)| Op::Pay(a, m)),
            (1i64..5000).prop_map(Op::Cancel),
            (1i64..5000).prop_map(Op::Budget),
            (1i64..5000).prop_map(Op::Release),
            (0usize..50).prop_map(Op::Reverse),
        ]
    }

    proptest! {
        #[test]
        fn money_is_conserved_and_nothing_overdraws(ops in proptest::collection::vec(op(), 1..80)) {
            let mut balances: BTreeMap<Account, i64> = BTreeMap::new();
            let mut posted: Vec<Vec<Posting>> = Vec::new();
            for o in ops {
                let entry = match o {
                    Op::Contribute(m, a, c) => contribution(&format!("m{m}"), a, c).unwrap(),
                    Op::Authorize(a) => authorize(a).unwrap(),
                    Op::Pay(a, m) => pay(a, m.map(|m| format!("m{m}")).as_deref()).unwrap(),
                    Op::Cancel(a) => cancel(a).unwrap(),
                    Op::Budget(a) => budget(a).unwrap(),
                    Op::Release(a) => release(a).unwrap(),
                    Op::Reverse(i) => match posted.get(i) {
                        Some(e) => reversal(e),
                        None => continue,
                    },
                };
                let before = balances.clone();
                match next_balances(&entry, |a| *balances.get(a).unwrap_or(&0)) {
                    Ok(next) => {
                        balances.extend(next);
                        posted.push(entry);
                    }
                    Err(LedgerError::Insufficient { .. }) => {
                        prop_assert_eq!(&balances, &before, "a refused entry changes nothing");
                    }
                    Err(e) => prop_assert!(false, "unexpected {e}"),
                }
                prop_assert_eq!(balances.values().sum::<i64>(), 0, "all balances sum to zero");
                for (a, b) in &balances {
                    prop_assert!(*b >= 0 || a.may_go_negative(), "{a:?} went to {b}");
                }
            }
        }

        #[test]
        fn a_reversal_restores_the_balances(m in 0u8..3, a in 1i64..10_000, capital in any::<bool>()) {
            let mut balances: BTreeMap<Account, i64> = BTreeMap::new();
            let start = contribution("seed", 50_000, true).unwrap();
            balances.extend(next_balances(&start, |_| 0).unwrap());
            let before = balances.clone();
            let e = contribution(&format!("m{m}"), a, capital).unwrap();
            balances.extend(next_balances(&e, |x| *balances.get(x).unwrap_or(&0)).unwrap());
            balances.extend(next_balances(&reversal(&e), |x| *balances.get(x).unwrap_or(&0)).unwrap());
            for k in balances.keys().chain(before.keys()) {
                prop_assert_eq!(
                    balances.get(k).copied().unwrap_or(0),
                    before.get(k).copied().unwrap_or(0)
                );
            }
        }
    }

    #[test]
    fn paying_more_than_the_treasury_holds_is_refused() {
        let mut b: BTreeMap<Account, i64> = BTreeMap::new();
        b.extend(next_balances(&contribution("ana", 1000, false).unwrap(), |_| 0).unwrap());
        b.extend(next_balances(&authorize(1500).unwrap(), |a| *b.get(a).unwrap_or(&0)).unwrap());
        let err =
            next_balances(&pay(1500, None).unwrap(), |a| *b.get(a).unwrap_or(&0)).unwrap_err();
        assert_eq!(
            err,
            LedgerError::Insufficient {
                account: "treasury".into(),
                balance: 1000,
                needed: 1500
            }
        );
        assert!(contribution("x", 0, true).is_err());
        assert_eq!(
            Account::from_key("capital:ana"),
            Some(Account::Capital("ana".into()))
        );
        assert_eq!(
            Account::from_key(&Account::AuthorizedPool.key()),
            Some(Account::AuthorizedPool)
        );
    }
}

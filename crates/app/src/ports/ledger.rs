//! The ledger, payouts, exit repayments, money reports and idempotency keys.

use super::*;

/// A payout a decision authorized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payout {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// The authorizing decision.
    pub decision_id: String,
    /// Who is paid.
    pub payee: String,
    /// Minor units.
    pub amount: i64,
    /// What for.
    pub purpose: String,
    /// Authorized, paid or cancelled.
    pub status: pools_core::ledger::PayoutStatus,
    /// The bank's reference, once paid.
    pub reference: Option<String>,
    /// The day it was paid.
    pub paid_on: Option<String>,
    /// Why it was cancelled.
    pub reason: Option<String>,
    /// When the decision authorized it (RFC 3339).
    pub authorized_at: String,
    /// The funded bucket it pays, for a budgeting round's payout.
    pub bucket_id: Option<String>,
}

/// One ledger entry, never edited after it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// What the entry records.
    pub kind: pools_core::ledger::EntryKind,
    /// The member concerned, if any.
    pub person_id: Option<String>,
    /// The member's name, if any.
    pub person_name: Option<String>,
    /// Minor units (positive; a reversal carries the original amount).
    pub amount: i64,
    /// The day money arrived (YYYY-MM-DD).
    pub received_on: Option<String>,
    /// Bank transfer, cash or card.
    pub method: Option<String>,
    /// External reference.
    pub reference: Option<String>,
    /// A note: the reversal's reason.
    pub memo: String,
    /// For a reversal: the entry it undoes.
    pub reverses: Option<String>,
    /// The entry that undid this one, if any.
    pub reversed_by: Option<String>,
    /// The postings.
    pub postings: Vec<pools_core::ledger::Posting>,
    /// When it was recorded (RFC 3339).
    pub at: String,
    /// The decision that caused it, for payouts.
    pub decision_id: Option<String>,
}

impl LedgerEntry {
    /// Why a treasurer may not reverse this entry, or `None` when they may:
    /// only money received can be reversed, and only once.
    pub fn why_not_reversible(&self) -> Option<&'static str> {
        if !self.kind.is_money_in() {
            Some(
                "only money received can be reversed; payouts, exits and rounds are settled through their own steps",
            )
        } else if self.reverses.is_some() || self.reversed_by.is_some() {
            Some("that entry is already reversed, or is itself a reversal")
        } else {
            None
        }
    }
}

/// A leaving member's capital, owed back under the exit rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exit {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// The member.
    pub person_id: String,
    /// Their name.
    pub name: String,
    /// Minor units owed.
    pub amount: i64,
    /// The last day to repay (YYYY-MM-DD).
    pub due_on: String,
    /// Owed or paid.
    pub status: pools_core::ledger::ExitStatus,
    /// The bank's reference, once paid.
    pub reference: Option<String>,
    /// The day it was paid.
    pub paid_on: Option<String>,
}

/// Money a member says they sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyReport {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// The member.
    pub person_id: String,
    /// Their name.
    pub name: String,
    /// capital, gift or buy_in.
    pub kind: pools_core::event::MoneyKind,
    /// Minor units.
    pub amount: i64,
    /// The day they sent it.
    pub sent_on: String,
    /// bank_transfer, cash or card.
    pub method: String,
    /// Their reference.
    pub reference: String,
    /// Pending, confirmed or rejected.
    pub status: pools_core::ledger::ReportStatus,
    /// Why it was rejected.
    pub reason: Option<String>,
}

/// The store's part for the ledger, payouts, exit repayments, money reports and idempotency keys.
#[async_trait]
pub trait LedgerTx: Send {
    /// A pool's account balances, by account key.
    async fn balances(&mut self, pool_id: &str) -> StoreResult<Vec<(String, i64)>>;
    /// A pool's ledger entries, newest first.
    async fn ledger_entries(&mut self, pool_id: &str, limit: i64) -> StoreResult<Vec<LedgerEntry>>;
    /// One ledger entry.
    async fn ledger_entry(&mut self, id: &str) -> StoreResult<Option<LedgerEntry>>;
    /// A stored answer to an idempotent request: (request hash, response).
    async fn idempotent(&mut self, actor: &str, key: &str)
    -> StoreResult<Option<(String, String)>>;
    /// Stores the answer to an idempotent request.
    async fn save_idempotent(
        &mut self,
        actor: &str,
        key: &str,
        request_hash: &str,
        response: &str,
        at_ms: i64,
    ) -> StoreResult<()>;
    /// A pool's payouts, newest first.
    async fn payouts(&mut self, pool_id: &str) -> StoreResult<Vec<Payout>>;
    /// One payout.
    async fn payout(&mut self, id: &str) -> StoreResult<Option<Payout>>;
    /// A pool's exit repayments, soonest due first.
    async fn exits(&mut self, pool_id: &str) -> StoreResult<Vec<Exit>>;
    /// One exit repayment.
    async fn exit(&mut self, id: &str) -> StoreResult<Option<Exit>>;
    /// A pool's money reports, pending first, newest first.
    async fn money_reports(&mut self, pool_id: &str) -> StoreResult<Vec<MoneyReport>>;
    /// One money report.
    async fn money_report(&mut self, id: &str) -> StoreResult<Option<MoneyReport>>;
    /// One member's ledger entries in a pool, oldest first.
    async fn ledger_entries_of(
        &mut self,
        pool_id: &str,
        person_id: &str,
    ) -> StoreResult<Vec<LedgerEntry>>;
}

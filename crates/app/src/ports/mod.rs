//! The ports the use cases need: storage (one transaction per command) and a
//! clock. Adapters live in `pools-store`; tests and the demo control the clock.

use async_trait::async_trait;
use pools_core::decision::{Choice, Method, Outcome, Tally};
use pools_core::journal::JournalEntry;
use pools_core::membership::{GroupRole, MemberStatus, PoolRole, PoolStatus};
use pools_core::secret::PublishedBallot;
use pools_core::{Currency, Event, Rules};
use time::OffsetDateTime;

mod budgeting;
mod calendar;
mod decisions;
mod discussion;
mod floods;
mod formation;
mod groups;
mod invites;
mod ledger;
mod mail;
mod notify;
mod people;
mod pools;
mod webhooks;

pub use budgeting::*;
pub use calendar::*;
pub use decisions::*;
pub use discussion::*;
pub use floods::*;
pub use formation::*;
pub use groups::*;
pub use invites::*;
pub use ledger::*;
pub use mail::*;
pub use notify::*;
pub use people::*;
pub use pools::*;
pub use webhooks::*;

/// A storage failure. Whatever the cause, the transaction it happened in is
/// rolled back, so nothing is half-written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness rule of the database refused the write (a race lost to another command).
    #[error("conflict: {0}")]
    Conflict(String),
    /// The database could not be reached or failed.
    #[error("database error: {0}")]
    Backend(String),
    /// Stored data could not be read back (a bug or a damaged database).
    #[error("corrupt data: {0}")]
    Corrupt(String),
}

/// Result of a storage call.
pub type StoreResult<T> = Result<T, StoreError>;

/// A clock, so tests decide what time it is and nothing sleeps to wait.
pub trait Clock: Send + Sync {
    /// The current time in UTC.
    fn now(&self) -> OffsetDateTime;
}

/// The real clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// A database that hands out transactions.
#[async_trait]
pub trait Store: Send + Sync {
    /// Starts a transaction that may write. Write transactions are serialized
    /// (SQLite: one writer and `BEGIN IMMEDIATE`; PostgreSQL: a row lock on
    /// the journal head), so a command's checks and writes never race.
    async fn write(&self) -> StoreResult<Box<dyn Tx>>;
    /// Starts a read-only transaction that sees one consistent snapshot.
    async fn read(&self) -> StoreResult<Box<dyn Tx>>;
    /// Answers when the database answers.
    async fn ping(&self) -> StoreResult<()>;
    /// Which engine this is, for the health check and logs.
    fn backend(&self) -> &'static str;
    /// The person a valid session or token belongs to, read with a single
    /// statement outside any transaction (it runs on every request).
    async fn session_person(
        &self,
        token_hash: &str,
        kind: SessionKind,
        now_ms: i64,
    ) -> StoreResult<Option<Person>>;
}

/// One transaction. Dropping it without `commit` rolls everything back.
/// Each aggregate's queries are a port trait of their own; a `Tx` is all
/// of them, so one transaction can read and write across aggregates.
#[async_trait]
pub trait Tx:
    PeopleTx
    + GroupsTx
    + InvitesTx
    + PoolsTx
    + DecisionsTx
    + DiscussionTx
    + LedgerTx
    + BudgetingTx
    + CalendarTx
    + FormationTx
    + FloodsTx
    + MailTx
    + NotifyTx
    + WebhooksTx
    + Send
{
    /// Makes every write durable, or none of them.
    async fn commit(self: Box<Self>) -> StoreResult<()>;
    /// Appends an event to the journal and applies it to the tables, in this transaction.
    async fn record(
        &mut self,
        at: OffsetDateTime,
        actor: Option<&str>,
        event: &Event,
    ) -> StoreResult<JournalEntry>;
    /// Appends an already-chained entry and applies it (replay). Refuses an
    /// entry that does not follow the current head.
    async fn replay(&mut self, entry: &JournalEntry, event: &Event) -> StoreResult<()>;
    /// Journal entries after `after_seq`, oldest first.
    async fn journal_after(&mut self, after_seq: i64, limit: i64)
    -> StoreResult<Vec<JournalEntry>>;
    /// The number of journal entries.
    async fn journal_len(&mut self) -> StoreResult<i64>;
    /// The journal's head: its last entry's seq and hash.
    async fn journal_head(&mut self) -> StoreResult<pools_core::journal::Head>;
    /// Every chain's head, by body (`pools_core::chain`).
    async fn chain_heads(&mut self) -> StoreResult<Vec<pools_core::chain::ChainHead>>;
    /// A body's chain entries after place `after_seq`, oldest first.
    async fn chain_after(
        &mut self,
        body: &str,
        after_seq: i64,
        limit: i64,
    ) -> StoreResult<Vec<pools_core::chain::ChainEntry>>;
    /// Takes a checkpoint over every chain's head now, at `at`, unless no
    /// head moved since the last; returns the newest checkpoint either way.
    async fn take_checkpoint(
        &mut self,
        at: &str,
    ) -> StoreResult<Option<pools_core::chain::Checkpoint>>;
    /// The newest checkpoint.
    async fn latest_checkpoint(&mut self) -> StoreResult<Option<pools_core::chain::Checkpoint>>;
    /// The heads checkpoint `id` kept: those that moved since the one
    /// before it (every head, in the first).
    async fn checkpoint_heads(&mut self, id: i64)
    -> StoreResult<Vec<pools_core::chain::ChainHead>>;
    /// Every chain's head as checkpoint `id` covered it.
    async fn heads_at_checkpoint(
        &mut self,
        id: i64,
    ) -> StoreResult<Vec<pools_core::chain::ChainHead>>;
    /// Each chain's anchor (what its first entry follows), by name.
    async fn chain_anchors(&mut self) -> StoreResult<Vec<(String, String)>>;
    /// Checkpoints after `after_id`, oldest first.
    async fn checkpoints_after(
        &mut self,
        after_id: i64,
        limit: i64,
    ) -> StoreResult<Vec<pools_core::chain::Checkpoint>>;
    /// The global head the chains were split from (`SEQ:HASH`), when the
    /// database had a journal before it had chains.
    async fn chains_split_from(&mut self) -> StoreResult<Option<String>>;
    /// The domain tables as sorted text rows, to compare two databases.
    async fn dump_state(&mut self) -> StoreResult<Vec<(String, Vec<String>)>>;
    /// Whether another write command is waiting for this transaction's
    /// writer. Background work checks it to stop early and commit what it
    /// has, so requests never queue behind it.
    fn others_waiting(&self) -> bool {
        false
    }
}

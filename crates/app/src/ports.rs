//! The ports the use cases need: storage (one transaction per command) and a
//! clock. Adapters live in `pools-store`; tests and the demo control the clock.

use async_trait::async_trait;
use pools_core::decision::{Choice, Method, Outcome, Tally};
use pools_core::journal::JournalEntry;
use pools_core::membership::{GroupRole, MemberStatus, PoolRole, PoolStatus};
use pools_core::{Currency, Event, Rules};
use time::OffsetDateTime;

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

/// A person with an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Id.
    pub id: String,
    /// Normalized email.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Operates this server.
    pub operator: bool,
}

/// A group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Id.
    pub id: String,
    /// Address.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
}

/// A membership of a group, claimed by a person or still only imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMember {
    /// Id.
    pub id: String,
    /// Group.
    pub group_id: String,
    /// The person, once claimed.
    pub person_id: Option<String>,
    /// Name in the group.
    pub name: String,
    /// Role.
    pub role: GroupRole,
    /// Meetup member number, when imported.
    pub meetup_member_id: Option<i64>,
    /// Meetup's role label.
    pub meetup_role: Option<String>,
    /// Location.
    pub location: Option<String>,
    /// Joined Meetup group on (ISO date).
    pub joined_on: Option<String>,
    /// Intro.
    pub intro: Option<String>,
    /// Meetup profile.
    pub profile_url: Option<String>,
    /// Join question answers.
    pub answers: Vec<(String, String)>,
}

/// A pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pool {
    /// Id.
    pub id: String,
    /// Group.
    pub group_id: String,
    /// Name.
    pub name: String,
    /// Currency.
    pub currency: Currency,
    /// Rules.
    pub rules: Rules,
    /// Membership commitment text.
    pub commitment: String,
    /// Draft or open.
    pub status: PoolStatus,
    /// Whether this body is a Flood (its members are pools) rather than a pool.
    pub is_flood: bool,
}

/// A Flood: pools federated around a shared project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flood {
    /// Id; also its id as a body (rules, ledger, decisions) in the pools table.
    pub id: String,
    /// Name.
    pub name: String,
    /// The shared project.
    pub purpose: String,
    /// Currency.
    pub currency: Currency,
    /// The rules its decisions follow.
    pub rules: Rules,
    /// Whether decisions also need a majority of member pools.
    pub double_majority: bool,
    /// active or dissolved.
    pub status: String,
    /// When it started (RFC 3339).
    pub started_at: String,
    /// The joint project agreement's version: one more with every change of
    /// member pools or commitments.
    pub version: i64,
    /// When the current version began (RFC 3339).
    pub version_at: String,
}

/// A pool's membership of a Flood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FloodMember {
    /// The pool.
    pub pool_id: String,
    /// The pool's name.
    pub name: String,
    /// What it has committed in total.
    pub committed: i64,
    /// member or left.
    pub status: String,
    /// What it received when it left.
    pub received: i64,
    /// When it joined (RFC 3339).
    pub joined_at: String,
}

/// A pool membership with the person's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolMember {
    /// Pool.
    pub pool_id: String,
    /// Person.
    pub person_id: String,
    /// Person's name.
    pub name: String,
    /// Role.
    pub role: PoolRole,
    /// Status.
    pub status: MemberStatus,
    /// Hash of the commitment they accepted.
    pub commitment_hash: String,
    /// When they accepted it (RFC 3339).
    pub accepted_at: String,
}

/// A signed-in browser session or API token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// SHA-256 of the secret token.
    pub token_hash: String,
    /// Who it belongs to.
    pub person_id: String,
    /// Browser session or API token.
    pub kind: SessionKind,
    /// Unix milliseconds when it stops working.
    pub expires_at_ms: i64,
}

/// The two kinds of credential a person can hold after signing in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionKind {
    /// A cookie session for pages.
    Browser,
    /// A bearer token for the API.
    ApiToken,
}

impl SessionKind {
    /// Storage identifier.
    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Browser => "browser",
            SessionKind::ApiToken => "api",
        }
    }
}

/// A message waiting in (or sent from) the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMessage {
    /// Id.
    pub id: String,
    /// Recipient.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// When it was queued (RFC 3339).
    pub created_at: String,
}

/// A password reset request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordReset {
    /// Person.
    pub person_id: String,
    /// Unix ms expiry.
    pub expires_at_ms: i64,
    /// Whether it was used already.
    pub used: bool,
}

/// A decision with its running tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// Who proposed it.
    pub proposer_id: String,
    /// The question.
    pub title: String,
    /// Details, in Markdown.
    pub body: String,
    /// How members answer.
    pub method: Method,
    /// For a rule change: the proposed rules.
    pub rule_change: Option<Rules>,
    /// The pool's rules when it opened.
    pub rules: Rules,
    /// When it opened (RFC 3339).
    pub opened_at: String,
    /// When voting ends (RFC 3339).
    pub closes_at: String,
    /// The same, in Unix milliseconds.
    pub closes_at_ms: i64,
    /// Whether voting has ended.
    pub closed: bool,
    /// How many people may vote.
    pub eligible: i64,
    /// The current ballots, added up.
    pub tally: Tally,
    /// The result, once closed.
    pub outcome: Option<Outcome>,
    /// When it closed (RFC 3339).
    pub closed_at: Option<String>,
    /// For a spend proposal: who gets how much, for what.
    pub spend: Option<pools_core::event::Spend>,
    /// For a budgeting round: what it would put in and when.
    pub round: Option<pools_core::budget::RoundPlan>,
    /// Why a passed decision's effect (its budgeting round) did not happen.
    pub effect_note: Option<String>,
    /// For an admission vote: the candidate.
    pub admission: Option<String>,
    /// For a pool decision about a Flood: what it does when it passes.
    pub flood_action: Option<pools_core::flood::FloodAction>,
    /// For a Flood decision under the double majority: each member pool's
    /// electorate when voting opened.
    pub member_pools: Option<std::collections::BTreeMap<String, Vec<String>>>,
    /// Once closed: the journal entry that records the result, which anyone
    /// can check an export reaches (`pools verify FILE --head SEQ:HASH`).
    pub closed_entry: Option<pools_core::journal::Head>,
}

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
    /// authorized, paid or cancelled.
    pub status: String,
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

/// A participatory budgeting round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// The decision that opened it.
    pub decision_id: String,
    /// Its name: the decision's question.
    pub title: String,
    /// What buckets should be about, in Markdown.
    pub guidelines: String,
    /// Minor units the decision put in.
    pub amount: i64,
    /// Each member's allocation.
    pub per_member: i64,
    /// What stayed with the pool.
    pub remainder: i64,
    /// The most one member may put into one bucket.
    pub cap: Option<i64>,
    /// How many members have an allocation.
    pub members: i64,
    /// When it opened (RFC 3339).
    pub opened_at: String,
    /// When proposing buckets ends (RFC 3339).
    pub buckets_close_at: String,
    /// The same, in Unix milliseconds.
    pub buckets_close_ms: i64,
    /// When funding ends (RFC 3339).
    pub funding_close_at: String,
    /// The same, in Unix milliseconds.
    pub funding_close_ms: i64,
    /// Whether the close has been recorded.
    pub closed: bool,
    /// When it closed (RFC 3339).
    pub closed_at: Option<String>,
}

/// A bucket of a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    /// Id.
    pub id: String,
    /// Round.
    pub round_id: String,
    /// Pool.
    pub pool_id: String,
    /// Name.
    pub title: String,
    /// What it is, in Markdown.
    pub description: String,
    /// The members behind it: (person id, name), the proposer first.
    pub co_creators: Vec<(String, String)>,
    /// Its budget.
    pub lines: Vec<pools_core::budget::BudgetLine>,
    /// The sum of the lines' minimums.
    pub min_goal: i64,
    /// The sum of the lines' maximums (or minimums).
    pub max_goal: i64,
    /// What members have put in.
    pub total: i64,
    /// open, cancelled, funded or missed.
    pub status: String,
    /// Why it was cancelled.
    pub reason: Option<String>,
    /// When it was proposed (RFC 3339).
    pub created_at: String,
    /// How many members flagged it.
    pub flags: i64,
}

/// A pool's formation as a legal entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formation {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// The legal form.
    pub form: pools_core::formation::EntityForm,
    /// What the documents state.
    pub details: pools_core::formation::Details,
    /// Where it stands.
    pub status: pools_core::formation::Status,
    /// The current version of the documents; 0 before any is generated.
    pub version: i64,
    /// When it started (RFC 3339).
    pub started_at: String,
}

/// A generated version of the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormationVersion {
    /// 1, 2, ...
    pub version: i64,
    /// The rules they state.
    pub rules: pools_core::Rules,
    /// The day printed on them.
    pub generated_on: String,
    /// Why this version exists.
    pub reason: String,
    /// Each document's hash.
    pub documents: Vec<pools_core::event::DocumentHash>,
    /// When it was generated (RFC 3339).
    pub at: String,
}

/// A member's signature on one document of one version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The version.
    pub version: i64,
    /// The document.
    pub kind: pools_core::formation::DocKind,
    /// The signer.
    pub person_id: String,
    /// Their name on their account.
    pub name: String,
    /// What they typed.
    pub typed_name: String,
    /// The hash they signed.
    pub sha256: String,
    /// When (RFC 3339).
    pub at: String,
}

/// One member's contribution to a bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Funding {
    /// The member.
    pub person_id: String,
    /// Their name.
    pub name: String,
    /// Minor units.
    pub amount: i64,
    /// When (RFC 3339); for totals, the latest contribution.
    pub at: String,
}

/// A member's flag on a bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// The member.
    pub person_id: String,
    /// Their name.
    pub name: String,
    /// Why.
    pub reason: String,
    /// When (RFC 3339).
    pub at: String,
}

/// One person's current ballot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    /// The voter.
    pub person_id: String,
    /// The voter's name.
    pub name: String,
    /// What they chose.
    pub choice: Choice,
    /// Their reason.
    pub reason: String,
    /// When they cast it (RFC 3339).
    pub cast_at: String,
}

/// One ledger entry, never edited after it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// capital, gift, buy_in or reversal.
    pub kind: String,
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
    /// owed or paid.
    pub status: String,
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
    /// pending, confirmed or rejected.
    pub status: String,
    /// Why it was rejected.
    pub reason: Option<String>,
}

/// One transaction. Dropping it without `commit` rolls everything back.
#[async_trait]
pub trait Tx: Send {
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
    /// The domain tables as sorted text rows, to compare two databases.
    async fn dump_state(&mut self) -> StoreResult<Vec<(String, Vec<String>)>>;

    /// A person by id.
    async fn person(&mut self, id: &str) -> StoreResult<Option<Person>>;
    /// A person by normalized email.
    async fn person_by_email(&mut self, email: &str) -> StoreResult<Option<Person>>;
    /// How many people have accounts.
    async fn person_count(&mut self) -> StoreResult<i64>;
    /// Sets a person's password hash (not journaled: secrets stay out of exports).
    async fn set_password_hash(
        &mut self,
        person_id: &str,
        hash: &str,
        at_ms: i64,
    ) -> StoreResult<()>;
    /// A person's password hash.
    async fn password_hash(&mut self, person_id: &str) -> StoreResult<Option<String>>;

    /// Stores a session or token.
    async fn create_session(&mut self, s: &Session, at_ms: i64) -> StoreResult<()>;
    /// Ends one session or token.
    async fn delete_session(&mut self, token_hash: &str) -> StoreResult<()>;
    /// Ends every session and token of a person.
    async fn delete_sessions_of(&mut self, person_id: &str) -> StoreResult<()>;
    /// Deletes sessions and reset links that expired before `now_ms`, and
    /// sign-in failures older than `failures_before_ms`. Returns how many rows.
    async fn prune_expired(&mut self, now_ms: i64, failures_before_ms: i64) -> StoreResult<u64>;

    /// Counts a sign-in attempt under `key` before its password is
    /// checked, in one statement: writes a row named `attempt` only if
    /// fewer than `max` rows under `key` are newer than `since_ms`, and
    /// says whether it did. An attempt that succeeds takes its rows back
    /// with `forget_signin_attempt`; a failed one stays counted.
    async fn reserve_signin_attempt(
        &mut self,
        key: &str,
        attempt: &str,
        at_ms: i64,
        since_ms: i64,
        max: i64,
    ) -> StoreResult<bool>;
    /// Takes back the rows a successful sign-in attempt reserved.
    async fn forget_signin_attempt(&mut self, attempt: &str) -> StoreResult<()>;
    /// Forgets a key's failures (after a success) and any older than `before_ms`.
    async fn clear_signin_failures(&mut self, key: &str, before_ms: i64) -> StoreResult<()>;

    /// Stores a password reset.
    async fn create_password_reset(
        &mut self,
        token_hash: &str,
        r: &PasswordReset,
    ) -> StoreResult<()>;
    /// A password reset by the hash of its token.
    async fn password_reset(&mut self, token_hash: &str) -> StoreResult<Option<PasswordReset>>;
    /// Marks a reset used.
    async fn use_password_reset(&mut self, token_hash: &str, at_ms: i64) -> StoreResult<()>;

    /// Queues an email.
    async fn enqueue_mail(&mut self, m: &OutboxMessage, at_ms: i64) -> StoreResult<()>;
    /// The newest messages, newest first.
    async fn outbox(&mut self, limit: i64) -> StoreResult<Vec<OutboxMessage>>;

    /// A stored setting.
    async fn setting(&mut self, key: &str) -> StoreResult<Option<String>>;
    /// Stores a setting if it is not set yet, and returns the stored value.
    async fn init_setting(&mut self, key: &str, value: &str) -> StoreResult<String>;

    /// A group by id.
    async fn group(&mut self, id: &str) -> StoreResult<Option<Group>>;
    /// A group by slug.
    async fn group_by_slug(&mut self, slug: &str) -> StoreResult<Option<Group>>;
    /// All groups, by name.
    async fn groups(&mut self, limit: i64) -> StoreResult<Vec<Group>>;
    /// The groups a person belongs to, with their role.
    async fn groups_of(&mut self, person_id: &str) -> StoreResult<Vec<(Group, GroupRole)>>;
    /// A group's members, by name.
    async fn group_members(&mut self, group_id: &str) -> StoreResult<Vec<GroupMember>>;
    /// One group membership.
    async fn group_member(&mut self, id: &str) -> StoreResult<Option<GroupMember>>;
    /// A person's membership of a group.
    async fn group_member_of(
        &mut self,
        group_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<GroupMember>>;

    /// A pool by id.
    async fn pool(&mut self, id: &str) -> StoreResult<Option<Pool>>;
    /// A group's pool.
    async fn pool_of_group(&mut self, group_id: &str) -> StoreResult<Option<Pool>>;
    /// The pools a person is (or was) a member of, with their membership.
    async fn pools_of(&mut self, person_id: &str) -> StoreResult<Vec<(Pool, PoolMember)>>;
    /// A pool's memberships, by name (left members included).
    async fn pool_members(&mut self, pool_id: &str) -> StoreResult<Vec<PoolMember>>;
    /// The ids of a pool's active members (no names, no order): what an
    /// electorate needs, read cheaply.
    async fn active_member_ids(&mut self, pool_id: &str) -> StoreResult<Vec<String>>;
    /// One membership.
    async fn pool_member(
        &mut self,
        pool_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<PoolMember>>;

    /// A decision with its running tally.
    async fn decision(&mut self, id: &str) -> StoreResult<Option<Decision>>;
    /// A pool's decisions, newest first.
    async fn decisions_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<Decision>>;
    /// Open decisions whose closing time has come, soonest first.
    async fn due_decisions(&mut self, now_ms: i64, limit: i64) -> StoreResult<Vec<String>>;
    /// A decision, whether a person is in its electorate, and their current
    /// choice: what casting a ballot needs, in one read.
    async fn decision_for_voter(
        &mut self,
        decision_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<(Decision, bool, Option<Choice>)>>;
    /// Whether a person is in a decision's electorate.
    async fn is_voter(&mut self, decision_id: &str, person_id: &str) -> StoreResult<bool>;
    /// A decision's current ballots, by voter name.
    async fn ballots(&mut self, decision_id: &str) -> StoreResult<Vec<Ballot>>;
    /// One page of a decision's current ballots, by voter name.
    async fn ballots_page(
        &mut self,
        decision_id: &str,
        offset: i64,
        limit: i64,
    ) -> StoreResult<Vec<Ballot>>;
    /// One person's current ballot on a decision.
    async fn ballot_of(
        &mut self,
        decision_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<Ballot>>;

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

    /// A budgeting round.
    async fn round(&mut self, id: &str) -> StoreResult<Option<Round>>;
    /// The round a decision opened.
    async fn round_of_decision(&mut self, decision_id: &str) -> StoreResult<Option<Round>>;
    /// A pool's rounds, newest first.
    async fn rounds_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<Round>>;
    /// Open rounds whose funding window has ended, soonest first.
    async fn due_rounds(&mut self, now_ms: i64, limit: i64) -> StoreResult<Vec<String>>;
    /// A member's allocation left in a round; none when they have none.
    async fn allocation_left(
        &mut self,
        round_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<i64>>;
    /// Every allocation of a round: (person id, name, left), by name.
    async fn allocations(&mut self, round_id: &str) -> StoreResult<Vec<(String, String, i64)>>;
    /// One bucket.
    async fn bucket(&mut self, id: &str) -> StoreResult<Option<Bucket>>;
    /// A round's buckets, oldest first.
    async fn buckets_of_round(&mut self, round_id: &str) -> StoreResult<Vec<Bucket>>;
    /// What each member has put into a bucket in total, largest first.
    async fn bucket_gifts(&mut self, bucket_id: &str) -> StoreResult<Vec<Funding>>;
    /// What one member has put into one bucket.
    async fn bucket_gift(&mut self, bucket_id: &str, person_id: &str) -> StoreResult<i64>;
    /// Every contribution to a bucket, oldest first.
    async fn bucket_fundings(&mut self, bucket_id: &str) -> StoreResult<Vec<Funding>>;
    /// A bucket's flags, oldest first.
    async fn bucket_flags(&mut self, bucket_id: &str) -> StoreResult<Vec<Flag>>;

    /// A pool's formation, if started.
    async fn formation_of_pool(&mut self, pool_id: &str) -> StoreResult<Option<Formation>>;
    /// A formation's versions, oldest first.
    async fn formation_versions(
        &mut self,
        formation_id: &str,
    ) -> StoreResult<Vec<FormationVersion>>;
    /// Every signature of a formation, oldest first.
    async fn signatures(&mut self, formation_id: &str) -> StoreResult<Vec<Signature>>;

    /// A Flood.
    async fn flood(&mut self, id: &str) -> StoreResult<Option<Flood>>;
    /// A Flood's member pools, present and past, by name.
    async fn flood_pools(&mut self, flood_id: &str) -> StoreResult<Vec<FloodMember>>;
    /// Signatures on a Flood's agreement: (version, person id, name, sha256, at).
    async fn flood_signatures(
        &mut self,
        flood_id: &str,
    ) -> StoreResult<Vec<(i64, String, String, String, String)>>;
    /// The Floods a pool belongs to (or belonged to), newest first.
    async fn floods_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<(Flood, FloodMember)>>;

    /// One member's ledger entries in a pool, oldest first.
    async fn ledger_entries_of(
        &mut self,
        pool_id: &str,
        person_id: &str,
    ) -> StoreResult<Vec<LedgerEntry>>;
}

//! The storage port's transaction, written once for both engines.
//!
//! `mod.rs` holds the transaction, the journal (head, append, record,
//! replay) and the single `apply` entry point, which hands each event to its
//! aggregate's module. Each module holds that aggregate's projection (the
//! only code that writes its tables) and the queries that read them.

use crate::args;
use crate::db::{Conn, Row};
use async_trait::async_trait;
use pools_app::ports::*;
use pools_core::budget::BucketStatus;
use pools_core::decision::{Choice, Method, Tally};
use pools_core::event::Aggregate;
use pools_core::flood::{FloodStatus, MemberPoolStatus};
use pools_core::journal::{JournalEntry, format_time};
use pools_core::ledger::{EntryKind, ExitStatus, PayoutStatus, ReportStatus};
use pools_core::membership::{GroupRole, MemberStatus, PoolRole, PoolStatus};
use pools_core::secret::PublishedBallot;
use pools_core::{Currency, Event};
use time::OffsetDateTime;

mod budgeting;
mod calendar;
mod chains;
pub(crate) use chains::split_on_open;
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

use decisions::*;
use ledger::*;
use people::*;

/// A transaction on either engine.
pub struct SqlTx {
    pub(crate) conn: Conn,
    /// The journal head, when this transaction holds its lock and so knows
    /// it without asking again (PostgreSQL writes).
    pub(crate) head: Option<crate::batch::Head>,
    /// A decision's running tally and one voter's current choice, as
    /// `decision_for_voter` just read them in this transaction. The next
    /// event applied takes it: a ballot on the same decision by the same
    /// voter uses it instead of reading the two again.
    pub(crate) voting: Option<Voting>,
    /// The place and hash of the chain entry the event being applied was
    /// just written at, for the projections that keep it.
    pub(crate) placed: Option<(i64, String)>,
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

/// The person a valid session or token belongs to.
const SESSION_PERSON: &str = "SELECT p.id, p.email, p.name, p.operator, ps.language, ps.time_zone FROM sessions s JOIN persons p ON p.id = s.person_id \
     LEFT JOIN person_settings ps ON ps.person_id = p.id \
     WHERE s.token_hash = $1 AND s.kind = $2 AND s.expires_at > $3";

/// Finds a session's person with one statement and no transaction: every
/// page and API request does this, so it is kept as cheap as a read can be.
pub(crate) async fn session_person_on(
    pool: crate::db::PoolRef<'_>,
    token_hash: &str,
    kind: SessionKind,
    now_ms: i64,
) -> StoreResult<Option<Person>> {
    pool.one(SESSION_PERSON, args![token_hash, kind.as_str(), now_ms])
        .await?
        .as_ref()
        .map(person_with_settings)
        .transpose()
}

fn json<T: serde::de::DeserializeOwned>(r: &Row, col: &str) -> StoreResult<T> {
    serde_json::from_str(&r.text(col)?).map_err(|e| StoreError::Corrupt(format!("{col}: {e}")))
}

fn opt_json<T: serde::de::DeserializeOwned>(r: &Row, col: &str) -> StoreResult<Option<T>> {
    match r.opt_text(col)? {
        Some(t) => serde_json::from_str(&t)
            .map(Some)
            .map_err(|e| StoreError::Corrupt(format!("{col}: {e}"))),
        None => Ok(None),
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("domain values serialize")
}

const DECISION_COLS: &str = "id, pool_id, proposer_id, title, body, method, rule_change, rules, opened_at, closes_at, closes_ms, status, eligible, tally, outcome, closed_at";

fn parse_ms(rfc3339: &str) -> StoreResult<i64> {
    let t = time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .map_err(|e| StoreError::Corrupt(format!("time {rfc3339}: {e}")))?;
    Ok((t.unix_timestamp_nanos() / 1_000_000) as i64)
}

fn journal_entry(r: &Row) -> StoreResult<JournalEntry> {
    Ok(JournalEntry {
        seq: r.i64("seq")?,
        at: r.text("at")?,
        actor: r.opt_text("actor")?,
        event: r.text("event")?,
        prev_hash: r.text("prev_hash")?,
        hash: r.text("hash")?,
    })
}

/// Reads a column that holds a stored enum, refusing a value this code
/// does not know.
fn stored<T>(r: &Row, col: &str, parse: fn(&str) -> Option<T>) -> StoreResult<T> {
    let v = r.text(col)?;
    parse(&v).ok_or_else(|| corrupt(&format!("unknown {col} \"{v}\"")))
}

/// The error for an event handed to a projection that does not own it.
fn misrouted(event: &Event, projection: &str) -> StoreError {
    corrupt(&format!(
        "the {projection} projection was handed {}",
        event.kind()
    ))
}

impl SqlTx {
    async fn head(&mut self) -> StoreResult<(i64, String)> {
        if let Some(head) = &self.head {
            return Ok(head.clone());
        }
        let r = self
            .conn
            .one("SELECT seq, hash FROM journal_head WHERE id = 1", args![])
            .await?
            .ok_or_else(|| corrupt("the journal head row is missing"))?;
        Ok((r.i64("seq")?, r.text("hash")?))
    }

    async fn append(&mut self, e: &JournalEntry, kind: &str) -> StoreResult<()> {
        let args = args![
            e.seq,
            &e.at,
            e.actor.clone(),
            kind,
            &e.event,
            &e.prev_hash,
            &e.hash
        ];
        let moved = if self.conn.is_pg() {
            // One round trip: the entry is written only if the head moves.
            self.conn
                .exec(
                    "WITH head AS (UPDATE journal_head SET seq = $1, hash = $7 WHERE id = 1 AND seq = $1 - 1 RETURNING seq) \
                     INSERT INTO journal (seq, at, actor, kind, event, prev_hash, hash) SELECT $1, $2, $3, $4, $5, $6, $7 FROM head",
                    args,
                )
                .await?
        } else {
            self.conn
                .exec(
                    "INSERT INTO journal (seq, at, actor, kind, event, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    args,
                )
                .await?;
            self.conn
                .exec(
                    "UPDATE journal_head SET seq = $1, hash = $7 WHERE id = 1 AND seq = $1 - 1",
                    args,
                )
                .await?
        };
        if moved != 1 {
            return Err(StoreError::Conflict(
                "the journal moved on meanwhile".into(),
            ));
        }
        if self.head.is_some() {
            self.head = Some((e.seq, e.hash.clone()));
        }
        Ok(())
    }

    /// Applies an event to the tables that queries read. This is the only
    /// code that writes those tables, for live commands and replay alike:
    /// each aggregate's projection writes its own.
    async fn apply(&mut self, entry: &JournalEntry, event: &Event) -> StoreResult<()> {
        // Good for this event only: whatever else it writes may change it.
        let voting = self.voting.take();
        match event.aggregate() {
            Aggregate::People => self.apply_people(entry, event).await,
            Aggregate::Groups => self.apply_groups(entry, event).await,
            Aggregate::Pools => self.apply_pools(entry, event).await,
            Aggregate::Decisions => self.apply_decisions(entry, event, voting).await,
            Aggregate::Ledger => self.apply_ledger(entry, event).await,
            Aggregate::Budgeting => self.apply_budgeting(entry, event).await,
            Aggregate::Formation => self.apply_formation(entry, event).await,
            Aggregate::Floods => self.apply_floods(entry, event).await,
            Aggregate::Discussion => self.apply_discussion(entry, event).await,
        }
    }
}

#[async_trait]
impl Tx for SqlTx {
    async fn commit(self: Box<Self>) -> StoreResult<()> {
        let SqlTx { conn, head, .. } = *self;
        conn.commit(head).await
    }

    async fn record(
        &mut self,
        at: OffsetDateTime,
        actor: Option<&str>,
        event: &Event,
    ) -> StoreResult<JournalEntry> {
        let (seq, hash) = self.head().await?;
        let prev = (seq > 0).then_some((seq, hash.as_str()));
        let entry = JournalEntry::next(prev, format_time(at), actor.map(str::to_string), event);
        self.append(&entry, event.kind()).await?;
        self.write_chains(&entry.at, actor, event, &entry.event)
            .await?;
        self.apply(&entry, event).await?;
        Ok(entry)
    }

    async fn replay(&mut self, entry: &JournalEntry, event: &Event) -> StoreResult<()> {
        let (seq, hash) = self.head().await?;
        if entry.seq != seq + 1 || entry.prev_hash != hash {
            return Err(StoreError::Conflict(format!(
                "entry {} does not follow the journal head {seq}",
                entry.seq
            )));
        }
        self.append(entry, event.kind()).await?;
        self.write_chains(&entry.at, entry.actor.as_deref(), event, &entry.event)
            .await?;
        self.apply(entry, event).await
    }

    async fn journal_after(
        &mut self,
        after_seq: i64,
        limit: i64,
    ) -> StoreResult<Vec<JournalEntry>> {
        self.conn
            .all(
                "SELECT seq, at, actor, event, prev_hash, hash FROM journal WHERE seq > $1 ORDER BY seq LIMIT $2",
                args![after_seq, limit],
            )
            .await?
            .iter()
            .map(journal_entry)
            .collect()
    }

    async fn journal_len(&mut self) -> StoreResult<i64> {
        Ok(self.head().await?.0)
    }

    async fn journal_head(&mut self) -> StoreResult<pools_core::journal::Head> {
        let (seq, hash) = self.head().await?;
        Ok(pools_core::journal::Head { seq, hash })
    }

    async fn chain_heads(&mut self) -> StoreResult<Vec<pools_core::chain::ChainHead>> {
        self.read_chain_heads().await
    }

    async fn chain_after(
        &mut self,
        body: &str,
        after_seq: i64,
        limit: i64,
    ) -> StoreResult<Vec<pools_core::chain::ChainEntry>> {
        self.read_chain_after(body, after_seq, limit).await
    }

    async fn take_checkpoint(
        &mut self,
        at: &str,
    ) -> StoreResult<Option<pools_core::chain::Checkpoint>> {
        self.record_checkpoint(at).await
    }

    async fn latest_checkpoint(&mut self) -> StoreResult<Option<pools_core::chain::Checkpoint>> {
        self.read_latest_checkpoint().await
    }

    async fn checkpoint_heads(
        &mut self,
        id: i64,
    ) -> StoreResult<Vec<pools_core::chain::ChainHead>> {
        self.read_checkpoint_heads(id).await
    }

    async fn heads_at_checkpoint(
        &mut self,
        id: i64,
    ) -> StoreResult<Vec<pools_core::chain::ChainHead>> {
        self.read_heads_at_checkpoint(id).await
    }

    async fn chain_anchors(&mut self) -> StoreResult<Vec<(String, String)>> {
        self.read_chain_anchors().await
    }

    async fn checkpoints_after(
        &mut self,
        after_id: i64,
        limit: i64,
    ) -> StoreResult<Vec<pools_core::chain::Checkpoint>> {
        self.read_checkpoints_after(after_id, limit).await
    }

    async fn chains_split_from(&mut self) -> StoreResult<Option<String>> {
        self.setting(chains::SPLIT_FROM).await
    }

    fn others_waiting(&self) -> bool {
        self.conn.others_waiting()
    }

    async fn dump_state(&mut self) -> StoreResult<Vec<(String, Vec<String>)>> {
        const TABLES: [(&str, &str); 34] = [
            ("journal", "SELECT * FROM journal ORDER BY seq"),
            ("journal_head", "SELECT * FROM journal_head ORDER BY id"),
            (
                "chain_entries",
                "SELECT * FROM chain_entries ORDER BY body, seq",
            ),
            ("chain_heads", "SELECT * FROM chain_heads ORDER BY body"),
            ("persons", "SELECT * FROM persons ORDER BY id"),
            ("groups", "SELECT * FROM groups ORDER BY id"),
            ("group_members", "SELECT * FROM group_members ORDER BY id"),
            ("pools", "SELECT * FROM pools ORDER BY id"),
            (
                "commitment_texts",
                "SELECT * FROM commitment_texts ORDER BY hash",
            ),
            (
                "pool_members",
                "SELECT * FROM pool_members ORDER BY pool_id, person_id",
            ),
            ("decisions", "SELECT * FROM decisions ORDER BY id"),
            (
                "decision_voters",
                "SELECT * FROM decision_voters ORDER BY decision_id, person_id",
            ),
            (
                "ballots",
                "SELECT * FROM ballots ORDER BY decision_id, person_id",
            ),
            (
                "proxies",
                "SELECT * FROM proxies ORDER BY pool_id, grantor_id",
            ),
            (
                "published_ballots",
                "SELECT * FROM published_ballots ORDER BY decision_id, receipt",
            ),
            ("ledger_entries", "SELECT * FROM ledger_entries ORDER BY id"),
            ("payouts", "SELECT * FROM payouts ORDER BY id"),
            ("exits", "SELECT * FROM exits ORDER BY id"),
            ("money_reports", "SELECT * FROM money_reports ORDER BY id"),
            ("rounds", "SELECT * FROM rounds ORDER BY id"),
            ("formations", "SELECT * FROM formations ORDER BY id"),
            ("floods", "SELECT * FROM floods ORDER BY id"),
            (
                "flood_signatures",
                "SELECT * FROM flood_signatures ORDER BY flood_id, version, person_id",
            ),
            (
                "flood_pools",
                "SELECT * FROM flood_pools ORDER BY flood_id, pool_id",
            ),
            (
                "formation_versions",
                "SELECT * FROM formation_versions ORDER BY formation_id, version",
            ),
            (
                "formation_signatures",
                "SELECT * FROM formation_signatures ORDER BY formation_id, version, kind, person_id",
            ),
            (
                "round_members",
                "SELECT * FROM round_members ORDER BY round_id, person_id",
            ),
            ("buckets", "SELECT * FROM buckets ORDER BY id"),
            ("discussions", "SELECT * FROM discussions ORDER BY id"),
            ("comments", "SELECT * FROM comments ORDER BY id"),
            (
                "bucket_gifts",
                "SELECT * FROM bucket_gifts ORDER BY bucket_id, person_id",
            ),
            (
                "bucket_fundings",
                "SELECT * FROM bucket_fundings ORDER BY id",
            ),
            (
                "bucket_flags",
                "SELECT * FROM bucket_flags ORDER BY bucket_id, person_id",
            ),
            (
                "ledger_balances",
                "SELECT * FROM ledger_balances ORDER BY pool_id, account",
            ),
        ];
        let mut out = Vec::new();
        for (name, sql) in TABLES {
            let rows = self.conn.all(sql, args![]).await?;
            out.push((name.to_string(), rows.iter().map(Row::as_text).collect()));
        }
        Ok(out)
    }
}

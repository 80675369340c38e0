//! The PostgreSQL engine, for several servers sharing one database.
//!
//! Writes go through one connection per server with group commit
//! (`batch.rs`). Each batch's transaction starts by locking the journal
//! head row (`SELECT … FOR UPDATE`), so the batches of all servers run one
//! at a time: no check can be overtaken by another write before it
//! commits, and the hash chain stays linear. Within a server, commands
//! waiting for the writer join the open batch and share its commit, where
//! one transaction per command made each wait for the row lock and pay its
//! own commit. Reads use a pool of connections.

use crate::batch::{BatchConn, Batcher, Head};
use crate::db::{Conn, map_err};
use crate::tx::SqlTx;
use async_trait::async_trait;
use pools_app::ports::{Store, StoreError, StoreResult, Tx};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, PgConnection, Row};
use std::str::FromStr;
use std::time::Duration;

/// A PostgreSQL database.
pub struct PgStore {
    pool: sqlx::PgPool,
    writer: Batcher<PgWriter>,
}

/// How long one step of a batch (connecting, beginning and locking the
/// journal head, a savepoint, the commit) may take. A connection that does
/// not answer by then is dropped, so a half-open connection cannot stop
/// this server's writes for good. Waiting for another server's batch to
/// release the journal head counts too, and batches take well under this.
const STEP_TIMEOUT: Duration = Duration::from_secs(60);

fn silent(step: &str) -> StoreError {
    StoreError::Backend(format!(
        "PostgreSQL did not answer `{step}` within {} s; the connection was dropped",
        STEP_TIMEOUT.as_secs()
    ))
}

/// The writer's connection, opened when a batch first needs it and again
/// after a failure may have broken it.
pub struct PgWriter {
    options: PgConnectOptions,
    conn: Option<PgConnection>,
}

impl PgWriter {
    /// The open connection, for queries.
    pub fn conn(&mut self) -> StoreResult<&mut PgConnection> {
        self.conn
            .as_mut()
            .ok_or_else(|| StoreError::Backend("the PostgreSQL writer lost its connection".into()))
    }

    async fn start(&mut self) -> StoreResult<Head> {
        match tokio::time::timeout(STEP_TIMEOUT, self.try_start()).await {
            Ok(done) => done,
            Err(_) => {
                self.conn = None;
                Err(silent("BEGIN"))
            }
        }
    }

    async fn try_start(&mut self) -> StoreResult<Head> {
        if self.conn.is_none() {
            self.conn = Some(self.options.connect().await.map_err(map_err)?);
        }
        // One round trip for both.
        let row =
            sqlx::raw_sql("BEGIN; SELECT seq, hash FROM journal_head WHERE id = 1 FOR UPDATE")
                .fetch_one(self.conn()?)
                .await
                .map_err(map_err)?;
        match (row.try_get("seq"), row.try_get("hash")) {
            (Ok(seq), Ok(hash)) => Ok((seq, hash)),
            (Err(e), _) | (_, Err(e)) => Err(StoreError::Corrupt(format!("the journal head: {e}"))),
        }
    }
}

#[async_trait]
impl BatchConn for PgWriter {
    const SUSPENDS: bool = true;

    async fn run(&mut self, sql: &'static str) -> StoreResult<()> {
        let run = sqlx::raw_sql(sql).execute(self.conn()?);
        match tokio::time::timeout(STEP_TIMEOUT, run).await {
            Ok(done) => done.map(|_| ()).map_err(map_err),
            Err(_) => {
                self.conn = None;
                Err(silent(sql))
            }
        }
    }

    /// Begins and locks the journal head, returning it. If the connection
    /// was already open, it may have broken while idle (a restarted server,
    /// say): on failure it is replaced, once.
    async fn begin(&mut self) -> StoreResult<Option<Head>> {
        let reused = self.conn.is_some();
        match self.start().await {
            Ok(head) => Ok(Some(head)),
            Err(first) => {
                self.conn = None;
                if !reused {
                    return Err(first);
                }
                self.start()
                    .await
                    .map(Some)
                    .inspect_err(|_| self.conn = None)
            }
        }
    }

    fn discard(&mut self) {
        self.conn = None;
    }
}

impl PgStore {
    /// Connects to and migrates the database at `url`.
    pub async fn open(url: &str) -> StoreResult<PgStore> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(15))
            .connect(url)
            .await
            .map_err(|e| {
                StoreError::Backend(format!(
                    "cannot connect to PostgreSQL at {}: {e}",
                    crate::redact(url)
                ))
            })?;
        crate::migrate::postgres(&pool).await?;
        let options = PgConnectOptions::from_str(url).map_err(|e| {
            StoreError::Backend(format!(
                "cannot read the PostgreSQL URL {}: {e}",
                crate::redact(url)
            ))
        })?;
        let writer = Batcher::new(PgWriter {
            options,
            conn: None,
        });
        let store = PgStore { pool, writer };
        let (guard, head) = store.writer.command().await?;
        crate::tx::split_on_open(SqlTx {
            conn: Conn::PgBatch(guard),
            head,
            voting: None,
            placed: None,
        })
        .await?;
        Ok(store)
    }
}

#[async_trait]
impl Store for PgStore {
    async fn write(&self) -> StoreResult<Box<dyn Tx>> {
        let (guard, head) = self.writer.command().await?;
        Ok(Box::new(SqlTx {
            conn: Conn::PgBatch(guard),
            head,
            voting: None,
            placed: None,
        }))
    }

    async fn read(&self) -> StoreResult<Box<dyn Tx>> {
        let tx = self
            .pool
            .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .await
            .map_err(map_err)?;
        Ok(Box::new(SqlTx {
            conn: Conn::Pg(tx),
            head: None,
            voting: None,
            placed: None,
        }))
    }

    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn session_person(
        &self,
        token_hash: &str,
        kind: pools_app::ports::SessionKind,
        now_ms: i64,
    ) -> StoreResult<Option<pools_app::ports::Person>> {
        crate::tx::session_person_on(crate::db::PoolRef::Pg(&self.pool), token_hash, kind, now_ms)
            .await
    }

    fn backend(&self) -> &'static str {
        "postgres"
    }
}

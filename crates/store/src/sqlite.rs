//! The embedded SQLite engine: one file, WAL, `synchronous=FULL` so an
//! acknowledged command survives a power cut.
//!
//! Writes go through one dedicated connection with group commit. A command
//! takes the writer lock, runs inside `SAVEPOINT cmd` within a shared
//! `BEGIN IMMEDIATE` transaction, releases its savepoint and the lock, and
//! then waits until the shared transaction is committed. A committer task
//! queues for the same (first-come, first-served) lock and commits when it
//! gets it, so every command that was already waiting joins the batch and
//! one fsync makes them all durable. A command that fails rolls back to its
//! savepoint without touching the others; if the commit itself fails, every
//! command in the batch reports the failure, and none was acknowledged.

use crate::db::{Conn, map_err};
use crate::tx::SqlTx;
use async_trait::async_trait;
use pools_app::ports::{Store, StoreError, StoreResult, Tx};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{ConnectOptions, Executor};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, Notify, OwnedMutexGuard, oneshot};

/// The writer connection and the state of the batch it is building.
pub struct Writer {
    conn: SqliteConnection,
    in_batch: bool,
    savepoint_open: bool,
    waiters: Vec<oneshot::Sender<Result<(), String>>>,
}

impl Writer {
    async fn run(&mut self, sql: &'static str) -> StoreResult<()> {
        self.conn.execute(sql).await.map_err(map_err)?;
        Ok(())
    }

    /// Undoes a command that ended without committing.
    async fn recover(&mut self) -> StoreResult<()> {
        if self.savepoint_open {
            self.run("ROLLBACK TO cmd").await?;
            self.run("RELEASE cmd").await?;
            self.savepoint_open = false;
        }
        Ok(())
    }

    /// The connection, for queries.
    pub fn conn(&mut self) -> &mut SqliteConnection {
        &mut self.conn
    }
}

/// A command's hold on the writer. Dropping it without `finish` abandons
/// the command; the committer then rolls it back.
pub struct BatchGuard {
    guard: Option<OwnedMutexGuard<Writer>>,
    notify: Arc<Notify>,
}

impl BatchGuard {
    /// The writer, while the command runs.
    pub fn writer(&mut self) -> &mut Writer {
        self.guard.as_mut().expect("the guard is held until finish")
    }

    /// Ends the command successfully and waits until its batch is durable.
    pub async fn finish(mut self) -> StoreResult<()> {
        let mut g = self.guard.take().expect("finish is called once");
        g.run("RELEASE cmd").await?;
        g.savepoint_open = false;
        let (tx, rx) = oneshot::channel();
        g.waiters.push(tx);
        drop(g);
        self.notify.notify_one();
        match rx.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(StoreError::Backend(format!("the commit failed: {e}"))),
            Err(_) => Err(StoreError::Backend("the committer stopped".into())),
        }
    }
}

impl Drop for BatchGuard {
    fn drop(&mut self) {
        if self.guard.take().is_some() {
            self.notify.notify_one();
        }
    }
}

/// An SQLite database file.
pub struct SqliteStore {
    pool: sqlx::SqlitePool,
    writer: Arc<Mutex<Writer>>,
    notify: Arc<Notify>,
}

async fn committer(writer: Arc<Mutex<Writer>>, notify: Arc<Notify>) {
    loop {
        notify.notified().await;
        let mut w = writer.lock().await;
        let recovered = w.recover().await;
        if !w.in_batch {
            continue;
        }
        let result = match recovered {
            Ok(()) => w.run("COMMIT").await.map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        if result.is_err() {
            // Whatever state the failed commit left, start the next batch clean.
            let _ = w.run("ROLLBACK").await;
            tracing::error!(error = ?result, "a batch of writes failed to commit");
        }
        w.in_batch = false;
        for waiter in w.waiters.drain(..) {
            let _ = waiter.send(result.clone());
        }
    }
}

impl SqliteStore {
    /// Opens (creating if needed) and migrates the database at `url`.
    pub async fn open(url: &str) -> StoreResult<SqliteStore> {
        let url = if url.starts_with("sqlite:") {
            url.to_string()
        } else {
            format!("sqlite://{url}")
        };
        let options = SqliteConnectOptions::from_str(&url)
            .map_err(|e| StoreError::Backend(format!("cannot read the database URL {url}: {e}")))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(15));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options.clone())
            .await
            .map_err(|e| {
                StoreError::Backend(format!("cannot open the SQLite database {url}: {e}"))
            })?;
        crate::migrate::sqlite(&pool).await?;
        let conn = options.connect().await.map_err(|e| {
            StoreError::Backend(format!("cannot open the SQLite database {url}: {e}"))
        })?;
        let writer = Arc::new(Mutex::new(Writer {
            conn,
            in_batch: false,
            savepoint_open: false,
            waiters: Vec::new(),
        }));
        let notify = Arc::new(Notify::new());
        tokio::spawn(committer(writer.clone(), notify.clone()));
        Ok(SqliteStore {
            pool,
            writer,
            notify,
        })
    }

    /// The connection pool, for benchmarks that measure the engine itself.
    pub fn pool(&self) -> &sqlx::SqlitePool {
        &self.pool
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn write(&self) -> StoreResult<Box<dyn Tx>> {
        let mut g = self.writer.clone().lock_owned().await;
        g.recover().await?;
        if !g.in_batch {
            g.run("BEGIN IMMEDIATE").await?;
            g.in_batch = true;
        }
        g.run("SAVEPOINT cmd").await?;
        g.savepoint_open = true;
        Ok(Box::new(SqlTx {
            conn: Conn::SqliteBatch(BatchGuard {
                guard: Some(g),
                notify: self.notify.clone(),
            }),
        }))
    }

    async fn read(&self) -> StoreResult<Box<dyn Tx>> {
        let tx = self.pool.begin().await.map_err(map_err)?;
        Ok(Box::new(SqlTx {
            conn: Conn::Sqlite(tx),
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
        crate::tx::session_person_on(
            crate::db::PoolRef::Sqlite(&self.pool),
            token_hash,
            kind,
            now_ms,
        )
        .await
    }

    fn backend(&self) -> &'static str {
        "sqlite"
    }
}

//! The embedded SQLite engine: one file, WAL, `synchronous=FULL` so an
//! acknowledged command survives a power cut.
//!
//! Writes go through one dedicated connection with group commit
//! (`batch.rs`). That connection is driven in place (rusqlite), not
//! through a worker thread: a statement takes microseconds, and a hop to
//! another thread per statement cost more than the statement itself.
//! `COMMIT` waits for the disk in place too: every command in the batch
//! waits for that fsync anyway. Only a `BEGIN IMMEDIATE` that finds another
//! process holding the lock tells the runtime it blocks while it waits.
//! Reads use a small set of reader connections, driven in place as well.

use crate::batch::{BatchConn, Batcher, Head};
use crate::db::{Conn, map_lite_err};
use crate::tx::SqlTx;
use async_trait::async_trait;
use pools_app::ports::{Store, StoreError, StoreResult, Tx};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

#[async_trait]
impl BatchConn for rusqlite::Connection {
    /// Statements run in place, so no step ever suspends.
    const SUSPENDS: bool = false;

    async fn run(&mut self, sql: &'static str) -> StoreResult<()> {
        self.execute_batch(sql).map_err(map_lite_err)
    }

    /// The database lock is usually free, so this first tries without
    /// waiting; if another process holds it, it waits up to the busy
    /// timeout, telling a multi-threaded runtime to move its other tasks
    /// elsewhere meanwhile.
    async fn begin(&mut self) -> StoreResult<Option<Head>> {
        use tokio::runtime::{Handle, RuntimeFlavor};
        if !self.is_autocommit() {
            // A rollback that failed earlier left a transaction open; end
            // it, or no batch could start again.
            self.execute_batch("ROLLBACK").map_err(map_lite_err)?;
        }
        if let Err(e) = start_over_if_full(self, WAL_LIMIT_BYTES) {
            tracing::warn!(error = %e, "the write-ahead log could not be started over; a later batch tries again");
        }
        self.busy_timeout(Duration::ZERO).map_err(map_lite_err)?;
        let first = self.execute_batch("BEGIN IMMEDIATE");
        self.busy_timeout(BUSY_TIMEOUT).map_err(map_lite_err)?;
        match first {
            Err(_) if self.is_autocommit() => {
                match Handle::try_current().map(|h| h.runtime_flavor()) {
                    Ok(RuntimeFlavor::MultiThread) => {
                        tokio::task::block_in_place(|| self.execute_batch("BEGIN IMMEDIATE"))
                    }
                    _ => self.execute_batch("BEGIN IMMEDIATE"),
                }
            }
            other => other,
        }
        .map_err(map_lite_err)?;
        Ok(None)
    }

    /// The connection stays: a failed SQLite statement leaves it usable.
    fn discard(&mut self) {}
}

/// An SQLite database file.
pub struct SqliteStore {
    pool: sqlx::SqlitePool,
    path: std::path::PathBuf,
    writer: Batcher<rusqlite::Connection>,
    readers: Arc<Readers>,
    _checkpoints: Checkpointer,
}

/// Moves the write-ahead log into the database file on a thread of its own.
/// The writer's connection never checkpoints (`wal_autocheckpoint = 0`):
/// otherwise whichever commit crossed the log's threshold would copy it
/// all and wait for the disk, and that commit might be a person's request
/// right after the notifier wrote a thousand messages. A passive checkpoint
/// never blocks a reader or the writer.
struct Checkpointer {
    stop: Arc<std::sync::atomic::AtomicBool>,
}

/// How often the checkpointer looks at the log.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(200);

/// How large the log may grow before the writer starts it over. Passive
/// checkpoints never finish while writes never pause (a large import, a
/// long fan-out), and a log that is never started over grows without end:
/// 21 GB for a 2.3 GB database was seen, with a checkpointer that could
/// not get the write lock between batches. So the writer itself, between
/// two batches, moves what the passive checkpoints left and empties the
/// file, once the log is past this size: that batch waits for it, rarely.
const WAL_LIMIT_BYTES: u64 = 256 * 1024 * 1024;

/// Between batches: when `conn`'s log is past `limit` bytes, moves it into
/// the database and empties it. Returns whether it did.
fn start_over_if_full(conn: &rusqlite::Connection, limit: u64) -> rusqlite::Result<bool> {
    let Some(db) = conn.path().filter(|p| !p.is_empty()) else {
        return Ok(false);
    };
    let size = std::fs::metadata(format!("{db}-wal"))
        .map(|m| m.len())
        .unwrap_or(0);
    if size <= limit {
        return Ok(false);
    }
    // (busy, log frames, frames moved): busy when a reader still reads
    // the old log; then a later batch tries again.
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    if busy == 0 {
        tracing::info!(bytes = size, "the write-ahead log was started over");
    }
    Ok(busy == 0)
}

impl Checkpointer {
    fn start(path: &std::path::Path) -> Result<Checkpointer, String> {
        let conn = rusqlite::Connection::open(path).map_err(|e| e.to_string())?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(|e| e.to_string())?;
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stopped = stop.clone();
        std::thread::Builder::new()
            .name("pools-sqlite-checkpoint".into())
            .spawn(move || {
                while !stopped.load(std::sync::atomic::Ordering::Relaxed) {
                    std::thread::sleep(CHECKPOINT_EVERY);
                    // (busy, log frames, frames moved); a busy or partial
                    // checkpoint simply finishes on a later turn.
                    if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
                    {
                        tracing::warn!(error = %e, "a WAL checkpoint failed; it is tried again");
                    }
                }
            })
            .map_err(|e| format!("the checkpoint thread cannot start: {e}"))?;
        Ok(Checkpointer { stop })
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Idle connections for reads, driven in place like the writer's. A read
/// takes one (opening a new one if none is idle) and gives it back after.
pub struct Readers {
    path: std::path::PathBuf,
    idle: std::sync::Mutex<Vec<rusqlite::Connection>>,
}

/// How long a connection waits for another process's lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(15);

/// Idle reader connections kept open; more may be open while busy.
const IDLE_READERS: usize = 8;

impl Readers {
    /// A reader connection, in autocommit mode.
    pub(crate) fn get(self: &Arc<Self>) -> StoreResult<Reader> {
        let idle = self.idle.lock().expect("no thread panics holding it").pop();
        let conn = match idle {
            Some(c) => c,
            None => reader_connection(&self.path).map_err(|e| {
                StoreError::Backend(format!(
                    "cannot open the SQLite database {}: {e}",
                    self.path.display()
                ))
            })?,
        };
        Ok(Reader {
            conn: Some(conn),
            readers: self.clone(),
        })
    }
}

/// A reader connection on loan. Dropping it ends any transaction it is in
/// and gives it back.
pub struct Reader {
    conn: Option<rusqlite::Connection>,
    readers: Arc<Readers>,
}

impl Reader {
    /// The connection, for queries.
    pub fn conn(&self) -> &rusqlite::Connection {
        self.conn.as_ref().expect("held until dropped")
    }

    /// Ends the read transaction.
    pub fn finish(self) -> StoreResult<()> {
        let conn = self.conn();
        if !conn.is_autocommit() {
            conn.execute_batch("COMMIT").map_err(map_lite_err)?;
        }
        Ok(())
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        let Some(conn) = self.conn.take() else { return };
        if !conn.is_autocommit() && conn.execute_batch("ROLLBACK").is_err() {
            return;
        }
        let mut idle = self
            .readers
            .idle
            .lock()
            .expect("no thread panics holding it");
        if idle.len() < IDLE_READERS {
            idle.push(conn);
        }
    }
}

/// A connection for reads: it may not write (`query_only`), and waits up
/// to 15 seconds for a lock as the writer does.
fn reader_connection(path: &std::path::Path) -> rusqlite::Result<rusqlite::Connection> {
    let conn = rusqlite::Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch("PRAGMA query_only = ON; PRAGMA foreign_keys = ON;")?;
    conn.set_prepared_statement_cache_capacity(256);
    Ok(conn)
}

/// The writer's own connection, with the settings every Pools connection
/// has: WAL, `synchronous=FULL`, foreign keys enforced, and a wait of up to
/// 15 seconds for another process's lock.
pub(crate) fn writer_connection(path: &std::path::Path) -> rusqlite::Result<rusqlite::Connection> {
    let conn = rusqlite::Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
         PRAGMA wal_autocheckpoint = 0;",
    )?;
    conn.set_prepared_statement_cache_capacity(256);
    Ok(conn)
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
            .busy_timeout(BUSY_TIMEOUT);
        let pool = SqlitePoolOptions::new()
            .max_connections(2)
            .connect_with(options.clone())
            .await
            .map_err(|e| {
                StoreError::Backend(format!("cannot open the SQLite database {url}: {e}"))
            })?;
        crate::migrate::sqlite(&pool).await?;
        let conn = writer_connection(options.get_filename()).map_err(|e| {
            StoreError::Backend(format!("cannot open the SQLite database {url}: {e}"))
        })?;
        let checkpoints = Checkpointer::start(options.get_filename()).map_err(|e| {
            StoreError::Backend(format!("cannot open the SQLite database {url}: {e}"))
        })?;
        let store = SqliteStore {
            _checkpoints: checkpoints,
            writer: Batcher::new(conn),
            readers: Arc::new(Readers {
                path: options.get_filename().to_path_buf(),
                idle: std::sync::Mutex::new(Vec::new()),
            }),
            pool,
            path: options.get_filename().to_path_buf(),
        };
        let (guard, head) = store.writer.command().await?;
        crate::tx::split_on_open(SqlTx {
            conn: Conn::SqliteBatch(guard),
            head,
            voting: None,
            placed: None,
        })
        .await?;
        Ok(store)
    }

    /// The database file.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// The connection pool, for benchmarks that measure the engine itself.
    pub fn pool(&self) -> &sqlx::SqlitePool {
        &self.pool
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn write(&self) -> StoreResult<Box<dyn Tx>> {
        let (guard, head) = self.writer.command().await?;
        Ok(Box::new(SqlTx {
            conn: Conn::SqliteBatch(guard),
            head,
            voting: None,
            placed: None,
        }))
    }

    async fn read(&self) -> StoreResult<Box<dyn Tx>> {
        let reader = self.readers.get()?;
        reader.conn().execute_batch("BEGIN").map_err(map_lite_err)?;
        Ok(Box::new(SqlTx {
            conn: Conn::SqliteRead(reader),
            head: None,
            voting: None,
            placed: None,
        }))
    }

    async fn ping(&self) -> StoreResult<()> {
        self.readers
            .get()?
            .conn()
            .execute_batch("SELECT 1")
            .map_err(map_lite_err)
    }

    async fn session_person(
        &self,
        token_hash: &str,
        kind: pools_app::ports::SessionKind,
        now_ms: i64,
    ) -> StoreResult<Option<pools_app::ports::Person>> {
        crate::tx::session_person_on(
            crate::db::PoolRef::Sqlite(&self.readers),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn pragma(conn: &rusqlite::Connection, name: &str) -> String {
        conn.query_row(&format!("PRAGMA {name}"), [], |r| {
            r.get::<_, rusqlite::types::Value>(0)
        })
        .map(|v| match v {
            rusqlite::types::Value::Integer(n) => n.to_string(),
            rusqlite::types::Value::Text(s) => s,
            other => format!("{other:?}"),
        })
        .expect("the pragma reads")
    }

    /// A log past its limit is moved into the database and emptied, with
    /// every row still there; under the limit it is left to grow.
    #[test]
    fn a_log_past_its_limit_is_started_over() {
        let dir = std::env::temp_dir().join(format!("pools-wal-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("t.db");
        let wal = dir.join("t.db-wal");
        let writer = rusqlite::Connection::open(&db).unwrap();
        writer
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; \
                 CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);",
            )
            .unwrap();
        let fill = "x".repeat(4000);
        for i in 0..600 {
            writer
                .execute(
                    "INSERT INTO t (id, v) VALUES (?1, ?2)",
                    rusqlite::params![i, fill],
                )
                .unwrap();
        }
        let grown = std::fs::metadata(&wal).unwrap().len();
        assert!(grown > 1_000_000, "the log grew: {grown}");
        // Under the limit it is left alone.
        assert!(!start_over_if_full(&writer, u64::MAX).unwrap());
        assert_eq!(std::fs::metadata(&wal).unwrap().len(), grown);
        // Past it, the log is emptied, and nothing is lost.
        assert!(start_over_if_full(&writer, 1_000_000).unwrap());
        assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
        let n: i64 = writer
            .query_row("SELECT COUNT(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 600);
        writer
            .execute("INSERT INTO t (id, v) VALUES (600, 'after')", [])
            .unwrap();
        assert!(std::fs::metadata(&wal).unwrap().len() < grown);
    }

    /// The connections driven in place keep the durability the store
    /// promises, and reads cannot write.
    #[tokio::test]
    async fn in_place_connections_keep_the_settings() {
        let dir = std::env::temp_dir().join(format!("pools-sqlite-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir).unwrap();
        let store = SqliteStore::open(dir.join("t.db").to_str().unwrap())
            .await
            .unwrap();
        {
            let mut w = store.writer.writer().await;
            let c = &*w.conn();
            assert_eq!(pragma(c, "journal_mode"), "wal");
            assert_eq!(pragma(c, "synchronous"), "2", "FULL");
            assert_eq!(pragma(c, "foreign_keys"), "1");
            assert_eq!(
                pragma(c, "wal_autocheckpoint"),
                "0",
                "the checkpointer's job"
            );
        }
        let reader = store.readers.get().unwrap();
        assert_eq!(pragma(reader.conn(), "query_only"), "1");
        assert_eq!(pragma(reader.conn(), "foreign_keys"), "1");
        let refused = reader
            .conn()
            .execute_batch("INSERT INTO journal_head (id, seq, hash) VALUES (7, 0, '')");
        assert!(refused.is_err(), "a reader must not write");
        drop(reader);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A write that finds another process holding the database lock waits
    /// for it, and then lands.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_write_waits_for_another_process_lock() {
        let dir = std::env::temp_dir().join(format!("pools-sqlite-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.db");
        let store = Arc::new(SqliteStore::open(path.to_str().unwrap()).await.unwrap());
        let other = writer_connection(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let s = store.clone();
        let write = tokio::spawn(async move {
            let mut tx = s.write().await?;
            tx.record(
                time::OffsetDateTime::UNIX_EPOCH,
                None,
                &pools_core::Event::PersonRegistered {
                    person_id: "p1".into(),
                    email: "p1@example.org".into(),
                    name: "P".into(),
                    operator: false,
                },
            )
            .await?;
            tx.commit().await
        });
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert!(!write.is_finished(), "the write must wait for the lock");
        other.execute_batch("COMMIT").unwrap();
        write.await.unwrap().unwrap();
        let mut r = store.read().await.unwrap();
        assert_eq!(r.journal_len().await.unwrap(), 1);
        drop(r);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

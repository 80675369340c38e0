//! The embedded SQLite engine: one file, WAL, `synchronous=FULL` so an
//! acknowledged command survives a power cut.

use crate::db::{Conn, map_err};
use crate::tx::SqlTx;
use async_trait::async_trait;
use pools_app::ports::{Store, StoreError, StoreResult, Tx};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

/// An SQLite database file.
pub struct SqliteStore {
    pool: sqlx::SqlitePool,
    // One writer per process: commands queue here instead of spinning on
    // SQLITE_BUSY. `BEGIN IMMEDIATE` still guards against other processes.
    writer: Arc<Mutex<()>>,
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
            .connect_with(options)
            .await
            .map_err(|e| {
                StoreError::Backend(format!("cannot open the SQLite database {url}: {e}"))
            })?;
        crate::migrate::sqlite(&pool).await?;
        Ok(SqliteStore {
            pool,
            writer: Arc::new(Mutex::new(())),
        })
    }
}

impl SqliteStore {
    /// The connection pool, for benchmarks that measure the engine itself.
    pub fn pool(&self) -> &sqlx::SqlitePool {
        &self.pool
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn write(&self) -> StoreResult<Box<dyn Tx>> {
        let guard = self.writer.clone().lock_owned().await;
        let tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(map_err)?;
        Ok(Box::new(SqlTx {
            conn: Conn::Sqlite(tx),
            _writer: Some(guard),
        }))
    }

    async fn read(&self) -> StoreResult<Box<dyn Tx>> {
        let tx = self.pool.begin().await.map_err(map_err)?;
        Ok(Box::new(SqlTx {
            conn: Conn::Sqlite(tx),
            _writer: None,
        }))
    }

    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(map_err)?;
        Ok(())
    }

    fn backend(&self) -> &'static str {
        "sqlite"
    }
}

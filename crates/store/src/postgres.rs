//! The PostgreSQL engine, for several servers sharing one database.

use crate::db::{Conn, map_err};
use crate::tx::SqlTx;
use async_trait::async_trait;
use pools_app::ports::{Store, StoreError, StoreResult, Tx};
use sqlx::postgres::PgPoolOptions;
use std::time::Duration;

/// A PostgreSQL database.
pub struct PgStore {
    pool: sqlx::PgPool,
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
        Ok(PgStore { pool })
    }
}

#[async_trait]
impl Store for PgStore {
    async fn write(&self) -> StoreResult<Box<dyn Tx>> {
        let mut tx = self.pool.begin().await.map_err(map_err)?;
        // Every write locks the journal head first: commands from all servers
        // run one at a time, so no check can be overtaken by another write
        // before this one commits, and the hash chain stays linear.
        // The head it returns is kept, so recording needs no second read.
        let head: (i64, String) =
            sqlx::query_as("SELECT seq, hash FROM journal_head WHERE id = 1 FOR UPDATE")
                .fetch_one(&mut *tx)
                .await
                .map_err(map_err)?;
        Ok(Box::new(SqlTx {
            conn: Conn::Pg(tx),
            head: Some(head),
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

//! The SQLite and PostgreSQL adapters of the Pools storage port.
//!
//! Both engines share one schema text, one set of queries (`tx.rs`) and one
//! projection of events into tables. They differ only in how a transaction
//! starts: see `write` in each engine module.

mod batch;
pub mod bench;
pub mod db;
mod migrate;
mod postgres;
mod sqlite;
mod tx;

use pools_app::ports::{Store, StoreError};
use std::sync::Arc;

pub use postgres::PgStore;
pub use sqlite::SqliteStore;

/// Opens the database a URL names, creating an SQLite file if needed, and
/// brings its schema up to date.
///
/// Accepted: `postgres://…` or `postgresql://…`; `sqlite://PATH`, `sqlite:PATH`
/// or a bare file path for SQLite.
pub async fn open(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    let url = url.trim();
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(PgStore::open(url).await?))
    } else {
        Ok(Arc::new(SqliteStore::open(url).await?))
    }
}

/// A human-readable form of a database URL without any password, for logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

//! One thin layer over both engines, so every query is written once.
//!
//! Why not sqlx's `Any` driver: we need engine-specific transaction starts
//! (`BEGIN IMMEDIATE`, row locks) and full control of pragmas, and we only
//! ever bind `BIGINT` and `TEXT`, so a dozen lines of dispatch replace it.
//! Queries use `$1`-style placeholders, which both engines accept, in order.

use pools_app::ports::{StoreError, StoreResult};
use sqlx::{Postgres, Row as _, Sqlite, Transaction};

/// A bound parameter.
#[derive(Debug, Clone)]
pub enum Val {
    /// A BIGINT.
    I(i64),
    /// A TEXT.
    T(String),
    /// A NULL in a BIGINT column.
    NullI,
    /// A NULL in a TEXT column.
    NullT,
}

impl From<i64> for Val {
    fn from(v: i64) -> Val {
        Val::I(v)
    }
}
impl From<&str> for Val {
    fn from(v: &str) -> Val {
        Val::T(v.to_string())
    }
}
impl From<String> for Val {
    fn from(v: String) -> Val {
        Val::T(v)
    }
}
impl From<&String> for Val {
    fn from(v: &String) -> Val {
        Val::T(v.clone())
    }
}
impl From<Option<String>> for Val {
    fn from(v: Option<String>) -> Val {
        v.map(Val::T).unwrap_or(Val::NullT)
    }
}
impl From<Option<&str>> for Val {
    fn from(v: Option<&str>) -> Val {
        v.map(|s| Val::T(s.to_string())).unwrap_or(Val::NullT)
    }
}
impl From<Option<i64>> for Val {
    fn from(v: Option<i64>) -> Val {
        v.map(Val::I).unwrap_or(Val::NullI)
    }
}
impl From<bool> for Val {
    fn from(v: bool) -> Val {
        Val::I(v as i64)
    }
}

/// Builds a parameter list: `args![a, b]`.
#[macro_export]
macro_rules! args {
    ($($v:expr),* $(,)?) => { &[$($crate::db::Val::from($v)),*] };
}

/// A result row of either engine.
pub enum Row {
    /// From SQLite.
    Sqlite(sqlx::sqlite::SqliteRow),
    /// From PostgreSQL.
    Pg(sqlx::postgres::PgRow),
}

fn corrupt(col: &str, e: sqlx::Error) -> StoreError {
    StoreError::Corrupt(format!("column {col}: {e}"))
}

impl Row {
    /// A non-null BIGINT.
    pub fn i64(&self, col: &str) -> StoreResult<i64> {
        match self {
            Row::Sqlite(r) => r.try_get::<i64, _>(col),
            Row::Pg(r) => r.try_get::<i64, _>(col),
        }
        .map_err(|e| corrupt(col, e))
    }
    /// A nullable BIGINT.
    pub fn opt_i64(&self, col: &str) -> StoreResult<Option<i64>> {
        match self {
            Row::Sqlite(r) => r.try_get::<Option<i64>, _>(col),
            Row::Pg(r) => r.try_get::<Option<i64>, _>(col),
        }
        .map_err(|e| corrupt(col, e))
    }
    /// A non-null TEXT.
    pub fn text(&self, col: &str) -> StoreResult<String> {
        match self {
            Row::Sqlite(r) => r.try_get::<String, _>(col),
            Row::Pg(r) => r.try_get::<String, _>(col),
        }
        .map_err(|e| corrupt(col, e))
    }
    /// A nullable TEXT.
    pub fn opt_text(&self, col: &str) -> StoreResult<Option<String>> {
        match self {
            Row::Sqlite(r) => r.try_get::<Option<String>, _>(col),
            Row::Pg(r) => r.try_get::<Option<String>, _>(col),
        }
        .map_err(|e| corrupt(col, e))
    }
    /// Every column as display text, for comparing whole tables.
    pub fn as_text(&self) -> String {
        use sqlx::{Column, ValueRef};
        let mut out = Vec::new();
        match self {
            Row::Sqlite(r) => {
                for (i, c) in r.columns().iter().enumerate() {
                    let null = r.try_get_raw(i).map(|v| v.is_null()).unwrap_or(true);
                    let v = if null {
                        "NULL".to_string()
                    } else if let Ok(n) = r.try_get::<i64, _>(i) {
                        n.to_string()
                    } else {
                        r.try_get::<String, _>(i).unwrap_or_else(|_| "?".into())
                    };
                    out.push(format!("{}={v}", c.name()));
                }
            }
            Row::Pg(r) => {
                for (i, c) in r.columns().iter().enumerate() {
                    let null = r.try_get_raw(i).map(|v| v.is_null()).unwrap_or(true);
                    let v = if null {
                        "NULL".to_string()
                    } else if let Ok(n) = r.try_get::<i64, _>(i) {
                        n.to_string()
                    } else {
                        r.try_get::<String, _>(i).unwrap_or_else(|_| "?".into())
                    };
                    out.push(format!("{}={v}", c.name()));
                }
            }
        }
        out.join("|")
    }
}

/// An open transaction of either engine.
pub enum Conn {
    /// SQLite.
    Sqlite(Transaction<'static, Sqlite>),
    /// PostgreSQL.
    Pg(Transaction<'static, Postgres>),
    /// A command in the SQLite writer's current batch.
    SqliteBatch(crate::sqlite::BatchGuard),
}

/// Maps an engine error to the port's error, recognizing unique-key clashes.
pub fn map_err(e: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(db) = &e
        && db.is_unique_violation()
    {
        return StoreError::Conflict(db.message().to_string());
    }
    StoreError::Backend(e.to_string())
}

macro_rules! bind_all {
    ($q:expr, $args:expr) => {{
        let mut q = $q;
        for a in $args {
            q = match a {
                Val::I(v) => q.bind(*v),
                Val::T(s) => q.bind(s.clone()),
                Val::NullI => q.bind(None::<i64>),
                Val::NullT => q.bind(None::<String>),
            };
        }
        q
    }};
}

/// A connection pool of either engine, for single statements that need no
/// transaction.
pub enum PoolRef<'a> {
    /// SQLite.
    Sqlite(&'a sqlx::SqlitePool),
    /// PostgreSQL.
    Pg(&'a sqlx::PgPool),
}

impl PoolRef<'_> {
    /// Runs one query outside any transaction and returns its first row.
    pub async fn one(&self, sql: &'static str, args: &[Val]) -> StoreResult<Option<Row>> {
        match self {
            PoolRef::Sqlite(p) => bind_all!(sqlx::query::<Sqlite>(sql), args)
                .fetch_optional(*p)
                .await
                .map(|r| r.map(Row::Sqlite)),
            PoolRef::Pg(p) => bind_all!(sqlx::query::<Postgres>(sql), args)
                .fetch_optional(*p)
                .await
                .map(|r| r.map(Row::Pg)),
        }
        .map_err(map_err)
    }
}

impl Conn {
    /// Runs a statement and returns the rows it changed.
    pub async fn exec(&mut self, sql: &'static str, args: &[Val]) -> StoreResult<u64> {
        match self {
            Conn::Sqlite(tx) => bind_all!(sqlx::query::<Sqlite>(sql), args)
                .execute(&mut **tx)
                .await
                .map(|r| r.rows_affected()),
            Conn::SqliteBatch(b) => bind_all!(sqlx::query::<Sqlite>(sql), args)
                .execute(b.writer().conn())
                .await
                .map(|r| r.rows_affected()),
            Conn::Pg(tx) => bind_all!(sqlx::query::<Postgres>(sql), args)
                .execute(&mut **tx)
                .await
                .map(|r| r.rows_affected()),
        }
        .map_err(map_err)
    }

    /// Runs a query and returns every row.
    pub async fn all(&mut self, sql: &'static str, args: &[Val]) -> StoreResult<Vec<Row>> {
        match self {
            Conn::Sqlite(tx) => bind_all!(sqlx::query::<Sqlite>(sql), args)
                .fetch_all(&mut **tx)
                .await
                .map(|rows| rows.into_iter().map(Row::Sqlite).collect()),
            Conn::SqliteBatch(b) => bind_all!(sqlx::query::<Sqlite>(sql), args)
                .fetch_all(b.writer().conn())
                .await
                .map(|rows| rows.into_iter().map(Row::Sqlite).collect()),
            Conn::Pg(tx) => bind_all!(sqlx::query::<Postgres>(sql), args)
                .fetch_all(&mut **tx)
                .await
                .map(|rows| rows.into_iter().map(Row::Pg).collect()),
        }
        .map_err(map_err)
    }

    /// Runs a query and returns its first row, if any.
    pub async fn one(&mut self, sql: &'static str, args: &[Val]) -> StoreResult<Option<Row>> {
        match self {
            Conn::Sqlite(tx) => bind_all!(sqlx::query::<Sqlite>(sql), args)
                .fetch_optional(&mut **tx)
                .await
                .map(|r| r.map(Row::Sqlite)),
            Conn::SqliteBatch(b) => bind_all!(sqlx::query::<Sqlite>(sql), args)
                .fetch_optional(b.writer().conn())
                .await
                .map(|r| r.map(Row::Sqlite)),
            Conn::Pg(tx) => bind_all!(sqlx::query::<Postgres>(sql), args)
                .fetch_optional(&mut **tx)
                .await
                .map(|r| r.map(Row::Pg)),
        }
        .map_err(map_err)
    }

    /// Makes the transaction durable.
    pub async fn commit(self) -> StoreResult<()> {
        match self {
            Conn::Sqlite(tx) => tx.commit().await.map_err(map_err),
            Conn::Pg(tx) => tx.commit().await.map_err(map_err),
            Conn::SqliteBatch(b) => b.finish().await,
        }
    }
}

//! One thin layer over both engines, so every query is written once.
//!
//! Why not sqlx's `Any` driver: we need engine-specific transaction starts
//! (`BEGIN IMMEDIATE`, row locks) and full control of pragmas, and we only
//! ever bind `BIGINT` and `TEXT`, so a dozen lines of dispatch replace it.
//! Queries use `$1`-style placeholders, which both engines accept, in order.

use pools_app::ports::{StoreError, StoreResult};
use sqlx::{Postgres, Row as _, Transaction};

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
    Lite(LiteRow),
    /// From PostgreSQL.
    Pg(sqlx::postgres::PgRow),
}

/// A row SQLite returned: its values, and the statement's column names
/// (shared by every row of one query).
pub struct LiteRow {
    names: std::sync::Arc<[String]>,
    values: Vec<rusqlite::types::Value>,
}

impl LiteRow {
    fn get(&self, col: &str) -> StoreResult<&rusqlite::types::Value> {
        self.names
            .iter()
            .rposition(|n| n == col) // the last of a repeated name, as sqlx reads it
            .map(|i| &self.values[i])
            .ok_or_else(|| StoreError::Corrupt(format!("column {col}: not in the result")))
    }

    fn opt_i64(&self, col: &str) -> StoreResult<Option<i64>> {
        use rusqlite::types::Value;
        match self.get(col)? {
            Value::Null => Ok(None),
            Value::Integer(n) => Ok(Some(*n)),
            other => Err(StoreError::Corrupt(format!(
                "column {col}: expected an integer, found {:?}",
                other.data_type()
            ))),
        }
    }

    fn opt_text(&self, col: &str) -> StoreResult<Option<String>> {
        use rusqlite::types::Value;
        match self.get(col)? {
            Value::Null => Ok(None),
            Value::Text(s) => Ok(Some(s.clone())),
            other => Err(StoreError::Corrupt(format!(
                "column {col}: expected text, found {:?}",
                other.data_type()
            ))),
        }
    }
}

fn null(col: &str) -> StoreError {
    StoreError::Corrupt(format!("column {col}: unexpected NULL"))
}

fn corrupt(col: &str, e: sqlx::Error) -> StoreError {
    StoreError::Corrupt(format!("column {col}: {e}"))
}

impl Row {
    /// A non-null BIGINT.
    pub fn i64(&self, col: &str) -> StoreResult<i64> {
        match self {
            Row::Lite(r) => return r.opt_i64(col)?.ok_or_else(|| null(col)),
            Row::Pg(r) => r.try_get::<i64, _>(col),
        }
        .map_err(|e| corrupt(col, e))
    }
    /// A nullable BIGINT.
    pub fn opt_i64(&self, col: &str) -> StoreResult<Option<i64>> {
        match self {
            Row::Lite(r) => return r.opt_i64(col),
            Row::Pg(r) => r.try_get::<Option<i64>, _>(col),
        }
        .map_err(|e| corrupt(col, e))
    }
    /// A non-null TEXT.
    pub fn text(&self, col: &str) -> StoreResult<String> {
        match self {
            Row::Lite(r) => return r.opt_text(col)?.ok_or_else(|| null(col)),
            Row::Pg(r) => r.try_get::<String, _>(col),
        }
        .map_err(|e| corrupt(col, e))
    }
    /// A nullable TEXT.
    pub fn opt_text(&self, col: &str) -> StoreResult<Option<String>> {
        match self {
            Row::Lite(r) => return r.opt_text(col),
            Row::Pg(r) => r.try_get::<Option<String>, _>(col),
        }
        .map_err(|e| corrupt(col, e))
    }
    /// Every column as display text, for comparing whole tables.
    pub fn as_text(&self) -> String {
        use sqlx::{Column, ValueRef};
        let mut out = Vec::new();
        match self {
            Row::Lite(r) => {
                use rusqlite::types::Value;
                for (name, v) in r.names.iter().zip(&r.values) {
                    let v = match v {
                        Value::Null => "NULL".to_string(),
                        Value::Integer(n) => n.to_string(),
                        Value::Text(s) => s.clone(),
                        Value::Real(_) | Value::Blob(_) => "?".to_string(),
                    };
                    out.push(format!("{name}={v}"));
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
    /// A read on one of SQLite's reader connections.
    SqliteRead(crate::sqlite::Reader),
    /// PostgreSQL.
    Pg(Transaction<'static, Postgres>),
    /// A command in the SQLite writer's current batch.
    SqliteBatch(crate::batch::BatchGuard<rusqlite::Connection>),
    /// A command in the PostgreSQL writer's current batch.
    PgBatch(crate::batch::BatchGuard<crate::postgres::PgWriter>),
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

/// Maps an SQLite error to the port's error, recognizing
/// unique-key clashes as sqlx does.
pub fn map_lite_err(e: rusqlite::Error) -> StoreError {
    if let rusqlite::Error::SqliteFailure(f, msg) = &e
        && matches!(
            f.extended_code,
            rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
        )
    {
        return StoreError::Conflict(msg.clone().unwrap_or_else(|| e.to_string()));
    }
    StoreError::Backend(e.to_string())
}

/// Prepares `sql` on an SQLite connection (from its statement cache) and binds
/// `args` the way sqlx does: `$N` takes the N-th argument, wherever and
/// however often it appears; a missing argument is NULL.
fn lite_prepare<'c>(
    conn: &'c rusqlite::Connection,
    sql: &str,
    args: &[Val],
) -> rusqlite::Result<rusqlite::CachedStatement<'c>> {
    let mut stmt = conn.prepare_cached(sql)?;
    for i in 1..=stmt.parameter_count() {
        let n = match stmt.parameter_name(i) {
            Some(name) => name
                .strip_prefix('$')
                .or_else(|| name.strip_prefix('?'))
                .and_then(|n| n.parse::<usize>().ok())
                .ok_or_else(|| rusqlite::Error::InvalidParameterName(name.to_string()))?,
            None => i,
        };
        match args.get(n - 1) {
            Some(Val::I(v)) => stmt.raw_bind_parameter(i, v)?,
            Some(Val::T(v)) => stmt.raw_bind_parameter(i, v.as_str())?,
            Some(Val::NullI) | Some(Val::NullT) | None => {
                stmt.raw_bind_parameter(i, rusqlite::types::Null)?
            }
        }
    }
    Ok(stmt)
}

/// Runs a statement on an SQLite connection and returns the rows it changed.
fn lite_exec(conn: &rusqlite::Connection, sql: &str, args: &[Val]) -> rusqlite::Result<u64> {
    let mut stmt = lite_prepare(conn, sql, args)?;
    let mut rows = stmt.raw_query();
    while rows.next()?.is_some() {}
    Ok(conn.changes())
}

/// Runs a query on an SQLite connection and returns up to `limit` rows.
fn lite_rows(
    conn: &rusqlite::Connection,
    sql: &str,
    args: &[Val],
    limit: usize,
) -> rusqlite::Result<Vec<Row>> {
    let mut stmt = lite_prepare(conn, sql, args)?;
    let names: std::sync::Arc<[String]> = stmt
        .column_names()
        .into_iter()
        .map(str::to_string)
        .collect();
    let width = names.len();
    let mut out = Vec::new();
    let mut rows = stmt.raw_query();
    while out.len() < limit {
        let Some(r) = rows.next()? else { break };
        let values = (0..width)
            .map(|i| r.get::<_, rusqlite::types::Value>(i))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        out.push(Row::Lite(LiteRow {
            names: names.clone(),
            values,
        }));
    }
    Ok(out)
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
    /// SQLite's reader connections.
    Sqlite(&'a std::sync::Arc<crate::sqlite::Readers>),
    /// PostgreSQL.
    Pg(&'a sqlx::PgPool),
}

impl PoolRef<'_> {
    /// Runs one query outside any transaction and returns its first row.
    pub async fn one(&self, sql: &'static str, args: &[Val]) -> StoreResult<Option<Row>> {
        match self {
            PoolRef::Sqlite(readers) => {
                let reader = readers.get()?;
                return lite_rows(reader.conn(), sql, args, 1)
                    .map(|rows| rows.into_iter().next())
                    .map_err(map_lite_err);
            }
            PoolRef::Pg(p) => bind_all!(sqlx::query::<Postgres>(sql), args)
                .fetch_optional(*p)
                .await
                .map(|r| r.map(Row::Pg)),
        }
        .map_err(map_err)
    }
}

/// Marks the batch's running command as spoiled when its statement failed.
fn spoil_on_error<C: crate::batch::BatchConn, T>(
    b: &mut crate::batch::BatchGuard<C>,
    done: StoreResult<T>,
) -> StoreResult<T> {
    if done.is_err() {
        b.writer().spoil();
    }
    done
}

impl Conn {
    /// Whether this is PostgreSQL, for the few statements written per engine.
    pub fn is_pg(&self) -> bool {
        matches!(self, Conn::Pg(_) | Conn::PgBatch(_))
    }

    /// Whether another write command waits for this one's writer.
    pub fn others_waiting(&self) -> bool {
        match self {
            Conn::SqliteBatch(b) => b.others_waiting(),
            Conn::PgBatch(b) => b.others_waiting(),
            Conn::SqliteRead(_) | Conn::Pg(_) => false,
        }
    }

    /// Runs a statement and returns the rows it changed.
    pub async fn exec(&mut self, sql: &'static str, args: &[Val]) -> StoreResult<u64> {
        match self {
            Conn::SqliteRead(r) => return lite_exec(r.conn(), sql, args).map_err(map_lite_err),
            Conn::SqliteBatch(b) => {
                let done = lite_exec(b.writer().conn(), sql, args).map_err(map_lite_err);
                return spoil_on_error(b, done);
            }
            Conn::Pg(tx) => bind_all!(sqlx::query::<Postgres>(sql), args)
                .execute(&mut **tx)
                .await
                .map(|r| r.rows_affected()),
            Conn::PgBatch(b) => {
                let done = bind_all!(sqlx::query::<Postgres>(sql), args)
                    .execute(b.writer().conn().conn()?)
                    .await
                    .map(|r| r.rows_affected())
                    .map_err(map_err);
                return spoil_on_error(b, done);
            }
        }
        .map_err(map_err)
    }

    /// Runs a query and returns every row.
    pub async fn all(&mut self, sql: &'static str, args: &[Val]) -> StoreResult<Vec<Row>> {
        match self {
            Conn::SqliteRead(r) => {
                return lite_rows(r.conn(), sql, args, usize::MAX).map_err(map_lite_err);
            }
            Conn::SqliteBatch(b) => {
                let done =
                    lite_rows(b.writer().conn(), sql, args, usize::MAX).map_err(map_lite_err);
                return spoil_on_error(b, done);
            }
            Conn::Pg(tx) => bind_all!(sqlx::query::<Postgres>(sql), args)
                .fetch_all(&mut **tx)
                .await
                .map(|rows| rows.into_iter().map(Row::Pg).collect()),
            Conn::PgBatch(b) => {
                let done = bind_all!(sqlx::query::<Postgres>(sql), args)
                    .fetch_all(b.writer().conn().conn()?)
                    .await
                    .map(|rows| rows.into_iter().map(Row::Pg).collect())
                    .map_err(map_err);
                return spoil_on_error(b, done);
            }
        }
        .map_err(map_err)
    }

    /// Runs a query and returns its first row, if any.
    pub async fn one(&mut self, sql: &'static str, args: &[Val]) -> StoreResult<Option<Row>> {
        match self {
            Conn::SqliteRead(r) => {
                return lite_rows(r.conn(), sql, args, 1)
                    .map(|rows| rows.into_iter().next())
                    .map_err(map_lite_err);
            }
            Conn::SqliteBatch(b) => {
                let done = lite_rows(b.writer().conn(), sql, args, 1)
                    .map(|rows| rows.into_iter().next())
                    .map_err(map_lite_err);
                return spoil_on_error(b, done);
            }
            Conn::Pg(tx) => bind_all!(sqlx::query::<Postgres>(sql), args)
                .fetch_optional(&mut **tx)
                .await
                .map(|r| r.map(Row::Pg)),
            Conn::PgBatch(b) => {
                let done = bind_all!(sqlx::query::<Postgres>(sql), args)
                    .fetch_optional(b.writer().conn().conn()?)
                    .await
                    .map(|r| r.map(Row::Pg))
                    .map_err(map_err);
                return spoil_on_error(b, done);
            }
        }
        .map_err(map_err)
    }

    /// Makes the transaction durable; a write leaves the journal at
    /// `head`, when the transaction knew it.
    pub async fn commit(self, head: Option<crate::batch::Head>) -> StoreResult<()> {
        match self {
            Conn::SqliteRead(r) => r.finish(),
            Conn::Pg(tx) => tx.commit().await.map_err(map_err),
            Conn::SqliteBatch(b) => b.finish(head).await,
            Conn::PgBatch(b) => b.finish(head).await,
        }
    }
}

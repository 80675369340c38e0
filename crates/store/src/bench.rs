//! The storage engine's own limit, for benchmarks: single-row inserts, each
//! in its own transaction, at the same durability settings Pools uses.

use crate::db::{map_err, map_lite_err};
use pools_app::ports::StoreResult;
use std::time::Instant;

/// Inserts `total` rows with `clients` concurrent writers, one row per
/// transaction, into a scratch table of the database at `url`, and returns
/// rows per second. The table is dropped afterwards.
pub async fn raw_inserts(url: &str, clients: usize, total: usize) -> StoreResult<f64> {
    let per = total / clients;
    if url.starts_with("postgres") {
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(clients as u32 + 1)
            .connect(url)
            .await
            .map_err(map_err)?;
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS bench_raw (id BIGINT PRIMARY KEY, v TEXT NOT NULL)",
        )
        .execute(&pool)
        .await
        .map_err(map_err)?;
        sqlx::query("DELETE FROM bench_raw")
            .execute(&pool)
            .await
            .map_err(map_err)?;
        let start = Instant::now();
        let mut tasks = Vec::new();
        for c in 0..clients {
            let pool = pool.clone();
            tasks.push(tokio::spawn(async move {
                for i in 0..per {
                    sqlx::query("INSERT INTO bench_raw (id, v) VALUES ($1, $2)")
                        .bind((c * per + i) as i64)
                        .bind("a ballot-sized row of text")
                        .execute(&pool)
                        .await
                        .map_err(map_err)?;
                }
                Ok::<_, pools_app::ports::StoreError>(())
            }));
        }
        for t in tasks {
            t.await.expect("insert task")?;
        }
        let rate = (per * clients) as f64 / start.elapsed().as_secs_f64();
        sqlx::query("DROP TABLE bench_raw")
            .execute(&pool)
            .await
            .map_err(map_err)?;
        Ok(rate)
    } else {
        sqlite_raw(
            url,
            clients,
            per,
            &["CREATE TABLE IF NOT EXISTS bench_raw (id BIGINT PRIMARY KEY, v TEXT NOT NULL)"],
            &["INSERT INTO bench_raw (id, v) VALUES (?1, 'a ballot-sized row of text')"],
            &["DROP TABLE bench_raw"],
        )
        .await
    }
}

/// The SQLite side of the raw measurements, on the path the Pools writer
/// itself takes: one connection driven in place, without a worker thread.
/// `clients` threads share it, each running `per` transactions of
/// `BEGIN IMMEDIATE`, the statements (`?1`, where present, is a fresh id)
/// and `COMMIT`.
async fn sqlite_raw(
    url: &str,
    clients: usize,
    per: usize,
    setup: &'static [&'static str],
    statements: &'static [&'static str],
    teardown: &'static [&'static str],
) -> StoreResult<f64> {
    use std::sync::{Arc, Mutex};
    // Opening the store creates the file with Pools' own settings.
    let store = crate::SqliteStore::open(url).await?;
    let conn = crate::sqlite::writer_connection(store.path()).map_err(map_lite_err)?;
    for sql in setup {
        conn.execute_batch(sql).map_err(map_lite_err)?;
    }
    let conn = Arc::new(Mutex::new(conn));
    let start = Instant::now();
    let mut threads = Vec::new();
    for c in 0..clients {
        let conn = conn.clone();
        threads.push(tokio::task::spawn_blocking(move || {
            for i in 0..per {
                let conn = conn.lock().expect("no thread panicked holding it");
                conn.execute_batch("BEGIN IMMEDIATE")?;
                for sql in statements {
                    let mut st = conn.prepare_cached(sql)?;
                    if st.parameter_count() == 1 {
                        st.execute([(c * per + i) as i64])?;
                    } else {
                        st.execute([])?;
                    }
                }
                conn.execute_batch("COMMIT")?;
            }
            Ok::<_, rusqlite::Error>(())
        }));
    }
    for t in threads {
        t.await.expect("insert thread").map_err(map_lite_err)?;
    }
    let rate = (per * clients) as f64 / start.elapsed().as_secs_f64();
    let conn = conn.lock().expect("the threads are done");
    for sql in teardown {
        conn.execute_batch(sql).map_err(map_lite_err)?;
    }
    Ok(rate)
}

/// A raw transfer, the ledger's unit of work without the product around it:
/// two balance updates and one insert in one transaction, `total` of them
/// from `clients` writers. Returns transfers per second.
pub async fn raw_transfers(url: &str, clients: usize, total: usize) -> StoreResult<f64> {
    const SETUP: [&str; 3] = [
        "CREATE TABLE IF NOT EXISTS bench_accounts (id BIGINT PRIMARY KEY, balance BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS bench_transfers (id BIGINT PRIMARY KEY, debit BIGINT NOT NULL, credit BIGINT NOT NULL, amount BIGINT NOT NULL)",
        "INSERT INTO bench_accounts (id, balance) VALUES (1, 0), (2, 0) ON CONFLICT (id) DO NOTHING",
    ];
    let per = total / clients;
    macro_rules! run {
        ($pool:expr, $begin:expr) => {{
            for sql in SETUP {
                sqlx::query(sql).execute(&$pool).await.map_err(map_err)?;
            }
            let start = Instant::now();
            let mut tasks = Vec::new();
            for c in 0..clients {
                let pool = $pool.clone();
                tasks.push(tokio::spawn(async move {
                    for i in 0..per {
                        let mut tx = pool.begin_with($begin).await.map_err(map_err)?;
                        // Sorted order: account 1, then account 2.
                        sqlx::query("UPDATE bench_accounts SET balance = balance - 1 WHERE id = 1")
                            .execute(&mut *tx)
                            .await
                            .map_err(map_err)?;
                        sqlx::query("UPDATE bench_accounts SET balance = balance + 1 WHERE id = 2")
                            .execute(&mut *tx)
                            .await
                            .map_err(map_err)?;
                        sqlx::query("INSERT INTO bench_transfers (id, debit, credit, amount) VALUES ($1, 1, 2, 1)")
                            .bind((c * per + i) as i64)
                            .execute(&mut *tx)
                            .await
                            .map_err(map_err)?;
                        tx.commit().await.map_err(map_err)?;
                    }
                    Ok::<_, pools_app::ports::StoreError>(())
                }));
            }
            for t in tasks {
                t.await.expect("transfer task")?;
            }
            let rate = (per * clients) as f64 / start.elapsed().as_secs_f64();
            sqlx::query("DROP TABLE bench_transfers").execute(&$pool).await.map_err(map_err)?;
            sqlx::query("DROP TABLE bench_accounts").execute(&$pool).await.map_err(map_err)?;
            Ok(rate)
        }};
    }
    if url.starts_with("postgres") {
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(clients as u32 + 1)
            .connect(url)
            .await
            .map_err(map_err)?;
        run!(pool, "BEGIN")
    } else {
        sqlite_raw(
            url,
            clients,
            per,
            &[SETUP[0], SETUP[1], SETUP[2]],
            &[
                "UPDATE bench_accounts SET balance = balance - 1 WHERE id = 1",
                "UPDATE bench_accounts SET balance = balance + 1 WHERE id = 2",
                "INSERT INTO bench_transfers (id, debit, credit, amount) VALUES (?1, 1, 2, 1)",
            ],
            &["DROP TABLE bench_transfers", "DROP TABLE bench_accounts"],
        )
        .await
    }
}

/// Fills a pool's ledger with `n` entries straight into the table, for
/// timing reads at a size no test would wait for. The rows are real entries
/// in shape; their balances are not applied.
pub async fn fill_ledger(url: &str, pool_id: &str, n: usize) -> StoreResult<()> {
    let postings = r#"[{"account":{"account":"outside"},"amount":-1},{"account":{"account":"treasury"},"amount":1}]"#;
    macro_rules! fill {
        ($pool:expr, $begin:expr) => {{
            for chunk in 0..n.div_ceil(10_000) {
                let mut tx = $pool.begin_with($begin).await.map_err(map_err)?;
                for i in chunk * 10_000..((chunk + 1) * 10_000).min(n) {
                    sqlx::query(
                        "INSERT INTO ledger_entries (id, pool_id, kind, person_id, amount, received_on, method, reference, memo, reverses, reversed_by, postings, at) \
                         VALUES ($1, $2, 'gift', NULL, 1, '2026-01-01', 'cash', '', '', NULL, NULL, $3, $4)",
                    )
                    .bind(format!("bench-{i:09}"))
                    .bind(pool_id)
                    .bind(postings)
                    .bind(format!("2026-01-01T00:00:00.{:03}Z", i % 1000))
                    .execute(&mut *tx)
                    .await
                    .map_err(map_err)?;
                }
                tx.commit().await.map_err(map_err)?;
            }
            Ok(())
        }};
    }
    if url.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(url).await.map_err(map_err)?;
        fill!(pool, "BEGIN")
    } else {
        let store = crate::SqliteStore::open(url).await?;
        let pool = store.pool().clone();
        fill!(pool, "BEGIN IMMEDIATE")
    }
}

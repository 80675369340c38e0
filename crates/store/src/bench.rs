//! The storage engine's own limit, for benchmarks: single-row inserts, each
//! in its own transaction, at the same durability settings Pools uses.

use crate::db::map_err;
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
        let store = crate::SqliteStore::open(url).await?;
        let pool = store.pool();
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS bench_raw (id BIGINT PRIMARY KEY, v TEXT NOT NULL)",
        )
        .execute(pool)
        .await
        .map_err(map_err)?;
        sqlx::query("DELETE FROM bench_raw")
            .execute(pool)
            .await
            .map_err(map_err)?;
        let start = Instant::now();
        let mut tasks = Vec::new();
        for c in 0..clients {
            let pool = pool.clone();
            tasks.push(tokio::spawn(async move {
                for i in 0..per {
                    // BEGIN IMMEDIATE, as every Pools write does, so 32
                    // writers queue on SQLite's lock instead of failing.
                    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.map_err(map_err)?;
                    sqlx::query("INSERT INTO bench_raw (id, v) VALUES ($1, $2)")
                        .bind((c * per + i) as i64)
                        .bind("a ballot-sized row of text")
                        .execute(&mut *tx)
                        .await
                        .map_err(map_err)?;
                    tx.commit().await.map_err(map_err)?;
                }
                Ok::<_, pools_app::ports::StoreError>(())
            }));
        }
        for t in tasks {
            t.await.expect("insert task")?;
        }
        let rate = (per * clients) as f64 / start.elapsed().as_secs_f64();
        sqlx::query("DROP TABLE bench_raw")
            .execute(pool)
            .await
            .map_err(map_err)?;
        Ok(rate)
    }
}

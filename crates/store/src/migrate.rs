//! Schema migrations: numbered SQL texts, applied once each, in order, in one
//! transaction. The same texts run on both engines.

use crate::db::map_err;
use pools_app::ports::StoreResult;
use sqlx::AssertSqlSafe;

/// Every migration, oldest first. Never edit one that has shipped: add a new one.
pub const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "foundation",
        include_str!("../migrations/0001_foundation.sql"),
    ),
    (
        2,
        "decisions",
        include_str!("../migrations/0002_decisions.sql"),
    ),
    (
        3,
        "treasury",
        include_str!("../migrations/0003_treasury.sql"),
    ),
    (4, "payouts", include_str!("../migrations/0004_payouts.sql")),
    (5, "exits", include_str!("../migrations/0005_exits.sql")),
    (
        6,
        "money_reports",
        include_str!("../migrations/0006_money_reports.sql"),
    ),
    (
        7,
        "entry_decisions",
        include_str!("../migrations/0007_entry_decisions.sql"),
    ),
    (
        8,
        "budgeting",
        include_str!("../migrations/0008_budgeting.sql"),
    ),
    (
        9,
        "formation",
        include_str!("../migrations/0009_formation.sql"),
    ),
    (
        10,
        "admission",
        include_str!("../migrations/0010_admission.sql"),
    ),
    (11, "floods", include_str!("../migrations/0011_floods.sql")),
    (
        12,
        "flood_decisions",
        include_str!("../migrations/0012_flood_decisions.sql"),
    ),
    (
        13,
        "flood_agreements",
        include_str!("../migrations/0013_flood_agreements.sql"),
    ),
    (
        14,
        "signin_attempts",
        include_str!("../migrations/0014_signin_attempts.sql"),
    ),
    (
        15,
        "closed_entries",
        include_str!("../migrations/0015_closed_entries.sql"),
    ),
    (
        16,
        "mail_delivery",
        include_str!("../migrations/0016_mail_delivery.sql"),
    ),
    (
        17,
        "notifications",
        include_str!("../migrations/0017_notifications.sql"),
    ),
    (
        18,
        "outbox_expiry",
        include_str!("../migrations/0018_outbox_expiry.sql"),
    ),
    (
        19,
        "discussion",
        include_str!("../migrations/0019_discussion.sql"),
    ),
    (
        20,
        "calendar",
        include_str!("../migrations/0020_calendar.sql"),
    ),
    (
        21,
        "invite_emails",
        include_str!("../migrations/0021_invite_emails.sql"),
    ),
    (
        22,
        "webhooks",
        include_str!("../migrations/0022_webhooks.sql"),
    ),
    (
        23,
        "secret_ballots",
        include_str!("../migrations/0023_secret_ballots.sql"),
    ),
    (
        24,
        "proxies",
        include_str!("../migrations/0024_proxies.sql"),
    ),
    (
        25,
        "person_settings",
        include_str!("../migrations/0025_person_settings.sql"),
    ),
    (
        26,
        "pool_time_zone",
        include_str!("../migrations/0026_pool_time_zone.sql"),
    ),
    (
        27,
        "effect_msg",
        include_str!("../migrations/0027_effect_msg.sql"),
    ),
    (28, "chains", include_str!("../migrations/0028_chains.sql")),
    (
        29,
        "checkpoints",
        include_str!("../migrations/0029_checkpoints.sql"),
    ),
    (
        30,
        "closed_chain",
        include_str!("../migrations/0030_closed_chain.sql"),
    ),
];

const TRACKING: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

macro_rules! run_migrations {
    ($tx:expr, $db:ty) => {{
        sqlx::raw_sql(TRACKING)
            .execute(&mut *$tx)
            .await
            .map_err(map_err)?;
        let applied: Vec<i64> =
            sqlx::query_scalar::<$db, i64>("SELECT version FROM schema_migrations")
                .fetch_all(&mut *$tx)
                .await
                .map_err(map_err)?;
        for (version, name, sql) in MIGRATIONS {
            if applied.contains(version) {
                continue;
            }
            sqlx::raw_sql(AssertSqlSafe(*sql))
                .execute(&mut *$tx)
                .await
                .map_err(map_err)?;
            sqlx::query::<$db>(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            )
            .bind(*version)
            .bind(*name)
            .bind(pools_core::journal::format_time(
                time::OffsetDateTime::now_utc(),
            ))
            .execute(&mut *$tx)
            .await
            .map_err(map_err)?;
            tracing::info!(version, name, "applied migration");
        }
        Ok(())
    }};
}

/// Brings an SQLite database up to date. `BEGIN IMMEDIATE` keeps two
/// processes from migrating at once.
pub async fn sqlite(pool: &sqlx::SqlitePool) -> StoreResult<()> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.map_err(map_err)?;
    let r: StoreResult<()> = run_migrations!(tx, sqlx::Sqlite);
    r?;
    tx.commit().await.map_err(map_err)
}

/// Brings a PostgreSQL database up to date. An advisory lock keeps several
/// servers starting together from migrating at once.
pub async fn postgres(pool: &sqlx::PgPool) -> StoreResult<()> {
    let mut tx = pool.begin().await.map_err(map_err)?;
    sqlx::query("SELECT pg_advisory_xact_lock(74110001)")
        .execute(&mut *tx)
        .await
        .map_err(map_err)?;
    let r: StoreResult<()> = run_migrations!(tx, sqlx::Postgres);
    r?;
    tx.commit().await.map_err(map_err)
}

//! Starts the use cases on a fresh database of either engine.

use pools_app::ports::Clock;
use pools_app::{Actor, App, Config};
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use time::OffsetDateTime;

/// A clock that tests move by hand.
pub struct TestClock(pub AtomicI64);

impl TestClock {
    pub fn advance_secs(&self, s: i64) {
        self.0.fetch_add(s * 1000, Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp_nanos(self.0.load(Ordering::SeqCst) as i128 * 1_000_000)
            .expect("test time is in range")
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct Env {
    pub app: App,
    pub clock: Arc<TestClock>,
    pub url: String,
    _dir: Option<tempdir::Dir>,
}

mod tempdir {
    /// A directory removed when dropped.
    pub struct Dir(pub std::path::PathBuf);
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// A fresh, empty database URL for the backend, or None when PostgreSQL
/// tests are not configured. When `POOLS_TEST_POSTGRES_URL` is set and the
/// server cannot be reached, this panics: the suite never skips silently.
pub async fn fresh_url(backend: Backend) -> Option<(String, Option<tempdir::Dir>)> {
    match backend {
        Backend::Sqlite => {
            let dir = std::env::temp_dir().join(format!("pools-test-{}", uuid::Uuid::now_v7()));
            std::fs::create_dir_all(&dir).unwrap();
            let url = format!("sqlite://{}", dir.join("pools.db").display());
            Some((url, Some(tempdir::Dir(dir))))
        }
        Backend::Postgres => {
            let base = std::env::var("POOLS_TEST_POSTGRES_URL").ok()?;
            let name = format!("pools_test_{}", uuid::Uuid::now_v7().simple());
            let admin = sqlx::PgPool::connect(&base)
                .await
                .expect("POOLS_TEST_POSTGRES_URL is set but PostgreSQL cannot be reached");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&admin)
                .await
                .expect("cannot create a test database");
            admin.close().await;
            let (head, _) = base.rsplit_once('/').expect("the URL names a database");
            Some((format!("{head}/{name}"), None))
        }
    }
}

pub async fn env(backend: Backend) -> Option<Env> {
    let (url, dir) = fresh_url(backend).await?;
    if let (Backend::Postgres, Ok(log)) = (backend, std::env::var("POOLS_TEST_RAN_LOG")) {
        // CI counts these lines to prove the PostgreSQL suite really ran.
        // One write per line: test binaries run side by side, and a line
        // written in pieces could interleave with another's.
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .unwrap();
        f.write_all(format!("postgres {url}\n").as_bytes()).unwrap();
    }
    let store = pools_store::open(&url).await.expect("open store");
    let clock = Arc::new(TestClock(AtomicI64::new(1_795_000_000_000)));
    let app = App::new(store, clock.clone(), Config::new("http://pools.test"))
        .await
        .expect("app");
    Some(Env {
        app,
        clock,
        url,
        _dir: dir,
    })
}

/// Signs up a person and returns them as an actor.
pub async fn person(app: &App, name: &str) -> Actor {
    let email = format!("{}@example.org", name.to_lowercase().replace(' ', "."));
    let s = app
        .sign_up(&email, name, "a long enough password")
        .await
        .expect("sign up");
    Actor::Person(s.person)
}

/// Exports the journal and runs `pools verify`'s audit on it, as anyone
/// holding the export could; panics on any break.
pub async fn audited(app: &App) -> pools_core::audit::AuditSummary {
    let mut out = Vec::new();
    app.export_journal(&mut out).await.unwrap();
    let entries: Vec<_> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| pools_core::journal::JournalEntry::from_line(l).unwrap())
        .collect();
    pools_core::audit::audit(&entries).unwrap()
}

/// Replays the journal into a fresh database of the same engine and checks
/// that every table the journal feeds comes out the same.
pub async fn assert_replays(env: &Env) {
    let mut out = Vec::new();
    env.app.export_journal(&mut out).await.unwrap();
    let text = String::from_utf8(out).unwrap();
    let backend = if env.url.starts_with("postgres") {
        Backend::Postgres
    } else {
        Backend::Sqlite
    };
    // A database of its own, not a test's: CI counts each test's `env`.
    let (url, _dir) = fresh_url(backend).await.unwrap();
    let store = pools_store::open(&url).await.unwrap();
    let copy = App::new(store, env.clock.clone(), Config::new("http://pools.test"))
        .await
        .unwrap();
    copy.replay_journal(&text).await.unwrap();
    assert_eq!(
        copy.state_dump().await.unwrap(),
        env.app.state_dump().await.unwrap()
    );
}

pub fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/meetup")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Declares each test once and runs it on both engines.
#[macro_export]
macro_rules! contract {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let env = $crate::harness::env($crate::harness::Backend::Sqlite).await.unwrap();
                    super::$name(env).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    match $crate::harness::env($crate::harness::Backend::Postgres).await {
                        Some(env) => super::$name(env).await,
                        None => eprintln!("POOLS_TEST_POSTGRES_URL is not set: PostgreSQL contract test not run"),
                    }
                }
            )*
        }
    };
}

/// Runs `f` as a request from a French reader: what the use cases say
/// inside it is in French.
pub async fn in_french<F: std::future::Future>(f: F) -> F::Output {
    pools_i18n::answering(
        pools_i18n::Reader {
            locale: pools_i18n::Locale::Fr,
            zone: None,
        },
        f,
    )
    .await
}

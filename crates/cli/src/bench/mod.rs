//! `pools bench`: ballots per second over real HTTP against the storage
//! engine's own single-row insert rate at the same durability, and the
//! latency of reading a tally with 100,000 ballots. Results go in
//! BENCHMARKS.md.

use anyhow::{Context, Result};
use pools_app::ports::{Clock, SessionKind, Store};
use pools_app::{Actor, App, Config, SystemClock};
use pools_core::Event;
use pools_core::decision::{Choice, Method, Stance};
use pools_core::membership::{GroupRole, MemberStatus, PoolRole, commitment_hash};
use serde_json::json;
use std::sync::Arc;
use std::time::{Duration, Instant};

mod auth;
mod documents;
mod floods;
mod mail;
mod reads;
mod scale;
mod treasury;
pub use auth::run_auth;
pub use documents::run_documents;
pub use floods::run_floods;
pub use mail::run_mail;
pub use reads::run_reads;
pub use scale::run_scale;
pub use treasury::run_treasury;

/// A fresh database for one run: a new SQLite file, or a new PostgreSQL
/// database next to the one `base` names.
async fn fresh(base: Option<&str>, tag: &str) -> Result<String> {
    match base {
        Some(url) if url.starts_with("postgres") => {
            let name = format!("pools_bench_{tag}_{}", uuid::Uuid::now_v7().simple());
            let admin = sqlx::PgPool::connect(url)
                .await
                .context("connect to PostgreSQL")?;
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&admin)
                .await?;
            admin.close().await;
            let (head, _) = url.rsplit_once('/').context("the URL names a database")?;
            Ok(format!("{head}/{name}"))
        }
        _ => {
            let dir = std::env::temp_dir().join(format!("pools-bench-{}", uuid::Uuid::now_v7()));
            std::fs::create_dir_all(&dir)?;
            Ok(format!("sqlite://{}", dir.join("bench.db").display()))
        }
    }
}

struct Running {
    base: String,
    app: App,
}

async fn serve(url: &str) -> Result<Running> {
    serve_with(url, |_| {}).await
}

async fn serve_with(url: &str, configure: impl FnOnce(&mut Config)) -> Result<Running> {
    let store: Arc<dyn Store> = pools_store::open(url).await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let mut config = Config::new(base.clone());
    configure(&mut config);
    let app = App::new(store, Arc::new(SystemClock), config)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let served = app.clone();
    tokio::spawn(async move {
        let _ = pools_web::serve(listener, served, std::future::pending()).await;
    });
    Ok(Running { base, app })
}

fn err(e: pools_app::AppError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// A plain proposal open for `days` days.
fn proposal(title: impl Into<String>, days: u16) -> pools_app::decisions::NewDecision {
    pools_app::decisions::NewDecision {
        title: title.into(),
        body: String::new(),
        method: Method::Proposal,
        voting_days: Some(days),
        rule_change: None,
        spend: None,
        round: None,
        flood: None,
        secret: None,
    }
}

/// A pool with `voters` members holding API tokens, and one open proposal.
async fn decision_with_voters(r: &Running, voters: usize) -> Result<(String, Vec<String>)> {
    let app = &r.app;
    let org = app
        .sign_up_with(
            "org@bench.example",
            "Organizer",
            "bench password 123",
            SessionKind::ApiToken,
        )
        .await
        .map_err(err)?;
    let org_actor = Actor::Person(org.person.clone());
    app.create_group(&org_actor, "Bench", Some("bench"), "")
        .await
        .map_err(err)?;
    let pool = app
        .create_pool(&org_actor, "bench", None, "USD", true)
        .await
        .map_err(err)?;
    let pool = app.open_pool(&org_actor, &pool.id).await.map_err(err)?;
    let hash = commitment_hash(&pool.commitment);
    let mut tokens = vec![org.token.clone()];
    for i in 1..voters {
        let s = app
            .sign_up_with(
                &format!("v{i}@bench.example"),
                &format!("Voter {i}"),
                "bench password 123",
                SessionKind::ApiToken,
            )
            .await
            .map_err(err)?;
        let a = Actor::Person(s.person);
        app.join_group(&a, "bench").await.map_err(err)?;
        app.join_pool(&a, &pool.id, &hash, true)
            .await
            .map_err(err)?;
        tokens.push(s.token);
    }
    let d = app
        .open_decision(&org_actor, &pool.id, proposal("Bench", 14))
        .await
        .map_err(err)?;
    Ok((d.decision.id, tokens))
}

/// Ballots per second over HTTP with `clients` voters voting at once on
/// one decision, each changing their vote back and forth.
async fn ballots_per_second(
    r: &Running,
    decision: &str,
    tokens: &[String],
    clients: usize,
    total: usize,
) -> Result<f64> {
    scale::spread_ballots(
        std::slice::from_ref(&r.base),
        &[decision.to_string()],
        &tokens[..clients],
        total,
    )
    .await
}

/// Requests per second from one client to `GET /healthz`, which only asks
/// the database for `SELECT 1`: what HTTP alone costs on this machine.
async fn http_floor(r: &Running, total: usize) -> Result<f64> {
    let client = reqwest::Client::new();
    let url = format!("{}/healthz", r.base);
    let start = Instant::now();
    for _ in 0..total {
        let res = client.get(&url).send().await?;
        anyhow::ensure!(res.status().is_success(), "health check: {}", res.status());
        res.bytes().await?;
    }
    Ok(total as f64 / start.elapsed().as_secs_f64())
}

/// Fills a decision with `n` ballots quickly, by recording the same events
/// the use cases record, thousands per transaction. Only for benchmarks.
async fn big_decision(app: &App, n: usize) -> Result<(String, String)> {
    let store = app.store().clone();
    let clock = SystemClock;
    let org = app
        .sign_up_with(
            "big@bench.example",
            "Big organizer",
            "bench password 123",
            SessionKind::ApiToken,
        )
        .await
        .map_err(err)?;
    let org_actor = Actor::Person(org.person.clone());
    app.create_group(&org_actor, "Big", Some("big"), "")
        .await
        .map_err(err)?;
    let pool = app
        .create_pool(&org_actor, "big", None, "USD", true)
        .await
        .map_err(err)?;
    let pool = app.open_pool(&org_actor, &pool.id).await.map_err(err)?;
    let hash = commitment_hash(&pool.commitment);
    let ids: Vec<String> = (0..n).map(|_| pools_app::new_id()).collect();
    for chunk in ids.chunks(5000) {
        let mut tx = store.write().await?;
        for id in chunk {
            for ev in [
                Event::PersonRegistered {
                    person_id: id.clone(),
                    email: format!("{id}@bench.example"),
                    name: format!("Voter {id}"),
                    operator: false,
                },
                Event::GroupJoined {
                    group_id: pool.group_id.clone(),
                    group_member_id: pools_app::new_id(),
                    person_id: id.clone(),
                    name: format!("Voter {id}"),
                    role: GroupRole::Member,
                },
                Event::PoolMemberJoined {
                    pool_id: pool.id.clone(),
                    person_id: id.clone(),
                    role: PoolRole::Member,
                    status: MemberStatus::Active,
                    commitment: pool.commitment.clone(),
                    commitment_hash: hash.clone(),
                },
            ] {
                tx.record(clock.now(), None, &ev).await?;
            }
        }
        tx.commit().await?;
    }
    let d = app
        .open_decision(&org_actor, &pool.id, proposal("Big", 14))
        .await
        .map_err(err)?;
    for chunk in ids.chunks(5000) {
        let mut tx = store.write().await?;
        for (i, id) in chunk.iter().enumerate() {
            let ev = Event::BallotCast {
                decision_id: d.id.clone(),
                person_id: id.clone(),
                choice: Choice::Proposal(if i % 3 == 0 {
                    Stance::Disagree
                } else {
                    Stance::Agree
                }),
                reason: String::new(),
                by: None,
            };
            tx.record(clock.now(), Some(id), &ev).await?;
        }
        tx.commit().await?;
    }
    Ok((d.decision.id, org.token))
}

/// Runs every measurement and prints a Markdown table.
pub async fn run(base: Option<String>, ballots: usize, big: usize) -> Result<()> {
    let engine = if base.as_deref().is_some_and(|u| u.starts_with("postgres")) {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let mut floors = Vec::new();
    println!("| engine | clients | raw inserts/s | ballots/s over HTTP | ratio |");
    println!("|---|---|---|---|---|");
    for clients in [1usize, 32] {
        let raw_url = fresh(base.as_deref(), "raw").await?;
        let raw = pools_store::bench::raw_inserts(&raw_url, clients, ballots).await?;
        let url = fresh(base.as_deref(), "app").await?;
        let r = serve(&url).await?;
        let (decision, tokens) = decision_with_voters(&r, clients.max(2)).await?;
        let rate = ballots_per_second(&r, &decision, &tokens, clients, ballots).await?;
        if clients == 1 {
            // The same ballots through the use case alone, to see what HTTP costs.
            let actor = r
                .app
                .authenticate(&tokens[0], SessionKind::ApiToken)
                .await
                .map_err(err)?;
            let start = Instant::now();
            for i in 0..ballots {
                let s = if i % 2 == 0 {
                    Stance::Agree
                } else {
                    Stance::Disagree
                };
                r.app
                    .cast_ballot(&actor, &decision, Choice::Proposal(s), "")
                    .await
                    .map_err(err)?;
            }
            eprintln!(
                "{engine}: {:.0} ballots/s through the use case without HTTP",
                ballots as f64 / start.elapsed().as_secs_f64()
            );
        }
        println!(
            "| {engine} | {clients} | {raw:.0} | {rate:.0} | {:.2} |",
            rate / raw
        );
        if clients == 1 {
            floors.push((raw, http_floor(&r, ballots).await?));
        }
    }
    for (raw, http) in floors {
        // A ballot needs at least one request and one durable commit, one
        // after the other, so no server could do better than this at 1 client.
        let ceiling = 1.0 / (1.0 / raw + 1.0 / http);
        println!();
        println!(
            "{engine}, 1 client: a request that does no work (GET /healthz) takes {:.3} ms ({http:.0}/s). \
             A request plus a raw insert, one after the other, would be {ceiling:.0}/s: a ratio of {:.2} is the most any server could reach here.",
            1000.0 / http,
            ceiling / raw
        );
    }
    let url = fresh(base.as_deref(), "big").await?;
    let r = serve(&url).await?;
    let setup = Instant::now();
    let (decision, token) = big_decision(&r.app, big).await?;
    let setup = setup.elapsed();
    let client = reqwest::Client::new();
    let tally_url = format!("{}/api/v1/decisions/{decision}/tally", r.base);
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        let res = client.get(&tally_url).bearer_auth(&token).send().await?;
        let body: serde_json::Value = res.json().await?;
        times.push(t.elapsed());
        anyhow::ensure!(
            body["tally"]["ballots"] == big as u64,
            "unexpected tally: {body}"
        );
    }
    times.sort();
    println!();
    println!(
        "Tally read over HTTP with {big} ballots ({engine}): median {:.2} ms, p99 {:.2} ms (setup {:.0} s).",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() * 99 / 100].as_secs_f64() * 1000.0,
        setup.as_secs_f64()
    );
    Ok(())
}

/// The process's resident memory and its high-water mark, in KiB (Linux).
fn memory_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

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
        .open_decision(
            &org_actor,
            &pool.id,
            pools_app::decisions::NewDecision {
                title: "Bench".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(14),
                rule_change: None,
                spend: None,
                round: None,
                flood: None,
            },
        )
        .await
        .map_err(err)?;
    Ok((d.decision.id, tokens))
}

/// Ballots per second over HTTP with `clients` voters voting at once.
async fn ballots_per_second(
    r: &Running,
    decision: &str,
    tokens: &[String],
    clients: usize,
    total: usize,
) -> Result<f64> {
    let per = total / clients;
    let start = Instant::now();
    let mut tasks = Vec::new();
    for token in &tokens[..clients] {
        let token = token.clone();
        let url = format!("{}/api/v1/decisions/{decision}/ballot", r.base);
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            for i in 0..per {
                let stance = if i % 2 == 0 { "agree" } else { "disagree" };
                let res = client
                    .put(&url)
                    .bearer_auth(&token)
                    .json(&json!({"choice": {"kind": "proposal", "value": stance}}))
                    .send()
                    .await?;
                anyhow::ensure!(
                    res.status().is_success(),
                    "ballot refused: {}",
                    res.status()
                );
            }
            Ok(())
        }));
    }
    for t in tasks {
        t.await??;
    }
    Ok((per * clients) as f64 / start.elapsed().as_secs_f64())
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
        .open_decision(
            &org_actor,
            &pool.id,
            pools_app::decisions::NewDecision {
                title: "Big".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(14),
                rule_change: None,
                spend: None,
                round: None,
                flood: None,
            },
        )
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
            };
            tx.record(clock.now(), Some(id), &ev).await?;
        }
        tx.commit().await?;
    }
    Ok((d.decision.id, org.token))
}

/// An open pool whose organizer holds an API token: (pool id, person id, token).
async fn treasury_pool(r: &Running) -> Result<(String, String, String)> {
    let app = &r.app;
    let org = app
        .sign_up_with(
            "till@bench.example",
            "Treasurer",
            "bench password 123",
            SessionKind::ApiToken,
        )
        .await
        .map_err(err)?;
    let actor = Actor::Person(org.person.clone());
    app.create_group(&actor, "Till", Some("till"), "")
        .await
        .map_err(err)?;
    let pool = app
        .create_pool(&actor, "till", None, "USD", true)
        .await
        .map_err(err)?;
    app.open_pool(&actor, &pool.id).await.map_err(err)?;
    Ok((pool.id, org.person.id, org.token))
}

/// Contributions per second over HTTP with `clients` at once.
async fn contributions_per_second(
    r: &Running,
    pool: &str,
    person: &str,
    token: &str,
    clients: usize,
    total: usize,
) -> Result<f64> {
    let per = total / clients;
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let url = format!("{}/api/v1/pools/{pool}/money", r.base);
        let (token, person) = (token.to_string(), person.to_string());
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            for i in 0..per {
                let res = client
                    .post(&url)
                    .bearer_auth(&token)
                    .header("Idempotency-Key", format!("bench-{clients}-{c}-{i}"))
                    .json(&json!({"person_id": person, "kind": "gift", "amount": 100, "received_on": "2026-01-01", "method": "cash"}))
                    .send()
                    .await?;
                anyhow::ensure!(res.status().is_success(), "contribution refused: {}", res.status());
            }
            Ok(())
        }));
    }
    for t in tasks {
        t.await??;
    }
    Ok((per * clients) as f64 / start.elapsed().as_secs_f64())
}

/// Runs the treasury measurements and prints Markdown tables.
pub async fn run_treasury(
    base: Option<String>,
    contributions: usize,
    sizes: &[usize],
) -> Result<()> {
    let engine = if base.as_deref().is_some_and(|u| u.starts_with("postgres")) {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    println!("| engine | clients | raw transfers/s | contributions/s over HTTP | ratio |");
    println!("|---|---|---|---|---|");
    for clients in [1usize, 32] {
        let raw_url = fresh(base.as_deref(), "rawt").await?;
        let raw = pools_store::bench::raw_transfers(&raw_url, clients, contributions).await?;
        let url = fresh(base.as_deref(), "money").await?;
        let r = serve(&url).await?;
        let (pool, person, token) = treasury_pool(&r).await?;
        let rate =
            contributions_per_second(&r, &pool, &person, &token, clients, contributions).await?;
        println!(
            "| {engine} | {clients} | {raw:.0} | {rate:.0} | {:.2} |",
            rate / raw
        );
    }
    println!();
    println!("| engine | ledger entries | median read | p99 read | ratio of medians |");
    println!("|---|---|---|---|---|");
    // Every ledger is filled first and served at once; the reads then take
    // turns, a hundred at a time, so a slow spell of the machine falls on
    // every size alike instead of on whichever was being read.
    let mut ledgers = Vec::new();
    for &n in sizes {
        let url = fresh(base.as_deref(), "ledger").await?;
        let r = serve(&url).await?;
        let (pool, _, token) = treasury_pool(&r).await?;
        pools_store::bench::fill_ledger(&url, &pool, n).await?;
        let read_url = format!("{}/api/v1/pools/{pool}/treasury", r.base);
        ledgers.push((n, r, read_url, token, Vec::new()));
    }
    let client = reqwest::Client::new();
    for round in 0..11 {
        for (_, _, read_url, token, times) in ledgers.iter_mut() {
            for _ in 0..100 {
                let t = Instant::now();
                let res = client
                    .get(read_url.as_str())
                    .bearer_auth(&*token)
                    .send()
                    .await?;
                anyhow::ensure!(res.status().is_success(), "read refused: {}", res.status());
                let _: serde_json::Value = res.json().await?;
                if round > 0 {
                    // The first round only warms the caches.
                    times.push(t.elapsed());
                }
            }
        }
    }
    let mut first = None;
    for (n, _, _, _, mut times) in ledgers {
        times.sort();
        let median = times[times.len() / 2].as_secs_f64() * 1000.0;
        let base = *first.get_or_insert(median);
        println!(
            "| {engine} | {n} | {median:.2} ms | {:.2} ms | {:.2} |",
            times[times.len() * 99 / 100].as_secs_f64() * 1000.0,
            median / base
        );
    }
    Ok(())
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

/// `n` concurrent sign-ups, then `n` concurrent sign-ins, over HTTP, each
/// client coming back after a 503 as its Retry-After says. Reports how
/// many were turned away at first, the time, and the server process's
/// resident memory: password hashing is bounded, so it must stay low.
pub async fn run_auth(base: Option<String>, n: usize) -> Result<()> {
    let url = fresh(base.as_deref(), "auth").await?;
    println!("Password hashing: {n} concurrent sign-ups, then {n} sign-ins, on {url}");
    // As behind a reverse proxy, each client names its own address, so the
    // per-address sign-in limit sees 200 people, not one.
    let r = serve_with(&url, |c| {
        c.trusted_proxies = vec!["127.0.0.1".parse().unwrap()]
    })
    .await?;
    let (rss0, _) = memory_kib();
    let client = reqwest::Client::new();
    for (what, path) in [
        ("sign-ups", "/api/v1/auth/signup"),
        ("sign-ins", "/api/v1/auth/tokens"),
    ] {
        let start = Instant::now();
        let mut tasks = Vec::new();
        for i in 0..n {
            let client = client.clone();
            let url = format!("{}{path}", r.base);
            let body = if path.ends_with("signup") {
                json!({"email": format!("p{i}@bench.example"), "name": format!("Person {i}"), "password": "a long enough password"})
            } else {
                json!({"email": format!("p{i}@bench.example"), "password": "a long enough password"})
            };
            tasks.push(tokio::spawn(async move {
                let mut busy = 0u32;
                loop {
                    let res = client
                        .post(&url)
                        .header("x-forwarded-for", format!("192.0.2.{}", i % 250))
                        .json(&body)
                        .send()
                        .await?;
                    let status = res.status();
                    if status == reqwest::StatusCode::SERVICE_UNAVAILABLE {
                        let wait: u64 = res
                            .headers()
                            .get("retry-after")
                            .and_then(|v| v.to_str().ok())
                            .and_then(|v| v.parse().ok())
                            .context("a 503 without Retry-After")?;
                        busy += 1;
                        tokio::time::sleep(Duration::from_secs(wait)).await;
                        continue;
                    }
                    anyhow::ensure!(
                        status == reqwest::StatusCode::CREATED,
                        "{status}: {}",
                        res.text().await?
                    );
                    return Ok::<u32, anyhow::Error>(busy);
                }
            }));
        }
        let mut turned_away = 0;
        for t in tasks {
            if t.await?? > 0 {
                turned_away += 1;
            }
        }
        let (rss, hwm) = memory_kib();
        println!(
            "  {n} {what} in {:.1} s; {turned_away} were told to come back at first; resident memory {} MiB (peak {} MiB, {} MiB before)",
            start.elapsed().as_secs_f64(),
            rss / 1024,
            hwm / 1024,
            rss0 / 1024
        );
    }
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

/// Times writing the operating agreement (text, HTML, PDF) and reports the
/// process's peak memory, which the first PDF (loading the fonts) sets.
pub fn run_documents(renders: usize) -> Result<()> {
    use pools_core::formation::{Details, DocKind, EntityForm, Organizer};
    let details = Details {
        legal_name: "East Bay Bike Kitchen Cooperative LLC".into(),
        agent_name: "Harbor Registered Agents Inc.".into(),
        agent_address: "16192 Coastal Highway, Lewes, DE 19958".into(),
        principal_office: "2110 San Pablo Avenue, Oakland, CA 94612".into(),
        mailing_address: String::new(),
        organizers: vec![Organizer {
            name: "Ana Okafor".into(),
            address: "2110 San Pablo Avenue, Oakland, CA 94612".into(),
        }],
        purpose: "Run a community bicycle repair workshop.".into(),
        social_purpose: "Keep bicycles on the road and out of landfill.".into(),
        fiscal_year_end: "12-31".into(),
    };
    let rules = pools_core::Rules::default();
    let input = pools_docs::Input {
        form: EntityForm::DelawareLlc,
        kind: DocKind::OperatingAgreement,
        details: &details,
        rules: &rules,
        currency: pools_core::Currency::from_code("USD").expect("USD"),
        pool_name: "Bike Kitchen Pool",
        version: 1,
        generated_on: "2026-11-29",
    };
    let (rss_before, _) = memory_kib();
    let t = std::time::Instant::now();
    let doc = pools_docs::write(&input);
    let _ = (doc.text(), doc.html(), doc.sha256());
    let text_time = t.elapsed();
    let t = std::time::Instant::now();
    let first = pools_docs::pdf(&doc).map_err(|e| anyhow::anyhow!("{e}"))?;
    let first_time = t.elapsed();
    let (_, peak_first) = memory_kib();
    let t = std::time::Instant::now();
    let mut size = first.len();
    for i in 0..renders {
        // A new version each time, so Typst's memoization cannot reuse the
        // previous layout: every render is a real one.
        let doc = pools_docs::write(&pools_docs::Input {
            version: i as i64 + 2,
            ..input.clone()
        });
        size = pools_docs::pdf(&doc)
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .len();
    }
    let warm = t.elapsed() / renders.max(1) as u32;
    let (_, peak) = memory_kib();
    println!("Operating agreement ({size} bytes of PDF)");
    println!(
        "  text, HTML and SHA-256: {:.2} ms",
        text_time.as_secs_f64() * 1e3
    );
    println!(
        "  first PDF (loads the fonts): {:.1} ms",
        first_time.as_secs_f64() * 1e3
    );
    println!(
        "  each later PDF (a new version each time), mean of {renders}: {:.1} ms",
        warm.as_secs_f64() * 1e3
    );
    println!(
        "  resident memory before: {} MiB; peak after the first PDF: {} MiB; peak after {renders} more: {} MiB",
        rss_before / 1024,
        peak_first / 1024,
        peak / 1024
    );
    Ok(())
}

/// A clock the Flood benchmark moves forward to reach a closing time.
struct ShiftedClock(std::sync::atomic::AtomicI64);

impl Clock for ShiftedClock {
    fn now(&self) -> time::OffsetDateTime {
        time::OffsetDateTime::now_utc()
            + time::Duration::seconds(self.0.load(std::sync::atomic::Ordering::SeqCst))
    }
}

/// A Flood of `pools` pools and `people` distinct people (every tenth also
/// in a second pool), filled by recording the events the use cases record,
/// thousands per transaction. Times opening a Flood decision under the
/// double majority (fixing the electorate across all member pools) and
/// closing it with `ballots` ballots (the recount and the per-pool count).
pub async fn run_floods(
    base: Option<String>,
    pools: usize,
    people: usize,
    ballots: usize,
) -> Result<()> {
    use pools_core::flood::FloodAction;
    let url = fresh(base.as_deref(), "flood").await?;
    println!(
        "Flood of {pools} pools and {people} people on {} (a fresh database)",
        if url.starts_with("postgres") {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    );
    let store: Arc<dyn Store> = pools_store::open(&url).await?;
    let clock = Arc::new(ShiftedClock(std::sync::atomic::AtomicI64::new(0)));
    let app = App::new(
        store.clone(),
        clock.clone(),
        Config::new("http://bench.example"),
    )
    .await
    .map_err(err)?;
    let org = app
        .sign_up_with(
            "flood@bench.example",
            "Flood organizer",
            "bench password 123",
            SessionKind::ApiToken,
        )
        .await
        .map_err(err)?;
    let org_actor = Actor::Person(org.person.clone());
    let filled = Instant::now();
    let pool_ids: Vec<String> = (0..pools).map(|_| pools_app::new_id()).collect();
    let usd = pools_core::Currency::from_code("USD").map_err(|e| anyhow::anyhow!("{e}"))?;
    {
        let mut tx = store.write().await?;
        for (i, pid) in pool_ids.iter().enumerate() {
            let gid = pools_app::new_id();
            for ev in [
                Event::GroupCreated {
                    group_id: gid.clone(),
                    slug: format!("bench-{i}"),
                    name: format!("Group {i}"),
                    description: String::new(),
                },
                Event::PoolCreated {
                    pool_id: pid.clone(),
                    group_id: gid,
                    name: format!("Pool {i}"),
                    currency: usd,
                    rules: pools_core::Rules::default(),
                    commitment: "We share.".into(),
                },
                Event::PoolOpened {
                    pool_id: pid.clone(),
                },
                Event::PoolMemberJoined {
                    pool_id: pid.clone(),
                    person_id: org.person.id.clone(),
                    role: PoolRole::Organizer,
                    status: MemberStatus::Active,
                    commitment: "We share.".into(),
                    commitment_hash: commitment_hash("We share."),
                },
                Event::MoneyReceived {
                    entry_id: pools_app::new_id(),
                    pool_id: pid.clone(),
                    person_id: org.person.id.clone(),
                    kind: pools_core::event::MoneyKind::Gift,
                    amount: 10_000,
                    received_on: "2026-11-01".into(),
                    method: "cash".into(),
                    reference: String::new(),
                    postings: pools_core::ledger::contribution(&org.person.id, 10_000, false)
                        .map_err(|e| anyhow::anyhow!("{e}"))?,
                },
            ] {
                tx.record(clock.now(), None, &ev).await?;
            }
        }
        tx.commit().await?;
    }
    let person_ids: Vec<String> = (0..people).map(|_| pools_app::new_id()).collect();
    for (c, chunk) in person_ids.chunks(5000).enumerate() {
        let mut tx = store.write().await?;
        for (j, id) in chunk.iter().enumerate() {
            let i = c * 5000 + j;
            tx.record(
                clock.now(),
                None,
                &Event::PersonRegistered {
                    person_id: id.clone(),
                    email: format!("{id}@bench.example"),
                    name: format!("Person {i}"),
                    operator: false,
                },
            )
            .await?;
            let mut homes = vec![i % pools];
            if i % 10 == 0 && pools > 1 {
                homes.push((i * 7 + 1) % pools);
            }
            homes.dedup();
            for h in homes {
                tx.record(
                    clock.now(),
                    None,
                    &Event::PoolMemberJoined {
                        pool_id: pool_ids[h].clone(),
                        person_id: id.clone(),
                        role: PoolRole::Member,
                        status: MemberStatus::Active,
                        commitment: "We share.".into(),
                        commitment_hash: commitment_hash("We share."),
                    },
                )
                .await?;
            }
        }
        tx.commit().await?;
    }
    // The Flood and its 500 commitments, as the closes of pool decisions
    // would record them.
    let flood_id = pools_app::new_id();
    {
        let mut tx = store.write().await?;
        tx.record(
            clock.now(),
            None,
            &Event::FloodStarted {
                flood_id: flood_id.clone(),
                group_id: pools_app::new_id(),
                slug: "flood-bench".into(),
                name: "Bench Flood".into(),
                purpose: "Measuring".into(),
                currency: usd,
                rules: pools_core::Rules::default(),
                double_majority: true,
                pool_id: pool_ids[0].clone(),
            },
        )
        .await?;
        for pid in &pool_ids {
            tx.record(
                clock.now(),
                None,
                &Event::FloodCommitted {
                    flood_id: flood_id.clone(),
                    pool_id: pid.clone(),
                    amount: 1_000,
                    pool_entry_id: pools_app::new_id(),
                    flood_entry_id: pools_app::new_id(),
                    pool_postings: pools_core::ledger::send(1_000)
                        .map_err(|e| anyhow::anyhow!("{e}"))?,
                    flood_postings: pools_core::ledger::receive(1_000)
                        .map_err(|e| anyhow::anyhow!("{e}"))?,
                },
            )
            .await?;
        }
        tx.commit().await?;
    }
    let _ = FloodAction::Leave {
        flood_id: flood_id.clone(),
    };
    println!("  filled in {:.1} s", filled.elapsed().as_secs_f64());
    let t = Instant::now();
    let d = app
        .open_decision(
            &org_actor,
            &flood_id,
            pools_app::decisions::NewDecision {
                title: "Rent a space".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(7),
                rule_change: None,
                spend: None,
                round: None,
                flood: None,
            },
        )
        .await
        .map_err(err)?;
    let open = t.elapsed();
    println!(
        "  opening a decision (electorate of {} distinct people across {pools} pools): {:.0} ms",
        d.eligible,
        open.as_secs_f64() * 1e3
    );
    for chunk in person_ids[..ballots.min(people)].chunks(5000) {
        let mut tx = store.write().await?;
        for (i, id) in chunk.iter().enumerate() {
            let ev = Event::BallotCast {
                decision_id: d.id.clone(),
                person_id: id.clone(),
                choice: Choice::Proposal(if i % 4 == 0 {
                    Stance::Disagree
                } else {
                    Stance::Agree
                }),
                reason: String::new(),
            };
            tx.record(clock.now(), Some(id), &ev).await?;
        }
        tx.commit().await?;
    }
    clock
        .0
        .store(8 * 24 * 3600, std::sync::atomic::Ordering::SeqCst);
    let t = Instant::now();
    let closed = app.close_due_decisions().await.map_err(err)?;
    let close = t.elapsed();
    let outcome = app
        .decision_view(&Actor::Operator, &d.id)
        .await
        .map_err(err)?
        .decision
        .decision
        .outcome
        .context("closed")?;
    println!(
        "  closing it ({} ballots; recount and per-pool count): {:.0} ms ({} closed; passed: {})",
        outcome.ballots,
        close.as_secs_f64() * 1e3,
        closed.len(),
        outcome.passed
    );
    Ok(())
}

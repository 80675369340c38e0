//! Contributions per second over HTTP, and reading the books of large ledgers.

use super::*;

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

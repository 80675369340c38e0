//! Writes spread over many pools, and over two servers on one database:
//! what a journal chain per pool is to make faster. Each measurement is
//! divided by raw single-row inserts at the same durability and client
//! count, in the same run.

use super::{Running, ballots_per_second, decision_with_voters, err, fresh, serve};
use anyhow::Result;
use pools_app::Actor;
use pools_app::ports::SessionKind;
use pools_core::membership::commitment_hash;
use serde_json::json;
use std::time::Instant;

/// `pools` open pools, each with one open proposal, and `voters` people
/// who are members of every one of them, with API tokens. Returns the
/// decisions and the tokens.
async fn many_pools(
    r: &Running,
    pools: usize,
    voters: usize,
) -> Result<(Vec<String>, Vec<String>)> {
    let app = &r.app;
    let org = app
        .sign_up_with(
            "org@scale.example",
            "Organizer",
            "bench password 123",
            SessionKind::ApiToken,
        )
        .await
        .map_err(err)?;
    let org_actor = Actor::Person(org.person.clone());
    let mut people = vec![(org_actor.clone(), org.token.clone())];
    for i in 1..voters {
        let s = app
            .sign_up_with(
                &format!("v{i}@scale.example"),
                &format!("Voter {i}"),
                "bench password 123",
                SessionKind::ApiToken,
            )
            .await
            .map_err(err)?;
        people.push((Actor::Person(s.person), s.token));
    }
    let mut decisions = Vec::new();
    for p in 0..pools {
        let slug = format!("scale-{p}");
        app.create_group(&org_actor, &format!("Scale {p}"), Some(&slug), "")
            .await
            .map_err(err)?;
        let pool = app
            .create_pool(&org_actor, &slug, None, "USD", true)
            .await
            .map_err(err)?;
        let pool = app.open_pool(&org_actor, &pool.id).await.map_err(err)?;
        let hash = commitment_hash(&pool.commitment);
        for (a, _) in &people[1..] {
            app.join_group(a, &slug).await.map_err(err)?;
            app.join_pool(a, &pool.id, &hash, true).await.map_err(err)?;
        }
        let d = app
            .open_decision(
                &org_actor,
                &pool.id,
                super::proposal(format!("Scale {p}"), 14),
            )
            .await
            .map_err(err)?;
        decisions.push(d.decision.id);
    }
    Ok((decisions, people.into_iter().map(|(_, t)| t).collect()))
}

/// Ballots per second over HTTP with one client per token, each going
/// round the decisions (client `i` starts at decision `i`), the clients
/// shared out over the servers at `bases` in turn.
pub(super) async fn spread_ballots(
    bases: &[String],
    decisions: &[String],
    tokens: &[String],
    total: usize,
) -> Result<f64> {
    let per = total / tokens.len();
    let start = Instant::now();
    let mut tasks = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let token = token.clone();
        let base = bases[i % bases.len()].clone();
        let decisions = decisions.to_vec();
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            for k in 0..per {
                let d = &decisions[(i + k) % decisions.len()];
                // Each voter's ballot on a decision changes every time it
                // comes round again.
                let stance = if (k / decisions.len()).is_multiple_of(2) {
                    "agree"
                } else {
                    "disagree"
                };
                let res = client
                    .put(format!("{base}/api/v1/decisions/{d}/ballot"))
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
    Ok((per * tokens.len()) as f64 / start.elapsed().as_secs_f64())
}

/// Runs the measurements and prints a Markdown table.
pub async fn run_scale(base: Option<String>, ballots: usize, pools: usize) -> Result<()> {
    let engine = if base.as_deref().is_some_and(|u| u.starts_with("postgres")) {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    const CLIENTS: usize = 32;
    let raw_url = fresh(base.as_deref(), "raw").await?;
    let raw = pools_store::bench::raw_inserts(&raw_url, CLIENTS, ballots).await?;

    let url = fresh(base.as_deref(), "one").await?;
    let r = serve(&url).await?;
    let (decision, tokens) = decision_with_voters(&r, CLIENTS).await?;
    let one = ballots_per_second(&r, &decision, &tokens, CLIENTS, ballots).await?;

    let url = fresh(base.as_deref(), "spread").await?;
    let a = serve(&url).await?;
    let setup = Instant::now();
    let (decisions, tokens) = many_pools(&a, pools, CLIENTS).await?;
    let setup = setup.elapsed();
    let spread =
        spread_ballots(std::slice::from_ref(&a.base), &decisions, &tokens, ballots).await?;
    // A second server on the same database, the clients shared between.
    let b = serve(&url).await?;
    let two = spread_ballots(
        &[a.base.clone(), b.base.clone()],
        &decisions,
        &tokens,
        ballots,
    )
    .await?;

    println!("| engine | clients | what | raw inserts/s | ballots/s over HTTP | ratio to raw |");
    println!("|---|---|---|---|---|---|");
    println!(
        "| {engine} | {CLIENTS} | one decision, one server | {raw:.0} | {one:.0} | {:.2} |",
        one / raw
    );
    println!(
        "| {engine} | {CLIENTS} | {pools} pools, one server | {raw:.0} | {spread:.0} | {:.2} |",
        spread / raw
    );
    println!(
        "| {engine} | {CLIENTS} | {pools} pools, two servers | {raw:.0} | {two:.0} | {:.2} |",
        two / raw
    );
    println!();
    println!(
        "Two servers give {:.2}× one ({engine}, {pools} pools; setting them up took {:.0} s).",
        two / spread,
        setup.as_secs_f64()
    );
    Ok(())
}

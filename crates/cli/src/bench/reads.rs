//! Reads at scale: a pool's page and a tally read in a database of 30,000
//! pools and 1,000,000 people, against the same reads in a database that
//! holds only that pool.

use super::{Running, err, fresh, serve};
use anyhow::Result;
use pools_app::ports::{Clock, SessionKind};
use pools_app::{Actor, SystemClock};
use pools_core::Event;
use pools_core::decision::{Choice, Stance};
use pools_core::membership::{GroupRole, MemberStatus, PoolRole, commitment_hash};
use pools_core::{Currency, Rules};
use std::time::{Duration, Instant};

/// Fills the database with `pools` open pools, each of its own group, and
/// `people` people shared out among them as members, by recording the
/// events the use cases record, 5,000 per transaction.
async fn populate(r: &Running, pools: usize, people: usize) -> Result<()> {
    let store = r.app.store().clone();
    let clock = SystemClock;
    let commitment = "I join as an equal member.".to_string();
    let hash = commitment_hash(&commitment);
    let usd = Currency::from_code("USD").map_err(|e| anyhow::anyhow!("{e}"))?;
    let pool_ids: Vec<(String, String)> = (0..pools)
        .map(|_| (pools_app::new_id(), pools_app::new_id()))
        .collect();
    for chunk in pool_ids.chunks(1500) {
        let mut tx = store.write().await?;
        for (group_id, pool_id) in chunk {
            for ev in [
                Event::GroupCreated {
                    group_id: group_id.clone(),
                    slug: format!("g-{group_id}"),
                    name: format!("Group {group_id}"),
                    description: String::new(),
                },
                Event::PoolCreated {
                    pool_id: pool_id.clone(),
                    group_id: group_id.clone(),
                    name: format!("Pool {pool_id}"),
                    currency: usd,
                    rules: Rules::default(),
                    commitment: commitment.clone(),
                },
                Event::PoolOpened {
                    pool_id: pool_id.clone(),
                },
            ] {
                tx.record(clock.now(), None, &ev).await?;
            }
        }
        tx.commit().await?;
    }
    let ids: Vec<usize> = (0..people).collect();
    for chunk in ids.chunks(1700) {
        let mut tx = store.write().await?;
        for i in chunk {
            let person_id = pools_app::new_id();
            let (group_id, pool_id) = &pool_ids[i % pools];
            for ev in [
                Event::PersonRegistered {
                    person_id: person_id.clone(),
                    email: format!("p{i}@reads.example"),
                    name: format!("Person {i}"),
                    operator: false,
                },
                Event::GroupJoined {
                    group_id: group_id.clone(),
                    group_member_id: pools_app::new_id(),
                    person_id: person_id.clone(),
                    name: format!("Person {i}"),
                    role: GroupRole::Member,
                },
                Event::PoolMemberJoined {
                    pool_id: pool_id.clone(),
                    person_id: person_id.clone(),
                    role: PoolRole::Member,
                    status: MemberStatus::Active,
                    commitment: commitment.clone(),
                    commitment_hash: hash.clone(),
                },
            ] {
                tx.record(clock.now(), None, &ev).await?;
            }
        }
        tx.commit().await?;
    }
    Ok(())
}

/// The measured pool, made through the use cases: an organizer signed in
/// on a browser and with an API token, `members` members, and an open
/// proposal every member has voted on. Returns (pool, decision, browser
/// session, API token).
async fn measured_pool(r: &Running, members: usize) -> Result<(String, String, String, String)> {
    let app = &r.app;
    let pw = "bench password 123";
    let org = app
        .sign_up_with("org@reads.example", "Organizer", pw, SessionKind::Browser)
        .await
        .map_err(err)?;
    let api = app
        .sign_in("org@reads.example", pw, "bench", SessionKind::ApiToken)
        .await
        .map_err(err)?;
    let org_actor = Actor::Person(org.person.clone());
    app.create_group(&org_actor, "Measured", Some("measured"), "")
        .await
        .map_err(err)?;
    let pool = app
        .create_pool(&org_actor, "measured", None, "USD", true)
        .await
        .map_err(err)?;
    let pool = app.open_pool(&org_actor, &pool.id).await.map_err(err)?;
    let hash = commitment_hash(&pool.commitment);
    let mut voters = vec![org_actor.clone()];
    for i in 1..members {
        let s = app
            .sign_up_with(
                &format!("m{i}@reads.example"),
                &format!("Member {i}"),
                pw,
                SessionKind::ApiToken,
            )
            .await
            .map_err(err)?;
        let a = Actor::Person(s.person);
        app.join_group(&a, "measured").await.map_err(err)?;
        app.join_pool(&a, &pool.id, &hash, true)
            .await
            .map_err(err)?;
        voters.push(a);
    }
    let d = app
        .open_decision(&org_actor, &pool.id, super::proposal("Measured", 14))
        .await
        .map_err(err)?;
    for v in &voters {
        app.cast_ballot(v, &d.decision.id, Choice::Proposal(Stance::Agree), "")
            .await
            .map_err(err)?;
    }
    Ok((pool.id, d.decision.id, org.token, api.token))
}

/// Median and 99th percentile of `n` sequential requests.
async fn time_reads(n: usize, mut one: impl AsyncFnMut() -> Result<()>) -> Result<(f64, f64)> {
    let mut times: Vec<Duration> = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        one().await?;
        times.push(t.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    Ok((ms(times[n / 2]), ms(times[n * 99 / 100])))
}

/// The pool page (HTML, signed in) and the tally (API), timed.
async fn reads(r: &Running, n: usize) -> Result<((f64, f64), (f64, f64))> {
    let (pool, decision, session, token) = measured_pool(r, 33).await?;
    let client = reqwest::Client::new();
    let page_url = format!("{}/p/{pool}", r.base);
    let cookie = format!("pools_session={session}");
    let page = time_reads(n, async || {
        let res = client
            .get(&page_url)
            .header("cookie", &cookie)
            .send()
            .await?;
        anyhow::ensure!(res.status().is_success(), "pool page: {}", res.status());
        let body = res.text().await?;
        anyhow::ensure!(body.contains("Measured"), "not the measured pool's page");
        Ok(())
    })
    .await?;
    let tally_url = format!("{}/api/v1/decisions/{decision}/tally", r.base);
    let tally = time_reads(n, async || {
        let res = client.get(&tally_url).bearer_auth(&token).send().await?;
        let body: serde_json::Value = res.json().await?;
        anyhow::ensure!(body["tally"]["ballots"] == 33, "unexpected tally: {body}");
        Ok(())
    })
    .await?;
    Ok((page, tally))
}

/// Runs the measurement and prints a Markdown table.
pub async fn run_reads(base: Option<String>, pools: usize, people: usize) -> Result<()> {
    let engine = if base.as_deref().is_some_and(|u| u.starts_with("postgres")) {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    const N: usize = 400;
    let url = fresh(base.as_deref(), "small").await?;
    let small = serve(&url).await?;
    let (small_page, small_tally) = reads(&small, N).await?;

    let url = fresh(base.as_deref(), "large").await?;
    let large = serve(&url).await?;
    let setup = Instant::now();
    populate(&large, pools, people).await?;
    let setup = setup.elapsed();
    let (large_page, large_tally) = reads(&large, N).await?;

    println!(
        "| engine | read | one pool: median / p99 | {pools} pools, {people} people: median / p99 | ratio of medians |"
    );
    println!("|---|---|---|---|---|");
    for (what, s, l) in [
        ("the pool's page (HTML)", small_page, large_page),
        ("the tally (API)", small_tally, large_tally),
    ] {
        println!(
            "| {engine} | {what} | {:.2} / {:.2} ms | {:.2} / {:.2} ms | {:.2} |",
            s.0,
            s.1,
            l.0,
            l.1,
            l.0 / s.0
        );
    }
    println!();
    println!(
        "Setting up {pools} pools and {people} people took {:.0} s ({engine}).",
        setup.as_secs_f64()
    );
    Ok(())
}

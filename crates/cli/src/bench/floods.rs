//! A Flood of many pools: its electorate, a close and a leave.

use super::*;

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
        .open_decision(&org_actor, &flood_id, super::proposal("Rent a space", 7))
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
                by: None,
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

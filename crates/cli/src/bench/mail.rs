//! Telling a large pool, and sending mail: a decision opening in a pool of
//! `members` members, how long the notifier takes to queue their
//! notifications, how much a request is slowed while it does, and how many
//! messages a second the sender hands to an SMTP server.

use super::*;

/// Median of some durations, in milliseconds.
fn median_ms(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

pub async fn run_mail(
    base: Option<String>,
    members: usize,
    smtp_url: Option<String>,
) -> Result<()> {
    let url = fresh(base.as_deref(), "mail").await?;
    let engine = if url.starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    println!("Notifications in a pool of {members} members, on {engine} (a fresh database)");
    let store: Arc<dyn Store> = pools_store::open(&url).await?;
    let app = App::new(
        store.clone(),
        Arc::new(SystemClock),
        Config::new("http://bench.example"),
    )
    .await
    .map_err(err)?;
    let org = app
        .sign_up_with(
            "mail@bench.example",
            "Mail organizer",
            "bench password 123",
            SessionKind::ApiToken,
        )
        .await
        .map_err(err)?;
    let org_actor = Actor::Person(org.person.clone());
    let usd = pools_core::Currency::from_code("USD").map_err(|e| anyhow::anyhow!("{e}"))?;
    let pool_id = pools_app::new_id();
    let joined = |person_id: &str, role| Event::PoolMemberJoined {
        pool_id: pool_id.clone(),
        person_id: person_id.to_string(),
        role,
        status: MemberStatus::Active,
        commitment: "We share.".into(),
        commitment_hash: commitment_hash("We share."),
    };
    {
        let gid = pools_app::new_id();
        let mut tx = store.write().await?;
        for ev in [
            Event::GroupCreated {
                group_id: gid.clone(),
                slug: "mail-bench".into(),
                name: "Mail bench".into(),
                description: String::new(),
            },
            Event::PoolCreated {
                pool_id: pool_id.clone(),
                group_id: gid,
                name: "Mail bench pool".into(),
                currency: usd,
                rules: pools_core::Rules::default(),
                commitment: "We share.".into(),
            },
            Event::PoolOpened {
                pool_id: pool_id.clone(),
            },
            joined(&org.person.id, PoolRole::Organizer),
        ] {
            tx.record(time::OffsetDateTime::now_utc(), None, &ev)
                .await?;
        }
        tx.commit().await?;
    }
    let ids: Vec<String> = (1..members).map(|_| pools_app::new_id()).collect();
    for chunk in ids.chunks(5000) {
        let mut tx = store.write().await?;
        for id in chunk {
            let now = time::OffsetDateTime::now_utc();
            tx.record(
                now,
                None,
                &Event::PersonRegistered {
                    person_id: id.clone(),
                    email: format!("{id}@bench.example"),
                    name: format!("Member {id}"),
                    operator: false,
                },
            )
            .await?;
            tx.record(now, None, &joined(id, PoolRole::Member)).await?;
        }
        tx.commit().await?;
    }
    app.start_notifier_here().await.map_err(err)?;
    let open = |title: String| {
        let (app, actor, pool_id) = (app.clone(), org_actor.clone(), pool_id.clone());
        async move {
            let t = Instant::now();
            app.open_decision(&actor, &pool_id, super::proposal(title, 7))
                .await
                .map_err(err)?;
            Ok::<Duration, anyhow::Error>(t.elapsed())
        }
    };
    // Opening a decision with the notifier idle.
    let rounds = 5;
    let mut idle = Vec::new();
    for i in 0..rounds {
        idle.push(open(format!("Idle {i}")).await?);
    }
    // The notifier queues what those openings owe everyone.
    // With the server's own loop, pauses between transactions included.
    let t = Instant::now();
    pools_web::drain_notifications(&app).await;
    let fan_out = t.elapsed() / rounds as u32;
    let notified = app
        .outbox(&Actor::Operator, (rounds * members + 10) as i64)
        .await
        .map_err(err)?
        .iter()
        .filter(|m| m.subject.starts_with("Vote: Idle "))
        .count();
    anyhow::ensure!(
        notified == rounds * members,
        "every member is emailed about every decision once ({notified} for {rounds} × {members})"
    );
    // Opening decisions while the notifier is busy telling everyone of others.
    for i in 0..rounds {
        open(format!("Backlog {i}")).await?;
    }
    let busy_app = app.clone();
    // The server's own loop, as `pools serve` runs it.
    let notifier = tokio::spawn(async move { pools_web::drain_notifications(&busy_app).await });
    tokio::time::sleep(Duration::from_millis(20)).await;
    let mut busy = Vec::new();
    for i in 0..rounds {
        busy.push(open(format!("Busy {i}")).await?);
    }
    notifier.await?;
    let (idle_ms, busy_ms) = (median_ms(idle), median_ms(busy));
    println!();
    println!("| measurement | result |");
    println!("|---|---|");
    println!("| open a decision, notifier idle (median of {rounds}) | {idle_ms:.0} ms |");
    println!(
        "| open a decision while the notifier tells {members} members of others (median of {rounds}) | {busy_ms:.0} ms ({:+.0}%) |",
        (busy_ms / idle_ms - 1.0) * 100.0
    );
    println!(
        "| queue the notifications of one decision to {members} members | {:.0} ms |",
        fan_out.as_secs_f64() * 1000.0
    );

    if let Some(smtp) = smtp_url {
        let mailer: Arc<dyn pools_app::mail::Mailer> = Arc::new(
            pools_mail::SmtpMailer::new(&smtp, "Pools bench <bench@bench.example>")
                .map_err(|e| anyhow::anyhow!("{e}"))?,
        );
        let t = Instant::now();
        let mut sent = 0;
        while t.elapsed() < Duration::from_secs(20) {
            let d = app
                .deliver_mail(mailer.clone(), "bench", pools_app::mail::BATCH)
                .await
                .map_err(err)?;
            anyhow::ensure!(
                d.failed + d.retried == 0,
                "the SMTP server refused mail: {d:?}"
            );
            if d.sent == 0 {
                break;
            }
            sent += d.sent;
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "| send to {} | {sent} messages in {secs:.1} s: {:.0} messages/s |",
            pools_store::redact(&smtp),
            sent as f64 / secs
        );
    }
    Ok(())
}

//! Notifications on both engines: the notifier follows the journal and
//! tells each person once, as they chose; reminders go only to those who
//! have not voted; digests gather the rest; one-click unsubscribe works
//! without signing in and only with a valid link.

use crate::contract;
use crate::decisions::{pool_with, proposal};
use crate::harness::{Env, person};
use pools_app::{Actor, AppError};
use pools_core::decision::{Choice, Stance};
use pools_core::notify::{Delivery, NotificationKind};

contract!(
    notifications_reach_each_member_once_as_they_chose,
    a_fan_out_spanning_many_passes_tells_everyone_once,
    a_round_closing_reminds_only_those_with_share_left,
    each_member_reads_a_letter_in_their_own_language_and_time_zone,
);

fn id(a: &Actor) -> &str {
    a.person_id().unwrap()
}

fn email(a: &Actor) -> String {
    match a {
        Actor::Person(p) => p.email.clone(),
        _ => unreachable!(),
    }
}

/// Messages in the outbox to `to` whose subject starts with `prefix`.
async fn mails(env: &Env, to: &str, prefix: &str) -> Vec<pools_app::ports::OutboxMessage> {
    env.app
        .outbox(&Actor::Operator, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to == to && m.subject.starts_with(prefix))
        .collect()
}

async fn notifications_reach_each_member_once_as_they_chose(env: Env) {
    let app = &env.app;
    let (pool, org, members) = pool_with(app, 3, |_| {}).await;
    // What happened before (sign-ups, the pool opening) is handled first.
    while app.notify_pass(500).await.unwrap().entries > 0 {}
    let (m0, m1, m2) = (&members[0], &members[1], &members[2]);
    app.set_notification(
        m1,
        &pool.id,
        NotificationKind::DecisionOpened,
        Delivery::Digest,
    )
    .await
    .unwrap();
    app.set_notification(
        m2,
        &pool.id,
        NotificationKind::DecisionOpened,
        Delivery::Off,
    )
    .await
    .unwrap();
    let outsider = person(app, "Outsider").await;
    assert!(matches!(
        app.notification_settings(&outsider, &pool.id).await,
        Err(AppError::Forbidden(_))
    ));

    let mut new = proposal("Buy a stand?");
    new.voting_days = Some(2);
    let d = app.open_decision(&org, &pool.id, new).await.unwrap();
    let r = app.notify_pass(500).await.unwrap();
    assert_eq!(r.notified, 3, "org and m0 at once, m1 in the digest: {r:?}");
    assert_eq!(app.notify_pass(500).await.unwrap().notified, 0);
    let to_m0 = mails(&env, &email(m0), "Vote: Buy a stand?").await;
    assert_eq!(to_m0.len(), 1);
    assert_eq!(mails(&env, &email(&org), "Vote:").await.len(), 1);
    assert!(
        mails(&env, &email(m1), "Vote:").await.is_empty(),
        "m1 chose the digest"
    );
    assert!(
        mails(&env, &email(m2), "Vote:").await.is_empty(),
        "m2 turned it off"
    );
    let m = &to_m0[0];
    assert!(m.body.contains(&format!("http://pools.test/d/{}", d.id)));
    assert!(m.reason.contains("member of") && m.reason.contains("/notifications"));
    let unsubscribe = m
        .unsubscribe_url
        .clone()
        .expect("a notification can be stopped");

    // A day before the close, those who have not voted are reminded, once.
    app.cast_ballot(m0, &d.id, Choice::Proposal(Stance::Agree), "")
        .await
        .unwrap();
    env.clock.advance_secs(25 * 3600);
    assert_eq!(
        app.remind_closing().await.unwrap(),
        3,
        "org, m1 and m2; not m0"
    );
    assert_eq!(app.remind_closing().await.unwrap(), 0);
    assert!(mails(&env, &email(m0), "Closing soon").await.is_empty());
    assert_eq!(mails(&env, &email(m2), "Closing soon").await.len(), 1);

    // The result goes to the whole electorate.
    env.clock.advance_secs(24 * 3600);
    assert_eq!(app.close_due_decisions().await.unwrap().len(), 1);
    app.notify_pass(500).await.unwrap();
    for a in [&org, m0, m2] {
        assert_eq!(
            mails(&env, &email(a), "Result: Buy a stand?").await.len(),
            1
        );
    }

    // m1's digest is due a day after its first item, and goes once.
    assert_eq!(app.send_digests().await.unwrap(), 1);
    assert_eq!(app.send_digests().await.unwrap(), 0);
    let digest = mails(&env, &email(m1), "Your day in Pools").await;
    assert_eq!(digest.len(), 1);
    assert!(digest[0].body.contains("Buy a stand?"));

    // One click, no sign-in: the link turns that kind off for that pool.
    let parts: Vec<&str> = unsubscribe.rsplitn(5, '/').collect();
    let (token, kind, pool_id, person_id) = (parts[0], parts[1], parts[2], parts[3]);
    assert_eq!((person_id, pool_id), (id(m0), pool.id.as_str()));
    assert!(matches!(
        app.unsubscribe(person_id, pool_id, kind, "forged", true)
            .await,
        Err(AppError::NotFound(_))
    ));
    assert!(
        matches!(
            app.unsubscribe(id(m1), pool_id, kind, token, true).await,
            Err(AppError::NotFound(_))
        ),
        "a link is only good for its own person"
    );
    let (p, k) = app
        .unsubscribe(person_id, pool_id, kind, token, true)
        .await
        .unwrap();
    assert_eq!(
        (p.id, k),
        (pool.id.clone(), NotificationKind::DecisionOpened)
    );
    let s = app.notification_settings(m0, &pool.id).await.unwrap();
    assert!(
        s.choices
            .contains(&(NotificationKind::DecisionOpened, Delivery::Off))
    );
    assert!(
        s.choices
            .contains(&(NotificationKind::DecisionResult, Delivery::Immediately))
    );
    app.open_decision(&org, &pool.id, proposal("Paint it?"))
        .await
        .unwrap();
    app.notify_pass(500).await.unwrap();
    assert!(
        mails(&env, &email(m0), "Vote: Paint it?").await.is_empty(),
        "unsubscribed"
    );
    assert_eq!(mails(&env, &email(&org), "Vote: Paint it?").await.len(), 1);
}

/// A fan-out larger than one transaction's share resumes where it stopped:
/// everyone is told once, the cursor only moves past an entry once all of
/// its audience is told, and nothing is told twice across the passes.
async fn a_fan_out_spanning_many_passes_tells_everyone_once(env: Env) {
    let (pool, org, members) = pool_with(&env.app, 6, |_| {}).await;
    let store = pools_store::open(&env.url).await.unwrap();
    let mut config = pools_app::Config::new("http://pools.test");
    config.notify_per_transaction = 2;
    let app = pools_app::App::new(store, env.clock.clone(), config)
        .await
        .unwrap();
    while app.notify_pass(500).await.unwrap().more {}
    app.set_notification(
        &members[3],
        &pool.id,
        NotificationKind::DecisionOpened,
        Delivery::Off,
    )
    .await
    .unwrap();
    app.open_decision(&org, &pool.id, proposal("First?"))
        .await
        .unwrap();
    app.open_decision(&org, &pool.id, proposal("Second?"))
        .await
        .unwrap();
    let mut passes = 0;
    loop {
        passes += 1;
        let r = app.notify_pass(500).await.unwrap();
        assert!(r.notified <= 2, "at most two per transaction: {r:?}");
        if !r.more {
            break;
        }
        assert!(passes < 50);
    }
    assert!(
        passes >= 6,
        "14 audience places, two at a time: {passes} passes"
    );
    let everyone: Vec<&Actor> = std::iter::once(&org).chain(members.iter()).collect();
    for title in ["First?", "Second?"] {
        for a in &everyone {
            let n = mails(&env, &email(a), &format!("Vote: {title}"))
                .await
                .len();
            let expected = usize::from(id(a) != id(&members[3]));
            assert_eq!(n, expected, "{title} to {}", email(a));
        }
    }
}

async fn a_round_closing_reminds_only_those_with_share_left(env: Env) {
    use crate::budgeting::{DAY, bucket, cast, gift, line, pass_round, plan};
    let app = &env.app;
    let c = cast(app).await;
    gift(app, &c, 10_000, "g1").await;
    let decision_id = pass_round(
        &env,
        &c.pool_id,
        &[&c.org, &c.treasurer, &c.member],
        plan(3_000, None),
    )
    .await;
    let round_id = app
        .decision_view(&c.org, &decision_id)
        .await
        .unwrap()
        .round_id
        .unwrap();
    let seeds = app
        .create_bucket(
            &c.member,
            &round_id,
            bucket("Seeds", vec![line("Seeds", 1_000, Some(2_000))], &[]),
        )
        .await
        .unwrap();
    // Buckets for 3 days, then funding for 4; Mo places his whole share.
    env.clock.advance_secs(3 * DAY + 60);
    app.fund_bucket(&c.member, &seeds.id, 1_000, "all-of-it")
        .await
        .unwrap();
    app.fund_bucket(&c.org, &seeds.id, 400, "some")
        .await
        .unwrap();
    assert_eq!(
        app.remind_closing().await.unwrap(),
        0,
        "not a day before yet"
    );
    env.clock.advance_secs(3 * DAY + 60);
    assert_eq!(
        app.remind_closing().await.unwrap(),
        2,
        "Org (600 left) and Tess (all of it left); not Mo"
    );
    assert_eq!(app.remind_closing().await.unwrap(), 0, "once");
    assert!(
        mails(&env, &email(&c.member), "Closing soon")
            .await
            .is_empty()
    );
    let to_org = mails(&env, &email(&c.org), "Closing soon: Spring round").await;
    assert_eq!(to_org.len(), 1);
    assert!(to_org[0].body.contains("not placed all of your share"));
}

async fn each_member_reads_a_letter_in_their_own_language_and_time_zone(env: Env) {
    let app = &env.app;
    let (pool, org, members) = pool_with(app, 2, |_| {}).await;
    while app.notify_pass(500).await.unwrap().entries > 0 {}
    let (fr, es) = (&members[0], &members[1]);
    app.save_settings(fr, Some("fr"), Some("Europe/Paris"))
        .await
        .unwrap();
    app.save_settings(es, Some("es"), None).await.unwrap();
    // Only an organizer sets the pool's zone, and only to a real one.
    assert!(matches!(
        app.set_pool_time_zone(fr, &pool.id, Some("America/Mexico_City"))
            .await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.set_pool_time_zone(&org, &pool.id, Some("Mars/Olympus"))
            .await,
        Err(AppError::Invalid(_))
    ));
    let set = app
        .set_pool_time_zone(&org, &pool.id, Some("America/Mexico_City"))
        .await
        .unwrap();
    assert_eq!(set.time_zone.as_deref(), Some("America/Mexico_City"));

    let mut new = proposal("Buy a stand?");
    new.voting_days = Some(2);
    let d = app.open_decision(&org, &pool.id, new).await.unwrap();
    app.notify_pass(500).await.unwrap();
    let closes: time::OffsetDateTime =
        time::OffsetDateTime::parse(&d.closes_at, &time::format_description::well_known::Rfc3339)
            .unwrap();

    // French, in the reader's own zone (UTC+1 in winter).
    let to_fr = mails(&env, &email(fr), "Votez : Buy a stand?").await;
    assert_eq!(to_fr.len(), 1, "the subject is in French");
    let m = &to_fr[0];
    let paris = closes.to_offset(time::UtcOffset::from_hms(1, 0, 0).unwrap());
    let local = format!("{:02}:{:02} (Europe/Paris)", paris.hour(), paris.minute());
    assert!(m.body.starts_with("Bonjour "), "{}", m.body);
    assert!(m.body.contains(&local), "{local} in {}", m.body);
    assert!(m.body.contains("Pour ne plus recevoir ces messages : http"));
    assert!(m.html.contains("<html lang=\"fr\">"));
    assert!(m.reason.contains("vous êtes membre de"));

    // Spanish with no zone of their own: the pool's (UTC-6).
    let to_es = mails(&env, &email(es), "Vote: Buy a stand?").await;
    assert_eq!(to_es.len(), 1);
    let body = &to_es[0].body;
    let mexico = closes.to_offset(time::UtcOffset::from_hms(-6, 0, 0).unwrap());
    let local = format!(
        "{:02}:{:02} (America/Mexico_City)",
        mexico.hour(),
        mexico.minute()
    );
    assert!(body.starts_with("Hola, "), "{body}");
    assert!(body.contains(&local), "{local} in {body}");
    assert!(body.contains("Cada miembro tiene un voto."));

    // Whoever chose nothing reads English, in the pool's zone.
    let to_org = mails(&env, &email(&org), "Vote: Buy a stand?").await;
    assert!(to_org[0].body.starts_with("Hello "));
    assert!(to_org[0].body.contains("Every member has one vote."));
    assert!(to_org[0].body.contains("(America/Mexico_City)"));

    // The result is explained in each reader's language.
    app.cast_ballot(fr, &d.id, Choice::Proposal(Stance::Agree), "")
        .await
        .unwrap();
    env.clock.advance_secs(49 * 3600);
    assert_eq!(app.close_due_decisions().await.unwrap().len(), 1);
    app.notify_pass(500).await.unwrap();
    let result = mails(&env, &email(fr), "Résultat : Buy a stand?").await;
    assert_eq!(result.len(), 1);
    let english = mails(&env, &email(&org), "Result: Buy a stand?").await;
    let seen = app.decision_view(&org, &d.id).await.unwrap();
    let explanation = seen.decision.outcome.as_ref().unwrap().explanation.clone();
    assert!(
        english[0].body.contains(&explanation),
        "the record's words in English"
    );
    assert!(
        !result[0].body.contains(&explanation),
        "and French ones for French readers"
    );
    crate::harness::assert_replays(&env).await;
}

//! The outbox queue on both engines: claimed by one sender at a time,
//! settled once, tried again with growing waits, given up or expired with
//! the reason. The mail server here is the `Mailer` port answered in the
//! test (which messages it takes and which it refuses); the real SMTP
//! server is exercised in `crates/mail/tests`.

use crate::contract;
use crate::harness::{Env, person};
use async_trait::async_trait;
use pools_app::mail::{MailError, Mailer};
use pools_app::ports::OutboxMessage;
use pools_core::mail::MailStatus;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

contract!(
    mail_is_sent_once_and_failures_wait_longer_each_time,
    two_senders_never_send_one_message_twice,
);

/// Takes every message except those to addresses it is told to refuse, and
/// counts what it took per message id.
#[derive(Default)]
struct Recorder {
    taken: Mutex<HashMap<String, u32>>,
    refuse: Mutex<HashMap<String, bool>>,
}

#[async_trait]
impl Mailer for Recorder {
    async fn send(&self, m: &OutboxMessage) -> Result<(), MailError> {
        if let Some(permanent) = self.refuse.lock().unwrap().get(&m.to) {
            return Err(MailError {
                permanent: *permanent,
                reason: format!("refused {}", m.to),
            });
        }
        *self.taken.lock().unwrap().entry(m.id.clone()).or_default() += 1;
        Ok(())
    }
}

/// Queues one password reset mail for each of `n` new people.
async fn queue(env: &Env, tag: &str, n: usize) -> Vec<String> {
    let mut emails = Vec::new();
    for i in 0..n {
        let actor = person(&env.app, &format!("{tag} {i}")).await;
        let email = match actor {
            pools_app::Actor::Person(p) => p.email,
            _ => unreachable!(),
        };
        env.app
            .request_password_reset(&email, pools_i18n::Locale::En)
            .await
            .unwrap();
        emails.push(email);
    }
    emails
}

async fn status_of(env: &Env, to: &str) -> OutboxMessage {
    let operator = pools_app::Actor::Operator;
    env.app
        .outbox(&operator, 1000)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.to == to)
        .unwrap()
}

async fn mail_is_sent_once_and_failures_wait_longer_each_time(env: Env) {
    let emails = queue(&env, "First", 4).await;
    let rec = Arc::new(Recorder::default());
    rec.refuse.lock().unwrap().insert(emails[1].clone(), false);
    rec.refuse.lock().unwrap().insert(emails[2].clone(), true);
    let d = env.app.deliver_mail(rec.clone(), "a", 64).await.unwrap();
    assert_eq!((d.sent, d.retried, d.failed), (2, 1, 1), "{d:?}");
    let sent = status_of(&env, &emails[0]).await;
    assert_eq!(sent.status, MailStatus::Sent);
    assert!(
        sent.html
            .contains("<a href=\"http://pools.test/reset-password?token=")
    );
    assert!(sent.reason.contains("password reset"));
    assert_eq!(sent.unsubscribe_url, None, "a reset is not a list");
    let failed = status_of(&env, &emails[2]).await;
    assert_eq!(failed.status, MailStatus::Failed);
    assert_eq!(failed.last_error, format!("refused {}", emails[2]));
    let waiting = status_of(&env, &emails[1]).await;
    assert_eq!((waiting.status, waiting.attempts), (MailStatus::Queued, 1));

    // Nothing is due again until the first wait (30 s) has passed.
    rec.refuse.lock().unwrap().clear();
    let d = env.app.deliver_mail(rec.clone(), "a", 64).await.unwrap();
    assert_eq!(d.sent + d.retried + d.failed, 0, "{d:?}");
    env.clock.advance_secs(31);
    let d = env.app.deliver_mail(rec.clone(), "a", 64).await.unwrap();
    assert_eq!(d.sent, 1, "{d:?}");
    assert_eq!(status_of(&env, &emails[1]).await.status, MailStatus::Sent);
    // Every message that was sent was sent exactly once; the refused one never.
    let taken = rec.taken.lock().unwrap().clone();
    assert_eq!(taken.len(), 3);
    assert!(taken.values().all(|n| *n == 1), "{taken:?}");

    // A message that keeps failing waits longer each time, then is given up.
    let more = queue(&env, "Later", 1).await;
    rec.refuse.lock().unwrap().insert(more[0].clone(), false);
    let now = || env.clock.0.load(std::sync::atomic::Ordering::SeqCst);
    let (mut waits, mut last_try) = (Vec::new(), now());
    for _ in 0..1000 {
        let d = env.app.deliver_mail(rec.clone(), "a", 64).await.unwrap();
        if d.retried + d.failed > 0 {
            waits.push(now() - last_try);
            last_try = now();
        }
        let m = status_of(&env, &more[0]).await;
        if matches!(m.status, MailStatus::Failed | MailStatus::Expired) {
            break;
        }
        env.clock.advance_secs(30);
    }
    // Tried at once, then after 30 s, 1, 2, 4, 8 and 16 minutes...
    assert!(waits.len() >= 6, "{waits:?}");
    assert!(
        waits.windows(2).skip(1).all(|w| w[1] > w[0]),
        "each wait is longer: {waits:?}"
    );
    let gave_up = status_of(&env, &more[0]).await;
    // The reset link expires before eight tries: it is expired, or failed
    // after its last try; either way it is no longer sent, with a reason.
    assert!(
        matches!(gave_up.status, MailStatus::Failed | MailStatus::Expired),
        "{gave_up:?}"
    );
    assert!(!gave_up.last_error.is_empty());
}

async fn two_senders_never_send_one_message_twice(env: Env) {
    let emails = queue(&env, "Many", 30).await;
    let rec = Arc::new(Recorder::default());
    let (a, b) = (env.app.clone(), env.app.clone());
    let (ra, rb) = (rec.clone(), rec.clone());
    let (da, db) = tokio::join!(
        tokio::spawn(async move {
            let mut sent = 0;
            for _ in 0..5 {
                sent += a.deliver_mail(ra.clone(), "a", 7).await.unwrap().sent;
            }
            sent
        }),
        tokio::spawn(async move {
            let mut sent = 0;
            for _ in 0..5 {
                sent += b.deliver_mail(rb.clone(), "b", 7).await.unwrap().sent;
            }
            sent
        }),
    );
    let (da, db) = (da.unwrap(), db.unwrap());
    let taken = rec.taken.lock().unwrap().clone();
    assert_eq!(da + db, 30, "every message was sent ({da} + {db})");
    assert_eq!(taken.len(), 30);
    assert!(taken.values().all(|n| *n == 1), "{taken:?}");
    for e in &emails {
        assert_eq!(status_of(&env, e).await.status, MailStatus::Sent);
    }

    // A sender that vanished holding messages (its process died mid-send):
    // once its lease ends another sender takes them, exactly once.
    let more = queue(&env, "Held", 2).await;
    let hanging = Arc::new(Hanging(tokio::sync::Notify::new()));
    let app = env.app.clone();
    let h = hanging.clone();
    let gone = tokio::spawn(async move { app.deliver_mail(h, "gone", 64).await });
    hanging.0.notified().await;
    gone.abort();
    let d = env.app.deliver_mail(rec.clone(), "b", 64).await.unwrap();
    assert_eq!(d.sent, 0, "held under a lease: {d:?}");
    env.clock.advance_secs(pools_app::mail::LEASE_MS / 1000 + 1);
    let d = env.app.deliver_mail(rec.clone(), "b", 64).await.unwrap();
    assert_eq!(d.sent, 2, "{d:?}");
    for e in &more {
        let m = status_of(&env, e).await;
        assert_eq!((m.status, m.attempts), (MailStatus::Sent, 2));
    }
}

/// A mail server that never answers: the sender stays inside `send`.
struct Hanging(tokio::sync::Notify);

#[async_trait]
impl Mailer for Hanging {
    async fn send(&self, _: &OutboxMessage) -> Result<(), MailError> {
        self.0.notify_one();
        std::future::pending().await
    }
}

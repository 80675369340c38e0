//! Webhook deliveries on both engines: one per endpoint and journal entry
//! however often the notifier passes, claimed by one sender at a time, and
//! nothing for an endpoint once removed. (The real HTTP round trip, with
//! signatures and retries, is in the web suite.)

use crate::contract;
use crate::decisions::{pool_with, proposal};
use crate::harness::Env;
use pools_app::webhooks::{HookSender, NewWebhook, Posted};
use pools_core::webhook::{HookEvent, HookFormat};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

contract!(each_delivery_is_queued_once_and_sent_by_one_sender);

/// Takes every delivery, counting them, as an endpoint answering 204 would.
struct Counting(AtomicU64);

#[async_trait::async_trait]
impl HookSender for Counting {
    async fn post(&self, _: &str, headers: &[(&'static str, String)], _: &str) -> Posted {
        assert!(
            headers
                .iter()
                .any(|(n, v)| *n == "Pools-Signature" && v.starts_with("t="))
        );
        self.0.fetch_add(1, Ordering::SeqCst);
        tokio::task::yield_now().await;
        Posted::Answered(204)
    }
}

async fn each_delivery_is_queued_once_and_sent_by_one_sender(env: Env) {
    let app = &env.app;
    let (pool, org, members) = pool_with(app, 2, |_| {}).await;
    while app.notify_pass(500).await.unwrap().entries > 0 {}
    let hook = app
        .add_webhook(
            &org,
            &pool.id,
            NewWebhook {
                url: "https://hooks.example/a".into(),
                format: HookFormat::Json,
                events: vec![HookEvent::DecisionOpened, HookEvent::CommentPosted],
            },
        )
        .await
        .unwrap();
    assert!(matches!(
        app.webhooks(&members[0], &pool.id).await,
        Err(pools_app::AppError::Forbidden(_))
    ));
    for i in 0..5 {
        app.open_decision(&members[0], &pool.id, proposal(&format!("Question {i}")))
            .await
            .unwrap();
    }
    while app.notify_pass(2).await.unwrap().more {}
    let v = app.webhooks(&org, &pool.id).await.unwrap();
    assert_eq!(v.deliveries.len(), 5, "one per decision");

    // Two senders at once never send one delivery twice.
    let sender = Arc::new(Counting(AtomicU64::new(0)));
    let (a, b) = tokio::join!(
        app.deliver_webhooks(sender.clone(), "a", 3),
        app.deliver_webhooks(sender.clone(), "b", 3)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    let more = app.deliver_webhooks(sender.clone(), "c", 10).await.unwrap();
    assert_eq!(a.sent + b.sent + more.sent, 5);
    assert_eq!(sender.0.load(Ordering::SeqCst), 5);
    let v = app.webhooks(&org, &pool.id).await.unwrap();
    assert!(
        v.deliveries
            .iter()
            .all(|d| d.status == pools_core::mail::MailStatus::Sent && d.attempts == 1)
    );

    // Removed: what was queued is given up, nothing new is queued.
    app.open_decision(&members[1], &pool.id, proposal("One more"))
        .await
        .unwrap();
    while app.notify_pass(500).await.unwrap().more {}
    app.remove_webhook(&org, &hook.id).await.unwrap();
    app.open_decision(&members[1], &pool.id, proposal("And another"))
        .await
        .unwrap();
    while app.notify_pass(500).await.unwrap().more {}
    assert_eq!(
        app.deliver_webhooks(sender.clone(), "c", 10)
            .await
            .unwrap()
            .sent,
        0
    );
    assert_eq!(sender.0.load(Ordering::SeqCst), 5);
}

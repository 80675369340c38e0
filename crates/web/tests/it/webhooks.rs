//! Webhooks against a real HTTP receiver: it checks every signature, fails
//! the first deliveries and sees the retries; a refused delivery is given
//! up with the reason; Slack's format; the page and the API.

use crate::harness::{Api, Browser, start};
use reqwest::{Method, StatusCode};
use serde_json::json;
use std::sync::{Arc, Mutex};

/// What the receiver saw: (path, delivery id, event, body, signature ok).
type Seen = Arc<Mutex<Vec<(String, String, String, String, bool)>>>;

struct Receiver {
    base: String,
    seen: Seen,
    secret: Arc<Mutex<String>>,
}

/// A receiver on a free port: `/flaky` fails twice with 500 then takes
/// deliveries, `/gone` answers 404, `/ok` takes everything.
async fn receiver(clock: Arc<crate::harness::TestClock>) -> Receiver {
    use axum::extract::State;
    use axum::http::{HeaderMap, Uri};
    let seen: Seen = Arc::default();
    let secret: Arc<Mutex<String>> = Arc::default();
    let state = (seen.clone(), secret.clone(), clock);
    let app = axum::Router::new()
        .fallback(
            |State((seen, secret, clock)): State<(
                Seen,
                Arc<Mutex<String>>,
                Arc<crate::harness::TestClock>,
            )>,
             uri: Uri,
             headers: HeaderMap,
             body: String| async move {
                use pools_app::ports::Clock;
                let h = |n: &str| {
                    headers
                        .get(n)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("")
                        .to_string()
                };
                let ok = pools_core::webhook::verify(
                    &secret.lock().unwrap(),
                    &h("pools-signature"),
                    &body,
                    clock.now().unix_timestamp(),
                )
                .is_ok();
                let path = uri.path().to_string();
                let mut seen = seen.lock().unwrap();
                seen.push((
                    path.clone(),
                    h("pools-delivery"),
                    h("pools-event"),
                    body,
                    ok,
                ));
                let tries = seen.iter().filter(|s| s.0 == path).count();
                match path.as_str() {
                    "/flaky" if tries <= 2 => StatusCode::INTERNAL_SERVER_ERROR,
                    "/gone" => StatusCode::NOT_FOUND,
                    _ => StatusCode::NO_CONTENT,
                }
            },
        )
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Receiver { base, seen, secret }
}

#[tokio::test]
async fn deliveries_are_signed_retried_and_logged() {
    let s = start().await;
    let r = receiver(s.clock.clone()).await;
    let (org, _, pool) = crate::treasury::open_usd_pool(&s.base).await;
    let sender: Arc<dyn pools_app::webhooks::HookSender> =
        Arc::new(pools_hooks::HttpHookSender::new(true).unwrap());
    let hooks = format!("/pools/{pool}/webhooks");

    // Bad input is refused in words.
    let (st, p, _) = org
        .call(
            Method::POST,
            &hooks,
            Some(json!({"url": "ftp://x", "events": ["decision_opened"]})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
    let (st, p, _) = org
        .call(
            Method::POST,
            &hooks,
            Some(json!({"url": format!("{}/x", r.base), "events": ["gossip"]})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.to_string().contains("gossip"), "{p}");

    let (st, flaky, _) = org
        .call(
            Method::POST,
            &hooks,
            Some(json!({"url": format!("{}/flaky", r.base), "events": ["decision_opened", "comment_posted"]})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{flaky}");
    let secret = flaky["secret"].as_str().unwrap().to_string();
    assert!(secret.starts_with("whsec_"));
    *r.secret.lock().unwrap() = secret;
    let (_, gone, _) = org
        .call(
            Method::POST,
            &hooks,
            Some(json!({"url": format!("{}/gone", r.base), "events": ["decision_opened"], "format": "slack"})),
        )
        .await;
    assert_eq!(gone["format"], "slack");

    // A decision opens; the notifier queues one delivery per endpoint.
    let (st, d, _) = org
        .call(
            Method::POST,
            &format!("/pools/{pool}/decisions"),
            Some(json!({"title": "Buy a vise?", "method": {"kind": "proposal"}})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{d}");
    while s.app.notify_pass(500).await.unwrap().more {}
    s.app.notify_pass(500).await.unwrap();

    let pass = s
        .app
        .deliver_webhooks(sender.clone(), "w1", 10)
        .await
        .unwrap();
    assert_eq!(
        (pass.sent, pass.retried, pass.failed),
        (0, 1, 1),
        "500 waits, 404 is final"
    );
    // Not due again before its wait.
    assert_eq!(
        s.app
            .deliver_webhooks(sender.clone(), "w1", 10)
            .await
            .unwrap()
            .retried,
        0
    );
    s.clock.advance_secs(31);
    assert_eq!(
        s.app
            .deliver_webhooks(sender.clone(), "w1", 10)
            .await
            .unwrap()
            .retried,
        1
    );
    s.clock.advance_secs(61);
    assert_eq!(
        s.app
            .deliver_webhooks(sender.clone(), "w1", 10)
            .await
            .unwrap()
            .sent,
        1
    );

    let seen = r.seen.lock().unwrap().clone();
    let flaky_seen: Vec<_> = seen.iter().filter(|x| x.0 == "/flaky").collect();
    assert_eq!(flaky_seen.len(), 3, "two failures, then taken");
    assert!(
        flaky_seen.iter().all(|x| x.4),
        "every try is signed, and the signature checks"
    );
    assert!(
        flaky_seen.iter().all(|x| x.1 == flaky_seen[0].1),
        "one delivery id across retries"
    );
    let body: serde_json::Value = serde_json::from_str(&flaky_seen[0].3).unwrap();
    assert_eq!(
        (body["event"].as_str(), body["pool"]["id"].as_str()),
        (Some("decision_opened"), Some(pool.as_str()))
    );
    assert!(body["text"].as_str().unwrap().contains("Buy a vise?"));
    let slack: serde_json::Value =
        serde_json::from_str(&seen.iter().find(|x| x.0 == "/gone").unwrap().3).unwrap();
    assert!(
        slack["text"].as_str().unwrap().contains("|Open in Pools>"),
        "{slack}"
    );

    // The log says what happened to each.
    let (_, v, _) = org.call(Method::GET, &hooks, None).await;
    let log = v["deliveries"].as_array().unwrap();
    let of = |hook: &serde_json::Value| {
        log.iter()
            .find(|d| d["webhook_id"] == hook["id"])
            .unwrap()
            .clone()
    };
    let f = of(&flaky);
    assert_eq!(
        (
            f["status"].as_str(),
            f["attempts"].as_i64(),
            f["last_status"].as_i64()
        ),
        (Some("sent"), Some(3), Some(204))
    );
    let g = of(&gone);
    assert_eq!(g["status"], "failed");
    assert!(g["last_error"].as_str().unwrap().contains("404"));

    // A test delivery; a removed endpoint gets nothing more.
    let (st, _, _) = org
        .call(
            Method::POST,
            &format!("/webhooks/{}/pings", flaky["id"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::ACCEPTED);
    let (st, _, _) = org
        .call(
            Method::DELETE,
            &format!("/webhooks/{}", gone["id"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::NO_CONTENT);
    assert_eq!(
        s.app
            .deliver_webhooks(sender.clone(), "w1", 10)
            .await
            .unwrap()
            .sent,
        1
    );
    assert_eq!(r.seen.lock().unwrap().last().unwrap().2, "ping");
    let (_, v, _) = org.call(Method::GET, &hooks, None).await;
    assert_eq!(v["webhooks"].as_array().unwrap().len(), 1);

    // Only organizers.
    let mut other = Api::new(&s.base);
    other.sign_up("Other", "other@example.org").await;
    let (st, _, _) = other.call(Method::GET, &hooks, None).await;
    assert_eq!(st, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_webhooks_page_adds_tests_and_removes_an_endpoint() {
    let s = start().await;
    let mut b = Browser::new(&s.base);
    b.sign_up("Org", "org@example.org").await;
    let org = pools_app::Actor::Person(
        s.app
            .sign_in(
                "org@example.org",
                "a long enough password",
                "test",
                pools_app::ports::SessionKind::ApiToken,
            )
            .await
            .unwrap()
            .person,
    );
    s.app
        .create_group(&org, "Till", Some("till"), "")
        .await
        .unwrap();
    let pool = s
        .app
        .create_pool(&org, "till", None, "USD", true)
        .await
        .unwrap();
    s.app.open_pool(&org, &pool.id).await.unwrap();
    let path = format!("/p/{}/webhooks", pool.id);
    assert!(b.get(&format!("/p/{}", pool.id)).await.body.contains(&path));
    let page = b.get(&path).await;
    assert!(page.body.contains("No webhooks yet."), "{}", page.body);
    let bad = b
        .post(
            &path,
            &[("url", "https://hooks.example/x"), ("format", "json")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("choose at least one thing"));
    assert!(
        bad.body.contains("https://hooks.example/x"),
        "what was typed is kept"
    );
    let added = b
        .post(
            &path,
            &[
                ("url", "https://hooks.example/x"),
                ("format", "discord"),
                ("events", "decision_closed"),
                ("events", "payout_paid"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let page = b.get(&path).await;
    assert!(page.body.contains("https://hooks.example/x") && page.body.contains("Discord webhook"));
    assert!(page.body.contains("whsec_"));
    let hook = s.app.webhooks(&org, &pool.id).await.unwrap().hooks[0]
        .id
        .clone();
    let pinged = b.post(&format!("{path}/{hook}/ping"), &[]).await;
    assert_eq!(pinged.status, StatusCode::SEE_OTHER);
    assert!(b.get(&path).await.body.contains("A test delivery"));
    // In French: the labels, the log and its times, the zone named.
    b.cookies.insert("pools_lang".into(), "fr".into());
    let fr = b.get(&path).await.body;
    assert!(
        fr.contains("Webhook Discord") && fr.contains("Un envoi de test"),
        "{fr}"
    );
    assert!(
        fr.contains(
            "Est averti de : Une décision se clôt, avec son résultat; Un paiement est effectué"
        ),
        "{fr}"
    );
    assert!(fr.contains("(UTC)</td>"), "{fr}");
    b.cookies.insert("pools_lang".into(), "en".into());
    assert_eq!(
        b.post_raw(&format!("{path}/{hook}/remove"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    b.post(&format!("{path}/{hook}/remove"), &[]).await;
    assert!(
        s.app
            .webhooks(&org, &pool.id)
            .await
            .unwrap()
            .hooks
            .is_empty()
    );
}

//! Notification choices on the pool's page, and the one-click unsubscribe
//! page that every notification links to, over real HTTP.

use crate::harness::{Browser, start};
use pools_app::Actor;
use pools_app::ports::SessionKind;
use pools_core::notify::{Delivery, NotificationKind};
use reqwest::StatusCode;

#[tokio::test]
async fn members_choose_how_they_hear_and_one_click_stops_a_kind() {
    let s = start().await;
    let mut b = Browser::new(&s.base);
    b.sign_up("Org", "org@example.org").await;
    let org = Actor::Person(
        s.app
            .sign_in(
                "org@example.org",
                "a long enough password",
                "test",
                SessionKind::ApiToken,
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
    let pool = s.app.open_pool(&org, &pool.id).await.unwrap();

    let page = b.get(&format!("/p/{}", pool.id)).await;
    assert!(page.body.contains(&format!("/p/{}/notifications", pool.id)));
    let form = b.get(&format!("/p/{}/notifications", pool.id)).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body
            .contains("A decision closes in 24 hours and you have not voted")
    );
    assert!(
        form.body
            .contains(r#"name="decision_opened" value="immediately" checked"#),
        "{}",
        form.body
    );

    let saved = b
        .post(
            &format!("/p/{}/notifications", pool.id),
            &[("decision_opened", "digest"), ("decision_result", "off")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let again = b.get(&format!("/p/{}/notifications", pool.id)).await;
    assert!(
        again
            .body
            .contains(r#"name="decision_opened" value="digest" checked"#)
    );
    assert!(
        again
            .body
            .contains(r#"name="decision_result" value="off" checked"#)
    );
    let bad = b
        .post(
            &format!("/p/{}/notifications", pool.id),
            &[("decision_opened", "hourly")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("choose immediately, digest or off"),
        "{}",
        bad.body
    );
    let no_csrf = b
        .post_raw(
            &format!("/p/{}/notifications", pool.id),
            &[("decision_opened", "off")],
        )
        .await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
    let kept = s.app.notification_settings(&org, &pool.id).await.unwrap();
    assert!(
        kept.choices
            .contains(&(NotificationKind::DecisionOpened, Delivery::Digest))
    );

    // A mail program's one-click POST, with no cookies at all.
    let link = s.app.unsubscribe_link(
        org.person_id().unwrap(),
        &pool.id,
        NotificationKind::RoundOpened,
    );
    let path = link.trim_start_matches(&s.base).to_string();
    let mut stranger = Browser::new(&s.base);
    let shown = stranger.get(&path).await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    assert!(shown.body.contains("Stop these messages"));
    let done = stranger
        .post_raw(&path, &[("List-Unsubscribe", "One-Click")])
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("Messages stopped"));
    let now = s.app.notification_settings(&org, &pool.id).await.unwrap();
    assert!(
        now.choices
            .contains(&(NotificationKind::RoundOpened, Delivery::Off))
    );
    let forged = stranger.post_raw(&format!("{path}x"), &[]).await;
    assert_eq!(forged.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn choices_over_the_api() {
    use reqwest::Method;
    use serde_json::json;
    let s = start().await;
    let (org, _, id) = crate::treasury::open_usd_pool(&s.base).await;
    let path = format!("/pools/{id}/notifications");
    let (st, all, _) = org.call(Method::GET, &path, None).await;
    assert_eq!(st, 200, "{all}");
    assert_eq!(all.as_array().unwrap().len(), NotificationKind::ALL.len());
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .all(|c| c["delivery"] == "immediately")
    );
    let (st, after, _) = org
        .call(
            Method::PUT,
            &path,
            Some(json!([{"kind": "closing_soon", "delivery": "digest"}])),
        )
        .await;
    assert_eq!(st, 200, "{after}");
    assert!(
        after
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "closing_soon" && c["delivery"] == "digest")
    );
    let (st, p, ct) = org
        .call(
            Method::PUT,
            &path,
            Some(json!([{"kind": "gossip", "delivery": "off"}])),
        )
        .await;
    assert_eq!(
        (st.as_u16(), ct.as_str()),
        (422, "application/problem+json"),
        "{p}"
    );
    assert!(p.to_string().contains("not \\\"gossip\\\""), "{p}");
    let stranger = crate::harness::Api::new(&s.base);
    let (st, _, _) = stranger.call(Method::GET, &path, None).await;
    assert_eq!(st, 401);
}

//! Discussion over real HTTP: the thread under a decision, replies, edits
//! and hiding on the pages without JavaScript, discussions without a vote,
//! and the same over the API.

use crate::harness::{Browser, Server, start};
use pools_app::Actor;
use pools_app::ports::SessionKind;
use reqwest::StatusCode;

async fn actor(s: &Server, email: &str) -> Actor {
    Actor::Person(
        s.app
            .sign_in(
                email,
                "a long enough password",
                "test",
                SessionKind::ApiToken,
            )
            .await
            .unwrap()
            .person,
    )
}

fn location(got: &crate::harness::Got) -> String {
    got.location.clone().unwrap_or_default()
}

#[tokio::test]
async fn members_discuss_a_decision_on_its_page() {
    let s = start().await;
    let mut org_b = Browser::new(&s.base);
    org_b.sign_up("Org", "org@example.org").await;
    let mut ben_b = Browser::new(&s.base);
    ben_b.sign_up("Ben Ode", "ben@example.org").await;
    let org = actor(&s, "org@example.org").await;
    let ben = actor(&s, "ben@example.org").await;
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
    s.app.join_group(&ben, "till").await.unwrap();
    s.app
        .join_pool(
            &ben,
            &pool.id,
            &pools_core::membership::commitment_hash(&pool.commitment),
            true,
        )
        .await
        .unwrap();
    let d = s
        .app
        .open_decision(
            &org,
            &pool.id,
            pools_app::decisions::NewDecision {
                title: "Buy a kiln?".into(),
                body: String::new(),
                method: pools_core::decision::Method::Proposal,
                voting_days: None,
                rule_change: None,
                spend: None,
                round: None,
                flood: None,
                secret: None,
            },
        )
        .await
        .unwrap();
    let page = format!("/d/{}", d.id);
    let post = format!("/threads/{}/comments", d.id);

    let empty = ben_b.get(&page).await;
    assert!(
        empty.body.contains("Discussion (0 comments)"),
        "{}",
        empty.body
    );
    assert!(
        empty.body.contains("@org (Org)"),
        "the handles to mention are listed"
    );

    let posted = ben_b
        .post(&post, &[("body", "Is it **safe** indoors, @org?")])
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    assert!(location(&posted).starts_with(&format!("{page}#c-")));
    let id = location(&posted).split("#c-").nth(1).unwrap().to_string();
    let shown = org_b.get(&page).await;
    assert!(shown.body.contains("Discussion (1 comment)"));
    assert!(
        shown.body.contains("<strong>safe</strong>"),
        "Markdown is drawn"
    );
    assert!(
        shown
            .body
            .contains(&format!(r#"name="parent_id" value="{id}""#))
    );

    let replied = org_b
        .post(&post, &[("body", "With a vent, yes."), ("parent_id", &id)])
        .await;
    assert_eq!(replied.status, StatusCode::SEE_OTHER, "{}", replied.body);
    let reply_id = location(&replied).split("#c-").nth(1).unwrap().to_string();

    // A refused comment keeps its words and says what is wrong.
    let blank = ben_b.post(&post, &[("body", "   ")]).await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(blank.body.contains("write something before posting"));
    let deeper = ben_b
        .post(&post, &[("body", "Which vent?"), ("parent_id", &reply_id)])
        .await;
    assert_eq!(deeper.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(deeper.body.contains("one level deep"), "{}", deeper.body);
    assert!(deeper.body.contains("Which vent?"), "the reply is kept");
    let forged = ben_b.post_raw(&post, &[("body", "no token")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    // The author edits; it shows as edited.
    let own = ben_b.get(&format!("/c/{id}")).await;
    assert!(own.body.contains("Edit your comment") && own.body.contains("Hide this comment"));
    let edited = ben_b
        .post(
            &format!("/c/{id}/edit"),
            &[("body", "Is it safe indoors, @org? And the cost?")],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    assert!(org_b.get(&page).await.body.contains("edited "));
    // Someone else cannot edit it; an organizer can hide it, with a reason.
    let theirs = org_b.get(&format!("/c/{id}")).await;
    assert!(
        !theirs.body.contains("Edit your comment") && theirs.body.contains("Hide this comment")
    );
    let not_yours = org_b
        .post(&format!("/c/{id}/edit"), &[("body", "Mine")])
        .await;
    assert_eq!(not_yours.status, StatusCode::FORBIDDEN);
    let no_reason = org_b
        .post(&format!("/c/{id}/hide"), &[("reason", "")])
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let hidden = org_b
        .post(&format!("/c/{id}/hide"), &[("reason", "Asked twice")])
        .await;
    assert_eq!(hidden.status, StatusCode::SEE_OTHER, "{}", hidden.body);
    let after = ben_b.get(&page).await;
    assert!(after.body.contains("hidden by Org"), "{}", after.body);
    assert!(after.body.contains("Asked twice"));
    assert!(
        !after.body.contains("And the cost?"),
        "hidden words are not shown"
    );

    // A discussion without a vote.
    let list = ben_b.get(&format!("/p/{}/discussions", pool.id)).await;
    assert!(list.body.contains("No discussions yet."));
    let bad = ben_b
        .post(&format!("/p/{}/discussions", pool.id), &[("title", "")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let started = ben_b
        .post(
            &format!("/p/{}/discussions", pool.id),
            &[("title", "Open studio day"), ("body", "Saturdays?")],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let t = location(&started);
    assert!(t.starts_with("/t/"));
    let tid = t.trim_start_matches("/t/").to_string();
    let c = org_b
        .post(
            &format!("/threads/{tid}/comments"),
            &[("body", "Yes, @ben-ode.")],
        )
        .await;
    assert!(location(&c).starts_with(&format!("/t/{tid}#c-")));
    let tp = ben_b.get(&t).await;
    assert!(tp.body.contains("Open studio day") && tp.body.contains("Yes, @ben-ode."));
    let list = ben_b.get(&format!("/p/{}/discussions", pool.id)).await;
    assert!(list.body.contains(&format!(r#"href="/t/{tid}""#)));
    // In French and in his own zone, with the zone named.
    let r = ben_b
        .post(
            "/settings",
            &[("language", "fr"), ("time_zone", "Europe/Paris")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let tp = ben_b.get(&t).await.body;
    assert!(tp.contains("Discussion (1 commentaire)"), "{tp}");
    assert!(
        tp.contains("Une discussion sans vote · lancée par Ben Ode · "),
        "{tp}"
    );
    assert!(tp.contains("(Europe/Paris)"), "{tp}");
    assert!(tp.contains("Publier le commentaire"), "{tp}");
    let list = ben_b.get(&format!("/p/{}/discussions", pool.id)).await.body;
    assert!(list.contains("Lancer une discussion"), "{list}");
    // Outside the group, nothing can be read.
    let mut stranger = Browser::new(&s.base);
    stranger.sign_up("Stranger", "stranger@example.org").await;
    assert_eq!(stranger.get(&t).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn discussion_over_the_api() {
    use reqwest::Method;
    use serde_json::json;
    let s = start().await;
    let (org, _, id) = crate::treasury::open_usd_pool(&s.base).await;
    let (st, d, _) = org
        .call(
            Method::POST,
            &format!("/pools/{id}/discussions"),
            Some(json!({"title": "Rent", "body": "Who pays?"})),
        )
        .await;
    assert_eq!(st, 201, "{d}");
    let tid = d["id"].as_str().unwrap();
    let (st, c, _) = org
        .call(
            Method::POST,
            &format!("/threads/{tid}/comments"),
            Some(json!({"body": "The pool does."})),
        )
        .await;
    assert_eq!(st, 201, "{c}");
    let cid = c["id"].as_str().unwrap();
    let (st, r, _) = org
        .call(
            Method::POST,
            &format!("/threads/{tid}/comments"),
            Some(json!({"body": "From the treasury.", "parent_id": cid})),
        )
        .await;
    assert_eq!(st, 201, "{r}");
    let (st, e, _) = org
        .call(
            Method::PUT,
            &format!("/comments/{cid}"),
            Some(json!({"body": "The pool does, monthly."})),
        )
        .await;
    assert_eq!((st.as_u16(), e["edits"].as_i64()), (200, Some(1)), "{e}");
    let (st, p, ct) = org
        .call(
            Method::POST,
            &format!("/comments/{cid}/hiding"),
            Some(json!({"reason": ""})),
        )
        .await;
    assert_eq!(
        (st.as_u16(), ct.as_str()),
        (422, "application/problem+json"),
        "{p}"
    );
    let (st, _, _) = org
        .call(
            Method::POST,
            &format!("/comments/{cid}/hiding"),
            Some(json!({"reason": "Wrong figure", "weight": 2})),
        )
        .await;
    assert_eq!(st, 422, "unknown fields are refused");
    let (st, h, _) = org
        .call(
            Method::POST,
            &format!("/comments/{cid}/hiding"),
            Some(json!({"reason": "Wrong figure"})),
        )
        .await;
    assert_eq!(st, 200, "{h}");
    assert_eq!(
        (h["body"].as_str(), h["hidden"]["reason"].as_str()),
        (Some(""), Some("Wrong figure"))
    );
    let (st, t, _) = org
        .call(Method::GET, &format!("/threads/{tid}"), None)
        .await;
    assert_eq!(st, 200, "{t}");
    assert_eq!(
        (t["of"].as_str(), t["total"].as_u64()),
        (Some("discussion"), Some(2))
    );
    assert_eq!(t["comments"][0]["replies"][0]["body"], "From the treasury.");
    let (st, list, _) = org
        .call(Method::GET, &format!("/pools/{id}/discussions"), None)
        .await;
    assert_eq!(
        (st.as_u16(), list[0]["comments"].as_i64()),
        (200, Some(2)),
        "{list}"
    );
    let stranger = crate::harness::Api::new(&s.base);
    let (st, _, _) = stranger
        .call(Method::GET, &format!("/threads/{tid}"), None)
        .await;
    assert_eq!(st, 401);
}

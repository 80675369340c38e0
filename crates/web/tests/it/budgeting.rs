use crate::harness::{Api, Browser, hidden, start};
use reqwest::{Method, StatusCode};
use serde_json::json;

const DAY: i64 = 24 * 3600;

/// A pool of two with 100.00 USD, and a passed round decision of 60.00.
pub(crate) async fn round_over_the_api(s: &crate::harness::Server) -> (Api, Api, String, String) {
    let mut org = Api::new(&s.base);
    let me = org.sign_up("Org", "org@example.org").await;
    org.call(
        Method::POST,
        "/groups",
        Some(json!({"name": "Garden", "slug": "garden"})),
    )
    .await;
    let (_, pool, _) = org
        .call(
            Method::POST,
            "/groups/garden/pool",
            Some(json!({"accept_commitment": true, "currency": "USD"})),
        )
        .await;
    let id = pool["id"].as_str().unwrap().to_string();
    org.call(Method::POST, &format!("/pools/{id}/open"), None)
        .await;
    let mut mo = Api::new(&s.base);
    mo.sign_up("Mo", "mo@example.org").await;
    mo.call(Method::POST, "/groups/garden/join", None).await;
    let (st, v, _) = mo
        .call(
            Method::POST,
            &format!("/pools/{id}/join"),
            Some(json!({"commitment_hash": pools_core::membership::commitment_hash(pool["commitment"].as_str().unwrap()), "accept_commitment": true})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/pools/{id}/money", s.base))
        .bearer_auth(org.token.clone().unwrap())
        .header("Idempotency-Key", "seed")
        .json(&json!({
            "person_id": me["person"]["id"], "kind": "gift", "amount": 10_000,
            "received_on": "2020-01-02", "method": "cash"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let (st, d, _) = org
        .call(
            Method::POST,
            &format!("/pools/{id}/decisions"),
            Some(json!({
                "title": "Spring round", "method": {"kind": "proposal"}, "voting_days": 2,
                "round": {"amount": 6_000, "bucket_days": 2, "funding_days": 2, "cap": 2_500,
                          "guidelines": "Things that grow."}
            })),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{d}");
    let did = d["id"].as_str().unwrap().to_string();
    assert_eq!(d["round"]["amount"], 6_000);
    agree_and_close(s, &[&org, &mo], &did).await;
    let (_, v, _) = org
        .call(Method::GET, &format!("/decisions/{did}"), None)
        .await;
    let rid = v["round_id"]
        .as_str()
        .expect("the round opened")
        .to_string();
    (org, mo, id, rid)
}

/// Each voter agrees to the decision, and its voting period ends.
async fn agree_and_close(s: &crate::harness::Server, voters: &[&Api], did: &str) {
    for a in voters {
        let (st, v, _) = a
            .call(
                Method::PUT,
                &format!("/decisions/{did}/ballot"),
                Some(json!({"choice": {"kind": "proposal", "value": "agree"}})),
            )
            .await;
        assert_eq!(st, StatusCode::OK, "{v}");
    }
    s.clock.advance_secs(2 * DAY);
    s.app.close_due_decisions().await.unwrap();
}

#[tokio::test]
async fn a_budgeting_round_over_the_api() {
    let s = start().await;
    let (org, mo, pool, rid) = round_over_the_api(&s).await;
    let (_, r, _) = org.call(Method::GET, &format!("/rounds/{rid}"), None).await;
    assert_eq!(r["round"]["per_member"], 3_000);
    assert_eq!(r["round"]["phase"], "buckets");
    assert_eq!(r["my_left"], 3_000);
    let (_, t, _) = org
        .call(Method::GET, &format!("/pools/{pool}/treasury"), None)
        .await;
    assert_eq!(
        (t["budgeted"].as_i64(), t["available"].as_i64()),
        (Some(6_000), Some(4_000))
    );
    let (_, rounds, _) = mo
        .call(Method::GET, &format!("/pools/{pool}/rounds"), None)
        .await;
    assert_eq!(rounds.as_array().unwrap().len(), 1);
    // An unknown field is refused: nothing can weight an allocation.
    let (st, _, _) = mo
        .call(
            Method::POST,
            &format!("/rounds/{rid}/buckets"),
            Some(json!({"title": "Beds", "lines": [{"label": "Wood", "min": 1000}], "weight": 2})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    let (st, b, _) = mo
        .call(
            Method::POST,
            &format!("/rounds/{rid}/buckets"),
            Some(json!({"title": "Raised beds", "description": "Four of them.",
                        "lines": [{"label": "Wood", "min": 3000, "max": 4000}, {"label": "Soil", "min": 1000}]})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{b}");
    assert_eq!(
        (b["min_goal"].as_i64(), b["max_goal"].as_i64()),
        (Some(4_000), Some(5_000))
    );
    let bid = b["id"].as_str().unwrap().to_string();
    let (st, _, _) = org
        .call(
            Method::POST,
            &format!("/buckets/{bid}/flags"),
            Some(json!({"reason": "Too big"})),
        )
        .await;
    assert_eq!(st, StatusCode::NO_CONTENT);
    let client = reqwest::Client::new();
    let fund = |who: &Api, key: &str, amount: i64| {
        let mut r = client
            .post(format!("{}/api/v1/buckets/{bid}/funding", s.base))
            .bearer_auth(who.token.clone().unwrap())
            .json(&json!({"amount": amount}));
        if !key.is_empty() {
            r = r.header("Idempotency-Key", key);
        }
        r.send()
    };
    assert_eq!(
        fund(&org, "early", 100).await.unwrap().status(),
        StatusCode::CONFLICT
    );
    s.clock.advance_secs(2 * DAY);
    assert_eq!(
        fund(&org, "", 100).await.unwrap().status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let over_cap = fund(&org, "cap", 2_600).await.unwrap();
    assert_eq!(over_cap.status(), StatusCode::CONFLICT);
    let problem: serde_json::Value = over_cap.json().await.unwrap();
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("at most 25.00 USD"),
        "{problem}"
    );
    for _ in 0..2 {
        let r = fund(&org, "k1", 2_500).await.unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let b: serde_json::Value = r.json().await.unwrap();
        assert_eq!(b["total"], 2_500, "the same key counts once");
    }
    assert_eq!(
        fund(&mo, "k2", 2_000).await.unwrap().status(),
        StatusCode::OK
    );
    let (_, v, _) = mo.call(Method::GET, &format!("/buckets/{bid}"), None).await;
    assert_eq!(v["bucket"]["total"], 4_500);
    assert_eq!(v["my_gift"], 2_000);
    assert_eq!(v["funders"].as_array().unwrap().len(), 2);
    assert_eq!(v["flags"][0]["reason"], "Too big");
    s.clock.advance_secs(2 * DAY);
    s.app.close_due_rounds().await.unwrap();
    let (_, rep, _) = org
        .call(Method::GET, &format!("/rounds/{rid}/report"), None)
        .await;
    assert_eq!(rep["round"]["phase"], "closed");
    assert_eq!(
        (rep["funded"].as_i64(), rep["returned"].as_i64()),
        (Some(4_500), Some(1_500))
    );
    assert_eq!(rep["payouts"][0]["amount"], 4_500);
    assert_eq!(rep["payouts"][0]["bucket_id"], bid.as_str());
    assert_eq!(rep["payouts"][0]["status"], "authorized");
    let (_, t, _) = org
        .call(Method::GET, &format!("/pools/{pool}/treasury"), None)
        .await;
    assert_eq!(
        (
            t["budgeted"].as_i64(),
            t["authorized"].as_i64(),
            t["available"].as_i64()
        ),
        (Some(0), Some(4_500), Some(5_500))
    );
}

#[tokio::test]
async fn round_pages_work_without_javascript() {
    let s = start().await;
    let (_org, _mo, pool, rid) = round_over_the_api(&s).await;
    let mut b = Browser::new(&s.base);
    b.get("/signin").await;
    b.post(
        "/signin",
        &[
            ("email", "mo@example.org"),
            ("password", "a long enough password"),
        ],
    )
    .await;
    let p = b.get(&format!("/p/{pool}")).await;
    assert!(
        p.body.contains("Budgeting rounds"),
        "the pool page lists rounds"
    );
    let r = b.get(&format!("/r/{rid}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("30.00 USD"), "each member's share");
    assert!(r.body.contains("Things that grow."));
    let form = b.get(&format!("/r/{rid}/buckets/new")).await;
    assert_eq!(form.status, StatusCode::OK);
    // A line without a minimum is refused, naming the line; nothing is written.
    let bad = b
        .post(
            &format!("/r/{rid}/buckets"),
            &[
                ("title", "Compost"),
                ("description", ""),
                ("label", "Bins"),
                ("min", "lots"),
                ("max", ""),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("line 1, minimum"), "{}", bad.body);
    let made = b
        .post(
            &format!("/r/{rid}/buckets"),
            &[
                ("title", "Compost bins"),
                ("description", "Three *bays*."),
                ("label", "Bins"),
                ("min", "20"),
                ("max", "25"),
                ("label", "Tools"),
                ("min", "5"),
                ("max", ""),
                ("label", ""),
                ("min", ""),
                ("max", ""),
            ],
        )
        .await;
    let bucket = made.location.expect("redirects to the bucket");
    let page = b.get(&bucket).await;
    assert!(page.body.contains("<em>bays</em>"), "Markdown is rendered");
    assert!(
        page.body.contains("25.00 USD") && page.body.contains("30.00 USD"),
        "the goals"
    );
    assert!(page.body.contains("class=\"progress\""), "the progress bar");
    s.clock.advance_secs(2 * DAY);
    let r = b.get(&format!("/r/{rid}")).await;
    let key = hidden(&r.body, "idempotency_key").unwrap();
    let too_much = b
        .post(
            &format!("{bucket}/fund"),
            &[
                ("idempotency_key", &key),
                ("amount", "31"),
                ("back", "round"),
            ],
        )
        .await;
    assert_eq!(too_much.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_much.body.contains("of your allocation left"),
        "{}",
        too_much.body
    );
    let ok = b
        .post(
            &format!("{bucket}/fund"),
            &[
                ("idempotency_key", &key),
                ("amount", "12.50"),
                ("back", "round"),
            ],
        )
        .await;
    assert!(ok.location.unwrap().starts_with(&format!("/r/{rid}")));
    let r = b.get(&format!("/r/{rid}")).await;
    assert!(r.body.contains("you gave 12.50 USD"), "{}", r.body);
    assert!(r.body.contains("17.50 USD"), "the share left");
    let report = b.get(&format!("/r/{rid}/report")).await;
    assert_eq!(report.status, StatusCode::OK);
    assert!(report.body.contains("Compost bins"));
    // In French, the words, the amounts and the times are the reader's.
    b.cookies.insert("pools_lang".into(), "fr".into());
    let r = b.get(&format!("/r/{rid}")).await;
    assert!(r.body.contains("<html lang=\"fr\">"));
    assert!(r.body.contains("La part de chaque membre"), "{}", r.body);
    assert!(r.body.contains("vous avez donné 12,50 USD"), "{}", r.body);
    assert!(r.body.contains("(UTC)"), "deadlines name their zone");
    let page = b.get(&bucket).await;
    assert!(page.body.contains("Financer ce projet"), "{}", page.body);
    let report = b.get(&format!("/r/{rid}/report")).await;
    assert!(
        report.body.contains("Les parts des membres"),
        "{}",
        report.body
    );
}

/// A passed round that could not open says why in each reader's language:
/// the journal keeps the reason as a message, not as English words.
#[tokio::test]
async fn a_round_that_could_not_open_says_why_in_the_readers_language() {
    let s = start().await;
    let (org, mo, pool, _) = round_over_the_api(&s).await;
    // One cent shared between the two members is less than a cent each.
    let (st, d, _) = org
        .call(
            Method::POST,
            &format!("/pools/{pool}/decisions"),
            Some(json!({
                "title": "Tiny round", "method": {"kind": "proposal"}, "voting_days": 2,
                "round": {"amount": 1, "bucket_days": 2, "funding_days": 2,
                          "guidelines": "Anything."}
            })),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{d}");
    let did = d["id"].as_str().unwrap().to_string();
    agree_and_close(&s, &[&org, &mo], &did).await;
    let (_, v, _) = org
        .call(Method::GET, &format!("/decisions/{did}"), None)
        .await;
    assert_eq!(
        v["decision"]["effect_note"],
        "0.01 USD shared among 2 members is less than the smallest unit each",
        "{v}"
    );
    let mut b = Browser::new(&s.base);
    b.sign_in("org@example.org").await;
    let page = b.get(&format!("/d/{did}")).await.body;
    assert!(
        page.contains("the round could not open: 0.01 USD shared among 2 members is less than the smallest unit each."),
        "{page}"
    );
    b.cookies.insert("pools_lang".into(), "fr".into());
    let page = b.get(&format!("/d/{did}")).await.body;
    assert!(
        page.contains(
            "0,01 USD partagés entre 2 membres font moins que la plus petite unité chacun."
        ),
        "{page}"
    );
    assert!(!page.contains("smallest unit"), "{page}");
}

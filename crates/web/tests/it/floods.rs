use crate::harness::{Api, Browser, start};
use reqwest::{Method, StatusCode};
use serde_json::json;

/// A pool with 100.00 EUR, run by one organizer over the API.
async fn pool(s: &crate::harness::Server, name: &str, email: &str) -> (Api, String) {
    let mut org = Api::new(&s.base);
    let me = org.sign_up(name, email).await;
    let slug = name.to_lowercase();
    org.call(
        Method::POST,
        "/groups",
        Some(json!({"name": name, "slug": slug})),
    )
    .await;
    let (_, p, _) = org
        .call(
            Method::POST,
            &format!("/groups/{slug}/pool"),
            Some(json!({"accept_commitment": true, "currency": "EUR"})),
        )
        .await;
    let id = p["id"].as_str().unwrap().to_string();
    org.call(Method::POST, &format!("/pools/{id}/open"), None)
        .await;
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/pools/{id}/money", s.base))
        .bearer_auth(org.token.clone().unwrap())
        .header("Idempotency-Key", format!("seed-{slug}"))
        .json(
            &json!({"person_id": me["person"]["id"], "kind": "gift", "amount": 10_000,
                      "received_on": "2020-01-02", "method": "cash"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    (org, id)
}

async fn decide(s: &crate::harness::Server, org: &Api, pool: &str, flood: serde_json::Value) {
    let (st, d, _) = org
        .call(
            Method::POST,
            &format!("/pools/{pool}/decisions"),
            Some(json!({"title": "About the Flood", "method": {"kind": "proposal"}, "voting_days": 2, "flood": flood})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{d}");
    let id = d["id"].as_str().unwrap();
    org.call(
        Method::PUT,
        &format!("/decisions/{id}/ballot"),
        Some(json!({"choice": {"kind": "proposal", "value": "agree"}})),
    )
    .await;
    s.clock.advance_secs(2 * 24 * 3600);
    s.app.close_due_decisions().await.unwrap();
}

#[tokio::test]
async fn floods_over_the_api_and_on_the_pages() {
    let s = start().await;
    let (a, pa) = pool(&s, "Alpha", "alpha@example.org").await;
    let (b, pb) = pool(&s, "Beta", "beta@example.org").await;
    decide(&s, &a, &pa, json!({"action": "start", "name": "Repair Network", "purpose": "A shared repair space.", "amount": 6_000})).await;
    let (_, floods, _) = a
        .call(Method::GET, &format!("/pools/{pa}/floods"), None)
        .await;
    let fid = floods[0]["flood_id"].as_str().unwrap().to_string();
    decide(
        &s,
        &b,
        &pb,
        json!({"action": "join", "flood_id": fid, "amount": 2_500}),
    )
    .await;
    let (st, f, _) = b.call(Method::GET, &format!("/floods/{fid}"), None).await;
    assert_eq!(st, StatusCode::OK, "{f}");
    assert_eq!(
        (f["treasury"].as_i64(), f["pools"].as_array().unwrap().len()),
        (Some(8_500), 2)
    );
    // An unknown field in the action is refused.
    let (st, _, _) = a
        .call(
            Method::POST,
            &format!("/pools/{pa}/decisions"),
            Some(json!({"title": "x", "method": {"kind": "proposal"}, "flood": {"action": "leave", "flood_id": fid, "weight": 2}})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    // The pages, without JavaScript.
    let mut br = Browser::new(&s.base);
    br.get("/signin").await;
    br.post(
        "/signin",
        &[
            ("email", "beta@example.org"),
            ("password", "a long enough password"),
        ],
    )
    .await;
    let page = br.get(&format!("/f/{fid}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Repair Network")
            && page.body.contains("Alpha Pool")
            && page.body.contains("Beta Pool")
    );
    assert!(
        page.body.contains("<svg class=\"chart\""),
        "a chart of commitments"
    );
    assert!(page.body.contains("85.00 EUR"), "the fund");
    // The joint project agreement, signed against its hash.
    let ag = br.get(&format!("/f/{fid}/agreement")).await;
    assert!(
        ag.body.contains("Alpha Pool: 60.00 EUR committed")
            && ag.body.contains("Beta Pool: 25.00 EUR committed")
    );
    let sha = crate::harness::hidden(&ag.body, "sha256").unwrap();
    let signed = br
        .post(
            &format!("/f/{fid}/agreement/signatures"),
            &[("typed_name", "Beta"), ("confirm", "yes"), ("sha256", &sha)],
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    assert!(
        br.get(&format!("/f/{fid}/agreement"))
            .await
            .body
            .contains("You signed this version.")
    );
    let pdf = br.get(&format!("/f/{fid}/agreement/pdf")).await;
    assert_eq!(pdf.status, StatusCode::OK);
    let p = br.get(&format!("/p/{pb}")).await;
    assert!(
        p.body.contains(&format!("/f/{fid}")),
        "the pool page links its Flood"
    );
    let redirect = br.get(&format!("/p/{fid}")).await;
    assert_eq!(
        redirect.location.as_deref(),
        Some(format!("/f/{fid}").as_str())
    );
    // Leaving through the decision form.
    let form = br.get(&format!("/p/{pb}/decisions/new")).await;
    assert!(form.body.contains("Leave a Flood"));
    let r = br
        .post(
            &format!("/p/{pb}/decisions"),
            &[
                ("title", "Leave the network"),
                ("body", ""),
                ("method", "proposal"),
                ("voting_days", "2"),
                ("flood_action", "leave"),
                ("flood_id", &fid),
            ],
        )
        .await;
    let d = r.location.expect("the decision opened");
    let page = br.get(&d).await.body;
    assert!(
        page.contains("The pool leaves the Flood <strong>Repair Network</strong> and takes back its unspent share.")
            && page.contains(&format!("<a href=\"/f/{fid}\">Open the Flood</a>")),
        "the decision says what it does: {page}"
    );
    br.post(&format!("{d}/ballot"), &[("stance", "agree")])
        .await;
    s.clock.advance_secs(2 * 24 * 3600);
    s.app.close_due_decisions().await.unwrap();
    let (_, f, _) = b.call(Method::GET, &format!("/floods/{fid}"), None).await;
    assert_eq!(f["treasury"], 6_000, "Beta took back its 2,500");

    // Two additions that each fit when proposed cannot both be carried
    // out: Alpha has 40.00 left. The one refused says why, in French to a
    // French reader.
    let mut ids = Vec::new();
    for title in ["More for repairs", "Even more for repairs"] {
        let (st, d, _) = a
            .call(
                Method::POST,
                &format!("/pools/{pa}/decisions"),
                Some(
                    json!({"title": title, "method": {"kind": "proposal"}, "voting_days": 2,
                            "flood": {"action": "add_funds", "flood_id": fid, "amount": 3_000}}),
                ),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED, "{d}");
        let id = d["id"].as_str().unwrap().to_string();
        a.call(
            Method::PUT,
            &format!("/decisions/{id}/ballot"),
            Some(json!({"choice": {"kind": "proposal", "value": "agree"}})),
        )
        .await;
        ids.push(id);
    }
    s.clock.advance_secs(2 * 24 * 3600);
    s.app.close_due_decisions().await.unwrap();
    let mut alpha = Browser::new(&s.base);
    alpha.sign_in("alpha@example.org").await;
    alpha.cookies.insert("pools_lang".into(), "fr".into());
    let mut refused = Vec::new();
    for id in &ids {
        let page = alpha.get(&format!("/d/{id}")).await.body;
        assert!(page.contains("La caisse ajoute <strong>30,00 EUR</strong> au Flood <strong>Repair Network</strong>"), "{page}");
        if page.contains("mais cela n&#39;a pas pu se faire") {
            refused.push(page);
        }
    }
    assert_eq!(refused.len(), 1, "exactly one addition was refused");
    assert!(
        refused[0].contains("la caisse avait 10,00 EUR disponibles quand la décision est passée, moins que les 30,00 EUR qu&#39;elle engage."),
        "{}",
        refused[0]
    );
}

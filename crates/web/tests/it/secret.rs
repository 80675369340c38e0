use crate::harness::{Api, Browser, hidden, start};
use reqwest::Method;
use serde_json::json;

/// An open pool whose rules set `rule` to `value`, with an organizer over
/// the API ("Org") and a member who joined through the pages ("Ben").
pub(crate) async fn pool_of_two(
    s: &crate::harness::Server,
    slug: &str,
    rule: &str,
    value: serde_json::Value,
) -> (String, Api, Browser) {
    let mut org = Api::new(&s.base);
    org.sign_up("Org", "org@example.org").await;
    org.call(
        Method::POST,
        "/groups",
        Some(json!({"name": slug, "slug": slug})),
    )
    .await;
    let (_, pool, _) = org
        .call(
            Method::POST,
            &format!("/groups/{slug}/pool"),
            Some(json!({"accept_commitment": true})),
        )
        .await;
    let id = pool["id"].as_str().unwrap().to_string();
    let mut rules = pool["rules"].clone();
    rules[rule] = value;
    let (st, p, _) = org
        .call(
            Method::PUT,
            &format!("/pools/{id}/draft"),
            Some(json!({"rules": rules, "commitment": pool["commitment"]})),
        )
        .await;
    assert_eq!(st, 200, "{p}");
    org.call(Method::POST, &format!("/pools/{id}/open"), None)
        .await;
    let mut ben = Browser::new(&s.base);
    ben.sign_up("Ben", "ben@example.org").await;
    ben.post(&format!("/g/{slug}/join"), &[]).await;
    let page = ben.get(&format!("/p/{id}")).await;
    let hash = hidden(&page.body, "commitment_hash").unwrap();
    ben.post(
        &format!("/p/{id}/join"),
        &[("commitment_hash", &hash), ("accept_commitment", "yes")],
    )
    .await;
    (id, org, ben)
}

/// The receipt code shown on the page right after a secret vote.
fn receipt_on(body: &str) -> String {
    let start = body
        .find("<p class=\"receipt\"><code>")
        .expect("a receipt is shown")
        + 25;
    let end = start + body[start..].find("</code>").unwrap();
    body[start..end].to_string()
}

#[tokio::test]
async fn secret_ballots_over_the_api_and_the_pages() {
    let s = start().await;
    let (id, org, mut ben) = pool_of_two(&s, "electors", "secret_ballots", json!("always")).await;
    let rules_page = ben.get(&format!("/p/{id}")).await.body;
    assert!(rules_page.contains("Every decision is a secret ballot"));

    // The rule makes every decision secret: an open one is refused.
    let ask = |secret: Option<bool>| {
        let mut b = json!({"title": "Elect Ana as treasurer?", "method": {"kind": "proposal"}});
        if let Some(x) = secret {
            b["secret"] = json!(x);
        }
        b
    };
    let (st, p, _) = org
        .call(
            Method::POST,
            &format!("/pools/{id}/decisions"),
            Some(ask(Some(false))),
        )
        .await;
    assert_eq!(st, 422, "{p}");
    assert!(p.to_string().contains("secret"), "{p}");
    let (st, d, _) = org
        .call(
            Method::POST,
            &format!("/pools/{id}/decisions"),
            Some(ask(None)),
        )
        .await;
    assert_eq!(st, 201, "{d}");
    assert_eq!(d["secret"], true);
    let did = d["id"].as_str().unwrap().to_string();

    // Over the API: the answer carries the receipt, once.
    let (st, v, _) = org
        .call(
            Method::PUT,
            &format!("/decisions/{did}/ballot"),
            Some(json!({"choice": {"kind": "proposal", "value": "agree"}})),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let org_receipt = v["receipt"].as_str().unwrap().to_string();
    assert_eq!(v["id"], did.as_str());
    assert!(v["tally"].is_null());

    // Through the page: the receipt page answers the vote.
    let r = ben
        .post(
            &format!("/d/{did}/ballot"),
            &[("stance", "disagree"), ("reason", "")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("Your ballot is sealed"));
    let ben_receipt = receipt_on(&r.body);
    assert!(pools_core::secret::normalize(&ben_receipt).is_some());
    let shown = ben.get(&format!("/d/{did}")).await.body;
    assert!(
        shown.contains("secret ballot")
            && shown.contains("Your ballot is sealed, so it is not shown")
    );
    assert!(
        !shown.contains(&ben_receipt),
        "the receipt is shown only once"
    );
    assert!(
        shown.contains("reads its database directly"),
        "the page says what the server can see"
    );

    // How many voted is public on the pool's page, how is not.
    let pool_page = ben.get(&format!("/p/{id}")).await.body;
    assert!(pool_page.contains("2 of 2 voted"), "{pool_page}");

    // Nobody reads a choice while voting is open.
    let (_, view, _) = org
        .call(Method::GET, &format!("/decisions/{did}"), None)
        .await;
    assert_eq!(view["ballots"], json!([]));
    assert_eq!(view["voters"].as_array().unwrap().len(), 2);
    assert!(view["mine"]["choice"].is_null());
    let check = |code: &str| json!({ "receipt": code });
    let (st, c, _) = org
        .call(
            Method::POST,
            &format!("/decisions/{did}/receipt"),
            Some(check(&ben_receipt)),
        )
        .await;
    assert_eq!(
        (st.as_u16(), c["status"].as_str()),
        (200, Some("sealed")),
        "{c}"
    );
    assert!(c["ballot"].is_null());
    let (st, c, _) = org
        .call(
            Method::POST,
            &format!("/decisions/{did}/receipt"),
            Some(check("nonsense")),
        )
        .await;
    assert_eq!(st, 422, "{c}");
    let form = ben
        .post(&format!("/d/{did}/receipt"), &[("receipt", &ben_receipt)])
        .await;
    assert!(form.body.contains("Sealed"), "{}", form.body);

    // At the close the ballots are published and each receipt finds its own.
    s.clock.advance_secs(8 * 24 * 3600);
    s.app.close_due_decisions().await.unwrap();
    let (_, c, _) = ben_api(&s, &mut ben)
        .await
        .call(
            Method::POST,
            &format!("/decisions/{did}/receipt"),
            Some(check(&org_receipt)),
        )
        .await;
    assert_eq!(c["status"], "counted", "{c}");
    assert_eq!(
        c["ballot"]["choice"],
        json!({"kind": "proposal", "value": "agree"})
    );
    let form = ben
        .post(
            &format!("/d/{did}/receipt"),
            &[("receipt", &ben_receipt.to_lowercase())],
        )
        .await;
    assert!(
        form.body.contains("Counted") && form.body.contains("<strong>Disagree</strong>"),
        "{}",
        form.body
    );
    let closed = ben.get(&format!("/d/{did}")).await.body;
    let ben_hash = pools_core::secret::receipt_hash(&ben_receipt).unwrap();
    assert!(closed.contains("The ballots, as published") && closed.contains(&ben_hash));
    assert!(
        !closed.contains("<th scope=\"row\">Ben</th>"),
        "no ballot by name"
    );
}

/// Ben, over the API, with a token of his own.
async fn ben_api(s: &crate::harness::Server, _b: &mut Browser) -> Api {
    let signed = s
        .app
        .sign_in(
            "ben@example.org",
            "a long enough password",
            "127.0.0.1",
            pools_app::ports::SessionKind::ApiToken,
        )
        .await;
    let mut api = Api::new(&s.base);
    api.token = Some(signed.unwrap().token);
    api
}

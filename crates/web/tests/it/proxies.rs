use crate::harness::{Browser, start};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn proxies_through_the_pages_and_the_api() {
    let s = start().await;
    let (id, org, mut ben) =
        crate::secret::pool_of_two(&s, "proxies", "proxies", json!(true)).await;
    let (_, view, _) = org.call(Method::GET, &format!("/pools/{id}"), None).await;
    let person = |name: &str| {
        view["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == name)
            .unwrap()["person_id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (ben_id, org_id) = (person("Ben"), person("Org"));

    // Ben names the organizer through the pool page.
    let shown = ben.get(&format!("/p/{id}")).await.body;
    assert!(shown.contains("Name a proxy"), "{shown}");
    let r = ben
        .post(
            &format!("/p/{id}/proxy"),
            &[("proxy_id", &org_id), ("decision_id", "")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let shown = ben.get(&format!("/p/{id}")).await.body;
    assert!(
        shown.contains("Your proxy is <strong>Org</strong>"),
        "{shown}"
    );
    let (st, list, _) = org
        .call(Method::GET, &format!("/pools/{id}/proxies"), None)
        .await;
    assert_eq!(st, 200);
    assert_eq!(list[0]["grantor_name"], "Ben");
    assert_eq!(list[0]["proxy_name"], "Org");

    // The organizer votes for Ben over the API.
    let (_, d, _) = org
        .call(
            Method::POST,
            &format!("/pools/{id}/decisions"),
            Some(json!({"title": "Fix the roof?", "method": {"kind": "proposal"}})),
        )
        .await;
    let did = d["id"].as_str().unwrap().to_string();
    let agree = json!({"choice": {"kind": "proposal", "value": "agree"}});
    let (st, p, _) = org
        .call(
            Method::PUT,
            &format!("/decisions/{did}/ballots/{ben_id}"),
            Some(agree.clone()),
        )
        .await;
    assert_eq!(st, 200, "{p}");
    let (_, v, _) = org
        .call(Method::GET, &format!("/decisions/{did}"), None)
        .await;
    let b = &v["ballots"][0];
    assert_eq!(
        (b["name"].as_str(), b["cast_by_name"].as_str()),
        (Some("Ben"), Some("Org"))
    );
    let page = org_page(&s, &did).await;
    assert!(page.contains("Ben (cast by Org, their proxy)"), "{page}");

    // Ben votes himself: his own ballot counts, and the proxy cannot replace it.
    let r = ben
        .post(
            &format!("/d/{did}/ballot"),
            &[("stance", "disagree"), ("reason", "")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let (st, p, _) = org
        .call(
            Method::PUT,
            &format!("/decisions/{did}/ballots/{ben_id}"),
            Some(agree),
        )
        .await;
    assert_eq!(st, 409, "{p}");
    assert!(p["detail"].as_str().unwrap().contains("own ballot"), "{p}");

    // Revoked through the API... by its member only; then the list is empty.
    let (st, _, _) = org
        .call(Method::DELETE, &format!("/pools/{id}/proxy"), None)
        .await;
    assert_eq!(st, 409, "the organizer named no proxy");
    let r = ben.post(&format!("/p/{id}/proxy/revoke"), &[]).await;
    assert_eq!(r.status, 303);
    let (_, list, _) = org
        .call(Method::GET, &format!("/pools/{id}/proxies"), None)
        .await;
    assert_eq!(list, json!([]));
}

/// The decision page as the organizer sees it, through the pages.
async fn org_page(s: &crate::harness::Server, did: &str) -> String {
    let mut b = Browser::new(&s.base);
    b.sign_in("org@example.org").await;
    b.get(&format!("/d/{did}")).await.body
}

use crate::harness::{Api, Browser, hidden, start};
use reqwest::{Method, StatusCode};
use serde_json::json;

fn details() -> serde_json::Value {
    json!({
        "legal_name": "Garden Cooperative LLC",
        "agent_name": "Registered Agents Inc.",
        "agent_address": "8 The Green, Dover, DE 19901",
        "principal_office": "1 Main St, Oakland, CA 94607",
        "organizers": [{"name": "Org", "address": "1 Main St, Oakland, CA 94607"}],
        "purpose": "Grow food together.",
        "social_purpose": "Feed the neighbourhood.",
        "fiscal_year_end": "12-31"
    })
}

async fn open_pool(s: &crate::harness::Server) -> (Api, String) {
    let mut org = Api::new(&s.base);
    org.sign_up("Org", "org@example.org").await;
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
    (org, id)
}

#[tokio::test]
async fn formation_over_the_api() {
    let s = start().await;
    let (org, id) = open_pool(&s).await;
    let (st, v, _) = org
        .call(Method::GET, &format!("/pools/{id}/formation"), None)
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v["legal_status"], "Informal pool");
    let mut bad = details();
    bad["legal_name"] = json!("Garden Cooperative");
    let (st, p, _) = org
        .call(
            Method::PUT,
            &format!("/pools/{id}/formation"),
            Some(json!({"form": "delaware_llc", "details": bad})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("\"Limited Liability Company\""),
        "{p}"
    );
    let (st, v, _) = org
        .call(
            Method::PUT,
            &format!("/pools/{id}/formation"),
            Some(json!({"form": "delaware_llc", "details": details()})),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["status"]["status"], "drafting");
    let (_, v, _) = org
        .call(
            Method::POST,
            &format!("/pools/{id}/formation/steps"),
            Some(json!({"step": "start_signing"})),
        )
        .await;
    assert_eq!(v["version"], 1);
    let (_, d, _) = org
        .call(
            Method::GET,
            &format!("/pools/{id}/formation/documents/operating_agreement"),
            None,
        )
        .await;
    assert_eq!(d["matches"], true);
    assert!(
        d["text"]
            .as_str()
            .unwrap()
            .contains("Garden Cooperative LLC")
    );
    assert!(
        d["not_legal_advice"]
            .as_str()
            .unwrap()
            .contains("not legal advice")
    );
    let sha = d["sha256"].as_str().unwrap().to_string();
    let (st, sig, _) = org
        .call(
            Method::POST,
            &format!("/pools/{id}/formation/documents/operating_agreement/signatures"),
            Some(json!({"typed_name": "Org", "confirm": true, "sha256": sha})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{sig}");
    assert_eq!(sig["sha256"], sha.as_str());
    let res = reqwest::Client::new()
        .get(format!(
            "{}/api/v1/pools/{id}/formation/documents/operating_agreement/pdf",
            s.base
        ))
        .bearer_auth(org.token.clone().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    let bytes = res.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let (st, _, _) = org
        .call(
            Method::GET,
            &format!("/pools/{id}/formation/documents/bylaws"),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::NOT_FOUND, "an LLC has no bylaws");
}

#[tokio::test]
async fn formation_pages_work_without_javascript() {
    let s = start().await;
    let (_org, id) = open_pool(&s).await;
    let mut b = Browser::new(&s.base);
    b.get("/signin").await;
    b.post(
        "/signin",
        &[
            ("email", "org@example.org"),
            ("password", "a long enough password"),
        ],
    )
    .await;
    let p = b.get(&format!("/p/{id}")).await;
    assert!(p.body.contains("Legal status: informal pool"));
    let page = b.get(&format!("/p/{id}/formation")).await;
    assert!(page.body.contains("Start formation"));
    let fields = |name: &'static str| {
        vec![
            ("form", "delaware_llc"),
            ("legal_name", name),
            ("agent_name", "Registered Agents Inc."),
            ("agent_address", "8 The Green, Dover, DE 19901"),
            ("principal_office", "1 Main St, Oakland, CA 94607"),
            ("mailing_address", ""),
            ("organizer_name", "Org"),
            ("organizer_address", "1 Main St, Oakland, CA 94607"),
            ("organizer_name", ""),
            ("organizer_address", ""),
            ("purpose", "Grow food together."),
            ("social_purpose", "Feed the neighbourhood."),
            ("fiscal_year_end", "12-31"),
        ]
    };
    let bad = b
        .post(&format!("/p/{id}/formation"), &fields("Garden Cooperative"))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("must contain &quot;LLC&quot;")
            || bad.body.contains("must contain &#34;LLC&#34;"),
        "{}",
        bad.body
    );
    let ok = b
        .post(
            &format!("/p/{id}/formation"),
            &fields("Garden Cooperative LLC"),
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let preview = b
        .get(&format!("/p/{id}/formation/operating_agreement"))
        .await;
    assert!(preview.body.contains("Draft preview"));
    assert!(
        !preview.body.contains("name=\"typed_name\""),
        "a preview cannot be signed"
    );
    b.post(
        &format!("/p/{id}/formation/steps"),
        &[("step", "start_signing")],
    )
    .await;
    let doc = b
        .get(&format!("/p/{id}/formation/membership_agreement"))
        .await;
    assert!(doc.body.contains("Not legal advice."));
    assert!(doc.body.contains("Version 1"));
    let sha = hidden(&doc.body, "sha256").unwrap();
    let wrong = b
        .post(
            &format!("/p/{id}/formation/membership_agreement/signatures"),
            &[
                ("typed_name", "Someone Else"),
                ("confirm", "yes"),
                ("sha256", &sha),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("exactly as on your account"));
    let signed = b
        .post(
            &format!("/p/{id}/formation/membership_agreement/signatures"),
            &[("typed_name", "org"), ("confirm", "yes"), ("sha256", &sha)],
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    let doc = b
        .get(&format!("/p/{id}/formation/membership_agreement"))
        .await;
    assert!(doc.body.contains("You signed this version."));
    let pdf = b
        .get(&format!("/p/{id}/formation/membership_agreement/pdf"))
        .await;
    assert_eq!(pdf.status, StatusCode::OK);
    let p = b.get(&format!("/p/{id}")).await;
    assert!(
        p.body.contains("becoming Garden Cooperative LLC (signing)"),
        "the pool page shows the legal status"
    );
    assert!(p.body.contains("Still to sign version 1"));
}

use crate::harness::{Api, fixture, start, start_behind_proxy};
use reqwest::Method;
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn health_and_openapi() {
    let s = start().await;
    let r = reqwest::get(format!("{}/healthz", s.base)).await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("sqlite"));

    let spec: serde_json::Value = reqwest::get(format!("{}/api/openapi.json", s.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let paths = spec["paths"].as_object().unwrap();
    // Every route under /api/v1 is documented.
    for p in [
        "/api/v1/auth/signup",
        "/api/v1/auth/tokens",
        "/api/v1/me",
        "/api/v1/groups",
        "/api/v1/groups/{slug}/imports",
        "/api/v1/invites/{member_id}/claim",
        "/api/v1/pools/{id}/draft",
        "/api/v1/pools/{id}/join",
    ] {
        assert!(paths.contains_key(p), "{p} is not documented");
    }
    insta::assert_json_snapshot!("openapi", spec);
}

#[tokio::test]
async fn the_whole_foundation_over_the_api() {
    let s = start().await;
    let mut ana = Api::new(&s.base);
    let me = ana.sign_up("Ana Okafor", "ana@example.org").await;
    assert_eq!(me["person"]["operator"], true);

    let (st, g, _) = ana
        .call(
            Method::POST,
            "/groups",
            Some(json!({"name": "Oakland Makers", "description": "We make things."})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{g}");
    assert_eq!(g["slug"], "oakland-makers");

    let (st, summary) = ana
        .csv(
            "/groups/oakland-makers/imports?file_name=classic.csv",
            fixture("classic.csv"),
        )
        .await;
    assert_eq!(st, 200, "{summary}");
    assert_eq!(
        summary,
        json!({"group": "oakland-makers", "members": 12, "created": 12, "updated": 0})
    );
    let (st, problem) = ana
        .csv(
            "/groups/oakland-makers/imports",
            b"Email,Phone\nx@y.z,1\n".to_vec(),
        )
        .await;
    assert_eq!(st, 422);
    assert!(
        problem["detail"].as_str().unwrap().contains("Name"),
        "{problem}"
    );

    let (st, invites, _) = ana
        .call(Method::GET, "/groups/oakland-makers/invites", None)
        .await;
    assert_eq!(st, 200);
    assert_eq!(invites.as_array().unwrap().len(), 12);
    let ben_invite = invites
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "Ben Tanaka")
        .unwrap()
        .clone();

    // Ben claims his imported place with the token from his link.
    let mut ben = Api::new(&s.base);
    ben.sign_up("Ben T", "ben@example.org").await;
    let (st, _, _) = ben
        .call(Method::GET, "/groups/oakland-makers/invites", None)
        .await;
    assert_eq!(st, 403, "members cannot see invite links");
    let token = ben_invite["link"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let path = format!(
        "/invites/{}/claim",
        ben_invite["member_id"].as_str().unwrap()
    );
    let (st, _, ct) = ben
        .call(Method::POST, &path, Some(json!({"token": "nope"})))
        .await;
    assert_eq!(st, 404);
    assert_eq!(ct, "application/problem+json");
    let (st, v, _) = ben
        .call(Method::POST, &path, Some(json!({"token": token})))
        .await;
    assert_eq!(st, 200, "{v}");

    // Ana turns the group into a pool, tries to smuggle in a vote weight, then opens it.
    let (st, pool, _) = ana
        .call(
            Method::POST,
            "/groups/oakland-makers/pool",
            Some(json!({"accept_commitment": true, "currency": "EUR"})),
        )
        .await;
    assert_eq!(st, 201, "{pool}");
    let id = pool["id"].as_str().unwrap().to_string();
    let mut rules = pool["rules"].clone();
    rules["vote_weight"] = json!("by_contribution");
    let (st, p, ct) = ana
        .call(
            Method::PUT,
            &format!("/pools/{id}/draft"),
            Some(json!({"rules": rules, "commitment": "We promise."})),
        )
        .await;
    assert_eq!(st, 422, "{p}");
    assert_eq!(ct, "application/problem+json");
    assert!(p["detail"].as_str().unwrap().contains("vote_weight"), "{p}");
    let mut rules = pool["rules"].clone();
    rules["quorum_percent"] = json!(150);
    let (st, p, _) = ana
        .call(
            Method::PUT,
            &format!("/pools/{id}/draft"),
            Some(json!({"rules": rules, "commitment": "We promise."})),
        )
        .await;
    assert_eq!(st, 422);
    assert_eq!(p["errors"][0]["field"], "quorum_percent", "{p}");
    rules["quorum_percent"] = json!(40);
    let (st, p, _) = ana
        .call(
            Method::PUT,
            &format!("/pools/{id}/draft"),
            Some(json!({"rules": rules, "commitment": "We promise."})),
        )
        .await;
    assert_eq!(st, 200, "{p}");
    let (st, _, _) = ben
        .call(Method::POST, &format!("/pools/{id}/open"), None)
        .await;
    assert_eq!(st, 403);
    let (st, _, _) = ana
        .call(Method::POST, &format!("/pools/{id}/open"), None)
        .await;
    assert_eq!(st, 200);

    let (st, view, _) = ben.call(Method::GET, &format!("/pools/{id}"), None).await;
    assert_eq!(st, 200);
    assert_eq!(view["can"]["join"], true);
    let hash = view["pool"]["commitment_hash"]
        .as_str()
        .unwrap()
        .to_string();
    let (st, m, _) = ben
        .call(
            Method::POST,
            &format!("/pools/{id}/join"),
            Some(json!({"commitment_hash": hash, "accept_commitment": true})),
        )
        .await;
    assert_eq!(st, 201, "{m}");
    assert_eq!(m["status"], "active");
    let (st, me, _) = ben.call(Method::GET, "/me", None).await;
    assert_eq!(st, 200);
    assert_eq!(me["pools"][0]["pool"]["id"], id);
    assert_eq!(
        me["groups"][0]["role"], "organizer",
        "Ben was a Meetup co-organizer"
    );

    let (st, _, _) = ben
        .call(Method::POST, &format!("/pools/{id}/leave"), None)
        .await;
    assert_eq!(st, 204);

    // Tokens can be revoked.
    let (st, _, _) = ben.call(Method::DELETE, "/auth/tokens/current", None).await;
    assert_eq!(st, 204);
    let (st, p, _) = ben.call(Method::GET, "/me", None).await;
    assert_eq!(st, 401, "{p}");
}

#[tokio::test]
async fn errors_are_problem_documents_and_never_500() {
    let s = start().await;
    let api = Api::new(&s.base);
    let (st, p, ct) = api.call(Method::GET, "/me", None).await;
    assert_eq!(st, 401);
    assert_eq!(ct, "application/problem+json");
    assert_eq!(p["status"], 401);
    let (st, _, ct) = api.call(Method::GET, "/nope", None).await;
    assert_eq!(
        (st, ct.as_str()),
        (StatusCode::NOT_FOUND, "application/problem+json")
    );
    let (st, _, _) = api.call(Method::GET, "/groups/nope", None).await;
    assert_eq!(st, 404);
    let (st, _, _) = api.call(Method::GET, "/pools/nope", None).await;
    assert_eq!(st, 404);
    let (st, p, _) = api
        .call(
            Method::POST,
            "/auth/signup",
            Some(json!({"email": "x", "name": "", "password": "1"})),
        )
        .await;
    assert_eq!(st, 422);
    assert_eq!(p["errors"].as_array().unwrap().len(), 3);
    // The problem speaks the language the request asks for; fields stay
    // the same for programs.
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/auth/signup", s.base))
        .header("accept-language", "es-MX,es;q=0.9")
        .json(&json!({"email": "x", "name": "Ana", "password": "long enough password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let p: serde_json::Value = res.json().await.unwrap();
    assert_eq!(p["errors"][0]["field"], "email");
    let said = p["errors"][0]["message"].as_str().unwrap();
    assert!(said.contains("no es una dirección de correo"), "{said}");
    assert_eq!(p["title"], "La solicitud tiene errores", "{p}");
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/auth/signup", s.base))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let mut t = Api::new(&s.base);
    t.token = Some("made-up".into());
    let (st, _, _) = t.call(Method::GET, "/me", None).await;
    assert_eq!(st, 401);

    // Sign-in is rate limited and says when to come back.
    let mut a = Api::new(&s.base);
    a.sign_up("Ana", "ana@example.org").await;
    for _ in 0..5 {
        let (st, _, _) = api
            .call(
                Method::POST,
                "/auth/tokens",
                Some(json!({"email": "ana@example.org", "password": "wrong wrong wrong"})),
            )
            .await;
        assert_eq!(st, 401);
    }
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/auth/tokens", s.base))
        .json(&json!({"email": "ana@example.org", "password": "a long enough password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
}

#[tokio::test]
async fn password_reset_over_the_api_uses_the_outbox() {
    let s = start().await;
    let mut op = Api::new(&s.base);
    op.sign_up("Operator", "op@example.org").await;
    let mut ben = Api::new(&s.base);
    ben.sign_up("Ben", "ben@example.org").await;
    let anon = Api::new(&s.base);
    let (st, _, _) = anon
        .call(
            Method::POST,
            "/auth/password-reset",
            Some(json!({"email": "ben@example.org"})),
        )
        .await;
    assert_eq!(st, 202);
    let (st, _, _) = ben.call(Method::GET, "/admin/outbox", None).await;
    assert_eq!(st, 403);
    let (st, mail, _) = op.call(Method::GET, "/admin/outbox", None).await;
    assert_eq!(st, 200);
    let body = mail[0]["body"].as_str().unwrap();
    let token = body.split_once("token=").unwrap().1.lines().next().unwrap();
    let (st, _, _) = anon
        .call(
            Method::POST,
            "/auth/password-reset/confirm",
            Some(json!({"token": token, "password": "my new password"})),
        )
        .await;
    assert_eq!(st, 204);
    let (st, _, _) = anon
        .call(
            Method::POST,
            "/auth/tokens",
            Some(json!({"email": "ben@example.org", "password": "my new password"})),
        )
        .await;
    assert_eq!(st, 201);
}

/// Behind a trusted proxy, the per-address sign-in limit counts the address
/// the proxy forwards, so one client's failures do not lock out everyone.
#[tokio::test]
async fn the_address_limit_counts_forwarded_clients_behind_a_trusted_proxy() {
    let s = start_behind_proxy().await;
    let client = reqwest::Client::new();
    let attempt = |from: &'static str, n: usize| {
        client
            .post(format!("{}/api/v1/auth/tokens", s.base))
            .header("X-Forwarded-For", from)
            .json(&json!({"email": format!("nobody{n}@example.org"), "password": "wrong wrong wrong"}))
            .send()
    };
    for n in 0..20 {
        assert_eq!(attempt("203.0.113.5", n).await.unwrap().status(), 401);
    }
    assert_eq!(
        attempt("203.0.113.5", 99).await.unwrap().status(),
        429,
        "that client is limited"
    );
    assert_eq!(
        attempt("198.51.100.7", 99).await.unwrap().status(),
        401,
        "another client behind the same proxy is not"
    );
}

use crate::harness::{Api, Browser, hidden, start};
use reqwest::{Method, StatusCode};
use serde_json::json;

/// An organizer with an API token, and their open USD pool "Till":
/// (the organizer's client, their sign-up answer, the pool's id).
pub(crate) async fn open_usd_pool(base: &str) -> (Api, serde_json::Value, String) {
    let mut org = Api::new(base);
    let me = org.sign_up("Org", "org@example.org").await;
    org.call(
        Method::POST,
        "/groups",
        Some(json!({"name": "Till", "slug": "till"})),
    )
    .await;
    let (_, pool, _) = org
        .call(
            Method::POST,
            "/groups/till/pool",
            Some(json!({"accept_commitment": true, "currency": "USD"})),
        )
        .await;
    let id = pool["id"].as_str().unwrap().to_string();
    org.call(Method::POST, &format!("/pools/{id}/open"), None)
        .await;
    (org, me, id)
}

#[tokio::test]
async fn money_over_the_api_needs_an_idempotency_key() {
    let s = start().await;
    let (org, me, id) = open_usd_pool(&s.base).await;
    let body = json!({
        "person_id": me["person"]["id"], "kind": "gift", "amount": 1250,
        "received_on": "2020-01-02", "method": "cash"
    });
    let (st, p, ct) = org
        .call(
            Method::POST,
            &format!("/pools/{id}/money"),
            Some(body.clone()),
        )
        .await;
    assert_eq!(st, 422, "{p}");
    assert_eq!(ct, "application/problem+json");
    let client = reqwest::Client::new();
    let send = |key: &str, body: serde_json::Value| {
        client
            .post(format!("{}/api/v1/pools/{id}/money", s.base))
            .bearer_auth(org.token.clone().unwrap())
            .header("Idempotency-Key", key)
            .json(&body)
            .send()
    };
    let first: serde_json::Value = send("abc", body.clone())
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let again = send("abc", body.clone()).await.unwrap();
    assert_eq!(again.status(), StatusCode::CREATED);
    let again: serde_json::Value = again.json().await.unwrap();
    assert_eq!(
        first["id"], again["id"],
        "the same key returns the first result"
    );
    let mut other = body.clone();
    other["amount"] = json!(99);
    assert_eq!(
        send("abc", other).await.unwrap().status(),
        StatusCode::CONFLICT
    );
    let (_, t, _) = org
        .call(Method::GET, &format!("/pools/{id}/treasury"), None)
        .await;
    assert_eq!(t["treasury"], 1250);
    assert_eq!(t["available"], 1250);
    assert_eq!(t["entries"].as_array().unwrap().len(), 1);
    let rev = client
        .post(format!(
            "{}/api/v1/entries/{}/reversal",
            s.base,
            first["id"].as_str().unwrap()
        ))
        .bearer_auth(org.token.clone().unwrap())
        .header("Idempotency-Key", "rev-1")
        .json(&json!({"reason": "Counted twice"}))
        .send()
        .await
        .unwrap();
    assert_eq!(rev.status(), StatusCode::CREATED);
    let (_, t, _) = org
        .call(Method::GET, &format!("/pools/{id}/treasury"), None)
        .await;
    assert_eq!(t["treasury"], 0);

    // Reporting money sent, confirming it, and reading one's statement.
    let report = client
        .post(format!("{}/api/v1/pools/{id}/reports", s.base))
        .bearer_auth(org.token.clone().unwrap())
        .header("Idempotency-Key", "rep-1")
        .json(&json!({"kind": "capital", "amount": 4000, "sent_on": "2020-01-03", "method": "bank_transfer"}))
        .send()
        .await
        .unwrap();
    assert_eq!(report.status(), StatusCode::CREATED);
    let report: serde_json::Value = report.json().await.unwrap();
    assert_eq!(report["status"], "pending");
    let ok = client
        .post(format!(
            "{}/api/v1/reports/{}/confirmation",
            s.base,
            report["id"].as_str().unwrap()
        ))
        .bearer_auth(org.token.clone().unwrap())
        .header("Idempotency-Key", "conf-1")
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    let (st, statement, _) = org
        .call(Method::GET, &format!("/pools/{id}/statement"), None)
        .await;
    assert_eq!(st, 200, "{statement}");
    assert_eq!(statement["capital"], 4000);
    assert_eq!(
        statement["entries"].as_array().unwrap().len(),
        3,
        "gift, its reversal, and the capital"
    );
}

#[tokio::test]
async fn a_treasurer_records_money_on_the_page_once() {
    let s = start().await;
    let mut ana = Browser::new(&s.base);
    ana.sign_up("Ana", "ana@example.org").await;
    ana.post(
        "/groups/new",
        &[("name", "Till Club"), ("slug", "till"), ("description", "")],
    )
    .await;
    let r = ana
        .post(
            "/g/till/pool",
            &[
                ("name", ""),
                ("currency", "USD"),
                ("accept_commitment", "yes"),
            ],
        )
        .await;
    let pool = r.location.unwrap();
    ana.post(&format!("{pool}/open"), &[]).await;
    let page = ana.get(&format!("{pool}/treasury")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Record money received"));
    let key = hidden(&page.body, "idempotency_key").unwrap();
    let person = {
        let i = page.body.find("<option value=\"").unwrap() + "<option value=\"".len();
        page.body[i..i + page.body[i..].find('"').unwrap()].to_string()
    };
    let form = [
        ("idempotency_key", key.as_str()),
        ("person_id", person.as_str()),
        ("kind", "capital"),
        ("amount", "ten"),
        ("received_on", "2020-03-04"),
        ("method", "cash"),
        ("reference", "R1"),
    ];
    let r = ana.post(&format!("{pool}/money"), &form).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("is not an amount in USD"));
    assert_eq!(
        hidden(&r.body, "idempotency_key").as_deref(),
        Some(key.as_str()),
        "a failed form keeps its key"
    );
    // A kind the page does not offer is refused, never taken for capital.
    let mut odd = form;
    odd[2] = ("kind", "donation");
    odd[3] = ("amount", "12.50");
    let r = ana.post(&format!("{pool}/money"), &odd).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.body
            .contains("say what the money is: capital, gift or buy_in, not &#34;donation&#34;"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("Capital in"), "nothing was recorded");
    let mut ok = form;
    ok[3] = ("amount", "12.50");
    // Sending the form twice (a double click, a reload) records it once.
    for _ in 0..2 {
        let r = ana.post(&format!("{pool}/money"), &ok).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let page = ana.get(&format!("{pool}/treasury")).await;
    assert!(page.body.contains("Recorded 12.50 USD from Ana."));
    assert_eq!(page.body.matches("Capital in").count(), 1);
    assert!(page.body.contains("<dd>12.50 USD</dd>"));
    let csv = ana.get(&format!("{pool}/ledger.csv")).await;
    assert_eq!(csv.status, 200);
    assert!(
        csv.body
            .starts_with("entry_id,recorded_at,received_on,kind,member,amount,currency")
    );
    assert!(
        csv.body
            .contains(",2020-03-04,capital,Ana,12.50,USD,cash,R1,"),
        "{}",
        csv.body
    );
    assert_eq!(csv.body.lines().count(), 2);
    let mut outsider = Browser::new(&s.base);
    outsider.sign_up("Out", "out@example.org").await;
    assert_eq!(
        outsider.get(&format!("{pool}/treasury")).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn spending_through_the_pages_from_proposal_to_payment() {
    let s = start().await;
    let mut ana = Browser::new(&s.base);
    ana.sign_up("Ana", "ana@example.org").await;
    ana.post(
        "/groups/new",
        &[
            ("name", "Spenders"),
            ("slug", "spenders"),
            ("description", ""),
        ],
    )
    .await;
    let r = ana
        .post(
            "/g/spenders/pool",
            &[
                ("name", ""),
                ("currency", "USD"),
                ("accept_commitment", "yes"),
            ],
        )
        .await;
    let pool = r.location.unwrap();
    ana.post(&format!("{pool}/open"), &[]).await;
    let t = ana.get(&format!("{pool}/treasury")).await;
    let key = hidden(&t.body, "idempotency_key").unwrap();
    let i = t.body.find("<option value=\"").unwrap() + "<option value=\"".len();
    let me = t.body[i..i + t.body[i..].find('"').unwrap()].to_string();
    ana.post(
        &format!("{pool}/money"),
        &[
            ("idempotency_key", &key),
            ("person_id", &me),
            ("kind", "capital"),
            ("amount", "100"),
            ("received_on", "2020-01-01"),
            ("method", "cash"),
            ("reference", ""),
        ],
    )
    .await;
    let spend = |amount: &'static str| {
        vec![
            ("title", "Buy a stand"),
            ("body", ""),
            ("method", "proposal"),
            ("options", ""),
            ("min", ""),
            ("max", ""),
            ("max_score", ""),
            ("voting_days", "2"),
            ("payee", "Bike Shop"),
            ("amount", amount),
            ("purpose", "A truing stand"),
        ]
    };
    let r = ana.post(&format!("{pool}/decisions"), &spend("150")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("100.00 USD available"), "{}", r.body);
    let r = ana.post(&format!("{pool}/decisions"), &spend("80")).await;
    let d = r.location.unwrap();
    let page = ana.get(&d).await;
    assert!(
        page.body
            .contains("a payout of <strong>80.00 USD</strong> to <strong>Bike Shop</strong>")
    );
    ana.post(&format!("{d}/ballot"), &[("stance", "agree")])
        .await;
    s.clock.advance_secs(2 * 24 * 3600);
    s.app.close_due_decisions().await.unwrap();
    let t = ana.get(&format!("{pool}/treasury")).await;
    assert!(t.body.contains("authorized, waiting to be paid"));
    assert!(
        t.body.contains("<dd>20.00 USD</dd>"),
        "available drops at authorization"
    );
    let start = t.body.find("/payouts/").unwrap();
    let pay_path = &t.body[t.body[..start].rfind('"').unwrap() + 1..];
    let pay_path = pay_path[..pay_path.find('"').unwrap()].to_string();
    assert!(pay_path.ends_with("/pay"));
    let after_action = &t.body[t.body.find(&pay_path).unwrap()..];
    let pay_key = hidden(after_action, "idempotency_key").unwrap();
    for _ in 0..2 {
        let r = ana
            .post(
                &pay_path,
                &[
                    ("idempotency_key", &pay_key),
                    ("paid_on", "2020-01-05"),
                    ("reference", "TRX-9"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let t = ana.get(&format!("{pool}/treasury")).await;
    assert!(t.body.contains("paid 2020-01-05 (TRX-9)"));
    assert!(
        t.body
            .contains(&format!("<a href=\"{d}\">(the decision)</a>")),
        "entries link their decision"
    );
    assert!(t.body.contains("<dd>20.00 USD</dd>"));
    assert_eq!(t.body.matches("<td>Paid out</td>").count(), 1, "paid once");
    // In French, the books read in French, amounts written the French way.
    ana.cookies.insert("pools_lang".into(), "fr".into());
    let fr = ana.get(&format!("{pool}/treasury")).await;
    assert!(
        fr.body.contains("payé le 2020-01-05 (TRX-9)"),
        "{}",
        fr.body
    );
    assert!(fr.body.contains("<td>Payé</td>"));
    assert!(fr.body.contains("<dd>20,00 USD</dd>"));
    ana.cookies.remove("pools_lang");
    // The bank statement matches the books, except a line nobody recorded.
    let statement = "Date,Amount,Description\n2020-01-01,100.00,cash deposit\n2020-01-05,-80.00,BIKE SHOP TRX-9\n2020-01-06,12.00,mystery\n";
    let r = ana
        .upload_with(
            &format!("{pool}/bank"),
            &[
                ("date", "Date"),
                ("amount", "Amount"),
                ("text", "Description"),
                ("date_format", "iso"),
            ],
            "bank.csv",
            statement.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.body.contains("On the statement, not in the books (1)"),
        "{}",
        r.body
    );
    assert!(r.body.contains("mystery"));
    assert!(r.body.contains("In the books, not on the statement (0)"));
    assert!(r.body.contains("Matched (2)"));
    let r = ana
        .upload_with(
            &format!("{pool}/bank"),
            &[("amount", "Betrag")],
            "bank.csv",
            statement.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("no column named &#34;Betrag&#34;")
            || r.body.contains("no column named &quot;Betrag&quot;"),
        "{}",
        r.body
    );
}

#[tokio::test]
async fn a_member_reports_money_and_the_organizer_confirms_it() {
    let s = start().await;
    let mut ana = Browser::new(&s.base);
    ana.sign_up("Ana", "ana@example.org").await;
    ana.post(
        "/groups/new",
        &[
            ("name", "Reporters"),
            ("slug", "reporters"),
            ("description", ""),
        ],
    )
    .await;
    let r = ana
        .post(
            "/g/reporters/pool",
            &[
                ("name", ""),
                ("currency", "USD"),
                ("accept_commitment", "yes"),
            ],
        )
        .await;
    let pool = r.location.unwrap();
    ana.post(&format!("{pool}/open"), &[]).await;
    let mut ben = Browser::new(&s.base);
    ben.sign_up("Ben", "ben@example.org").await;
    ben.post("/g/reporters/join", &[]).await;
    let p = ben.get(&pool).await;
    let hash = hidden(&p.body, "commitment_hash").unwrap();
    ben.post(
        &format!("{pool}/join"),
        &[("commitment_hash", &hash), ("accept_commitment", "yes")],
    )
    .await;
    let t = ben.get(&format!("{pool}/treasury")).await;
    assert!(t.body.contains("Tell the treasurer you sent money"));
    assert!(
        !t.body.contains("Record money received"),
        "members do not record money"
    );
    let key = hidden(&t.body, "idempotency_key").unwrap();
    let r = ben
        .post(
            &format!("{pool}/reports"),
            &[
                ("idempotency_key", &key),
                ("kind", "gift"),
                ("amount", "20"),
                ("received_on", "2020-02-02"),
                ("method", "bank_transfer"),
                ("reference", "for the kettle"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let t = ana.get(&format!("{pool}/treasury")).await;
    assert!(t.body.contains("waiting for the treasurer"));
    assert!(t.body.contains("<dd>0.00 USD</dd>"));
    let i = t.body.find("/confirm\"").unwrap();
    let action_start = t.body[..i].rfind('"').unwrap() + 1;
    let action = t.body[action_start..i + "/confirm".len()].to_string();
    let confirm_key = hidden(&t.body[i..], "idempotency_key").unwrap();
    let r = ana
        .post(&action, &[("idempotency_key", &confirm_key)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let t = ben.get(&format!("{pool}/treasury")).await;
    assert!(t.body.contains("<dd>20.00 USD</dd>"));
    assert!(t.body.contains("confirmed"));
    let st = ben.get(&format!("{pool}/statement")).await;
    assert_eq!(st.status, 200);
    assert!(st.body.contains("Statement of Ben"));
    assert!(st.body.contains("<td>Gift</td>"));
    assert!(
        st.body.contains("<dd>0.00 USD</dd>"),
        "a gift is not capital"
    );
    assert_eq!(
        ben.get(&format!("{pool}/statement/someone-else"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

/// An amount too large to record is a 422 that says so, not a 409 that says
/// try again, and a huge bad input is not echoed back whole.
#[tokio::test]
async fn too_large_amounts_and_huge_inputs_get_short_clear_errors() {
    let s = start().await;
    let (org, me, id) = open_usd_pool(&s.base).await;
    let client = reqwest::Client::new();
    let send = |key: &str, amount: i64| {
        client
            .post(format!("{}/api/v1/pools/{id}/money", s.base))
            .bearer_auth(org.token.clone().unwrap())
            .header("Idempotency-Key", key)
            .json(&json!({
                "person_id": me["person"]["id"], "kind": "gift", "amount": amount,
                "received_on": "2020-01-02", "method": "cash"
            }))
            .send()
    };
    for (key, amount) in [
        ("a", i64::MAX / 2),
        ("b", pools_core::ledger::MAX_AMOUNT + 1),
    ] {
        let res = send(key, amount).await.unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let p: serde_json::Value = res.json().await.unwrap();
        assert!(
            p["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("too large"),
            "{p}"
        );
    }
    assert_eq!(
        send("c", pools_core::ledger::MAX_AMOUNT)
            .await
            .unwrap()
            .status(),
        StatusCode::CREATED
    );
    // A 10 MB email: the error quotes its first characters only.
    let huge = "x".repeat(10 * 1024 * 1024);
    let res = client
        .post(format!("{}/api/v1/auth/signup", s.base))
        .json(&json!({"email": huge, "name": "Huge", "password": "a long enough password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.bytes().await.unwrap();
    assert!(body.len() < 2_000, "{} bytes came back", body.len());
}

//! The invites page over real HTTP: addresses one at a time and from a
//! list, sending, and the page saying who was invited, opened and claimed;
//! the same over the API.

use crate::harness::{Browser, fixture, start};
use reqwest::{Method, StatusCode};

#[tokio::test]
async fn an_organizer_invites_imported_members_by_email_from_the_page() {
    let s = start().await;
    let mut org = Browser::new(&s.base);
    org.sign_up("Org", "org@example.org").await;
    org.post(
        "/groups/new",
        &[("name", "Oakland Makers"), ("slug", "oakland-makers")],
    )
    .await;
    let imported = org
        .upload(
            "/g/oakland-makers/import",
            "classic.csv",
            fixture("classic.csv"),
        )
        .await;
    assert_eq!(imported.status, StatusCode::SEE_OTHER, "{}", imported.body);
    let page = org.get("/g/oakland-makers/invites").await;
    assert!(
        page.body.contains("0 of 12 imported members have claimed"),
        "{}",
        page.body
    );
    assert!(page.body.contains("No address: send the link yourself"));

    // A list with a mistake is refused whole, naming the line.
    let bad = org
        .upload(
            "/g/oakland-makers/invites/emails",
            "emails.csv",
            b"Name,Email\nBen Tanaka,ben@example.org\nAna Okafor,ana(at)example.org\n".to_vec(),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("line 3") && bad.body.contains("ana(at)example.org"),
        "{}",
        bad.body
    );
    assert!(
        !org.get("/g/oakland-makers/invites")
            .await
            .body
            .contains("ben@example.org")
    );
    let good = org
        .upload(
            "/g/oakland-makers/invites/emails",
            "emails.csv",
            b"Name,Email\nBen Tanaka,ben@example.org\nAna Okafor,ana@example.org\n".to_vec(),
        )
        .await;
    assert_eq!(good.status, StatusCode::SEE_OTHER, "{}", good.body);
    let page = org.get("/g/oakland-makers/invites").await;
    assert!(page.body.contains(r#"value="ben@example.org""#));
    assert!(
        page.body
            .contains("Send invites to the 2 members with an address not yet invited")
    );

    // One address typed in; a wrong one says why.
    let esi = s
        .app
        .invites(&pools_app::Actor::Operator, "oakland-makers")
        .await
        .unwrap()
        .invites
        .into_iter()
        .find(|i| i.name == "Esi Park")
        .unwrap()
        .member_id;
    let typo = org
        .post(
            &format!("/g/oakland-makers/invites/{esi}/email"),
            &[("email", "esi@")],
        )
        .await;
    assert_eq!(typo.status, StatusCode::UNPROCESSABLE_ENTITY);
    let kept = org
        .post(
            &format!("/g/oakland-makers/invites/{esi}/email"),
            &[("email", "esi@example.org")],
        )
        .await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER);

    let no_csrf = org.post_raw("/g/oakland-makers/invites/send", &[]).await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
    let sent = org.post("/g/oakland-makers/invites/send", &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let mail = s.app.outbox(&pools_app::Actor::Operator, 50).await.unwrap();
    let to_esi = mail
        .iter()
        .find(|m| m.to == "esi@example.org")
        .expect("Esi was invited");
    let link = to_esi
        .body
        .split_whitespace()
        .find(|w| w.contains("/invite/"))
        .unwrap()
        .trim_end_matches(['.', ')'])
        .to_string();

    // Esi opens her link; the page says so, then says she claimed.
    let mut esi_b = Browser::new(&s.base);
    let path = link.trim_start_matches(&s.base).to_string();
    assert_eq!(esi_b.get(&path).await.status, StatusCode::OK);
    let page = org.get("/g/oakland-makers/invites").await;
    assert!(page.body.contains("Opened their link"), "{}", page.body);
    // The link speaks the reader's language; the names stay as they are.
    let mut fr = Browser::new(&s.base);
    fr.cookies.insert("pools_lang".into(), "fr".into());
    let inv = fr.get(&path).await.body;
    assert!(
        inv.contains("Vous êtes invité·e à rejoindre Oakland Makers"),
        "{inv}"
    );
    assert!(inv.contains("<strong>Esi Park</strong>"), "{inv}");
    assert!(
        inv.contains(">créez un compte</a> ou <a href=\"/signin?next="),
        "{inv}"
    );
    esi_b.sign_up("Esi Park", "esi@example.org").await;
    let claimed = esi_b.post(&path, &[]).await;
    assert_eq!(claimed.status, StatusCode::SEE_OTHER, "{}", claimed.body);
    let page = org.get("/g/oakland-makers/invites").await;
    assert!(page.body.contains("1 of 12 imported members have claimed"));
    assert!(page.body.contains("Claimed their place"));
    let r = org
        .post(
            "/settings",
            &[("language", "es"), ("time_zone", "America/Mexico_City")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = org.get("/g/oakland-makers/invites").await.body;
    assert!(
        page.contains("1 de 12 miembros importados ha ocupado su lugar."),
        "{page}"
    );
    assert!(page.contains("Ocupó su lugar"), "{page}");
    assert!(page.contains("(America/Mexico_City)"), "{page}");

    // Not for members who do not organize.
    assert_eq!(
        esi_b.get("/g/oakland-makers/invites").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn invites_by_email_over_the_api() {
    use serde_json::json;
    let s = start().await;
    let mut org = crate::harness::Api::new(&s.base);
    org.sign_up("Org", "org@example.org").await;
    org.call(
        Method::POST,
        "/groups",
        Some(json!({"name": "Oakland Makers", "slug": "oakland-makers"})),
    )
    .await;
    let (st, _) = org
        .csv("/groups/oakland-makers/imports", fixture("classic.csv"))
        .await;
    assert_eq!(st, StatusCode::OK);
    let (st, added) = org
        .csv(
            "/groups/oakland-makers/invite-emails",
            b"Name,Email\nBen Tanaka,ben@example.org\n".to_vec(),
        )
        .await;
    assert_eq!(
        (st, added["added"].as_u64()),
        (StatusCode::OK, Some(1)),
        "{added}"
    );
    let (st, p) = org
        .csv(
            "/groups/oakland-makers/invite-emails",
            b"Name,Email\nNobody,n@example.org\n".to_vec(),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
    let (_, list, _) = org
        .call(Method::GET, "/groups/oakland-makers/invites", None)
        .await;
    let ana = list
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "Ana Okafor")
        .unwrap()["member_id"]
        .as_str()
        .unwrap()
        .to_string();
    let (st, _, _) = org
        .call(
            Method::PUT,
            &format!("/groups/oakland-makers/invites/{ana}/email"),
            Some(json!({"email": "ana@example.org"})),
        )
        .await;
    assert_eq!(st, StatusCode::NO_CONTENT);
    let (st, r, _) = org
        .call(
            Method::POST,
            "/groups/oakland-makers/invite-sendings",
            Some(json!({})),
        )
        .await;
    assert_eq!((st, r["sent"].as_u64()), (StatusCode::OK, Some(2)), "{r}");
    let (_, r, _) = org
        .call(
            Method::POST,
            "/groups/oakland-makers/invite-sendings",
            Some(json!({"member_id": ana})),
        )
        .await;
    assert_eq!(r["sent"], 0);
    assert!(
        r["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("less than a day")
    );
    let (_, list, _) = org
        .call(Method::GET, "/groups/oakland-makers/invites", None)
        .await;
    let row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["member_id"] == ana.as_str())
        .unwrap();
    assert_eq!(
        (row["sent"].as_i64(), row["email"].as_str()),
        (Some(1), Some("ana@example.org"))
    );
    assert!(row["last_sent_at"].is_string() && row["opened_at"].is_null());
}

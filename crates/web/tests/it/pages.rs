use crate::harness::{Browser, fixture, hidden, start};
use reqwest::StatusCode;

/// Every visible input, select and textarea has a label, and the page has
/// a language and a main landmark.
fn assert_accessible(html: &str) {
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("<main"), "no main landmark");
    for tag in ["<input ", "<select ", "<textarea "] {
        for (i, _) in html.match_indices(tag) {
            let end = html[i..].find('>').unwrap() + i;
            let el = &html[i..end];
            if el.contains("type=\"hidden\"") {
                continue;
            }
            let id = el
                .split("id=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .unwrap_or_else(|| panic!("form control without id: {el}"));
            assert!(
                html.contains(&format!("for=\"{id}\"")),
                "no label for #{id}"
            );
        }
    }
}

#[tokio::test]
async fn accounts_through_the_pages() {
    let s = start().await;
    let mut b = Browser::new(&s.base);
    let home = b.get("/").await;
    assert_eq!(home.status, 200);
    assert!(
        home.body
            .contains("Turn your group into a member-owned fund")
    );
    assert_accessible(&home.body);
    let r = b.get("/signup").await;
    assert_accessible(&r.body);

    // Mistakes come back on the form, with what was typed, and never a 500.
    let r = b
        .post(
            "/signup",
            &[
                ("name", "Ana"),
                ("email", "not-an-email"),
                ("password", "short"),
                ("next", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("is not an email address"));
    assert!(r.body.contains("at least 10 characters"));
    assert!(r.body.contains("value=\"not-an-email\""));
    assert_accessible(&r.body);

    b.sign_up("Ana Okafor", "ana@example.org").await;
    let home = b.get("/").await;
    assert!(home.body.contains("Your groups and pools"));
    assert!(
        home.body.contains("Welcome, Ana Okafor"),
        "the flash message shows once"
    );
    let again = b.get("/").await;
    assert!(!again.body.contains("Welcome, Ana Okafor"));

    let r = b.post("/signout", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!b.cookies.contains_key("pools_session"));
    let r = b
        .post(
            "/signin",
            &[
                ("email", "ana@example.org"),
                ("password", "wrong password!"),
                ("next", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("do not match"));
    let r = b
        .post(
            "/signin",
            &[
                ("email", "ana@example.org"),
                ("password", "a long enough password"),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location.as_deref(), Some("/"), "only local redirects");
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused() {
    let s = start().await;
    let mut b = Browser::new(&s.base);
    b.sign_up("Ana", "ana@example.org").await;
    let r = b
        .post_raw(
            "/groups/new",
            &[("csrf", "forged"), ("name", "Sneaky group")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains("expired or came from another site"));
    let r = b.post_raw("/signout", &[]).await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "a form without the field is refused like a wrong token"
    );
    assert!(r.body.contains("expired or came from another site"));
    assert!(b.get("/g/sneaky-group").await.status == StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn organizer_imports_invites_and_a_member_claims_and_joins() {
    let s = start().await;
    let mut ana = Browser::new(&s.base);
    ana.sign_up("Ana Okafor", "ana@example.org").await;
    let r = ana.get("/groups/new").await;
    assert_accessible(&r.body);
    let r = ana
        .post(
            "/groups/new",
            &[
                ("name", "Oakland Makers"),
                ("slug", ""),
                ("description", "We make."),
            ],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/g/oakland-makers"));

    // A file that is not an export is explained, and nothing is written.
    let r = ana
        .upload(
            "/g/oakland-makers/import",
            "contacts.csv",
            b"Email,Phone\na@b.c,1\n".to_vec(),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("not a Meetup member export"), "{}", r.body);
    let r = ana
        .upload(
            "/g/oakland-makers/import",
            "classic.csv",
            fixture("classic.csv"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = ana.get("/g/oakland-makers").await;
    assert!(
        page.body
            .contains("Imported 12 members from classic.csv: 12 new, 0 updated")
    );
    assert!(page.body.contains("Chloé Dubois"));
    assert!(
        page.body.contains("Say &#34;hi&#34;") || page.body.contains("Say &quot;hi&quot;"),
        "answers are kept and escaped"
    );
    assert_accessible(&page.body);
    let invites = ana.get("/g/oakland-makers/invites").await;
    assert_eq!(invites.status, 200);
    assert_accessible(&invites.body);
    let link_start = invites.body.find(&format!("{}/invite/", s.base)).unwrap();
    let link = &invites.body[link_start..];
    let link = &link[..link.find('"').unwrap()];
    let path = link.strip_prefix(&s.base).unwrap().to_string();

    // Ana creates the pool: the commitment box must be ticked.
    let r = ana.get("/g/oakland-makers/pool/new").await;
    assert_accessible(&r.body);
    let r = ana
        .post(
            "/g/oakland-makers/pool",
            &[("name", ""), ("currency", "USD")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("tick the box"));
    let r = ana
        .post(
            "/g/oakland-makers/pool",
            &[
                ("name", "Makers Fund"),
                ("currency", "USD"),
                ("accept_commitment", "yes"),
            ],
        )
        .await;
    let pool_path = r.location.clone().unwrap();
    assert!(pool_path.starts_with("/p/"));
    let rules = ana.get(&format!("{pool_path}/rules")).await;
    assert_accessible(&rules.body);
    let mut form: Vec<(String, String)> = [
        "quorum_percent",
        "approval",
        "rule_change",
        "proposers",
        "min_voting_days",
        "default_voting_days",
        "max_voting_days",
        "buy_in",
        "admission",
        "exit_repay_days",
    ]
    .iter()
    .map(|n| (n.to_string(), String::new()))
    .collect();
    let set = |form: &mut Vec<(String, String)>, k: &str, v: &str| {
        form.iter_mut().find(|(n, _)| n == k).unwrap().1 = v.to_string();
    };
    for (k, v) in [
        ("quorum_percent", "40"),
        ("approval", "majority"),
        ("rule_change", "two_thirds"),
        ("proposers", "any_member"),
        ("min_voting_days", "9"),
        ("default_voting_days", "7"),
        ("max_voting_days", "14"),
        ("buy_in", "ten"),
        ("admission", "automatic"),
        ("exit_repay_days", "60"),
    ] {
        set(&mut form, k, v);
    }
    form.push(("commitment".into(), "We make things together.".into()));
    form.push(("commitment_required".into(), "yes".into()));
    let as_refs = |f: &Vec<(String, String)>| {
        f.iter()
            .map(|(a, b)| (a.clone(), b.clone()))
            .collect::<Vec<_>>()
    };
    let fields = as_refs(&form);
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let r = ana.post(&format!("{pool_path}/rules"), &refs).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("is not an amount in USD"));
    assert!(r.body.contains("value=\"ten\""), "typed values are kept");
    set(&mut form, "buy_in", "0");
    let fields = as_refs(&form);
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let r = ana.post(&format!("{pool_path}/rules"), &refs).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("usual voting period must be between 9 and 14"),
        "{}",
        r.body
    );
    set(&mut form, "min_voting_days", "3");
    let fields = as_refs(&form);
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let r = ana.post(&format!("{pool_path}/rules"), &refs).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = ana.post(&format!("{pool_path}/open"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = ana.get(&pool_path).await;
    assert!(page.body.contains("at least 40%"));
    assert!(page.body.contains("We make things together."));
    assert_accessible(&page.body);

    // Ben opens his invite without an account, signs up and comes back.
    let mut ben = Browser::new(&s.base);
    let inv = ben.get(&path).await;
    assert_eq!(inv.status, 200);
    assert!(inv.body.contains("You're invited to Oakland Makers"));
    ben.get("/signup").await;
    let r = ben
        .post(
            "/signup",
            &[
                ("name", "Ben"),
                ("email", "ben@example.org"),
                ("password", "a long enough password"),
                ("next", &path),
            ],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some(path.as_str()));
    let r = ben.post(&path, &[]).await;
    assert_eq!(r.location.as_deref(), Some("/g/oakland-makers"));
    let g = ben.get("/g/oakland-makers").await;
    assert!(g.body.contains("your place is yours now"));

    // Ben joins the pool by accepting the commitment, then leaves.
    let p = ben.get(&pool_path).await;
    let hash = hidden(&p.body, "commitment_hash").expect("a join form");
    let r = ben
        .post(&format!("{pool_path}/join"), &[("commitment_hash", &hash)])
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the box must be ticked"
    );
    let r = ben
        .post(
            &format!("{pool_path}/join"),
            &[("commitment_hash", &hash), ("accept_commitment", "yes")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let p = ben.get(&pool_path).await;
    assert!(p.body.contains("you are a member of the pool"));
    assert!(p.body.contains("2 active members"));
    let r = ben.post(&format!("{pool_path}/leave"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let p = ben.get(&pool_path).await;
    assert!(p.body.contains("You left the pool."));
    assert!(p.body.contains("1 active member "));

    // Ben is not an organizer: he cannot edit rules or see invite links.
    assert_eq!(
        ben.get(&format!("{pool_path}/rules")).await.status,
        StatusCode::FORBIDDEN
    );
    // Ben Tanaka was a Meetup co-organizer, so he is one here too; Chloé's
    // place shows how a plain member is refused.
    let mut cleo = Browser::new(&s.base);
    cleo.sign_up("Cleo", "cleo@example.org").await;
    cleo.post("/g/oakland-makers/join", &[]).await;
    assert_eq!(
        cleo.get("/g/oakland-makers/invites").await.status,
        StatusCode::FORBIDDEN
    );
    let anon = Browser::new(&s.base).get("/g/oakland-makers/invites").await;
    assert_eq!(anon.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn outbox_page_and_password_reset() {
    let s = start().await;
    let mut op = Browser::new(&s.base);
    op.sign_up("Operator", "op@example.org").await;
    let mut ben = Browser::new(&s.base);
    ben.sign_up("Ben", "ben@example.org").await;
    ben.post("/signout", &[]).await;
    ben.get("/forgot-password").await;
    let r = ben
        .post("/forgot-password", &[("email", "ben@example.org")])
        .await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("If an account uses that address"));
    let mut other = Browser::new(&s.base);
    other.sign_up("Other", "other@example.org").await;
    assert_eq!(
        other.get("/admin/outbox").await.status,
        StatusCode::FORBIDDEN
    );
    let outbox = op.get("/admin/outbox").await;
    assert_eq!(outbox.status, 200);
    assert!(outbox.body.contains("Reset your Pools password"));
    let start = outbox.body.find("/reset-password?token=").unwrap();
    let rest = &outbox.body[start..];
    let link = &rest[..rest.find(char::is_whitespace).unwrap()];
    let token = link.split_once("token=").unwrap().1;
    let form = ben.get(link).await;
    assert_accessible(&form.body);
    let r = ben
        .post(
            "/reset-password",
            &[("token", token), ("password", "my fresh password")],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/signin"));
    let r = ben
        .post(
            "/signin",
            &[
                ("email", "ben@example.org"),
                ("password", "my fresh password"),
                ("next", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn pages_send_safety_headers_and_know_missing_things() {
    let s = start().await;
    let res = reqwest::get(format!("{}/", s.base)).await.unwrap();
    let h = res.headers();
    assert!(
        h["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'self'")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    let set = h
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect::<Vec<_>>();
    assert!(set.iter().any(|c| c.starts_with("pools_csrf=")
        && c.contains("HttpOnly")
        && c.contains("SameSite=Strict")));
    let mut b = Browser::new(&s.base);
    assert_eq!(b.get("/g/nope").await.status, 404);
    assert_eq!(b.get("/p/nope").await.status, 404);
    assert_eq!(b.get("/invite/x/y").await.status, 404);
    let css = b.get("/static/pools.css").await;
    assert!(css.body.contains(":focus-visible"));
}

use crate::harness::{Api, Browser, hidden, start};
use reqwest::Method;

#[tokio::test]
async fn an_election_shows_its_count_sheet() {
    let s = start().await;
    let mut ana = Browser::new(&s.base);
    ana.sign_up("Ana", "ana@example.org").await;
    ana.post(
        "/groups/new",
        &[("name", "Board"), ("slug", ""), ("description", "")],
    )
    .await;
    let r = ana
        .post(
            "/g/board/pool",
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
    ben.post("/g/board/join", &[]).await;
    let p = ben.get(&pool).await;
    let hash = hidden(&p.body, "commitment_hash").unwrap();
    ben.post(
        &format!("{pool}/join"),
        &[("commitment_hash", &hash), ("accept_commitment", "yes")],
    )
    .await;

    // Too many seats is refused on the form, naming the field.
    let ask = |seats: &'static str| {
        [
            ("title", "Elect two stewards"),
            ("body", ""),
            ("method", "stv"),
            ("options", "Ana\nBen\nChloé"),
            ("seats", seats),
        ]
    };
    let r = ana.post(&format!("{pool}/decisions"), &ask("3")).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"seats-error\""), "{}", r.body);
    let r = ana.post(&format!("{pool}/decisions"), &ask("2")).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let d = r.location.unwrap();
    let form = ana.get(&d).await.body;
    assert!(form.contains("name=\"rank_0\""), "ranked inputs: {form}");
    ana.post(&format!("{d}/ballot"), &[("rank_0", "1"), ("rank_2", "2")])
        .await;
    ben.post(&format!("{d}/ballot"), &[("rank_1", "1"), ("rank_2", "2")])
        .await;
    s.clock.advance_secs(8 * 24 * 3600);
    s.app.close_due_decisions().await.unwrap();
    let page = ana.get(&d).await.body;
    assert!(page.contains("The count sheet"), "{page}");
    assert!(page.contains("Lost to fractions"));
    assert!(page.contains("Elected: "), "{page}");
    assert!(
        page.contains("<li value=\"1\">First preferences counted;"),
        "each stage in words: {page}"
    );
    // In French, each stage is said again from the count, with French
    // decimals.
    ana.cookies.insert("pools_lang".into(), "fr".into());
    let fr = ana.get(&d).await.body;
    assert!(fr.contains("La feuille de dépouillement"), "{fr}");
    assert!(
        fr.contains("<li value=\"1\">Premières préférences comptées"),
        "{fr}"
    );
    assert!(fr.contains("1,00000"), "{fr}");
    assert!(!fr.contains("First preferences counted"), "{fr}");
    ana.cookies.remove("pools_lang");
    // The API gives the same sheet with the result.
    let mut api = Api::new(&s.base);
    api.sign_up("Chloé", "chloe@example.org").await;
    let id = d.trim_start_matches("/d/");
    let (st, _, _) = api
        .call(Method::GET, &format!("/decisions/{id}"), None)
        .await;
    assert_eq!(st, 403, "not in the group");
    let (_, o) = s
        .app
        .decision_tally(&pools_app::Actor::Operator, id)
        .await
        .unwrap();
    let count = o.unwrap().count.unwrap();
    assert_eq!((count.valid, count.quota, count.elected.len()), (2, 1, 2));
}

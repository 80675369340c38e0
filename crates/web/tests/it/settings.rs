use crate::harness::{Browser, start};

#[tokio::test]
async fn a_person_chooses_their_language_and_time_zone() {
    let s = start().await;
    let mut ana = Browser::new(&s.base);
    ana.sign_up("Ana", "ana@example.org").await;
    let form = ana.get("/settings").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("<html lang=\"en\">"));
    // A zone Pools does not know is refused, naming the field.
    let r = ana
        .post(
            "/settings",
            &[("language", "es"), ("time_zone", "Mars/Olympus")],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("id=\"time_zone-error\""), "{}", r.body);
    assert!(r.body.contains("Mars/Olympus"));
    let r = ana
        .post(
            "/settings",
            &[("language", "es"), ("time_zone", "America/Mexico_City")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    // The setting speaks, whatever the browser asks and without the cookie.
    ana.cookies.remove("pools_lang");
    let page = ana.get("/settings").await.body;
    assert!(page.contains("<html lang=\"es\">"), "{page}");
    assert!(page.contains("Sus ajustes están guardados."), "{page}");
    assert!(page.contains("value=\"America/Mexico_City\""));
    let home = ana.get("/").await.body;
    assert!(home.contains("Sus grupos y fondos"), "{home}");
    assert!(home.contains("Cerrar sesión"));

    // Times on a decision are in her zone, named.
    ana.post(
        "/groups/new",
        &[("name", "Zonas"), ("slug", ""), ("description", "")],
    )
    .await;
    let r = ana
        .post(
            "/g/zonas/pool",
            &[
                ("name", ""),
                ("currency", "USD"),
                ("accept_commitment", "yes"),
            ],
        )
        .await;
    let pool = r.location.unwrap();
    ana.post(&format!("{pool}/open"), &[]).await;
    let rules = ana.get(&pool).await.body;
    assert!(
        rules.contains("Cada miembro tiene exactamente un voto"),
        "the rules in plain words, in Spanish: {rules}"
    );
    let r = ana
        .post(
            &format!("{pool}/decisions"),
            &[
                ("title", "¿Pintamos?"),
                ("body", ""),
                ("method", "proposal"),
            ],
        )
        .await;
    let d = r.location.unwrap();
    let page = ana.get(&d).await.body;
    assert!(page.contains("(America/Mexico_City)"), "{page}");
    assert!(page.contains("¿Cuál es su postura?"), "{page}");

    // The legal documents stay in English, and say so in her language.
    let r = ana
        .post(
            &format!("{pool}/formation"),
            &[
                ("form", "delaware_llc"),
                ("legal_name", "Zonas Cooperative LLC"),
                ("agent_name", "Registered Agents Inc."),
                ("agent_address", "8 The Green, Dover, DE 19901"),
                ("principal_office", "1 Main St, Oakland, CA 94607"),
                ("mailing_address", ""),
                ("organizer_name", "Ana"),
                ("organizer_address", "1 Main St, Oakland, CA 94607"),
                ("purpose", "Paint together."),
                ("social_purpose", "Brighten the street."),
                ("fiscal_year_end", "12-31"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let doc = ana
        .get(&format!("{pool}/formation/operating_agreement"))
        .await;
    assert_eq!(doc.status, 200, "{}", doc.body);
    assert!(
        doc.body
            .contains("Los documentos jurídicos solo están en inglés"),
        "{}",
        doc.body
    );
    assert!(doc.body.contains("Operating Agreement"));

    // Someone signed out follows their browser's languages.
    let mut guest = Browser::new(&s.base);
    let signin = guest.get("/signin").await;
    assert!(signin.body.contains("<html lang=\"en\">"));
}

#[tokio::test]
async fn a_pools_time_zone_shows_its_times_to_members_with_none_of_their_own() {
    let s = start().await;
    let mut org = Browser::new(&s.base);
    org.sign_up("Olu", "olu@example.org").await;
    org.post(
        "/groups/new",
        &[("name", "Horas"), ("slug", ""), ("description", "")],
    )
    .await;
    let pool = org
        .post(
            "/g/horas/pool",
            &[
                ("name", ""),
                ("currency", "USD"),
                ("accept_commitment", "yes"),
            ],
        )
        .await
        .location
        .unwrap();
    org.post(&format!("{pool}/open"), &[]).await;
    let page = org.get(&pool).await.body;
    assert!(page.contains("shown in UTC to members who chose no time zone"));
    assert!(page.contains("action=\"/p/"), "an organizer gets the form");

    // A zone Pools does not know is refused, saying why, in French for a
    // French reader.
    org.cookies.insert("pools_lang".into(), "fr".into());
    let r = org
        .post(
            &format!("{pool}/time-zone"),
            &[("time_zone", "Mars/Olympus")],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body
            .contains("Mars/Olympus n&#39;est pas un fuseau horaire que Pools connaît"),
        "{}",
        r.body
    );
    org.cookies.remove("pools_lang");
    let r = org
        .post(
            &format!("{pool}/time-zone"),
            &[("time_zone", "Europe/Paris")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = org.get(&pool).await.body;
    assert!(
        page.contains("The pool&#39;s times are now shown in Europe/Paris."),
        "{page}"
    );
    assert!(page.contains("<strong>Europe/Paris</strong>"), "{page}");

    // A decision's times are in the pool's zone for whoever has none.
    let d = org
        .post(
            &format!("{pool}/decisions"),
            &[("title", "Paint?"), ("body", ""), ("method", "proposal")],
        )
        .await
        .location
        .unwrap();
    assert!(org.get(&d).await.body.contains("(Europe/Paris)"));
    // A reader's own zone comes first.
    org.post(
        "/settings",
        &[("language", ""), ("time_zone", "Asia/Tokyo")],
    )
    .await;
    let page = org.get(&d).await.body;
    assert!(page.contains("(Asia/Tokyo)") && !page.contains("(Europe/Paris)"));

    // A member who is not an organizer sees the zone but not the form.
    let mut ben = Browser::new(&s.base);
    ben.sign_up("Ben", "ben@example.org").await;
    let page = ben.get(&pool).await.body;
    assert!(page.contains("<strong>Europe/Paris</strong>"));
    assert!(!page.contains("/time-zone\""));
}

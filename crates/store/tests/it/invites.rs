//! Invites by email on both engines: addresses added one at a time or from
//! a list checked whole, invites sent at most once a day, and the page's
//! view of who was invited, who opened their link and who claimed; the
//! addresses never reach the journal.

use crate::contract;
use crate::harness::{Env, fixture, person};
use pools_app::{Actor, AppError};

contract!(organizers_invite_imported_members_by_email);

async fn organizers_invite_imported_members_by_email(env: Env) {
    let app = &env.app;
    let org = person(app, "Org").await;
    app.create_group(&org, "Oakland Makers", Some("oakland-makers"), "")
        .await
        .unwrap();
    app.import_meetup(
        &org,
        "oakland-makers",
        "classic.csv",
        &fixture("classic.csv"),
        None,
    )
    .await
    .unwrap();
    let view = app.invites(&org, "oakland-makers").await.unwrap();
    let place = |name: &str| {
        view.invites
            .iter()
            .find(|i| i.name == name)
            .unwrap()
            .member_id
            .clone()
    };
    let (ana, ben, chloe) = (
        place("Ana Okafor"),
        place("Ben Tanaka"),
        place("Chloé Dubois"),
    );
    assert!(
        view.invites
            .iter()
            .all(|i| i.email.is_none() && i.link.is_some())
    );

    // Only organizers; a bad address is refused in words.
    let outsider = person(app, "Outsider").await;
    assert!(matches!(
        app.set_invite_email(&outsider, "oakland-makers", &ana, "ana@example.org")
            .await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.send_invites(&outsider, "oakland-makers", None).await,
        Err(AppError::Forbidden(_))
    ));
    let bad = app
        .set_invite_email(&org, "oakland-makers", &ana, "ana at home")
        .await;
    assert!(
        matches!(&bad, Err(AppError::Invalid(e)) if e[0].message.contains("\"ana at home\"")),
        "{bad:?}"
    );
    app.set_invite_email(&org, "oakland-makers", &ana, "Ana@Example.org")
        .await
        .unwrap();

    // A list is checked whole: one bad row keeps every row out.
    let list = "Name,URL of Member Profile,Email\n\
                Ben Tanaka,https://www.meetup.com/members/180007919/,ben@example.org\n\
                Nobody Here,,nobody@example.org\n";
    let refused = app
        .add_invite_emails(&org, "oakland-makers", list.as_bytes())
        .await;
    assert!(
        matches!(&refused, Err(AppError::Invalid(e)) if e.len() == 1 && e[0].message.contains("line 3")),
        "{refused:?}"
    );
    let v = app.invites(&org, "oakland-makers").await.unwrap();
    assert!(
        v.invites
            .iter()
            .find(|i| i.member_id == ben)
            .unwrap()
            .email
            .is_none()
    );
    let list = "Name,URL of Member Profile,Email\n\
                Whoever,https://www.meetup.com/members/180007919/,ben@example.org\n\
                chloé dubois,,chloe@example.org\n";
    let added = app
        .add_invite_emails(&org, "oakland-makers", list.as_bytes())
        .await
        .unwrap();
    assert_eq!((added.added, added.already_claimed), (2, 0));

    // Sending: everyone with an address, once; then at most once a day.
    let sent = app
        .send_invites(&org, "oakland-makers", None)
        .await
        .unwrap();
    assert_eq!((sent.sent, sent.skipped.len()), (3, 0));
    assert_eq!(
        app.send_invites(&org, "oakland-makers", None)
            .await
            .unwrap()
            .sent,
        0
    );
    let again = app
        .send_invites(&org, "oakland-makers", Some(&ben))
        .await
        .unwrap();
    assert_eq!(again.sent, 0);
    assert!(
        again.skipped[0].1.contains("less than a day ago"),
        "{again:?}"
    );
    env.clock.advance_secs(25 * 3600);
    assert_eq!(
        app.send_invites(&org, "oakland-makers", Some(&ben))
            .await
            .unwrap()
            .sent,
        1
    );
    let mail = app.outbox(&Actor::Operator, 100).await.unwrap();
    let to_ana: Vec<_> = mail.iter().filter(|m| m.to == "ana@example.org").collect();
    assert_eq!(to_ana.len(), 1);
    assert_eq!(
        to_ana[0].subject,
        "Org invites you to Oakland Makers on Pools"
    );
    assert!(to_ana[0].body.contains(&app.invite_link(&ana)));
    assert_eq!(mail.iter().filter(|m| m.to == "ben@example.org").count(), 2);

    // Opened, then claimed.
    app.invite(&chloe, &app.invite_token(&chloe)).await.unwrap();
    let chloe_actor = person(app, "Chloé").await;
    app.claim_invite(&chloe_actor, &chloe, &app.invite_token(&chloe))
        .await
        .unwrap();
    app.invite(&ana, &app.invite_token(&ana)).await.unwrap();
    let v = app.invites(&org, "oakland-makers").await.unwrap();
    let row = |id: &str| {
        v.invites
            .iter()
            .find(|i| i.member_id == id)
            .unwrap()
            .clone()
    };
    assert!(row(&ana).opened_ms.is_some() && !row(&ana).claimed);
    assert!(row(&chloe).claimed && row(&chloe).link.is_none());
    assert_eq!((row(&ben).sent, row(&ben).opened_ms), (2, None));
    assert!(matches!(
        app.set_invite_email(&org, "oakland-makers", &chloe, "c2@example.org")
            .await,
        Err(AppError::Conflict(_))
    ));
    assert_eq!(
        app.send_invites(&org, "oakland-makers", Some(&chloe))
            .await
            .unwrap()
            .skipped[0]
            .1,
        "has claimed their place already"
    );

    // Addresses are operational: the journal never carries them.
    let mut out = Vec::new();
    app.export_journal(&mut out).await.unwrap();
    let journal = String::from_utf8(out).unwrap();
    assert!(!journal.contains("ben@example.org") && !journal.contains("ana@example.org"));
}

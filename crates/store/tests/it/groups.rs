use crate::contract;
use crate::harness::{Env, fixture, person};
use pools_app::{Actor, AppError};
use pools_core::meetup::{GroupRole, MeetupError};

contract!(
    fixtures_import_and_reimport_without_duplicates,
    bad_files_are_refused_and_nothing_is_written,
    invites_are_claimed_once,
    group_visibility_by_role,
    only_organizers_import,
    a_creator_found_in_the_export_takes_that_place,
);

async fn a_creator_found_in_the_export_takes_that_place(env: Env) {
    let app = &env.app;
    let chloe = person(app, "Chloé Dubois").await;
    app.create_group(&chloe, "Makers", Some("makers"), "")
        .await
        .unwrap();
    app.import_meetup(
        &chloe,
        "makers",
        "classic.csv",
        &fixture("classic.csv"),
        None,
    )
    .await
    .unwrap();
    let v = app.group_view(&chloe, "makers").await.unwrap();
    assert_eq!(v.member_count, 13);
    let place = v
        .members
        .iter()
        .find(|m| m.meetup_member_id == Some(180015838))
        .unwrap();
    assert_eq!(place.role, GroupRole::Member);
    app.claim_invite(&chloe, &place.id, &app.invite_token(&place.id))
        .await
        .unwrap();
    let v = app.group_view(&chloe, "makers").await.unwrap();
    assert_eq!(v.member_count, 12, "the two memberships became one");
    let me = v.me.unwrap();
    assert_eq!(me.meetup_member_id, Some(180015838));
    assert_eq!(me.role, GroupRole::Organizer, "the stronger role is kept");
    // Having taken an imported place, she cannot take another.
    let other = v.members.iter().find(|m| m.name == "Esi Park").unwrap();
    assert!(matches!(
        app.claim_invite(&chloe, &other.id, &app.invite_token(&other.id))
            .await,
        Err(AppError::Conflict(_))
    ));
}

async fn fixtures_import_and_reimport_without_duplicates(env: Env) {
    let app = &env.app;
    let s = app
        .import_meetup(
            &Actor::Operator,
            "oakland-makers",
            "classic.csv",
            &fixture("classic.csv"),
            None,
        )
        .await
        .unwrap();
    assert_eq!((s.members, s.created, s.updated), (12, 12, 0));
    let again = app
        .import_meetup(
            &Actor::Operator,
            "oakland-makers",
            "classic.csv",
            &fixture("classic.csv"),
            None,
        )
        .await
        .unwrap();
    assert_eq!((again.members, again.created, again.updated), (12, 0, 12));
    let view = app
        .group_view(&Actor::Operator, "oakland-makers")
        .await
        .unwrap();
    assert_eq!(view.members.len(), 12, "re-import never duplicates");
    let ana = view
        .members
        .iter()
        .find(|m| m.name == "Ana Okafor")
        .unwrap();
    assert_eq!(ana.role, GroupRole::Organizer);
    assert_eq!(ana.meetup_member_id, Some(180000000));
    assert_eq!(
        ana.answers,
        vec![(
            "What brings you to the group?".to_string(),
            "Community garden".to_string()
        )]
    );
    let chloe = view
        .members
        .iter()
        .find(|m| m.name == "Chloé Dubois")
        .unwrap();
    assert_eq!(chloe.role, GroupRole::Member);

    // A newer export with a changed name updates the member in place.
    let text = String::from_utf8(fixture("classic.csv"))
        .unwrap()
        .replace("Luis Nguyen", "Luis Nguyễn");
    let s = app
        .import_meetup(
            &Actor::Operator,
            "oakland-makers",
            "newer.csv",
            text.as_bytes(),
            None,
        )
        .await
        .unwrap();
    assert_eq!((s.created, s.updated), (0, 12));
    let view = app
        .group_view(&Actor::Operator, "oakland-makers")
        .await
        .unwrap();
    assert!(view.members.iter().any(|m| m.name == "Luis Nguyễn"));
    assert!(!view.members.iter().any(|m| m.name == "Luis Nguyen"));

    let s = app
        .import_meetup(
            &Actor::Operator,
            "berkeley-runners",
            "newer.csv",
            &fixture("newer.csv"),
            None,
        )
        .await
        .unwrap();
    assert_eq!((s.members, s.created), (9, 9));
    let view = app
        .group_view(&Actor::Operator, "berkeley-runners")
        .await
        .unwrap();
    let organizers: Vec<_> = view
        .members
        .iter()
        .filter(|m| m.role == GroupRole::Organizer)
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(organizers, ["Farah Kowalski", "Gus Smith", "Hiro O'Brien"]);
}

async fn bad_files_are_refused_and_nothing_is_written(env: Env) {
    let app = &env.app;
    app.import_meetup(
        &Actor::Operator,
        "oakland-makers",
        "classic.csv",
        &fixture("classic.csv"),
        None,
    )
    .await
    .unwrap();
    let before = app.state_dump().await.unwrap();

    let not_export = app
        .import_meetup(
            &Actor::Operator,
            "oakland-makers",
            "x.csv",
            b"Email,Phone\na@b.c,123\n",
            None,
        )
        .await
        .unwrap_err();
    match &not_export {
        AppError::Import(MeetupError::NotAnExport { missing, .. }) => {
            assert!(missing.iter().any(|m| m == "Name"), "{missing:?}");
        }
        other => panic!("{other:?}"),
    }
    assert!(not_export.to_string().contains("Name"));

    // Row 4 (line 4) is broken: the rows before it must not be written either.
    let mut text = String::from_utf8(fixture("classic.csv")).unwrap();
    text = text.replace(
        "Chloé Dubois,user 180015838,,180015838",
        "Chloé Dubois,user 180015838,,not-a-number",
    );
    text = text.replace("Ana Okafor", "Ana Changed");
    let err = app
        .import_meetup(
            &Actor::Operator,
            "oakland-makers",
            "x.csv",
            text.as_bytes(),
            None,
        )
        .await
        .unwrap_err();
    match &err {
        AppError::Import(MeetupError::Malformed { line, .. }) => assert_eq!(*line, 4),
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("line 4"), "{err}");

    // A file for a new group that fails must not create the group.
    let err = app
        .import_meetup(
            &Actor::Operator,
            "new-group",
            "x.csv",
            text.as_bytes(),
            None,
        )
        .await;
    assert!(err.is_err());
    assert_eq!(
        app.state_dump().await.unwrap(),
        before,
        "nothing was written"
    );
}

async fn invites_are_claimed_once(env: Env) {
    let app = &env.app;
    app.import_meetup(
        &Actor::Operator,
        "oakland-makers",
        "classic.csv",
        &fixture("classic.csv"),
        None,
    )
    .await
    .unwrap();
    let view = app
        .group_view(&Actor::Operator, "oakland-makers")
        .await
        .unwrap();
    assert_eq!(view.unclaimed, 12);
    let ana_member = view
        .members
        .iter()
        .find(|m| m.name == "Ana Okafor")
        .unwrap()
        .clone();
    let link = app.invite_link(&ana_member.id);
    assert!(link.starts_with("http://pools.test/invite/"));
    let token = link.rsplit('/').next().unwrap().to_string();

    let ana = person(app, "Ana Okafor").await;
    // A wrong token reveals nothing.
    assert!(matches!(
        app.claim_invite(&ana, &ana_member.id, "forged-token").await,
        Err(AppError::NotFound(_))
    ));
    assert!(matches!(
        app.claim_invite(&Actor::Anonymous, &ana_member.id, &token)
            .await,
        Err(AppError::Unauthenticated(_))
    ));
    app.claim_invite(&ana, &ana_member.id, &token)
        .await
        .unwrap();
    // Claiming again is harmless; someone else cannot.
    app.claim_invite(&ana, &ana_member.id, &token)
        .await
        .unwrap();
    let ben = person(app, "Ben Tanaka").await;
    assert!(matches!(
        app.claim_invite(&ben, &ana_member.id, &token).await,
        Err(AppError::Conflict(_))
    ));
    // Ana is in the group now, so she cannot claim a second place.
    let chloe = view
        .members
        .iter()
        .find(|m| m.name == "Chloé Dubois")
        .unwrap();
    let chloe_token = app.invite_token(&chloe.id);
    assert!(matches!(
        app.claim_invite(&ana, &chloe.id, &chloe_token).await,
        Err(AppError::Conflict(_))
    ));
    let view = app.group_view(&ana, "oakland-makers").await.unwrap();
    assert!(
        view.is_organizer(),
        "the Meetup organizer role carried over"
    );
    assert_eq!(view.unclaimed, 11, "claimed members have no invite link");
}

async fn group_visibility_by_role(env: Env) {
    let app = &env.app;
    let org = person(app, "Org").await;
    app.create_group(&org, "Oakland Bike Club", None, "We fix bikes.")
        .await
        .unwrap();
    let member = person(app, "Member").await;
    app.join_group(&member, "oakland-bike-club").await.unwrap();
    assert!(matches!(
        app.join_group(&member, "oakland-bike-club").await,
        Err(AppError::Conflict(_))
    ));
    app.import_meetup(
        &org,
        "oakland-bike-club",
        "classic.csv",
        &fixture("classic.csv"),
        None,
    )
    .await
    .unwrap();
    let outsider = person(app, "Outsider").await;

    let anon = app
        .group_view(&Actor::Anonymous, "oakland-bike-club")
        .await
        .unwrap();
    assert_eq!(anon.member_count, 14);
    assert!(anon.members.is_empty() && anon.unclaimed == 0);
    let out = app
        .group_view(&outsider, "oakland-bike-club")
        .await
        .unwrap();
    assert!(out.members.is_empty() && out.unclaimed == 0 && out.me.is_none());
    let m = app.group_view(&member, "oakland-bike-club").await.unwrap();
    assert_eq!(m.members.len(), 14);
    assert_eq!(m.unclaimed, 0, "members are not told of invite links");
    assert!(matches!(
        app.invites(&member, "oakland-bike-club").await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.invites(&outsider, "oakland-bike-club").await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.invites(&Actor::Anonymous, "oakland-bike-club").await,
        Err(AppError::Unauthenticated(_))
    ));
    let o = app.group_view(&org, "oakland-bike-club").await.unwrap();
    assert_eq!(o.unclaimed, 12);
    let links = app.invites(&org, "oakland-bike-club").await.unwrap();
    assert_eq!(links.invites.len(), 12);
    assert!(
        links.invites.iter().all(
            |i| !i.name.is_empty() && i.link.as_ref().is_some_and(|l| l.contains(&i.member_id))
        )
    );
    let by_operator = app
        .invites(&Actor::Operator, "oakland-bike-club")
        .await
        .unwrap();
    assert_eq!(by_operator.invites, links.invites);
    assert!(matches!(
        app.group_view(&org, "no-such-group").await,
        Err(AppError::NotFound(_))
    ));
    assert!(matches!(
        app.create_group(&Actor::Anonymous, "X group", None, "")
            .await,
        Err(AppError::Unauthenticated(_))
    ));
    let taken = app
        .create_group(&outsider, "Oakland Bike Club", None, "")
        .await;
    assert!(matches!(taken, Err(AppError::Invalid(_))), "{taken:?}");
}

async fn only_organizers_import(env: Env) {
    let app = &env.app;
    let org = person(app, "Org").await;
    app.create_group(&org, "Readers", Some("readers"), "")
        .await
        .unwrap();
    let member = person(app, "Member").await;
    app.join_group(&member, "readers").await.unwrap();
    let outsider = person(app, "Outsider").await;
    for actor in [&member, &outsider] {
        assert!(matches!(
            app.import_meetup(actor, "readers", "c.csv", &fixture("classic.csv"), None)
                .await,
            Err(AppError::Forbidden(_))
        ));
    }
    assert!(matches!(
        app.import_meetup(
            &Actor::Anonymous,
            "readers",
            "c.csv",
            &fixture("classic.csv"),
            None
        )
        .await,
        Err(AppError::Unauthenticated(_))
    ));
    // Only the operator's command line creates groups by importing.
    assert!(matches!(
        app.import_meetup(&org, "brand-new", "c.csv", &fixture("classic.csv"), None)
            .await,
        Err(AppError::NotFound(_))
    ));
    app.import_meetup(&org, "readers", "c.csv", &fixture("classic.csv"), None)
        .await
        .unwrap();
}

//! Discussion on both engines: threads on decisions and discussions
//! without a vote, replies one level deep, edits, hiding with a reason,
//! mentions that notify once, and minutes that `pools verify` accepts.

use crate::contract;
use crate::decisions::{pool_with, proposal};
use crate::harness::{Env, audited, person};
use pools_app::{Actor, AppError};

contract!(
    a_thread_from_first_comment_to_verified_minutes,
    errors_are_said_in_the_readers_language,
);

fn email(a: &Actor) -> String {
    match a {
        Actor::Person(p) => p.email.clone(),
        _ => unreachable!(),
    }
}

async fn mentions_of(env: &Env, to: &Actor) -> Vec<String> {
    env.app
        .outbox(&Actor::Operator, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to == email(to) && m.subject.contains("mentioned you"))
        .map(|m| m.subject)
        .collect()
}

async fn a_thread_from_first_comment_to_verified_minutes(env: Env) {
    let app = &env.app;
    let (pool, org, members) = pool_with(app, 3, |_| {}).await;
    let (m0, m1, m2) = (&members[0], &members[1], &members[2]);
    while app.notify_pass(500).await.unwrap().entries > 0 {}
    let d = app
        .open_decision(&org, &pool.id, proposal("Buy a stand?"))
        .await
        .unwrap();

    // Only active members write.
    let outsider = person(app, "Outsider").await;
    assert!(matches!(
        app.post_comment(&outsider, &d.id, None, "Hello").await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.post_comment(m0, &d.id, None, "   ").await,
        Err(AppError::Invalid(_))
    ));
    assert!(matches!(
        app.post_comment(m0, "no-such-thread", None, "Hi").await,
        Err(AppError::NotFound(_))
    ));
    let first = app
        .post_comment(
            m0,
            &d.id,
            None,
            "Where would it go, @member-1? And @Org, @nobody, mail me at member.0@example.org",
        )
        .await
        .unwrap();
    let reply = app
        .post_comment(m1, &d.id, Some(&first.id), "By the door.")
        .await
        .unwrap();
    // Replies go one level deep, and stay in their thread.
    let deeper = app
        .post_comment(m2, &d.id, Some(&reply.id), "No, by the window.")
        .await;
    assert!(
        matches!(&deeper, Err(AppError::Invalid(e)) if e[0].message.contains("one level")),
        "{deeper:?}"
    );
    let t = app
        .start_discussion(m2, &pool.id, "Summer picnic", "Who brings what, @member-0?")
        .await
        .unwrap();
    assert!(matches!(
        app.post_comment(m2, &t.id, Some(&first.id), "Wrong thread")
            .await,
        Err(AppError::Invalid(_))
    ));

    // Only the author edits; an edit shows as one.
    assert!(matches!(
        app.edit_comment(m1, &first.id, "Mine now").await,
        Err(AppError::Forbidden(_))
    ));
    let edited = app
        .edit_comment(
            m0,
            &first.id,
            "Where would it go, @member-1? Ask @member-2 too.",
        )
        .await
        .unwrap();
    assert_eq!(edited.edits, 1);
    assert!(edited.edited_at.is_some());

    // Hidden by the author or an organizer, with a reason kept.
    assert!(matches!(
        app.hide_comment(m2, &reply.id, "I disagree").await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.hide_comment(&org, &reply.id, "  ").await,
        Err(AppError::Invalid(_))
    ));
    app.hide_comment(&org, &reply.id, "Names a member's home address")
        .await
        .unwrap();
    assert!(matches!(
        app.hide_comment(m1, &reply.id, "again").await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.edit_comment(m1, &reply.id, "Back").await,
        Err(AppError::Forbidden(_))
    ));

    // The thread as a member reads it: one conversation with its reply,
    // the hidden reply's words withheld and its reason shown.
    let view = app.thread(m2, &d.id).await.unwrap();
    assert_eq!((view.comments.len(), view.total), (1, 2));
    assert!(view.can_post);
    let conv = &view.comments[0];
    assert_eq!(conv.comment.edits, 1);
    assert!(!conv.can_edit && !conv.can_hide);
    let r = &conv.replies[0];
    assert_eq!(r.comment.body, "");
    let h = r.comment.hidden.as_ref().unwrap();
    assert_eq!(
        (h.by_name.as_str(), h.reason.as_str()),
        ("Org", "Names a member's home address")
    );
    assert!(
        view.handles
            .iter()
            .any(|(h, n)| h == "member-0" && n == "Member 0")
    );
    assert!(
        !view.handles.iter().any(|(h, _)| h == "member-2"),
        "not oneself"
    );
    assert!(app.thread(&org, &d.id).await.unwrap().comments[0].can_hide);
    // Outside the group, the thread cannot be read.
    assert!(matches!(
        app.thread(&outsider, &d.id).await,
        Err(AppError::Forbidden(_))
    ));
    let list = app.discussions(m0, &pool.id).await.unwrap();
    assert_eq!(list.discussions.len(), 1);
    assert!(list.can_post && app.discussions(&outsider, &pool.id).await.is_err());
    app.post_comment(m0, &t.id, None, "Bread.").await.unwrap();
    let dv = app.discussion_view(m1, &t.id).await.unwrap();
    assert_eq!((dv.discussion.comments, dv.thread.total), (1, 1));

    // Mentions notify once each: the first comment told Member 1 and Org
    // (nobody is @nobody, an email address is no mention); its edit told
    // Member 2 and nobody twice; the discussion told Member 0.
    while app.notify_pass(500).await.unwrap().entries > 0 {}
    assert_eq!(mentions_of(&env, m1).await.len(), 1);
    assert_eq!(mentions_of(&env, &org).await.len(), 1);
    assert_eq!(
        mentions_of(&env, m2).await,
        vec!["Member 0 mentioned you: Buy a stand?".to_string()]
    );
    assert_eq!(
        mentions_of(&env, m0).await,
        vec!["Member 2 mentioned you: Summer picnic".to_string()]
    );
    app.edit_comment(m0, &first.id, "@member-1, @member-2: where?")
        .await
        .unwrap();
    while app.notify_pass(500).await.unwrap().entries > 0 {}
    assert_eq!(mentions_of(&env, m1).await.len(), 1);

    // The minutes verify.
    assert_eq!(audited(app).await.comments, 3);
}

/// What an error says to a person, whatever its kind.
fn words(e: AppError) -> String {
    match e {
        AppError::Invalid(fields) => fields[0].message.clone(),
        AppError::NotFound(m) | AppError::Forbidden(m) => m,
        other => panic!("unexpected error: {other:?}"),
    }
}

async fn errors_are_said_in_the_readers_language(env: Env) {
    let app = &env.app;
    let (pool, org, members) = pool_with(app, 1, |_| {}).await;
    let d = app
        .open_decision(&org, &pool.id, proposal("Buy a stand?"))
        .await
        .unwrap();
    let outsider = person(app, "Outsider").await;
    let m0 = &members[0];
    let three = async || {
        [
            app.post_comment(&outsider, &d.id, None, "Hello").await,
            app.post_comment(m0, &d.id, None, "   ").await,
            app.post_comment(m0, "no-such-thread", None, "Hi").await,
        ]
        .map(|r| words(r.unwrap_err()))
    };
    let french = crate::harness::in_french(three()).await;
    assert_eq!(
        french,
        [
            "seuls les membres actifs de la caisse peuvent écrire ici : rejoignez-la d'abord",
            "écrivez quelque chose avant de publier",
            "il n'y a pas de décision ni de discussion avec l'identifiant « no-such-thread »",
        ]
    );
    // Outside a request, errors are in English, as they always were.
    assert_eq!(
        three().await,
        [
            "only active members of the pool can write here: join it first",
            "write something before posting",
            "there is no decision or discussion with id \"no-such-thread\"",
        ]
    );
}

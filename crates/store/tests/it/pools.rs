use crate::contract;
use crate::harness::{Env, audited, person};
use pools_app::{Actor, App, AppError};
use pools_core::membership::{MemberStatus, PoolRole, PoolStatus, commitment_hash};
use pools_core::rules::Threshold;

contract!(
    pool_lifecycle_with_each_role,
    a_buy_in_leaves_new_members_pending,
    admission_by_vote_is_enforced,
    leaving_and_roles_keep_an_organizer,
    group_and_pool_errors_are_said_in_the_readers_language,
);

struct Cast {
    org: Actor,
    member: Actor,
    outsider: Actor,
}

async fn group_with_people(app: &App) -> Cast {
    let org = person(app, "Org").await;
    app.create_group(&org, "Oakland Bike Club", None, "")
        .await
        .unwrap();
    let member = person(app, "Member").await;
    app.join_group(&member, "oakland-bike-club").await.unwrap();
    let outsider = person(app, "Outsider").await;
    Cast {
        org,
        member,
        outsider,
    }
}

async fn pool_lifecycle_with_each_role(env: Env) {
    let app = &env.app;
    let Cast {
        org,
        member,
        outsider,
    } = group_with_people(app).await;

    for actor in [&member, &outsider] {
        assert!(matches!(
            app.create_pool(actor, "oakland-bike-club", None, "USD", true)
                .await,
            Err(AppError::Forbidden(_))
        ));
    }
    assert!(matches!(
        app.create_pool(&Actor::Anonymous, "oakland-bike-club", None, "USD", true)
            .await,
        Err(AppError::Unauthenticated(_))
    ));
    assert!(matches!(
        app.create_pool(&org, "oakland-bike-club", None, "USD", false)
            .await,
        Err(AppError::Invalid(_))
    ));
    assert!(matches!(
        app.create_pool(&org, "oakland-bike-club", None, "XXX", true)
            .await,
        Err(AppError::Invalid(_))
    ));
    let pool = app
        .create_pool(&org, "oakland-bike-club", None, "usd", true)
        .await
        .unwrap();
    assert_eq!(pool.name, "Oakland Bike Club Pool");
    assert_eq!(pool.status, PoolStatus::Draft);
    assert_eq!(pool.rules, pools_core::Rules::default());
    assert!(matches!(
        app.create_pool(&org, "oakland-bike-club", None, "USD", true)
            .await,
        Err(AppError::Conflict(_))
    ));

    // While a draft, only organizers edit the rules, and nobody else joins.
    let hash = commitment_hash(&pool.commitment);
    assert!(matches!(
        app.join_pool(&member, &pool.id, &hash, true).await,
        Err(AppError::Conflict(_))
    ));
    let mut rules = pool.rules.clone();
    rules.quorum_percent = 60;
    rules.approval = Threshold::TwoThirds;
    for actor in [&member, &outsider] {
        assert!(matches!(
            app.edit_draft(actor, &pool.id, rules.clone(), "We commit.")
                .await,
            Err(AppError::Forbidden(_))
        ));
    }
    let mut bad = rules.clone();
    bad.rule_change = Threshold::Majority;
    assert!(matches!(
        app.edit_draft(&org, &pool.id, bad, "We commit.").await,
        Err(AppError::Invalid(_))
    ));
    let pool = app
        .edit_draft(
            &org,
            &pool.id,
            rules.clone(),
            "We commit to fixing bikes together.",
        )
        .await
        .unwrap();
    assert_eq!(pool.rules.quorum_percent, 60);
    assert!(matches!(
        app.open_pool(&member, &pool.id).await,
        Err(AppError::Forbidden(_))
    ));
    let pool = app.open_pool(&org, &pool.id).await.unwrap();
    assert_eq!(pool.status, PoolStatus::Open);
    assert!(matches!(
        app.open_pool(&org, &pool.id).await,
        Err(AppError::Conflict(_))
    ));
    assert!(
        matches!(
            app.edit_draft(&org, &pool.id, rules.clone(), "Changed")
                .await,
            Err(AppError::Conflict(_))
        ),
        "open pools change rules only by decision"
    );

    // Joining: group members only, the text they saw, and the box ticked.
    let hash = commitment_hash("We commit to fixing bikes together.");
    assert!(matches!(
        app.join_pool(&outsider, &pool.id, &hash, true).await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.join_pool(&member, &pool.id, "stale", true).await,
        Err(AppError::Conflict(_))
    ));
    assert!(matches!(
        app.join_pool(&member, &pool.id, &hash, false).await,
        Err(AppError::Invalid(_))
    ));
    let m = app.join_pool(&member, &pool.id, &hash, true).await.unwrap();
    assert_eq!((m.role, m.status), (PoolRole::Member, MemberStatus::Active));
    assert_eq!(m.commitment_hash, hash);
    assert!(matches!(
        app.join_pool(&member, &pool.id, &hash, true).await,
        Err(AppError::Conflict(_))
    ));

    let seen_by_member = app.pool_view(&member, &pool.id).await.unwrap();
    assert_eq!(seen_by_member.members.len(), 2);
    assert!(seen_by_member.can.leave && !seen_by_member.can.edit_rules);
    assert!(
        seen_by_member
            .rules_text
            .iter()
            .any(|l| l.contains("at least 60%"))
    );
    let seen_by_outsider = app.pool_view(&outsider, &pool.id).await.unwrap();
    assert!(seen_by_outsider.members.is_empty());
    assert!(!seen_by_outsider.can.join);
    assert_eq!(seen_by_outsider.active_count, 2);
    let home = app.home(&member).await.unwrap();
    assert_eq!(home.pools.len(), 1);
    assert_eq!(home.groups.len(), 1);

    app.leave_pool(&member, &pool.id).await.unwrap();
    assert!(matches!(
        app.leave_pool(&member, &pool.id).await,
        Err(AppError::Conflict(_))
    ));
    assert!(app.home(&member).await.unwrap().pools.is_empty());
    // Rejoining later works and records the new acceptance.
    let m = app.join_pool(&member, &pool.id, &hash, true).await.unwrap();
    assert_eq!(m.status, MemberStatus::Active);
}

async fn a_buy_in_leaves_new_members_pending(env: Env) {
    let app = &env.app;
    let Cast { org, member, .. } = group_with_people(app).await;
    let pool = app
        .create_pool(&org, "oakland-bike-club", Some("Bike Fund"), "EUR", true)
        .await
        .unwrap();
    let mut rules = pool.rules.clone();
    rules.buy_in_minor = 2500;
    let pool = app
        .edit_draft(&org, &pool.id, rules, &pool.commitment)
        .await
        .unwrap();
    app.open_pool(&org, &pool.id).await.unwrap();
    let m = app
        .join_pool(&member, &pool.id, &commitment_hash(&pool.commitment), true)
        .await
        .unwrap();
    assert_eq!(m.status, MemberStatus::Pending);
    let view = app.pool_view(&member, &pool.id).await.unwrap();
    assert_eq!(view.active_count, 1);
    assert!(view.rules_text.iter().any(|l| l.contains("25.00 EUR")));
}

async fn leaving_and_roles_keep_an_organizer(env: Env) {
    let app = &env.app;
    let Cast {
        org,
        member,
        outsider,
    } = group_with_people(app).await;
    let pool = app
        .create_pool(&org, "oakland-bike-club", None, "USD", true)
        .await
        .unwrap();
    app.open_pool(&org, &pool.id).await.unwrap();
    let hash = commitment_hash(&pool.commitment);
    app.join_pool(&member, &pool.id, &hash, true).await.unwrap();
    let member_id = member.person_id().unwrap().to_string();
    let org_id = org.person_id().unwrap().to_string();

    assert!(matches!(
        app.leave_pool(&org, &pool.id).await,
        Err(AppError::Conflict(_))
    ));
    assert!(matches!(
        app.set_pool_role(&org, &pool.id, &org_id, PoolRole::Member)
            .await,
        Err(AppError::Conflict(_))
    ));
    for actor in [&member, &outsider] {
        assert!(matches!(
            app.set_pool_role(actor, &pool.id, &member_id, PoolRole::Organizer)
                .await,
            Err(AppError::Forbidden(_))
        ));
    }
    assert!(matches!(
        app.set_pool_role(
            &org,
            &pool.id,
            outsider.person_id().unwrap(),
            PoolRole::Treasurer
        )
        .await,
        Err(AppError::NotFound(_))
    ));
    let t = app
        .set_pool_role(&org, &pool.id, &member_id, PoolRole::Treasurer)
        .await
        .unwrap();
    assert_eq!(t.role, PoolRole::Treasurer);
    app.set_pool_role(&org, &pool.id, &member_id, PoolRole::Organizer)
        .await
        .unwrap();
    app.leave_pool(&org, &pool.id)
        .await
        .expect("another organizer remains");
    // Members who left cannot act as organizers.
    assert!(matches!(
        app.set_pool_role(&org, &pool.id, &member_id, PoolRole::Member)
            .await,
        Err(AppError::Forbidden(_))
    ));
}

async fn status_of(app: &App, pool: &str, a: &Actor) -> Option<MemberStatus> {
    let mut tx = app.store().read().await.unwrap();
    tx.pool_member(pool, a.person_id().unwrap())
        .await
        .unwrap()
        .map(|m| m.status)
}

/// A pool that admits by vote: joining opens the members' vote; a candidate
/// they admit becomes active once any buy-in is paid (in either order), and
/// one they turn down stops being a member.
async fn admission_by_vote_is_enforced(env: Env) {
    use pools_core::decision::{Choice, Stance};
    let app = &env.app;
    let org = person(app, "Org").await;
    app.create_group(&org, "Vote", Some("vote"), "")
        .await
        .unwrap();
    let pool = app
        .create_pool(&org, "vote", None, "EUR", true)
        .await
        .unwrap();
    let mut rules = pool.rules.clone();
    rules.admission = pools_core::rules::Admission::ByVote;
    rules.buy_in_minor = 1_000;
    let pool = app
        .edit_draft(&org, &pool.id, rules, &pool.commitment)
        .await
        .unwrap();
    app.open_pool(&org, &pool.id).await.unwrap();
    let hash = commitment_hash(&pool.commitment);
    let mo = person(app, "Mo").await;
    let cy = person(app, "Cy").await;
    for a in [&mo, &cy] {
        app.join_group(a, "vote").await.unwrap();
        let m = app.join_pool(a, &pool.id, &hash, true).await.unwrap();
        assert_eq!(m.status, MemberStatus::Pending);
    }
    let votes = app.decisions(&org, &pool.id).await.unwrap();
    assert_eq!(votes.len(), 2, "one admission vote per candidate");
    let vote_on = |name: &str| {
        votes
            .iter()
            .find(|d| d.title == format!("Admit {name} to the pool?"))
            .unwrap()
            .id
            .clone()
    };
    assert!(
        matches!(
            app.cast_ballot(&cy, &vote_on("Mo"), Choice::Proposal(Stance::Agree), "")
                .await,
            Err(AppError::Forbidden(_))
        ),
        "candidates do not vote"
    );
    // Mo's buy-in arrives first; Mo stays pending until the vote passes.
    let buy_in = pools_app::treasury::NewMoney {
        person_id: mo.person_id().unwrap().into(),
        kind: pools_core::event::MoneyKind::BuyIn,
        amount: 1_000,
        received_on: "2026-11-10".into(),
        method: "cash".into(),
        reference: String::new(),
    };
    app.record_money(&org, &pool.id, buy_in.clone(), "b1")
        .await
        .unwrap();
    // Cy pays too, before a vote that will turn Cy down.
    let cy_buy_in = pools_app::treasury::NewMoney {
        person_id: cy.person_id().unwrap().into(),
        ..buy_in.clone()
    };
    app.record_money(&org, &pool.id, cy_buy_in, "b3")
        .await
        .unwrap();
    assert!(
        matches!(
            app.record_money(&org, &pool.id, buy_in, "b2").await,
            Err(AppError::Conflict(_))
        ),
        "one buy-in"
    );
    assert_eq!(
        status_of(app, &pool.id, &mo).await,
        Some(MemberStatus::Pending)
    );
    app.cast_ballot(&org, &vote_on("Mo"), Choice::Proposal(Stance::Agree), "")
        .await
        .unwrap();
    app.cast_ballot(
        &org,
        &vote_on("Cy"),
        Choice::Proposal(Stance::Disagree),
        "no",
    )
    .await
    .unwrap();
    env.clock.advance_secs(8 * 24 * 3600);
    assert_eq!(app.close_due_decisions().await.unwrap().len(), 2);
    assert_eq!(
        status_of(app, &pool.id, &mo).await,
        Some(MemberStatus::Active)
    );
    assert_eq!(
        status_of(app, &pool.id, &cy).await,
        Some(MemberStatus::Left),
        "turned down"
    );
    // The buy-in Cy paid is capital: it is owed back, as to a leaving member.
    let t = app.treasury(&org, &pool.id).await.unwrap();
    let owed: Vec<_> = t
        .exits
        .iter()
        .map(|e| (e.person_id.as_str(), e.amount, e.status.as_str()))
        .collect();
    assert_eq!(owed, vec![(cy.person_id().unwrap(), 1_000, "owed")]);
    assert_eq!(t.authorized.minor, 1_000);
    audited(app).await;
}

async fn group_and_pool_errors_are_said_in_the_readers_language(env: Env) {
    let app = &env.app;
    let Cast { org, member, .. } = group_with_people(app).await;
    let pool = app
        .create_pool(&org, "oakland-bike-club", None, "USD", true)
        .await
        .unwrap();
    let three = async || {
        [
            app.join_group(&member, "oakland-bike-club")
                .await
                .map(|_| ())
                .unwrap_err(),
            app.open_pool(&member, &pool.id)
                .await
                .map(|_| ())
                .unwrap_err(),
            app.group_view(&org, "nowhere")
                .await
                .map(|_| ())
                .unwrap_err(),
        ]
        .map(|e| e.to_string())
    };
    let french = crate::harness::in_french(three()).await;
    assert_eq!(
        french,
        [
            "vous êtes déjà membre de Oakland Bike Club",
            "seule l'équipe d'organisation de la caisse peut l'ouvrir",
            "il n'y a pas de groupe à l'adresse « nowhere »",
        ]
    );
    // Outside a request, the same errors are in English, as they always were.
    assert_eq!(
        three().await,
        [
            "you are already a member of Oakland Bike Club",
            "only the pool's organizers can open it",
            "there is no group with the address \"nowhere\"",
        ]
    );
}

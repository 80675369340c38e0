use crate::contract;
use crate::decisions::{pool_with, proposal};
use crate::harness::{Env, audited};
use pools_app::{Actor, AppError};
use pools_core::decision::{Choice, Stance};
use pools_core::rules::SecretBallots;

contract!(proxies_within_one_person_one_vote);

fn id(a: &Actor) -> String {
    a.person_id().unwrap().to_string()
}

async fn proxies_within_one_person_one_vote(env: Env) {
    let app = &env.app;
    let (pool, org, m) = pool_with(app, 4, |r| {
        r.proxies = true;
        r.secret_ballots = SecretBallots::Optional;
    })
    .await;
    let agree = Choice::Proposal(Stance::Agree);
    let disagree = Choice::Proposal(Stance::Disagree);

    // Naming: never oneself, and nobody holds two.
    assert!(matches!(
        app.name_proxy(&m[0], &pool.id, &id(&m[0]), None).await,
        Err(AppError::Invalid(_))
    ));
    let g = app
        .name_proxy(&m[0], &pool.id, &id(&m[1]), None)
        .await
        .unwrap();
    assert_eq!(
        (g.grantor_name.as_str(), g.proxy_name.as_str()),
        ("Member 0", "Member 1")
    );
    let refused = app.name_proxy(&m[2], &pool.id, &id(&m[1]), None).await;
    assert!(
        matches!(&refused, Err(AppError::Invalid(e)) if e[0].message.contains("already holds")),
        "{refused:?}"
    );

    let d = app
        .open_decision(&org, &pool.id, proposal("Paint the shed?"))
        .await
        .unwrap();
    // The proxy votes for the member, then for themselves: two ballots.
    app.cast_proxy_ballot(&m[1], &d.id, &id(&m[0]), agree.clone(), "")
        .await
        .unwrap();
    app.cast_ballot(&m[1], &d.id, disagree.clone(), "")
        .await
        .unwrap();
    let b = app.decision_view(&org, &d.id).await.unwrap().ballots;
    let m0 = b.iter().find(|b| b.person_id == id(&m[0])).unwrap();
    assert_eq!(m0.cast_by.as_ref().map(|c| c.1.as_str()), Some("Member 1"));
    // Someone who holds no proxy for them cannot vote for them.
    assert!(matches!(
        app.cast_proxy_ballot(&m[2], &d.id, &id(&m[0]), agree.clone(), "")
            .await,
        Err(AppError::Conflict(_))
    ));
    // The member's own ballot overrides the proxy's, which cannot replace it.
    app.cast_ballot(&m[0], &d.id, disagree.clone(), "")
        .await
        .unwrap();
    let refused = app
        .cast_proxy_ballot(&m[1], &d.id, &id(&m[0]), agree.clone(), "")
        .await;
    assert!(
        matches!(&refused, Err(AppError::Conflict(m)) if m.contains("own ballot")),
        "{refused:?}"
    );
    let v = app.decision_view(&org, &d.id).await.unwrap();
    assert_eq!(v.ballot_total, 2, "one ballot per person");
    assert!(v.ballots.iter().all(|b| b.cast_by.is_none()));

    // A grant for this decision only; a new proxy takes the old one's
    // ballot back.
    app.name_proxy(&m[2], &pool.id, &id(&m[3]), Some(&d.id))
        .await
        .unwrap();
    app.cast_proxy_ballot(&m[3], &d.id, &id(&m[2]), agree.clone(), "")
        .await
        .unwrap();
    assert_eq!(
        app.decision_view(&org, &d.id).await.unwrap().ballot_total,
        3
    );
    app.name_proxy(&m[2], &pool.id, &id(&org), Some(&d.id))
        .await
        .unwrap();
    assert_eq!(
        app.decision_view(&org, &d.id).await.unwrap().ballot_total,
        2,
        "the replaced proxy's ballot is taken back"
    );
    app.cast_proxy_ballot(&org, &d.id, &id(&m[2]), agree.clone(), "")
        .await
        .unwrap();

    // A secret ballot takes no proxies.
    let mut s = proposal("Elect a treasurer?");
    s.secret = Some(true);
    let secret = app.open_decision(&org, &pool.id, s).await.unwrap();
    assert!(
        app.cast_proxy_ballot(&m[1], &secret.id, &id(&m[0]), agree.clone(), "")
            .await
            .is_err()
    );
    assert!(
        app.name_proxy(&m[3], &pool.id, &id(&m[1]), Some(&secret.id))
            .await
            .is_err()
    );

    // Every proxy is visible to the pool.
    let list = app.proxies(&m[3], &pool.id).await.unwrap();
    assert_eq!(list.len(), 2);
    assert!(
        list.iter()
            .any(|g| g.grantor_id == id(&m[2]) && g.decision.as_ref().is_some_and(|x| x.0 == d.id))
    );

    // The proxy leaves: the grant ends with them.
    app.leave_pool(&m[1], &pool.id).await.unwrap();
    assert_eq!(app.proxies(&org, &pool.id).await.unwrap().len(), 1);

    // The close counts the proxy's ballot and ends the grant for it.
    env.clock.advance_secs(8 * 24 * 3600);
    app.close_due_decisions().await.unwrap();
    let v = app.decision_view(&org, &d.id).await.unwrap();
    assert_eq!(v.decision.outcome.as_ref().unwrap().ballots, 3);
    assert!(app.proxies(&org, &pool.id).await.unwrap().is_empty());

    // Rules that switch proxies off end every grant.
    app.name_proxy(&m[0], &pool.id, &id(&m[3]), None)
        .await
        .unwrap();
    let mut off = pool.rules.clone();
    off.proxies = false;
    let mut change = proposal("No more proxies");
    change.rule_change = Some(off);
    let change = app.open_decision(&org, &pool.id, change).await.unwrap();
    let d2 = app
        .open_decision(&org, &pool.id, proposal("Another?"))
        .await
        .unwrap();
    app.cast_proxy_ballot(&m[3], &d2.id, &id(&m[0]), agree.clone(), "")
        .await
        .unwrap();
    for a in [&org, &m[0], &m[2], &m[3]] {
        app.cast_ballot(a, &change.id, agree.clone(), "")
            .await
            .unwrap();
    }
    env.clock.advance_secs(8 * 24 * 3600 - 60);
    // Close the rule change first (d2 closes at the same time: both due).
    app.close_due_decisions().await.unwrap();
    assert!(app.proxies(&org, &pool.id).await.unwrap().is_empty());
    assert!(matches!(
        app.name_proxy(&m[0], &pool.id, &id(&m[3]), None).await,
        Err(AppError::Invalid(_))
    ));

    let summary = audited(app).await;
    assert!(summary.decisions_checked >= 3);
    crate::harness::assert_replays(&env).await;
}

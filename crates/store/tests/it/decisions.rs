use crate::contract;
use crate::harness::{Env, person};
use pools_app::decisions::NewDecision;
use pools_app::ports::Pool;
use pools_app::{Actor, App, AppError};
use pools_core::decision::{Choice, Method, Stance};
use pools_core::membership::commitment_hash;
use pools_core::rules::Threshold;

contract!(
    a_proposal_from_opening_to_its_explained_result,
    the_electorate_is_fixed_when_voting_opens,
    rules_change_only_by_a_passed_supermajority,
    early_close_and_hidden_results,
    ranked_and_score_votes_close_with_a_ranking,
    decision_errors_speak_the_readers_language,
);

/// A pool with an organizer and `n` more active members.
pub(crate) async fn pool_with(
    app: &App,
    n: usize,
    tweak: impl FnOnce(&mut pools_core::Rules),
) -> (Pool, Actor, Vec<Actor>) {
    let org = person(app, "Org").await;
    app.create_group(&org, "Deciders", Some("deciders"), "")
        .await
        .unwrap();
    let pool = app
        .create_pool(&org, "deciders", None, "USD", true)
        .await
        .unwrap();
    let mut rules = pool.rules.clone();
    tweak(&mut rules);
    let pool = app
        .edit_draft(&org, &pool.id, rules, &pool.commitment)
        .await
        .unwrap();
    let pool = app.open_pool(&org, &pool.id).await.unwrap();
    let hash = commitment_hash(&pool.commitment);
    let mut members = Vec::new();
    for i in 0..n {
        let m = person(app, &format!("Member {i}")).await;
        app.join_group(&m, "deciders").await.unwrap();
        app.join_pool(&m, &pool.id, &hash, true).await.unwrap();
        members.push(m);
    }
    (pool, org, members)
}

pub(crate) fn proposal(title: &str) -> NewDecision {
    NewDecision {
        title: title.into(),
        body: "Let us **buy** a new stand.".into(),
        method: Method::Proposal,
        voting_days: None,
        rule_change: None,
        spend: None,
        round: None,
        flood: None,
        secret: None,
    }
}

async fn a_proposal_from_opening_to_its_explained_result(env: Env) {
    let app = &env.app;
    let (pool, org, members) = pool_with(app, 4, |_| {}).await;
    let outsider = person(app, "Outsider").await;
    assert!(matches!(
        app.open_decision(&outsider, &pool.id, proposal("Buy a stand?"))
            .await,
        Err(AppError::Forbidden(_))
    ));
    let mut too_long = proposal("Buy a stand?");
    too_long.voting_days = Some(30);
    assert!(matches!(
        app.open_decision(&org, &pool.id, too_long).await,
        Err(AppError::Invalid(_))
    ));
    let d = app
        .open_decision(&members[0], &pool.id, proposal("Buy a stand?"))
        .await
        .unwrap();
    assert_eq!(d.eligible, 5);
    assert!(!d.closed);

    async fn vote(
        app: &App,
        a: &Actor,
        id: &str,
        s: Stance,
    ) -> Result<pools_app::visibility::SeenDecision, AppError> {
        app.cast_ballot(a, id, Choice::Proposal(s), "")
            .await
            .map(|v| v.decision)
    }
    vote(app, &org, &d.id, Stance::Agree).await.unwrap();
    vote(app, &members[0], &d.id, Stance::Agree).await.unwrap();
    vote(app, &members[1], &d.id, Stance::Disagree)
        .await
        .unwrap();
    // Changing a ballot replaces it: still one ballot per person.
    let after = vote(app, &members[1], &d.id, Stance::Agree).await.unwrap();
    assert_eq!(after.tally.ballots, 3);
    assert_eq!(after.tally.counts, vec![3, 0, 0, 0]);
    assert!(
        matches!(
            app.cast_ballot(&members[2], &d.id, Choice::Proposal(Stance::Block), " ")
                .await,
            Err(AppError::Invalid(_))
        ),
        "a block needs a reason"
    );
    assert!(matches!(
        app.cast_ballot(&members[2], &d.id, Choice::Single(0), "")
            .await,
        Err(AppError::Invalid(_))
    ));
    assert!(matches!(
        vote(app, &outsider, &d.id, Stance::Agree).await,
        Err(AppError::Forbidden(_))
    ));
    vote(app, &members[2], &d.id, Stance::Abstain)
        .await
        .unwrap();
    app.withdraw_ballot(&members[2], &d.id).await.unwrap();
    assert!(matches!(
        app.withdraw_ballot(&members[2], &d.id).await,
        Err(AppError::Conflict(_))
    ));

    let view = app.decision_view(&members[3], &d.id).await.unwrap();
    assert!(view.can_vote && view.mine.is_none());
    assert_eq!(view.voters.len(), 3);
    assert!(view.provisional.as_ref().unwrap().passed);

    // Nothing closes before its time; at its time it closes, exactly once.
    assert!(app.close_due_decisions().await.unwrap().is_empty());
    env.clock.advance_secs(7 * 24 * 3600);
    assert!(matches!(
        vote(app, &members[3], &d.id, Stance::Agree).await,
        Err(AppError::Conflict(_))
    ));
    assert_eq!(app.close_due_decisions().await.unwrap(), vec![d.id.clone()]);
    assert!(app.close_due_decisions().await.unwrap().is_empty());
    let view = app.decision_view(&org, &d.id).await.unwrap();
    let o = view.decision.outcome.clone().unwrap();
    assert!(o.passed);
    assert_eq!(
        o.explanation,
        "Passed: 3 of 5 members voted (quorum 3). 3 agreed and 0 disagreed, so 100% agreed against a threshold of more than half."
    );
    assert!(!view.can_vote);
    assert_eq!(app.decisions(&org, &pool.id).await.unwrap().len(), 1);
    assert!(matches!(
        app.decisions(&outsider, &pool.id).await,
        Err(AppError::Forbidden(_))
    ));
}

async fn the_electorate_is_fixed_when_voting_opens(env: Env) {
    let app = &env.app;
    let (pool, org, members) = pool_with(app, 2, |r| r.quorum_percent = 100).await;
    let d = app
        .open_decision(&org, &pool.id, proposal("Paint the door?"))
        .await
        .unwrap();
    // Someone who joins after opening cannot vote on it, and does not raise the quorum.
    let late = person(app, "Late").await;
    app.join_group(&late, "deciders").await.unwrap();
    app.join_pool(&late, &pool.id, &commitment_hash(&pool.commitment), true)
        .await
        .unwrap();
    assert!(matches!(
        app.cast_ballot(&late, &d.id, Choice::Proposal(Stance::Agree), "")
            .await,
        Err(AppError::Forbidden(_))
    ));
    // Someone who leaves still had their place in the electorate.
    app.leave_pool(&members[1], &pool.id).await.unwrap();
    for a in [&org, &members[0], &members[1]] {
        app.cast_ballot(a, &d.id, Choice::Proposal(Stance::Agree), "yes")
            .await
            .unwrap();
    }
    env.clock.advance_secs(8 * 24 * 3600);
    app.close_due_decisions().await.unwrap();
    let o = app
        .decision_view(&org, &d.id)
        .await
        .unwrap()
        .decision
        .outcome
        .clone()
        .unwrap();
    assert_eq!((o.eligible, o.ballots, o.quorum), (3, 3, 3));
    assert!(o.passed);
}

async fn rules_change_only_by_a_passed_supermajority(env: Env) {
    let app = &env.app;
    let (pool, org, members) = pool_with(app, 5, |_| {}).await;
    let mut new_rules = pool.rules.clone();
    new_rules.quorum_percent = 30;
    new_rules.blocks = true;
    let mut change = proposal("Lower the quorum");
    change.rule_change = Some(new_rules.clone());
    let d = app
        .open_decision(&org, &pool.id, change.clone())
        .await
        .unwrap();
    // 4 of 6 agree: 66.7% is two thirds, which the supermajority needs.
    for (i, a) in [&org, &members[0], &members[1], &members[2]]
        .into_iter()
        .enumerate()
    {
        let _ = i;
        app.cast_ballot(a, &d.id, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
    }
    for a in [&members[3], &members[4]] {
        app.cast_ballot(a, &d.id, Choice::Proposal(Stance::Disagree), "")
            .await
            .unwrap();
    }
    env.clock.advance_secs(7 * 24 * 3600);
    app.close_due_decisions().await.unwrap();
    let v = app.pool_view(&org, &pool.id).await.unwrap();
    assert_eq!(v.pool.rules, new_rules, "the rules changed by decision");

    // A rule change that only reaches a simple majority changes nothing.
    let mut stricter = new_rules.clone();
    stricter.rule_change = Threshold::ThreeQuarters;
    let mut change = proposal("Make rule changes harder");
    change.rule_change = Some(stricter);
    let d = app.open_decision(&org, &pool.id, change).await.unwrap();
    for a in [&org, &members[0], &members[1], &members[2]] {
        app.cast_ballot(a, &d.id, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
    }
    for a in [&members[3], &members[4]] {
        app.cast_ballot(a, &d.id, Choice::Proposal(Stance::Disagree), "")
            .await
            .unwrap();
    }
    // Under the new rules a block stops it; the block needs a reason.
    app.cast_ballot(
        &members[4],
        &d.id,
        Choice::Proposal(Stance::Block),
        "Too rigid",
    )
    .await
    .unwrap();
    env.clock.advance_secs(7 * 24 * 3600);
    app.close_due_decisions().await.unwrap();
    let o = app
        .decision_view(&org, &d.id)
        .await
        .unwrap()
        .decision
        .outcome
        .clone()
        .unwrap();
    assert!(!o.passed);
    assert!(o.explanation.starts_with("Blocked:"), "{}", o.explanation);
    assert_eq!(
        app.pool_view(&org, &pool.id).await.unwrap().pool.rules,
        new_rules
    );
    let mut same = proposal("No change");
    same.rule_change = Some(new_rules);
    assert!(matches!(
        app.open_decision(&org, &pool.id, same).await,
        Err(AppError::Invalid(_))
    ));
}

async fn early_close_and_hidden_results(env: Env) {
    let app = &env.app;
    let (pool, org, members) = pool_with(app, 2, |r| {
        r.close_early = true;
        r.hide_results = true;
    })
    .await;
    let d = app
        .open_decision(&org, &pool.id, proposal("Picnic?"))
        .await
        .unwrap();
    app.cast_ballot(&org, &d.id, Choice::Proposal(Stance::Agree), "sunny")
        .await
        .unwrap();
    // What a voter gets back from voting is filtered like every other read:
    // the running count is not in it.
    let after_vote = app
        .cast_ballot(
            &members[0],
            &d.id,
            Choice::Proposal(Stance::Disagree),
            "rain",
        )
        .await
        .unwrap();
    assert!(after_vote.hidden);
    assert_eq!(
        after_vote.tally.ballots, 0,
        "voting does not reveal the count"
    );
    let v = app.decision_view(&members[1], &d.id).await.unwrap();
    assert!(v.decision.hidden && v.ballots.is_empty() && v.provisional.is_none());
    assert_eq!(v.decision.tally.ballots, 0, "the count is hidden");
    assert_eq!(v.voters.len(), 2, "who voted is not hidden");
    let list = app.decisions(&members[1], &pool.id).await.unwrap();
    assert_eq!(list[0].tally.ballots, 0);
    let (t, outcome) = app.decision_tally(&members[1], &d.id).await.unwrap();
    assert!(t.hidden && outcome.is_none() && t.tally.ballots == 0);
    // Past the closing time but before the closer has run, the count is
    // still hidden everywhere: it is shown with the result, not before.
    env.clock.advance_secs(30 * 24 * 3600);
    let list = app.decisions(&members[1], &pool.id).await.unwrap();
    assert!(list[0].hidden);
    assert_eq!(list[0].tally.ballots, 0, "the list hides it like the page");
    env.clock.advance_secs(-(30 * 24 * 3600));
    let closed = app
        .cast_ballot(&members[1], &d.id, Choice::Proposal(Stance::Agree), "")
        .await
        .unwrap();
    assert!(closed.closed, "the last voter closed it early");
    let v = app.decision_view(&members[1], &d.id).await.unwrap();
    assert!(!v.decision.hidden);
    assert_eq!(v.ballots.len(), 3);
    assert!(v.decision.outcome.clone().unwrap().passed);
}

async fn ranked_and_score_votes_close_with_a_ranking(env: Env) {
    let app = &env.app;
    let (pool, org, members) = pool_with(app, 3, |_| {}).await;
    let options: Vec<String> = ["Tuesday", "Thursday", "Saturday"]
        .map(String::from)
        .to_vec();
    let ranked = app
        .open_decision(
            &org,
            &pool.id,
            NewDecision {
                title: "Which evening?".into(),
                body: String::new(),
                method: Method::RankedChoice {
                    options: options.clone(),
                },
                voting_days: Some(2),
                rule_change: None,
                spend: None,
                round: None,
                flood: None,
                secret: None,
            },
        )
        .await
        .unwrap();
    let score = app
        .open_decision(
            &org,
            &pool.id,
            NewDecision {
                title: "Rate the venues".into(),
                body: String::new(),
                method: Method::Score {
                    options,
                    max_score: 5,
                },
                voting_days: Some(2),
                rule_change: None,
                spend: None,
                round: None,
                flood: None,
                secret: None,
            },
        )
        .await
        .unwrap();
    for (a, order, scores) in [
        (&org, vec![2, 1, 0], vec![1, 3, 5]),
        (&members[0], vec![2, 0], vec![2, 4, 5]),
        (&members[1], vec![1, 2, 0], vec![0, 5, 4]),
        (&members[2], vec![0, 2, 1], vec![5, 0, 3]),
    ] {
        app.cast_ballot(a, &ranked.id, Choice::Ranked(order), "")
            .await
            .unwrap();
        app.cast_ballot(a, &score.id, Choice::Score(scores), "")
            .await
            .unwrap();
    }
    env.clock.advance_secs(2 * 24 * 3600);
    assert_eq!(app.close_due_decisions().await.unwrap().len(), 2);
    let r = app
        .decision_view(&org, &ranked.id)
        .await
        .unwrap()
        .decision
        .outcome
        .clone()
        .unwrap();
    assert_eq!(r.winners, vec![2]);
    assert!(
        r.explanation
            .contains("\"Saturday\" won by the Schulze method"),
        "{}",
        r.explanation
    );
    let s = app
        .decision_view(&org, &score.id)
        .await
        .unwrap()
        .decision
        .outcome
        .clone()
        .unwrap();
    assert_eq!(s.winners, vec![2]);
    assert!(
        s.explanation.contains("4.3 of 5 on average"),
        "{}",
        s.explanation
    );
}

async fn decision_errors_speak_the_readers_language(env: Env) {
    let app = &env.app;
    let (pool, org, _) = pool_with(app, 1, |_| {}).await;
    let d = app
        .open_decision(&org, &pool.id, proposal("Buy a stand?"))
        .await
        .unwrap();
    let three = async || {
        let mut too_long = proposal("Buy a stand?");
        too_long.voting_days = Some(30);
        [
            app.open_decision(&org, &pool.id, too_long)
                .await
                .map(|_| ())
                .unwrap_err(),
            app.cast_ballot(
                &org,
                "no-such-decision",
                Choice::Proposal(Stance::Agree),
                "",
            )
            .await
            .map(|_| ())
            .unwrap_err(),
            app.withdraw_ballot(&org, &d.id).await.unwrap_err(),
        ]
        .map(|e| e.to_string())
    };
    let french = crate::harness::in_french(three()).await;
    assert_eq!(
        french,
        [
            "voting_days: les décisions de cette caisse restent ouvertes de 2 à 14 jours",
            "il n'y a pas de décision avec l'identifiant « no-such-decision »",
            "vous n'avez pas de vote à retirer sur cette décision",
        ]
    );
    // Outside a request, the same errors are in English, as they always were.
    assert_eq!(
        three().await,
        [
            "voting_days: this pool's decisions stay open from 2 to 14 days",
            "there is no decision with id \"no-such-decision\"",
            "you have no ballot on this decision to withdraw",
        ]
    );
}

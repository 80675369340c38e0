use crate::contract;
use crate::harness::{Env, audited, person};
use pools_app::budgeting::NewBucket;
use pools_app::decisions::NewDecision;
use pools_app::ports::SessionKind;
use pools_app::treasury::NewMoney;
use pools_app::{Actor, App, AppError};
use pools_core::budget::{BudgetLine, Phase, RoundPlan};
use pools_core::decision::{Choice, Method, Stance};
use pools_core::event::MoneyKind;
use pools_core::membership::{PoolRole, commitment_hash};

contract!(
    a_round_runs_from_its_decision_to_payouts,
    a_round_that_cannot_open_says_why,
    a_round_leaves_room_for_open_spend_proposals,
    a_hundred_members_fund_a_nearly_full_bucket_at_once,
    round_entries_stay_and_buckets_fit_the_round,
);

/// A round's own ledger entries cannot be reversed to free its money, and a
/// bucket cannot ask for more than the whole round holds.
async fn round_entries_stay_and_buckets_fit_the_round(env: Env) {
    let app = &env.app;
    let c = cast(app).await;
    gift(app, &c, 9_000, "g1").await;
    let round = pass_round(
        &env,
        &c.pool_id,
        &[&c.org, &c.treasurer, &c.member],
        plan(9_000, None),
    )
    .await;
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    // The round's entry is not money received: it cannot be reversed.
    let budgeted = t
        .entries
        .iter()
        .find(|e| e.kind.as_str() == "round_budgeted")
        .unwrap();
    assert!(matches!(
        app.reverse_entry(&c.treasurer, &budgeted.id, "free it", "rev")
            .await,
        Err(AppError::Conflict(_))
    ));
    // A bucket cannot ask for more than the whole round holds.
    let rid = app
        .decision_view(&c.org, &round)
        .await
        .unwrap()
        .round_id
        .unwrap();
    assert!(matches!(
        app.create_bucket(&c.member, &rid, bucket("Everything", vec![line("All", 9_001, None)], &[])).await,
        Err(AppError::Invalid(e)) if e[0].message.contains("more than the whole round holds")
    ));
}

pub(crate) const DAY: i64 = 24 * 3600;

pub(crate) struct Cast {
    pub pool_id: String,
    pub org: Actor,
    pub treasurer: Actor,
    pub member: Actor,
    pub outsider: Actor,
}

pub(crate) async fn cast(app: &App) -> Cast {
    let org = person(app, "Org").await;
    app.create_group(&org, "Garden", Some("garden"), "")
        .await
        .unwrap();
    let pool = app
        .create_pool(&org, "garden", None, "EUR", true)
        .await
        .unwrap();
    app.open_pool(&org, &pool.id).await.unwrap();
    let hash = commitment_hash(&pool.commitment);
    let treasurer = person(app, "Tess").await;
    let member = person(app, "Mo").await;
    for a in [&treasurer, &member] {
        app.join_group(a, "garden").await.unwrap();
        app.join_pool(a, &pool.id, &hash, true).await.unwrap();
    }
    app.set_pool_role(
        &org,
        &pool.id,
        treasurer.person_id().unwrap(),
        PoolRole::Treasurer,
    )
    .await
    .unwrap();
    let outsider = person(app, "Out").await;
    Cast {
        pool_id: pool.id,
        org,
        treasurer,
        member,
        outsider,
    }
}

pub(crate) async fn gift(app: &App, c: &Cast, amount: i64, key: &str) {
    app.record_money(
        &c.treasurer,
        &c.pool_id,
        NewMoney {
            person_id: c.member.person_id().unwrap().into(),
            kind: MoneyKind::Gift,
            amount,
            received_on: "2026-11-10".into(),
            method: "bank_transfer".into(),
            reference: key.into(),
        },
        key,
    )
    .await
    .unwrap();
}

pub(crate) fn plan(amount: i64, cap: Option<i64>) -> RoundPlan {
    RoundPlan {
        amount,
        bucket_days: 3,
        funding_days: 4,
        cap,
        guidelines: "Things that grow.".into(),
    }
}

/// Opens a round decision, has `voters` agree, and lets it close.
pub(crate) async fn pass_round(
    env: &Env,
    pool_id: &str,
    voters: &[&Actor],
    plan: RoundPlan,
) -> String {
    let id = agree_to_round(env, pool_id, voters, plan).await;
    env.clock.advance_secs(2 * DAY);
    assert_eq!(
        env.app.close_due_decisions().await.unwrap(),
        vec![id.clone()]
    );
    id
}

/// Opens a round decision and has `voters` agree; it closes in two days.
pub(crate) async fn agree_to_round(
    env: &Env,
    pool_id: &str,
    voters: &[&Actor],
    plan: RoundPlan,
) -> String {
    let app = &env.app;
    let d = app
        .open_decision(
            voters[0],
            pool_id,
            NewDecision {
                title: "Spring round".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(2),
                rule_change: None,
                spend: None,
                round: Some(plan),
                flood: None,
                secret: None,
            },
        )
        .await
        .unwrap();
    for v in voters {
        app.cast_ballot(v, &d.id, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
    }
    d.decision.id
}

pub(crate) fn line(label: &str, min: i64, max: Option<i64>) -> BudgetLine {
    BudgetLine {
        label: label.into(),
        min,
        max,
    }
}

pub(crate) fn bucket(title: &str, lines: Vec<BudgetLine>, co: &[&Actor]) -> NewBucket {
    NewBucket {
        title: title.into(),
        description: format!("All about {title}."),
        lines,
        co_creators: co
            .iter()
            .map(|a| a.person_id().unwrap().to_string())
            .collect(),
    }
}

async fn a_round_runs_from_its_decision_to_payouts(env: Env) {
    let app = &env.app;
    let c = cast(app).await;
    gift(app, &c, 10_000, "g1").await;
    // More than the pool has available is refused when proposed.
    let too_much = app
        .open_decision(
            &c.org,
            &c.pool_id,
            NewDecision {
                title: "Too much".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(2),
                rule_change: None,
                spend: None,
                round: Some(plan(10_001, None)),
                flood: None,
                secret: None,
            },
        )
        .await;
    assert!(matches!(too_much, Err(AppError::Invalid(e)) if e[0].field == "round_amount"));
    let decision_id = pass_round(
        &env,
        &c.pool_id,
        &[&c.org, &c.treasurer, &c.member],
        plan(9_001, Some(2_500)),
    )
    .await;
    let view = app.decision_view(&c.org, &decision_id).await.unwrap();
    let round_id = view.round_id.expect("the passed decision opened a round");
    let r = app.round_view(&c.member, &round_id).await.unwrap();
    assert_eq!(
        (r.round.per_member, r.round.remainder, r.round.members),
        (3_000, 1, 3),
        "equal shares; the remainder stays with the pool"
    );
    assert_eq!(r.phase, Phase::Buckets);
    assert_eq!(r.my_left, Some(3_000));
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(
        (t.treasury.minor, t.budgeted.minor, t.available.minor),
        (10_000, 9_000, 1_000),
        "the allocations are set aside"
    );
    // Buckets, from members only, with co-creators who are members.
    let mural = app
        .create_bucket(
            &c.member,
            &round_id,
            bucket(
                "Mural",
                vec![
                    line("Paint", 3_000, Some(4_000)),
                    line("Brushes", 1_000, None),
                ],
                &[&c.treasurer],
            ),
        )
        .await
        .unwrap();
    assert_eq!((mural.min_goal, mural.max_goal), (4_000, 5_000));
    assert_eq!(mural.co_creators.len(), 2);
    let seeds = app
        .create_bucket(
            &c.org,
            &round_id,
            bucket("Seeds", vec![line("Seeds", 3_000, None)], &[]),
        )
        .await
        .unwrap();
    let shed = app
        .create_bucket(
            &c.treasurer,
            &round_id,
            bucket("Shed", vec![line("Wood", 8_000, None)], &[]),
        )
        .await
        .unwrap();
    assert!(matches!(
        app.create_bucket(
            &c.outsider,
            &round_id,
            bucket("X", vec![line("x", 1, None)], &[])
        )
        .await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.create_bucket(
            &c.member,
            &round_id,
            bucket("X", vec![line("x", 1, None)], &[&c.outsider])
        )
        .await,
        Err(AppError::Invalid(_))
    ));
    assert!(matches!(
        app.create_bucket(&c.member, &round_id, bucket("X", vec![], &[]))
            .await,
        Err(AppError::Invalid(_))
    ));
    // Review: flags during the proposal window, once each; no funding yet.
    app.flag_bucket(&c.member, &shed.id, "Sheds are not things that grow")
        .await
        .unwrap();
    assert!(matches!(
        app.flag_bucket(&c.member, &shed.id, "again").await,
        Err(AppError::Conflict(_))
    ));
    assert!(matches!(
        app.fund_bucket(&c.org, &mural.id, 100, "early").await,
        Err(AppError::Conflict(_))
    ));
    env.clock.advance_secs(3 * DAY);
    assert!(matches!(
        app.create_bucket(
            &c.member,
            &round_id,
            bucket("Late", vec![line("x", 1, None)], &[])
        )
        .await,
        Err(AppError::Conflict(_))
    ));
    assert!(matches!(
        app.flag_bucket(&c.org, &shed.id, "late").await,
        Err(AppError::Conflict(_))
    ));
    // Funding: the cap, the maximum and the allocation are all enforced.
    assert!(matches!(
        app.fund_bucket(&c.org, &mural.id, 2_501, "f0").await,
        Err(AppError::Conflict(m)) if m.contains("at most")
    ));
    app.fund_bucket(&c.org, &mural.id, 2_500, "f1")
        .await
        .unwrap();
    let again = app
        .fund_bucket(&c.org, &mural.id, 2_500, "f1")
        .await
        .unwrap();
    assert_eq!(again.total, 2_500, "the same key records once");
    assert!(matches!(
        app.fund_bucket(&c.org, &mural.id, 10, "f1").await,
        Err(AppError::Conflict(_))
    ));
    app.fund_bucket(&c.member, &mural.id, 2_000, "f2")
        .await
        .unwrap();
    let full = app.fund_bucket(&c.treasurer, &mural.id, 600, "f3").await;
    assert!(
        matches!(&full, Err(AppError::Conflict(m)) if m.contains("only")),
        "{full:?}"
    );
    app.fund_bucket(&c.treasurer, &mural.id, 500, "f4")
        .await
        .unwrap();
    assert!(matches!(
        app.fund_bucket(&c.member, &seeds.id, 1_001, "f5").await,
        Err(AppError::Conflict(m)) if m.contains("allocation")
    ));
    app.fund_bucket(&c.member, &seeds.id, 1_000, "f6")
        .await
        .unwrap();
    app.fund_bucket(&c.treasurer, &shed.id, 2_000, "f7")
        .await
        .unwrap();
    app.fund_bucket(&c.org, &shed.id, 500, "f8").await.unwrap();
    assert!(matches!(
        app.fund_bucket(&c.outsider, &seeds.id, 1, "f9").await,
        Err(AppError::Forbidden(_))
    ));
    // Cancelling gives every contribution back to the allocations.
    assert!(matches!(
        app.cancel_bucket(&c.member, &shed.id, "no").await,
        Err(AppError::Forbidden(_))
    ));
    let before = app
        .round_view(&c.treasurer, &round_id)
        .await
        .unwrap()
        .my_left;
    let cancelled = app
        .cancel_bucket(&c.treasurer, &shed.id, "The council gave us a shed")
        .await
        .unwrap();
    assert_eq!(cancelled.status.as_str(), "cancelled");
    assert_eq!(
        app.round_view(&c.treasurer, &round_id)
            .await
            .unwrap()
            .my_left,
        before.map(|b| b + 2_000)
    );
    assert_eq!(
        app.round_view(&c.org, &round_id).await.unwrap().my_left,
        Some(3_000 - 2_500)
    );
    assert!(matches!(
        app.fund_bucket(&c.org, &shed.id, 1, "f10").await,
        Err(AppError::Conflict(_))
    ));
    let b = app.bucket_view(&c.member, &mural.id).await.unwrap();
    assert_eq!(
        (b.bucket.total, b.funders.len(), b.history.len()),
        (5_000, 3, 3)
    );
    assert!(!b.can_fund, "a full bucket takes no more");
    // The close: the mural reached its minimum and becomes a payout; the
    // seeds missed theirs and, with every unspent allocation, go back.
    env.clock.advance_secs(4 * DAY);
    assert_eq!(
        app.close_due_rounds().await.unwrap(),
        vec![round_id.clone()]
    );
    assert!(
        app.close_due_rounds().await.unwrap().is_empty(),
        "closed once"
    );
    let report = app.round_report(&c.org, &round_id).await.unwrap();
    assert_eq!(report.phase, Phase::Closed);
    assert_eq!(
        (report.set_aside, report.funded, report.returned),
        (9_000, 5_000, 4_000)
    );
    let statuses: Vec<&str> = report
        .buckets
        .iter()
        .map(|(b, _)| b.status.as_str())
        .collect();
    assert_eq!(statuses, ["funded", "missed", "cancelled"]);
    let payout = report.buckets[0]
        .1
        .clone()
        .expect("the funded bucket's payout");
    assert_eq!(
        (payout.amount, payout.status.as_str()),
        (5_000, "authorized")
    );
    assert_eq!(payout.payee, "Mo, Tess");
    assert_eq!(payout.decision_id, decision_id);
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(
        (t.budgeted.minor, t.authorized.minor, t.available.minor),
        (0, 5_000, 5_000)
    );
    // Paid through the treasury's payout flow, like any other.
    app.pay_payout(&c.treasurer, &payout.id, "MURAL-1", "2026-11-30", "pay-1")
        .await
        .unwrap();
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!((t.treasury.minor, t.available.minor), (5_000, 5_000));
    assert!(matches!(
        app.fund_bucket(&c.member, &seeds.id, 1, "late").await,
        Err(AppError::Conflict(_))
    ));
    // Anyone holding the export can recompute the allocations and totals.
    let audit = audited(app).await;
    assert_eq!((audit.rounds_checked, audit.payouts_traced), (1, 1));
}

/// A spend proposal is open when a round passes: the round counts the spend
/// as promised, so money is never promised twice.
async fn a_round_leaves_room_for_open_spend_proposals(env: Env) {
    let app = &env.app;
    let c = cast(app).await;
    gift(app, &c, 9_000, "g1").await;
    let spend = app
        .open_decision(
            &c.org,
            &c.pool_id,
            NewDecision {
                title: "Buy a pump".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(7),
                rule_change: None,
                spend: Some(pools_core::event::Spend {
                    payee: "Pump Co".into(),
                    amount: 5_000,
                    purpose: "A pump".into(),
                }),
                round: None,
                flood: None,
                secret: None,
            },
        )
        .await
        .unwrap();
    let voters = [&c.org, &c.treasurer, &c.member];
    let round = pass_round(&env, &c.pool_id, &voters, plan(9_000, None)).await;
    let note = app
        .decision_view(&c.org, &round)
        .await
        .unwrap()
        .decision
        .effect_note
        .as_ref()
        .map(pools_i18n::tell)
        .expect("the round did not open");
    assert!(
        note.contains("open spend proposals may still authorize"),
        "{note}"
    );
    // A smaller round fits beside the spend, which then passes in full.
    let small = pass_round(&env, &c.pool_id, &voters, plan(3_000, None)).await;
    assert!(
        app.decision_view(&c.org, &small)
            .await
            .unwrap()
            .round_id
            .is_some()
    );
    for a in voters {
        app.cast_ballot(a, &spend.id, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
    }
    env.clock.advance_secs(3 * DAY);
    assert_eq!(
        app.close_due_decisions().await.unwrap(),
        vec![spend.id.clone()]
    );
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(
        (t.authorized.minor, t.budgeted.minor, t.available.minor),
        (5_000, 3_000, 1_000),
        "authorized plus set aside never exceed the treasury"
    );
}

async fn a_round_that_cannot_open_says_why(env: Env) {
    let app = &env.app;
    let c = cast(app).await;
    gift(app, &c, 10_000, "g1").await;
    // Two units among three members is less than one unit each.
    let d = pass_round(
        &env,
        &c.pool_id,
        &[&c.org, &c.treasurer, &c.member],
        plan(2, None),
    )
    .await;
    let view = app.decision_view(&c.org, &d).await.unwrap();
    assert!(view.decision.outcome.clone().unwrap().passed);
    assert!(view.round_id.is_none());
    let note = view
        .decision
        .effect_note
        .as_ref()
        .map(pools_i18n::tell)
        .expect("the reason is recorded");
    assert!(note.contains("less than the smallest unit"), "{note}");
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(t.budgeted.minor, 0, "nothing is set aside");
    assert!(app.rounds(&c.org, &c.pool_id).await.unwrap().is_empty());
}

/// 100 members give to one bucket at the same moment, when it has room for
/// only seven of them: it ends exactly at its maximum, the seven are
/// charged, and the rest keep their whole allocation.
async fn a_hundred_members_fund_a_nearly_full_bucket_at_once(env: Env) {
    let app = env.app.clone();
    let c = cast(&app).await;
    let members = 3 + 100;
    gift(&app, &c, members * 20_000, "g1").await;
    // Voted on by the members before the funders join; every active member
    // when it passes gets an allocation.
    let d = agree_to_round(
        &env,
        &c.pool_id,
        &[&c.org, &c.treasurer],
        plan(members * 20_000, None),
    )
    .await;
    let pool = app.pool_view(&c.org, &c.pool_id).await.unwrap().pool;
    let hash = commitment_hash(&pool.commitment);
    let mut tasks = Vec::new();
    for i in 0..100 {
        let (app, id, hash) = (app.clone(), c.pool_id.clone(), hash.clone());
        tasks.push(tokio::spawn(async move {
            let s = app
                .sign_up_with(
                    &format!("f{i}@example.org"),
                    &format!("Funder {i}"),
                    "a long enough password",
                    SessionKind::ApiToken,
                )
                .await
                .unwrap();
            let a = Actor::Person(s.person);
            app.join_group(&a, "garden").await.unwrap();
            app.join_pool(&a, &id, &hash, true).await.unwrap();
            a
        }));
    }
    let mut funders = Vec::new();
    for t in tasks {
        funders.push(t.await.unwrap());
    }
    env.clock.advance_secs(2 * DAY);
    assert_eq!(app.close_due_decisions().await.unwrap(), vec![d.clone()]);
    let view = app.decision_view(&c.org, &d).await.unwrap();
    let round_id = view
        .round_id
        .unwrap_or_else(|| panic!("{:?}", view.decision.effect_note.clone()));
    let b = app
        .create_bucket(
            &c.org,
            &round_id,
            bucket("Greenhouse", vec![line("Glass", 20_000, Some(20_350))], &[]),
        )
        .await
        .unwrap();
    env.clock.advance_secs(3 * DAY);
    app.fund_bucket(&c.org, &b.id, 20_000, "nearly")
        .await
        .unwrap();
    let mut tasks = Vec::new();
    for (i, a) in funders.iter().enumerate() {
        let (app, a, bid) = (app.clone(), a.clone(), b.id.clone());
        tasks.push(tokio::spawn(async move {
            match app.fund_bucket(&a, &bid, 50, &format!("k{i}")).await {
                Ok(_) => true,
                Err(AppError::Conflict(m)) => {
                    assert!(m.contains("needs only"), "{m}");
                    false
                }
                Err(e) => panic!("{e}"),
            }
        }));
    }
    let mut charged = 0;
    for t in tasks {
        if t.await.unwrap() {
            charged += 1;
        }
    }
    assert_eq!(charged, 7);
    let v = app.bucket_view(&c.org, &b.id).await.unwrap();
    assert_eq!(v.bucket.total, 20_350, "exactly at its maximum");
    assert_eq!(v.funders.iter().map(|f| f.amount).sum::<i64>(), 20_350);
    let report = app.round_report(&c.org, &round_id).await.unwrap();
    let mut left_total = 0;
    for (pid, _, left) in &report.allocations {
        let given = v
            .funders
            .iter()
            .find(|f| &f.person_id == pid)
            .map(|f| f.amount)
            .unwrap_or(0);
        assert_eq!(*left, 20_000 - given, "every member's balance is right");
        left_total += left;
    }
    assert_eq!(
        left_total + v.bucket.total,
        members * 20_000,
        "nothing created or lost"
    );
}

use crate::contract;
use crate::harness::{Env, audited, person};
use pools_app::decisions::NewDecision;
use pools_app::treasury::NewMoney;
use pools_app::{Actor, App, AppError};
use pools_core::decision::{Choice, Method, Stance};
use pools_core::event::MoneyKind;
use pools_core::flood::FloodAction;

contract!(
    pools_start_join_fund_and_leave_a_flood,
    flood_decisions_count_people_once_and_pools_too,
    two_pools_leave_while_a_spend_is_paid,
    the_last_pool_waits_for_pending_payouts,
);

/// A pool of one organizer with `money` in its treasury.
async fn pool_with(app: &App, name: &str, currency: &str, money: i64) -> (Actor, String) {
    let org = person(app, &format!("{name} Org")).await;
    let slug = name.to_lowercase();
    app.create_group(&org, name, Some(&slug), "").await.unwrap();
    let pool = app
        .create_pool(&org, &slug, Some(&format!("{name} Pool")), currency, true)
        .await
        .unwrap();
    app.open_pool(&org, &pool.id).await.unwrap();
    app.record_money(
        &org,
        &pool.id,
        NewMoney {
            person_id: org.person_id().unwrap().into(),
            kind: MoneyKind::Gift,
            amount: money,
            received_on: "2026-11-10".into(),
            method: "cash".into(),
            reference: String::new(),
        },
        &format!("seed-{name}"),
    )
    .await
    .unwrap();
    (org, pool.id)
}

/// The pool decides, alone, and the decision closes.
async fn decide(
    env: &Env,
    org: &Actor,
    pool: &str,
    action: FloodAction,
) -> Result<String, AppError> {
    let d = env
        .app
        .open_decision(
            org,
            pool,
            NewDecision {
                title: "About the Flood".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(2),
                rule_change: None,
                spend: None,
                round: None,
                flood: Some(action),
                secret: None,
            },
        )
        .await?;
    env.app
        .cast_ballot(org, &d.id, Choice::Proposal(Stance::Agree), "")
        .await
        .unwrap();
    env.clock.advance_secs(2 * 24 * 3600);
    env.app.close_due_decisions().await.unwrap();
    Ok(d.decision.id)
}

async fn cash(app: &App, who: &Actor, body: &str) -> i64 {
    app.treasury(who, body).await.unwrap().treasury.minor
}

async fn pools_start_join_fund_and_leave_a_flood(env: Env) {
    let app = &env.app;
    let (a, pa) = pool_with(app, "Alpha", "EUR", 10_000).await;
    let (b, pb) = pool_with(app, "Beta", "EUR", 10_000).await;
    let (c, pc) = pool_with(app, "Gamma", "EUR", 10_000).await;
    let (d, pd) = pool_with(app, "Delta", "USD", 10_000).await;
    // More than the pool has is refused when proposed.
    assert!(matches!(
        decide(&env, &a, &pa, FloodAction::Start { name: "Repair Network".into(), purpose: "A shared space".into(), amount: 10_001, double_majority: true, rules: None }).await,
        Err(AppError::Invalid(e)) if e[0].field == "flood_amount"
    ));
    decide(
        &env,
        &a,
        &pa,
        FloodAction::Start {
            name: "Repair Network".into(),
            purpose: "A shared space".into(),
            amount: 6_000,
            double_majority: true,
            rules: None,
        },
    )
    .await
    .unwrap();
    let floods = app.floods_of_pool(&a, &pa).await.unwrap();
    assert_eq!(floods.len(), 1);
    let flood = floods[0].0.clone();
    assert!(flood.double_majority);
    let fid = flood.id.clone();
    assert_eq!(
        (
            cash(app, &a, &pa).await,
            cash(app, &Actor::Operator, &fid).await
        ),
        (4_000, 6_000)
    );
    // Others join by their own decisions; a currency mismatch and a second
    // join are refused.
    decide(
        &env,
        &b,
        &pb,
        FloodAction::Join {
            flood_id: fid.clone(),
            amount: 3_000,
        },
    )
    .await
    .unwrap();
    decide(
        &env,
        &c,
        &pc,
        FloodAction::Join {
            flood_id: fid.clone(),
            amount: 1_000,
        },
    )
    .await
    .unwrap();
    assert!(matches!(
        decide(&env, &d, &pd, FloodAction::Join { flood_id: fid.clone(), amount: 1_000 }).await,
        Err(AppError::Invalid(e)) if e[0].message.contains("keeps its fund in EUR")
    ));
    assert!(matches!(
        decide(
            &env,
            &b,
            &pb,
            FloodAction::Join {
                flood_id: fid.clone(),
                amount: 1
            }
        )
        .await,
        Err(AppError::Invalid(_))
    ));
    decide(
        &env,
        &a,
        &pa,
        FloodAction::AddFunds {
            flood_id: fid.clone(),
            amount: 2_000,
        },
    )
    .await
    .unwrap();
    let v = app.flood_view(&b, &fid).await.unwrap();
    assert_eq!(v.treasury.minor, 12_000);
    let committed: Vec<i64> = v.pools.iter().map(|p| p.committed).collect();
    assert_eq!(
        committed,
        vec![8_000, 3_000, 1_000],
        "by name: Alpha, Beta, Gamma"
    );
    assert!(matches!(
        app.flood_view(&d, &fid).await,
        Err(AppError::Forbidden(_))
    ));
    // A decision that passes after the money is gone is recorded as refused.
    let late = app
        .open_decision(
            &c,
            &pc,
            NewDecision {
                title: "More for the Flood".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(3),
                rule_change: None,
                spend: None,
                round: None,
                flood: Some(FloodAction::AddFunds {
                    flood_id: fid.clone(),
                    amount: 9_000,
                }),
                secret: None,
            },
        )
        .await
        .unwrap();
    app.cast_ballot(&c, &late.id, Choice::Proposal(Stance::Agree), "")
        .await
        .unwrap();
    decide(
        &env,
        &c,
        &pc,
        FloodAction::AddFunds {
            flood_id: fid.clone(),
            amount: 500,
        },
    )
    .await
    .unwrap();
    env.clock.advance_secs(24 * 3600);
    app.close_due_decisions().await.unwrap();
    let refused = app
        .decision_view(&c, &late.id)
        .await
        .unwrap()
        .decision
        .effect_note
        .as_ref()
        .map(pools_i18n::tell);
    assert!(
        refused
            .unwrap()
            .contains("less than the 90.00 EUR it commits")
    );
    // Leaving: each pool takes its share of what is available, rounded down;
    // the last takes the rest and the Flood dissolves holding nothing.
    decide(
        &env,
        &c,
        &pc,
        FloodAction::Leave {
            flood_id: fid.clone(),
        },
    )
    .await
    .unwrap();
    // Nothing was spent, so each share is exactly what the pool committed:
    // Gamma put in 1,500 of the 12,500 and takes 1,500 of the 12,500.
    assert_eq!(cash(app, &c, &pc).await, 10_000);
    decide(
        &env,
        &b,
        &pb,
        FloodAction::Leave {
            flood_id: fid.clone(),
        },
    )
    .await
    .unwrap();
    let after_b = cash(app, &Actor::Operator, &fid).await;
    decide(
        &env,
        &a,
        &pa,
        FloodAction::Leave {
            flood_id: fid.clone(),
        },
    )
    .await
    .unwrap();
    assert_eq!(
        cash(app, &Actor::Operator, &fid).await,
        0,
        "dissolved, holding nothing"
    );
    assert_eq!(cash(app, &a, &pa).await, 2_000 + after_b);
    let total = cash(app, &a, &pa).await + cash(app, &b, &pb).await + cash(app, &c, &pc).await;
    assert_eq!(
        total, 30_000,
        "money is conserved across the pools and the Flood"
    );
    let f = app.floods_of_pool(&a, &pa).await.unwrap();
    assert_eq!(f[0].0.status.as_str(), "dissolved");
    // Verify recomputes every commitment and every leaving share.
    audited(app).await;
}

/// Flood decisions: everyone in a member pool votes once, however many
/// member pools they are in; under the double majority a decision needs the
/// member pools too; spending comes from the Flood's fund, paid by a member
/// pool's treasurer; verify recounts it all.
async fn flood_decisions_count_people_once_and_pools_too(env: Env) {
    use pools_core::membership::commitment_hash;
    let app = &env.app;
    let (a, pa) = pool_with(app, "Alpha", "EUR", 10_000).await;
    let (b, pb) = pool_with(app, "Beta", "EUR", 10_000).await;
    // Sam is in both pools.
    let sam = person(app, "Sam").await;
    for (slug, pool) in [("alpha", &pa), ("beta", &pb)] {
        app.join_group(&sam, slug).await.unwrap();
        let p = app.pool_view(&sam, pool).await.unwrap().pool;
        app.join_pool(&sam, pool, &commitment_hash(&p.commitment), true)
            .await
            .unwrap();
    }
    decide(
        &env,
        &a,
        &pa,
        FloodAction::Start {
            name: "Repair Network".into(),
            purpose: "A shared space".into(),
            amount: 6_000,
            double_majority: true,
            rules: None,
        },
    )
    .await
    .unwrap();
    let fid = app.floods_of_pool(&a, &pa).await.unwrap()[0].0.id.clone();
    join_with_two_voters(&env, &b, &sam, &pb, &fid).await;
    let spend = |payee: &str, amount| NewDecision {
        title: format!("Pay {payee}"),
        body: String::new(),
        method: Method::Proposal,
        voting_days: Some(2),
        rule_change: None,
        spend: Some(pools_core::event::Spend {
            payee: payee.into(),
            amount,
            purpose: "Tools".into(),
        }),
        round: None,
        flood: None,
        secret: None,
    };
    let outsider = person(app, "Olga").await;
    assert!(matches!(
        app.open_decision(&outsider, &fid, spend("Bench Co", 1_000))
            .await,
        Err(AppError::Forbidden(_))
    ));
    let d = app
        .open_decision(&a, &fid, spend("Bench Co", 1_000))
        .await
        .unwrap();
    assert_eq!(
        d.eligible, 3,
        "Alpha Org, Beta Org and Sam, who is counted once"
    );
    // Members of member pools hear of it as a Flood decision, once each.
    while app.notify_pass(500).await.unwrap().entries > 0 {}
    let to_sam: Vec<_> = app
        .outbox(&Actor::Operator, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to == "sam@example.org" && m.subject == format!("Vote: {}", d.title))
        .collect();
    assert_eq!(to_sam.len(), 1, "Sam is in both pools and hears once");
    assert!(to_sam[0].reason.contains("A Flood decision opens"));
    assert!(to_sam[0].body.contains("which your pool is part of"));
    app.cast_ballot(&a, &d.id, Choice::Proposal(Stance::Agree), "")
        .await
        .unwrap();
    app.cast_ballot(&sam, &d.id, Choice::Proposal(Stance::Agree), "")
        .await
        .unwrap();
    app.cast_ballot(&b, &d.id, Choice::Proposal(Stance::Disagree), "")
        .await
        .unwrap();
    env.clock.advance_secs(2 * 24 * 3600);
    app.close_due_decisions().await.unwrap();
    let o = app
        .decision_view(&a, &d.id)
        .await
        .unwrap()
        .decision
        .outcome
        .clone()
        .unwrap();
    assert!(
        !o.passed,
        "people yes, but only 1 of 2 pools: {}",
        o.explanation
    );
    assert!(
        o.explanation.contains("1 of 2 approve"),
        "{}",
        o.explanation
    );
    let breakdown = app.decision_view(&b, &d.id).await.unwrap().pool_breakdown;
    assert_eq!(
        breakdown,
        vec![
            ("Alpha Pool".to_string(), 2, 0, true),
            ("Beta Pool".to_string(), 1, 1, false)
        ],
        "each member pool's own count"
    );
    // With Beta's organizer agreeing, both majorities hold.
    let d2 = app
        .open_decision(&b, &fid, spend("Bench Co", 1_000))
        .await
        .unwrap();
    for v in [&a, &b, &sam] {
        app.cast_ballot(v, &d2.id, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
    }
    env.clock.advance_secs(2 * 24 * 3600);
    app.close_due_decisions().await.unwrap();
    assert!(
        app.decision_view(&a, &d2.id)
            .await
            .unwrap()
            .decision
            .outcome
            .clone()
            .unwrap()
            .passed
    );
    let payout = app.treasury(&a, &fid).await.unwrap().payouts[0].clone();
    assert!(
        matches!(
            app.pay_payout(&sam, &payout.id, "R-1", "2026-11-20", "p0")
                .await,
            Err(AppError::Forbidden(_))
        ),
        "a plain member of a member pool does not handle the Flood's money"
    );
    app.pay_payout(&b, &payout.id, "R-1", "2026-11-20", "p1")
        .await
        .unwrap();
    assert_eq!(cash(app, &a, &fid).await, 6_000 + 3_000 - 1_000);
    let audit = audited(app).await;
    assert!(audit.decisions_checked >= 4);
    // The Flood's decisions read its member pools whole, and its chain
    // says so.
    crate::journal::chains_are_the_journal_split(app).await;
    let chains = app.journal_chains().await.unwrap();
    let flood = &chains[&pools_core::chain::pool_body(&fid)];
    assert!(
        flood.iter().any(|e| e.event.contains("decision_opened")
            && e.deps.iter().filter(|d| d.exact).count() == 2),
        "a Flood decision read both member pools"
    );
}

/// Beta joins with 3,000; its organizer and Sam both vote for it.
async fn join_with_two_voters(env: &Env, org: &Actor, sam: &Actor, pool: &str, flood: &str) {
    let d = env
        .app
        .open_decision(
            org,
            pool,
            NewDecision {
                title: "Join the Flood".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(2),
                rule_change: None,
                spend: None,
                round: None,
                flood: Some(FloodAction::Join {
                    flood_id: flood.into(),
                    amount: 3_000,
                }),
                secret: None,
            },
        )
        .await
        .unwrap();
    for v in [org, sam] {
        env.app
            .cast_ballot(v, &d.id, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
    }
    env.clock.advance_secs(2 * 24 * 3600);
    env.app.close_due_decisions().await.unwrap();
}

/// Two pools leave at the same moment while a Flood payout is paid: every
/// write is serialized, so whatever the order, no account overdraws, the
/// shares follow the rule, and money is conserved. The last pool cannot
/// leave while a payout waits.
async fn two_pools_leave_while_a_spend_is_paid(env: Env) {
    let app = env.app.clone();
    let (a, pa) = pool_with(&app, "Alpha", "EUR", 10_000).await;
    let (b, pb) = pool_with(&app, "Beta", "EUR", 10_000).await;
    let (c, pc) = pool_with(&app, "Gamma", "EUR", 10_000).await;
    decide(
        &env,
        &a,
        &pa,
        FloodAction::Start {
            name: "Net".into(),
            purpose: "Shared".into(),
            amount: 5_000,
            double_majority: false,
            rules: None,
        },
    )
    .await
    .unwrap();
    let fid = app.floods_of_pool(&a, &pa).await.unwrap()[0].0.id.clone();
    decide(
        &env,
        &b,
        &pb,
        FloodAction::Join {
            flood_id: fid.clone(),
            amount: 3_000,
        },
    )
    .await
    .unwrap();
    decide(
        &env,
        &c,
        &pc,
        FloodAction::Join {
            flood_id: fid.clone(),
            amount: 2_000,
        },
    )
    .await
    .unwrap();
    // A spend of 4,000 from the Flood, authorized by its decision.
    let d = app
        .open_decision(
            &a,
            &fid,
            NewDecision {
                title: "Rent the space".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(2),
                rule_change: None,
                spend: Some(pools_core::event::Spend {
                    payee: "Landlord".into(),
                    amount: 4_000,
                    purpose: "Rent".into(),
                }),
                round: None,
                flood: None,
                secret: None,
            },
        )
        .await
        .unwrap();
    for v in [&a, &b, &c] {
        app.cast_ballot(v, &d.id, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
    }
    // Beta and Gamma decide to leave; their decisions close together.
    let mut leaving = Vec::new();
    for (org, pool) in [(&b, &pb), (&c, &pc)] {
        let l = app
            .open_decision(
                org,
                pool,
                NewDecision {
                    title: "Leave".into(),
                    body: String::new(),
                    method: Method::Proposal,
                    voting_days: Some(3),
                    rule_change: None,
                    spend: None,
                    round: None,
                    flood: Some(FloodAction::Leave {
                        flood_id: fid.clone(),
                    }),
                    secret: None,
                },
            )
            .await
            .unwrap();
        app.cast_ballot(org, &l.id, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
        leaving.push(l.id.clone());
    }
    env.clock.advance_secs(2 * 24 * 3600);
    app.close_due_decisions().await.unwrap();
    let payout = app.treasury(&a, &fid).await.unwrap().payouts[0].clone();
    // Each pool's own books show its part of the Flood's spending: Beta
    // committed 3,000 of 10,000, and 4,000 is promised to the rent.
    let stake = app.treasury(&b, &pb).await.unwrap().floods[0].clone();
    assert_eq!(
        (
            stake.committed.minor,
            stake.worth_now.minor,
            stake.spent_share.minor
        ),
        (3_000, 1_800, 1_200)
    );
    env.clock.advance_secs(24 * 3600);
    // The closer (both leaves) and the payment race.
    let (app1, app2, a2, pid) = (app.clone(), app.clone(), a.clone(), payout.id.clone());
    let closer = tokio::spawn(async move { app1.close_due_decisions().await.unwrap() });
    let payer = tokio::spawn(async move {
        app2.pay_payout(&a2, &pid, "RENT-1", "2026-11-20", "rent")
            .await
    });
    assert_eq!(closer.await.unwrap().len(), 2);
    payer.await.unwrap().unwrap();
    // The pending payout stayed with the Flood either way: available was
    // 10,000 - 4,000 = 6,000 while it waited, and paying it does not change
    // what is available, so Beta took 3,000/10,000 of 6,000 and Gamma its
    // share of what remained.
    let beta = cash(&app, &b, &pb).await - 7_000;
    let gamma = cash(&app, &c, &pc).await - 8_000;
    assert_eq!(beta, 1_800);
    assert_eq!(gamma, 4_200 * 2_000 / 7_000);
    let flood_cash = cash(&app, &Actor::Operator, &fid).await;
    assert!(flood_cash >= 0);
    let total = cash(&app, &a, &pa).await
        + cash(&app, &b, &pb).await
        + cash(&app, &c, &pc).await
        + flood_cash;
    assert_eq!(total, 30_000 - 4_000, "conserved, less the rent paid out");
    // Alpha, the last pool, takes everything left.
    decide(
        &env,
        &a,
        &pa,
        FloodAction::Leave {
            flood_id: fid.clone(),
        },
    )
    .await
    .unwrap();
    assert_eq!(cash(&app, &Actor::Operator, &fid).await, 0);
}

/// The last pool cannot leave while a Flood payout waits to be paid.
async fn the_last_pool_waits_for_pending_payouts(env: Env) {
    let app = &env.app;
    let (a, pa) = pool_with(app, "Alpha", "EUR", 10_000).await;
    decide(
        &env,
        &a,
        &pa,
        FloodAction::Start {
            name: "Net".into(),
            purpose: "Shared".into(),
            amount: 5_000,
            double_majority: false,
            rules: None,
        },
    )
    .await
    .unwrap();
    let fid = app.floods_of_pool(&a, &pa).await.unwrap()[0].0.id.clone();
    let d = app
        .open_decision(
            &a,
            &fid,
            NewDecision {
                title: "Buy tools".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(2),
                rule_change: None,
                spend: Some(pools_core::event::Spend {
                    payee: "Shop".into(),
                    amount: 1_000,
                    purpose: "Tools".into(),
                }),
                round: None,
                flood: None,
                secret: None,
            },
        )
        .await
        .unwrap();
    app.cast_ballot(&a, &d.id, Choice::Proposal(Stance::Agree), "")
        .await
        .unwrap();
    env.clock.advance_secs(2 * 24 * 3600);
    app.close_due_decisions().await.unwrap();
    let leave = decide(
        &env,
        &a,
        &pa,
        FloodAction::Leave {
            flood_id: fid.clone(),
        },
    )
    .await
    .unwrap();
    let note = app
        .decision_view(&a, &leave)
        .await
        .unwrap()
        .decision
        .effect_note
        .as_ref()
        .map(pools_i18n::tell)
        .unwrap();
    assert!(note.contains("authorized payouts"), "{note}");
    assert_eq!(
        cash(app, &Actor::Operator, &fid).await,
        5_000,
        "nothing moved"
    );
}

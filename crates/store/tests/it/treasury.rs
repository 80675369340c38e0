use crate::contract;
use crate::harness::{Env, audited, person};
use pools_app::treasury::NewMoney;
use pools_app::{Actor, App, AppError};
use pools_core::event::MoneyKind;
use pools_core::membership::{MemberStatus, PoolRole, commitment_hash};

contract!(
    money_in_with_roles_and_idempotency,
    a_paid_buy_in_completes_a_pending_membership,
    reversals_restore_and_cannot_repeat,
    concurrent_requests_with_one_key_record_once,
    money_leaves_only_by_decision_and_never_twice,
    payouts_and_contributions_race_against_a_small_balance,
    a_leaving_member_is_owed_their_capital_by_the_exit_rule,
    members_report_money_and_treasurers_confirm_or_reject,
    treasury_errors_are_said_in_the_readers_language,
);

async fn members_report_money_and_treasurers_confirm_or_reject(env: Env) {
    let app = &env.app;
    let c = cast(app, 2500).await;
    // A pending member reports their buy-in; nothing is in the books yet.
    let r = app
        .report_money(
            &c.member,
            &c.pool_id,
            money(&c.member, MoneyKind::BuyIn, 2500),
            "r1",
        )
        .await
        .unwrap();
    assert_eq!(r.status.as_str(), "pending");
    assert!(
        matches!(
            app.report_money(
                &c.member,
                &c.pool_id,
                money(&c.org, MoneyKind::Gift, 100),
                "r2"
            )
            .await,
            Err(AppError::Invalid(_))
        ),
        "only your own money"
    );
    assert!(matches!(
        app.report_money(
            &c.outsider,
            &c.pool_id,
            money(&c.outsider, MoneyKind::Gift, 100),
            "r3"
        )
        .await,
        Err(AppError::Forbidden(_))
    ));
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!((t.treasury.minor, t.reports.len()), (0, 1));
    assert!(matches!(
        app.confirm_report(&c.member, &r.id, "c0").await,
        Err(AppError::Forbidden(_))
    ));
    let confirmed = app.confirm_report(&c.org, &r.id, "c1").await.unwrap();
    assert_eq!(confirmed.status.as_str(), "confirmed");
    assert!(matches!(
        app.confirm_report(&c.org, &r.id, "c2").await,
        Err(AppError::Conflict(_))
    ));
    let m = app
        .pool_view(&c.member, &c.pool_id)
        .await
        .unwrap()
        .me
        .unwrap();
    assert_eq!(
        m.status,
        MemberStatus::Active,
        "the confirmed buy-in completes the membership"
    );
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(t.treasury.minor, 2500);
    // A report the bank statement does not show is rejected with a reason.
    let r = app
        .report_money(
            &c.member,
            &c.pool_id,
            money(&c.member, MoneyKind::Gift, 900),
            "r4",
        )
        .await
        .unwrap();
    assert!(matches!(
        app.reject_report(&c.org, &r.id, " ", "j1").await,
        Err(AppError::Invalid(_))
    ));
    let rejected = app
        .reject_report(&c.org, &r.id, "Not on the statement", "j2")
        .await
        .unwrap();
    assert_eq!(
        (rejected.status.as_str(), rejected.reason.as_deref()),
        ("rejected", Some("Not on the statement"))
    );
    assert_eq!(
        app.treasury(&c.org, &c.pool_id)
            .await
            .unwrap()
            .treasury
            .minor,
        2500
    );
}

async fn a_leaving_member_is_owed_their_capital_by_the_exit_rule(env: Env) {
    let app = &env.app;
    let c = cast(app, 0).await;
    app.record_money(
        &c.treasurer,
        &c.pool_id,
        money(&c.member, MoneyKind::Capital, 3_000),
        "x1",
    )
    .await
    .unwrap();
    app.record_money(
        &c.treasurer,
        &c.pool_id,
        money(&c.member, MoneyKind::Gift, 500),
        "x2",
    )
    .await
    .unwrap();
    let owed = app
        .leave_pool(&c.member, &c.pool_id)
        .await
        .unwrap()
        .expect("capital is owed");
    assert_eq!(owed.0.minor, 3_000, "gifts are not repaid");
    let due = (env.app.now().date() + time::Duration::days(90)).to_string();
    assert_eq!(owed.1, due, "due within the exit window");
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(
        (t.treasury.minor, t.authorized.minor, t.available.minor),
        (3_500, 3_000, 500)
    );
    assert_eq!(t.exits.len(), 1);
    let exit = t.exits[0].clone();
    assert!(matches!(
        app.pay_exit(&c.member, &exit.id, "", "2026-11-10", "e0")
            .await,
        Err(AppError::Forbidden(_))
    ));
    let paid = app
        .pay_exit(&c.treasurer, &exit.id, "TRX", "2026-11-10", "e1")
        .await
        .unwrap();
    assert_eq!(paid.status.as_str(), "paid");
    assert!(matches!(
        app.pay_exit(&c.treasurer, &exit.id, "TRX", "2026-11-10", "e2")
            .await,
        Err(AppError::Conflict(_))
    ));
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!((t.treasury.minor, t.authorized.minor), (500, 0));
    assert!(t.capital.is_empty(), "the capital account is settled");
    // Leaving without capital owes nothing.
    assert!(
        app.leave_pool(&c.treasurer, &c.pool_id)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(audited(app).await.ledger_entries, 4);
}

/// Fifty spends of 1.00 pass against a treasury of 10.00: exactly ten are
/// authorized, one after another as they close, and the rest are refused.
/// The ten payments then race ten contributions of 0.10: every payment
/// and every contribution lands, and the totals are exact.
async fn payouts_and_contributions_race_against_a_small_balance(env: Env) {
    let app = env.app.clone();
    let c = cast(&app, 0).await;
    app.record_money(
        &c.treasurer,
        &c.pool_id,
        money(&c.member, MoneyKind::Gift, 1_000),
        "seed",
    )
    .await
    .unwrap();
    for i in 0..50 {
        pass_spend(&env, &c, &format!("Payee {i}"), 100)
            .await
            .unwrap();
    }
    env.clock.advance_secs(2 * 24 * 3600);
    assert_eq!(app.close_due_decisions().await.unwrap().len(), 50);
    let payouts = app.treasury(&c.org, &c.pool_id).await.unwrap().payouts;
    assert_eq!(
        payouts.len(),
        10,
        "no more promised than the treasury holds"
    );
    let mut tasks = Vec::new();
    for (i, p) in payouts.iter().enumerate() {
        let (a, t, id) = (app.clone(), c.treasurer.clone(), p.id.clone());
        tasks.push(tokio::spawn(async move {
            a.pay_payout(&t, &id, "", "2026-11-10", &format!("pay-{i}"))
                .await
                .is_ok()
        }));
        let (a, t, m, pool) = (
            app.clone(),
            c.treasurer.clone(),
            c.member.clone(),
            c.pool_id.clone(),
        );
        tasks.push(tokio::spawn(async move {
            a.record_money(
                &t,
                &pool,
                money(&m, MoneyKind::Capital, 10),
                &format!("in-{i}"),
            )
            .await
            .unwrap();
            false
        }));
    }
    let mut paid = 0i64;
    for t in tasks {
        if t.await.unwrap() {
            paid += 1;
        }
    }
    let books = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(
        paid, 10,
        "every authorized payout is covered, so each is paid"
    );
    assert_eq!(
        books.treasury.minor,
        1_000 + 10 * 10 - 10 * 100,
        "exact totals"
    );
    assert_eq!(books.authorized.minor, 0);
    assert_eq!(
        books
            .payouts
            .iter()
            .filter(|p| p.status.as_str() == "paid")
            .count() as i64,
        paid
    );
}

async fn pass_spend(env: &Env, c: &Cast, payee: &str, amount: i64) -> Result<String, AppError> {
    let app = &env.app;
    let d = app
        .open_decision(
            &c.org,
            &c.pool_id,
            pools_app::decisions::NewDecision {
                title: format!("Pay {payee}"),
                body: String::new(),
                method: pools_core::decision::Method::Proposal,
                voting_days: Some(2),
                rule_change: None,
                spend: Some(pools_core::event::Spend {
                    payee: payee.into(),
                    amount,
                    purpose: "Parts".into(),
                }),
                round: None,
                flood: None,
                secret: None,
            },
        )
        .await?;
    for a in [&c.org, &c.treasurer, &c.member] {
        app.cast_ballot(
            a,
            &d.id,
            pools_core::decision::Choice::Proposal(pools_core::decision::Stance::Agree),
            "",
        )
        .await
        .unwrap();
    }
    Ok(d.decision.id)
}

async fn money_leaves_only_by_decision_and_never_twice(env: Env) {
    let app = &env.app;
    let c = cast(app, 0).await;
    app.record_money(
        &c.treasurer,
        &c.pool_id,
        money(&c.member, MoneyKind::Capital, 10_000),
        "in",
    )
    .await
    .unwrap();
    match pass_spend(&env, &c, "Bike Shop", 12_000).await {
        Err(AppError::Invalid(f)) => {
            assert!(f[0].message.contains("100.00 EUR available"), "{f:?}")
        }
        other => panic!("{other:?}"),
    }
    // Two spends opened together, each within what is available then.
    // Both pass; the first to close is authorized, and the second is
    // refused, because the pool would promise more than it holds.
    pass_spend(&env, &c, "Bike Shop", 6_000).await.unwrap();
    pass_spend(&env, &c, "Tool Library", 6_000).await.unwrap();
    env.clock.advance_secs(2 * 24 * 3600);
    assert_eq!(app.close_due_decisions().await.unwrap().len(), 2);
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(
        (t.treasury.minor, t.authorized.minor, t.available.minor),
        (10_000, 6_000, 4_000)
    );
    assert_eq!(t.payouts.len(), 1);
    assert!(
        matches!(
            pass_spend(&env, &c, "Anyone", 4_001).await,
            Err(AppError::Invalid(_))
        ),
        "only 40.00 is available"
    );
    let first = t.payouts[0].clone();
    assert!(matches!(
        app.pay_payout(&c.member, &first.id, "TX1", "2026-11-10", "p0")
            .await,
        Err(AppError::Forbidden(_))
    ));
    let paid = app
        .pay_payout(&c.treasurer, &first.id, "TX1", "2026-11-10", "p1")
        .await
        .unwrap();
    assert_eq!(paid.status.as_str(), "paid");
    // Those who decided it hear that it was paid.
    while app.notify_pass(500).await.unwrap().more {}
    let told: Vec<_> = app
        .outbox(&pools_app::Actor::Operator, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.subject.starts_with("Paid: "))
        .collect();
    assert!(
        !told.is_empty(),
        "the decision's electorate is told of the payment"
    );
    // Paying again, with the same key or a new one, pays nothing more.
    app.pay_payout(&c.treasurer, &first.id, "TX1", "2026-11-10", "p1")
        .await
        .unwrap();
    assert!(matches!(
        app.pay_payout(&c.treasurer, &first.id, "TX1", "2026-11-10", "p2")
            .await,
        Err(AppError::Conflict(_))
    ));
    // What is left can be authorized, and a payout not needed is cancelled.
    pass_spend(&env, &c, "Paint Co", 4_000).await.unwrap();
    env.clock.advance_secs(2 * 24 * 3600);
    assert_eq!(app.close_due_decisions().await.unwrap().len(), 1);
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(
        (t.treasury.minor, t.authorized.minor, t.available.minor),
        (4_000, 4_000, 0)
    );
    let second = t.payouts[0].clone();
    let cancelled = app
        .cancel_payout(&c.treasurer, &second.id, "Found a donated one", "p4")
        .await
        .unwrap();
    assert_eq!(cancelled.status.as_str(), "cancelled");
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(
        (t.treasury.minor, t.authorized.minor, t.available.minor),
        (4_000, 0, 4_000)
    );
    assert_eq!(
        t.entries.len(),
        1 + 1 + 1 + 1 + 1,
        "money in, an authorization, a payment, an authorization, a cancellation"
    );
    // Anyone holding the export can check that every payout traces to a
    // passed decision and that the books recompute.
    let audit = audited(app).await;
    assert_eq!((audit.payouts_traced, audit.ledger_entries), (2, 5));
}

struct Cast {
    pool_id: String,
    org: Actor,
    treasurer: Actor,
    member: Actor,
    outsider: Actor,
}

async fn cast(app: &App, buy_in: i64) -> Cast {
    let org = person(app, "Org").await;
    app.create_group(&org, "Money", Some("money"), "")
        .await
        .unwrap();
    let pool = app
        .create_pool(&org, "money", None, "EUR", true)
        .await
        .unwrap();
    let mut rules = pool.rules.clone();
    rules.buy_in_minor = buy_in;
    let pool = app
        .edit_draft(&org, &pool.id, rules, &pool.commitment)
        .await
        .unwrap();
    app.open_pool(&org, &pool.id).await.unwrap();
    let hash = commitment_hash(&pool.commitment);
    let treasurer = person(app, "Tess").await;
    let member = person(app, "Mo").await;
    for a in [&treasurer, &member] {
        app.join_group(a, "money").await.unwrap();
        app.join_pool(a, &pool.id, &hash, true).await.unwrap();
    }
    if buy_in == 0 {
        app.set_pool_role(
            &org,
            &pool.id,
            treasurer.person_id().unwrap(),
            PoolRole::Treasurer,
        )
        .await
        .unwrap();
    }
    let outsider = person(app, "Out").await;
    Cast {
        pool_id: pool.id,
        org,
        treasurer,
        member,
        outsider,
    }
}

fn money(who: &Actor, kind: MoneyKind, amount: i64) -> NewMoney {
    NewMoney {
        person_id: who.person_id().unwrap().to_string(),
        kind,
        amount,
        received_on: "2026-11-10".into(),
        method: "bank_transfer".into(),
        reference: "TRX-1".into(),
    }
}

async fn money_in_with_roles_and_idempotency(env: Env) {
    let app = &env.app;
    let c = cast(app, 0).await;
    for a in [&c.member, &c.outsider] {
        assert!(matches!(
            app.record_money(
                a,
                &c.pool_id,
                money(&c.member, MoneyKind::Capital, 2000),
                "k0"
            )
            .await,
            Err(AppError::Forbidden(_))
        ));
    }
    let e = app
        .record_money(
            &c.treasurer,
            &c.pool_id,
            money(&c.member, MoneyKind::Capital, 2000),
            "k1",
        )
        .await
        .unwrap();
    assert_eq!(e.amount, 2000);
    // The same key and the same request: the same entry, nothing new.
    let again = app
        .record_money(
            &c.treasurer,
            &c.pool_id,
            money(&c.member, MoneyKind::Capital, 2000),
            "k1",
        )
        .await
        .unwrap();
    assert_eq!(again.id, e.id);
    assert!(matches!(
        app.record_money(
            &c.treasurer,
            &c.pool_id,
            money(&c.member, MoneyKind::Capital, 2500),
            "k1"
        )
        .await,
        Err(AppError::Conflict(_))
    ));
    assert!(matches!(
        app.record_money(
            &c.treasurer,
            &c.pool_id,
            money(&c.member, MoneyKind::Capital, 2500),
            " "
        )
        .await,
        Err(AppError::Invalid(_))
    ));
    app.record_money(
        &c.org,
        &c.pool_id,
        money(&c.org, MoneyKind::Gift, 500),
        "k2",
    )
    .await
    .unwrap();
    for (bad, field) in [
        (
            NewMoney {
                amount: 0,
                ..money(&c.member, MoneyKind::Gift, 1)
            },
            "amount",
        ),
        (
            NewMoney {
                method: "barter".into(),
                ..money(&c.member, MoneyKind::Gift, 1)
            },
            "method",
        ),
        (
            NewMoney {
                received_on: "20/11/2026".into(),
                ..money(&c.member, MoneyKind::Gift, 1)
            },
            "received_on",
        ),
        (
            NewMoney {
                received_on: "2099-01-01".into(),
                ..money(&c.member, MoneyKind::Gift, 1)
            },
            "received_on",
        ),
        (money(&c.outsider, MoneyKind::Gift, 1), "person_id"),
        (money(&c.member, MoneyKind::BuyIn, 1), "kind"),
    ] {
        match app
            .record_money(&c.treasurer, &c.pool_id, bad, &format!("bad-{field}"))
            .await
        {
            Err(AppError::Invalid(f)) => assert_eq!(f[0].field, field),
            other => panic!("{field}: {other:?}"),
        }
    }
    let t = app.treasury(&c.member, &c.pool_id).await.unwrap();
    assert_eq!(t.treasury.minor, 2500);
    assert_eq!(t.available.minor, 2500);
    assert_eq!(t.capital.len(), 1, "a gift is not capital");
    assert_eq!(t.capital[0].2.minor, 2000);
    assert_eq!(t.entries.len(), 2);
    assert!(matches!(
        app.treasury(&c.outsider, &c.pool_id).await,
        Err(AppError::Forbidden(_))
    ));
}

async fn a_paid_buy_in_completes_a_pending_membership(env: Env) {
    let app = &env.app;
    let c = cast(app, 2500).await;
    let v = app.pool_view(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(v.active_count, 1, "members owing a buy-in are pending");
    assert!(matches!(
        app.record_money(
            &c.org,
            &c.pool_id,
            money(&c.member, MoneyKind::BuyIn, 2000),
            "b1"
        )
        .await,
        Err(AppError::Invalid(_))
    ));
    app.record_money(
        &c.org,
        &c.pool_id,
        money(&c.member, MoneyKind::BuyIn, 2500),
        "b2",
    )
    .await
    .unwrap();
    let m = app
        .pool_view(&c.member, &c.pool_id)
        .await
        .unwrap()
        .me
        .unwrap();
    assert_eq!(m.status, MemberStatus::Active);
    assert!(
        matches!(
            app.record_money(
                &c.org,
                &c.pool_id,
                money(&c.member, MoneyKind::BuyIn, 2500),
                "b3"
            )
            .await,
            Err(AppError::Invalid(_))
        ),
        "a buy-in is paid once"
    );
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(t.capital[0].2.minor, 2500, "the buy-in is capital");
}

async fn reversals_restore_and_cannot_repeat(env: Env) {
    let app = &env.app;
    let c = cast(app, 0).await;
    let e = app
        .record_money(
            &c.treasurer,
            &c.pool_id,
            money(&c.member, MoneyKind::Capital, 4000),
            "r1",
        )
        .await
        .unwrap();
    let before = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(before.treasury.minor, 4000);
    assert!(matches!(
        app.reverse_entry(&c.treasurer, &e.id, "  ", "r2").await,
        Err(AppError::Invalid(_))
    ));
    assert!(matches!(
        app.reverse_entry(&c.member, &e.id, "typo", "r2").await,
        Err(AppError::Forbidden(_))
    ));
    let r = app
        .reverse_entry(&c.treasurer, &e.id, "Entered twice", "r3")
        .await
        .unwrap();
    assert_eq!(r.reverses.as_deref(), Some(e.id.as_str()));
    let after = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(after.treasury.minor, 0);
    assert!(after.capital.is_empty());
    assert_eq!(after.entries.len(), 2, "the record is append-only");
    assert!(matches!(
        app.reverse_entry(&c.treasurer, &e.id, "again", "r4").await,
        Err(AppError::Conflict(_))
    ));
    assert!(matches!(
        app.reverse_entry(&c.treasurer, &r.id, "undo the undo", "r5")
            .await,
        Err(AppError::Conflict(_))
    ));
}

async fn concurrent_requests_with_one_key_record_once(env: Env) {
    let app = env.app.clone();
    let c = cast(&app, 0).await;
    let mut tasks = Vec::new();
    for i in 0..30 {
        let (a, t, m, pool) = (
            app.clone(),
            c.treasurer.clone(),
            c.member.clone(),
            c.pool_id.clone(),
        );
        tasks.push(tokio::spawn(async move {
            // Ten retries of one request, and twenty distinct requests.
            let key = if i < 10 {
                "same".to_string()
            } else {
                format!("k{i}")
            };
            a.record_money(&t, &pool, money(&m, MoneyKind::Capital, 100), &key)
                .await
                .map(|e| e.id)
        }));
    }
    let mut ids = Vec::new();
    for t in tasks {
        ids.push(t.await.unwrap().expect("every request is answered"));
    }
    let first: std::collections::BTreeSet<_> = ids[..10].iter().collect();
    assert_eq!(first.len(), 1, "one key, one entry");
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    assert_eq!(t.entries.len(), 21);
    assert_eq!(t.treasury.minor, 2100, "the total is exact");
}

async fn treasury_errors_are_said_in_the_readers_language(env: Env) {
    let app = &env.app;
    // With a buy-in, only the organizer handles money yet.
    let c = cast(app, 2500).await;
    let three = async || {
        [
            app.record_money(
                &c.member,
                &c.pool_id,
                money(&c.member, MoneyKind::Gift, 100),
                "e1",
            )
            .await
            .map(|_| ())
            .unwrap_err(),
            app.record_money(
                &c.org,
                &c.pool_id,
                money(&c.member, MoneyKind::BuyIn, 2000),
                "e2",
            )
            .await
            .map(|_| ())
            .unwrap_err(),
            app.reverse_entry(&c.org, "nowhere", "a mistake", "e3")
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
            "seules les personnes chargées de la trésorerie ou de l'organisation de la caisse peuvent enregistrer de l'argent",
            "amount: la part d'entrée est de 25,00 EUR exactement",
            "il n'y a pas d'écriture « nowhere » au grand livre",
        ]
    );
    // Outside a request, the same errors are in English, as they always were.
    assert_eq!(
        three().await,
        [
            "only the pool's treasurers and organizers can record money",
            "amount: the buy-in is exactly 25.00 EUR",
            "there is no ledger entry \"nowhere\"",
        ]
    );
    audited(app).await;
}

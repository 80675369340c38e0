//! Authorized payouts plus budgeted money never exceed the treasury: a
//! pool never promises money it does not hold (`ledger::check_covered`).

use crate::budgeting::{Cast, DAY, cast, gift, pass_round, plan};
use crate::contract;
use crate::harness::{Backend, Env, audited, env};
use pools_app::decisions::NewDecision;
use pools_app::{App, AppError};
use pools_core::decision::{Choice, Method, Stance};
use pools_core::event::Spend;
use proptest::prelude::*;

contract!(two_passed_spends_never_promise_more_than_the_treasury);

async fn propose_spend(app: &App, c: &Cast, amount: i64) -> Result<String, AppError> {
    app.open_decision(
        &c.org,
        &c.pool_id,
        NewDecision {
            title: format!("Spend {amount}"),
            body: String::new(),
            method: Method::Proposal,
            voting_days: Some(7),
            rule_change: None,
            spend: Some(Spend {
                payee: "Tool Co".into(),
                amount,
                purpose: "Tools".into(),
            }),
            round: None,
            flood: None,
            secret: None,
        },
    )
    .await
    .map(|d| d.id.clone())
}

async fn agree(app: &App, c: &Cast, decision: &str) {
    for a in [&c.org, &c.treasurer, &c.member] {
        app.cast_ballot(a, decision, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
    }
}

async fn available(app: &App, c: &Cast) -> (i64, i64, i64, i64) {
    let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
    (
        t.treasury.minor,
        t.authorized.minor,
        t.budgeted.minor,
        t.available.minor,
    )
}

/// Two spend proposals each fit what is available when they open, beside a
/// round that holds 2,500; both pass. The first to close is authorized, the
/// second is refused with the reason, and nothing is promised twice.
async fn two_passed_spends_never_promise_more_than_the_treasury(env: Env) {
    let app = &env.app;
    let c = cast(app).await;
    gift(app, &c, 5_000, "g1").await;
    pass_round(
        &env,
        &c.pool_id,
        &[&c.org, &c.treasurer, &c.member],
        plan(2_500, None),
    )
    .await;
    assert_eq!(available(app, &c).await, (5_000, 0, 2_499, 2_501));
    let a = propose_spend(app, &c, 2_000).await.unwrap();
    let b = propose_spend(app, &c, 2_400).await.unwrap();
    agree(app, &c, &a).await;
    agree(app, &c, &b).await;
    env.clock.advance_secs(8 * DAY);
    let mut closed = app.close_due_decisions().await.unwrap();
    closed.sort();
    let mut both = vec![a.clone(), b.clone()];
    both.sort();
    assert_eq!(closed, both);
    let (_, authorized, _, left) = available(app, &c).await;
    assert!(left >= 0, "available went negative: {left}");
    assert!(authorized == 2_000 || authorized == 2_400, "{authorized}");
    let mut notes = Vec::new();
    for id in [&a, &b] {
        let d = app.decision_view(&c.org, id).await.unwrap().decision;
        notes.extend(d.effect_note.as_ref().map(pools_i18n::tell));
    }
    assert_eq!(notes.len(), 1, "exactly one spend was refused: {notes:?}");
    assert!(
        notes[0].contains("no payout was authorized") && notes[0].contains("available"),
        "{}",
        notes[0]
    );
    // A reversal that would leave the pool promising more than it holds is
    // refused too: cancel a payout first.
    gift(app, &c, 1_000, "g2").await;
    let g2 = app
        .treasury(&c.org, &c.pool_id)
        .await
        .unwrap()
        .entries
        .into_iter()
        .find(|e| e.kind.as_str() == "gift" && e.amount == 1_000)
        .unwrap();
    let (_, _, _, before) = available(app, &c).await;
    let c3 = propose_spend(app, &c, before - 10).await.unwrap();
    agree(app, &c, &c3).await;
    env.clock.advance_secs(8 * DAY);
    app.close_due_decisions().await.unwrap();
    assert_eq!(available(app, &c).await.3, 10);
    match app
        .reverse_entry(&c.treasurer, &g2.id, "bounced", "rev")
        .await
    {
        Err(AppError::Conflict(m)) => assert!(m.contains("promise more than it holds"), "{m}"),
        other => panic!("the reversal was not refused: {other:?}"),
    }
    assert_eq!(available(app, &c).await.3, 10);
    assert_eq!(audited(app).await.payouts_traced, 2);
}

#[derive(Debug, Clone)]
enum Step {
    Gift(i64),
    Spend(i64),
    Round(i64),
    /// Everyone agrees to everything open, and voting ends.
    Close,
    /// The treasurer pays the oldest waiting payout.
    Pay,
    /// The treasurer reverses the oldest gift not yet reversed.
    Reverse,
    /// Funding of every open round ends.
    EndRounds,
}

fn step() -> impl Strategy<Value = Step> {
    // Weighted so that several claims are usually open at once when
    // voting ends, which is where promises could overlap.
    prop_oneof![
        3 => (1_000i64..4_000).prop_map(Step::Gift),
        5 => (300i64..3_000).prop_map(Step::Spend),
        2 => (300i64..3_000).prop_map(Step::Round),
        2 => Just(Step::Close),
        1 => Just(Step::Pay),
        1 => Just(Step::Reverse),
        1 => Just(Step::EndRounds),
    ]
}

async fn run(steps: Vec<Step>) -> Result<(), TestCaseError> {
    let env = env(Backend::Sqlite).await.unwrap();
    let app = &env.app;
    let c = cast(app).await;
    let mut open: Vec<String> = Vec::new();
    for (n, s) in steps.iter().enumerate() {
        match s {
            Step::Gift(x) => gift(app, &c, *x, &format!("g{n}")).await,
            Step::Spend(x) => {
                // Refused when it does not fit now; that is fine.
                if let Ok(id) = propose_spend(app, &c, *x).await {
                    open.push(id);
                }
            }
            Step::Round(x) => {
                let d = app
                    .open_decision(
                        &c.org,
                        &c.pool_id,
                        NewDecision {
                            title: "Round".into(),
                            body: String::new(),
                            method: Method::Proposal,
                            voting_days: Some(2),
                            rule_change: None,
                            spend: None,
                            round: Some(plan(*x, None)),
                            flood: None,
                            secret: None,
                        },
                    )
                    .await;
                if let Ok(d) = d {
                    open.push(d.id.clone());
                }
            }
            Step::Close => {
                for id in open.drain(..) {
                    agree(app, &c, &id).await;
                }
                env.clock.advance_secs(8 * DAY);
                app.close_due_decisions().await.unwrap();
            }
            Step::Pay => {
                let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
                if let Some(p) = t
                    .payouts
                    .iter()
                    .rev()
                    .find(|p| p.status.as_str() == "authorized")
                {
                    app.pay_payout(
                        &c.treasurer,
                        &p.id,
                        "bank ref",
                        "2026-11-20",
                        &format!("pay{n}"),
                    )
                    .await
                    .unwrap();
                }
            }
            Step::Reverse => {
                let t = app.treasury(&c.org, &c.pool_id).await.unwrap();
                if let Some(e) = t
                    .entries
                    .iter()
                    .rev()
                    .find(|e| e.kind.as_str() == "gift" && e.reversed_by.is_none())
                {
                    // Refused when the money is already spent or promised.
                    let _ = app
                        .reverse_entry(&c.treasurer, &e.id, "bounced", &format!("rev{n}"))
                        .await;
                }
            }
            Step::EndRounds => {
                // Decisions still open close too, unvoted.
                open.clear();
                env.clock.advance_secs(30 * DAY);
                app.close_due_decisions().await.unwrap();
                app.close_due_rounds().await.unwrap();
            }
        }
        let (treasury, authorized, budgeted, left) = available(app, &c).await;
        prop_assert!(
            left >= 0 && authorized + budgeted <= treasury,
            "after step {n} ({s:?}): treasury {treasury}, authorized {authorized}, budgeted {budgeted}"
        );
    }
    audited(app).await;
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Random interleavings of gifts, spend proposals, rounds, closes,
    /// payments and reversals never take what is available below zero, and
    /// the journal still verifies.
    #[test]
    fn available_never_goes_below_zero(steps in proptest::collection::vec(step(), 4..24)) {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap()
            .block_on(run(steps))?;
    }
}

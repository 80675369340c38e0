use crate::contract;
use crate::decisions::{pool_with, proposal};
use crate::harness::{Env, assert_replays, audited};
use pools_app::AppError;
use pools_core::decision::{Choice, Method};

contract!(a_board_election_by_single_transferable_vote);

async fn a_board_election_by_single_transferable_vote(env: Env) {
    let app = &env.app;
    let (pool, org, m) = pool_with(app, 8, |_| {}).await;
    let candidates: Vec<String> = ["Ana", "Ben", "Chloé", "Dmitri"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut too_many = proposal("Elect the board");
    too_many.method = Method::Stv {
        options: candidates.clone(),
        seats: 4,
    };
    assert!(matches!(
        app.open_decision(&org, &pool.id, too_many).await,
        Err(AppError::Invalid(e)) if e[0].field == "seats"
    ));
    let mut ask = proposal("Elect the board");
    ask.method = Method::Stv {
        options: candidates,
        seats: 2,
    };
    let d = app.open_decision(&org, &pool.id, ask).await.unwrap();
    // Nine voters: quota 9 / 3 + 1 = 4. Ana has 5 first preferences, so her
    // surplus of 1 goes on to Chloé; Dmitri is excluded and his ballots
    // elect Chloé over Ben.
    let ballots: [&[usize]; 9] = [
        &[0, 2],
        &[0, 2],
        &[0, 2],
        &[0, 1],
        &[0, 2],
        &[1],
        &[1, 0],
        &[3, 2],
        &[2],
    ];
    let voters: Vec<_> = std::iter::once(&org).chain(&m).collect();
    for (a, b) in voters.iter().zip(ballots) {
        app.cast_ballot(a, &d.id, Choice::Ranked(b.to_vec()), "")
            .await
            .unwrap();
    }
    // A ballot changed replaces the old one in the count.
    app.cast_ballot(voters[8], &d.id, Choice::Ranked(vec![2, 1]), "")
        .await
        .unwrap();
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
    let count = o.count.as_ref().expect("a count sheet");
    assert_eq!((count.valid, count.quota), (9, 4));
    assert_eq!(
        o.winners,
        vec![0, 2],
        "{}\n{:#?}",
        o.explanation,
        count.stages
    );
    assert!(
        o.explanation.contains("Elected: \"Ana\" and \"Chloé\""),
        "{}",
        o.explanation
    );
    assert!(audited(app).await.decisions_checked >= 1);
    assert_replays(&env).await;
}

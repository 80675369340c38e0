use crate::contract;
use crate::decisions::{pool_with, proposal};
use crate::harness::{Env, audited};
use pools_app::{Actor, AppError};
use pools_core::decision::{Choice, Stance};
use pools_core::journal::{self, JournalEntry};
use pools_core::rules::SecretBallots;
use pools_core::secret::{self, Receipt};

contract!(a_secret_ballot_from_receipt_to_recount);

async fn export(app: &pools_app::App) -> (String, Vec<JournalEntry>) {
    let mut out = Vec::new();
    app.export_journal(&mut out).await.unwrap();
    let text = String::from_utf8(out).unwrap();
    let entries = text
        .lines()
        .map(|l| JournalEntry::from_line(l).unwrap())
        .collect();
    (text, entries)
}

/// No entry of an export links a person to a choice: an entry that names
/// a voter of the secret decision carries no choice, reason or receipt,
/// and the published list carries no person and is in receipt order.
fn nothing_links(
    entries: &[JournalEntry],
    decision_id: &str,
    voters: &[String],
    receipts: &[String],
) {
    for e in entries {
        if !e.event.contains(decision_id) {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&e.event).unwrap();
        let kind = v["type"].as_str().unwrap();
        assert_ne!(kind, "ballot_cast", "a named ballot on a secret decision");
        let names_voter = voters.iter().any(|p| e.event.contains(p.as_str()));
        if kind == "secret_ballot_cast" || kind == "secret_ballot_withdrawn" {
            let keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
            assert_eq!(keys.len(), 3, "only the decision and the voter: {keys:?}");
        }
        if kind == "secret_ballots_published" {
            assert!(!names_voter, "the published list names a voter");
            assert_eq!(e.actor.as_deref(), Some(journal::CLOSER));
            let list = v["ballots"].as_array().unwrap();
            for b in list {
                let keys: Vec<&str> = b.as_object().unwrap().keys().map(|k| k.as_str()).collect();
                assert!(
                    keys.iter()
                        .all(|k| ["receipt", "choice", "reason"].contains(k)),
                    "{keys:?}"
                );
            }
            let order: Vec<&str> = list
                .iter()
                .map(|b| b["receipt"].as_str().unwrap())
                .collect();
            let mut sorted = order.clone();
            sorted.sort();
            assert_eq!(order, sorted, "published in receipt order");
        } else if names_voter {
            for r in receipts {
                assert!(!e.event.contains(r.as_str()), "a receipt beside its voter");
            }
            assert!(
                !e.event.contains("\"choice\""),
                "a choice beside its voter: {}",
                e.event
            );
        }
    }
}

async fn a_secret_ballot_from_receipt_to_recount(env: Env) {
    let app = &env.app;
    let (pool, org, m) = pool_with(app, 4, |r| r.secret_ballots = SecretBallots::Optional).await;
    let ids: Vec<String> = std::iter::once(&org)
        .chain(&m)
        .map(|a| a.person_id().unwrap().to_string())
        .collect();
    // The proposer chooses; the pool's rule allows it.
    let open = app
        .open_decision(&org, &pool.id, proposal("Open vote"))
        .await
        .unwrap();
    assert!(!open.secret);
    let mut ask = proposal("Elect the treasurer?");
    ask.secret = Some(true);
    let d = app.open_decision(&org, &pool.id, ask).await.unwrap();
    assert!(
        d.secret && d.hidden,
        "a secret ballot hides the count until the close"
    );

    let vote = |a: &Actor, s: Stance, reason: &str| {
        let (a, id, reason) = (a.clone(), d.id.clone(), reason.to_string());
        async move { app.cast_ballot(&a, &id, Choice::Proposal(s), &reason).await }
    };
    let r_org = vote(&org, Stance::Agree, "")
        .await
        .unwrap()
        .receipt
        .unwrap();
    let first = vote(&m[0], Stance::Disagree, "")
        .await
        .unwrap()
        .receipt
        .unwrap();
    let changed = vote(&m[0], Stance::Agree, "").await.unwrap();
    let r_m0 = changed.receipt.clone().unwrap();
    assert_ne!(first, r_m0, "a changed ballot gets a new receipt");
    assert!(changed.hidden && changed.tally.counts.iter().all(|c| *c == 0));
    assert_eq!(changed.voted, 2, "how many voted is public, not how");
    let r_m1 = vote(&m[1], Stance::Block, "too dear")
        .await
        .unwrap()
        .receipt
        .unwrap();
    vote(&m[2], Stance::Disagree, "").await.unwrap();
    app.withdraw_ballot(&m[2], &d.id).await.unwrap();
    // A block still needs its reason, secret or not.
    assert!(matches!(
        vote(&m[3], Stance::Block, "").await,
        Err(AppError::Invalid(_))
    ));

    // Nobody reads a choice while voting is open, not even the voter.
    let view = app.decision_view(&org, &d.id).await.unwrap();
    assert!(view.ballots.is_empty() && view.provisional.is_none());
    assert_eq!(view.ballot_total, 3);
    assert_eq!(view.voters.len(), 3);
    let mine = app.decision_view(&m[0], &d.id).await.unwrap().mine.unwrap();
    assert_eq!(mine.choice, None);
    assert!(app.decision_tally(&org, &d.id).await.unwrap().1.is_none());
    let operator = Actor::Operator;
    assert!(
        app.decision_view(&operator, &d.id)
            .await
            .unwrap()
            .ballots
            .is_empty()
    );

    // Receipts: the current one is sealed, the replaced one counts no more.
    let reader = m[3].clone();
    let check = |code: &str| {
        let (code, id, reader) = (code.to_string(), d.id.clone(), reader.clone());
        async move { app.check_receipt(&reader, &id, &code).await.map(|(_, r)| r) }
    };
    assert_eq!(check(&r_m0).await.unwrap(), Receipt::Sealed);
    assert_eq!(
        check(&r_m0.to_lowercase().replace('-', " ")).await.unwrap(),
        Receipt::Sealed
    );
    assert_eq!(check(&first).await.unwrap(), Receipt::Unknown);
    assert!(matches!(
        check("not a receipt").await,
        Err(AppError::Invalid(_))
    ));
    assert!(matches!(
        app.check_receipt(&org, &open.id, &r_org).await,
        Err(AppError::Conflict(_))
    ));

    // Each voter was sent their receipt.
    let mail = app.outbox(&operator, 50).await.unwrap();
    for code in [&r_org, &first, &r_m0, &r_m1] {
        assert!(
            mail.iter()
                .any(|x| x.subject.starts_with("Your receipt") && x.body.contains(code.as_str()))
        );
    }

    // The export while voting is open holds who voted, and nothing of how.
    let hashes: Vec<String> = [&r_org, &first, &r_m0, &r_m1]
        .iter()
        .map(|c| secret::receipt_hash(c).unwrap())
        .collect();
    let (text, entries) = export(app).await;
    nothing_links(&entries, &d.id, &ids, &hashes);
    assert!(
        !text.contains("too dear"),
        "a sealed reason reached the journal"
    );

    // The close publishes the current ballots, shuffled, and counts them.
    env.clock.advance_secs(8 * 24 * 3600);
    let closed = app.close_due_decisions().await.unwrap();
    assert!(closed.contains(&d.id));
    let view = app.decision_view(&org, &d.id).await.unwrap();
    let o = view.decision.outcome.clone().unwrap();
    assert_eq!((o.ballots, o.eligible), (3, 5));
    assert!(
        o.passed,
        "two agree, a block counted as disagreement: {}",
        o.explanation
    );
    assert_eq!(view.published.len(), 3);
    assert!(
        view.ballots.is_empty(),
        "no ballot by name, even after the close"
    );
    assert!(view.published.iter().any(|b| b.reason == "too dear"));
    match check(&r_m0).await.unwrap() {
        Receipt::Counted(b) => assert_eq!(b.choice, Choice::Proposal(Stance::Agree)),
        other => panic!("{other:?}"),
    }
    assert_eq!(check(&first).await.unwrap(), Receipt::Unknown);

    // The export after the close: still nothing links, it recounts, and a
    // voter finds their receipt in it.
    let (_, entries) = export(app).await;
    nothing_links(&entries, &d.id, &ids, &hashes);
    assert!(audited(app).await.decisions_checked >= 2);
    let found = secret::find_receipt(&entries, &r_m1).unwrap().unwrap();
    assert_eq!(
        (found.decision_id.as_str(), found.choice.as_str()),
        (d.id.as_str(), "Block")
    );
    assert_eq!(secret::find_receipt(&entries, &first).unwrap(), None);
    // The same of an export of the chains: its entries and the order they
    // merge in link nobody to a choice, and the receipt is found in it.
    let mut out = Vec::new();
    app.export_chains(&pools_app::records::ExportScope::Everything, &mut out)
        .await
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let checked = pools_core::chain::export::check(text.lines()).unwrap();
    let merged = pools_core::chain::as_journal(&checked.chains).unwrap();
    nothing_links(&merged, &d.id, &ids, &hashes);
    // The published list is the closer's, depending on no voter's chain.
    let published = checked
        .chains
        .values()
        .flatten()
        .find(|e| e.event.contains("secret_ballots_published"))
        .unwrap();
    assert!(
        published
            .deps
            .iter()
            .all(|d| !ids.iter().any(|p| d.body.contains(p.as_str()))),
        "{:?}",
        published.deps
    );
    let found = secret::find_receipt(&merged, &r_m1).unwrap().unwrap();
    assert_eq!(found.decision_id, d.id);

    // A replay reproduces every table the journal feeds, published ballots
    // included; the sealed ones are gone from the original.
    crate::harness::assert_replays(&env).await;
}

use crate::contract;
use crate::harness::{Backend, Env, fixture, fresh_url, person};
use pools_app::{Actor, App, Config};
use pools_core::journal;
use pools_core::membership::commitment_hash;
use std::sync::Arc;

contract!(
    replaying_the_journal_reproduces_the_state,
    demo_seeds_once,
    a_journal_written_before_chains_is_split_when_opened,
    checkpoints_cover_every_head,
    exports_of_chains_verify_whole_and_in_part
);

/// The global journal, as exported.
async fn global(app: &App) -> Vec<journal::JournalEntry> {
    let mut out = Vec::new();
    app.export_journal(&mut out).await.unwrap();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| journal::JournalEntry::from_line(l).unwrap())
        .collect()
}

/// The chains per body the store wrote, command by command, are exactly
/// the global journal split by the core's rules (each chain from the
/// genesis anchor): the same places, links and dependencies. Each chain
/// verifies alone, the links hold, and the chains merged audit as the
/// global journal does.
pub(crate) async fn chains_are_the_journal_split(app: &App) {
    use pools_core::chain;
    let global = global(app).await;
    let live = app.journal_chains().await.unwrap();
    let expected = chain::split_from(&global, journal::GENESIS).unwrap();
    assert_eq!(
        live.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (body, entries) in &expected {
        assert_eq!(&live[body], entries, "the chain of {body}");
        chain::check_chain(&live[body], journal::GENESIS).unwrap();
    }
    chain::check_links(&live).unwrap();
    assert_eq!(
        pools_core::audit::audit_chains(&live).unwrap(),
        pools_core::audit::audit(&global).unwrap()
    );
}

async fn scenario(app: &App) {
    app.import_meetup(
        &Actor::Operator,
        "oakland-makers",
        "classic.csv",
        &fixture("classic.csv"),
        Some("Oakland Makers"),
    )
    .await
    .unwrap();
    let view = app
        .group_view(&Actor::Operator, "oakland-makers")
        .await
        .unwrap();
    let ana_place = view
        .members
        .iter()
        .find(|m| m.name == "Ana Okafor")
        .unwrap()
        .id
        .clone();
    let ana = person(app, "Ana Okafor").await;
    app.claim_invite(&ana, &ana_place, &app.invite_token(&ana_place))
        .await
        .unwrap();
    let ben = person(app, "Ben").await;
    app.join_group(&ben, "oakland-makers").await.unwrap();
    let pool = app
        .create_pool(&ana, "oakland-makers", None, "USD", true)
        .await
        .unwrap();
    let mut rules = pool.rules.clone();
    rules.blocks = true;
    app.edit_draft(&ana, &pool.id, rules, "Our words.")
        .await
        .unwrap();
    app.open_pool(&ana, &pool.id).await.unwrap();
    app.join_pool(&ben, &pool.id, &commitment_hash("Our words."), true)
        .await
        .unwrap();
    app.set_pool_role(
        &ana,
        &pool.id,
        ben.person_id().unwrap(),
        pools_core::membership::PoolRole::Treasurer,
    )
    .await
    .unwrap();
    let d = app
        .open_decision(
            &ana,
            &pool.id,
            pools_app::decisions::NewDecision {
                title: "Buy a lathe?".into(),
                body: String::new(),
                method: pools_core::decision::Method::Proposal,
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
    use pools_core::decision::{Choice, Stance};
    app.cast_ballot(&ben, &d.id, Choice::Proposal(Stance::Disagree), "too loud")
        .await
        .unwrap();
    app.cast_ballot(&ben, &d.id, Choice::Proposal(Stance::Agree), "fine")
        .await
        .unwrap();
    app.cast_ballot(&ana, &d.id, Choice::Proposal(Stance::Agree), "")
        .await
        .unwrap();
    app.withdraw_ballot(&ana, &d.id).await.unwrap();
    let c = app
        .post_comment(&ben, &d.id, None, "Loud, @ana-okafor.")
        .await
        .unwrap();
    app.post_comment(&ana, &d.id, Some(&c.id), "We can muffle it.")
        .await
        .unwrap();
    app.edit_comment(&ben, &c.id, "Loud, @ana-okafor, but fine.")
        .await
        .unwrap();
    app.hide_comment(&ana, &c.id, "Settled in person")
        .await
        .unwrap();
    let t = app
        .start_discussion(&ben, &pool.id, "Open hours", "Weekends?")
        .await
        .unwrap();
    app.post_comment(&ana, &t.id, None, "Saturdays.")
        .await
        .unwrap();
    use pools_app::treasury::NewMoney;
    use pools_core::event::MoneyKind;
    let paid = |kind, amount| NewMoney {
        person_id: ben.person_id().unwrap().to_string(),
        kind,
        amount,
        received_on: "2026-11-10".into(),
        method: "cash".into(),
        reference: String::new(),
    };
    app.record_money(&ana, &pool.id, paid(MoneyKind::Capital, 1500), "s1")
        .await
        .unwrap();
    let gift = app
        .record_money(&ana, &pool.id, paid(MoneyKind::Gift, 700), "s2")
        .await
        .unwrap();
    app.reverse_entry(&ana, &gift.id, "It was a loan", "s3")
        .await
        .unwrap();
    app.leave_pool(&ben, &pool.id).await.unwrap();
    app.import_meetup(
        &Actor::Operator,
        "oakland-makers",
        "classic.csv",
        &fixture("classic.csv"),
        None,
    )
    .await
    .unwrap();
}

async fn replaying_the_journal_reproduces_the_state(env: Env) {
    scenario(&env.app).await;
    env.clock.advance_secs(3 * 24 * 3600);
    assert_eq!(env.app.close_due_decisions().await.unwrap().len(), 1);
    let mut out = Vec::new();
    let n = env.app.export_journal(&mut out).await.unwrap();
    assert!(n > 10);
    let text = String::from_utf8(out).unwrap();
    let summary = journal::verify(text.lines()).unwrap();
    assert_eq!(summary.entries, n);
    let entries: Vec<_> = text
        .lines()
        .map(|l| journal::JournalEntry::from_line(l).unwrap())
        .collect();
    let audit = pools_core::audit::audit(&entries).unwrap();
    assert_eq!(audit.decisions_checked, 1, "the closed decision recounts");
    // The close on time is the closer's, in its own name; what people did
    // is theirs; the operator's import has no actor.
    let actor_of = |kind: &str| {
        entries
            .iter()
            .find(|e| e.event.contains(&format!("\"type\":\"{kind}\"")))
            .map(|e| e.actor.clone())
            .unwrap()
    };
    assert_eq!(
        actor_of("decision_closed").as_deref(),
        Some(journal::CLOSER)
    );
    assert!(actor_of("ballot_cast").is_some_and(|a| a != journal::CLOSER));
    assert_eq!(actor_of("meetup_imported"), None);
    chains_are_the_journal_split(&env.app).await;

    // Replay into an empty database of the same engine.
    let backend = if env.url.starts_with("postgres") {
        Backend::Postgres
    } else {
        Backend::Sqlite
    };
    let (url, _dir) = fresh_url(backend).await.unwrap();
    let store = pools_store::open(&url).await.unwrap();
    let copy = App::new(store, env.clock.clone(), Config::new("http://pools.test"))
        .await
        .unwrap();
    copy.replay_journal(&text).await.unwrap();
    assert_eq!(
        copy.state_dump().await.unwrap(),
        env.app.state_dump().await.unwrap()
    );
    // Replaying twice is refused, and a damaged journal is refused whole.
    assert!(copy.replay_journal(&text).await.is_err());
    let (url2, _dir2) = fresh_url(backend).await.unwrap();
    let store2 = pools_store::open(&url2).await.unwrap();
    let copy2 = App::new(
        store2,
        Arc::new(crate::harness::TestClock(0.into())),
        Config::new("x"),
    )
    .await
    .unwrap();
    let damaged = text.replacen("Ana Okafor", "Ana Forged", 1);
    let err = copy2.replay_journal(&damaged).await.unwrap_err();
    assert!(
        err.to_string().contains("line 2"),
        "the import is line 2: {err}"
    );
    assert_eq!(
        copy2.state_dump().await.unwrap()[0].1.len(),
        0,
        "nothing replayed"
    );
}

async fn demo_seeds_once(env: Env) {
    let summary = env.app.seed_demo().await.unwrap();
    chains_are_the_journal_split(&env.app).await;
    // The demo's Floods move money (linked pairs) and decide (reading
    // their member pools whole).
    let chains = env.app.journal_chains().await.unwrap();
    let all = || chains.values().flatten();
    assert!(all().any(|e| e.link.is_some()), "a move between chains");
    assert!(
        all().any(|e| e
            .deps
            .iter()
            .any(|d| !d.exact && d.body.starts_with("person:"))),
        "an entry follows its actor's registration"
    );
    let view = env
        .app
        .group_view(&Actor::Operator, &summary.group)
        .await
        .unwrap();
    assert_eq!(view.member_count, 40);
    let pool = env
        .app
        .pool_view(&Actor::Operator, &summary.pool_id)
        .await
        .unwrap();
    assert_eq!(pool.active_count, 12);
    let books = env
        .app
        .treasury(&Actor::Operator, &summary.pool_id)
        .await
        .unwrap();
    assert_eq!(
        books.entries.len(),
        12 + 1 + 2 + 1,
        "twelve contributions, $10 to the Flood, a payout authorized and paid, a round's money set aside"
    );
    assert_eq!(books.budgeted.minor, 14_400, "the round holds its 144.00");
    assert_eq!(
        books.treasury.minor,
        4 * 5000 + 4 * 2500 + 4 * 1500 - 1_000 - 18_000
    );
    // A Flood of three pools.
    let floods = env
        .app
        .floods_of_pool(&Actor::Operator, &summary.pool_id)
        .await
        .unwrap();
    assert_eq!(floods.len(), 1);
    let flood = env
        .app
        .flood_view(&Actor::Operator, &floods[0].0.id)
        .await
        .unwrap();
    assert_eq!(flood.pools.len(), 3);
    assert_eq!(flood.treasury.minor, 3_000 + 2_000 + 1_000);
    assert_eq!(books.payouts[0].status.as_str(), "paid");
    let decisions = env
        .app
        .decisions(&Actor::Operator, &summary.pool_id)
        .await
        .unwrap();
    assert_eq!(decisions.len(), 7);
    let election = decisions.iter().find(|d| d.secret).unwrap();
    assert!(
        !election.closed && election.hidden,
        "an election by secret ballot is open"
    );
    let closed: Vec<_> = decisions.iter().filter(|d| d.closed).collect();
    assert_eq!(
        closed.len(),
        5,
        "the Bike Kitchen's history has five closed decisions, joining the Flood and an election among them"
    );
    // The round is open for funding when the demo starts.
    let rounds = env
        .app
        .rounds(&Actor::Operator, &summary.pool_id)
        .await
        .unwrap();
    assert_eq!(rounds.len(), 1);
    assert_eq!(rounds[0].1, pools_core::budget::Phase::Funding);
    let round = env
        .app
        .round_view(&Actor::Operator, &rounds[0].0.id)
        .await
        .unwrap();
    assert_eq!(round.buckets.len(), 3);
    assert_eq!(round.buckets[0].total, 800 + 600 + 500 + 800 + 400);
    // Formation is part-way: out for signature, five members signed.
    let f = env
        .app
        .formation_view(&Actor::Operator, &summary.pool_id)
        .await
        .unwrap();
    assert_eq!(f.formation.as_ref().unwrap().status.as_str(), "signing");
    assert!(!f.all_signed);
    let oa = f
        .documents
        .iter()
        .find(|d| d.kind == pools_core::formation::DocKind::OperatingAgreement)
        .unwrap();
    assert_eq!((oa.signed.len(), oa.missing.len()), (5, 7));
    assert!(closed.iter().all(|d| d.outcome.as_ref().unwrap().passed));
    let mut out = Vec::new();
    env.app.export_journal(&mut out).await.unwrap();
    let text = String::from_utf8(out).unwrap();
    journal::verify(text.lines()).unwrap();
    let entries: Vec<_> = text
        .lines()
        .map(|l| journal::JournalEntry::from_line(l).unwrap())
        .collect();
    assert_eq!(
        pools_core::audit::audit(&entries)
            .unwrap()
            .decisions_checked,
        4 + 3,
        "the Bike Kitchen's four (an election among them), and the three that built the Flood"
    );
    // The demo touches every kind of table (rounds, buckets, flags and
    // funding included); a replay of its export reproduces them all.
    let backend = if env.url.starts_with("postgres") {
        Backend::Postgres
    } else {
        Backend::Sqlite
    };
    let (url, _dir) = fresh_url(backend).await.unwrap();
    let copy = App::new(
        pools_store::open(&url).await.unwrap(),
        env.clock.clone(),
        Config::new("http://pools.test"),
    )
    .await
    .unwrap();
    copy.replay_journal(&text).await.unwrap();
    assert_eq!(
        copy.state_dump().await.unwrap(),
        env.app.state_dump().await.unwrap()
    );
    assert!(
        env.app.seed_demo().await.is_err(),
        "the demo refuses a database with data"
    );
}

/// A database written before the chains has a journal and no chains: the
/// first open splits it, each chain anchored to the global head then, and
/// later commands carry on from there.
async fn a_journal_written_before_chains_is_split_when_opened(env: Env) {
    use pools_core::chain;
    scenario(&env.app).await;
    env.clock.advance_secs(3 * 24 * 3600);
    let closed = env.app.close_due_decisions().await.unwrap();
    assert_eq!(closed.len(), 1);
    let before = global(&env.app).await;
    let last = before.last().unwrap();
    // As the database was before migration 28 wrote anything.
    forget_chains(&env.url).await;
    let store = pools_store::open(&env.url).await.unwrap();
    let app = App::new(store, env.clock.clone(), Config::new("http://pools.test"))
        .await
        .unwrap();
    let chains = app.journal_chains().await.unwrap();
    assert_eq!(chains, chain::split(&before).unwrap());
    let anchor = chain::split_anchor(last.seq, &last.hash);
    for c in chains.values() {
        chain::check_chain(c, &anchor).unwrap();
    }
    // The result's place in its pool's chain is where the split put it.
    let d = app
        .decision_view(&Actor::Operator, &closed[0])
        .await
        .unwrap()
        .decision;
    let place = d.closed_chain.clone().expect("the split placed the result");
    let held = &chains[&place.body][place.seq as usize - 1];
    assert_eq!(held.hash, place.hash);
    assert!(held.event.contains("decision_closed") && held.event.contains(&closed[0]));
    // Opening again splits nothing twice; a new command follows the heads.
    drop(app);
    let store = pools_store::open(&env.url).await.unwrap();
    let app = App::new(store, env.clock.clone(), Config::new("http://pools.test"))
        .await
        .unwrap();
    let newcomer = person(&app, "Newcomer").await;
    app.join_group(&newcomer, "oakland-makers").await.unwrap();
    let after = app.journal_chains().await.unwrap();
    for (body, c) in &after {
        let anchor = if chains.contains_key(body) {
            anchor.clone()
        } else {
            journal::GENESIS.to_string()
        };
        chain::check_chain(c, &anchor).unwrap();
        if let Some(old) = chains.get(body) {
            assert_eq!(&c[..old.len()], &old[..], "{body} kept its history");
        }
    }
    assert!(
        after.len() > chains.len(),
        "the newcomer has a chain of their own"
    );
}

/// Empties the chain tables of the database at `url`, and forgets where
/// results were placed in them.
async fn forget_chains(url: &str) {
    use sqlx::Executor;
    let sql = "DELETE FROM chain_entries; DELETE FROM chain_heads; \
               UPDATE decisions SET closed_chain_seq = NULL, closed_chain_hash = NULL;";
    if url.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        pool.execute(sql).await.unwrap();
    } else {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        pool.execute(sql).await.unwrap();
    }
}

/// Checkpoints are the Merkle root over every chain's head, taken only
/// when a head moved; each keeps the heads that moved, so the heads under
/// any checkpoint can be rebuilt, and any chain's head proves itself under
/// the root.
async fn checkpoints_cover_every_head(env: Env) {
    use pools_core::chain;
    let app = &env.app;
    scenario(app).await;
    let heads = || async { app.journal_heads(None).await.unwrap() };
    let first = app.checkpoint().await.unwrap().expect("there are chains");
    let now = heads().await;
    assert_eq!(first.root, chain::merkle_root(&now.heads));
    assert_eq!(first.bodies, now.heads.len() as i64);
    assert_eq!(now.checkpoint.as_ref(), Some(&first));
    // Nothing moved: no new checkpoint.
    assert_eq!(app.checkpoint().await.unwrap(), Some(first.clone()));
    // One command moves its chains; the next checkpoint keeps only those.
    let newcomer = person(app, "Newcomer").await;
    app.join_group(&newcomer, "oakland-makers").await.unwrap();
    env.clock.advance_secs(60);
    let second = app.checkpoint().await.unwrap().unwrap();
    assert_eq!(second.id, first.id + 1);
    let later = heads().await;
    assert_eq!(second.root, chain::merkle_root(&later.heads));
    assert_ne!(second.root, first.root);
    let mut tx = app.store().read().await.unwrap();
    let kept = tx.checkpoint_heads(second.id).await.unwrap();
    let moved: Vec<_> = later
        .heads
        .iter()
        .filter(|h| !now.heads.contains(h))
        .cloned()
        .collect();
    assert_eq!(kept, moved);
    assert!(
        kept.len() >= 2 && kept.len() < later.heads.len(),
        "{kept:?}"
    );
    assert_eq!(tx.heads_at_checkpoint(first.id).await.unwrap(), now.heads);
    assert_eq!(
        tx.heads_at_checkpoint(second.id).await.unwrap(),
        later.heads
    );
    drop(tx);
    // Any chain's head proves itself under the newest root.
    let group = later
        .heads
        .iter()
        .find(|h| h.body.starts_with("group:"))
        .unwrap()
        .body
        .clone();
    let one = app.journal_heads(Some(&group)).await.unwrap();
    assert_eq!(one.heads.len(), 1);
    let (head, path) = one.proof.unwrap();
    assert!(chain::proves(&head, &path, &second.root));
    assert!(!chain::proves(&head, &path, &first.root));
    assert!(app.journal_heads(Some("pool:nowhere")).await.is_err());
}

/// An export of every chain checks whole (each chain, each link, each
/// checkpoint's root) and recounts as the global journal does; an export
/// of a pool that joined a Flood checks alone, proves each of its chains
/// under the newest root, and says the recount needs the Flood; an export
/// of the Flood holds every chain it needs, and recounts.
async fn exports_of_chains_verify_whole_and_in_part(env: Env) {
    use pools_app::records::ExportScope;
    use pools_core::chain::export;
    let app = &env.app;
    app.seed_demo().await.unwrap();
    app.checkpoint().await.unwrap().unwrap();
    let write = async |scope: ExportScope| {
        let mut out = Vec::new();
        let x = app.export_chains(&scope, &mut out).await.unwrap();
        (x, String::from_utf8(out).unwrap())
    };
    let (x, all) = write(ExportScope::Everything).await;
    let c = export::check(all.lines()).unwrap();
    assert_eq!(c.header.scope, "everything");
    assert_eq!((c.chains.len(), c.entries), (x.chains, x.entries));
    assert_eq!(c.checkpoints, 1);
    assert!(c.missing.is_empty() && c.links_outside == 0 && c.links > 0);
    assert_eq!(c.chains, app.journal_chains().await.unwrap());
    assert_eq!(
        pools_core::audit::audit_chains(&c.chains).unwrap(),
        pools_core::audit::audit(&global(app).await).unwrap()
    );
    // A pool that moved money to a Flood, and that Flood.
    let (pool, flood) = c
        .chains
        .iter()
        .find_map(|(b, ch)| {
            ch.iter()
                .find_map(|e| e.link.as_ref().filter(|l| l.hash.is_none()))
                .map(|l| (b.clone(), l.body.clone()))
        })
        .unwrap();
    let id = |b: &str| b.trim_start_matches("pool:").to_string();
    let (x, part) = write(ExportScope::Pool(id(&pool))).await;
    let p = export::check(part.lines()).unwrap();
    assert!(p.chains.contains_key(&pool) && !p.chains.contains_key(&flood));
    assert!(
        p.chains
            .keys()
            .all(|b| *b == pool || !b.starts_with("pool:"))
    );
    assert_eq!(p.proofs, x.witnesses);
    assert_eq!(p.proofs, p.chains.len(), "each chain proved under the root");
    assert!(p.links_outside > 0 && p.missing.contains(&flood));
    let (_, fl) = write(ExportScope::Flood(id(&flood))).await;
    let f = export::check(fl.lines()).unwrap();
    assert!(
        f.chains.contains_key(&pool) && f.missing.is_empty(),
        "{:?}",
        f.missing
    );
    pools_core::audit::audit_chains(&f.chains).unwrap();
    // Whatever is changed, dropped or forged, the check names its line.
    let lines: Vec<&str> = all.lines().collect();
    let entry = lines.iter().position(|l| l.contains("\"entry\"")).unwrap() + 3;
    let mut changed = lines.clone();
    let forged = changed[entry].replacen("\"at\":\"2", "\"at\":\"1", 1);
    changed[entry] = &forged;
    let err = export::check(changed.iter().copied()).unwrap_err();
    assert!(err.starts_with(&format!("line {}", entry + 1)), "{err}");
    let mut dropped = lines.clone();
    dropped.remove(entry);
    assert!(export::check(dropped.iter().copied()).is_err());
    let last = lines.len() - 1;
    assert!(lines[last].contains("\"checkpoint\""));
    let mut wrong = lines.clone();
    let root = wrong[last].replacen("\"root\":\"", "\"root\":\"0", 1);
    wrong[last] = &root;
    assert!(
        export::check(wrong.iter().copied())
            .unwrap_err()
            .contains("root")
    );
    let proof = part.lines().last().unwrap();
    assert!(proof.contains("\"proof\""));
    let mut forged: Vec<&str> = part.lines().collect();
    let n = forged.len() - 1;
    let other_root = proof.replacen("\"root\":\"", "\"root\":\"f", 1);
    forged[n] = &other_root;
    assert!(
        export::check(forged.iter().copied())
            .unwrap_err()
            .contains("does not lead to its root")
    );
    // Replay reads the global journal; it says so of an export of chains.
    let err = app.replay_journal(&all).await.unwrap_err().to_string();
    assert!(err.contains("export of chains"), "{err}");
}

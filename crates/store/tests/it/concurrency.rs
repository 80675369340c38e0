use crate::contract;
use crate::harness::{Env, fixture, person};
use pools_app::Actor;
use pools_core::journal;
use pools_core::membership::commitment_hash;

contract!(
    concurrent_claims_and_joins_leave_one_winner,
    two_servers_on_one_database_keep_one_chain,
    abandoned_commands_leave_no_trace_in_a_busy_batch,
    failed_statements_spoil_only_their_own_command,
    a_lost_writer_connection_is_replaced,
    a_write_given_up_while_waiting_for_the_lock_releases_it,
);

/// PostgreSQL: a request that goes away while its write waits for the
/// journal-head lock (held here by "another server") must not leave the
/// writer's connection holding that lock once it is granted. Every other
/// server would wait on it until this one wrote again.
async fn a_write_given_up_while_waiting_for_the_lock_releases_it(env: Env) {
    use sqlx::Connection;
    if !env.url.starts_with("postgres") {
        return; // SQLite's writer never waits on a network step
    }
    let store = pools_store::open(&env.url).await.unwrap();
    let mut other = sqlx::PgConnection::connect(&env.url).await.unwrap();
    sqlx::raw_sql("BEGIN; SELECT seq FROM journal_head WHERE id = 1 FOR UPDATE")
        .execute(&mut other)
        .await
        .unwrap();
    let s = store.clone();
    let write = tokio::spawn(async move {
        let mut tx = s.write().await.unwrap();
        let at = time::OffsetDateTime::now_utc();
        tx.record(at, None, &registered(1, "p1@example.org"))
            .await
            .unwrap();
        tx.commit().await.unwrap();
    });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!write.is_finished(), "the write waits for the lock");
    write.abort();
    let _ = write.await;
    sqlx::raw_sql("COMMIT").execute(&mut other).await.unwrap();
    let mut free = false;
    for _ in 0..100 {
        let mut tx = other.begin().await.unwrap();
        let got = sqlx::query("SELECT seq FROM journal_head WHERE id = 1 FOR UPDATE NOWAIT")
            .execute(&mut *tx)
            .await;
        tx.rollback().await.unwrap();
        if got.is_ok() {
            free = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        free,
        "the journal head is still locked by the abandoned write"
    );
    register(&store, 2, "p2@example.org").await;
    let mut tx = store.read().await.unwrap();
    assert!(tx.person("p1").await.unwrap().is_none());
    assert_eq!(tx.person_count().await.unwrap(), 1);
}

/// Registers person `p{i}` in a write of its own.
async fn register(store: &std::sync::Arc<dyn pools_app::ports::Store>, i: usize, email: &str) {
    let mut tx = store.write().await.unwrap();
    tx.record(time::OffsetDateTime::now_utc(), None, &registered(i, email))
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

fn registered(i: usize, email: &str) -> pools_core::Event {
    pools_core::Event::PersonRegistered {
        person_id: format!("p{i}"),
        email: email.to_string(),
        name: format!("Person {i}"),
        operator: false,
    }
}

/// Thirty commands write at once; every third one breaks a unique key after
/// writing (on PostgreSQL that aborts the transaction until its savepoint
/// is rolled back), and half of those try to commit anyway. The broken ones
/// fail alone; the rest all land, and the journal stays one chain.
async fn failed_statements_spoil_only_their_own_command(env: Env) {
    let store = pools_store::open(&env.url).await.unwrap();
    register(&store, 1000, "taken@example.org").await;
    let mut tasks = Vec::new();
    for i in 0..30 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = store.write().await.unwrap();
            let at = time::OffsetDateTime::now_utc();
            tx.record(at, None, &registered(i, &format!("p{i}@example.org")))
                .await
                .unwrap();
            if i % 3 == 0 {
                let clash = tx
                    .record(at, None, &registered(2000 + i, "taken@example.org"))
                    .await;
                assert!(clash.is_err(), "the second address is taken");
                if i % 2 == 0 {
                    // Ignoring the failure and committing anyway is refused:
                    // half a record (the journal entry without its person)
                    // must not land, nor may the batch be lost with it.
                    assert!(tx.commit().await.is_err(), "a spoiled command commits");
                }
                return false;
            }
            tokio::task::yield_now().await;
            tx.commit().await.unwrap();
            true
        }));
    }
    check_landed(&store, tasks, 20, 21, "p0", "p1").await;
}

/// PostgreSQL: when the server drops the writer's connection between
/// writes (a restart, say), the next write opens a new one and lands.
async fn a_lost_writer_connection_is_replaced(env: Env) {
    if !env.url.starts_with("postgres") {
        return; // the SQLite writer is a file handle, not a connection to lose
    }
    let store = pools_store::open(&env.url).await.unwrap();
    for round in 0..2 {
        register(&store, round, &format!("p{round}@example.org")).await;
        let admin = sqlx::PgPool::connect(&env.url).await.unwrap();
        let killed: Vec<(bool,)> = sqlx::query_as(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
        .fetch_all(&admin)
        .await
        .unwrap();
        assert!(!killed.is_empty(), "the writer's connection was open");
        admin.close().await;
    }
    register(&store, 9, "p9@example.org").await;
    let mut tx = store.read().await.unwrap();
    assert_eq!(tx.person_count().await.unwrap(), 3);
}

/// Forty commands write at once; every other one is abandoned after writing.
/// The abandoned ones leave nothing behind, the others all land, and the
/// journal stays one unbroken chain (on SQLite they share group commits).
async fn abandoned_commands_leave_no_trace_in_a_busy_batch(env: Env) {
    let store = pools_store::open(&env.url).await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..40 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = store.write().await.unwrap();
            let event = pools_core::Event::PersonRegistered {
                person_id: format!("p{i}"),
                email: format!("p{i}@example.org"),
                name: format!("Person {i}"),
                operator: false,
            };
            tx.record(time::OffsetDateTime::now_utc(), None, &event)
                .await
                .unwrap();
            tokio::task::yield_now().await;
            if i % 2 == 0 {
                tx.commit().await.unwrap();
                true
            } else {
                drop(tx);
                false
            }
        }));
    }
    check_landed(&store, tasks, 20, 20, "p1", "p2").await;
}

/// Waits for the writing tasks (each says whether it committed) and checks
/// what landed: `committed` commits, `people` persons and as many journal
/// entries in one unbroken chain, `gone` absent and `kept` present.
async fn check_landed(
    store: &std::sync::Arc<dyn pools_app::ports::Store>,
    tasks: Vec<tokio::task::JoinHandle<bool>>,
    committed: usize,
    people: i64,
    gone: &str,
    kept: &str,
) {
    let mut done = 0;
    for t in tasks {
        if t.await.unwrap() {
            done += 1;
        }
    }
    assert_eq!(done, committed);
    let mut tx = store.read().await.unwrap();
    assert_eq!(tx.person_count().await.unwrap(), people);
    assert!(tx.person(gone).await.unwrap().is_none());
    assert!(tx.person(kept).await.unwrap().is_some());
    let entries = tx.journal_after(0, 1000).await.unwrap();
    assert_eq!(entries.len() as i64, people);
    let lines: Vec<String> = entries.iter().map(|e| e.to_line()).collect();
    journal::verify(lines.iter().map(|s| s.as_str())).expect("no gaps, no forks");
}

async fn concurrent_claims_and_joins_leave_one_winner(env: Env) {
    let app = env.app.clone();
    app.import_meetup(
        &Actor::Operator,
        "oakland-makers",
        "classic.csv",
        &fixture("classic.csv"),
        None,
    )
    .await
    .unwrap();
    let view = app
        .group_view(&Actor::Operator, "oakland-makers")
        .await
        .unwrap();
    let place = view
        .members
        .iter()
        .find(|m| m.name == "Ana Okafor")
        .unwrap()
        .id
        .clone();
    let token = app.invite_token(&place);
    let mut people = Vec::new();
    for i in 0..8 {
        people.push(person(&app, &format!("Claimer {i}")).await);
    }
    // Eight people claim the same place at once: exactly one wins.
    let mut tasks = Vec::new();
    for p in people.clone() {
        let (app, place, token) = (app.clone(), place.clone(), token.clone());
        tasks.push(tokio::spawn(async move {
            app.claim_invite(&p, &place, &token).await
        }));
    }
    assert_eq!(futures_count(tasks).await, 1);
    // The winner organizes; the pool opens; the others join the group and
    // then all try to join the pool twice at once: one membership each.
    let view = app
        .group_view(&Actor::Operator, "oakland-makers")
        .await
        .unwrap();
    let owner_id = view
        .members
        .iter()
        .find(|m| m.id == place)
        .unwrap()
        .person_id
        .clone()
        .unwrap();
    let owner = people
        .iter()
        .find(|p| p.person_id() == Some(owner_id.as_str()))
        .unwrap()
        .clone();
    let pool = app
        .create_pool(&owner, "oakland-makers", None, "USD", true)
        .await
        .unwrap();
    app.open_pool(&owner, &pool.id).await.unwrap();
    let hash = commitment_hash(&pool.commitment);
    let mut tasks = Vec::new();
    for p in people
        .iter()
        .filter(|p| p.person_id() != Some(owner_id.as_str()))
    {
        app.join_group(p, "oakland-makers").await.unwrap();
        for _ in 0..2 {
            let (app, p, id, hash) = (app.clone(), p.clone(), pool.id.clone(), hash.clone());
            tasks.push(tokio::spawn(async move {
                app.join_pool(&p, &id, &hash, true).await
            }));
        }
    }
    let ok = futures_count(tasks).await;
    assert_eq!(ok, 7, "each person joins exactly once");
    let v = app.pool_view(&owner, &pool.id).await.unwrap();
    assert_eq!(v.active_count, 8);

    let mut out = Vec::new();
    app.export_journal(&mut out).await.unwrap();
    let text = String::from_utf8(out).unwrap();
    journal::verify(text.lines()).expect("the chain stays linear under concurrency");
}

async fn futures_count<T, E>(tasks: Vec<tokio::task::JoinHandle<Result<T, E>>>) -> usize {
    let mut ok = 0;
    for t in tasks {
        if t.await.unwrap().is_ok() {
            ok += 1;
        }
    }
    ok
}

/// Two separate stores on one database stand for two `pools serve`
/// processes: their writes interleave, yet every command lands once and the
/// journal stays one unbroken chain.
async fn two_servers_on_one_database_keep_one_chain(env: Env) {
    let first = env.app.clone();
    let store = pools_store::open(&env.url).await.unwrap();
    let second = pools_app::App::new(
        store,
        env.clock.clone(),
        pools_app::Config::new("http://pools.test"),
    )
    .await
    .unwrap();
    assert_eq!(
        first.invite_token("x"),
        second.invite_token("x"),
        "servers sharing a database share invite links"
    );
    let org = person(&first, "Org").await;
    first
        .create_group(&org, "Shared", Some("shared"), "")
        .await
        .unwrap();
    let mut tasks = Vec::new();
    for i in 0..12 {
        let app = if i % 2 == 0 {
            first.clone()
        } else {
            second.clone()
        };
        tasks.push(tokio::spawn(async move {
            let p = person(&app, &format!("Person {i}")).await;
            app.join_group(&p, "shared").await
        }));
    }
    assert_eq!(futures_count(tasks).await, 12);
    let v = second.group_view(&Actor::Operator, "shared").await.unwrap();
    assert_eq!(v.member_count, 13);
    let mut out = Vec::new();
    second.export_journal(&mut out).await.unwrap();
    let text = String::from_utf8(out).unwrap();
    let summary = journal::verify(text.lines()).unwrap();
    assert_eq!(summary.entries, 1 + 2 + 12 * 2);
}

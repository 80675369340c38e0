use crate::harness::{Api, Browser, Server, hidden, start, start_postgres};
use pools_app::Actor;
use pools_app::ports::SessionKind;
use pools_core::membership::commitment_hash;
use reqwest::{Method, StatusCode};
use serde_json::json;

/// An open pool whose organizer and `n` members hold API tokens.
async fn pool_with_members(s: &Server, n: usize) -> (String, Api, Vec<Api>) {
    let mut org = Api::new(&s.base);
    org.sign_up("Org", "org@example.org").await;
    org.call(
        Method::POST,
        "/groups",
        Some(json!({"name": "Voters", "slug": "voters"})),
    )
    .await;
    let (_, pool, _) = org
        .call(
            Method::POST,
            "/groups/voters/pool",
            Some(json!({"accept_commitment": true})),
        )
        .await;
    let id = pool["id"].as_str().unwrap().to_string();
    org.call(Method::POST, &format!("/pools/{id}/open"), None)
        .await;
    let hash = commitment_hash(pool["commitment"].as_str().unwrap());
    // Members are made through the use cases directly: the same code the
    // API runs, without hundreds of sequential sign-up requests.
    let mut members = Vec::new();
    let mut tasks = Vec::new();
    for i in 0..n {
        let app = s.app.clone();
        let (id, hash) = (id.clone(), hash.clone());
        tasks.push(tokio::spawn(async move {
            let signed = app
                .sign_up_with(
                    &format!("m{i}@example.org"),
                    &format!("Member {i}"),
                    "a long enough password",
                    SessionKind::ApiToken,
                )
                .await
                .unwrap();
            let token = signed.token.clone();
            let actor = Actor::Person(signed.person);
            app.join_group(&actor, "voters").await.unwrap();
            app.join_pool(&actor, &id, &hash, true).await.unwrap();
            token
        }));
    }
    for t in tasks {
        let mut api = Api::new(&s.base);
        api.token = Some(t.await.unwrap());
        members.push(api);
    }
    (id, org, members)
}

#[tokio::test]
async fn decisions_over_the_api() {
    let s = start().await;
    let (pool, org, members) = pool_with_members(&s, 3).await;
    let (st, p, _) = org
        .call(
            Method::POST,
            &format!("/pools/{pool}/decisions"),
            Some(json!({
                "title": "Which evening?",
                "method": {"kind": "ranked_choice", "options": ["Tue", "Thu", "Sat"]},
                "voting_days": 2,
                "vote_weight": 3
            })),
        )
        .await;
    assert_eq!(st, 422, "unknown fields are refused: {p}");
    let (st, d, _) = org
        .call(
            Method::POST,
            &format!("/pools/{pool}/decisions"),
            Some(json!({
                "title": "Which evening?",
                "method": {"kind": "ranked_choice", "options": ["Tue", "Thu", "Sat"]},
                "voting_days": 2
            })),
        )
        .await;
    assert_eq!(st, 201, "{d}");
    let id = d["id"].as_str().unwrap();
    let path = format!("/decisions/{id}/ballot");
    let (st, p, _) = members[0]
        .call(
            Method::PUT,
            &path,
            Some(json!({"choice": {"kind": "single", "value": 0}})),
        )
        .await;
    assert_eq!(st, 422, "{p}");
    for (api, order) in [
        (&org, [2, 1, 0]),
        (&members[0], [2, 0, 1]),
        (&members[1], [1, 2, 0]),
        (&members[2], [0, 2, 1]),
    ] {
        let (st, v, _) = api
            .call(
                Method::PUT,
                &path,
                Some(json!({"choice": {"kind": "ranked", "value": order}, "reason": "evenings"})),
            )
            .await;
        assert_eq!(st, 200, "{v}");
    }
    let (st, _, _) = members[2].call(Method::DELETE, &path, None).await;
    assert_eq!(st, 204);
    let (_, v, _) = members[1]
        .call(Method::GET, &format!("/decisions/{id}"), None)
        .await;
    assert_eq!(v["decision"]["tally"]["ballots"], 3);
    assert_eq!(v["mine"]["reason"], "evenings");
    assert_eq!(v["can_vote"], true);
    let (_, list, _) = org
        .call(Method::GET, &format!("/pools/{pool}/decisions"), None)
        .await;
    assert_eq!(list.as_array().unwrap().len(), 1);

    s.clock.advance_secs(2 * 24 * 3600);
    let (st, p, _) = members[2]
        .call(
            Method::PUT,
            &path,
            Some(json!({"choice": {"kind": "ranked", "value": [0]}})),
        )
        .await;
    assert_eq!(st, 409, "{p}");
    assert_eq!(s.app.close_due_decisions().await.unwrap().len(), 1);
    let (_, v, _) = org
        .call(Method::GET, &format!("/decisions/{id}"), None)
        .await;
    assert_eq!(v["decision"]["status"], "closed");
    assert_eq!(v["decision"]["outcome"]["winners"], json!([2]));
    assert!(
        v["decision"]["outcome"]["explanation"]
            .as_str()
            .unwrap()
            .contains("\"Sat\" won by the Schulze method")
    );
    // The result names its journal entry, and the public head has reached it.
    let closed = &v["decision"]["closed_entry"];
    let (st, head, _) = Api::new(&s.base)
        .call(Method::GET, "/journal/head", None)
        .await;
    assert_eq!(st, 200, "{head}");
    assert!(head["seq"].as_i64().unwrap() >= closed["seq"].as_i64().unwrap());
    assert_eq!(
        closed["witness"].as_str().unwrap(),
        format!("{}:{}", closed["seq"], closed["hash"].as_str().unwrap())
    );
    let mut export = Vec::new();
    s.app.export_journal(&mut export).await.unwrap();
    let entries: Vec<_> = String::from_utf8(export)
        .unwrap()
        .lines()
        .map(|l| pools_core::journal::JournalEntry::from_line(l).unwrap())
        .collect();
    for w in [closed, &head] {
        let h: pools_core::journal::Head = w["witness"].as_str().unwrap().parse().unwrap();
        pools_core::journal::reaches(&entries, &h).unwrap();
    }
    let e = entries
        .iter()
        .find(|e| e.seq == closed["seq"].as_i64().unwrap())
        .unwrap();
    assert!(e.event.contains("decision_closed") && e.event.contains(id));

    // The result's place in the pool's own chain, which an export of the
    // pool holds.
    let place = &v["decision"]["closed_chain"];
    assert_eq!(place["body"], format!("pool:{pool}"), "{place}");
    let mut out = Vec::new();
    s.app
        .export_chains(
            &pools_app::records::ExportScope::Pool(pool.clone()),
            &mut out,
        )
        .await
        .unwrap();
    let checked =
        pools_core::chain::export::check(String::from_utf8(out).unwrap().lines()).unwrap();
    let held =
        &checked.chains[&format!("pool:{pool}")][place["seq"].as_i64().unwrap() as usize - 1];
    assert_eq!(held.hash, place["hash"].as_str().unwrap());
    assert!(held.event.contains("decision_closed") && held.event.contains(id));
    assert_eq!(
        place["witness"],
        format!("pool:{pool}:{}:{}", held.seq, held.hash)
    );

    // The chains: no checkpoint yet, every chain's head, and once one is
    // taken, any chain's head with its proof under the root.
    assert!(head["checkpoint"].is_null(), "{head}");
    let chains = head["heads"].as_array().unwrap();
    assert!(chains.len() > 2, "{head}");
    s.app.checkpoint().await.unwrap().unwrap();
    let body = chains
        .iter()
        .find(|h| h["body"].as_str().unwrap().starts_with("pool:"))
        .unwrap()["body"]
        .as_str()
        .unwrap()
        .to_string();
    let (st, one, _) = Api::new(&s.base)
        .call(Method::GET, &format!("/journal/head?body={body}"), None)
        .await;
    assert_eq!(st, 200, "{one}");
    assert_eq!(one["heads"].as_array().unwrap().len(), 1);
    let proof = &one["proof"];
    let leaf = pools_core::chain::ChainHead {
        body: proof["head"]["body"].as_str().unwrap().into(),
        seq: proof["head"]["seq"].as_i64().unwrap(),
        hash: proof["head"]["hash"].as_str().unwrap().into(),
    };
    let path: Vec<(bool, String)> = proof["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["left"].as_bool().unwrap(),
                p["hash"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(pools_core::chain::proves(
        &leaf,
        &path,
        one["checkpoint"]["root"].as_str().unwrap()
    ));
    let (st, missing, _) = Api::new(&s.base)
        .call(Method::GET, "/journal/head?body=pool:nowhere", None)
        .await;
    assert_eq!(st, 404, "{missing}");
    assert!(
        missing["detail"]
            .as_str()
            .unwrap()
            .contains("chains are named pool:ID"),
        "{missing}"
    );
}

/// 200 members vote and change their votes at the same moment over HTTP:
/// each ends with exactly one counted ballot, and the running tally equals
/// the recount made at close.
async fn two_hundred_voters_at_once(s: Server) {
    let (pool, org, members) = pool_with_members(&s, 200).await;
    let (_, d, _) = org
        .call(
            Method::POST,
            &format!("/pools/{pool}/decisions"),
            Some(json!({"title": "Fund the mural?", "method": {"kind": "proposal"}})),
        )
        .await;
    let id = d["id"].as_str().unwrap().to_string();
    let mut tasks = Vec::new();
    for (i, api) in members.into_iter().enumerate() {
        let id = id.clone();
        tasks.push(tokio::spawn(async move {
            let path = format!("/decisions/{id}/ballot");
            let first = if i % 2 == 0 { "disagree" } else { "agree" };
            let last = if i % 3 == 0 {
                "disagree"
            } else if i % 3 == 1 {
                "abstain"
            } else {
                "agree"
            };
            for stance in [first, last] {
                let (st, v, _) = api
                    .call(
                        Method::PUT,
                        &path,
                        Some(json!({"choice": {"kind": "proposal", "value": stance}})),
                    )
                    .await;
                assert_eq!(st, 200, "{v}");
            }
            last
        }));
    }
    let mut expected = [0u64; 4];
    for t in tasks {
        match t.await.unwrap() {
            "agree" => expected[0] += 1,
            "abstain" => expected[1] += 1,
            _ => expected[2] += 1,
        }
    }
    let (_, v, _) = org
        .call(Method::GET, &format!("/decisions/{id}"), None)
        .await;
    assert_eq!(v["decision"]["tally"]["ballots"], 200);
    assert_eq!(v["decision"]["tally"]["counts"], json!(expected));
    assert_eq!(v["ballots_total"], 200, "one ballot per person");
    assert_eq!(
        (v["page"].as_i64(), v["pages"].as_i64()),
        (Some(1), Some(2))
    );
    assert_eq!(
        v["ballots"].as_array().unwrap().len(),
        100,
        "a page of ballots"
    );
    let (_, p2, _) = org
        .call(Method::GET, &format!("/decisions/{id}?page=2"), None)
        .await;
    let mut names: Vec<String> = v["voters"]
        .as_array()
        .unwrap()
        .iter()
        .chain(p2["voters"].as_array().unwrap())
        .map(|n| n.as_str().unwrap().to_string())
        .collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 200, "the two pages hold every voter once");
    s.clock.advance_secs(7 * 24 * 3600);
    // Closing recounts from the ballots and refuses to publish on a mismatch.
    assert_eq!(s.app.close_due_decisions().await.unwrap(), vec![id.clone()]);
    let (_, v, _) = org
        .call(Method::GET, &format!("/decisions/{id}"), None)
        .await;
    assert_eq!(v["decision"]["outcome"]["ballots"], 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_voters_at_once_on_sqlite() {
    two_hundred_voters_at_once(start().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_voters_at_once_on_postgres() {
    match start_postgres().await {
        Some(s) => {
            two_hundred_voters_at_once(s).await;
            if let Ok(log) = std::env::var("POOLS_TEST_RAN_LOG") {
                use std::io::Write;
                let mut f = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(log)
                    .unwrap();
                f.write_all(b"postgres-http two_hundred_voters_at_once\n")
                    .unwrap();
            }
        }
        None => {
            eprintln!("POOLS_TEST_POSTGRES_URL is not set: the PostgreSQL HTTP test did not run")
        }
    }
}

#[tokio::test]
async fn deciding_through_the_pages() {
    let s = start().await;
    let mut ana = Browser::new(&s.base);
    ana.sign_up("Ana", "ana@example.org").await;
    ana.post(
        "/groups/new",
        &[("name", "Menders"), ("slug", ""), ("description", "")],
    )
    .await;
    let r = ana
        .post(
            "/g/menders/pool",
            &[
                ("name", ""),
                ("currency", "USD"),
                ("accept_commitment", "yes"),
            ],
        )
        .await;
    let pool = r.location.unwrap();
    ana.post(&format!("{pool}/open"), &[]).await;
    let mut ben = Browser::new(&s.base);
    ben.sign_up("Ben", "ben@example.org").await;
    ben.post("/g/menders/join", &[]).await;
    let p = ben.get(&pool).await;
    let hash = hidden(&p.body, "commitment_hash").unwrap();
    ben.post(
        &format!("{pool}/join"),
        &[("commitment_hash", &hash), ("accept_commitment", "yes")],
    )
    .await;

    // A question with options, asked through the form.
    let form = ana.get(&format!("{pool}/decisions/new")).await;
    assert_eq!(form.status, 200);
    let r = ana
        .post(
            &format!("{pool}/decisions"),
            &[
                ("title", "Which tools?"),
                ("body", "We have **$200**."),
                ("method", "multiple_choice"),
                ("options", "Saw\nDrill"),
                ("min", "1"),
                ("max", "2"),
                ("max_score", ""),
                ("voting_days", "40"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("from 2 to 14 days"), "{}", r.body);
    let r = ana
        .post(
            &format!("{pool}/decisions"),
            &[
                ("title", "Which tools?"),
                ("body", "We have **$200**."),
                ("method", "multiple_choice"),
                ("options", "Saw\nDrill\nClamp"),
                ("min", "1"),
                ("max", "2"),
                ("max_score", ""),
                ("voting_days", "3"),
            ],
        )
        .await;
    let d = r.location.expect("created");
    let page = ben.get(&d).await;
    assert!(page.body.contains("<strong>$200</strong>"));
    assert!(page.body.contains("Pick from 1 to 2"));
    let r = ben
        .post(
            &format!("{d}/ballot"),
            &[("option", "0"), ("option", "1"), ("option", "2")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("pick from 1 to 2 options"));
    let r = ben
        .post(
            &format!("{d}/ballot"),
            &[
                ("option", "0"),
                ("option", "2"),
                ("reason", "we saw and clamp"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    ana.post(&format!("{d}/ballot"), &[("option", "2")]).await;
    let page = ben.get(&d).await;
    assert!(
        page.body.contains("You voted: <strong>Saw, Clamp</strong>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<svg class=\"chart\""));
    assert!(page.body.contains("If voting ended now"));

    // A rule change through the rules form, once the pool is open.
    let rules = ana.get(&format!("{pool}/rules")).await;
    assert!(rules.body.contains("Propose a rule change"));
    let pool_page = ana.get(&pool).await;
    assert!(pool_page.body.contains("Which tools?"));

    s.clock.advance_secs(3 * 24 * 3600);
    s.app.close_due_decisions().await.unwrap();
    let page = ben.get(&d).await;
    assert!(
        page.body.contains(
            "Decided: 2 of 2 members voted (quorum 1). &#34;Clamp&#34; won with 2 ballots."
        ) || page.body.contains(
            "Decided: 2 of 2 members voted (quorum 1). &quot;Clamp&quot; won with 2 ballots."
        ),
        "{}",
        page.body
    );
    assert!(!page.body.contains("Cast my vote"));
    assert!(page.body.contains("we saw and clamp"));
    assert!(
        page.body
            .contains("of the pool&#39;s own chain in the journal")
            && page.body.contains("pools verify FILE --head pool:")
            && page.body.contains("pools export --pool "),
        "the result shows its entry in the pool's chain: {}",
        page.body
    );
}

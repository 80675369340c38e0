//! Kill the server with SIGKILL in the middle of a stream of contributions;
//! after a restart every acknowledged contribution is there and the books
//! balance.

use serde_json::{Value, json};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn serve(db: &std::path::Path, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_pools"))
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .env("POOLS_DATABASE_URL", format!("sqlite://{}", db.display()))
        .env("POOLS_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server starts")
}

async fn wait_healthy(base: &str) {
    for _ in 0..100 {
        if let Ok(r) = reqwest::get(format!("{base}/healthz")).await
            && r.status().is_success()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not become healthy");
}

async fn call(
    c: &reqwest::Client,
    token: &str,
    method: reqwest::Method,
    url: String,
    body: Value,
) -> Value {
    c.request(method, url)
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_contributions_survive_sigkill() {
    let dir = std::env::temp_dir().join(format!("pools-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("pools.db");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = serve(&db, port);
    wait_healthy(&base).await;
    let c = reqwest::Client::new();
    let me: Value = c
        .post(format!("{base}/api/v1/auth/signup"))
        .json(&json!({"email": "t@example.org", "name": "Treasurer", "password": "a long enough password"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = me["token"].as_str().unwrap().to_string();
    let person = me["person"]["id"].as_str().unwrap().to_string();
    call(
        &c,
        &token,
        reqwest::Method::POST,
        format!("{base}/api/v1/groups"),
        json!({"name": "Crash", "slug": "crash"}),
    )
    .await;
    let pool = call(
        &c,
        &token,
        reqwest::Method::POST,
        format!("{base}/api/v1/groups/crash/pool"),
        json!({"accept_commitment": true}),
    )
    .await;
    let pool = pool["id"].as_str().unwrap().to_string();
    call(
        &c,
        &token,
        reqwest::Method::POST,
        format!("{base}/api/v1/pools/{pool}/open"),
        json!({}),
    )
    .await;

    // Four clients stream contributions; each remembers what was acknowledged.
    let acked: Arc<Mutex<Vec<(String, i64, String)>>> = Arc::new(Mutex::new(Vec::new()));
    let mut clients = Vec::new();
    for w in 0..4 {
        let (c, token, person, pool, base, acked) = (
            c.clone(),
            token.clone(),
            person.clone(),
            pool.clone(),
            base.clone(),
            acked.clone(),
        );
        clients.push(tokio::spawn(async move {
            for i in 0..10_000 {
                let key = format!("w{w}-{i}");
                let amount = 100 + i as i64;
                let res = c
                    .post(format!("{base}/api/v1/pools/{pool}/money"))
                    .bearer_auth(&token)
                    .header("Idempotency-Key", &key)
                    .json(&json!({"person_id": person, "kind": "capital", "amount": amount, "received_on": "2020-01-01", "method": "cash"}))
                    .send()
                    .await;
                match res {
                    Ok(r) if r.status() == 201 => {
                        let v: Value = match r.json().await {
                            Ok(v) => v,
                            Err(_) => return,
                        };
                        acked.lock().unwrap().push((key, amount, v["id"].as_str().unwrap().to_string()));
                    }
                    _ => return,
                }
            }
        }));
    }
    while acked.lock().unwrap().len() < 60 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    child.kill().expect("SIGKILL"); // Child::kill sends SIGKILL on Unix.
    child.wait().unwrap();
    for t in clients {
        t.await.unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= 60);

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = serve(&db, port);
    wait_healthy(&base).await;
    let books: Value = c
        .get(format!("{base}/api/v1/pools/{pool}/treasury"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let entries = books["entries"].as_array().unwrap();
    let ids: std::collections::HashSet<&str> =
        entries.iter().map(|e| e["id"].as_str().unwrap()).collect();
    for (key, _, id) in &acked {
        assert!(
            ids.contains(id.as_str()),
            "acknowledged contribution {key} was lost"
        );
    }
    // The books balance: the treasury holds exactly what the entries say,
    // and every member's capital adds up to the same.
    let total: i64 = entries.iter().map(|e| e["amount"].as_i64().unwrap()).sum();
    assert!(entries.len() < 200, "all entries are listed");
    assert_eq!(books["treasury"].as_i64().unwrap(), total);
    assert_eq!(books["capital"][0]["balance"].as_i64().unwrap(), total);
    // An acknowledged request sent again after the crash is recognized.
    let (key, amount, id) = &acked[0];
    let again: Value = c
        .post(format!("{base}/api/v1/pools/{pool}/money"))
        .bearer_auth(&token)
        .header("Idempotency-Key", key)
        .json(&json!({"person_id": person, "kind": "capital", "amount": amount, "received_on": "2020-01-01", "method": "cash"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(again["id"].as_str().unwrap(), id);
    child.kill().unwrap();
    child.wait().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}

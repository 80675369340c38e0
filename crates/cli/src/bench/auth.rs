//! Concurrent sign-ups and sign-ins against the bounded password hashing.

use super::*;

/// `n` concurrent sign-ups, then `n` concurrent sign-ins, over HTTP, each
/// client coming back after a 503 as its Retry-After says. Reports how
/// many were turned away at first, the time, and the server process's
/// resident memory: password hashing is bounded, so it must stay low.
pub async fn run_auth(base: Option<String>, n: usize) -> Result<()> {
    let url = fresh(base.as_deref(), "auth").await?;
    println!("Password hashing: {n} concurrent sign-ups, then {n} sign-ins, on {url}");
    // As behind a reverse proxy, each client names its own address, so the
    // per-address sign-in limit sees 200 people, not one.
    let r = serve_with(&url, |c| {
        c.trusted_proxies = vec!["127.0.0.1".parse().unwrap()]
    })
    .await?;
    let (rss0, _) = memory_kib();
    let client = reqwest::Client::new();
    for (what, path) in [
        ("sign-ups", "/api/v1/auth/signup"),
        ("sign-ins", "/api/v1/auth/tokens"),
    ] {
        let start = Instant::now();
        let mut tasks = Vec::new();
        for i in 0..n {
            let client = client.clone();
            let url = format!("{}{path}", r.base);
            let body = if path.ends_with("signup") {
                json!({"email": format!("p{i}@bench.example"), "name": format!("Person {i}"), "password": "a long enough password"})
            } else {
                json!({"email": format!("p{i}@bench.example"), "password": "a long enough password"})
            };
            tasks.push(tokio::spawn(async move {
                let mut busy = 0u32;
                loop {
                    let res = client
                        .post(&url)
                        .header("x-forwarded-for", format!("192.0.2.{}", i % 250))
                        .json(&body)
                        .send()
                        .await?;
                    let status = res.status();
                    if status == reqwest::StatusCode::SERVICE_UNAVAILABLE {
                        let wait: u64 = res
                            .headers()
                            .get("retry-after")
                            .and_then(|v| v.to_str().ok())
                            .and_then(|v| v.parse().ok())
                            .context("a 503 without Retry-After")?;
                        busy += 1;
                        tokio::time::sleep(Duration::from_secs(wait)).await;
                        continue;
                    }
                    anyhow::ensure!(
                        status == reqwest::StatusCode::CREATED,
                        "{status}: {}",
                        res.text().await?
                    );
                    return Ok::<u32, anyhow::Error>(busy);
                }
            }));
        }
        let mut turned_away = 0;
        for t in tasks {
            if t.await?? > 0 {
                turned_away += 1;
            }
        }
        let (rss, hwm) = memory_kib();
        println!(
            "  {n} {what} in {:.1} s; {turned_away} were told to come back at first; resident memory {} MiB (peak {} MiB, {} MiB before)",
            start.elapsed().as_secs_f64(),
            rss / 1024,
            hwm / 1024,
            rss0 / 1024
        );
    }
    Ok(())
}

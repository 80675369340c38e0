//! Calendars over real HTTP: a decision's and a round's `.ics` files, and a
//! person's private feed, read back by an iCalendar parser; replacing or
//! turning off the link stops the old one.

use crate::harness::{Api, Browser, start};
use reqwest::{Method, StatusCode};
use serde_json::json;
use std::io::BufReader;

/// Fetches an `.ics` and parses it, checking it is served as a calendar.
async fn calendar(
    url: &str,
    token: Option<&str>,
) -> (StatusCode, Vec<ical::parser::ical::component::IcalEvent>) {
    let mut req = reqwest::Client::new().get(url);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    if status != StatusCode::OK {
        return (status, vec![]);
    }
    let ct = res.headers()["content-type"].to_str().unwrap().to_string();
    assert!(ct.starts_with("text/calendar"), "{ct}");
    let text = res.text().await.unwrap();
    assert!(text.lines().all(|l| l.len() <= 75), "lines are folded");
    assert!(text.contains("\r\n"), "CRLF line ends");
    let mut cals: Vec<_> = ical::IcalParser::new(BufReader::new(text.as_bytes()))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(cals.len(), 1);
    (status, cals.remove(0).events)
}

fn prop(e: &ical::parser::ical::component::IcalEvent, name: &str) -> String {
    e.properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_default()
}

#[tokio::test]
async fn deadlines_reach_calendars_and_a_replaced_link_stops() {
    let s = start().await;
    let (org, mo, pool, rid) = crate::budgeting::round_over_the_api(&s).await;
    let (st, d, _) = org
        .call(
            Method::POST,
            &format!("/pools/{pool}/decisions"),
            Some(json!({"title": "Paint the shed, green; or blue?", "method": {"kind": "proposal"}, "voting_days": 3})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{d}");
    let did = d["id"].as_str().unwrap();
    let closes = d["closes_at"].as_str().unwrap();
    let ical_time: String = closes[..19]
        .chars()
        .filter(|c| *c != '-' && *c != ':')
        .collect::<String>()
        + "Z";

    let api = format!("{}/api/v1", s.base);
    let (st, events) = calendar(
        &format!("{api}/decisions/{did}/calendar.ics"),
        org.token.as_deref(),
    )
    .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!(prop(e, "DTSTART"), ical_time, "in UTC");
    assert_eq!(
        prop(e, "SUMMARY"),
        "Voting closes: Paint the shed\\, green\\; or blue?"
    );
    assert!(prop(e, "URL").ends_with(&format!("/d/{did}")));
    assert_eq!(e.alarms.len(), 1);
    assert!(
        e.alarms[0]
            .properties
            .iter()
            .any(|p| p.name == "TRIGGER" && p.value.as_deref() == Some("-P1D"))
    );
    let (st, _) = calendar(&format!("{api}/decisions/{did}/calendar.ics"), None).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    let (_, round) = calendar(
        &format!("{api}/rounds/{rid}/calendar.ics"),
        mo.token.as_deref(),
    )
    .await;
    let summaries: Vec<String> = round.iter().map(|e| prop(e, "SUMMARY")).collect();
    assert_eq!(
        summaries,
        vec![
            "Bucket proposals close: Spring round",
            "Funding closes: Spring round"
        ]
    );

    // Mo's private feed: no link until he asks for one.
    let (st, v, _) = mo.call(Method::GET, "/me/calendar", None).await;
    assert_eq!((st, v["url"].is_null()), (StatusCode::OK, true));
    let (st, v, _) = mo.call(Method::POST, "/me/calendar", None).await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let first = v["url"].as_str().unwrap().to_string();
    let (st, feed) = calendar(&first, None).await;
    assert_eq!(st, StatusCode::OK, "no session: the link is the authority");
    let mut summaries: Vec<String> = feed.iter().map(|e| prop(e, "SUMMARY")).collect();
    summaries.sort();
    assert_eq!(
        summaries,
        vec![
            "Bucket proposals close: Spring round",
            "Decided: Spring round",
            "Funding closes: Spring round",
            "Voting closes: Paint the shed\\, green\\; or blue?",
        ]
    );
    let uids: std::collections::BTreeSet<String> = feed.iter().map(|e| prop(e, "UID")).collect();
    assert_eq!(uids.len(), feed.len(), "every deadline has its own uid");
    let (_, again) = calendar(&first, None).await;
    assert_eq!(
        again
            .iter()
            .map(|e| prop(e, "UID"))
            .collect::<std::collections::BTreeSet<_>>(),
        uids,
        "uids stay put, so a subscribed calendar updates rather than copies"
    );

    // A new link stops the old one; turning it off stops both.
    let (_, v, _) = mo.call(Method::POST, "/me/calendar", None).await;
    let second = v["url"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    assert_eq!(calendar(&first, None).await.0, StatusCode::NOT_FOUND);
    assert_eq!(calendar(&second, None).await.0, StatusCode::OK);
    let forged = format!("{}x.ics", second.trim_end_matches(".ics"));
    assert_eq!(calendar(&forged, None).await.0, StatusCode::NOT_FOUND);
    let (st, _, _) = mo.call(Method::DELETE, "/me/calendar", None).await;
    assert_eq!(st, StatusCode::NO_CONTENT);
    assert_eq!(calendar(&second, None).await.0, StatusCode::NOT_FOUND);
    let stranger = Api::new(&s.base);
    assert_eq!(
        stranger.call(Method::GET, "/me/calendar", None).await.0,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_calendar_page_gives_replaces_and_turns_off_the_link() {
    let s = start().await;
    let mut b = Browser::new(&s.base);
    b.sign_up("Ana", "ana@example.org").await;
    let home = b.get("/").await;
    assert!(home.body.contains(r#"href="/calendar""#));
    let page = b.get("/calendar").await;
    assert!(page.body.contains("Make my calendar link"));
    let made = b.post("/calendar/new", &[]).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let page = b.get("/calendar").await;
    let link = page
        .body
        .split(r#"id="feed" readonly value=""#)
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap()
        .to_string();
    assert!(
        link.contains("/calendar/") && link.ends_with(".ics"),
        "{link}"
    );
    assert_eq!(calendar(&link, None).await.0, StatusCode::OK);
    assert_eq!(
        b.post_raw("/calendar/off", &[]).await.status,
        StatusCode::FORBIDDEN
    );
    b.post("/calendar/off", &[]).await;
    assert_eq!(calendar(&link, None).await.0, StatusCode::NOT_FOUND);
    assert!(
        b.get("/calendar")
            .await
            .body
            .contains("Make my calendar link")
    );
}

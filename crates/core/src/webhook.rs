//! Webhooks, as pure rules: what a pool's endpoint can hear of, how a
//! delivery is signed, what its body says in each format (generic JSON,
//! Slack, Discord), and which answers mean "try again". Deliveries retry
//! on the same schedule as mail (`crate::mail::retry_after_ms`).
//!
//! A delivery is signed the way receivers expect from payment providers:
//! the header `Pools-Signature: t=<unix seconds>,v1=<hex>` where the hex is
//! HMAC-SHA256 under the endpoint's secret of `<t>.<body>`. A receiver
//! recomputes it and refuses a timestamp older than a few minutes, so a
//! captured delivery cannot be replayed later.

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;

crate::stored_enum! {
    /// What an endpoint can hear of.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum HookEvent {
        /// A decision opened for voting.
        DecisionOpened => "decision_opened",
        /// A decision closed, with its result.
        DecisionClosed => "decision_closed",
        /// Money was recorded as received.
        MoneyReceived => "money_received",
        /// A payout was paid.
        PayoutPaid => "payout_paid",
        /// A budgeting round opened.
        RoundOpened => "round_opened",
        /// A budgeting round closed.
        RoundClosed => "round_closed",
        /// Someone joined the pool.
        MemberJoined => "member_joined",
        /// A discussion started.
        DiscussionStarted => "discussion_started",
        /// A comment was posted.
        CommentPosted => "comment_posted",
        /// A test delivery an organizer asked for.
        Ping => "ping",
    }
}

impl HookEvent {
    /// How the settings page names it.
    pub fn label(self) -> &'static str {
        match self {
            HookEvent::DecisionOpened => "A decision opens",
            HookEvent::DecisionClosed => "A decision closes, with its result",
            HookEvent::MoneyReceived => "Money is recorded",
            HookEvent::PayoutPaid => "A payout is paid",
            HookEvent::RoundOpened => "A budgeting round opens",
            HookEvent::RoundClosed => "A budgeting round closes",
            HookEvent::MemberJoined => "Someone joins the pool",
            HookEvent::DiscussionStarted => "A discussion starts",
            HookEvent::CommentPosted => "A comment is posted",
            HookEvent::Ping => "A test delivery",
        }
    }

    /// The events an organizer can choose (a test delivery always goes).
    pub fn choosable() -> impl Iterator<Item = HookEvent> {
        HookEvent::ALL
            .iter()
            .copied()
            .filter(|e| *e != HookEvent::Ping)
    }
}

crate::stored_enum! {
    /// What a delivery's body looks like.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum HookFormat {
        /// Pools' own JSON: the event, the pool, a sentence, a link, and data.
        Json => "json",
        /// A Slack incoming webhook: `{"text": …}`.
        Slack => "slack",
        /// A Discord webhook: `{"content": …}`.
        Discord => "discord",
    }
}

impl HookFormat {
    /// How the settings page names it.
    pub fn label(self) -> &'static str {
        match self {
            HookFormat::Json => "JSON (for your own receiver, or Matrix and other bridges)",
            HookFormat::Slack => "Slack incoming webhook",
            HookFormat::Discord => "Discord webhook",
        }
    }
}

/// What one delivery tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HookMessage {
    /// The delivery's id, also sent as the `Pools-Delivery` header: a
    /// receiver that sees one twice (a retry after a lost answer) can skip it.
    pub delivery_id: String,
    /// What happened.
    pub event: HookEvent,
    /// The pool (or Flood).
    pub pool_id: String,
    /// Its name.
    pub pool_name: String,
    /// When it happened (RFC 3339).
    pub at: String,
    /// One sentence saying what happened.
    pub text: String,
    /// Where to read more.
    pub url: String,
    /// The journal entry it comes from (0 for a test delivery).
    pub seq: i64,
    /// The ids it is about (`decision_id`, `entry_id`, …).
    pub data: serde_json::Value,
}

/// The most characters Discord takes in `content`.
const DISCORD_LIMIT: usize = 2000;

/// A delivery's body in an endpoint's format.
pub fn body(format: HookFormat, m: &HookMessage) -> String {
    let v = match format {
        HookFormat::Json => json!({
            "id": m.delivery_id,
            "event": m.event.as_str(),
            "pool": {"id": m.pool_id, "name": m.pool_name},
            "at": m.at,
            "text": m.text,
            "url": m.url,
            "seq": m.seq,
            "data": m.data,
        }),
        HookFormat::Slack => json!({
            "text": format!("{} <{}|Open in Pools>", slack_escape(&m.text), m.url),
        }),
        HookFormat::Discord => {
            let tail = format!("\n{}", m.url);
            let room = DISCORD_LIMIT.saturating_sub(tail.chars().count());
            let text: String = m.text.chars().take(room).collect();
            json!({
                "content": format!("{text}{tail}"),
                "allowed_mentions": {"parse": []},
            })
        }
    };
    v.to_string()
}

/// Slack's three control characters in message text.
fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The `Pools-Signature` header for a body sent at `unix_secs`.
pub fn signature(secret: &str, unix_secs: i64, body: &str) -> String {
    format!("t={unix_secs},v1={}", mac(secret, unix_secs, body))
}

fn mac(secret: &str, unix_secs: i64, body: &str) -> String {
    let mut m =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length works for HMAC");
    m.update(unix_secs.to_string().as_bytes());
    m.update(b".");
    m.update(body.as_bytes());
    hex::encode(m.finalize().into_bytes())
}

/// How old a signed delivery a receiver should still take, in seconds.
pub const TOLERANCE_SECS: i64 = 300;

/// What a receiver does: checks a `Pools-Signature` header against the
/// body, and that it was signed within `TOLERANCE_SECS` of `now_secs`.
pub fn verify(secret: &str, header: &str, body: &str, now_secs: i64) -> Result<(), &'static str> {
    let mut t = None;
    let mut v1 = None;
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", x)) => t = x.parse::<i64>().ok(),
            Some(("v1", x)) => v1 = Some(x),
            _ => {}
        }
    }
    let (Some(t), Some(v1)) = (t, v1) else {
        return Err("the signature header is not t=…,v1=…");
    };
    if (now_secs - t).abs() > TOLERANCE_SECS {
        return Err("the signature is too old or from the future");
    }
    let expected = mac(secret, t, body);
    if subtle_eq(expected.as_bytes(), v1.as_bytes()) {
        Ok(())
    } else {
        Err("the signature does not match the body")
    }
}

/// Compares in time independent of where the first difference is.
fn subtle_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// What an endpoint's answer means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Taken (any 2xx).
    Taken,
    /// Try again later: a server error, a timeout, too many requests, or
    /// no answer at all.
    Retry,
    /// Refused for good (another 4xx): the endpoint will not take it.
    Refused,
}

/// Reads an HTTP status (none when the request got no answer).
pub fn answer(status: Option<u16>) -> Answer {
    match status {
        Some(200..=299) => Answer::Taken,
        Some(408 | 425 | 429) | Some(500..=599) | None => Answer::Retry,
        Some(_) => Answer::Refused,
    }
}

/// Checks an endpoint address: an absolute `https://` URL (or `http://`
/// when the operator allows it, for a receiver on their own network), with
/// a host, no user name or password, at most 2,000 characters.
pub fn check_url(raw: &str, allow_http: bool) -> Result<String, String> {
    let url = raw.trim();
    let quoted = crate::text::quote(url);
    if url.len() > 2000 {
        return Err("the address is longer than 2,000 characters".into());
    }
    let rest = if let Some(r) = url.strip_prefix("https://") {
        r
    } else if let Some(r) = url.strip_prefix("http://") {
        if !allow_http {
            return Err(format!(
                "\"{quoted}\" is not https: Pools sends webhooks only over https, so nobody can read or change them on the way"
            ));
        }
        r
    } else {
        return Err(format!(
            "\"{quoted}\" is not a web address: paste the whole https://… address your chat tool or receiver gave you"
        ));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty()
        || host.contains('@')
        || url.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(format!(
            "\"{quoted}\" is not a web address Pools can send to: it needs a host, and no spaces or user name"
        ));
    }
    Ok(url.to_string())
}

/// Whether an address is on the public internet, where webhooks may go.
/// Loopback, private, link-local, shared (carrier-grade NAT), documentation,
/// multicast, broadcast and unspecified addresses are not, so an endpoint
/// cannot be pointed at the server's own network (unless the operator
/// allows it for a receiver there).
pub fn is_public_address(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b)))
        }
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_address(IpAddr::V4(v4)),
            None => {
                !(v6.is_loopback()
                    || v6.is_unspecified()
                    || v6.is_multicast()
                    || v6.is_unique_local()
                    || v6.is_unicast_link_local())
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn message() -> HookMessage {
        HookMessage {
            delivery_id: "d1".into(),
            event: HookEvent::DecisionOpened,
            pool_id: "p1".into(),
            pool_name: "Bike Kitchen".into(),
            at: "2026-12-03T10:00:00.000Z".into(),
            text: "A decision opened in Bike Kitchen: \"Tools <&> parts?\"".into(),
            url: "https://pools.example/d/1".into(),
            seq: 7,
            data: json!({"decision_id": "1"}),
        }
    }

    #[test]
    fn each_format_says_it_in_its_own_shape() {
        let m = message();
        let j: serde_json::Value = serde_json::from_str(&body(HookFormat::Json, &m)).unwrap();
        assert_eq!(j["event"], "decision_opened");
        assert_eq!(j["pool"]["name"], "Bike Kitchen");
        assert_eq!(j["data"]["decision_id"], "1");
        let s: serde_json::Value = serde_json::from_str(&body(HookFormat::Slack, &m)).unwrap();
        assert_eq!(
            s["text"],
            "A decision opened in Bike Kitchen: \"Tools &lt;&amp;&gt; parts?\" <https://pools.example/d/1|Open in Pools>"
        );
        let long = HookMessage {
            text: "x".repeat(5000),
            ..m
        };
        let d: serde_json::Value = serde_json::from_str(&body(HookFormat::Discord, &long)).unwrap();
        let content = d["content"].as_str().unwrap();
        assert_eq!(content.chars().count(), 2000);
        assert!(content.ends_with("\nhttps://pools.example/d/1"));
        assert_eq!(
            d["allowed_mentions"]["parse"],
            json!([]),
            "no @everyone from a title"
        );
    }

    #[test]
    fn answers_and_addresses() {
        assert_eq!(answer(Some(204)), Answer::Taken);
        assert_eq!(answer(Some(503)), Answer::Retry);
        assert_eq!(answer(Some(429)), Answer::Retry);
        assert_eq!(answer(None), Answer::Retry);
        assert_eq!(answer(Some(404)), Answer::Refused);
        assert!(check_url("https://hooks.slack.com/services/T/B/X", false).is_ok());
        assert!(
            check_url("http://127.0.0.1:9000/hook", false)
                .unwrap_err()
                .contains("not https")
        );
        assert!(check_url("http://127.0.0.1:9000/hook", true).is_ok());
        assert!(check_url("ftp://x", true).is_err());
        assert!(check_url("https://user:pw@host/", false).is_err());
        assert!(check_url("https:///path", false).is_err());
    }

    #[test]
    fn only_public_addresses_receive_webhooks() {
        let public = |s: &str| is_public_address(s.parse().unwrap());
        assert!(public("93.184.216.34"));
        assert!(public("2606:2800:220:1:248:1893:25c8:1946"));
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
        ] {
            assert!(!public(private), "{private}");
        }
    }

    proptest! {
        /// A receiver accepts exactly what was signed: the body as sent,
        /// under the right secret, within the tolerance.
        #[test]
        fn a_signature_verifies_only_the_body_it_signed(
            body in "\\PC{0,200}",
            other in "\\PC{0,200}",
            t in 1_700_000_000i64..1_900_000_000,
            skew in -400i64..400,
        ) {
            let h = signature("whsec_test", t, &body);
            let ok = verify("whsec_test", &h, &body, t + skew);
            prop_assert_eq!(ok.is_ok(), skew.abs() <= TOLERANCE_SECS);
            if other != body {
                prop_assert!(verify("whsec_test", &h, &other, t).is_err());
            }
            prop_assert!(verify("another", &h, &body, t).is_err());
        }
    }
}

//! The HTTP adapter of the webhook port (`pools_app::webhooks::HookSender`).
//! Posts over rustls with the web's root certificates, gives up on an
//! endpoint that takes longer than ten seconds, and never follows a
//! redirect: an endpoint answers where it was registered, or the delivery
//! is tried again later. The response body is not read beyond its status.
//!
//! Unless the operator allows it, deliveries go only to public addresses
//! (`webhook::is_public_address`): an endpoint whose host is, or resolves
//! to, a loopback or private address is refused for good, and every
//! connection resolves through a resolver that drops such addresses, so a
//! name that changes its answer between the check and the connection still
//! cannot reach the server's own network.

use async_trait::async_trait;
use pools_app::webhooks::{HookSender, Posted};
use pools_core::webhook::is_public_address;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// Posts webhook deliveries.
pub struct HttpHookSender {
    client: reqwest::Client,
    allow_private: bool,
}

/// Resolves names to their public addresses only.
struct PublicOnly;

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let public = public_addresses(&host).await?;
            Ok(Box::new(public.into_iter()) as Addrs)
        })
    }
}

/// A host's public addresses, or why there are none.
async fn public_addresses(
    host: &str,
) -> Result<Vec<SocketAddr>, Box<dyn std::error::Error + Send + Sync>> {
    let all: Vec<SocketAddr> = tokio::net::lookup_host((host, 0)).await?.collect();
    let public: Vec<SocketAddr> = all
        .into_iter()
        .filter(|a| is_public_address(a.ip()))
        .collect();
    if public.is_empty() {
        return Err(format!(
            "{host} is on a private or local network, where webhooks are not sent"
        )
        .into());
    }
    Ok(public)
}

impl HttpHookSender {
    /// A sender with a ten-second time limit per delivery; with
    /// `allow_private`, endpoints on private networks are reached too.
    pub fn new(allow_private: bool) -> Result<HttpHookSender, String> {
        let mut builder = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .connect_timeout(Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("Pools-Webhooks/", env!("CARGO_PKG_VERSION")));
        if !allow_private {
            builder = builder.dns_resolver(Arc::new(PublicOnly));
        }
        let client = builder
            .build()
            .map_err(|e| format!("the webhook client cannot start: {e}"))?;
        Ok(HttpHookSender {
            client,
            allow_private,
        })
    }

    /// Why an endpoint may not be sent to, if it may not.
    async fn refusal(&self, url: &str) -> Option<String> {
        if self.allow_private {
            return None;
        }
        let parsed = match reqwest::Url::parse(url) {
            Ok(u) => u,
            Err(e) => return Some(format!("the address cannot be read: {e}")),
        };
        match parsed.host() {
            None => Some("the address has no host".into()),
            Some(url::Host::Ipv4(ip)) => (!is_public_address(ip.into())).then(|| {
                format!("{ip} is on a private or local network, where webhooks are not sent")
            }),
            Some(url::Host::Ipv6(ip)) => (!is_public_address(ip.into())).then(|| {
                format!("{ip} is on a private or local network, where webhooks are not sent")
            }),
            Some(url::Host::Domain(name)) => match public_addresses(name).await {
                Ok(_) => None,
                // A name that does not resolve now may later: not a refusal.
                Err(_) if tokio::net::lookup_host((name, 0)).await.is_err() => None,
                Err(e) => Some(e.to_string()),
            },
        }
    }
}

#[async_trait]
impl HookSender for HttpHookSender {
    async fn post(&self, url: &str, headers: &[(&'static str, String)], body: &str) -> Posted {
        if let Some(why) = self.refusal(url).await {
            return Posted::Refused(why);
        }
        let mut req = self
            .client
            .post(url)
            .header("Content-Type", "application/json")
            .body(body.to_string());
        for (name, value) in headers {
            req = req.header(*name, value);
        }
        match req.send().await {
            Ok(res) => Posted::Answered(res.status().as_u16()),
            Err(e) if e.is_timeout() => {
                Posted::NoAnswer("the endpoint did not answer within 10 seconds".into())
            }
            Err(e) if e.is_connect() => {
                Posted::NoAnswer(format!("the endpoint could not be reached: {e}"))
            }
            Err(e) => Posted::NoAnswer(format!("the delivery could not be sent: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Without the operator's leave, loopback and private endpoints are
    /// refused before anything is sent, whether named by address or by a
    /// name that resolves there.
    #[tokio::test]
    async fn private_endpoints_are_refused_unless_allowed() {
        let strict = HttpHookSender::new(false).unwrap();
        for url in [
            "http://127.0.0.1:9/hook",
            "https://10.0.0.1/hook",
            "https://[::1]/hook",
            "https://localhost/hook",
            "http://169.254.169.254/latest/meta-data",
        ] {
            match strict.post(url, &[], "{}").await {
                Posted::Refused(why) => assert!(why.contains("private or local"), "{url}: {why}"),
                other => panic!("{url} was not refused: {other:?}"),
            }
        }
        // Allowed, it is tried (nothing listens on port 9, so no answer).
        let open = HttpHookSender::new(true).unwrap();
        assert!(matches!(
            open.post("http://127.0.0.1:9/hook", &[], "{}").await,
            Posted::NoAnswer(_)
        ));
    }
}

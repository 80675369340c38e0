//! The HTTP adapter of the webhook port (`pools_app::webhooks::HookSender`).
//! Posts over rustls with the web's root certificates, gives up on an
//! endpoint that takes longer than ten seconds, and never follows a
//! redirect: an endpoint answers where it was registered, or the delivery
//! is tried again later. The response body is not read beyond its status.

use async_trait::async_trait;
use pools_app::webhooks::{HookSender, Posted};
use std::time::Duration;

/// Posts webhook deliveries.
pub struct HttpHookSender {
    client: reqwest::Client,
}

impl HttpHookSender {
    /// A sender with a ten-second time limit per delivery.
    pub fn new() -> Result<HttpHookSender, String> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .connect_timeout(Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("Pools-Webhooks/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("the webhook client cannot start: {e}"))?;
        Ok(HttpHookSender { client })
    }
}

#[async_trait]
impl HookSender for HttpHookSender {
    async fn post(&self, url: &str, headers: &[(&'static str, String)], body: &str) -> Posted {
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

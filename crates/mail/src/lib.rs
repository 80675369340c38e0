//! The SMTP adapter of the mail port: each outbox message becomes a
//! multipart/alternative message (plain text and HTML) with its outbox id as
//! its `Message-ID`, a `List-Unsubscribe` header with one-click unsubscribe
//! (RFC 8058) when it can be stopped, and is handed to the configured mail
//! server by lettre.
//!
//! `--smtp-url` forms:
//! - `smtp://user:pass@host:587`: STARTTLS, required (the default port is 587);
//! - `smtps://user:pass@host:465`: TLS from the start (default 465);
//! - `smtp://host:2525?tls=none`: no encryption, for a relay on this
//!   machine or a private network only.

use async_trait::async_trait;
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use pools_app::mail::{MailError, Mailer};
use pools_app::ports::OutboxMessage;
use std::time::Duration;

/// How long one SMTP command may take before the try counts as failed.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);

/// Why the mail settings cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The SMTP URL is malformed.
    #[error(
        "the SMTP URL {0}: write smtp://user:password@host:587 (STARTTLS), smtps://user:password@host:465 (TLS), or smtp://host:port?tls=none for a local relay"
    )]
    Url(String),
    /// The sender address is not an address.
    #[error(
        "the sender address \"{0}\" is not an email address: write --mail-from pools@example.org"
    )]
    From(String),
    /// TLS could not be set up for this host.
    #[error("TLS for {0} cannot be set up: {1}")]
    Tls(String, String),
}

/// Sends outbox messages to one SMTP server.
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The domain of `Message-ID`s: the sender address's.
    domain: String,
}

impl SmtpMailer {
    /// Reads the server's URL and the sender address. Nothing is sent yet;
    /// call it inside the Tokio runtime (the connection pool lives there).
    pub fn new(smtp_url: &str, from: &str) -> Result<SmtpMailer, ConfigError> {
        let url = url::Url::parse(smtp_url)
            .map_err(|e| ConfigError::Url(format!("cannot be read ({e})")))?;
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| ConfigError::Url("has no host".into()))?
            .to_string();
        let plain = match url.query_pairs().find(|(k, _)| k == "tls") {
            None => false,
            Some((_, v)) if v == "none" => true,
            Some((_, v)) => {
                return Err(ConfigError::Url(format!(
                    "asks for tls={v}; the only choice is tls=none"
                )));
            }
        };
        let tls_for = |host: &str| {
            TlsParameters::new(host.to_string())
                .map_err(|e| ConfigError::Tls(host.to_string(), e.to_string()))
        };
        let (tls, default_port) = match (url.scheme(), plain) {
            ("smtp", true) => (Tls::None, 25),
            ("smtp", false) => (Tls::Required(tls_for(&host)?), 587),
            ("smtps", false) => (Tls::Wrapper(tls_for(&host)?), 465),
            ("smtps", true) => {
                return Err(ConfigError::Url(
                    "says smtps (TLS) and tls=none at once".into(),
                ));
            }
            (other, _) => {
                return Err(ConfigError::Url(format!(
                    "has the scheme \"{other}\"; use smtp or smtps"
                )));
            }
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(url.port().unwrap_or(default_port))
            .tls(tls)
            .timeout(Some(COMMAND_TIMEOUT));
        if !url.username().is_empty() {
            let decode = |s: &str| {
                percent_decode(s)
                    .ok_or_else(|| ConfigError::Url("has a badly escaped user or password".into()))
            };
            builder = builder.credentials(Credentials::new(
                decode(url.username())?,
                decode(url.password().unwrap_or(""))?,
            ));
        }
        let from: Mailbox = from
            .parse()
            .map_err(|_| ConfigError::From(from.to_string()))?;
        let domain = from.email.domain().to_string();
        Ok(SmtpMailer {
            transport: builder.build(),
            from,
            domain,
        })
    }

    /// The message as it goes on the wire.
    pub fn message(&self, m: &OutboxMessage) -> Result<Message, MailError> {
        let to: Mailbox = m.to.parse().map_err(|_| MailError {
            permanent: true,
            reason: format!("\"{}\" is not an email address", m.to),
        })?;
        let mut b = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(m.subject.clone())
            .message_id(Some(format!("<{}@{}>", m.id, self.domain)));
        if let Some(u) = &m.unsubscribe_url {
            b = b
                .header(ListUnsubscribe(format!("<{u}>")))
                .header(ListUnsubscribePost);
        }
        let body = if m.html.is_empty() {
            MultiPart::alternative_plain_html(m.body.clone(), plain_as_html(&m.body))
        } else {
            MultiPart::alternative_plain_html(m.body.clone(), m.html.clone())
        };
        b.multipart(body).map_err(|e| MailError {
            permanent: true,
            reason: format!("the message cannot be written: {e}"),
        })
    }
}

#[async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, m: &OutboxMessage) -> Result<(), MailError> {
        let message = self.message(m)?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| MailError {
                // A 5xx reply will not change by trying again; anything else
                // (a 4xx, a refused or dropped connection, a timeout) may.
                permanent: e.is_permanent(),
                reason: e.to_string(),
            })
    }
}

/// The header that names where one click unsubscribes.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// RFC 8058: a POST to the `List-Unsubscribe` link unsubscribes, with no
/// page in between.
#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".into())
    }
}

/// An HTML part for a message queued with text only.
fn plain_as_html(text: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><pre style=\"white-space: pre-wrap\">{}</pre></body></html>\n",
        pools_core::mail::escape(text)
    )
}

/// Decodes %XX escapes in a URL's user or password.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use pools_core::mail::MailStatus;

    fn outbox(unsubscribe: Option<&str>) -> OutboxMessage {
        OutboxMessage {
            id: "0190-abc".into(),
            to: "ana@example.org".into(),
            subject: "A decision opened".into(),
            body: "Hello Ana,\n\nVote.\n".into(),
            html: "<p>Hello Ana,</p><p>Vote.</p>".into(),
            reason: "You are a member.".into(),
            unsubscribe_url: unsubscribe.map(str::to_string),
            created_at: "2026-12-03T10:00:00.000Z".into(),
            status: MailStatus::Sending,
            attempts: 1,
            last_error: String::new(),
        }
    }

    #[tokio::test]
    async fn urls_choose_the_encryption() {
        assert!(SmtpMailer::new("smtp://u:p@mail.example.org:587", "pools@example.org").is_ok());
        assert!(SmtpMailer::new("smtps://mail.example.org", "pools@example.org").is_ok());
        assert!(SmtpMailer::new("smtp://127.0.0.1:2525?tls=none", "pools@example.org").is_ok());
        for bad in [
            "http://mail.example.org",
            "smtp://",
            "smtps://h?tls=none",
            "smtp://h?tls=maybe",
            "not a url",
        ] {
            let e = SmtpMailer::new(bad, "pools@example.org").err().unwrap();
            assert!(e.to_string().contains("smtp://"), "{bad}: {e}");
        }
        assert!(matches!(
            SmtpMailer::new("smtp://h:25?tls=none", "not an address"),
            Err(ConfigError::From(_))
        ));
    }

    #[tokio::test]
    async fn a_message_has_both_parts_its_id_and_one_click_unsubscribe() {
        let m = SmtpMailer::new(
            "smtp://127.0.0.1:2525?tls=none",
            "Pools <pools@pools.example>",
        )
        .unwrap();
        let wire = String::from_utf8(
            m.message(&outbox(Some("https://pools.example/u/t")))
                .unwrap()
                .formatted(),
        )
        .unwrap();
        assert!(
            wire.contains("Message-ID: <0190-abc@pools.example>"),
            "{wire}"
        );
        assert!(wire.contains("List-Unsubscribe: <https://pools.example/u/t>"));
        assert!(wire.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
        assert!(wire.contains("multipart/alternative"));
        assert!(wire.contains("text/plain") && wire.contains("text/html"));
        let plain = String::from_utf8(m.message(&outbox(None)).unwrap().formatted()).unwrap();
        assert!(!plain.contains("List-Unsubscribe"));
        let mut bad = outbox(None);
        bad.to = "nobody".into();
        assert!(m.message(&bad).unwrap_err().permanent);
    }
}

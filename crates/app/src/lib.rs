//! Pools use cases. Every command runs in one transaction, checks who may do
//! it here (never in a handler), records its events in the journal in that
//! same transaction, and commits once. The web pages, the JSON API and the
//! command line all call these functions, so each rule lives in one place.

pub mod auth;
pub mod budgeting;
pub mod calendar;
pub mod decisions;
pub mod demo;
pub mod discussion;
pub mod error;
pub mod floods;
pub mod formation;
pub mod groups;
pub mod hashing;
pub mod invites;
pub mod mail;
pub mod notify;
mod once;
pub mod pools;
pub mod ports;
pub mod records;
pub mod settings;
pub mod treasury;
pub mod visibility;
pub mod webhooks;

pub use error::{AppError, AppResult, FieldError};
pub use ports::{Clock, Store, SystemClock};

use pools_core::Event;
use ports::{Person, Tx};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::sync::Arc;
use time::OffsetDateTime;

/// Settings that change what the use cases produce.
#[derive(Debug, Clone)]
pub struct Config {
    /// The address people reach this server at, used in links sent by email
    /// and in invite links, without a trailing slash.
    pub public_url: String,
    /// Fees, filing offices and recurring duties for each legal form.
    pub filing: pools_core::formation::FilingConfig,
    /// Reverse proxies whose `X-Forwarded-For` header names the real client
    /// (for per-address sign-in limits). Empty: the peer address is the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Whether a mail sender delivers the outbox (`--smtp-url`). Without one
    /// the outbox only shows the operator what would have been sent.
    pub delivers_mail: bool,
    /// The most notifications one notifier transaction makes
    /// (`notify::PER_TRANSACTION` unless a test wants smaller chunks).
    pub notify_per_transaction: usize,
    /// Whether webhook endpoints may be plain `http://` (a receiver on the
    /// operator's own network, or tests); otherwise only `https://`.
    pub webhooks_allow_http: bool,
}

/// The filing configuration shipped with Pools (`crates/app/formation.toml`).
pub const DEFAULT_FILING_CONFIG: &str = include_str!("../formation.toml");

/// Reads a filing configuration, checking every due rule.
pub fn filing_config(text: &str) -> Result<pools_core::formation::FilingConfig, String> {
    let c: pools_core::formation::FilingConfig =
        toml::from_str(text).map_err(|e| format!("the formation configuration: {e}"))?;
    c.validate()?;
    Ok(c)
}

impl Config {
    /// The configuration for a public address, with the shipped filing facts.
    pub fn new(public_url: impl Into<String>) -> Config {
        Config {
            public_url: public_url.into(),
            filing: filing_config(DEFAULT_FILING_CONFIG)
                .expect("the shipped formation.toml is valid"),
            trusted_proxies: Vec::new(),
            delivers_mail: false,
            notify_per_transaction: notify::PER_TRANSACTION,
            webhooks_allow_http: false,
        }
    }
}

/// Who is asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// Nobody signed in.
    Anonymous,
    /// A signed-in person.
    Person(Person),
    /// The operator at the server's command line, trusted like the database
    /// itself. Journal entries it records have no actor.
    Operator,
    /// Pools itself, following the pool's rules: the closer that acts when
    /// a closing time comes, and what the rules make of a result (a passed
    /// decision's effects, an admission vote opened or settled, a round
    /// opened or closed, a new version of the legal documents). Its journal
    /// entries carry the actor [`pools_core::journal::CLOSER`]. It may do
    /// only what a use case does on its behalf, never read or act for a
    /// person.
    Closer,
}

impl Actor {
    /// The person, or the "sign in first" error.
    pub fn person(&self) -> AppResult<&Person> {
        match self {
            Actor::Person(p) => Ok(p),
            _ => Err(AppError::sign_in()),
        }
    }

    /// The person's id, if a person.
    pub fn person_id(&self) -> Option<&str> {
        match self {
            Actor::Person(p) => Some(&p.id),
            _ => None,
        }
    }

    /// Whether the actor operates this server.
    pub fn is_operator(&self) -> bool {
        match self {
            Actor::Operator => true,
            Actor::Person(p) => p.operator,
            Actor::Anonymous | Actor::Closer => false,
        }
    }

    /// Who the journal says did it: a person's id, the closer, or nobody
    /// (the operator's command line, or someone not yet signed in).
    pub fn journal_actor(&self) -> Option<&str> {
        match self {
            Actor::Person(p) => Some(&p.id),
            Actor::Closer => Some(pools_core::journal::CLOSER),
            Actor::Operator | Actor::Anonymous => None,
        }
    }
}

/// The use cases, bound to a store, a clock and the configuration.
#[derive(Clone)]
pub struct App {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    config: Arc<Config>,
    invite_key: Arc<[u8; 32]>,
    hasher: hashing::Hasher,
}

impl App {
    /// Builds the use cases. Reads (or creates, once) the server's secret for
    /// invite links, so links stay valid across restarts and across servers
    /// sharing one database.
    pub async fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        config: Config,
    ) -> AppResult<App> {
        // The domain's errors speak the reader's language from now on.
        pools_i18n::install();
        let mut tx = store.write().await?;
        let fresh = hex::encode(random_bytes::<32>());
        let stored = tx.init_setting("invite_secret", &fresh).await?;
        // The notifier starts where the journal is the first time this
        // database meets it: what happened before is not news.
        let head = tx.journal_head().await?;
        tx.init_setting(notify::CURSOR, &head.seq.to_string())
            .await?;
        tx.commit().await?;
        let bytes = hex::decode(stored.trim())
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or_else(|| {
                AppError::Store(ports::StoreError::Corrupt(
                    "the stored invite secret is not 32 hex-encoded bytes".into(),
                ))
            })?;
        Ok(App {
            store,
            clock,
            config: Arc::new(config),
            invite_key: Arc::new(bytes),
            hasher: hashing::Hasher::for_this_machine(),
        })
    }

    /// The store, for adapters that need a health check.
    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The current time by the injected clock.
    pub fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    fn now_ms(&self) -> i64 {
        (self.clock.now().unix_timestamp_nanos() / 1_000_000) as i64
    }

    /// A token proving the server wrote `what` (an invite, an unsubscribe
    /// link, a calendar feed): an HMAC under the secret generated once per
    /// database, 18 bytes, URL-safe. Links made this way need no storage
    /// and survive restarts and other servers.
    pub(crate) fn signed(&self, what: &str) -> String {
        use base64::Engine;
        use hmac::{Hmac, Mac};
        let mut mac = Hmac::<Sha256>::new_from_slice(self.invite_key.as_slice())
            .expect("any key length works for HMAC");
        mac.update(what.as_bytes());
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&mac.finalize().into_bytes()[..18])
    }

    /// Whether `token` is `signed(what)`, compared in constant time.
    pub(crate) fn is_signed(&self, what: &str, token: &str) -> bool {
        use subtle::ConstantTimeEq;
        self.signed(what).as_bytes().ct_eq(token.as_bytes()).into()
    }

    /// Records one event in the given transaction, stamped with the clock.
    async fn record(&self, tx: &mut Box<dyn Tx>, actor: &Actor, event: Event) -> AppResult<()> {
        tx.record(self.clock.now(), actor.journal_actor(), &event)
            .await?;
        Ok(())
    }
}

/// A fresh, never reused id (UUIDv7: sortable by creation time).
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// `N` bytes from the operating system's secure random source.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rng().fill_bytes(&mut b);
    b
}

/// A secret token for a URL or cookie: 32 random bytes, URL-safe base64.
pub fn new_token() -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// SHA-256 of a secret, hex-encoded: what the database keeps instead of the secret.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

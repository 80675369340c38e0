//! People, their sessions and sign-in limits, password resets and server settings.

use super::*;

/// A person with an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Id.
    pub id: String,
    /// Normalized email.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Operates this server.
    pub operator: bool,
    /// The language they chose (`en`, `fr`, `es`), read with the person.
    pub language: Option<String>,
    /// Their IANA time zone, read with the person.
    pub time_zone: Option<String>,
}

/// A signed-in browser session or API token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// SHA-256 of the secret token.
    pub token_hash: String,
    /// Who it belongs to.
    pub person_id: String,
    /// Browser session or API token.
    pub kind: SessionKind,
    /// Unix milliseconds when it stops working.
    pub expires_at_ms: i64,
}

/// The two kinds of credential a person can hold after signing in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionKind {
    /// A cookie session for pages.
    Browser,
    /// A bearer token for the API.
    ApiToken,
}

impl SessionKind {
    /// Storage identifier.
    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Browser => "browser",
            SessionKind::ApiToken => "api",
        }
    }
}

/// A password reset request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordReset {
    /// Person.
    pub person_id: String,
    /// Unix ms expiry.
    pub expires_at_ms: i64,
    /// Whether it was used already.
    pub used: bool,
}

/// The store's part for people, their sessions and sign-in limits, password resets and server settings.
#[async_trait]
pub trait PeopleTx: Send {
    /// A person by id.
    async fn person(&mut self, id: &str) -> StoreResult<Option<Person>>;
    /// A person by normalized email.
    async fn person_by_email(&mut self, email: &str) -> StoreResult<Option<Person>>;
    /// How many people have accounts.
    async fn person_count(&mut self) -> StoreResult<i64>;
    /// Saves a person's language and time zone (none: the browser's, and
    /// UTC).
    async fn save_settings(
        &mut self,
        person_id: &str,
        language: Option<&str>,
        time_zone: Option<&str>,
        at_ms: i64,
    ) -> StoreResult<()>;
    /// Sets a person's password hash (not journaled: secrets stay out of exports).
    async fn set_password_hash(
        &mut self,
        person_id: &str,
        hash: &str,
        at_ms: i64,
    ) -> StoreResult<()>;
    /// A person's password hash.
    async fn password_hash(&mut self, person_id: &str) -> StoreResult<Option<String>>;
    /// Stores a session or token.
    async fn create_session(&mut self, s: &Session, at_ms: i64) -> StoreResult<()>;
    /// Ends one session or token.
    async fn delete_session(&mut self, token_hash: &str) -> StoreResult<()>;
    /// Ends every session and token of a person.
    async fn delete_sessions_of(&mut self, person_id: &str) -> StoreResult<()>;
    /// Deletes sessions and reset links that expired before `now_ms`, and
    /// sign-in failures older than `failures_before_ms`. Returns how many rows.
    async fn prune_expired(&mut self, now_ms: i64, failures_before_ms: i64) -> StoreResult<u64>;
    /// Counts a sign-in attempt under `key` before its password is
    /// checked, in one statement: writes a row named `attempt` only if
    /// fewer than `max` rows under `key` are newer than `since_ms`, and
    /// says whether it did. An attempt that succeeds takes its rows back
    /// with `forget_signin_attempt`; a failed one stays counted.
    async fn reserve_signin_attempt(
        &mut self,
        key: &str,
        attempt: &str,
        at_ms: i64,
        since_ms: i64,
        max: i64,
    ) -> StoreResult<bool>;
    /// Takes back the rows a successful sign-in attempt reserved.
    async fn forget_signin_attempt(&mut self, attempt: &str) -> StoreResult<()>;
    /// Forgets a key's failures (after a success) and any older than `before_ms`.
    async fn clear_signin_failures(&mut self, key: &str, before_ms: i64) -> StoreResult<()>;
    /// Stores a password reset.
    async fn create_password_reset(
        &mut self,
        token_hash: &str,
        r: &PasswordReset,
    ) -> StoreResult<()>;
    /// A password reset by the hash of its token.
    async fn password_reset(&mut self, token_hash: &str) -> StoreResult<Option<PasswordReset>>;
    /// Marks a reset used.
    async fn use_password_reset(&mut self, token_hash: &str, at_ms: i64) -> StoreResult<()>;
    /// A stored setting.
    async fn setting(&mut self, key: &str) -> StoreResult<Option<String>>;
    /// Stores a setting if it is not set yet, and returns the stored value.
    async fn init_setting(&mut self, key: &str, value: &str) -> StoreResult<String>;
}

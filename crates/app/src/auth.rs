//! Accounts: sign up, sign in (rate limited), sessions and API tokens,
//! sign out, and password reset through the outbox.

use crate::error::say;
use crate::ports::{OutboxMessage, PasswordReset, Person, Session, SessionKind};
use crate::{Actor, App, AppError, AppResult, hash_token, new_id, new_token};
use pools_core::msg::Msg;
use pools_core::{Event, text};

/// Browser sessions last this long.
pub const SESSION_DAYS: i64 = 30;
/// API tokens last this long.
pub const API_TOKEN_DAYS: i64 = 90;
/// Failed sign-ins allowed per email address in the window.
pub const MAX_FAILURES_PER_EMAIL: i64 = 5;
/// Failed sign-ins allowed per client address in the window.
pub const MAX_FAILURES_PER_CLIENT: i64 = 20;
/// The rate-limit window.
pub const FAILURE_WINDOW_SECS: i64 = 15 * 60;
/// Password reset links work this long.
pub const RESET_MINUTES: i64 = 60;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// What signing in or up hands back.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The person.
    pub person: Person,
    /// The secret for the cookie or the bearer header; only its hash is stored.
    pub token: String,
    /// Unix ms expiry.
    pub expires_at_ms: i64,
}

impl App {
    /// Creates an account and starts a browser session. The first account operates the server.
    pub async fn sign_up(&self, email: &str, name: &str, password: &str) -> AppResult<SignedIn> {
        self.sign_up_with(email, name, password, SessionKind::Browser)
            .await
    }

    /// Creates an account and starts a browser session or issues an API token.
    pub async fn sign_up_with(
        &self,
        email: &str,
        name: &str,
        password: &str,
        kind: SessionKind,
    ) -> AppResult<SignedIn> {
        let mut errors = Vec::new();
        let email = text::email(email).map_err(|e| errors.push(e)).ok();
        let name = text::name("name", name).map_err(|e| errors.push(e)).ok();
        if let Err(e) = text::password(password) {
            errors.push(e);
        }
        if !errors.is_empty() {
            return Err(AppError::Invalid(
                errors
                    .into_iter()
                    .map(|e| crate::FieldError {
                        field: e.field.into(),
                        message: e.message,
                    })
                    .collect(),
            ));
        }
        let (email, name) = (email.unwrap_or_default(), name.unwrap_or_default());
        let hash = self.hasher.hash(password.to_string()).await?;
        let mut tx = self.store.write().await?;
        if tx.person_by_email(&email).await?.is_some() {
            return Err(AppError::Conflict(say(Msg::new(
                "error-pools-account-exists",
            )
            .text("email", &email))));
        }
        let operator = tx.person_count().await? == 0;
        let person = Person {
            id: new_id(),
            email,
            name,
            operator,
            language: None,
            time_zone: None,
        };
        let event = Event::PersonRegistered {
            person_id: person.id.clone(),
            email: person.email.clone(),
            name: person.name.clone(),
            operator,
        };
        tx.record(self.now(), Some(&person.id), &event).await?;
        tx.set_password_hash(&person.id, &hash, self.now_ms())
            .await?;
        let signed = self.start_session(&mut tx, person, kind).await?;
        tx.commit().await?;
        Ok(signed)
    }

    async fn start_session(
        &self,
        tx: &mut Box<dyn crate::ports::Tx>,
        person: Person,
        kind: SessionKind,
    ) -> AppResult<SignedIn> {
        let token = new_token();
        let days = match kind {
            SessionKind::Browser => SESSION_DAYS,
            SessionKind::ApiToken => API_TOKEN_DAYS,
        };
        let now = self.now_ms();
        let session = Session {
            token_hash: hash_token(&token),
            person_id: person.id.clone(),
            kind,
            expires_at_ms: now + days * DAY_MS,
        };
        tx.create_session(&session, now).await?;
        Ok(SignedIn {
            person,
            token,
            expires_at_ms: session.expires_at_ms,
        })
    }

    /// Checks an email and password and starts a browser session or issues an
    /// API token. `client` identifies the caller's network address for rate limits.
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
        client: &str,
        kind: SessionKind,
    ) -> AppResult<SignedIn> {
        let email = text::email(email)?;
        let now = self.now_ms();
        let since = now - FAILURE_WINDOW_SECS * 1000;
        let email_key = format!("email:{email}");
        let client_key = format!("client:{client}");
        // The attempt is counted before the password is checked, in one
        // statement per key, and committed: concurrent guesses each take a
        // place, so no more than the limit are ever checked. A success
        // takes its places back; a failure leaves them counted.
        let attempt = new_id();
        {
            let mut tx = self.store.write().await?;
            for (key, max) in [
                (&email_key, MAX_FAILURES_PER_EMAIL),
                (&client_key, MAX_FAILURES_PER_CLIENT),
            ] {
                if !tx
                    .reserve_signin_attempt(key, &attempt, now, since, max)
                    .await?
                {
                    // Dropped uncommitted: this refused attempt counts for nothing.
                    return Err(AppError::RateLimited {
                        retry_after_secs: FAILURE_WINDOW_SECS as u64,
                    });
                }
            }
            tx.clear_signin_failures("", since).await?;
            tx.commit().await?;
        }
        let (person, hash) = {
            let mut tx = self.store.read().await?;
            let person = tx.person_by_email(&email).await?;
            let hash = match &person {
                Some(p) => tx.password_hash(&p.id).await?,
                None => None,
            };
            (person, hash)
        };
        let ok = self.hasher.verify(password.to_string(), hash).await?;
        match person {
            Some(person) if ok => {
                let mut tx = self.store.write().await?;
                tx.forget_signin_attempt(&attempt).await?;
                tx.clear_signin_failures(&email_key, since).await?;
                let signed = self.start_session(&mut tx, person, kind).await?;
                tx.commit().await?;
                Ok(signed)
            }
            _ => Err(AppError::Unauthenticated(say(Msg::new(
                "error-pools-wrong-password",
            )))),
        }
    }

    /// The person a session cookie or bearer token belongs to, if it is valid.
    pub async fn authenticate(&self, token: &str, kind: SessionKind) -> AppResult<Actor> {
        Ok(
            match self
                .store
                .session_person(&hash_token(token), kind, self.now_ms())
                .await?
            {
                Some(p) => Actor::Person(p),
                None => Actor::Anonymous,
            },
        )
    }

    /// Ends a session or revokes a token.
    pub async fn sign_out(&self, token: &str) -> AppResult<()> {
        let mut tx = self.store.write().await?;
        tx.delete_session(&hash_token(token)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sends a password reset link through the outbox if the address has an
    /// account. Answers the same either way, so it reveals no accounts.
    /// The letter is in the person's language, else in `asked_in` (the
    /// language of the page or request that asked).
    pub async fn request_password_reset(
        &self,
        email: &str,
        asked_in: pools_i18n::Locale,
    ) -> AppResult<()> {
        let email = text::email(email)?;
        let mut tx = self.store.write().await?;
        let Some(person) = tx.person_by_email(&email).await? else {
            return Ok(());
        };
        let token = new_token();
        let now = self.now_ms();
        tx.create_password_reset(
            &hash_token(&token),
            &PasswordReset {
                person_id: person.id.clone(),
                expires_at_ms: now + RESET_MINUTES * 60 * 1000,
                used: false,
            },
        )
        .await?;
        let link = format!("{}/reset-password?token={token}", self.config.public_url);
        let letter = crate::mail::Telling {
            subject: Msg::new("mail-reset-subject"),
            paragraphs: vec![
                Msg::new("mail-reset-body")
                    .text("email", &person.email)
                    .num("minutes", RESET_MINUTES),
                Msg::new("mail-reset-not-you"),
            ],
            action: Some((Msg::new("mail-reset-action"), link)),
            reason: Msg::new("mail-reset-reason"),
            unsubscribe: None,
        };
        // Their own language, else the one the request was made in.
        let (l, zone) = crate::mail::reader_of(&person, None);
        let l = if person.language.is_some() {
            l
        } else {
            asked_in
        };
        let letter = letter.letter(l, zone.as_deref(), &person.name);
        let expires = now + RESET_MINUTES * 60 * 1000;
        self.queue_letter(&mut tx, &person.email, &letter, expires)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets a new password with a reset token, and signs out every session.
    pub async fn reset_password(&self, token: &str, new_password: &str) -> AppResult<()> {
        text::password(new_password)?;
        let hash = self.hasher.hash(new_password.to_string()).await?;
        let token_hash = hash_token(token.trim());
        let mut tx = self.store.write().await?;
        let now = self.now_ms();
        let reset = tx.password_reset(&token_hash).await?;
        let reset = match reset {
            Some(r) if !r.used && r.expires_at_ms > now => r,
            _ => {
                return Err(AppError::invalid(
                    "token",
                    say(Msg::new("error-pools-reset-link")),
                ));
            }
        };
        tx.set_password_hash(&reset.person_id, &hash, now).await?;
        tx.use_password_reset(&token_hash, now).await?;
        tx.delete_sessions_of(&reset.person_id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The outbox, newest first. Only the operator may read it.
    pub async fn outbox(&self, actor: &Actor, limit: i64) -> AppResult<Vec<OutboxMessage>> {
        if !actor.is_operator() {
            return Err(match actor {
                Actor::Anonymous => AppError::sign_in(),
                _ => AppError::Forbidden(say(Msg::new("error-pools-outbox-forbidden"))),
            });
        }
        let mut tx = self.store.read().await?;
        Ok(tx.outbox(limit).await?)
    }
}

impl App {
    /// Deletes expired sessions and reset links, and sign-in failures older
    /// than the rate-limit window. The server runs it periodically; returns
    /// how many rows went.
    pub async fn prune_expired(&self) -> AppResult<u64> {
        let now = self.now_ms();
        let mut tx = self.store.write().await?;
        let n = tx
            .prune_expired(now, now - FAILURE_WINDOW_SECS * 1000)
            .await?;
        tx.commit().await?;
        Ok(n)
    }
}

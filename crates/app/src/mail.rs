//! Mail: use cases queue letters in their own transactions; the sender
//! delivers the outbox through a [`Mailer`] (SMTP in production), outside
//! any transaction, and settles each message in one of its own.
//!
//! Delivery is at least once and, in practice, once: a message is claimed
//! under a lease by one sender at a time (one statement), marked sent the
//! moment the mail server accepts it, and tried again only if the try failed
//! or its sender vanished before the lease ended. Its id is its `Message-ID`,
//! so a message resent after a crash at the one unlucky moment is the same
//! message to the receiving side.

use crate::ports::{MailSettled, NewMail, OutboxMessage, Tx};
use crate::{App, AppError, AppResult, new_id};
use async_trait::async_trait;
use pools_core::mail::{self, Letter};
use pools_core::msg::Msg;
use pools_core::text;
use pools_i18n::Locale;
use std::sync::Arc;

/// How long a sender holds the messages it claimed.
pub const LEASE_MS: i64 = 10 * 60 * 1000;

/// How many messages one pass claims.
pub const BATCH: i64 = 256;

/// How many messages are in flight at once.
pub const IN_FLIGHT: usize = 32;

/// How long an ordinary message stays worth sending.
pub const KEEP_TRYING_MS: i64 = 3 * 24 * 3600 * 1000;

/// Why a message could not be handed over.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct MailError {
    /// The mail server refused it for good (a 5xx reply): trying again
    /// would not help.
    pub permanent: bool,
    /// What went wrong, for the outbox page.
    pub reason: String,
}

/// Hands messages to a mail server.
#[async_trait]
pub trait Mailer: Send + Sync {
    /// Sends one message; returns once the server accepted it.
    async fn send(&self, m: &OutboxMessage) -> Result<(), MailError>;
}

/// What one delivery pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivery {
    /// Accepted by the mail server.
    pub sent: u64,
    /// Failed for now, queued again.
    pub retried: u64,
    /// Given up.
    pub failed: u64,
    /// Past their send-before time, not sent.
    pub expired: u64,
    /// Settled by another sender first (this one's lease had ended).
    pub lost: u64,
}

/// What a letter says, as messages: each reader gets it in their own
/// language and time zone.
#[derive(Debug, Clone)]
pub(crate) struct Telling {
    pub subject: Msg,
    pub paragraphs: Vec<Msg>,
    /// The one thing to do: its words and an absolute link.
    pub action: Option<(Msg, String)>,
    pub reason: Msg,
    pub unsubscribe: Option<String>,
}

impl Telling {
    /// The letter for one reader, in `l`, with times in `zone`.
    pub fn letter(&self, l: Locale, zone: Option<&str>, to_name: &str) -> Letter {
        let say = |m: &Msg| pools_i18n::say(l, zone, m);
        Letter {
            subject: say(&self.subject),
            words: pools_i18n::letter_words(l, to_name),
            paragraphs: self.paragraphs.iter().map(say).collect(),
            action: self.action.as_ref().map(|(m, link)| (say(m), link.clone())),
            reason: say(&self.reason),
            unsubscribe: self.unsubscribe.clone(),
        }
    }
}

/// The language and time zone a person reads their mail in: their own
/// settings, else the pool's zone (for a pool's letters) and English.
pub(crate) fn reader_of(
    person: &crate::ports::Person,
    pool_zone: Option<&str>,
) -> (Locale, Option<String>) {
    (
        pools_i18n::of_setting(person.language.as_deref(), Locale::En),
        person
            .time_zone
            .clone()
            .or_else(|| pool_zone.map(str::to_string)),
    )
}

/// A test message to `to`, written but not queued, for the operator
/// checking that mail leaves this server (`pools mail test` hands it to
/// the mail server directly and says what happened).
pub fn test_message(to: &str, public_url: &str) -> AppResult<OutboxMessage> {
    let to = text::email(to)?;
    let letter = Telling {
        subject: Msg::new("mail-test-subject"),
        paragraphs: vec![Msg::new("mail-test-body")],
        action: Some((Msg::new("mail-test-action"), public_url.to_string())),
        reason: Msg::new("mail-test-reason"),
        unsubscribe: None,
    }
    .letter(Locale::En, None, &to);
    let written = letter.write();
    Ok(OutboxMessage {
        id: new_id(),
        to,
        subject: letter.subject,
        body: written.text,
        html: written.html,
        reason: letter.reason,
        unsubscribe_url: None,
        created_at: pools_core::journal::format_time(time::OffsetDateTime::now_utc()),
        status: pools_core::mail::MailStatus::Sending,
        attempts: 1,
        last_error: String::new(),
    })
}

impl App {
    /// Writes a letter and queues it in the caller's transaction, so it is
    /// sent if and only if the command commits.
    pub(crate) async fn queue_letter(
        &self,
        tx: &mut Box<dyn Tx>,
        to: &str,
        letter: &Letter,
        send_before_ms: i64,
    ) -> AppResult<String> {
        let written = letter.write();
        let id = new_id();
        tx.enqueue_mail(
            &NewMail {
                id: id.clone(),
                to: to.to_string(),
                subject: letter.subject.clone(),
                text: written.text,
                html: written.html,
                reason: letter.reason.clone(),
                unsubscribe_url: letter.unsubscribe.clone(),
                send_before_ms,
            },
            &pools_core::journal::format_time(self.now()),
            self.now_ms(),
        )
        .await?;
        Ok(id)
    }

    /// One delivery pass: expires what is no longer worth sending, claims
    /// what is due for `worker`, sends it through `mailer` (a few at a
    /// time), and settles each message as it finishes.
    pub async fn deliver_mail(
        &self,
        mailer: Arc<dyn Mailer>,
        worker: &str,
        limit: i64,
    ) -> AppResult<Delivery> {
        let now = self.now_ms();
        let mut tx = self.store.write().await?;
        let expired = tx.expire_mail(now).await?;
        let claimed = tx.claim_mail(worker, now, now + LEASE_MS, limit).await?;
        tx.commit().await?;
        let mut report = Delivery {
            expired,
            ..Delivery::default()
        };
        let app = self.clone();
        let worker = worker.to_string();
        let tally = run_tries(claimed, IN_FLIGHT, move |m: OutboxMessage| {
            let (app, mailer, worker) = (app.clone(), mailer.clone(), worker.clone());
            async move {
                let result = mailer.send(&m).await;
                app.settle_try(&m, &worker, result).await
            }
        })
        .await?;
        report.sent = tally.sent;
        report.retried = tally.retried;
        report.failed = tally.failed;
        report.lost = tally.lost;
        Ok(report)
    }

    /// Records what became of one try, in its own transaction.
    async fn settle_try(
        &self,
        m: &OutboxMessage,
        worker: &str,
        result: Result<(), MailError>,
    ) -> AppResult<Settled> {
        let now = self.now_ms();
        let attempts = u32::try_from(m.attempts).unwrap_or(u32::MAX);
        let (outcome, kind) = match &result {
            Ok(()) => (MailSettled::Sent, Settled::Sent),
            Err(e) if e.permanent => (MailSettled::Failed { error: &e.reason }, Settled::Failed),
            Err(e) => match mail::retry_after_ms(attempts) {
                Some(wait) => (
                    MailSettled::Retry {
                        next_attempt_ms: now + wait,
                        error: &e.reason,
                    },
                    Settled::Retried,
                ),
                None => (MailSettled::Failed { error: &e.reason }, Settled::Failed),
            },
        };
        let mut tx = self.store.write().await?;
        let ours = tx.settle_mail(&m.id, worker, outcome, now).await?;
        tx.commit().await?;
        Ok(if ours { kind } else { Settled::Lost })
    }
}

/// What became of one try, for a pass's report.
pub(crate) enum Settled {
    /// Taken by the other side.
    Sent,
    /// Failed for now, queued again.
    Retried,
    /// Given up.
    Failed,
    /// Settled by another sender first.
    Lost,
}

/// Runs one try per claimed item, at most `in_flight` at a time, each
/// settling itself, and counts how they ended. The one skeleton of the mail
/// sender and the webhook sender.
pub(crate) async fn run_tries<T, F, Fut>(
    items: Vec<T>,
    in_flight: usize,
    try_one: F,
) -> AppResult<Delivery>
where
    T: Send + 'static,
    F: Fn(T) -> Fut,
    Fut: std::future::Future<Output = AppResult<Settled>> + Send + 'static,
{
    let gate = Arc::new(tokio::sync::Semaphore::new(in_flight));
    let mut running = tokio::task::JoinSet::new();
    for item in items {
        let permit = gate
            .clone()
            .acquire_owned()
            .await
            .expect("the gate is never closed");
        let fut = try_one(item);
        running.spawn(async move {
            let settled = fut.await;
            drop(permit);
            settled
        });
    }
    let mut report = Delivery::default();
    while let Some(done) = running.join_next().await {
        let settled = done.map_err(|e| {
            AppError::Store(crate::ports::StoreError::Backend(format!(
                "a sending task failed: {e}"
            )))
        })??;
        match settled {
            Settled::Sent => report.sent += 1,
            Settled::Retried => report.retried += 1,
            Settled::Failed => report.failed += 1,
            Settled::Lost => report.lost += 1,
        }
    }
    Ok(report)
}

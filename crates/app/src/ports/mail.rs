//! The outbox: messages queued by the use cases in their own transactions,
//! and claimed, sent and settled by the mail sender. The outbox is
//! operational state, kept out of the journal.

use super::*;
use pools_core::mail::MailStatus;

/// A message to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    /// Id; also the message's `Message-ID`, so a resend is recognisable.
    pub id: String,
    /// Recipient.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// Plain-text part.
    pub text: String,
    /// HTML part.
    pub html: String,
    /// Why the person gets it.
    pub reason: String,
    /// One-click unsubscribe link (RFC 8058), for messages that can be stopped.
    pub unsubscribe_url: Option<String>,
    /// Unix ms after which it is no longer worth sending.
    pub send_before_ms: i64,
}

/// A message waiting in (or sent from) the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMessage {
    /// Id.
    pub id: String,
    /// Recipient.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// Plain-text part.
    pub body: String,
    /// HTML part (empty for messages queued before there was one).
    pub html: String,
    /// Why the person gets it.
    pub reason: String,
    /// One-click unsubscribe link, if the message can be stopped.
    pub unsubscribe_url: Option<String>,
    /// When it was queued (RFC 3339).
    pub created_at: String,
    /// Where it stands.
    pub status: MailStatus,
    /// How many times a sender has tried it.
    pub attempts: i64,
    /// Why the last try failed, if it did.
    pub last_error: String,
}

/// The store's part for the outbox.
#[async_trait]
pub trait MailTx: Send {
    /// Queues a message, at `at_ms` (RFC 3339 `at`).
    async fn enqueue_mail(&mut self, m: &NewMail, at: &str, at_ms: i64) -> StoreResult<()>;
    /// The newest messages, newest first.
    async fn outbox(&mut self, limit: i64) -> StoreResult<Vec<OutboxMessage>>;
    /// Marks as expired every waiting message past its send-before time.
    /// Returns how many.
    async fn expire_mail(&mut self, now_ms: i64) -> StoreResult<u64>;
    /// Claims up to `limit` messages that are due (queued and past their
    /// next try, or held by a sender whose lease ended) for `worker`, until
    /// `lease_until_ms`, counting the try. One statement: two senders never
    /// hold the same message.
    async fn claim_mail(
        &mut self,
        worker: &str,
        now_ms: i64,
        lease_until_ms: i64,
        limit: i64,
    ) -> StoreResult<Vec<OutboxMessage>>;
    /// Settles a message `worker` holds: sent, queued again from
    /// `next_attempt_ms`, or failed, with the reason. False if the worker
    /// no longer holds it (its lease ended and another sender took it).
    async fn settle_mail(
        &mut self,
        id: &str,
        worker: &str,
        outcome: MailSettled<'_>,
        at_ms: i64,
    ) -> StoreResult<bool>;
}

/// What became of one try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailSettled<'a> {
    /// The mail server accepted it.
    Sent,
    /// It failed for now; try again from this time.
    Retry {
        /// Unix ms of the next try.
        next_attempt_ms: i64,
        /// Why it failed.
        error: &'a str,
    },
    /// Given up, for this reason.
    Failed {
        /// Why.
        error: &'a str,
    },
}

//! The outbox: queued by the use cases, claimed and settled by the sender.
//! Not journaled: it is how messages leave, not what happened.

use super::*;
use pools_core::mail::MailStatus;

/// The columns a message is read from (statements must be `'static`).
macro_rules! columns {
    () => {
        "id, to_address, subject, body, html, reason, unsubscribe_url, created_at, status, attempts, last_error"
    };
}

/// Due: queued and past its next try, and not past its send-before time.
/// One index range (`outbox_due`), already in the claim's order.
macro_rules! due {
    () => {
        "status = $1 AND next_attempt_ms <= $3 AND send_before_ms > $3"
    };
}

/// Still held by this sender.
macro_rules! held {
    () => {
        "id = $1 AND lease_owner = $2 AND status = $3"
    };
}

fn message(r: &Row) -> StoreResult<OutboxMessage> {
    Ok(OutboxMessage {
        id: r.text("id")?,
        to: r.text("to_address")?,
        subject: r.text("subject")?,
        body: r.text("body")?,
        html: r.text("html")?,
        reason: r.text("reason")?,
        unsubscribe_url: r.opt_text("unsubscribe_url")?,
        created_at: r.text("created_at")?,
        status: stored(r, "status", MailStatus::parse)?,
        attempts: r.i64("attempts")?,
        last_error: r.text("last_error")?,
    })
}

#[async_trait]
impl MailTx for SqlTx {
    async fn enqueue_mail(&mut self, m: &NewMail, at: &str, at_ms: i64) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO outbox (id, to_address, subject, body, html, reason, unsubscribe_url, created_at, created_ms, sent_at, \
                 status, attempts, next_attempt_ms, send_before_ms, lease_owner, lease_until_ms, last_error) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10, 0, $9, $11, NULL, NULL, '')",
                args![
                    &m.id,
                    &m.to,
                    &m.subject,
                    &m.text,
                    &m.html,
                    &m.reason,
                    m.unsubscribe_url.as_deref(),
                    at,
                    at_ms,
                    MailStatus::Queued.as_str(),
                    m.send_before_ms
                ],
            )
            .await?;
        Ok(())
    }

    async fn outbox(&mut self, limit: i64) -> StoreResult<Vec<OutboxMessage>> {
        self.conn
            .all(
                concat!(
                    "SELECT ",
                    columns!(),
                    " FROM outbox ORDER BY created_ms DESC, id DESC LIMIT $1"
                ),
                args![limit],
            )
            .await?
            .iter()
            .map(message)
            .collect()
    }

    async fn expire_mail(&mut self, now_ms: i64) -> StoreResult<u64> {
        self.conn
            .exec(
                "UPDATE outbox SET status = $1, lease_owner = NULL, lease_until_ms = NULL, \
                 last_error = 'not sent before it stopped being useful' \
                 WHERE status = $3 AND send_before_ms <= $2",
                args![
                    MailStatus::Expired.as_str(),
                    now_ms,
                    MailStatus::Queued.as_str()
                ],
            )
            .await
    }

    async fn claim_mail(
        &mut self,
        worker: &str,
        now_ms: i64,
        lease_until_ms: i64,
        limit: i64,
    ) -> StoreResult<Vec<OutboxMessage>> {
        // A sender that vanished holding messages lost them when its lease
        // ended: they wait again, their tries counted, and the vanished
        // sender can no longer settle them.
        self.conn
            .exec(
                "UPDATE outbox SET status = $1, lease_owner = NULL, lease_until_ms = NULL WHERE status = $2 AND lease_until_ms < $3",
                args![
                    MailStatus::Queued.as_str(),
                    MailStatus::Sending.as_str(),
                    now_ms
                ],
            )
            .await?;
        // The condition stands in the outer WHERE too: under PostgreSQL's
        // READ COMMITTED a row another sender claimed meanwhile is re-checked
        // against it, and skipped.
        let mut claimed: Vec<OutboxMessage> = self
            .conn
            .all(
                concat!(
                    "UPDATE outbox SET status = $2, lease_owner = $4, lease_until_ms = $5, attempts = attempts + 1 ",
                    "WHERE id IN (SELECT id FROM outbox WHERE ",
                    due!(),
                    " ORDER BY next_attempt_ms LIMIT $6) AND ",
                    due!(),
                    " RETURNING ",
                    columns!()
                ),
                args![
                    MailStatus::Queued.as_str(),
                    MailStatus::Sending.as_str(),
                    now_ms,
                    worker,
                    lease_until_ms,
                    limit
                ],
            )
            .await?
            .iter()
            .map(message)
            .collect::<StoreResult<_>>()?;
        claimed.sort_by(|a, b| (&a.created_at, &a.id).cmp(&(&b.created_at, &b.id)));
        Ok(claimed)
    }

    async fn settle_mail(
        &mut self,
        id: &str,
        worker: &str,
        outcome: MailSettled<'_>,
        at_ms: i64,
    ) -> StoreResult<bool> {
        let sending = MailStatus::Sending.as_str();
        let n = match outcome {
            MailSettled::Sent => {
                self.conn
                    .exec(
                        concat!("UPDATE outbox SET status = $4, sent_at = $5, lease_owner = NULL, lease_until_ms = NULL, last_error = '' WHERE ", held!()),
                        args![id, worker, sending, MailStatus::Sent.as_str(), at_ms],
                    )
                    .await?
            }
            MailSettled::Retry {
                next_attempt_ms,
                error,
            } => {
                self.conn
                    .exec(
                        concat!("UPDATE outbox SET status = $4, next_attempt_ms = $5, lease_owner = NULL, lease_until_ms = NULL, last_error = $6 WHERE ", held!()),
                        args![
                            id,
                            worker,
                            sending,
                            MailStatus::Queued.as_str(),
                            next_attempt_ms,
                            error
                        ],
                    )
                    .await?
            }
            MailSettled::Failed { error } => {
                self.conn
                    .exec(
                        concat!("UPDATE outbox SET status = $4, lease_owner = NULL, lease_until_ms = NULL, last_error = $5 WHERE ", held!()),
                        args![id, worker, sending, MailStatus::Failed.as_str(), error],
                    )
                    .await?
            }
        };
        Ok(n == 1)
    }
}

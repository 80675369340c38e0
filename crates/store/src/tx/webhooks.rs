//! Webhook endpoints and deliveries: queued by the notifier, claimed and
//! settled by the sender like the outbox. Not journaled.

use super::*;
use pools_core::mail::MailStatus;
use pools_core::webhook::{HookEvent, HookFormat};

/// The columns a delivery is read from, joined with its endpoint.
macro_rules! delivery_columns {
    () => {
        "d.id, d.webhook_id, w.url, w.secret, d.event, d.body, d.status, d.attempts, d.last_status, d.last_error, d.created_ms"
    };
}

/// Due: queued and past its next try.
macro_rules! due {
    () => {
        "status = $1 AND next_attempt_ms <= $3"
    };
}

/// Still held by this sender.
macro_rules! held {
    () => {
        "id = $1 AND lease_owner = $2 AND status = $3"
    };
}

fn webhook_row(r: &Row) -> StoreResult<Webhook> {
    let events = r
        .text("events")?
        .split(',')
        .filter(|e| !e.is_empty())
        .map(|e| {
            HookEvent::parse(e).ok_or_else(|| corrupt(&format!("unknown webhook event \"{e}\"")))
        })
        .collect::<StoreResult<_>>()?;
    Ok(Webhook {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        url: r.text("url")?,
        format: stored(r, "format", HookFormat::parse)?,
        events,
        secret: r.text("secret")?,
        created_by: r.opt_text("created_by")?,
        created_at: r.text("created_at")?,
    })
}

fn delivery_row(r: &Row) -> StoreResult<HookDelivery> {
    Ok(HookDelivery {
        id: r.text("id")?,
        webhook_id: r.text("webhook_id")?,
        url: r.text("url")?,
        secret: r.text("secret")?,
        event: stored(r, "event", HookEvent::parse)?,
        body: r.text("body")?,
        status: stored(r, "status", MailStatus::parse)?,
        attempts: r.i64("attempts")?,
        last_status: r.opt_i64("last_status")?,
        last_error: r.text("last_error")?,
        created_ms: r.i64("created_ms")?,
    })
}

#[async_trait]
impl WebhooksTx for SqlTx {
    async fn add_webhook(&mut self, w: &Webhook) -> StoreResult<()> {
        let events: Vec<&str> = w.events.iter().map(|e| e.as_str()).collect();
        self.conn
            .exec(
                "INSERT INTO webhooks (id, pool_id, url, format, events, secret, active, created_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8)",
                args![
                    &w.id,
                    &w.pool_id,
                    &w.url,
                    w.format.as_str(),
                    events.join(","),
                    &w.secret,
                    w.created_by.clone(),
                    &w.created_at
                ],
            )
            .await?;
        Ok(())
    }

    async fn webhooks_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<Webhook>> {
        self.conn
            .all(
                "SELECT id, pool_id, url, format, events, secret, created_by, created_at FROM webhooks \
                 WHERE pool_id = $1 AND active = 1 ORDER BY created_at, id",
                args![pool_id],
            )
            .await?
            .iter()
            .map(webhook_row)
            .collect()
    }

    async fn webhook(&mut self, id: &str) -> StoreResult<Option<Webhook>> {
        self.conn
            .one(
                "SELECT id, pool_id, url, format, events, secret, created_by, created_at FROM webhooks WHERE id = $1 AND active = 1",
                args![id],
            )
            .await?
            .as_ref()
            .map(webhook_row)
            .transpose()
    }

    async fn remove_webhook(&mut self, id: &str) -> StoreResult<bool> {
        Ok(self
            .conn
            .exec(
                "UPDATE webhooks SET active = 0 WHERE id = $1 AND active = 1",
                args![id],
            )
            .await?
            == 1)
    }

    async fn enqueue_delivery(&mut self, d: &NewDelivery, at_ms: i64) -> StoreResult<bool> {
        Ok(self
            .conn
            .exec(
                "INSERT INTO webhook_deliveries (id, webhook_id, pool_id, event, source, body, status, attempts, next_attempt_ms, \
                 lease_owner, lease_until_ms, last_status, last_error, created_ms, sent_ms) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, NULL, NULL, NULL, '', $8, NULL) \
                 ON CONFLICT (webhook_id, source) DO NOTHING",
                args![
                    &d.id,
                    &d.webhook_id,
                    &d.pool_id,
                    d.event.as_str(),
                    &d.source,
                    &d.body,
                    MailStatus::Queued.as_str(),
                    at_ms
                ],
            )
            .await?
            == 1)
    }

    async fn deliveries_of_pool(
        &mut self,
        pool_id: &str,
        limit: i64,
    ) -> StoreResult<Vec<HookDelivery>> {
        self.conn
            .all(
                concat!(
                    "SELECT ",
                    delivery_columns!(),
                    " FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id \
                     WHERE d.pool_id = $1 ORDER BY d.created_ms DESC, d.id DESC LIMIT $2"
                ),
                args![pool_id, limit],
            )
            .await?
            .iter()
            .map(delivery_row)
            .collect()
    }

    async fn claim_deliveries(
        &mut self,
        worker: &str,
        now_ms: i64,
        lease_until_ms: i64,
        limit: i64,
    ) -> StoreResult<Vec<HookDelivery>> {
        let (queued, sending) = (MailStatus::Queued.as_str(), MailStatus::Sending.as_str());
        // A sender that vanished lost what it held when its lease ended.
        self.conn
            .exec(
                "UPDATE webhook_deliveries SET status = $1, lease_owner = NULL, lease_until_ms = NULL WHERE status = $2 AND lease_until_ms < $3",
                args![queued, sending, now_ms],
            )
            .await?;
        // Nothing more goes to an endpoint an organizer removed.
        self.conn
            .exec(
                "UPDATE webhook_deliveries SET status = $2, last_error = 'the endpoint was removed' \
                 WHERE status = $1 AND webhook_id IN (SELECT id FROM webhooks WHERE active = 0)",
                args![queued, MailStatus::Failed.as_str()],
            )
            .await?;
        let ids: Vec<String> = self
            .conn
            .all(
                concat!(
                    "UPDATE webhook_deliveries SET status = $2, lease_owner = $4, lease_until_ms = $5, attempts = attempts + 1 ",
                    "WHERE id IN (SELECT id FROM webhook_deliveries WHERE ",
                    due!(),
                    " ORDER BY next_attempt_ms LIMIT $6) AND ",
                    due!(),
                    " RETURNING id"
                ),
                args![queued, sending, now_ms, worker, lease_until_ms, limit],
            )
            .await?
            .iter()
            .map(|r| r.text("id"))
            .collect::<StoreResult<_>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(r) = self
                .conn
                .one(
                    concat!(
                        "SELECT ",
                        delivery_columns!(),
                        " FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE d.id = $1"
                    ),
                    args![&id],
                )
                .await?
            {
                out.push(delivery_row(&r)?);
            }
        }
        out.sort_by(|a, b| (a.created_ms, &a.id).cmp(&(b.created_ms, &b.id)));
        Ok(out)
    }

    async fn settle_delivery(
        &mut self,
        id: &str,
        worker: &str,
        outcome: MailSettled<'_>,
        http_status: Option<u16>,
        at_ms: i64,
    ) -> StoreResult<bool> {
        let sending = MailStatus::Sending.as_str();
        let status = http_status.map(i64::from);
        let n = match outcome {
            MailSettled::Sent => {
                self.conn
                    .exec(
                        concat!("UPDATE webhook_deliveries SET status = $4, sent_ms = $5, last_status = $6, lease_owner = NULL, lease_until_ms = NULL, last_error = '' WHERE ", held!()),
                        args![id, worker, sending, MailStatus::Sent.as_str(), at_ms, status],
                    )
                    .await?
            }
            MailSettled::Retry {
                next_attempt_ms,
                error,
            } => {
                self.conn
                    .exec(
                        concat!("UPDATE webhook_deliveries SET status = $4, next_attempt_ms = $5, last_status = $6, lease_owner = NULL, lease_until_ms = NULL, last_error = $7 WHERE ", held!()),
                        args![id, worker, sending, MailStatus::Queued.as_str(), next_attempt_ms, status, error],
                    )
                    .await?
            }
            MailSettled::Failed { error } => {
                self.conn
                    .exec(
                        concat!("UPDATE webhook_deliveries SET status = $4, last_status = $5, lease_owner = NULL, lease_until_ms = NULL, last_error = $6 WHERE ", held!()),
                        args![id, worker, sending, MailStatus::Failed.as_str(), status, error],
                    )
                    .await?
            }
        };
        Ok(n == 1)
    }
}

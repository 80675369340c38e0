//! Webhooks for groups that live in chat. Organizers add endpoints to a
//! pool (an address, the events it hears of, a format); the notifier, as it
//! follows the journal, queues one delivery per endpoint and entry in the
//! transaction that moves its cursor; the sender signs each delivery
//! (`pools_core::webhook::signature`), posts it, and retries like mail.
//! Endpoints and deliveries are operational state, never journaled.

use crate::error::say;
use crate::mail::{Delivery, Settled, run_tries};
use crate::ports::{HookDelivery, MailSettled, NewDelivery, Pool, Tx, Webhook};
use crate::{Actor, App, AppError, AppResult, new_id, new_token};
use async_trait::async_trait;
use pools_core::Event;
use pools_core::journal::{JournalEntry, format_time};
use pools_core::mail::retry_after_ms;
use pools_core::membership::{MemberStatus, PoolRole};
use pools_core::msg::Msg;
use pools_core::webhook::{self, Answer, HookEvent, HookFormat, HookMessage};
use std::sync::Arc;

/// How long a sender holds the deliveries it claimed.
const LEASE_MS: i64 = 5 * 60 * 1000;

/// How many deliveries go at once.
const IN_FLIGHT: usize = 16;

/// How many deliveries one pass claims.
pub const BATCH: i64 = 128;

/// The most endpoints one pool may have.
pub const MAX_PER_POOL: usize = 10;

/// What one post got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Posted {
    /// The endpoint answered with this status.
    Answered(u16),
    /// No answer: the connection failed or timed out, and why.
    NoAnswer(String),
    /// Not sent, and never will be: the address is not allowed, and why.
    Refused(String),
}

/// The port the webhook sender posts through (an HTTP client).
#[async_trait]
pub trait HookSender: Send + Sync {
    /// Posts `body` as JSON with these extra headers.
    async fn post(&self, url: &str, headers: &[(&'static str, String)], body: &str) -> Posted;
}

/// A pool's endpoints and their latest deliveries, for its organizers.
#[derive(Debug, Clone)]
pub struct WebhookSettings {
    /// The pool (or Flood).
    pub pool: Pool,
    /// Its endpoints.
    pub hooks: Vec<Webhook>,
    /// The latest 50 deliveries, newest first.
    pub deliveries: Vec<HookDelivery>,
}

/// An endpoint to add.
#[derive(Debug, Clone)]
pub struct NewWebhook {
    /// Where deliveries go.
    pub url: String,
    /// Their shape.
    pub format: HookFormat,
    /// What it hears of; none is refused.
    pub events: Vec<HookEvent>,
}

impl App {
    /// Refuses anyone but an active organizer of the pool (for a Flood, of
    /// a member pool) or the operator.
    async fn pool_for_hooks(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool_id: &str,
    ) -> AppResult<Pool> {
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        if actor.is_operator() {
            return Ok(pool);
        }
        let person = actor.person()?;
        match self.standing(tx, &pool, &person.id).await? {
            Some((PoolRole::Organizer, MemberStatus::Active)) => Ok(pool),
            _ => Err(AppError::Forbidden(say(Msg::new(
                "error-talk-hooks-organizers-only",
            )))),
        }
    }

    /// A pool's endpoints and latest deliveries.
    pub async fn webhooks(&self, actor: &Actor, pool_id: &str) -> AppResult<WebhookSettings> {
        let mut tx = self.store.read().await?;
        let pool = self.pool_for_hooks(&mut tx, actor, pool_id).await?;
        Ok(WebhookSettings {
            hooks: tx.webhooks_of_pool(&pool.id).await?,
            deliveries: tx.deliveries_of_pool(&pool.id, 50).await?,
            pool,
        })
    }

    /// Adds an endpoint, with a new secret to sign its deliveries.
    pub async fn add_webhook(
        &self,
        actor: &Actor,
        pool_id: &str,
        new: NewWebhook,
    ) -> AppResult<Webhook> {
        let url = webhook::check_url(&new.url, self.config.webhooks_allow_http)
            .map_err(|e| AppError::invalid("url", e))?;
        let mut events: Vec<HookEvent> = new
            .events
            .into_iter()
            .filter(|e| *e != HookEvent::Ping)
            .collect();
        events.sort();
        events.dedup();
        if events.is_empty() {
            return Err(AppError::invalid(
                "events",
                say(Msg::new("error-talk-hook-events")),
            ));
        }
        let mut tx = self.store.write().await?;
        let pool = self.pool_for_hooks(&mut tx, actor, pool_id).await?;
        if tx.webhooks_of_pool(&pool.id).await?.len() >= MAX_PER_POOL {
            return Err(AppError::Conflict(say(
                Msg::new("error-talk-hooks-full").num("n", MAX_PER_POOL as i64)
            )));
        }
        let hook = Webhook {
            id: new_id(),
            pool_id: pool.id.clone(),
            url,
            format: new.format,
            events,
            secret: format!("whsec_{}", new_token()),
            created_by: actor.person_id().map(str::to_string),
            created_at: format_time(self.now()),
        };
        tx.add_webhook(&hook).await?;
        tx.commit().await?;
        Ok(hook)
    }

    /// Stops an endpoint; what was queued for it is not sent.
    pub async fn remove_webhook(&self, actor: &Actor, webhook_id: &str) -> AppResult<()> {
        let mut tx = self.store.write().await?;
        let hook = tx
            .webhook(webhook_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-talk-no-webhook"))))?;
        self.pool_for_hooks(&mut tx, actor, &hook.pool_id).await?;
        tx.remove_webhook(&hook.id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Queues a test delivery to an endpoint.
    pub async fn ping_webhook(&self, actor: &Actor, webhook_id: &str) -> AppResult<()> {
        let mut tx = self.store.write().await?;
        let hook = tx
            .webhook(webhook_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-talk-no-webhook"))))?;
        let pool = self.pool_for_hooks(&mut tx, actor, &hook.pool_id).await?;
        let id = new_id();
        let message = HookMessage {
            delivery_id: id.clone(),
            event: HookEvent::Ping,
            pool_id: pool.id.clone(),
            pool_name: pool.name.clone(),
            at: format_time(self.now()),
            text: format!("A test from Pools: {}'s webhook reaches you.", pool.name),
            url: format!("{}/p/{}/webhooks", self.config.public_url, pool.id),
            seq: 0,
            data: serde_json::json!({}),
        };
        tx.enqueue_delivery(
            &NewDelivery {
                id: id.clone(),
                webhook_id: hook.id.clone(),
                pool_id: pool.id.clone(),
                event: HookEvent::Ping,
                source: format!("ping:{id}"),
                body: webhook::body(hook.format, &message),
            },
            self.now_ms(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Queues the deliveries one journal entry makes, in the notifier's
    /// transaction. An endpoint gets one delivery per entry, whoever races.
    pub(crate) async fn queue_hooks(
        &self,
        tx: &mut Box<dyn Tx>,
        entry: &JournalEntry,
        event: &Event,
    ) -> AppResult<()> {
        let Some((kind, pool_id, text, path, data)) = self.hook_of(tx, event).await? else {
            return Ok(());
        };
        let hooks = tx.webhooks_of_pool(&pool_id).await?;
        if !hooks.iter().any(|h| h.events.contains(&kind)) {
            return Ok(());
        }
        let Some(pool) = tx.pool(&pool_id).await? else {
            return Ok(());
        };
        let now = self.now_ms();
        for hook in hooks.iter().filter(|h| h.events.contains(&kind)) {
            let id = new_id();
            let message = HookMessage {
                delivery_id: id.clone(),
                event: kind,
                pool_id: pool.id.clone(),
                pool_name: pool.name.clone(),
                at: entry.at.clone(),
                text: text.clone(),
                url: format!("{}{path}", self.config.public_url),
                seq: entry.seq,
                data: data.clone(),
            };
            tx.enqueue_delivery(
                &NewDelivery {
                    id,
                    webhook_id: hook.id.clone(),
                    pool_id: pool.id.clone(),
                    event: kind,
                    source: format!("journal:{}", entry.seq),
                    body: webhook::body(hook.format, &message),
                },
                now,
            )
            .await?;
        }
        Ok(())
    }

    /// What an event tells an endpoint: its kind, pool, one sentence, the
    /// page to read more, and the ids it is about.
    #[allow(clippy::type_complexity)]
    async fn hook_of(
        &self,
        tx: &mut Box<dyn Tx>,
        event: &Event,
    ) -> AppResult<Option<(HookEvent, String, String, String, serde_json::Value)>> {
        let name_of = async |tx: &mut Box<dyn Tx>, id: &str| -> AppResult<String> {
            Ok(tx
                .person(id)
                .await?
                .map(|p| p.name)
                .unwrap_or_else(|| "A member".into()))
        };
        let pool_name = async |tx: &mut Box<dyn Tx>, id: &str| -> AppResult<String> {
            Ok(tx.pool(id).await?.map(|p| p.name).unwrap_or_default())
        };
        Ok(match event {
            Event::DecisionOpened {
                decision_id,
                pool_id,
                title,
                closes_at,
                ..
            } => Some((
                HookEvent::DecisionOpened,
                pool_id.clone(),
                format!(
                    "A decision opened in {}: \"{title}\". Voting closes {} UTC.",
                    pool_name(tx, pool_id).await?,
                    closes_at.get(..16).unwrap_or(closes_at).replace('T', " ")
                ),
                format!("/d/{decision_id}"),
                serde_json::json!({"decision_id": decision_id}),
            )),
            Event::DecisionClosed {
                decision_id,
                outcome,
            } => match tx.decision(decision_id).await? {
                Some(d) => Some((
                    HookEvent::DecisionClosed,
                    d.pool_id.clone(),
                    format!("\"{}\" closed. {}", d.title, outcome.explanation),
                    format!("/d/{decision_id}"),
                    serde_json::json!({"decision_id": decision_id, "passed": outcome.passed}),
                )),
                None => None,
            },
            Event::MoneyReceived {
                entry_id,
                pool_id,
                kind,
                amount,
                ..
            } => match tx.pool(pool_id).await? {
                Some(p) => Some((
                    HookEvent::MoneyReceived,
                    pool_id.clone(),
                    format!(
                        "{} received {} ({kind}).",
                        p.name,
                        pools_core::Money::new(*amount, p.currency)
                    ),
                    format!("/p/{pool_id}/treasury"),
                    serde_json::json!({"entry_id": entry_id, "amount": amount, "currency": p.currency.code()}),
                )),
                None => None,
            },
            Event::PayoutPaid {
                payout_id, pool_id, ..
            } => match (tx.pool(pool_id).await?, tx.payout(payout_id).await?) {
                (Some(p), Some(po)) => Some((
                    HookEvent::PayoutPaid,
                    pool_id.clone(),
                    format!(
                        "{} paid {} to {} for {}, as its members decided.",
                        p.name,
                        pools_core::Money::new(po.amount, p.currency),
                        po.payee,
                        po.purpose
                    ),
                    format!("/p/{pool_id}/treasury"),
                    serde_json::json!({"payout_id": payout_id, "amount": po.amount, "currency": p.currency.code()}),
                )),
                _ => None,
            },
            Event::RoundOpened {
                round_id,
                pool_id,
                title,
                ..
            } => Some((
                HookEvent::RoundOpened,
                pool_id.clone(),
                format!(
                    "A budgeting round opened in {}: \"{title}\". Every member has the same share to place.",
                    pool_name(tx, pool_id).await?
                ),
                format!("/r/{round_id}"),
                serde_json::json!({"round_id": round_id}),
            )),
            Event::RoundClosed {
                round_id,
                pool_id,
                buckets,
                ..
            } => {
                let title = tx
                    .round(round_id)
                    .await?
                    .map(|r| r.title)
                    .unwrap_or_default();
                let funded = buckets.iter().filter(|b| b.funded).count();
                Some((
                    HookEvent::RoundClosed,
                    pool_id.clone(),
                    format!(
                        "The budgeting round \"{title}\" closed: {funded} bucket{} funded.",
                        if funded == 1 { "" } else { "s" }
                    ),
                    format!("/r/{round_id}/report"),
                    serde_json::json!({"round_id": round_id, "funded": funded}),
                ))
            }
            Event::PoolMemberJoined {
                pool_id, person_id, ..
            } => Some((
                HookEvent::MemberJoined,
                pool_id.clone(),
                format!(
                    "{} joined {}.",
                    name_of(tx, person_id).await?,
                    pool_name(tx, pool_id).await?
                ),
                format!("/p/{pool_id}"),
                serde_json::json!({}),
            )),
            Event::DiscussionStarted {
                discussion_id,
                pool_id,
                author_id,
                title,
                ..
            } => Some((
                HookEvent::DiscussionStarted,
                pool_id.clone(),
                format!(
                    "{} started a discussion: \"{title}\".",
                    name_of(tx, author_id).await?
                ),
                format!("/t/{discussion_id}"),
                serde_json::json!({"discussion_id": discussion_id}),
            )),
            Event::CommentPosted {
                comment_id,
                pool_id,
                thread_id,
                author_id,
                body,
                ..
            } => {
                let Some((_, of, title)) = crate::discussion::find_thread(tx, thread_id).await?
                else {
                    return Ok(None);
                };
                let excerpt: String = body.chars().take(280).collect();
                let more = if excerpt.len() < body.len() {
                    "…"
                } else {
                    ""
                };
                Some((
                    HookEvent::CommentPosted,
                    pool_id.clone(),
                    format!(
                        "{} commented on \"{title}\": {excerpt}{more}",
                        name_of(tx, author_id).await?
                    ),
                    format!("{}#c-{comment_id}", of.path(thread_id)),
                    serde_json::json!({"comment_id": comment_id, "thread_id": thread_id}),
                ))
            }
            _ => None,
        })
    }

    /// One pass of the webhook sender: claims what is due for `worker`,
    /// signs and posts each delivery, and settles it: taken on a 2xx,
    /// tried again later on a server error, a timeout or no answer (waits
    /// doubling from 30 s to an hour, 8 tries), given up on another 4xx.
    pub async fn deliver_webhooks(
        &self,
        sender: Arc<dyn HookSender>,
        worker: &str,
        limit: i64,
    ) -> AppResult<Delivery> {
        let now = self.now_ms();
        let mut tx = self.store.write().await?;
        let claimed = tx
            .claim_deliveries(worker, now, now + LEASE_MS, limit)
            .await?;
        tx.commit().await?;
        let app = self.clone();
        let worker = worker.to_string();
        run_tries(claimed, IN_FLIGHT, move |d: HookDelivery| {
            let (app, sender, worker) = (app.clone(), sender.clone(), worker.clone());
            async move {
                let t = app.now().unix_timestamp();
                let headers = [
                    ("Pools-Event", d.event.as_str().to_string()),
                    ("Pools-Delivery", d.id.clone()),
                    ("Pools-Signature", webhook::signature(&d.secret, t, &d.body)),
                ];
                let posted = sender.post(&d.url, &headers, &d.body).await;
                app.settle_hook(&d, &worker, posted).await
            }
        })
        .await
    }

    async fn settle_hook(
        &self,
        d: &HookDelivery,
        worker: &str,
        posted: Posted,
    ) -> AppResult<Settled> {
        let now = self.now_ms();
        let (status, error) = match &posted {
            Posted::Answered(s) => (Some(*s), format!("the endpoint answered {s}")),
            Posted::NoAnswer(why) | Posted::Refused(why) => (None, why.clone()),
        };
        let attempts = u32::try_from(d.attempts).unwrap_or(u32::MAX);
        let answer = match posted {
            Posted::Refused(_) => Answer::Refused,
            _ => webhook::answer(status),
        };
        let (outcome, kind) = match answer {
            Answer::Taken => (MailSettled::Sent, Settled::Sent),
            Answer::Refused => (MailSettled::Failed { error: &error }, Settled::Failed),
            Answer::Retry => match retry_after_ms(attempts) {
                Some(wait) => (
                    MailSettled::Retry {
                        next_attempt_ms: now + wait,
                        error: &error,
                    },
                    Settled::Retried,
                ),
                None => (MailSettled::Failed { error: &error }, Settled::Failed),
            },
        };
        let mut tx = self.store.write().await?;
        let ours = tx
            .settle_delivery(&d.id, worker, outcome, status, now)
            .await?;
        tx.commit().await?;
        Ok(if ours { kind } else { Settled::Lost })
    }
}

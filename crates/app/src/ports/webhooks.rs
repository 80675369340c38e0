//! Webhooks: each pool's endpoints and their deliveries. Operational state,
//! kept out of the journal (an endpoint's secret must never be exported).

use super::*;
use pools_core::mail::MailStatus;
use pools_core::webhook::{HookEvent, HookFormat};

/// One endpoint of a pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webhook {
    /// Id.
    pub id: String,
    /// The pool (or Flood).
    pub pool_id: String,
    /// Where deliveries go.
    pub url: String,
    /// The shape of their bodies.
    pub format: HookFormat,
    /// What it hears of.
    pub events: Vec<HookEvent>,
    /// The key deliveries are signed with.
    pub secret: String,
    /// Who added it.
    pub created_by: Option<String>,
    /// When (RFC 3339).
    pub created_at: String,
}

/// A delivery to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDelivery {
    /// Id, also sent as `Pools-Delivery`.
    pub id: String,
    /// The endpoint.
    pub webhook_id: String,
    /// Its pool.
    pub pool_id: String,
    /// What it tells of.
    pub event: HookEvent,
    /// What it comes from (`journal:<seq>`, `ping:<id>`): one delivery per
    /// endpoint and source, whoever races.
    pub source: String,
    /// The body, in the endpoint's format.
    pub body: String,
}

/// A delivery, as the log and the sender see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HookDelivery {
    /// Id.
    pub id: String,
    /// The endpoint.
    pub webhook_id: String,
    /// Where it goes.
    pub url: String,
    /// The endpoint's secret (for the sender to sign with).
    pub secret: String,
    /// What it tells of.
    pub event: HookEvent,
    /// The body.
    pub body: String,
    /// Where it stands.
    pub status: MailStatus,
    /// How many tries so far.
    pub attempts: i64,
    /// The last HTTP status the endpoint answered, if any.
    pub last_status: Option<i64>,
    /// Why the last try failed, if it did.
    pub last_error: String,
    /// When it was queued (Unix ms).
    pub created_ms: i64,
}

/// The store's part for webhooks.
#[async_trait]
pub trait WebhooksTx: Send {
    /// Adds an endpoint.
    async fn add_webhook(&mut self, w: &Webhook) -> StoreResult<()>;
    /// A pool's endpoints still in use, oldest first.
    async fn webhooks_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<Webhook>>;
    /// One endpoint still in use.
    async fn webhook(&mut self, id: &str) -> StoreResult<Option<Webhook>>;
    /// Stops an endpoint: nothing more is sent to it. False if it was not in use.
    async fn remove_webhook(&mut self, id: &str) -> StoreResult<bool>;
    /// Queues a delivery; false if that endpoint already has one from that source.
    async fn enqueue_delivery(&mut self, d: &NewDelivery, at_ms: i64) -> StoreResult<bool>;
    /// A pool's latest deliveries, newest first.
    async fn deliveries_of_pool(
        &mut self,
        pool_id: &str,
        limit: i64,
    ) -> StoreResult<Vec<HookDelivery>>;
    /// Claims due deliveries for `worker` until `lease_until_ms`, counting
    /// the try; deliveries to a removed endpoint are given up. One
    /// statement: two senders never hold the same delivery.
    async fn claim_deliveries(
        &mut self,
        worker: &str,
        now_ms: i64,
        lease_until_ms: i64,
        limit: i64,
    ) -> StoreResult<Vec<HookDelivery>>;
    /// Settles a delivery `worker` holds, with the endpoint's HTTP status if
    /// it answered. False if the worker no longer holds it.
    async fn settle_delivery(
        &mut self,
        id: &str,
        worker: &str,
        outcome: MailSettled<'_>,
        http_status: Option<u16>,
        at_ms: i64,
    ) -> StoreResult<bool>;
}

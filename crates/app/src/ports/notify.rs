//! Notifications: each person's choices, and what each was told, once per
//! kind and subject. Operational state, kept out of the journal.

use super::*;
use pools_core::notify::{Delivery, NotificationKind};

/// One notification made for one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// Who.
    pub person_id: String,
    /// What kind.
    pub kind: NotificationKind,
    /// What it is about (a decision, a round, an entry).
    pub subject_id: String,
    /// The pool (or Flood) it comes from.
    pub pool_id: String,
    /// How it goes: at once or in the digest.
    pub delivery: Delivery,
    /// One line, for the digest.
    pub summary: String,
    /// Where to read more.
    pub link: String,
    /// Unix ms when it was made.
    pub created_ms: i64,
}

/// The store's part for notifications.
#[async_trait]
pub trait NotifyTx: Send {
    /// Everyone's non-default choices for one pool and kind.
    async fn deliveries(
        &mut self,
        pool_id: &str,
        kind: NotificationKind,
    ) -> StoreResult<Vec<(String, Delivery)>>;
    /// One person's non-default choices for one pool.
    async fn settings_of(
        &mut self,
        person_id: &str,
        pool_id: &str,
    ) -> StoreResult<Vec<(NotificationKind, Delivery)>>;
    /// Sets one choice.
    async fn set_delivery(
        &mut self,
        person_id: &str,
        pool_id: &str,
        kind: NotificationKind,
        delivery: Delivery,
        at: &str,
    ) -> StoreResult<()>;
    /// Who was already told of this kind about this subject.
    async fn notified(
        &mut self,
        kind: NotificationKind,
        subject_id: &str,
    ) -> StoreResult<Vec<String>>;
    /// Records a notification; false if the person was already told (the
    /// key refuses a second one, whoever races).
    async fn record_notification(&mut self, n: &Notification) -> StoreResult<bool>;
    /// People whose digest has waited since before `before_ms`.
    async fn digests_due(&mut self, before_ms: i64, limit: i64) -> StoreResult<Vec<String>>;
    /// A person's notifications waiting for the digest, oldest first.
    async fn waiting_for_digest(&mut self, person_id: &str) -> StoreResult<Vec<Notification>>;
    /// Marks a person's waiting digest items as mailed.
    async fn digest_mailed(&mut self, person_id: &str, at_ms: i64) -> StoreResult<()>;
    /// The pool a formation belongs to.
    async fn pool_of_formation(&mut self, formation_id: &str) -> StoreResult<Option<String>>;
    /// A decision's electorate.
    async fn voters(&mut self, decision_id: &str) -> StoreResult<Vec<String>>;
    /// Open decisions closing after `from_ms` and by `until_ms`.
    async fn closing_between(&mut self, from_ms: i64, until_ms: i64) -> StoreResult<Vec<String>>;
    /// Open budgeting rounds whose funding closes after `from_ms` and by `until_ms`.
    async fn rounds_closing_between(
        &mut self,
        from_ms: i64,
        until_ms: i64,
    ) -> StoreResult<Vec<String>>;
    /// Sets a server setting.
    async fn set_setting(&mut self, key: &str, value: &str) -> StoreResult<()>;
}

//! Notifications: choices and what each person was told. Not journaled.

use super::*;
use pools_core::decision::DecisionStatus;
use pools_core::notify::{Delivery, NotificationKind};

fn notification(r: &Row) -> StoreResult<Notification> {
    Ok(Notification {
        person_id: r.text("person_id")?,
        kind: stored(r, "kind", NotificationKind::parse)?,
        subject_id: r.text("subject_id")?,
        pool_id: r.text("pool_id")?,
        delivery: stored(r, "delivery", Delivery::parse)?,
        summary: r.text("summary")?,
        link: r.text("link")?,
        created_ms: r.i64("created_ms")?,
    })
}

#[async_trait]
impl NotifyTx for SqlTx {
    async fn deliveries(
        &mut self,
        pool_id: &str,
        kind: NotificationKind,
    ) -> StoreResult<Vec<(String, Delivery)>> {
        self.conn
            .all(
                "SELECT person_id, delivery FROM notification_settings WHERE pool_id = $1 AND kind = $2",
                args![pool_id, kind.as_str()],
            )
            .await?
            .iter()
            .map(|r| Ok((r.text("person_id")?, stored(r, "delivery", Delivery::parse)?)))
            .collect()
    }

    async fn settings_of(
        &mut self,
        person_id: &str,
        pool_id: &str,
    ) -> StoreResult<Vec<(NotificationKind, Delivery)>> {
        self.conn
            .all(
                "SELECT kind, delivery FROM notification_settings WHERE person_id = $1 AND pool_id = $2 ORDER BY kind",
                args![person_id, pool_id],
            )
            .await?
            .iter()
            .map(|r| {
                Ok((
                    stored(r, "kind", NotificationKind::parse)?,
                    stored(r, "delivery", Delivery::parse)?,
                ))
            })
            .collect()
    }

    async fn set_delivery(
        &mut self,
        person_id: &str,
        pool_id: &str,
        kind: NotificationKind,
        delivery: Delivery,
        at: &str,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO notification_settings (person_id, pool_id, kind, delivery, updated_at) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (person_id, pool_id, kind) DO UPDATE SET delivery = $4, updated_at = $5",
                args![person_id, pool_id, kind.as_str(), delivery.as_str(), at],
            )
            .await?;
        Ok(())
    }

    async fn notified(
        &mut self,
        kind: NotificationKind,
        subject_id: &str,
    ) -> StoreResult<Vec<String>> {
        self.conn
            .all(
                "SELECT person_id FROM notifications WHERE kind = $1 AND subject_id = $2",
                args![kind.as_str(), subject_id],
            )
            .await?
            .iter()
            .map(|r| r.text("person_id"))
            .collect()
    }

    async fn record_notification(&mut self, n: &Notification) -> StoreResult<bool> {
        let inserted = self
            .conn
            .exec(
                "INSERT INTO notifications (person_id, kind, subject_id, pool_id, delivery, summary, link, created_ms, mailed_ms) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL) ON CONFLICT (person_id, kind, subject_id) DO NOTHING",
                args![
                    &n.person_id,
                    n.kind.as_str(),
                    &n.subject_id,
                    &n.pool_id,
                    n.delivery.as_str(),
                    &n.summary,
                    &n.link,
                    n.created_ms
                ],
            )
            .await?;
        Ok(inserted == 1)
    }

    async fn digests_due(&mut self, before_ms: i64, limit: i64) -> StoreResult<Vec<String>> {
        self.conn
            .all(
                "SELECT person_id FROM notifications WHERE delivery = $1 AND mailed_ms IS NULL \
                 GROUP BY person_id HAVING MIN(created_ms) <= $2 ORDER BY person_id LIMIT $3",
                args![Delivery::Digest.as_str(), before_ms, limit],
            )
            .await?
            .iter()
            .map(|r| r.text("person_id"))
            .collect()
    }

    async fn waiting_for_digest(&mut self, person_id: &str) -> StoreResult<Vec<Notification>> {
        self.conn
            .all(
                "SELECT person_id, kind, subject_id, pool_id, delivery, summary, link, created_ms FROM notifications \
                 WHERE person_id = $1 AND delivery = $2 AND mailed_ms IS NULL ORDER BY created_ms, kind, subject_id",
                args![person_id, Delivery::Digest.as_str()],
            )
            .await?
            .iter()
            .map(notification)
            .collect()
    }

    async fn digest_mailed(&mut self, person_id: &str, at_ms: i64) -> StoreResult<()> {
        self.conn
            .exec(
                "UPDATE notifications SET mailed_ms = $1 WHERE person_id = $2 AND delivery = $3 AND mailed_ms IS NULL",
                args![at_ms, person_id, Delivery::Digest.as_str()],
            )
            .await?;
        Ok(())
    }

    async fn pool_of_formation(&mut self, formation_id: &str) -> StoreResult<Option<String>> {
        match self
            .conn
            .one(
                "SELECT pool_id FROM formations WHERE id = $1",
                args![formation_id],
            )
            .await?
        {
            Some(r) => Ok(Some(r.text("pool_id")?)),
            None => Ok(None),
        }
    }

    async fn voters(&mut self, decision_id: &str) -> StoreResult<Vec<String>> {
        self.conn
            .all(
                "SELECT person_id FROM decision_voters WHERE decision_id = $1 ORDER BY person_id",
                args![decision_id],
            )
            .await?
            .iter()
            .map(|r| r.text("person_id"))
            .collect()
    }

    async fn closing_between(&mut self, from_ms: i64, until_ms: i64) -> StoreResult<Vec<String>> {
        self.conn
            .all(
                "SELECT id FROM decisions WHERE status = $1 AND closes_ms > $2 AND closes_ms <= $3 ORDER BY closes_ms, id",
                args![DecisionStatus::Open.as_str(), from_ms, until_ms],
            )
            .await?
            .iter()
            .map(|r| r.text("id"))
            .collect()
    }

    async fn rounds_closing_between(
        &mut self,
        from_ms: i64,
        until_ms: i64,
    ) -> StoreResult<Vec<String>> {
        self.conn
            .all(
                "SELECT id FROM rounds WHERE status = $1 AND funding_close_ms > $2 AND funding_close_ms <= $3 ORDER BY funding_close_ms, id",
                args![pools_core::budget::RoundStatus::Open.as_str(), from_ms, until_ms],
            )
            .await?
            .iter()
            .map(|r| r.text("id"))
            .collect()
    }

    async fn set_setting(&mut self, key: &str, value: &str) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2",
                args![key, value],
            )
            .await?;
        Ok(())
    }
}

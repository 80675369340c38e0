//! Secret ballots: the receipt sent to a voter, and the check anyone with a
//! receipt can make.

use super::*;
use pools_core::msg::Msg;
use pools_core::secret::{self, Receipt};

impl App {
    /// Emails a voter the receipt of the secret ballot they just cast, in
    /// that ballot's transaction.
    pub(super) async fn send_receipt(
        &self,
        tx: &mut Box<dyn Tx>,
        d: &Decision,
        person_id: &str,
        code: &str,
    ) -> AppResult<()> {
        let person = tx
            .person(person_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-voter-vanished"))))?;
        let pool_zone = tx.pool(&d.pool_id).await?.and_then(|p| p.time_zone);
        let (l, zone) = crate::mail::reader_of(&person, pool_zone.as_deref());
        let letter = crate::mail::Telling {
            subject: Msg::new("mail-receipt-subject").text("title", &d.title),
            paragraphs: vec![
                Msg::new("mail-receipt-sealed").text("title", &d.title),
                Msg::raw(code),
                Msg::new("mail-receipt-how").time("closes", &d.closes_at),
                Msg::new("mail-receipt-keep"),
            ],
            action: Some((
                Msg::new("mail-receipt-action"),
                format!("{}/d/{}/receipt", self.config.public_url, d.id),
            )),
            reason: Msg::new("mail-receipt-reason"),
            unsubscribe: None,
        }
        .letter(l, zone.as_deref(), &person.name);
        let now = ms(self.now());
        let until = d.closes_at_ms.max(now) + 24 * 60 * 60 * 1000;
        self.queue_letter(tx, &person.email, &letter, until).await?;
        Ok(())
    }

    /// Checks a receipt against a secret decision: counted as published
    /// once closed; while open, whether it belongs to a current ballot
    /// (never what that ballot says).
    pub async fn check_receipt(
        &self,
        actor: &Actor,
        decision_id: &str,
        code: &str,
    ) -> AppResult<(SeenDecision, Receipt)> {
        let hash = secret::receipt_hash(code)
            .ok_or_else(|| AppError::invalid("receipt", secret::NOT_A_RECEIPT))?;
        let mut tx = self.store.read().await?;
        let d = tx.decision(decision_id).await?.ok_or_else(|| {
            AppError::NotFound(say(
                Msg::new("error-decisions-no-decision").text("id", decision_id)
            ))
        })?;
        let pool = tx
            .pool(&d.pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-pool-gone"))))?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        if !d.secret {
            return Err(AppError::Conflict(say(Msg::new(
                "error-decisions-not-secret",
            ))));
        }
        let found = if d.closed {
            match tx.published_ballot(&d.id, &hash).await? {
                Some(b) => Receipt::Counted(b),
                None => Receipt::Unknown,
            }
        } else if tx.is_sealed(&d.id, &hash).await? {
            Receipt::Sealed
        } else {
            Receipt::Unknown
        };
        Ok((visibility::seen(d), found))
    }
}

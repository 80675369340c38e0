//! Money leaving the treasury: payouts paid or cancelled, and exit
//! repayments to members who left.

use super::*;

impl App {
    /// Records money leaving the treasury, once its day is read and the
    /// treasury is seen to hold it, in the command's transaction. Returns
    /// the new entry's id.
    async fn pay_out(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool: &Pool,
        paid: Paid,
        event: impl FnOnce(Paid) -> Event,
    ) -> AppResult<String> {
        check_funds(tx, pool, &paid.postings).await?;
        let entry_id = paid.entry_id.clone();
        self.record(tx, actor, event(paid)).await?;
        Ok(entry_id)
    }

    async fn waiting_payout(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        payout_id: &str,
    ) -> AppResult<(Pool, Payout)> {
        let payout = tx.payout(payout_id).await?.ok_or_else(|| {
            AppError::NotFound(say(Msg::new("error-money-no-payout").text("id", payout_id)))
        })?;
        let pool = self.treasurer_pool(tx, actor, &payout.pool_id).await?;
        if payout.status != PayoutStatus::Authorized {
            return Err(AppError::Conflict(say(Msg::new(
                "error-money-payout-settled",
            )
            .text("status", payout.status.as_str()))));
        }
        Ok((pool, payout))
    }

    /// Marks an authorized payout as paid: exactly the authorized amount
    /// leaves the treasury. Refused, with nothing changed, if the treasury
    /// does not hold that much.
    pub async fn pay_payout(
        &self,
        actor: &Actor,
        payout_id: &str,
        reference: &str,
        paid_on: &str,
        idempotency_key: &str,
    ) -> AppResult<Payout> {
        let hash = request_hash("pay", payout_id, &(reference.trim(), paid_on.trim()));
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let (pool, payout) = self.waiting_payout(&mut tx, actor, payout_id).await?;
                let paid = Paid::new(payout.amount, None, paid_on, reference)?;
                let entry_id = self
                    .pay_out(&mut tx, actor, &pool, paid, |p| Event::PayoutPaid {
                        payout_id: payout.id.clone(),
                        entry_id: p.entry_id,
                        pool_id: pool.id.clone(),
                        reference: p.reference,
                        paid_on: p.paid_on,
                        postings: p.postings,
                    })
                    .await?;
                Ok((tx, entry_id))
            },
            |mut tx, _| async move {
                let made = found(tx.payout(payout_id).await?, "the payout")?;
                Ok((tx, made))
            },
        )
        .await
    }

    /// Repays a leaving member's capital: exactly what the exit rule owes,
    /// once. Refused, with nothing changed, if the treasury lacks it.
    pub async fn pay_exit(
        &self,
        actor: &Actor,
        exit_id: &str,
        reference: &str,
        paid_on: &str,
        idempotency_key: &str,
    ) -> AppResult<Exit> {
        let hash = request_hash("exit", exit_id, &(reference.trim(), paid_on.trim()));
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let exit = tx.exit(exit_id).await?.ok_or_else(|| {
                    AppError::NotFound(say(Msg::new("error-money-no-exit").text("id", exit_id)))
                })?;
                let pool = self.treasurer_pool(&mut tx, actor, &exit.pool_id).await?;
                if exit.status != ExitStatus::Owed {
                    return Err(AppError::Conflict(say(Msg::new("error-money-exit-repaid"))));
                }
                let paid = Paid::new(exit.amount, Some(&exit.person_id), paid_on, reference)?;
                let entry_id = self
                    .pay_out(&mut tx, actor, &pool, paid, |p| Event::ExitPaid {
                        exit_id: exit.id.clone(),
                        entry_id: p.entry_id,
                        pool_id: pool.id.clone(),
                        reference: p.reference,
                        paid_on: p.paid_on,
                        postings: p.postings,
                    })
                    .await?;
                Ok((tx, entry_id))
            },
            |mut tx, _| async move {
                let made = found(tx.exit(exit_id).await?, "the repayment")?;
                Ok((tx, made))
            },
        )
        .await
    }

    /// Cancels an authorized payout that will not be paid, with a reason.
    pub async fn cancel_payout(
        &self,
        actor: &Actor,
        payout_id: &str,
        reason: &str,
        idempotency_key: &str,
    ) -> AppResult<Payout> {
        let reason = reason.trim().to_string();
        let hash = request_hash("cancel", payout_id, &reason);
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let (pool, payout) = self.waiting_payout(&mut tx, actor, payout_id).await?;
                if reason.is_empty() {
                    return Err(AppError::invalid(
                        "reason",
                        say(Msg::new("error-money-cancel-reason")),
                    ));
                }
                let postings = ledger::cancel(payout.amount)
                    .map_err(|e| AppError::invalid("amount", e.to_string()))?;
                let entry_id = new_id();
                self.record(
                    &mut tx,
                    actor,
                    Event::PayoutCancelled {
                        payout_id: payout.id.clone(),
                        entry_id: entry_id.clone(),
                        pool_id: pool.id.clone(),
                        reason,
                        postings,
                    },
                )
                .await?;
                Ok((tx, entry_id))
            },
            |mut tx, _| async move {
                let made = found(tx.payout(payout_id).await?, "the payout")?;
                Ok((tx, made))
            },
        )
        .await
    }
}

/// Money about to leave the treasury: a payout or an exit repayment.
struct Paid {
    entry_id: String,
    reference: String,
    paid_on: String,
    postings: Vec<ledger::Posting>,
}

impl Paid {
    /// Reads the day and builds the postings; `exit_member` is the member
    /// whose capital is repaid, if it is a repayment.
    fn new(
        amount: i64,
        exit_member: Option<&str>,
        paid_on: &str,
        reference: &str,
    ) -> AppResult<Paid> {
        let day = parse_day("paid_on", paid_on)?;
        let postings = ledger::pay(amount, exit_member)
            .map_err(|e| AppError::invalid("amount", e.to_string()))?;
        Ok(Paid {
            entry_id: new_id(),
            reference: reference.trim().to_string(),
            paid_on: day.to_string(),
            postings,
        })
    }
}

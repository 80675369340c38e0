//! Money a member says they sent, confirmed or rejected by a treasurer.

use super::*;

impl App {
    /// A member tells the pool they sent money. Nothing enters the books
    /// until a treasurer confirms it.
    pub async fn report_money(
        &self,
        actor: &Actor,
        pool_id: &str,
        money: NewMoney,
        idempotency_key: &str,
    ) -> AppResult<MoneyReport> {
        let person = actor.person()?.clone();
        let hash = request_hash("report", pool_id, &money);
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let pool = tx
                    .pool(pool_id)
                    .await?
                    .ok_or_else(|| crate::error::no_pool(pool_id))?;
                let me = tx.pool_member(&pool.id, &person.id).await?;
                if !me.is_some_and(|m| m.status != MemberStatus::Left) {
                    return Err(AppError::Forbidden(say(Msg::new(
                        "error-money-report-members",
                    ))));
                }
                if money.person_id != person.id {
                    return Err(AppError::invalid(
                        "person_id",
                        say(Msg::new("error-money-report-own")),
                    ));
                }
                let day = check_money(self, &money)?;
                let id = new_id();
                self.record(
                    &mut tx,
                    actor,
                    Event::MoneyReported {
                        report_id: id.clone(),
                        pool_id: pool.id.clone(),
                        person_id: person.id.clone(),
                        kind: money.kind,
                        amount: money.amount,
                        sent_on: day,
                        method: money.method.clone(),
                        reference: money.reference.trim().to_string(),
                    },
                )
                .await?;
                Ok((tx, id))
            },
            |mut tx, id| async move {
                let made = found(tx.money_report(&id).await?, "the report")?;
                Ok((tx, made))
            },
        )
        .await
    }

    /// A treasurer confirms a report: the money is recorded as received,
    /// with the same checks as recording it directly.
    pub async fn confirm_report(
        &self,
        actor: &Actor,
        report_id: &str,
        idempotency_key: &str,
    ) -> AppResult<MoneyReport> {
        self.settle_report(actor, report_id, None, idempotency_key)
            .await
    }

    /// A treasurer rejects a report, with a reason the member will see.
    pub async fn reject_report(
        &self,
        actor: &Actor,
        report_id: &str,
        reason: &str,
        idempotency_key: &str,
    ) -> AppResult<MoneyReport> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(AppError::invalid(
                "reason",
                say(Msg::new("error-money-reject-reason")),
            ));
        }
        self.settle_report(actor, report_id, Some(reason), idempotency_key)
            .await
    }

    async fn settle_report(
        &self,
        actor: &Actor,
        report_id: &str,
        rejection: Option<&str>,
        idempotency_key: &str,
    ) -> AppResult<MoneyReport> {
        let hash = request_hash("settle", report_id, &rejection);
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let report = tx.money_report(report_id).await?.ok_or_else(|| {
                    AppError::NotFound(say(Msg::new("error-money-no-report").text("id", report_id)))
                })?;
                let pool = self.treasurer_pool(&mut tx, actor, &report.pool_id).await?;
                if report.status != ReportStatus::Pending {
                    return Err(AppError::Conflict(say(Msg::new(
                        "error-money-report-settled",
                    )
                    .text("status", report.status.as_str()))));
                }
                let entry_id = match rejection {
                    Some(_) => None,
                    None => Some(
                        self.receive(
                            &mut tx,
                            actor,
                            &pool,
                            &NewMoney {
                                person_id: report.person_id.clone(),
                                kind: report.kind,
                                amount: report.amount,
                                received_on: report.sent_on.clone(),
                                method: report.method.clone(),
                                reference: report.reference.clone(),
                            },
                        )
                        .await?,
                    ),
                };
                self.record(
                    &mut tx,
                    actor,
                    Event::ReportSettled {
                        report_id: report.id.clone(),
                        pool_id: pool.id.clone(),
                        entry_id,
                        reason: rejection.unwrap_or("").to_string(),
                    },
                )
                .await?;
                Ok((tx, report.id))
            },
            |mut tx, _| async move {
                let made = found(tx.money_report(report_id).await?, "the report")?;
                Ok((tx, made))
            },
        )
        .await
    }
}

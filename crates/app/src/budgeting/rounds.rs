//! A round's life by the rules: opened by a passed decision, closed when its
//! funding ends (funded buckets become payouts, the rest goes back), and its
//! report.

use super::*;

impl App {
    /// Opens the round a passed decision asked for, inside the close's
    /// transaction: the pool's active members now get equal allocations, and
    /// the money is set aside. If it cannot open (no members, too little
    /// money, or less than one minor unit each), that is recorded with the
    /// reason instead, and nothing is set aside.
    pub(crate) async fn open_round_in(
        &self,
        tx: &mut Box<dyn Tx>,
        d: &Decision,
        plan: &budget::RoundPlan,
    ) -> AppResult<()> {
        let system = Actor::Closer;
        let pool = tx
            .pool(&d.pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-pool-vanished"))))?;
        let members: Vec<String> = tx
            .pool_members(&pool.id)
            .await?
            .into_iter()
            .filter(|m| m.status == MemberStatus::Active)
            .map(|m| m.person_id)
            .collect();
        let m = |v: i64| Money::new(v, pool.currency);
        let not_opened = match budget::allocate(plan.amount, members.len() as u64) {
            Err(e) => Some(e.msg()),
            Ok(a) if a.per_member == 0 => Some(
                Msg::new("refused-round-too-little")
                    .money("amount", m(plan.amount))
                    .num("members", members.len() as i64),
            ),
            Ok(a) => {
                let reserve = a.per_member * members.len() as i64;
                // Spend proposals still open were checked against money this
                // round would now take: count them as promised, so a spend
                // that passes later is still covered.
                let promised: i64 = tx
                    .decisions_of_pool(&pool.id)
                    .await?
                    .iter()
                    .filter(|x| !x.closed && x.id != d.id)
                    .filter_map(|x| x.spend.as_ref().map(|s| s.amount))
                    .sum();
                let free = available(tx, &pool.id).await? - promised;
                (free < reserve).then(|| {
                    let short = if promised > 0 {
                        Msg::new("refused-round-short-promised").money("promised", m(promised))
                    } else {
                        Msg::new("refused-round-short")
                    };
                    short
                        .money("available", m(free))
                        .money("needed", m(reserve))
                })
            }
        };
        if let Some(m) = not_opened {
            let (reason, note) = kept(m);
            self.record(
                tx,
                &system,
                Event::RoundNotOpened {
                    decision_id: d.id.clone(),
                    pool_id: pool.id.clone(),
                    reason,
                    note,
                },
            )
            .await?;
            return Ok(());
        }
        let a = budget::allocate(plan.amount, members.len() as u64)
            .map_err(|e| AppError::invalid("round_amount", e.to_string()))?;
        let postings = ledger::budget(a.per_member * members.len() as i64)
            .map_err(|e| AppError::invalid("round_amount", e.to_string()))?;
        let now = self.now();
        let buckets_close = now + Duration::days(plan.bucket_days as i64);
        let funding_close = buckets_close + Duration::days(plan.funding_days as i64);
        self.record(
            tx,
            &system,
            Event::RoundOpened {
                round_id: new_id(),
                entry_id: new_id(),
                pool_id: pool.id.clone(),
                decision_id: d.id.clone(),
                title: d.title.clone(),
                plan: plan.clone(),
                per_member: a.per_member,
                remainder: a.remainder,
                members,
                buckets_close_at: format_time(buckets_close),
                funding_close_at: format_time(funding_close),
                postings,
            },
        )
        .await?;
        Ok(())
    }

    /// Closes one round whose funding window has ended: buckets at their
    /// minimum become authorized payouts to their co-creators through the
    /// treasury's payout flow; everything else goes back to the pool.
    pub(crate) async fn close_round_in(
        &self,
        tx: &mut Box<dyn Tx>,
        round: &Round,
    ) -> AppResult<()> {
        let system = Actor::Closer;
        let buckets: Vec<Bucket> = tx
            .buckets_of_round(&round.id)
            .await?
            .into_iter()
            .filter(|b| b.status == BucketStatus::Open)
            .collect();
        let results: Vec<BucketResult> = buckets
            .iter()
            .map(|b| BucketResult {
                bucket_id: b.id.clone(),
                total: b.total,
                funded: matches!(
                    budget::close(b.total, b.min_goal),
                    budget::Closing::Funded(_)
                ),
            })
            .collect();
        let postings = ledger::release(round.per_member * round.members)
            .map_err(|e| AppError::invalid("amount", e.to_string()))?;
        self.record(
            tx,
            &system,
            Event::RoundClosed {
                round_id: round.id.clone(),
                entry_id: new_id(),
                pool_id: round.pool_id.clone(),
                buckets: results.clone(),
                postings,
            },
        )
        .await?;
        for (b, r) in buckets.iter().zip(&results) {
            if !r.funded {
                continue;
            }
            let names: Vec<&str> = b.co_creators.iter().map(|c| c.1.as_str()).collect();
            let spend = Spend {
                payee: names.join(", "),
                amount: b.total,
                purpose: format!("Bucket \"{}\" of the round \"{}\"", b.title, round.title),
            };
            let postings = ledger::authorize(b.total)
                .map_err(|e| AppError::invalid("amount", e.to_string()))?;
            self.record(
                tx,
                &system,
                Event::PayoutAuthorized {
                    payout_id: new_id(),
                    entry_id: new_id(),
                    pool_id: round.pool_id.clone(),
                    decision_id: round.decision_id.clone(),
                    spend,
                    postings,
                    bucket_id: Some(b.id.clone()),
                },
            )
            .await?;
        }
        Ok(())
    }

    /// Closes every round whose funding window has ended, each in its own
    /// transaction, exactly once even with several servers. Returns their ids.
    pub async fn close_due_rounds(&self) -> AppResult<Vec<String>> {
        self.close_due(crate::decisions::Due::Round).await
    }

    /// Where a round's money went: allocations, buckets and payouts.
    pub async fn round_report(&self, actor: &Actor, round_id: &str) -> AppResult<RoundReport> {
        let mut tx = self.store.read().await?;
        let (round, pool) = self.readable_round(&mut tx, actor, round_id).await?;
        let phase = phase_of(&round, self.now_ms());
        let payouts = tx.payouts(&pool.id).await?;
        let buckets: Vec<(Bucket, Option<Payout>)> = tx
            .buckets_of_round(&round.id)
            .await?
            .into_iter()
            .map(|b| {
                let p = payouts
                    .iter()
                    .find(|p| p.bucket_id.as_deref() == Some(b.id.as_str()))
                    .cloned();
                (b, p)
            })
            .collect();
        let allocations = tx.allocations(&round.id).await?;
        let set_aside = round.per_member * round.members;
        let committed: i64 = buckets
            .iter()
            .filter(|(b, _)| matches!(b.status, BucketStatus::Open | BucketStatus::Funded))
            .map(|(b, _)| b.total)
            .sum();
        // A funded bucket whose payout was cancelled gave its money back.
        let funded: i64 = buckets
            .iter()
            .filter(|(b, p)| {
                b.status == BucketStatus::Funded
                    && p.as_ref()
                        .is_none_or(|p| p.status != PayoutStatus::Cancelled)
            })
            .map(|(b, _)| b.total)
            .sum();
        let returned = if round.closed {
            set_aside - funded
        } else {
            set_aside - committed
        };
        Ok(RoundReport {
            round,
            pool,
            phase,
            buckets,
            allocations,
            set_aside,
            committed,
            funded,
            returned,
        })
    }
}

//! Buckets: proposed, flagged, funded from the members' allocations and
//! cancelled with refunds.

use super::*;

impl App {
    /// Proposes a bucket while the round takes proposals. Any active member
    /// may; the co-creators named must be active members too.
    pub async fn create_bucket(
        &self,
        actor: &Actor,
        round_id: &str,
        new: NewBucket,
    ) -> AppResult<Bucket> {
        let person = actor.person()?.clone();
        let title = text::name("title", &new.title)
            .map_err(|_| AppError::invalid("title", say(Msg::new("error-money-bucket-name"))))?;
        let description = text::long_text("description", &new.description, 20_000)?;
        if new.lines.len() > MAX_LINES {
            return Err(AppError::invalid(
                "lines",
                say(Msg::new("error-money-bucket-lines").num("max", MAX_LINES as i64)),
            ));
        }
        let mut lines = Vec::with_capacity(new.lines.len());
        for l in new.lines {
            let label = text::name("lines", &l.label)
                .map_err(|_| AppError::invalid("lines", say(Msg::new("error-money-line-name"))))?;
            lines.push(BudgetLine { label, ..l });
        }
        budget::goals(&lines).map_err(|e| AppError::invalid("lines", e.to_string()))?;
        let mut co_creators = vec![person.id.clone()];
        for c in new.co_creators {
            let c = c.trim().to_string();
            if !c.is_empty() && !co_creators.contains(&c) {
                co_creators.push(c);
            }
        }
        if co_creators.len() > MAX_CO_CREATORS {
            return Err(AppError::invalid(
                "co_creators",
                say(Msg::new("error-money-co-creators").num("max", MAX_CO_CREATORS as i64)),
            ));
        }
        let mut tx = self.store.write().await?;
        let (round, pool) = self.readable_round(&mut tx, actor, round_id).await?;
        if self.active_role(&mut tx, actor, &pool.id).await?.is_none() {
            return Err(AppError::Forbidden(say(Msg::new(
                "error-money-propose-members",
            ))));
        }
        if phase_of(&round, self.now_ms()) != Phase::Buckets {
            return Err(AppError::Conflict(say(Msg::new(
                "error-money-proposals-closed",
            )
            .time("until", &round.buckets_close_at))));
        }
        let (_, max_goal) =
            budget::goals(&lines).map_err(|e| AppError::invalid("lines", e.to_string()))?;
        let set_aside = round.per_member * round.members;
        if max_goal > set_aside {
            return Err(AppError::invalid(
                "lines",
                say(Msg::new("error-money-bucket-too-big")
                    .money("max", Money::new(max_goal, pool.currency))
                    .money("round", Money::new(set_aside, pool.currency))),
            ));
        }
        for c in &co_creators[1..] {
            let ok = tx
                .pool_member(&pool.id, c)
                .await?
                .is_some_and(|m| m.status == MemberStatus::Active);
            if !ok {
                return Err(AppError::invalid(
                    "co_creators",
                    say(Msg::new("error-money-co-creator-active")),
                ));
            }
        }
        let id = new_id();
        self.record(
            &mut tx,
            actor,
            Event::BucketCreated {
                bucket_id: id.clone(),
                round_id: round.id.clone(),
                pool_id: pool.id.clone(),
                title,
                description,
                co_creators,
                lines,
            },
        )
        .await?;
        let b = tx
            .bucket(&id)
            .await?
            .ok_or_else(|| AppError::NotFound("the new bucket vanished".into()))?;
        tx.commit().await?;
        Ok(b)
    }

    /// Flags a bucket as against the round's guidelines, during review (while
    /// the round takes proposals). Once per member.
    pub async fn flag_bucket(&self, actor: &Actor, bucket_id: &str, reason: &str) -> AppResult<()> {
        let person = actor.person()?.clone();
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > 2000 {
            return Err(AppError::invalid(
                "reason",
                say(Msg::new("error-money-flag-reason")),
            ));
        }
        let mut tx = self.store.write().await?;
        let (bucket, round, pool) = self.readable_bucket(&mut tx, actor, bucket_id).await?;
        if self.active_role(&mut tx, actor, &pool.id).await?.is_none() {
            return Err(AppError::Forbidden(say(Msg::new(
                "error-money-flag-members",
            ))));
        }
        if bucket.status != BucketStatus::Open || phase_of(&round, self.now_ms()) != Phase::Buckets
        {
            return Err(AppError::Conflict(say(
                Msg::new("error-money-flag-closed").time("until", &round.buckets_close_at)
            )));
        }
        if tx
            .bucket_flags(&bucket.id)
            .await?
            .iter()
            .any(|f| f.person_id == person.id)
        {
            return Err(AppError::Conflict(say(Msg::new(
                "error-money-already-flagged",
            ))));
        }
        self.record(
            &mut tx,
            actor,
            Event::BucketFlagged {
                bucket_id: bucket.id.clone(),
                person_id: person.id.clone(),
                reason: reason.to_string(),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Puts part of the actor's allocation into a bucket while funding is
    /// open. The allocation, the bucket's maximum and the cap are checked by
    /// the core rules inside this transaction, and again by the store's
    /// guarded updates, so concurrent funding can never overspend or
    /// overfund. Idempotent: the same key and amount record once.
    pub async fn fund_bucket(
        &self,
        actor: &Actor,
        bucket_id: &str,
        amount: i64,
        idempotency_key: &str,
    ) -> AppResult<Bucket> {
        let person = actor.person()?.clone();
        let hash = request_hash("fund", bucket_id, &amount);
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let (bucket, round, pool) = self.readable_bucket(&mut tx, actor, bucket_id).await?;
                if self.active_role(&mut tx, actor, &pool.id).await?.is_none() {
                    return Err(AppError::Forbidden(say(Msg::new(
                        "error-money-fund-members",
                    ))));
                }
                let phase = phase_of(&round, self.now_ms());
                if phase != Phase::Funding {
                    return Err(AppError::Conflict(say(match phase {
                        Phase::Buckets => Msg::new("error-money-funding-opens")
                            .time("at", &round.buckets_close_at),
                        _ => Msg::new("error-money-funding-closed")
                            .time("at", &round.funding_close_at),
                    })));
                }
                if bucket.status != BucketStatus::Open {
                    return Err(AppError::Conflict(say(
                        Msg::new("error-money-bucket-shut").text("status", bucket.status.as_str())
                    )));
                }
                let left = tx
                    .allocation_left(&round.id, &person.id)
                    .await?
                    .ok_or_else(|| {
                        AppError::Forbidden(say(Msg::new("error-money-no-allocation")))
                    })?;
                let given = tx.bucket_gift(&bucket.id, &person.id).await?;
                // The core rules decide, on exactly the state this transaction sees.
                let mut state = budget::Round::new([person.id.as_str()], left, round.cap);
                state.add_bucket(&bucket.id, bucket.max_goal);
                state
                    .buckets
                    .insert(bucket.id.clone(), (bucket.total, bucket.max_goal));
                state
                    .given
                    .insert((person.id.clone(), bucket.id.clone()), given);
                state
                    .fund(&person.id, &bucket.id, amount)
                    .map_err(|e| budget_error(e, &pool))?;
                let funding_id = new_id();
                self.record(
                    &mut tx,
                    actor,
                    Event::BucketFunded {
                        funding_id: funding_id.clone(),
                        bucket_id: bucket.id.clone(),
                        round_id: round.id.clone(),
                        person_id: person.id.clone(),
                        amount,
                    },
                )
                .await?;
                Ok((tx, funding_id))
            },
            |mut tx, _| async move {
                let made = found(tx.bucket(bucket_id).await?, "the bucket")?;
                Ok((tx, made))
            },
        )
        .await
    }

    /// Cancels a bucket while its round is open: every member gets back
    /// exactly what they gave it, into their allocation. A co-creator or an
    /// organizer may.
    pub async fn cancel_bucket(
        &self,
        actor: &Actor,
        bucket_id: &str,
        reason: &str,
    ) -> AppResult<Bucket> {
        let person = actor.person()?.clone();
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > 2000 {
            return Err(AppError::invalid(
                "reason",
                say(Msg::new("error-money-bucket-cancel-reason")),
            ));
        }
        let mut tx = self.store.write().await?;
        let (bucket, round, pool) = self.readable_bucket(&mut tx, actor, bucket_id).await?;
        let role = self.active_role(&mut tx, actor, &pool.id).await?;
        let co_creator = bucket.co_creators.iter().any(|c| c.0 == person.id);
        if !(co_creator && role.is_some()) && role != Some(PoolRole::Organizer) {
            return Err(AppError::Forbidden(say(Msg::new(
                "error-money-bucket-cancel-who",
            ))));
        }
        if bucket.status != BucketStatus::Open
            || !matches!(
                phase_of(&round, self.now_ms()),
                Phase::Buckets | Phase::Funding
            )
        {
            return Err(AppError::Conflict(say(Msg::new(
                "error-money-bucket-cancel-closed",
            ))));
        }
        let refunds = tx
            .bucket_gifts(&bucket.id)
            .await?
            .into_iter()
            .map(|g| Refund {
                person_id: g.person_id,
                amount: g.amount,
            })
            .collect();
        self.record(
            &mut tx,
            actor,
            Event::BucketCancelled {
                bucket_id: bucket.id.clone(),
                round_id: round.id.clone(),
                reason: reason.to_string(),
                refunds,
            },
        )
        .await?;
        let b = tx
            .bucket(&bucket.id)
            .await?
            .ok_or_else(|| AppError::NotFound("the bucket vanished".into()))?;
        tx.commit().await?;
        Ok(b)
    }
}

//! Proxies: naming one, revoking it, what the pool sees, and a proxy's
//! ballot. The rules are `pools_core::proxy`'s; each command is one
//! transaction.

use super::*;
use crate::ports::ProxyRow;
use pools_core::proxy;

fn refused(e: proxy::ProxyError) -> AppError {
    AppError::Conflict(e.message)
}

impl App {
    /// Names `proxy_id` as the actor's proxy in a pool, for one decision or
    /// for every decision until revoked, replacing any earlier proxy (whose
    /// ballots for the actor on open decisions are taken back).
    pub async fn name_proxy(
        &self,
        actor: &Actor,
        pool_id: &str,
        proxy_id: &str,
        decision_id: Option<&str>,
    ) -> AppResult<ProxyRow> {
        let person = actor.person()?.clone();
        let mut tx = self.store.write().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        let active = |m: Option<crate::ports::PoolMember>| {
            m.is_some_and(|m| m.status == MemberStatus::Active)
        };
        if !active(tx.pool_member(&pool.id, &person.id).await?) {
            return Err(AppError::Forbidden(say(Msg::new(
                "error-decisions-proxy-members",
            ))));
        }
        let proxy_active = active(tx.pool_member(&pool.id, proxy_id).await?);
        let holds = tx.proxy_held_by(&pool.id, proxy_id).await?;
        proxy::check_grant(
            pool.rules.proxies && !pool.is_flood,
            &person.id,
            proxy_id,
            proxy_active,
            holds.as_ref().map(|h| h.grantor_id.as_str()),
        )
        .map_err(|e| AppError::invalid("proxy_id", e.message))?;
        if let Some(id) = decision_id {
            let d = tx
                .decision(id)
                .await?
                .filter(|d| d.pool_id == pool.id)
                .ok_or_else(|| {
                    AppError::NotFound(say(
                        Msg::new("error-decisions-pool-no-decision").text("id", id)
                    ))
                })?;
            if d.closed || d.closes_at_ms <= ms(self.now()) {
                return Err(AppError::Conflict(say(Msg::new("error-decisions-closed"))));
            }
            proxy::decision_allows(d.rules.proxies, pool.is_flood, d.secret).map_err(refused)?;
        }
        if let Some(old) = tx.proxy_of(&pool.id, &person.id).await?
            && old.proxy_id != proxy_id
        {
            self.take_back(&mut tx, actor, &pool.id, &person.id, &old.proxy_id)
                .await?;
        }
        self.record(
            &mut tx,
            actor,
            Event::ProxyNamed {
                pool_id: pool.id.clone(),
                grantor_id: person.id.clone(),
                proxy_id: proxy_id.to_string(),
                decision_id: decision_id.map(String::from),
            },
        )
        .await?;
        let row = tx
            .proxy_of(&pool.id, &person.id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-proxy-vanished"))))?;
        tx.commit().await?;
        Ok(row)
    }

    /// Revokes the actor's proxy in a pool; ballots it cast for them on
    /// decisions still open are taken back.
    pub async fn revoke_proxy(&self, actor: &Actor, pool_id: &str) -> AppResult<()> {
        let person = actor.person()?.clone();
        let mut tx = self.store.write().await?;
        let Some(old) = tx.proxy_of(pool_id, &person.id).await? else {
            return Err(AppError::Conflict(say(Msg::new(
                "error-decisions-no-proxy",
            ))));
        };
        self.end_proxy(&mut tx, actor, &old, "proxy-ended-revoked")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A pool's proxies in force, which every reader of the pool may see.
    pub async fn proxies(&self, actor: &Actor, pool_id: &str) -> AppResult<Vec<ProxyRow>> {
        let mut tx = self.store.read().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        Ok(tx.proxies_of_pool(&pool.id).await?)
    }

    /// Casts a ballot for the member whose proxy the actor holds on this
    /// decision. Refused once that member has voted themselves: their own
    /// ballot always counts over their proxy's.
    pub async fn cast_proxy_ballot(
        &self,
        actor: &Actor,
        decision_id: &str,
        for_person: &str,
        choice: Choice,
        reason: &str,
    ) -> AppResult<SeenDecision> {
        let reason = reason.trim().to_string();
        let mut tx = self.store.write().await?;
        let (mut d, by, me) = self
            .open_decision_for_voting(&mut tx, actor, decision_id)
            .await?;
        let pool = tx
            .pool(&d.pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-pool-vanished"))))?;
        proxy::decision_allows(d.rules.proxies, pool.is_flood, d.secret).map_err(refused)?;
        let (_, theirs) = tx
            .decision_for_voter(decision_id, for_person)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-vanished"))))?;
        if !theirs.eligible {
            return Err(AppError::Forbidden(say(Msg::new(
                "error-decisions-cannot-vote",
            ))));
        }
        let current = tx.ballot_of(decision_id, for_person).await?;
        let named = tx
            .proxy_of(&pool.id, for_person)
            .await?
            .filter(|g| g.decision.as_ref().is_none_or(|(id, _)| id == decision_id))
            .map(|g| g.proxy_id);
        proxy::check_cast(
            for_person,
            &by,
            named.as_deref(),
            me.eligible,
            current.as_ref().is_some_and(|b| b.cast_by.is_none()),
        )
        .map_err(refused)?;
        d.method
            .check_ballot(&choice, &reason)
            .map_err(|e| AppError::invalid(e.field, e.message))?;
        if let Some(old) = current.and_then(|b| b.choice) {
            d.tally.remove(&old);
        }
        d.tally.add(&choice);
        self.record(
            &mut tx,
            actor,
            Event::BallotCast {
                decision_id: d.id.clone(),
                person_id: for_person.to_string(),
                choice,
                reason,
                by: Some(by),
            },
        )
        .await?;
        if d.rules.close_early && d.tally.ballots as i64 >= d.eligible {
            self.close_in(&mut tx, &d).await?;
            d = tx
                .decision(&d.id)
                .await?
                .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-vanished"))))?;
        }
        tx.commit().await?;
        Ok(visibility::seen(d))
    }

    /// Ends a grant: the ballots its proxy cast on open decisions are taken
    /// back, then the end is recorded.
    pub(crate) async fn end_proxy(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        grant: &ProxyRow,
        why: &'static str,
    ) -> AppResult<()> {
        self.take_back(
            tx,
            actor,
            &grant.pool_id,
            &grant.grantor_id,
            &grant.proxy_id,
        )
        .await?;
        let (reason, note) = kept(Msg::new(why));
        self.record(
            tx,
            actor,
            Event::ProxyRevoked {
                pool_id: grant.pool_id.clone(),
                grantor_id: grant.grantor_id.clone(),
                reason,
                note,
            },
        )
        .await
    }

    /// Ends every grant that involves a person leaving the pool.
    pub(crate) async fn end_proxies_of(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool_id: &str,
        person_id: &str,
    ) -> AppResult<()> {
        let named = tx.proxy_of(pool_id, person_id).await?;
        let held = tx.proxy_held_by(pool_id, person_id).await?;
        for g in named.into_iter().chain(held) {
            self.end_proxy(tx, actor, &g, "proxy-ended-left").await?;
        }
        Ok(())
    }

    /// Ends every grant of a pool whose rules now switch proxies off.
    pub(crate) async fn end_all_proxies(
        &self,
        tx: &mut Box<dyn Tx>,
        pool_id: &str,
    ) -> AppResult<()> {
        for g in tx.proxies_of_pool(pool_id).await? {
            self.end_proxy(tx, &Actor::Closer, &g, "proxy-ended-rules")
                .await?;
        }
        Ok(())
    }

    /// Takes back the ballots a proxy cast for a member on the pool's open
    /// decisions.
    async fn take_back(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool_id: &str,
        grantor_id: &str,
        proxy_id: &str,
    ) -> AppResult<()> {
        for decision_id in tx.proxy_ballots(pool_id, grantor_id, proxy_id).await? {
            self.record(
                tx,
                actor,
                Event::BallotWithdrawn {
                    decision_id,
                    person_id: grantor_id.to_string(),
                },
            )
            .await?;
        }
        Ok(())
    }
}

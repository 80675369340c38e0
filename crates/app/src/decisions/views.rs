//! Decisions as each reader may see them.

use super::*;

impl App {
    /// A pool's decisions, newest first, for members of its group.
    pub async fn decisions(&self, actor: &Actor, pool_id: &str) -> AppResult<Vec<SeenDecision>> {
        let mut tx = self.store.read().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        let list = tx.decisions_of_pool(&pool.id).await?;
        Ok(list.into_iter().map(visibility::seen).collect())
    }

    /// A decision's running count and the result if voting ended now, read
    /// from one row however many ballots there are. None while hidden.
    pub async fn decision_tally(
        &self,
        actor: &Actor,
        decision_id: &str,
    ) -> AppResult<(SeenDecision, Option<Outcome>)> {
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
        let d = visibility::seen(d);
        if d.hidden {
            return Ok((d, None));
        }
        let o = d.outcome.clone().unwrap_or_else(|| provisional(&d));
        Ok((d, Some(o)))
    }

    /// A decision as the actor may see it, with the first page of ballots.
    pub async fn decision_view(&self, actor: &Actor, decision_id: &str) -> AppResult<DecisionView> {
        self.decision_view_page(actor, decision_id, 1).await
    }

    /// A decision as the actor may see it, with one page of ballots
    /// (`BALLOTS_PER_PAGE` each, by voter name), so a decision with many
    /// thousands of ballots reads in constant time.
    pub async fn decision_view_page(
        &self,
        actor: &Actor,
        decision_id: &str,
        page: i64,
    ) -> AppResult<DecisionView> {
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
        let proposer = tx
            .person(&d.proposer_id)
            .await?
            .map(|p| p.name)
            .unwrap_or_default();
        let open = !d.closed && ms(self.now()) < d.closes_at_ms;
        let hidden = visibility::count_hidden(&d);
        let ballot_total = d.tally.ballots as i64;
        let pages = ((ballot_total + BALLOTS_PER_PAGE - 1) / BALLOTS_PER_PAGE).max(1);
        let page = page.clamp(1, pages);
        let mut ballots = tx
            .ballots_page(&d.id, (page - 1) * BALLOTS_PER_PAGE, BALLOTS_PER_PAGE)
            .await?;
        let (eligible, mine) = match actor.person_id() {
            Some(pid) => (
                tx.is_voter(&d.id, pid).await?,
                tx.ballot_of(&d.id, pid).await?,
            ),
            None => (false, None),
        };
        let provisional = (!hidden).then(|| provisional(&d));
        let voters = ballots.iter().map(|b| b.name.clone()).collect();
        let mut pool_breakdown = Vec::new();
        if let (Some(pools), Method::Proposal, false) = (&d.member_pools, &d.method, hidden) {
            let by_person: std::collections::BTreeMap<String, Choice> = tx
                .ballots(&d.id)
                .await?
                .into_iter()
                .filter_map(|b| Some((b.person_id, b.choice?)))
                .collect();
            let sets = pools
                .iter()
                .map(|(p, m)| (p.clone(), m.iter().cloned().collect()))
                .collect();
            let threshold = decision::threshold_for(d.rule_change.is_some(), &d.rules);
            let dm = pools_core::flood::double_majority(&by_person, &sets, threshold, false);
            for (pool_id, (agree, disagree, ok)) in dm.pools {
                let name = tx.pool(&pool_id).await?.map(|p| p.name).unwrap_or(pool_id);
                pool_breakdown.push((name, agree, disagree, ok));
            }
        }
        let round_id = if d.round.is_some() && d.closed {
            tx.round_of_decision(&d.id).await?.map(|r| r.id)
        } else {
            None
        };
        if hidden || d.secret {
            // Who voted stays visible; what they chose waits for the close,
            // and on a secret ballot is never shown by name.
            ballots.clear();
        }
        let mut proxy_for = None;
        if let (Some(pid), true) = (actor.person_id(), open && eligible)
            && pools_core::proxy::decision_allows(d.rules.proxies, pool.is_flood, d.secret).is_ok()
            && let Some(g) = tx.proxy_held_by(&pool.id, pid).await?
            && g.decision.as_ref().is_none_or(|(id, _)| *id == d.id)
            && tx.is_voter(&d.id, &g.grantor_id).await?
        {
            let theirs = tx.ballot_of(&d.id, &g.grantor_id).await?;
            proxy_for = Some((g.grantor_id, g.grantor_name, theirs));
        }
        let published = if d.secret && d.closed {
            tx.published_ballots(&d.id, (page - 1) * BALLOTS_PER_PAGE, BALLOTS_PER_PAGE)
                .await?
        } else {
            Vec::new()
        };
        let flood = match &d.flood_action {
            Some(
                pools_core::flood::FloodAction::Join { flood_id, .. }
                | pools_core::flood::FloodAction::AddFunds { flood_id, .. }
                | pools_core::flood::FloodAction::Leave { flood_id },
            ) => tx.flood(flood_id).await?.map(|f| (f.id, f.name)),
            _ => None,
        };
        Ok(DecisionView {
            can_vote: open && eligible,
            eligible,
            decision: visibility::seen(d),
            pool,
            proposer,
            ballots,
            voters,
            ballot_total,
            page,
            pages,
            mine,
            provisional,
            round_id,
            pool_breakdown,
            published,
            proxy_for,
            flood,
        })
    }
}

//! Closing: one decision recounted and its result recorded with what it
//! does, and the closer that finds what is due.

use super::*;

impl App {
    /// Closes one open decision: recomputes the result from the ballots,
    /// checks it against the running tally, records it, and applies a passed
    /// rule change.
    pub(super) async fn close_in(&self, tx: &mut Box<dyn Tx>, d: &Decision) -> AppResult<Outcome> {
        // What a close records, such as why a passed spend or Flood action
        // was not carried out, enters the journal, which stays in English
        // whoever's ballot closed the decision.
        pools_i18n::answering(pools_i18n::Reader::default(), self.close_in_english(tx, d)).await
    }

    async fn close_in_english(&self, tx: &mut Box<dyn Tx>, d: &Decision) -> AppResult<Outcome> {
        let system = Actor::Closer;
        let mut by_person = std::collections::BTreeMap::new();
        let recount = if d.secret {
            // The sealed ballots enter the journal now, in receipt order and
            // without their voters; the store deletes the sealed copies.
            let list = pools_core::secret::publish(tx.sealed_ballots(&d.id).await?);
            let recount = pools_core::secret::recount(&d.method, &list, d.tally.ballots as usize)
                .map_err(|e| {
                AppError::Store(crate::ports::StoreError::Corrupt(format!(
                    "the sealed ballots of decision {}: {e}",
                    d.id
                )))
            })?;
            self.record(
                tx,
                &system,
                Event::SecretBallotsPublished {
                    decision_id: d.id.clone(),
                    ballots: list,
                },
            )
            .await?;
            recount
        } else {
            let ballots = tx.ballots(&d.id).await?;
            for b in ballots {
                let choice = b.choice.ok_or_else(|| {
                    AppError::Store(crate::ports::StoreError::Corrupt(format!(
                        "decision {} has a sealed ballot but is not secret",
                        d.id
                    )))
                })?;
                by_person.insert(b.person_id, choice);
            }
            let recount = Tally::from_ballots(&d.method, by_person.values());
            if recount != d.tally {
                // The running tally and the ballots disagree: a bug or a
                // damaged database. Refuse to publish a result rather than
                // guess.
                return Err(AppError::Store(crate::ports::StoreError::Corrupt(format!(
                    "the running tally of decision {} differs from its ballots",
                    d.id
                ))));
            }
            recount
        };
        if recount.ballots != d.tally.ballots {
            return Err(AppError::Store(crate::ports::StoreError::Corrupt(format!(
                "decision {} counts {} voters but {} ballots",
                d.id, d.tally.ballots, recount.ballots
            ))));
        }
        let threshold = decision::threshold_for(d.rule_change.is_some(), &d.rules);
        let mut outcome =
            decision::outcome(&d.method, &recount, d.eligible as u64, &d.rules, threshold);
        if let (Some(pools), Method::Proposal) = (&d.member_pools, &d.method) {
            outcome =
                pools_core::flood::with_double_majority(outcome, &by_person, pools, threshold);
        }
        self.record(
            tx,
            &system,
            Event::DecisionClosed {
                decision_id: d.id.clone(),
                outcome: outcome.clone(),
            },
        )
        .await?;
        if let (Some(spend), true) = (&d.spend, outcome.passed) {
            let postings = pools_core::ledger::authorize(spend.amount)
                .map_err(|e| AppError::invalid("amount", e.to_string()))?;
            // Checked here, in the close's transaction, against what the
            // pool holds now: two proposals that each fitted when they
            // opened may not both fit when they pass.
            let balances: std::collections::HashMap<String, i64> =
                tx.balances(&d.pool_id).await?.into_iter().collect();
            let get =
                |a: &pools_core::ledger::Account| balances.get(&a.key()).copied().unwrap_or(0);
            if let Err(e) = pools_core::ledger::check_covered(&postings, get) {
                let pool = tx.pool(&d.pool_id).await?.ok_or_else(|| {
                    AppError::NotFound(say(Msg::new("error-decisions-pool-vanished")))
                })?;
                let m = |v: i64| pools_core::Money::new(v, pool.currency);
                let free = pools_core::ledger::available(get);
                let (reason, note) = kept(match e {
                    pools_core::ledger::LedgerError::Uncovered { .. } => {
                        Msg::new("refused-spend-uncovered")
                            .money("available", m(free))
                            .money("asked", m(spend.amount))
                    }
                    other => Msg::new("refused-spend").msg("reason", other.msg()),
                });
                self.record(
                    tx,
                    &system,
                    Event::SpendRefused {
                        decision_id: d.id.clone(),
                        pool_id: d.pool_id.clone(),
                        available: free,
                        reason,
                        note,
                    },
                )
                .await?;
            } else {
                self.record(
                    tx,
                    &system,
                    Event::PayoutAuthorized {
                        payout_id: new_id(),
                        entry_id: new_id(),
                        pool_id: d.pool_id.clone(),
                        decision_id: d.id.clone(),
                        spend: spend.clone(),
                        postings,
                        bucket_id: None,
                    },
                )
                .await?;
            }
        }
        if let (Some(action), true) = (&d.flood_action, outcome.passed) {
            self.carry_out_flood_action(tx, d, action).await?;
        }
        if let Some(candidate) = &d.admission {
            self.settle_admission(tx, &d.pool_id, candidate, outcome.passed)
                .await?;
        }
        if let (Some(plan), true) = (&d.round, outcome.passed) {
            self.open_round_in(tx, d, plan).await?;
        }
        if let (Some(rules), true) = (&d.rule_change, outcome.passed) {
            if !rules.proxies {
                self.end_all_proxies(tx, &d.pool_id).await?;
            }
            self.record(
                tx,
                &system,
                Event::PoolRulesChanged {
                    pool_id: d.pool_id.clone(),
                    decision_id: d.id.clone(),
                    rules: rules.clone(),
                },
            )
            .await?;
            self.regenerate_after_rule_change(tx, &d.pool_id, &d.title)
                .await?;
        }
        Ok(outcome)
    }

    /// Closes every decision whose closing time has come, each in its own
    /// transaction. Safe to run on several servers at once: a decision is
    /// closed exactly once, because closing checks and writes under the
    /// write lock. Returns the ids it closed.
    pub async fn close_due_decisions(&self) -> AppResult<Vec<String>> {
        self.close_due(Due::Decision).await
    }

    /// Closes each due decision or round, one transaction each, until none
    /// is left; what is due is read again under the write lock, so each
    /// closes exactly once whatever other servers do.
    pub(crate) async fn close_due(&self, kind: Due) -> AppResult<Vec<String>> {
        let mut closed = Vec::new();
        loop {
            // A cheap read first, so an idle server does not take the write
            // lock every second.
            let mut read = self.store.read().await?;
            if self.first_due(&mut read, kind).await?.is_none() {
                break;
            }
            drop(read);
            let mut tx = self.store.write().await?;
            let Some(id) = self.first_due(&mut tx, kind).await? else {
                break;
            };
            match kind {
                Due::Decision => {
                    let d = tx
                        .decision(&id)
                        .await?
                        .ok_or_else(|| AppError::NotFound("a due decision vanished".into()))?;
                    self.close_in(&mut tx, &d).await?;
                }
                Due::Round => {
                    let round = tx
                        .round(&id)
                        .await?
                        .ok_or_else(|| AppError::NotFound("a due round vanished".into()))?;
                    self.close_round_in(&mut tx, &round).await?;
                }
            }
            tx.commit().await?;
            closed.push(id);
        }
        Ok(closed)
    }

    async fn first_due(&self, tx: &mut Box<dyn Tx>, kind: Due) -> AppResult<Option<String>> {
        let now = ms(self.now());
        let due = match kind {
            Due::Decision => tx.due_decisions(now, 1).await?,
            Due::Round => tx.due_rounds(now, 1).await?,
        };
        Ok(due.into_iter().next())
    }
}

//! Decisions: open one, vote, change or withdraw a ballot, close on time
//! (or early), and change the rules by decision.

use crate::error::{kept, say};
use crate::floods::Refusal;
use crate::ports::{Ballot, Decision, Pool, Tx};
use crate::treasury::available;
use crate::visibility::{self, SeenDecision};
use crate::{Actor, App, AppError, AppResult, new_id};
use pools_core::budget::RoundPlan;
use pools_core::decision::{self, Choice, Method, Outcome, Tally};
use pools_core::event::Spend;
use pools_core::flood::MemberPoolStatus;
use pools_core::journal::format_time;
use pools_core::ledger::EntryKind;
use pools_core::membership::{self, MemberStatus, PoolStatus};
use pools_core::msg::Msg;
use pools_core::{Event, Rules, text};
use time::Duration;

mod admission;
mod closing;
mod proxies;
mod secret;
mod views;

/// What the closer closes when its time comes.
#[derive(Clone, Copy)]
pub(crate) enum Due {
    /// A decision whose closing time has come.
    Decision,
    /// A budgeting round whose funding window has ended.
    Round,
}

/// What a member asks when opening a decision.
#[derive(Debug, Clone)]
pub struct NewDecision {
    /// The question.
    pub title: String,
    /// Details, in Markdown.
    pub body: String,
    /// How members answer.
    pub method: Method,
    /// Days voting stays open; the pool's usual period when absent.
    pub voting_days: Option<u16>,
    /// For a rule change: the rules to adopt.
    pub rule_change: Option<Rules>,
    /// For a spend proposal: who gets how much, for what.
    pub spend: Option<Spend>,
    /// For a participatory budgeting round: what it puts in and when.
    pub round: Option<RoundPlan>,
    /// For a decision about a Flood: start, join, add funds or leave.
    pub flood: Option<pools_core::flood::FloodAction>,
    /// A secret ballot (`Some(true)`) or an open one (`Some(false)`); the
    /// pool's rule decides when absent, and refuses what it does not allow.
    pub secret: Option<bool>,
}

/// A ballot just cast: the decision as the voter may now see it and, for a
/// secret ballot, the receipt code, shown this once (and sent by email).
#[derive(Debug, Clone)]
pub struct Voted {
    /// The decision.
    pub decision: SeenDecision,
    /// The receipt of a secret ballot.
    pub receipt: Option<String>,
}

impl std::ops::Deref for Voted {
    type Target = SeenDecision;
    fn deref(&self) -> &SeenDecision {
        &self.decision
    }
}

/// A decision as one person may see it.
#[derive(Debug, Clone)]
pub struct DecisionView {
    /// The decision as the reader may see it (`decision.hidden` says
    /// whether the count waits for the close).
    pub decision: SeenDecision,
    /// Its pool.
    pub pool: Pool,
    /// The proposer's name.
    pub proposer: String,
    /// One page of the current ballots, by voter name; empty while results
    /// are hidden.
    pub ballots: Vec<Ballot>,
    /// The names of the voters on this page, always visible.
    pub voters: Vec<String>,
    /// How many have voted.
    pub ballot_total: i64,
    /// This page (from 1) and how many there are.
    pub page: i64,
    /// How many pages of ballots there are (at least 1).
    pub pages: i64,
    /// The viewer's own ballot.
    pub mine: Option<Ballot>,
    /// Whether the viewer may vote now.
    pub can_vote: bool,
    /// Whether the viewer is in the electorate.
    pub eligible: bool,
    /// The result as it would stand if voting ended now (none when hidden).
    pub provisional: Option<Outcome>,
    /// The budgeting round this decision opened, once it has.
    pub round_id: Option<String>,
    /// For a Flood decision under the double majority: each member pool's
    /// name, agree and disagree among its members, and whether it approves
    /// (empty while results are hidden).
    pub pool_breakdown: Vec<(String, u64, u64, bool)>,
    /// A closed secret decision: this page of its published ballots, in
    /// receipt order (the same page number as the voters).
    pub published: Vec<pools_core::secret::PublishedBallot>,
    /// While voting is open: the member the viewer holds the proxy of on
    /// this decision, by id and name, with that member's current ballot
    /// (their own, which the proxy cannot replace, or the proxy's).
    pub proxy_for: Option<(String, String, Option<Ballot>)>,
    /// For a decision to join, fund or leave a Flood: that Flood's id and
    /// name.
    pub flood: Option<(String, String)>,
}

/// Ballots shown per page of a decision.
pub const BALLOTS_PER_PAGE: i64 = 100;

pub(crate) fn ms(t: time::OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

/// The result if voting ended now, from the running tally.
fn provisional(d: &Decision) -> Outcome {
    let threshold = decision::threshold_for(d.rule_change.is_some(), &d.rules);
    decision::outcome(&d.method, &d.tally, d.eligible as u64, &d.rules, threshold)
}

impl App {
    /// Opens a decision in a pool. The electorate (the pool's active members)
    /// and the rules it follows are fixed now.
    pub async fn open_decision(
        &self,
        actor: &Actor,
        pool_id: &str,
        new: NewDecision,
    ) -> AppResult<SeenDecision> {
        let person = actor.person()?.clone();
        let title = text::name("title", &new.title)
            .map_err(|_| AppError::invalid("title", say(Msg::new("error-decisions-title"))))?;
        let body = text::long_text("body", &new.body, 20_000)?;
        new.method
            .validate()
            .map_err(|e| AppError::invalid(e.field, e.message))?;
        if let Some(spend) = &new.spend {
            pools_core::ledger::check_amount(spend.amount)
                .map_err(|e| AppError::invalid("amount", e.to_string()))?;
            text::name("payee", &spend.payee)
                .map_err(|_| AppError::invalid("payee", say(Msg::new("error-decisions-payee"))))?;
            text::long_text("purpose", &spend.purpose, 2000)?;
            if new.method != Method::Proposal || new.rule_change.is_some() {
                return Err(AppError::invalid(
                    "method",
                    say(Msg::new("error-decisions-spend-alone")),
                ));
            }
        }
        if new.flood.is_some()
            && (new.method != Method::Proposal
                || new.rule_change.is_some()
                || new.spend.is_some()
                || new.round.is_some())
        {
            return Err(AppError::invalid(
                "method",
                say(Msg::new("error-decisions-flood-alone")),
            ));
        }
        if let Some(plan) = &new.round {
            plan.validate()
                .map_err(|(field, message)| AppError::invalid(field, message))?;
            if new.method != Method::Proposal || new.rule_change.is_some() || new.spend.is_some() {
                return Err(AppError::invalid(
                    "method",
                    say(Msg::new("error-decisions-round-alone")),
                ));
            }
        }
        if let Some(r) = &new.rule_change {
            r.validate()?;
            if new.method != Method::Proposal {
                return Err(AppError::invalid(
                    "method",
                    say(Msg::new("error-decisions-rules-proposal")),
                ));
            }
        }
        let mut tx = self.store.write().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        if pool.status != PoolStatus::Open {
            return Err(AppError::Conflict(say(Msg::new(
                "error-decisions-pool-draft",
            ))));
        }
        let membership = self.standing(&mut tx, &pool, &person.id).await?;
        if pool.is_flood && new.round.is_some() {
            return Err(AppError::invalid(
                "round_amount",
                say(Msg::new("error-decisions-no-round-in-flood")),
            ));
        }
        if !membership::may_propose(&pool.rules, membership, pool.status) {
            return Err(AppError::Forbidden(say(Msg::new(
                if membership.is_some_and(|(_, s)| s == MemberStatus::Active) {
                    "error-decisions-organizers-propose"
                } else {
                    "error-decisions-members-propose"
                },
            ))));
        }
        if let Some(action) = &new.flood {
            self.check_flood_action(&mut tx, &pool, action)
                .await
                .map_err(|e| match e {
                    Refusal::Refused(m) => AppError::invalid("flood", say(m)),
                    Refusal::Failed(e) => e,
                })?;
        }
        let asked = new
            .spend
            .as_ref()
            .map(|s| ("amount", s.amount))
            .or(new.round.as_ref().map(|r| ("round_amount", r.amount)))
            .or(new
                .flood
                .as_ref()
                .and_then(|f| f.amount())
                .map(|a| ("flood_amount", a)));
        if let Some((field, amount)) = asked {
            let currency = pool.currency;
            let available = available(&mut tx, &pool.id).await?;
            if amount > available {
                return Err(AppError::invalid(
                    field,
                    say(Msg::new("error-decisions-not-available")
                        .money("available", pools_core::Money::new(available, currency))
                        .money("asked", pools_core::Money::new(amount, currency))),
                ));
            }
        }
        if new.rule_change.as_ref() == Some(&pool.rules) {
            return Err(AppError::invalid(
                "rules",
                say(Msg::new("error-decisions-same-rules")),
            ));
        }
        let r = &pool.rules;
        let days = new.voting_days.unwrap_or(r.default_voting_days);
        if days < r.min_voting_days || days > r.max_voting_days {
            return Err(AppError::invalid(
                "voting_days",
                say(Msg::new("error-decisions-voting-days")
                    .num("min", r.min_voting_days as i64)
                    .num("max", r.max_voting_days as i64)),
            ));
        }
        let closes_at = format_time(self.now() + Duration::days(days as i64));
        let (electorate, member_pools) = self.electorate(&mut tx, &pool).await?;
        let secret = pool
            .rules
            .secret_ballots
            .decide(new.secret)
            .map_err(|e| AppError::invalid(e.field, e.message))?;
        if member_pools.is_some() {
            if secret {
                return Err(AppError::invalid(
                    "secret",
                    pools_core::flood::NoSecretDoubleMajority.to_string(),
                ));
            }
            if let Some(r) = &new.rule_change {
                pools_core::flood::check_rules(true, r)
                    .map_err(|e| AppError::invalid("secret_ballots", e.to_string()))?;
            }
        }
        let id = new_id();
        self.record(
            &mut tx,
            actor,
            Event::DecisionOpened {
                decision_id: id.clone(),
                pool_id: pool.id.clone(),
                proposer_id: person.id.clone(),
                title,
                body,
                method: new.method,
                rule_change: new.rule_change,
                rules: pool.rules.clone(),
                closes_at,
                electorate,
                spend: new.spend,
                round: new.round,
                admission: None,
                flood_action: new.flood,
                member_pools,
                secret,
            },
        )
        .await?;
        let d = tx
            .decision(&id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-new-vanished"))))?;
        tx.commit().await?;
        Ok(visibility::seen(d))
    }

    async fn open_decision_for_voting(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        decision_id: &str,
    ) -> AppResult<(Decision, String, crate::ports::VoterState)> {
        let person = actor.person()?.clone();
        let (d, voter) = tx
            .decision_for_voter(decision_id, &person.id)
            .await?
            .ok_or_else(|| {
                AppError::NotFound(say(
                    Msg::new("error-decisions-no-decision").text("id", decision_id)
                ))
            })?;
        if d.closed || d.closes_at_ms <= ms(self.now()) {
            return Err(AppError::Conflict(say(Msg::new(
                "error-decisions-closed-at",
            )
            .time("at", &d.closes_at))));
        }
        if !voter.eligible {
            return Err(AppError::Forbidden(say(Msg::new(
                "error-decisions-not-eligible",
            ))));
        }
        Ok((d, person.id, voter))
    }

    /// Casts or changes the actor's ballot. The latest ballot counts; every
    /// earlier one stays in the journal. On a secret decision the journal
    /// records only that the actor voted, the ballot is sealed under a new
    /// receipt (the old one no longer counts), and the receipt is returned
    /// and emailed to the voter.
    pub async fn cast_ballot(
        &self,
        actor: &Actor,
        decision_id: &str,
        choice: Choice,
        reason: &str,
    ) -> AppResult<Voted> {
        let reason = reason.trim().to_string();
        let mut tx = self.store.write().await?;
        let (mut d, person_id, current) = self
            .open_decision_for_voting(&mut tx, actor, decision_id)
            .await?;
        d.method
            .check_ballot(&choice, &reason)
            .map_err(|e| AppError::invalid(e.field, e.message))?;
        let mut receipt = None;
        if d.secret {
            let code = pools_core::secret::receipt_code(crate::random_bytes());
            let hash = pools_core::secret::receipt_hash(&code).ok_or_else(|| {
                AppError::Conflict(say(Msg::new("error-decisions-receipt-unread")))
            })?;
            if !current.voted {
                d.tally.ballots += 1;
            }
            self.record(
                &mut tx,
                actor,
                Event::SecretBallotCast {
                    decision_id: d.id.clone(),
                    person_id: person_id.clone(),
                },
            )
            .await?;
            tx.seal_ballot(
                &d.id,
                &person_id,
                &pools_core::secret::PublishedBallot {
                    receipt: hash,
                    choice,
                    reason,
                },
            )
            .await?;
            self.send_receipt(&mut tx, &d, &person_id, &code).await?;
            receipt = Some(code);
        } else {
            // The tally the store will keep, computed here too so the answer
            // needs no second read; closing re-checks it against the ballots.
            if let Some(old) = &current.choice {
                d.tally.remove(old);
            }
            d.tally.add(&choice);
            self.record(
                &mut tx,
                actor,
                Event::BallotCast {
                    decision_id: d.id.clone(),
                    person_id,
                    choice,
                    reason,
                    by: None,
                },
            )
            .await?;
        }
        if d.rules.close_early && d.tally.ballots as i64 >= d.eligible {
            self.close_in(&mut tx, &d).await?;
            d = tx
                .decision(&d.id)
                .await?
                .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-vanished"))))?;
        }
        tx.commit().await?;
        Ok(Voted {
            decision: visibility::seen(d),
            receipt,
        })
    }

    /// Withdraws the actor's ballot while voting is open.
    pub async fn withdraw_ballot(&self, actor: &Actor, decision_id: &str) -> AppResult<()> {
        let mut tx = self.store.write().await?;
        let (d, person_id, current) = self
            .open_decision_for_voting(&mut tx, actor, decision_id)
            .await?;
        if !current.voted {
            return Err(AppError::Conflict(say(Msg::new(
                "error-decisions-nothing-to-withdraw",
            ))));
        }
        let decision_id = d.id.clone();
        let event = if d.secret {
            Event::SecretBallotWithdrawn {
                decision_id,
                person_id,
            }
        } else {
            Event::BallotWithdrawn {
                decision_id,
                person_id,
            }
        };
        self.record(&mut tx, actor, event).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A person's standing in a body: in a pool, their membership; in a
    /// Flood, the strongest active role they hold in any member pool.
    pub(crate) async fn standing(
        &self,
        tx: &mut Box<dyn Tx>,
        pool: &Pool,
        person_id: &str,
    ) -> AppResult<Option<(membership::PoolRole, MemberStatus)>> {
        if !pool.is_flood {
            return Ok(tx
                .pool_member(&pool.id, person_id)
                .await?
                .map(|m| (m.role, m.status)));
        }
        // The strongest role: roles are ordered member, treasurer, organizer.
        let mut best: Option<membership::PoolRole> = None;
        for fp in tx.flood_pools(&pool.id).await? {
            if fp.status != MemberPoolStatus::Member {
                continue;
            }
            if let Some(m) = tx.pool_member(&fp.pool_id, person_id).await?
                && m.status == MemberStatus::Active
            {
                best = best.max(Some(m.role));
            }
        }
        Ok(best.map(|r| (r, MemberStatus::Active)))
    }

    /// Who may vote on a new decision of a body: a pool's active members;
    /// in a Flood, every distinct person active in a member pool, once, and
    /// under the double majority each member pool's electorate too.
    async fn electorate(
        &self,
        tx: &mut Box<dyn Tx>,
        pool: &Pool,
    ) -> AppResult<(
        Vec<String>,
        Option<std::collections::BTreeMap<String, Vec<String>>>,
    )> {
        if !pool.is_flood {
            return Ok((tx.active_member_ids(&pool.id).await?, None));
        }
        let flood = tx
            .flood(&pool.id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-flood-vanished"))))?;
        let mut per_pool = std::collections::BTreeMap::new();
        for fp in tx.flood_pools(&pool.id).await? {
            if fp.status == MemberPoolStatus::Member {
                per_pool.insert(fp.pool_id.clone(), tx.active_member_ids(&fp.pool_id).await?);
            }
        }
        let everyone =
            pools_core::flood::electorate(per_pool.iter().map(|(p, m)| (p.as_str(), m.as_slice())));
        Ok((
            everyone.into_iter().collect(),
            flood.double_majority.then_some(per_pool),
        ))
    }
}

//! Decisions: open one, vote, change or withdraw a ballot, close on time
//! (or early), and change the rules by decision.

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
use pools_core::{Event, Rules, text};
use time::Duration;

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
        let title = text::name("title", &new.title).map_err(|_| {
            AppError::invalid("title", "give the question a title of 1 to 120 characters")
        })?;
        let body = text::long_text("body", &new.body, 20_000)?;
        new.method
            .validate()
            .map_err(|e| AppError::invalid(e.field, e.message))?;
        if let Some(spend) = &new.spend {
            pools_core::ledger::check_amount(spend.amount)
                .map_err(|e| AppError::invalid("amount", e.to_string()))?;
            text::name("payee", &spend.payee).map_err(|_| {
                AppError::invalid("payee", "say who is paid, in 1 to 120 characters")
            })?;
            text::long_text("purpose", &spend.purpose, 2000)?;
            if new.method != Method::Proposal || new.rule_change.is_some() {
                return Err(AppError::invalid(
                    "method",
                    "a spend is decided by a proposal (agree, abstain, disagree, block), on its own",
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
                "a decision about a Flood is a proposal (agree, abstain, disagree, block), on its own",
            ));
        }
        if let Some(plan) = &new.round {
            plan.validate()
                .map_err(|(field, message)| AppError::invalid(field, message))?;
            if new.method != Method::Proposal || new.rule_change.is_some() || new.spend.is_some() {
                return Err(AppError::invalid(
                    "method",
                    "a budgeting round is decided by a proposal (agree, abstain, disagree, block), on its own",
                ));
            }
        }
        if let Some(r) = &new.rule_change {
            r.validate()?;
            if new.method != Method::Proposal {
                return Err(AppError::invalid(
                    "method",
                    "a rule change is decided by a proposal (agree, abstain, disagree, block)",
                ));
            }
        }
        let mut tx = self.store.write().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("there is no pool with id \"{pool_id}\"")))?;
        if pool.status != PoolStatus::Open {
            return Err(AppError::Conflict(
                "this pool is still a draft: open it before making decisions".into(),
            ));
        }
        let membership = self.standing(&mut tx, &pool, &person.id).await?;
        if pool.is_flood && new.round.is_some() {
            return Err(AppError::invalid(
                "round_amount",
                "budgeting rounds are for pools; a Flood spends by decision",
            ));
        }
        if !membership::may_propose(&pool.rules, membership, pool.status) {
            return Err(AppError::Forbidden(
                if membership.is_some_and(|(_, s)| s == MemberStatus::Active) {
                    "in this pool only organizers can make proposals"
                } else {
                    "only active members of the pool can make proposals"
                }
                .into(),
            ));
        }
        if let Some(action) = &new.flood {
            self.check_flood_action(&mut tx, &pool, action)
                .await
                .map_err(|e| match e {
                    AppError::Conflict(m) => AppError::invalid("flood", m),
                    other => other,
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
                    format!(
                        "the pool has {} available (the treasury less payouts already authorized and money set aside for open rounds), less than the {} asked for",
                        pools_core::Money::new(available, currency),
                        pools_core::Money::new(amount, currency)
                    ),
                ));
            }
        }
        if new.rule_change.as_ref() == Some(&pool.rules) {
            return Err(AppError::invalid(
                "rules",
                "the proposed rules are the same as the current ones: change at least one",
            ));
        }
        let r = &pool.rules;
        let days = new.voting_days.unwrap_or(r.default_voting_days);
        if days < r.min_voting_days || days > r.max_voting_days {
            return Err(AppError::invalid(
                "voting_days",
                format!(
                    "this pool's decisions stay open from {} to {} days",
                    r.min_voting_days, r.max_voting_days
                ),
            ));
        }
        let closes_at = format_time(self.now() + Duration::days(days as i64));
        let (electorate, member_pools) = self.electorate(&mut tx, &pool).await?;
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
            },
        )
        .await?;
        let d = tx
            .decision(&id)
            .await?
            .ok_or_else(|| AppError::NotFound("the new decision vanished".into()))?;
        tx.commit().await?;
        Ok(visibility::seen(d))
    }

    async fn open_decision_for_voting(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        decision_id: &str,
    ) -> AppResult<(Decision, String, Option<Choice>)> {
        let person = actor.person()?.clone();
        let (d, voter, current) = tx
            .decision_for_voter(decision_id, &person.id)
            .await?
            .ok_or_else(|| {
                AppError::NotFound(format!("there is no decision with id \"{decision_id}\""))
            })?;
        if d.closed || d.closes_at_ms <= ms(self.now()) {
            return Err(AppError::Conflict(format!(
                "voting on this decision closed at {}",
                d.closes_at
            )));
        }
        if !voter {
            return Err(AppError::Forbidden(
                "only the members of the pool when voting opened can vote on this decision".into(),
            ));
        }
        Ok((d, person.id, current))
    }

    /// Casts or changes the actor's ballot. The latest ballot counts; every
    /// earlier one stays in the journal.
    pub async fn cast_ballot(
        &self,
        actor: &Actor,
        decision_id: &str,
        choice: Choice,
        reason: &str,
    ) -> AppResult<SeenDecision> {
        let reason = reason.trim().to_string();
        let mut tx = self.store.write().await?;
        let (mut d, person_id, current) = self
            .open_decision_for_voting(&mut tx, actor, decision_id)
            .await?;
        d.method
            .check_ballot(&choice, &reason)
            .map_err(|e| AppError::invalid(e.field, e.message))?;
        // The tally the store will keep, computed here too so the answer
        // needs no second read; closing re-checks it against the ballots.
        if let Some(old) = &current {
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
            },
        )
        .await?;
        if d.rules.close_early && d.tally.ballots as i64 >= d.eligible {
            self.close_in(&mut tx, &d).await?;
            d = tx
                .decision(&d.id)
                .await?
                .ok_or_else(|| AppError::NotFound("the decision vanished".into()))?;
        }
        tx.commit().await?;
        Ok(visibility::seen(d))
    }

    /// Withdraws the actor's ballot while voting is open.
    pub async fn withdraw_ballot(&self, actor: &Actor, decision_id: &str) -> AppResult<()> {
        let mut tx = self.store.write().await?;
        let (d, person_id, current) = self
            .open_decision_for_voting(&mut tx, actor, decision_id)
            .await?;
        if current.is_none() {
            return Err(AppError::Conflict(
                "you have no ballot on this decision to withdraw".into(),
            ));
        }
        self.record(
            &mut tx,
            actor,
            Event::BallotWithdrawn {
                decision_id: d.id.clone(),
                person_id,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Closes one open decision: recomputes the result from the ballots,
    /// checks it against the running tally, records it, and applies a passed
    /// rule change.
    async fn close_in(&self, tx: &mut Box<dyn Tx>, d: &Decision) -> AppResult<Outcome> {
        let ballots = tx.ballots(&d.id).await?;
        let recount = Tally::from_ballots(&d.method, ballots.iter().map(|b| &b.choice));
        if recount != d.tally {
            // The running tally and the ballots disagree: a bug or a damaged
            // database. Refuse to publish a result rather than guess.
            return Err(AppError::Store(crate::ports::StoreError::Corrupt(format!(
                "the running tally of decision {} differs from its ballots",
                d.id
            ))));
        }
        let threshold = decision::threshold_for(d.rule_change.is_some(), &d.rules);
        let mut outcome =
            decision::outcome(&d.method, &recount, d.eligible as u64, &d.rules, threshold);
        if let (Some(pools), Method::Proposal) = (&d.member_pools, &d.method) {
            let by_person = ballots
                .iter()
                .map(|b| (b.person_id.clone(), b.choice.clone()))
                .collect();
            outcome =
                pools_core::flood::with_double_majority(outcome, &by_person, pools, threshold);
        }
        let system = Actor::Closer;
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
                let pool = tx
                    .pool(&d.pool_id)
                    .await?
                    .ok_or_else(|| AppError::NotFound("the decision's pool vanished".into()))?;
                let m = |v: i64| pools_core::Money::new(v, pool.currency).to_string();
                let free = pools_core::ledger::available(get);
                let reason = match e {
                    pools_core::ledger::LedgerError::Uncovered { .. } => format!(
                        "the proposal passed, but no payout was authorized: when voting closed the pool had {} available (the treasury less payouts already authorized and money set aside for rounds), less than the {} asked for. Propose it again once the money is there",
                        m(free),
                        m(spend.amount)
                    ),
                    other => format!("the proposal passed, but no payout was authorized: {other}"),
                };
                self.record(
                    tx,
                    &system,
                    Event::SpendRefused {
                        decision_id: d.id.clone(),
                        pool_id: d.pool_id.clone(),
                        available: free,
                        reason,
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
        let rank = |r: membership::PoolRole| match r {
            membership::PoolRole::Organizer => 2,
            membership::PoolRole::Treasurer => 1,
            membership::PoolRole::Member => 0,
        };
        let mut best: Option<membership::PoolRole> = None;
        for fp in tx.flood_pools(&pool.id).await? {
            if fp.status != MemberPoolStatus::Member {
                continue;
            }
            if let Some(m) = tx.pool_member(&fp.pool_id, person_id).await?
                && m.status == MemberStatus::Active
                && best.is_none_or(|b| rank(m.role) > rank(b))
            {
                best = Some(m.role);
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
            .ok_or_else(|| AppError::NotFound("the Flood vanished".into()))?;
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

    /// Opens the members' vote on admitting a candidate who just joined a
    /// pool whose rules admit by vote. The electorate is the active members.
    pub(crate) async fn open_admission_vote(
        &self,
        tx: &mut Box<dyn Tx>,
        pool: &Pool,
        candidate: &crate::ports::Person,
    ) -> AppResult<()> {
        let electorate: Vec<String> = tx
            .pool_members(&pool.id)
            .await?
            .into_iter()
            .filter(|m| m.status == MemberStatus::Active)
            .map(|m| m.person_id)
            .collect();
        let closes_at =
            format_time(self.now() + Duration::days(pool.rules.default_voting_days as i64));
        self.record(
            tx,
            &Actor::Closer,
            Event::DecisionOpened {
                decision_id: new_id(),
                pool_id: pool.id.clone(),
                proposer_id: candidate.id.clone(),
                title: format!("Admit {} to the pool?", candidate.name),
                body: format!(
                    "{} accepted the membership commitment and asks to join. This pool admits new members by vote: if this passes, they become a member{}.",
                    candidate.name,
                    if pool.rules.buy_in_minor > 0 {
                        " once their buy-in is paid"
                    } else {
                        ""
                    }
                ),
                method: Method::Proposal,
                rule_change: None,
                rules: pool.rules.clone(),
                closes_at,
                electorate,
                spend: None,
                round: None,
                admission: Some(candidate.id.clone()),
                flood_action: None,
                member_pools: None,
            },
        )
        .await?;
        Ok(())
    }

    /// Whether the members voted to admit a person to a pool.
    pub(crate) async fn admission_passed(
        &self,
        tx: &mut Box<dyn Tx>,
        pool_id: &str,
        person_id: &str,
    ) -> AppResult<bool> {
        Ok(tx.decisions_of_pool(pool_id).await?.iter().any(|d| {
            d.admission.as_deref() == Some(person_id)
                && d.outcome.as_ref().is_some_and(|o| o.passed)
        }))
    }

    /// After an admission vote: a candidate the members admitted becomes
    /// active once any buy-in is paid; one they did not admit stops being a
    /// member (they may apply again).
    async fn settle_admission(
        &self,
        tx: &mut Box<dyn Tx>,
        pool_id: &str,
        candidate: &str,
        passed: bool,
    ) -> AppResult<()> {
        let Some(m) = tx.pool_member(pool_id, candidate).await? else {
            return Ok(());
        };
        if m.status != MemberStatus::Pending {
            return Ok(());
        }
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound("the pool vanished".into()))?;
        let event = if passed {
            let paid = tx
                .ledger_entries_of(pool_id, candidate)
                .await?
                .iter()
                .any(|e| e.kind == EntryKind::BuyIn && e.reversed_by.is_none());
            if !membership::admitted(&pool.rules, paid, true) {
                return Ok(());
            }
            Event::MembershipActivated {
                pool_id: pool_id.to_string(),
                person_id: candidate.to_string(),
            }
        } else {
            // A buy-in paid before the vote is capital: turned down, the
            // candidate is owed it back under the exit rule, as a leaving
            // member would be.
            self.owe_capital(tx, &Actor::Closer, &pool, candidate)
                .await?;
            Event::PoolMemberLeft {
                pool_id: pool_id.to_string(),
                person_id: candidate.to_string(),
            }
        };
        self.record(tx, &Actor::Closer, event).await
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

    /// A pool's decisions, newest first, for members of its group.
    pub async fn decisions(&self, actor: &Actor, pool_id: &str) -> AppResult<Vec<SeenDecision>> {
        let mut tx = self.store.read().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("there is no pool with id \"{pool_id}\"")))?;
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
            AppError::NotFound(format!("there is no decision with id \"{decision_id}\""))
        })?;
        let pool = tx
            .pool(&d.pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound("the decision's pool no longer exists".into()))?;
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
            AppError::NotFound(format!("there is no decision with id \"{decision_id}\""))
        })?;
        let pool = tx
            .pool(&d.pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound("the decision's pool no longer exists".into()))?;
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
                .map(|b| (b.person_id, b.choice))
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
        if hidden {
            // Who voted stays visible; what they chose waits for the close.
            ballots.clear();
        }
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
        })
    }
}

//! Decisions and ballots: each electorate against the roster, each ballot
//! against its decision, each recorded result against a recount, and each
//! rule change against the decision that passed it.

use super::Audit;
use crate::budget::RoundPlan;
use crate::decision::{self, Choice, Method, Tally};
use crate::event::{Event, Spend};
use crate::rules::Rules;
use std::collections::{BTreeMap, BTreeSet};

/// A decision as the audit replays it.
pub(super) struct Open {
    pub(super) pool_id: String,
    /// Ballots cast by a proxy: whose, to the proxy who cast it.
    pub(super) by_proxy: BTreeMap<String, String>,
    pub(super) method: Method,
    pub(super) rules: Rules,
    pub(super) rule_change: Option<Rules>,
    pub(super) electorate: BTreeSet<String>,
    pub(super) ballots: BTreeMap<String, Choice>,
    pub(super) closed: Option<bool>,
    pub(super) spend: Option<Spend>,
    /// A passed spend's payout was authorized, or refused for want of money.
    pub(super) authorized: bool,
    pub(super) round: Option<RoundPlan>,
    pub(super) round_opened: bool,
    pub(super) member_pools: Option<BTreeMap<String, Vec<String>>>,
    /// Whether the ballots are secret.
    pub(super) secret: bool,
    /// A secret decision: who has a current ballot.
    pub(super) secret_voters: BTreeSet<String>,
    /// A secret decision: the recount of the ballots published at close.
    pub(super) published: Option<Tally>,
}

impl Audit {
    /// Checks a decision's event: its opening, a ballot, a withdrawal, its
    /// close, or a rule change it passed.
    pub(super) fn decision_event(&mut self, event: Event) -> Result<(), String> {
        match event {
            Event::DecisionOpened {
                decision_id,
                pool_id,
                method,
                rules,
                rule_change,
                electorate,
                spend,
                round,
                member_pools,
                secret,
                ..
            } => {
                if secret && member_pools.is_some() {
                    return Err(format!(
                        "decision {decision_id} is secret under the double majority, which needs each member pool's ballots"
                    ));
                }
                self.roster
                    .check_electorate(&pool_id, &electorate, member_pools.as_ref())
                    .map_err(|e| format!("decision {decision_id}: {e}"))?;
                self.decisions.insert(
                    decision_id,
                    Open {
                        pool_id: pool_id.clone(),
                        by_proxy: BTreeMap::new(),
                        method,
                        rules,
                        rule_change,
                        electorate: electorate.into_iter().collect(),
                        ballots: BTreeMap::new(),
                        closed: None,
                        spend,
                        authorized: false,
                        round,
                        round_opened: false,
                        member_pools,
                        secret,
                        secret_voters: BTreeSet::new(),
                        published: None,
                    },
                );
            }
            Event::BallotCast {
                decision_id,
                person_id,
                choice,
                reason,
                by,
            } => {
                self.summary.ballots += 1;
                let d = self
                    .decisions
                    .get_mut(&decision_id)
                    .ok_or_else(|| format!("a ballot for unknown decision {decision_id}"))?;
                if let Some(by) = &by {
                    let book = self.proxies.get(&d.pool_id).cloned().unwrap_or_default();
                    crate::proxy::decision_allows(
                        d.rules.proxies,
                        d.member_pools.is_some() || self.roster.is_flood(&d.pool_id),
                        d.secret,
                    )
                    .and_then(|()| {
                        crate::proxy::check_cast(
                            &person_id,
                            by,
                            book.proxy_for(&person_id, &decision_id),
                            d.electorate.contains(by),
                            d.ballots.contains_key(&person_id)
                                && !d.by_proxy.contains_key(&person_id),
                        )
                    })
                    .map_err(|e| {
                        format!("a ballot by proxy on decision {decision_id} from {by}: {e}")
                    })?;
                }
                if d.closed.is_some() {
                    return Err(format!("a ballot after decision {decision_id} closed"));
                }
                if !d.electorate.contains(&person_id) {
                    return Err(format!(
                        "a ballot on decision {decision_id} from {person_id}, who was not in its electorate"
                    ));
                }
                if d.secret {
                    return Err(format!(
                        "a ballot with its voter's name on secret decision {decision_id}"
                    ));
                }
                d.method
                    .check_ballot(&choice, &reason)
                    .map_err(|e| format!("an invalid ballot on decision {decision_id}: {e}"))?;
                match by {
                    Some(by) => d.by_proxy.insert(person_id.clone(), by),
                    None => d.by_proxy.remove(&person_id),
                };
                d.ballots.insert(person_id, choice);
            }
            Event::BallotWithdrawn {
                decision_id,
                person_id,
            } => {
                self.summary.ballots += 1;
                let d = self
                    .decisions
                    .get_mut(&decision_id)
                    .ok_or_else(|| format!("a withdrawal for unknown decision {decision_id}"))?;
                if d.closed.is_some() || d.ballots.remove(&person_id).is_none() {
                    return Err(format!(
                        "a withdrawal on decision {decision_id} without an open ballot"
                    ));
                }
                d.by_proxy.remove(&person_id);
            }
            Event::SecretBallotCast {
                decision_id,
                person_id,
            } => {
                self.summary.ballots += 1;
                let d = self
                    .decisions
                    .get_mut(&decision_id)
                    .ok_or_else(|| format!("a ballot for unknown decision {decision_id}"))?;
                if !d.secret || d.closed.is_some() || d.published.is_some() {
                    return Err(format!(
                        "a secret ballot on decision {decision_id}, which is not secret or no longer open"
                    ));
                }
                if !d.electorate.contains(&person_id) {
                    return Err(format!(
                        "a ballot on decision {decision_id} from {person_id}, who was not in its electorate"
                    ));
                }
                d.secret_voters.insert(person_id);
            }
            Event::SecretBallotWithdrawn {
                decision_id,
                person_id,
            } => {
                self.summary.ballots += 1;
                let d = self
                    .decisions
                    .get_mut(&decision_id)
                    .ok_or_else(|| format!("a withdrawal for unknown decision {decision_id}"))?;
                if d.closed.is_some()
                    || d.published.is_some()
                    || !d.secret_voters.remove(&person_id)
                {
                    return Err(format!(
                        "a withdrawal on decision {decision_id} without an open ballot"
                    ));
                }
            }
            Event::SecretBallotsPublished {
                decision_id,
                ballots,
            } => {
                let d = self.decisions.get_mut(&decision_id).ok_or_else(|| {
                    format!("ballots published for unknown decision {decision_id}")
                })?;
                if !d.secret || d.closed.is_some() || d.published.is_some() {
                    return Err(format!(
                        "ballots published for decision {decision_id}, which is not a secret decision still open"
                    ));
                }
                let tally = crate::secret::recount(&d.method, &ballots, d.secret_voters.len())
                    .map_err(|e| format!("decision {decision_id}: {e}"))?;
                d.published = Some(tally);
            }
            Event::DecisionClosed {
                decision_id,
                outcome,
            } => {
                let d = self
                    .decisions
                    .get_mut(&decision_id)
                    .ok_or_else(|| format!("closing unknown decision {decision_id}"))?;
                if d.closed.is_some() {
                    return Err(format!("decision {decision_id} closed twice"));
                }
                let tally = if d.secret {
                    d.published.clone().ok_or_else(|| {
                        format!(
                            "secret decision {decision_id} closed without publishing its ballots"
                        )
                    })?
                } else {
                    Tally::from_ballots(&d.method, d.ballots.values())
                };
                let threshold = decision::threshold_for(d.rule_change.is_some(), &d.rules);
                let mut recount = decision::outcome(
                    &d.method,
                    &tally,
                    d.electorate.len() as u64,
                    &d.rules,
                    threshold,
                );
                if let (Some(pools), Method::Proposal) = (&d.member_pools, &d.method) {
                    recount =
                        crate::flood::with_double_majority(recount, &d.ballots, pools, threshold);
                }
                if recount != outcome {
                    return Err(format!(
                        "decision {decision_id}: the recorded result does not match a recount of its ballots (recorded: {}; recount: {})",
                        outcome.explanation, recount.explanation
                    ));
                }
                d.closed = Some(outcome.passed);
                self.summary.decisions_checked += 1;
            }
            Event::PoolRulesChanged {
                decision_id, rules, ..
            } => {
                let d = self
                    .decisions
                    .get(&decision_id)
                    .ok_or_else(|| format!("rules changed by unknown decision {decision_id}"))?;
                if d.closed != Some(true) || d.rule_change.as_ref() != Some(&rules) {
                    return Err(format!(
                        "rules changed by decision {decision_id}, which did not pass that change"
                    ));
                }
            }
            _ => {}
        }
        Ok(())
    }
}

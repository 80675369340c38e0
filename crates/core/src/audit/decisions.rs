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
                ..
            } => {
                self.roster
                    .check_electorate(&pool_id, &electorate, member_pools.as_ref())
                    .map_err(|e| format!("decision {decision_id}: {e}"))?;
                self.decisions.insert(
                    decision_id,
                    Open {
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
                    },
                );
            }
            Event::BallotCast {
                decision_id,
                person_id,
                choice,
                reason,
            } => {
                self.summary.ballots += 1;
                let d = self
                    .decisions
                    .get_mut(&decision_id)
                    .ok_or_else(|| format!("a ballot for unknown decision {decision_id}"))?;
                if d.closed.is_some() {
                    return Err(format!("a ballot after decision {decision_id} closed"));
                }
                if !d.electorate.contains(&person_id) {
                    return Err(format!(
                        "a ballot on decision {decision_id} from {person_id}, who was not in its electorate"
                    ));
                }
                d.method
                    .check_ballot(&choice, &reason)
                    .map_err(|e| format!("an invalid ballot on decision {decision_id}: {e}"))?;
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
                let tally = Tally::from_ballots(&d.method, d.ballots.values());
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

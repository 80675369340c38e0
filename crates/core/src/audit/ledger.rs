//! The ledger and payouts: every entry replayed against recomputed
//! balances, every payout traced to the passed spend decision that
//! authorized it, and every refusal checked against what the pool had.

use super::Audit;
use crate::event::Event;
use crate::ledger::{self, Account, Posting};
use std::collections::{BTreeMap, HashMap};

/// Balances recomputed from the entries, per pool (or Flood).
pub(super) type Balances = HashMap<String, BTreeMap<Account, i64>>;

/// Applies an entry to recomputed balances, refusing overdrafts and any
/// drift from zero.
pub(super) fn post_to(
    balances: &mut Balances,
    pool: &str,
    postings: &[Posting],
) -> Result<(), String> {
    let b = balances.entry(pool.to_string()).or_default();
    let next = ledger::next_balances(postings, |a| b.get(a).copied().unwrap_or(0))
        .map_err(|e| format!("a ledger entry that breaks the books: {e}"))?;
    b.extend(next);
    if b.values().sum::<i64>() != 0 {
        return Err("the balances no longer sum to zero".into());
    }
    Ok(())
}

/// Applies an entry the pool chose to make (a payout authorized, money set
/// aside, a commitment, a reversal), which must also keep its promises
/// covered (`ledger::check_covered`).
pub(super) fn claim_to(
    balances: &mut Balances,
    pool: &str,
    postings: &[Posting],
) -> Result<(), String> {
    let b = balances.entry(pool.to_string()).or_default();
    ledger::check_covered(postings, |a| b.get(a).copied().unwrap_or(0))
        .map_err(|e| format!("an entry that promises more than the treasury holds: {e}"))?;
    post_to(balances, pool, postings)
}

/// Marks a waiting payout settled and returns its authorized amount.
fn settle(payouts: &mut HashMap<String, (i64, bool)>, id: &str) -> Result<i64, String> {
    match payouts.get_mut(id) {
        Some((amount, waiting)) if *waiting => {
            *waiting = false;
            Ok(*amount)
        }
        Some(_) => Err(format!("payout {id} settled twice")),
        None => Err(format!("payout {id} was never authorized")),
    }
}

impl Audit {
    /// Checks a ledger event: money received, a reversal, or a spend
    /// decision's payout authorized, refused, paid or cancelled. (A funded
    /// bucket's payout is the round's: `budgeting`.)
    pub(super) fn ledger_event(&mut self, event: Event) -> Result<(), String> {
        match event {
            Event::MoneyReceived {
                pool_id,
                postings,
                amount,
                person_id,
                kind,
                ..
            } => {
                let expected = ledger::contribution(&person_id, amount, kind.is_capital())
                    .map_err(|e| e.to_string())?;
                if expected != postings {
                    return Err("money received is posted to the wrong accounts".into());
                }
                post_to(&mut self.balances, &pool_id, &postings)?;
                self.summary.ledger_entries += 1;
            }
            Event::EntryReversed {
                pool_id, postings, ..
            } => {
                claim_to(&mut self.balances, &pool_id, &postings)?;
                self.summary.ledger_entries += 1;
            }
            Event::PayoutAuthorized {
                payout_id,
                pool_id,
                decision_id,
                spend,
                postings,
                ..
            } => {
                let d = self.decisions.get_mut(&decision_id).ok_or_else(|| {
                    format!("a payout authorized by unknown decision {decision_id}")
                })?;
                if d.closed != Some(true) || d.spend.as_ref() != Some(&spend) || d.authorized {
                    return Err(format!(
                        "payout {payout_id} does not match a passed spend decision, or was authorized twice"
                    ));
                }
                d.authorized = true;
                if postings != ledger::authorize(spend.amount).map_err(|e| e.to_string())? {
                    return Err(format!("payout {payout_id} authorizes a different amount"));
                }
                claim_to(&mut self.balances, &pool_id, &postings)?;
                self.payouts.insert(payout_id, (spend.amount, true));
                self.summary.ledger_entries += 1;
                self.summary.payouts_traced += 1;
            }
            Event::SpendRefused {
                decision_id,
                pool_id,
                available,
                ..
            } => {
                // A refusal is only right when the payout really did not fit.
                let d = self
                    .decisions
                    .get_mut(&decision_id)
                    .ok_or_else(|| format!("a spend refused for unknown decision {decision_id}"))?;
                let spend = match (&d.spend, d.closed, d.authorized) {
                    (Some(spend), Some(true), false) => spend.clone(),
                    _ => {
                        return Err(format!(
                            "decision {decision_id}'s spend was refused, but it is not a passed spend proposal still waiting for its payout"
                        ));
                    }
                };
                d.authorized = true;
                let b = self.balances.get(&pool_id).cloned().unwrap_or_default();
                let get = |a: &Account| b.get(a).copied().unwrap_or(0);
                let postings = ledger::authorize(spend.amount).map_err(|e| e.to_string())?;
                if ledger::available(get) != available
                    || ledger::check_covered(&postings, get).is_ok()
                {
                    return Err(format!(
                        "decision {decision_id}'s payout was refused, but the pool had {} available, enough for the {} asked",
                        ledger::available(get),
                        spend.amount
                    ));
                }
            }
            Event::PayoutPaid {
                payout_id,
                pool_id,
                postings,
                ..
            } => {
                let amount = settle(&mut self.payouts, &payout_id)?;
                let expected = ledger::pay(amount, None).map_err(|e| e.to_string())?;
                if postings != expected {
                    return Err(format!(
                        "payout {payout_id} pays a different amount than was authorized"
                    ));
                }
                post_to(&mut self.balances, &pool_id, &postings)?;
                self.summary.ledger_entries += 1;
            }
            Event::PayoutCancelled {
                payout_id,
                pool_id,
                postings,
                ..
            } => {
                let amount = settle(&mut self.payouts, &payout_id)?;
                if postings != ledger::cancel(amount).map_err(|e| e.to_string())? {
                    return Err(format!(
                        "payout {payout_id} cancels a different amount than was authorized"
                    ));
                }
                post_to(&mut self.balances, &pool_id, &postings)?;
                self.summary.ledger_entries += 1;
            }
            _ => {}
        }
        Ok(())
    }

    /// Every passed spend proposal was settled in its close's transaction:
    /// its payout authorized, or refused with the reason.
    pub(super) fn check_spends_settled(&self) -> Result<(), String> {
        if let Some(id) = self
            .decisions
            .iter()
            .find(|(_, d)| d.spend.is_some() && d.closed == Some(true) && !d.authorized)
            .map(|(id, _)| id)
        {
            return Err(format!(
                "decision {id} passed a spend, but no payout was authorized or refused for it"
            ));
        }
        Ok(())
    }
}

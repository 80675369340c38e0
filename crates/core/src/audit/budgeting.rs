//! Budgeting rounds: allocations recomputed at opening, every bucket and
//! contribution checked against its round's windows and rules, each close's
//! bucket totals recomputed, and each funded bucket's payout traced to its
//! total at the close.

use super::Audit;
use super::ledger::{claim_to, post_to};
use crate::budget;
use crate::event::Event;
use crate::ledger;
use std::collections::{BTreeMap, BTreeSet};

/// A round as the audit replays it: the core rules' own state, so every
/// contribution is re-checked by the same code that allowed it.
pub(super) struct AuditRound {
    decision_id: String,
    /// When proposing buckets ends and funding starts, and when funding ends.
    buckets_close_at: String,
    funding_close_at: String,
    state: budget::Round,
    reserved: i64,
    /// Each bucket's minimum goal, while open.
    minimums: BTreeMap<String, i64>,
    /// Buckets funded at the close, with their totals, until paid out.
    funded: BTreeMap<String, i64>,
    closed: bool,
}

impl Audit {
    /// Checks a budgeting round's event, recorded at `at`: its opening, a
    /// bucket created, funded or cancelled, its close, or a funded bucket's
    /// payout.
    pub(super) fn budgeting_event(&mut self, at: &str, event: Event) -> Result<(), String> {
        match event {
            Event::RoundOpened {
                round_id,
                pool_id,
                decision_id,
                plan,
                per_member,
                remainder,
                members,
                postings,
                buckets_close_at,
                funding_close_at,
                ..
            } => {
                let d = self
                    .decisions
                    .get_mut(&decision_id)
                    .ok_or_else(|| format!("a round opened by unknown decision {decision_id}"))?;
                if d.closed != Some(true) || d.round.as_ref() != Some(&plan) || d.round_opened {
                    return Err(format!(
                        "round {round_id} does not match a passed round decision, or opened twice"
                    ));
                }
                d.round_opened = true;
                self.roster
                    .check_round_members(&pool_id, &members)
                    .map_err(|e| format!("round {round_id}: {e}"))?;
                let distinct: BTreeSet<&String> = members.iter().collect();
                let a = budget::allocate(plan.amount, members.len() as u64)
                    .map_err(|e| e.to_string())?;
                if distinct.len() != members.len()
                    || a.per_member != per_member
                    || a.remainder != remainder
                {
                    return Err(format!(
                        "round {round_id}: the allocations are not the amount split equally among its members"
                    ));
                }
                let reserved = per_member * members.len() as i64;
                if postings != ledger::budget(reserved).map_err(|e| e.to_string())? {
                    return Err(format!("round {round_id} sets aside a different amount"));
                }
                claim_to(&mut self.balances, &pool_id, &postings)?;
                self.summary.ledger_entries += 1;
                self.summary.rounds_checked += 1;
                self.rounds.insert(
                    round_id,
                    AuditRound {
                        decision_id,
                        buckets_close_at,
                        funding_close_at,
                        state: budget::Round::new(
                            members.iter().map(String::as_str),
                            per_member,
                            plan.cap,
                        ),
                        reserved,
                        minimums: BTreeMap::new(),
                        funded: BTreeMap::new(),
                        closed: false,
                    },
                );
            }
            Event::BucketCreated {
                bucket_id,
                round_id,
                lines,
                ..
            } => {
                if self.bucket_round.contains_key(&bucket_id) {
                    return Err(format!("bucket {bucket_id} created twice"));
                }
                // Times are all written by one formatter (UTC, fixed width),
                // so they compare as text.
                let r = self
                    .rounds
                    .get_mut(&round_id)
                    .filter(|r| !r.closed && at < r.buckets_close_at.as_str())
                    .ok_or_else(|| {
                        format!("bucket {bucket_id} proposed outside its round's proposal window")
                    })?;
                let (min, max) = budget::goals(&lines).map_err(|e| e.to_string())?;
                r.state.add_bucket(&bucket_id, max);
                r.minimums.insert(bucket_id.clone(), min);
                self.bucket_round.insert(bucket_id, round_id);
            }
            Event::BucketFunded {
                bucket_id,
                round_id,
                person_id,
                amount,
                ..
            } => {
                let bucket_round = &self.bucket_round;
                let r = self
                    .rounds
                    .get_mut(&round_id)
                    .filter(|r| {
                        !r.closed
                            && bucket_round.get(&bucket_id) == Some(&round_id)
                            && at >= r.buckets_close_at.as_str()
                            && at < r.funding_close_at.as_str()
                    })
                    .ok_or_else(|| {
                        format!("funding for bucket {bucket_id} outside its round's funding window")
                    })?;
                r.state.fund(&person_id, &bucket_id, amount).map_err(|e| {
                    format!("funding of bucket {bucket_id} breaks the round's rules: {e}")
                })?;
            }
            Event::BucketCancelled {
                bucket_id,
                round_id,
                refunds,
                ..
            } => {
                let bucket_round = &self.bucket_round;
                let r = self
                    .rounds
                    .get_mut(&round_id)
                    .filter(|r| {
                        !r.closed
                            && bucket_round.get(&bucket_id) == Some(&round_id)
                            && r.minimums.contains_key(&bucket_id)
                    })
                    .ok_or_else(|| {
                        format!("bucket {bucket_id} cancelled when it was not open in its round")
                    })?;
                let owed: BTreeMap<String, i64> = r
                    .state
                    .given
                    .iter()
                    .filter(|((_, b), _)| *b == bucket_id)
                    .map(|((p, _), a)| (p.clone(), *a))
                    .collect();
                let listed: BTreeMap<String, i64> = refunds
                    .iter()
                    .map(|x| (x.person_id.clone(), x.amount))
                    .collect();
                if owed != listed || listed.len() != refunds.len() {
                    return Err(format!(
                        "bucket {bucket_id}'s refunds differ from what members gave it"
                    ));
                }
                r.state.cancel(&bucket_id);
                r.minimums.remove(&bucket_id);
            }
            Event::RoundClosed {
                round_id,
                pool_id,
                buckets,
                postings,
                ..
            } => {
                let r = self
                    .rounds
                    .get_mut(&round_id)
                    .filter(|r| !r.closed)
                    .ok_or_else(|| format!("round {round_id} closed twice or never opened"))?;
                let listed: BTreeSet<&String> = buckets.iter().map(|b| &b.bucket_id).collect();
                let open: BTreeSet<&String> = r.minimums.keys().collect();
                if listed != open || listed.len() != buckets.len() {
                    return Err(format!(
                        "round {round_id}'s close does not list exactly its open buckets"
                    ));
                }
                for b in &buckets {
                    let total = r.state.buckets.get(&b.bucket_id).map(|x| x.0).unwrap_or(0);
                    let funded = matches!(
                        budget::close(total, r.minimums[&b.bucket_id]),
                        budget::Closing::Funded(_)
                    );
                    if b.total != total || b.funded != funded {
                        return Err(format!(
                            "round {round_id}: bucket {} is recorded with {} ({}), but its contributions add up to {total} ({})",
                            b.bucket_id,
                            b.total,
                            if b.funded { "funded" } else { "not funded" },
                            if funded { "funded" } else { "not funded" }
                        ));
                    }
                    if funded {
                        r.funded.insert(b.bucket_id.clone(), total);
                    }
                }
                if postings != ledger::release(r.reserved).map_err(|e| e.to_string())? {
                    return Err(format!(
                        "round {round_id} gives back a different amount than it set aside"
                    ));
                }
                r.closed = true;
                post_to(&mut self.balances, &pool_id, &postings)?;
                self.summary.ledger_entries += 1;
            }
            Event::PayoutAuthorized {
                payout_id,
                pool_id,
                decision_id,
                spend,
                postings,
                bucket_id: Some(bucket_id),
                ..
            } => {
                // A funded bucket's payout: exactly its total at the close, once.
                let round = self
                    .bucket_round
                    .get(&bucket_id)
                    .and_then(|r| self.rounds.get_mut(r))
                    .ok_or_else(|| format!("payout {payout_id} for unknown bucket {bucket_id}"))?;
                if round.decision_id != decision_id
                    || round.funded.remove(&bucket_id) != Some(spend.amount)
                    || postings != ledger::authorize(spend.amount).map_err(|e| e.to_string())?
                {
                    return Err(format!(
                        "payout {payout_id} does not match bucket {bucket_id}'s total at its round's close, or was authorized twice"
                    ));
                }
                claim_to(&mut self.balances, &pool_id, &postings)?;
                self.payouts.insert(payout_id, (spend.amount, true));
                self.summary.ledger_entries += 1;
                self.summary.payouts_traced += 1;
            }
            _ => {}
        }
        Ok(())
    }
}

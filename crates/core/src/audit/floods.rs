//! Floods: each started once, each commitment moving the same amount out
//! of the pool and into the Flood, and each pool leaving with exactly its
//! share (`flood::leave_share`).

use super::Audit;
use super::ledger::{claim_to, post_to};
use crate::event::Event;
use crate::ledger::{self, Account};
use std::collections::BTreeMap;

impl Audit {
    /// Checks a Flood's event: its start, a pool's commitment, or a pool
    /// leaving it.
    pub(super) fn flood_event(&mut self, event: Event) -> Result<(), String> {
        match event {
            Event::FloodStarted { flood_id, .. } => {
                if self.floods.contains_key(&flood_id) {
                    return Err(format!("flood {flood_id} started twice"));
                }
                self.floods.insert(flood_id, BTreeMap::new());
            }
            Event::FloodCommitted {
                flood_id,
                pool_id,
                amount,
                pool_postings,
                flood_postings,
                ..
            } => {
                let members = self
                    .floods
                    .get_mut(&flood_id)
                    .ok_or_else(|| format!("a commitment to unknown flood {flood_id}"))?;
                if pool_postings != ledger::send(amount).map_err(|e| e.to_string())?
                    || flood_postings != ledger::receive(amount).map_err(|e| e.to_string())?
                {
                    return Err(format!(
                        "a commitment to flood {flood_id} moves a different amount on each side"
                    ));
                }
                claim_to(&mut self.balances, &pool_id, &pool_postings)?;
                post_to(&mut self.balances, &flood_id, &flood_postings)?;
                *members.entry(pool_id).or_insert(0) += amount;
                self.summary.ledger_entries += 2;
            }
            Event::FloodLeft {
                flood_id,
                pool_id,
                amount,
                pool_postings,
                flood_postings,
                dissolved,
                ..
            } => {
                let members = self
                    .floods
                    .get_mut(&flood_id)
                    .ok_or_else(|| format!("leaving unknown flood {flood_id}"))?;
                let b = self.balances.get(&flood_id).cloned().unwrap_or_default();
                let get = |a: &Account| b.get(a).copied().unwrap_or(0);
                let share = crate::flood::leave_share(
                    ledger::available(get),
                    get(&Account::Authorized),
                    members,
                    &pool_id,
                )
                .map_err(|e| format!("pool {pool_id} left flood {flood_id}: {e}"))?;
                if share.amount != amount || dissolved != (members.len() == 1) {
                    return Err(format!(
                        "pool {pool_id} left flood {flood_id} with {amount}, but its share was {}",
                        share.amount
                    ));
                }
                if amount > 0 {
                    if pool_postings != ledger::receive(amount).map_err(|e| e.to_string())?
                        || flood_postings != ledger::send(amount).map_err(|e| e.to_string())?
                    {
                        return Err(format!(
                            "pool {pool_id}'s share from flood {flood_id} moves a different amount on each side"
                        ));
                    }
                    post_to(&mut self.balances, &flood_id, &flood_postings)?;
                    post_to(&mut self.balances, &pool_id, &pool_postings)?;
                    self.summary.ledger_entries += 2;
                }
                members.remove(&pool_id);
            }
            _ => {}
        }
        Ok(())
    }
}

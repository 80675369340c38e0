//! Members' capital as they go: each exit repaying exactly the capital not
//! already owed back, each repayment made once, and nobody leaving a pool
//! with capital nobody owes them. (Who is a member of what is `roster`.)

use super::Audit;
use super::ledger::post_to;
use crate::event::Event;
use crate::ledger::{self, Account};

impl Audit {
    /// Checks a member's exit requested or repaid, or a member leaving.
    pub(super) fn member_event(&mut self, event: Event) -> Result<(), String> {
        match event {
            Event::ExitRequested {
                exit_id,
                pool_id,
                person_id,
                amount,
                postings,
                ..
            } => {
                // The exit rule authorizes repaying exactly the member's
                // capital not already owed to them.
                let capital = self.unowed(&pool_id, &person_id);
                if amount != capital
                    || postings != ledger::authorize(amount).map_err(|e| e.to_string())?
                {
                    return Err(format!(
                        "exit {exit_id} authorizes {amount}, but the member's capital account holds {capital} not yet owed back"
                    ));
                }
                post_to(&mut self.balances, &pool_id, &postings)?;
                self.exits
                    .insert(exit_id, (pool_id, person_id, amount, true));
                self.summary.ledger_entries += 1;
            }
            Event::PoolMemberLeft { pool_id, person_id } => {
                // Whoever stops being a member (leaving, or a candidate the
                // members turned down) is first owed all their capital.
                let left = self.unowed(&pool_id, &person_id);
                if left != 0 {
                    return Err(format!(
                        "{person_id} left pool {pool_id} with {left} of capital that nobody owes back to them"
                    ));
                }
            }
            Event::ExitPaid {
                exit_id,
                pool_id,
                postings,
                ..
            } => {
                let (pool, person, amount, waiting) = self
                    .exits
                    .get(&exit_id)
                    .cloned()
                    .ok_or_else(|| format!("exit {exit_id} was never requested"))?;
                if !waiting
                    || pool != pool_id
                    || postings != ledger::pay(amount, Some(&person)).map_err(|e| e.to_string())?
                {
                    return Err(format!(
                        "exit {exit_id} repaid twice or for a different amount"
                    ));
                }
                post_to(&mut self.balances, &pool_id, &postings)?;
                self.exits.insert(exit_id, (pool, person, amount, false));
                self.summary.ledger_entries += 1;
            }
            _ => {}
        }
        Ok(())
    }

    /// Capital a member holds that is not yet owed back to them.
    fn unowed(&self, pool: &str, person: &str) -> i64 {
        let capital = self
            .balances
            .get(pool)
            .and_then(|b| b.get(&Account::Capital(person.to_string())))
            .copied()
            .unwrap_or(0);
        let owed: i64 = self
            .exits
            .values()
            .filter(|(p, who, _, waiting)| p == pool && who == person && *waiting)
            .map(|(_, _, amount, _)| amount)
            .sum();
        capital - owed
    }
}

//! What the books say: statements, the treasury page's figures, every
//! entry, and reconciliation against a bank statement.

use super::*;

impl App {
    /// A member's statement: their entries, oldest first, and what their
    /// capital account holds. Members see their own; treasurers and
    /// organizers see anyone's.
    pub async fn statement(
        &self,
        actor: &Actor,
        pool_id: &str,
        person_id: Option<&str>,
    ) -> AppResult<Statement> {
        let me = actor.person()?.clone();
        let who = person_id.unwrap_or(&me.id).to_string();
        let mut tx = self.store.read().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        if who != me.id {
            let mine = tx.pool_member(&pool.id, &me.id).await?;
            if !membership::may_handle_money(mine.map(|m| (m.role, m.status)))
                && !actor.is_operator()
            {
                return Err(AppError::Forbidden(say(Msg::new("error-money-statements"))));
            }
        }
        let member = tx
            .pool_member(&pool.id, &who)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-money-never-a-member"))))?;
        let capital = tx
            .balances(&pool.id)
            .await?
            .into_iter()
            .find(|(k, _)| *k == Account::Capital(who.clone()).key())
            .map(|(_, b)| b)
            .unwrap_or(0);
        let entries = tx.ledger_entries_of(&pool.id, &who).await?;
        let head = tx.journal_head().await?;
        Ok(Statement {
            head,
            capital: Money::new(capital, pool.currency),
            name: member.name,
            pool,
            entries,
        })
    }

    /// Matches a bank statement to the books: which bank lines the ledger
    /// shows, which it does not, and which entries the bank does not show.
    /// Treasurers and organizers only; nothing is written.
    pub async fn reconcile_bank(
        &self,
        actor: &Actor,
        pool_id: &str,
        bytes: &[u8],
        mapping: &pools_core::bank::Mapping,
    ) -> AppResult<(Pool, pools_core::bank::Reconciliation)> {
        let mut tx = self.store.read().await?;
        let person = actor.person()?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        let me = tx.pool_member(&pool.id, &person.id).await?;
        if !membership::may_handle_money(me.map(|m| (m.role, m.status))) {
            return Err(AppError::Forbidden(say(Msg::new("bank-not-allowed"))));
        }
        let lines = pools_core::bank::parse(bytes, mapping, pool.currency)
            .map_err(|e| AppError::invalid("file", e.to_string()))?;
        let fmt = time::macros::format_description!("[year]-[month]-[day]");
        let entries: Vec<pools_core::bank::BookEntry> = tx
            .ledger_entries(&pool.id, i64::MAX)
            .await?
            .into_iter()
            // A reversed entry and its reversal cancel out at the bank.
            .filter(|e| e.reverses.is_none() && e.reversed_by.is_none())
            .filter_map(|e| {
                let amount: i64 = e
                    .postings
                    .iter()
                    .filter(|p| p.account == Account::Treasury)
                    .map(|p| p.amount)
                    .sum();
                let day = e
                    .received_on
                    .clone()
                    .unwrap_or_else(|| e.at.get(..10).unwrap_or("").to_string());
                let date = time::Date::parse(&day, &fmt).ok()?;
                (amount != 0).then(|| pools_core::bank::BookEntry {
                    id: e.id.clone(),
                    date,
                    amount,
                    reference: e
                        .reference
                        .clone()
                        .filter(|r| !r.is_empty())
                        .unwrap_or(e.memo.clone()),
                })
            })
            .collect();
        Ok((pool, pools_core::bank::reconcile(&lines, &entries)))
    }

    /// Every ledger entry of a pool, oldest first, for an export.
    pub async fn all_entries(
        &self,
        actor: &Actor,
        pool_id: &str,
    ) -> AppResult<(Pool, Vec<LedgerEntry>)> {
        let view = self.treasury(actor, pool_id).await?;
        let mut tx = self.store.read().await?;
        let mut entries = tx.ledger_entries(&view.pool.id, i64::MAX).await?;
        entries.reverse();
        Ok((view.pool, entries))
    }

    /// The books, for members of the pool's group: balances kept current as
    /// entries are written (never summed over history) and recent entries.
    pub async fn treasury(&self, actor: &Actor, pool_id: &str) -> AppResult<TreasuryView> {
        let mut tx = self.store.read().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        let balances = tx.balances(&pool.id).await?;
        let get = |k: &str| {
            balances
                .iter()
                .find(|(a, _)| a == k)
                .map(|(_, b)| *b)
                .unwrap_or(0)
        };
        let (treasury, authorized, budgeted) =
            (get("treasury"), get("authorized"), get("budgeted"));
        let available = ledger::available(|a| get(&a.key()));
        let members = tx.pool_members(&pool.id).await?;
        let capital = balances
            .iter()
            .filter_map(|(k, b)| match Account::from_key(k) {
                Some(Account::Capital(p)) if *b != 0 => {
                    let name = members
                        .iter()
                        .find(|m| m.person_id == p)
                        .map(|m| m.name.clone())
                        .unwrap_or_default();
                    Some((p, name, Money::new(*b, pool.currency)))
                }
                _ => None,
            })
            .collect();
        let entries = tx.ledger_entries(&pool.id, 200).await?;
        let can_record = match actor.person_id() {
            Some(pid) => membership::may_handle_money(self.standing(&mut tx, &pool, pid).await?),
            None => false,
        };
        let members: Vec<(String, String, bool)> = members
            .iter()
            .filter(|m| m.status != MemberStatus::Left)
            .map(|m| {
                (
                    m.person_id.clone(),
                    m.name.clone(),
                    m.status == MemberStatus::Pending,
                )
            })
            .collect();
        let payouts = tx.payouts(&pool.id).await?;
        let exits = tx.exits(&pool.id).await?;
        let reports = tx.money_reports(&pool.id).await?;
        let can_report = actor
            .person_id()
            .is_some_and(|pid| members.iter().any(|m| m.0 == pid));
        let mut floods = Vec::new();
        for (f, m) in tx.floods_of_pool(&pool.id).await? {
            if m.status != MemberPoolStatus::Member {
                continue;
            }
            let commitments: std::collections::BTreeMap<String, i64> = tx
                .flood_pools(&f.id)
                .await?
                .into_iter()
                .filter(|x| x.status == MemberPoolStatus::Member)
                .map(|x| (x.pool_id, x.committed))
                .collect();
            let fb: std::collections::HashMap<String, i64> =
                tx.balances(&f.id).await?.into_iter().collect();
            let get = |a: &Account| fb.get(&a.key()).copied().unwrap_or(0);
            // As if the pool left now, with payouts waiting counted as
            // spent (the leaving rule leaves them with the Flood).
            let share =
                pools_core::flood::leave_share(ledger::available(get), 0, &commitments, &pool.id)
                    .map(|s| s.amount)
                    .unwrap_or(0);
            floods.push(FloodStake {
                flood_id: f.id,
                name: f.name,
                committed: Money::new(m.committed, pool.currency),
                worth_now: Money::new(share, pool.currency),
                spent_share: Money::new(m.committed - share, pool.currency),
            });
        }
        Ok(TreasuryView {
            floods,
            reports,
            can_report,
            exits,
            payouts,
            can_record,
            members,
            treasury: Money::new(treasury, pool.currency),
            authorized: Money::new(authorized, pool.currency),
            budgeted: Money::new(budgeted, pool.currency),
            available: Money::new(available, pool.currency),
            capital,
            entries,
            pool,
        })
    }
}

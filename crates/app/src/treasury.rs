//! The treasury: money received (capital, gifts, buy-ins), reversals, and
//! what the books say. Every request that moves money carries an
//! idempotency key: the same key with the same request returns the first
//! result and records nothing new; with a different request it is refused.

use crate::once::found;
pub(crate) use crate::once::request_hash;
use crate::ports::{Exit, LedgerEntry, MoneyReport, Payout, Pool, Tx};
use crate::{Actor, App, AppError, AppResult, new_id};
use pools_core::event::MoneyKind;
use pools_core::flood::MemberPoolStatus;
use pools_core::ledger::{self, Account, LedgerError};
use pools_core::ledger::{EntryKind, ExitStatus, PayoutStatus, ReportStatus};
use pools_core::membership::{self, MemberStatus};
use pools_core::{Event, Money};

/// Money a treasurer records as received.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NewMoney {
    /// The member it came from.
    pub person_id: String,
    /// Capital, gift or buy-in.
    pub kind: MoneyKind,
    /// Minor units of the pool's currency.
    pub amount: i64,
    /// The day it arrived, YYYY-MM-DD.
    pub received_on: String,
    /// bank_transfer, cash or card.
    pub method: String,
    /// The bank's or processor's reference.
    pub reference: String,
}

/// The methods money can arrive by.
pub const METHODS: [&str; 3] = ["bank_transfer", "cash", "card"];

/// One member's statement.
#[derive(Debug, Clone)]
pub struct Statement {
    /// The pool.
    pub pool: Pool,
    /// The member's name.
    pub name: String,
    /// What their capital account holds now.
    pub capital: Money,
    /// Their entries, oldest first.
    pub entries: Vec<LedgerEntry>,
    /// The journal head this statement was read at, for the member to keep.
    pub head: pools_core::journal::Head,
}

/// A pool's stake in a Flood, as its own books show it.
#[derive(Debug, Clone)]
pub struct FloodStake {
    /// The Flood.
    pub flood_id: String,
    /// Its name.
    pub name: String,
    /// What the pool committed in total.
    pub committed: Money,
    /// What it would receive if it left now: its share of what the Flood
    /// has available, by the leaving rule.
    pub worth_now: Money,
    /// Its part of what the Flood has spent or authorized: committed less
    /// worth now.
    pub spent_share: Money,
}

/// A pool's books as one person may see them.
#[derive(Debug, Clone)]
pub struct TreasuryView {
    /// The pool.
    pub pool: Pool,
    /// The pool's stake in each Flood it belongs to.
    pub floods: Vec<FloodStake>,
    /// Cash the pool holds.
    pub treasury: Money,
    /// Payouts authorized and not yet paid.
    pub authorized: Money,
    /// Money open budgeting rounds hold for their members.
    pub budgeted: Money,
    /// What is free to spend: the treasury less authorized payouts and the
    /// money open rounds hold.
    pub available: Money,
    /// Each member's capital account: (person id, name, balance).
    pub capital: Vec<(String, String, Money)>,
    /// The latest entries, newest first.
    pub entries: Vec<LedgerEntry>,
    /// Whether the viewer may record money and reversals.
    pub can_record: bool,
    /// Payouts decisions authorized, newest first.
    pub payouts: Vec<Payout>,
    /// Capital owed to members who left, soonest due first.
    pub exits: Vec<Exit>,
    /// Money members say they sent: pending first.
    pub reports: Vec<MoneyReport>,
    /// Whether the viewer is a current member, who may report money sent.
    pub can_report: bool,
    /// Current members, for the form: (person id, name, pending).
    pub members: Vec<(String, String, bool)>,
}

/// Reads what money is from a form's text, refusing anything else: an
/// unknown kind is never taken for capital.
pub fn money_kind(text: &str) -> AppResult<MoneyKind> {
    MoneyKind::parse(text.trim()).ok_or_else(|| {
        AppError::invalid(
            "kind",
            format!(
                "say what the money is: {}, not \"{}\"",
                MoneyKind::choices(),
                pools_core::text::quote(text)
            ),
        )
    })
}

fn insufficient(e: LedgerError, pool: &Pool) -> AppError {
    match e {
        LedgerError::Insufficient {
            account,
            balance,
            needed,
        } => AppError::Conflict(format!(
            "{} holds {} and this needs {}: nothing was recorded",
            match account.as_str() {
                "treasury" => "the treasury".to_string(),
                "authorized" => "the authorized payouts".to_string(),
                "budgeted" => "the money set aside for budgeting rounds".to_string(),
                a if a.starts_with("capital:") => "the member's capital account".to_string(),
                a => a.to_string(),
            },
            Money::new(balance, pool.currency),
            Money::new(needed, pool.currency)
        )),
        LedgerError::Uncovered { available, needed } => AppError::Conflict(format!(
            "the pool has {} available (the treasury less payouts already authorized and money set aside for rounds) and this would take {} of it, so the pool would promise more than it holds: cancel an authorized payout first. Nothing was recorded",
            Money::new(available, pool.currency),
            Money::new(needed, pool.currency)
        )),
        other => AppError::invalid("amount", other.to_string()),
    }
}

/// What the pool is free to spend or set aside now (see `ledger::available`).
pub(crate) async fn available(tx: &mut Box<dyn Tx>, pool_id: &str) -> AppResult<i64> {
    let balances: std::collections::HashMap<String, i64> =
        tx.balances(pool_id).await?.into_iter().collect();
    Ok(ledger::available(|a| {
        balances.get(&a.key()).copied().unwrap_or(0)
    }))
}

/// Reads a YYYY-MM-DD date typed into `field`.
pub(crate) fn parse_day(field: &str, text: &str) -> AppResult<time::Date> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(text.trim(), &fmt)
        .map_err(|_| AppError::invalid(field, "write the date as YYYY-MM-DD, like 2026-11-29"))
}

/// Refuses, in words, postings that would take an account below zero (the
/// store checks again in the same transaction; this says why first) or
/// that would promise more than the treasury holds (`ledger::check_covered`).
async fn check_funds(
    tx: &mut Box<dyn Tx>,
    pool: &Pool,
    postings: &[ledger::Posting],
) -> AppResult<()> {
    let balances: std::collections::HashMap<String, i64> =
        tx.balances(&pool.id).await?.into_iter().collect();
    ledger::check_covered(postings, |a: &Account| {
        balances.get(&a.key()).copied().unwrap_or(0)
    })
    .map_err(|e| insufficient(e, pool))
}

/// The checks every report or record of money received passes: a positive
/// amount, a known method, a real date not in the future, a short reference.
/// Returns the date as YYYY-MM-DD.
fn check_money(app: &App, money: &NewMoney) -> AppResult<String> {
    ledger::check_amount(money.amount).map_err(|e| AppError::invalid("amount", e.to_string()))?;
    if !METHODS.contains(&money.method.as_str()) {
        return Err(AppError::invalid(
            "method",
            "choose bank_transfer, cash or card",
        ));
    }
    let day = parse_day("received_on", &money.received_on)?;
    if day > app.now().date() {
        return Err(AppError::invalid(
            "received_on",
            "the date is in the future",
        ));
    }
    if money.reference.chars().count() > 200 {
        return Err(AppError::invalid(
            "reference",
            "keep the reference under 200 characters",
        ));
    }
    Ok(day.to_string())
}

impl App {
    async fn treasurer_pool(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool_id: &str,
    ) -> AppResult<Pool> {
        let person = actor.person()?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("there is no pool with id \"{pool_id}\"")))?;
        let me = self.standing(tx, &pool, &person.id).await?;
        if !membership::may_handle_money(me) {
            return Err(AppError::Forbidden(
                if pool.is_flood {
                    "only treasurers and organizers of a member pool can handle a Flood's money"
                } else {
                    "only the pool's treasurers and organizers can record money"
                }
                .into(),
            ));
        }
        Ok(pool)
    }

    /// Validates and records money received, in the caller's transaction,
    /// and completes a pending membership when it is the buy-in. Returns the
    /// new entry's id.
    async fn receive(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool: &Pool,
        money: &NewMoney,
    ) -> AppResult<String> {
        let day = check_money(self, money)?;
        let member = tx
            .pool_member(&pool.id, &money.person_id)
            .await?
            .filter(|m| m.status != MemberStatus::Left)
            .ok_or_else(|| {
                AppError::invalid("person_id", "that person is not a member of this pool")
            })?;
        let activates = match money.kind {
            MoneyKind::BuyIn => {
                if member.status != MemberStatus::Pending || pool.rules.buy_in_minor == 0 {
                    return Err(AppError::invalid(
                        "kind",
                        format!(
                            "{} owes no buy-in: record this as capital or a gift",
                            member.name
                        ),
                    ));
                }
                if money.amount != pool.rules.buy_in_minor {
                    return Err(AppError::invalid(
                        "amount",
                        format!(
                            "the buy-in is exactly {}",
                            Money::new(pool.rules.buy_in_minor, pool.currency)
                        ),
                    ));
                }
                if tx
                    .ledger_entries_of(&pool.id, &member.person_id)
                    .await?
                    .iter()
                    .any(|e| e.kind == EntryKind::BuyIn && e.reversed_by.is_none())
                {
                    return Err(AppError::Conflict(format!(
                        "{}'s buy-in is already recorded; they are waiting for the members' admission vote",
                        member.name
                    )));
                }
                let voted = self
                    .admission_passed(tx, &pool.id, &member.person_id)
                    .await?;
                membership::admitted(&pool.rules, true, voted)
            }
            _ => false,
        };
        let postings =
            ledger::contribution(&member.person_id, money.amount, money.kind.is_capital())
                .map_err(|e| AppError::invalid("amount", e.to_string()))?;
        // A balance this would take past what can be stored is refused in
        // words (422), not left for the store to refuse.
        check_funds(tx, pool, &postings).await?;
        let entry_id = new_id();
        self.record(
            tx,
            actor,
            Event::MoneyReceived {
                entry_id: entry_id.clone(),
                pool_id: pool.id.clone(),
                person_id: member.person_id.clone(),
                kind: money.kind,
                amount: money.amount,
                received_on: day,
                method: money.method.clone(),
                reference: money.reference.trim().to_string(),
                postings,
            },
        )
        .await?;
        if activates {
            self.record(
                tx,
                actor,
                Event::MembershipActivated {
                    pool_id: pool.id.clone(),
                    person_id: member.person_id.clone(),
                },
            )
            .await?;
        }
        Ok(entry_id)
    }

    /// Records money received from a member. A buy-in must match the pool's
    /// buy-in and completes a pending membership.
    pub async fn record_money(
        &self,
        actor: &Actor,
        pool_id: &str,
        money: NewMoney,
        idempotency_key: &str,
    ) -> AppResult<LedgerEntry> {
        let hash = request_hash("money", pool_id, &money);
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let pool = self.treasurer_pool(&mut tx, actor, pool_id).await?;
                let entry_id = self.receive(&mut tx, actor, &pool, &money).await?;
                Ok((tx, entry_id))
            },
            read_entry,
        )
        .await
    }

    /// Undoes an entry with an opposite one and a reason. Refused if the
    /// money it brought in has been spent.
    pub async fn reverse_entry(
        &self,
        actor: &Actor,
        entry_id: &str,
        reason: &str,
        idempotency_key: &str,
    ) -> AppResult<LedgerEntry> {
        let reason = reason.trim().to_string();
        let hash = request_hash("reversal", entry_id, &reason);
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let original = tx.ledger_entry(entry_id).await?.ok_or_else(|| {
                    AppError::NotFound(format!("there is no ledger entry \"{entry_id}\""))
                })?;
                let pool = self
                    .treasurer_pool(&mut tx, actor, &original.pool_id)
                    .await?;
                if reason.is_empty() {
                    return Err(AppError::invalid("reason", "say why the entry is reversed"));
                }
                if let Some(why) = original.why_not_reversible() {
                    return Err(AppError::Conflict(why.into()));
                }
                let postings = ledger::reversal(&original.postings);
                check_funds(&mut tx, &pool, &postings).await?;
                let id = new_id();
                self.record(
                    &mut tx,
                    actor,
                    Event::EntryReversed {
                        entry_id: id.clone(),
                        pool_id: pool.id.clone(),
                        reverses: original.id.clone(),
                        reason,
                        postings,
                    },
                )
                .await?;
                Ok((tx, id))
            },
            read_entry,
        )
        .await
    }

    /// Records money leaving the treasury, once its day is read and the
    /// treasury is seen to hold it, in the command's transaction. Returns
    /// the new entry's id.
    async fn pay_out(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool: &Pool,
        paid: Paid,
        event: impl FnOnce(Paid) -> Event,
    ) -> AppResult<String> {
        check_funds(tx, pool, &paid.postings).await?;
        let entry_id = paid.entry_id.clone();
        self.record(tx, actor, event(paid)).await?;
        Ok(entry_id)
    }

    async fn waiting_payout(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        payout_id: &str,
    ) -> AppResult<(Pool, Payout)> {
        let payout = tx
            .payout(payout_id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("there is no payout \"{payout_id}\"")))?;
        let pool = self.treasurer_pool(tx, actor, &payout.pool_id).await?;
        if payout.status != PayoutStatus::Authorized {
            return Err(AppError::Conflict(format!(
                "this payout is already {}: a payout is paid or cancelled once",
                payout.status
            )));
        }
        Ok((pool, payout))
    }

    /// Marks an authorized payout as paid: exactly the authorized amount
    /// leaves the treasury. Refused, with nothing changed, if the treasury
    /// does not hold that much.
    pub async fn pay_payout(
        &self,
        actor: &Actor,
        payout_id: &str,
        reference: &str,
        paid_on: &str,
        idempotency_key: &str,
    ) -> AppResult<Payout> {
        let hash = request_hash("pay", payout_id, &(reference.trim(), paid_on.trim()));
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let (pool, payout) = self.waiting_payout(&mut tx, actor, payout_id).await?;
                let paid = Paid::new(payout.amount, None, paid_on, reference)?;
                let entry_id = self
                    .pay_out(&mut tx, actor, &pool, paid, |p| Event::PayoutPaid {
                        payout_id: payout.id.clone(),
                        entry_id: p.entry_id,
                        pool_id: pool.id.clone(),
                        reference: p.reference,
                        paid_on: p.paid_on,
                        postings: p.postings,
                    })
                    .await?;
                Ok((tx, entry_id))
            },
            |mut tx, _| async move {
                let made = found(tx.payout(payout_id).await?, "the payout")?;
                Ok((tx, made))
            },
        )
        .await
    }

    /// Repays a leaving member's capital: exactly what the exit rule owes,
    /// once. Refused, with nothing changed, if the treasury lacks it.
    pub async fn pay_exit(
        &self,
        actor: &Actor,
        exit_id: &str,
        reference: &str,
        paid_on: &str,
        idempotency_key: &str,
    ) -> AppResult<Exit> {
        let hash = request_hash("exit", exit_id, &(reference.trim(), paid_on.trim()));
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let exit = tx.exit(exit_id).await?.ok_or_else(|| {
                    AppError::NotFound(format!("there is no exit repayment \"{exit_id}\""))
                })?;
                let pool = self.treasurer_pool(&mut tx, actor, &exit.pool_id).await?;
                if exit.status != ExitStatus::Owed {
                    return Err(AppError::Conflict("this repayment was already made".into()));
                }
                let paid = Paid::new(exit.amount, Some(&exit.person_id), paid_on, reference)?;
                let entry_id = self
                    .pay_out(&mut tx, actor, &pool, paid, |p| Event::ExitPaid {
                        exit_id: exit.id.clone(),
                        entry_id: p.entry_id,
                        pool_id: pool.id.clone(),
                        reference: p.reference,
                        paid_on: p.paid_on,
                        postings: p.postings,
                    })
                    .await?;
                Ok((tx, entry_id))
            },
            |mut tx, _| async move {
                let made = found(tx.exit(exit_id).await?, "the repayment")?;
                Ok((tx, made))
            },
        )
        .await
    }

    /// Cancels an authorized payout that will not be paid, with a reason.
    pub async fn cancel_payout(
        &self,
        actor: &Actor,
        payout_id: &str,
        reason: &str,
        idempotency_key: &str,
    ) -> AppResult<Payout> {
        let reason = reason.trim().to_string();
        let hash = request_hash("cancel", payout_id, &reason);
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let (pool, payout) = self.waiting_payout(&mut tx, actor, payout_id).await?;
                if reason.is_empty() {
                    return Err(AppError::invalid(
                        "reason",
                        "say why the payout is cancelled",
                    ));
                }
                let postings = ledger::cancel(payout.amount)
                    .map_err(|e| AppError::invalid("amount", e.to_string()))?;
                let entry_id = new_id();
                self.record(
                    &mut tx,
                    actor,
                    Event::PayoutCancelled {
                        payout_id: payout.id.clone(),
                        entry_id: entry_id.clone(),
                        pool_id: pool.id.clone(),
                        reason,
                        postings,
                    },
                )
                .await?;
                Ok((tx, entry_id))
            },
            |mut tx, _| async move {
                let made = found(tx.payout(payout_id).await?, "the payout")?;
                Ok((tx, made))
            },
        )
        .await
    }

    /// A member tells the pool they sent money. Nothing enters the books
    /// until a treasurer confirms it.
    pub async fn report_money(
        &self,
        actor: &Actor,
        pool_id: &str,
        money: NewMoney,
        idempotency_key: &str,
    ) -> AppResult<MoneyReport> {
        let person = actor.person()?.clone();
        let hash = request_hash("report", pool_id, &money);
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let pool = tx.pool(pool_id).await?.ok_or_else(|| {
                    AppError::NotFound(format!("there is no pool with id \"{pool_id}\""))
                })?;
                let me = tx.pool_member(&pool.id, &person.id).await?;
                if !me.is_some_and(|m| m.status != MemberStatus::Left) {
                    return Err(AppError::Forbidden(
                        "only members of the pool can report money they sent".into(),
                    ));
                }
                if money.person_id != person.id {
                    return Err(AppError::invalid(
                        "person_id",
                        "you can report only money you sent yourself",
                    ));
                }
                let day = check_money(self, &money)?;
                let id = new_id();
                self.record(
                    &mut tx,
                    actor,
                    Event::MoneyReported {
                        report_id: id.clone(),
                        pool_id: pool.id.clone(),
                        person_id: person.id.clone(),
                        kind: money.kind,
                        amount: money.amount,
                        sent_on: day,
                        method: money.method.clone(),
                        reference: money.reference.trim().to_string(),
                    },
                )
                .await?;
                Ok((tx, id))
            },
            |mut tx, id| async move {
                let made = found(tx.money_report(&id).await?, "the report")?;
                Ok((tx, made))
            },
        )
        .await
    }

    /// A treasurer confirms a report: the money is recorded as received,
    /// with the same checks as recording it directly.
    pub async fn confirm_report(
        &self,
        actor: &Actor,
        report_id: &str,
        idempotency_key: &str,
    ) -> AppResult<MoneyReport> {
        self.settle_report(actor, report_id, None, idempotency_key)
            .await
    }

    /// A treasurer rejects a report, with a reason the member will see.
    pub async fn reject_report(
        &self,
        actor: &Actor,
        report_id: &str,
        reason: &str,
        idempotency_key: &str,
    ) -> AppResult<MoneyReport> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(AppError::invalid(
                "reason",
                "say why, so the member can sort it out",
            ));
        }
        self.settle_report(actor, report_id, Some(reason), idempotency_key)
            .await
    }

    async fn settle_report(
        &self,
        actor: &Actor,
        report_id: &str,
        rejection: Option<&str>,
        idempotency_key: &str,
    ) -> AppResult<MoneyReport> {
        let hash = request_hash("settle", report_id, &rejection);
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let report = tx.money_report(report_id).await?.ok_or_else(|| {
                    AppError::NotFound(format!("there is no report \"{report_id}\""))
                })?;
                let pool = self.treasurer_pool(&mut tx, actor, &report.pool_id).await?;
                if report.status != ReportStatus::Pending {
                    return Err(AppError::Conflict(format!(
                        "this report was already {}",
                        report.status
                    )));
                }
                let entry_id = match rejection {
                    Some(_) => None,
                    None => Some(
                        self.receive(
                            &mut tx,
                            actor,
                            &pool,
                            &NewMoney {
                                person_id: report.person_id.clone(),
                                kind: report.kind,
                                amount: report.amount,
                                received_on: report.sent_on.clone(),
                                method: report.method.clone(),
                                reference: report.reference.clone(),
                            },
                        )
                        .await?,
                    ),
                };
                self.record(
                    &mut tx,
                    actor,
                    Event::ReportSettled {
                        report_id: report.id.clone(),
                        pool_id: pool.id.clone(),
                        entry_id,
                        reason: rejection.unwrap_or("").to_string(),
                    },
                )
                .await?;
                Ok((tx, report.id))
            },
            |mut tx, _| async move {
                let made = found(tx.money_report(report_id).await?, "the report")?;
                Ok((tx, made))
            },
        )
        .await
    }

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
            .ok_or_else(|| AppError::NotFound(format!("there is no pool with id \"{pool_id}\"")))?;
        if who != me.id {
            let mine = tx.pool_member(&pool.id, &me.id).await?;
            if !membership::may_handle_money(mine.map(|m| (m.role, m.status)))
                && !actor.is_operator()
            {
                return Err(AppError::Forbidden(
                    "only treasurers and organizers can read other members' statements".into(),
                ));
            }
        }
        let member = tx.pool_member(&pool.id, &who).await?.ok_or_else(|| {
            AppError::NotFound("that person has never been a member of this pool".into())
        })?;
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
            .ok_or_else(|| AppError::NotFound(format!("there is no pool with id \"{pool_id}\"")))?;
        let me = tx.pool_member(&pool.id, &person.id).await?;
        if !membership::may_handle_money(me.map(|m| (m.role, m.status))) {
            return Err(AppError::Forbidden(
                "only treasurers and organizers can reconcile the bank statement".into(),
            ));
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
            .ok_or_else(|| AppError::NotFound(format!("there is no pool with id \"{pool_id}\"")))?;
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

/// Reads back the ledger entry a money command made.
async fn read_entry(mut tx: Box<dyn Tx>, id: String) -> AppResult<(Box<dyn Tx>, LedgerEntry)> {
    let entry = found(tx.ledger_entry(&id).await?, "the new entry")?;
    Ok((tx, entry))
}

/// Money about to leave the treasury: a payout or an exit repayment.
struct Paid {
    entry_id: String,
    reference: String,
    paid_on: String,
    postings: Vec<ledger::Posting>,
}

impl Paid {
    /// Reads the day and builds the postings; `exit_member` is the member
    /// whose capital is repaid, if it is a repayment.
    fn new(
        amount: i64,
        exit_member: Option<&str>,
        paid_on: &str,
        reference: &str,
    ) -> AppResult<Paid> {
        let day = parse_day("paid_on", paid_on)?;
        let postings = ledger::pay(amount, exit_member)
            .map_err(|e| AppError::invalid("amount", e.to_string()))?;
        Ok(Paid {
            entry_id: new_id(),
            reference: reference.trim().to_string(),
            paid_on: day.to_string(),
            postings,
        })
    }
}

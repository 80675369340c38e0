//! The treasury: money received (capital, gifts, buy-ins), reversals, and
//! what the books say. Every request that moves money carries an
//! idempotency key: the same key with the same request returns the first
//! result and records nothing new; with a different request it is refused.

use crate::error::say;
use crate::once::found;
pub(crate) use crate::once::request_hash;
use crate::ports::{Exit, LedgerEntry, MoneyReport, Payout, Pool, Tx};
use crate::{Actor, App, AppError, AppResult, new_id};
use pools_core::event::MoneyKind;
use pools_core::flood::MemberPoolStatus;
use pools_core::ledger::{self, Account, LedgerError};
use pools_core::ledger::{EntryKind, ExitStatus, PayoutStatus, ReportStatus};
use pools_core::membership::{self, MemberStatus};
use pools_core::msg::Msg;
use pools_core::{Event, Money};

mod books;
mod payouts;
mod reports;

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
        let names: Vec<&str> = MoneyKind::ALL.iter().map(|k| k.as_str()).collect();
        let (last, rest) = names.split_last().unwrap_or((&"", &[]));
        AppError::invalid(
            "kind",
            say(Msg::new("error-money-kind")
                .num("n", names.len() as i64)
                .text("rest", rest.join(", "))
                .text("last", *last)
                .text("text", pools_core::text::quote(text))),
        )
    })
}

fn insufficient(e: LedgerError, pool: &Pool) -> AppError {
    match e {
        LedgerError::Insufficient {
            account,
            balance,
            needed,
        } => AppError::Conflict(say(Msg::new("error-money-insufficient")
            .text(
                "account",
                match account.as_str() {
                    a @ ("treasury" | "authorized" | "budgeted") => a,
                    a if a.starts_with("capital:") => "capital",
                    _ => "other",
                },
            )
            .text("key", account)
            .money("balance", Money::new(balance, pool.currency))
            .money("needed", Money::new(needed, pool.currency)))),
        LedgerError::Uncovered { available, needed } => {
            AppError::Conflict(say(Msg::new("error-money-uncovered")
                .money("available", Money::new(available, pool.currency))
                .money("needed", Money::new(needed, pool.currency))))
        }
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
        .map_err(|_| AppError::invalid(field, say(Msg::new("error-money-date-format"))))
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
            say(Msg::new("error-money-method")),
        ));
    }
    let day = parse_day("received_on", &money.received_on)?;
    if day > app.now().date() {
        return Err(AppError::invalid(
            "received_on",
            say(Msg::new("error-money-date-future")),
        ));
    }
    if money.reference.chars().count() > 200 {
        return Err(AppError::invalid(
            "reference",
            say(Msg::new("error-money-reference-long")),
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
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        let me = self.standing(tx, &pool, &person.id).await?;
        if !membership::may_handle_money(me) {
            return Err(AppError::Forbidden(say(Msg::new(if pool.is_flood {
                "error-money-flood-treasurers"
            } else {
                "error-money-treasurers"
            }))));
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
                AppError::invalid("person_id", say(Msg::new("error-money-not-a-member")))
            })?;
        let activates = match money.kind {
            MoneyKind::BuyIn => {
                if member.status != MemberStatus::Pending || pool.rules.buy_in_minor == 0 {
                    return Err(AppError::invalid(
                        "kind",
                        say(Msg::new("error-money-owes-no-buy-in").text("name", &member.name)),
                    ));
                }
                if money.amount != pool.rules.buy_in_minor {
                    return Err(AppError::invalid(
                        "amount",
                        say(Msg::new("error-money-buy-in-exactly")
                            .money("amount", Money::new(pool.rules.buy_in_minor, pool.currency))),
                    ));
                }
                if tx
                    .ledger_entries_of(&pool.id, &member.person_id)
                    .await?
                    .iter()
                    .any(|e| e.kind == EntryKind::BuyIn && e.reversed_by.is_none())
                {
                    return Err(AppError::Conflict(say(Msg::new(
                        "error-money-buy-in-recorded",
                    )
                    .text("name", &member.name))));
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
                    AppError::NotFound(say(Msg::new("error-money-no-entry").text("id", entry_id)))
                })?;
                let pool = self
                    .treasurer_pool(&mut tx, actor, &original.pool_id)
                    .await?;
                if reason.is_empty() {
                    return Err(AppError::invalid(
                        "reason",
                        say(Msg::new("error-money-reversal-reason")),
                    ));
                }
                if original.why_not_reversible().is_some() {
                    // The same two reasons `why_not_reversible` gives, said
                    // for the reader.
                    return Err(AppError::Conflict(say(Msg::new(
                        if original.kind.is_money_in() {
                            "error-money-already-reversed"
                        } else {
                            "error-money-not-reversible"
                        },
                    ))));
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
}

/// Reads back the ledger entry a money command made.
async fn read_entry(mut tx: Box<dyn Tx>, id: String) -> AppResult<(Box<dyn Tx>, LedgerEntry)> {
    let entry = found(tx.ledger_entry(&id).await?, "the new entry")?;
    Ok((tx, entry))
}

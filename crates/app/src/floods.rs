//! Floods: pools federated around a shared project. A pool starts, joins,
//! adds funds to or leaves a Flood only by a decision of its own members;
//! when the decision passes, its close carries the action out in the same
//! transaction, moving the money between the two ledgers. The shares are
//! computed by `pools_core::flood`.

use crate::error::{kept, say};
use crate::ports::{Decision, Flood, FloodMember, Pool, Tx};
use crate::treasury::available;
use crate::{Actor, App, AppError, AppResult, new_id};
use pools_core::flood::{self, FloodAction, LeaveError};
use pools_core::flood::{FloodStatus, MemberPoolStatus};
use pools_core::ledger::{self, Account};
use pools_core::msg::Msg;
use pools_core::{Event, Money, text};
use std::collections::{BTreeMap, HashMap};

/// Why a Flood action cannot be carried out now: refused, with what to
/// tell (to whoever proposes it, or kept with the decision that passed
/// it), or failed for another reason.
#[derive(Debug)]
pub(crate) enum Refusal {
    /// The state does not allow it; the message says why.
    Refused(Msg),
    /// Something else went wrong.
    Failed(AppError),
}

impl From<AppError> for Refusal {
    fn from(e: AppError) -> Refusal {
        Refusal::Failed(e)
    }
}

impl From<crate::ports::StoreError> for Refusal {
    fn from(e: crate::ports::StoreError) -> Refusal {
        Refusal::Failed(e.into())
    }
}

impl From<Refusal> for AppError {
    fn from(r: Refusal) -> AppError {
        match r {
            Refusal::Refused(m) => AppError::Conflict(say(m)),
            Refusal::Failed(e) => e,
        }
    }
}

/// A Flood as one person may see it.
#[derive(Debug, Clone)]
pub struct FloodView {
    /// The Flood.
    pub flood: Flood,
    /// Its member pools, present and past.
    pub pools: Vec<FloodMember>,
    /// Cash in its fund.
    pub treasury: Money,
    /// Payouts authorized and not yet paid.
    pub authorized: Money,
    /// What it may still spend: the fund less authorized payouts.
    pub available: Money,
}

impl App {
    /// Checks a Flood action a pool decision proposes, against the state
    /// now. Run when the decision opens and again when it passes.
    pub(crate) async fn check_flood_action(
        &self,
        tx: &mut Box<dyn Tx>,
        pool: &Pool,
        action: &FloodAction,
    ) -> Result<Option<Flood>, Refusal> {
        if pool.is_flood {
            return Err(Refusal::Refused(Msg::new("error-decisions-flood-in-flood")));
        }
        if let Some(a) = action.amount() {
            ledger::check_amount(a).map_err(|e| Refusal::Refused(e.msg()))?;
        }
        let member_of = |pools: &[FloodMember]| {
            pools
                .iter()
                .any(|m| m.pool_id == pool.id && m.status == MemberPoolStatus::Member)
        };
        match action {
            FloodAction::Start {
                name,
                purpose,
                rules,
                double_majority,
                ..
            } => {
                pools_core::flood::check_rules(
                    *double_majority,
                    rules.as_ref().unwrap_or(&pool.rules),
                )
                .map_err(|e| Refusal::Refused(e.msg()))?;
                if let Some(r) = rules {
                    // Rules are checked field by field as the proposal is
                    // made; a Flood's own rules said again at its close are
                    // said as they were checked.
                    r.validate().map_err(|errors| {
                        Refusal::Refused(Msg::raw(
                            errors
                                .iter()
                                .map(|e| format!("{}: {}", e.field, e.message))
                                .collect::<Vec<_>>()
                                .join("; "),
                        ))
                    })?;
                }
                text::name("name", name)
                    .map_err(|_| Refusal::Refused(Msg::new("error-decisions-flood-name")))?;
                if purpose.trim().is_empty() || purpose.chars().count() > 2000 {
                    return Err(Refusal::Refused(Msg::new("error-decisions-flood-purpose")));
                }
                Ok(None)
            }
            FloodAction::Join { flood_id, .. }
            | FloodAction::AddFunds { flood_id, .. }
            | FloodAction::Leave { flood_id } => {
                let f = tx
                    .flood(flood_id)
                    .await?
                    .filter(|f| f.status == FloodStatus::Active)
                    .ok_or_else(|| {
                        Refusal::Refused(
                            Msg::new("error-decisions-no-active-flood").text("id", flood_id),
                        )
                    })?;
                let pools = tx.flood_pools(&f.id).await?;
                match action {
                    FloodAction::Join { .. } => {
                        if member_of(&pools) {
                            return Err(Refusal::Refused(Msg::new(
                                "error-decisions-already-member",
                            )));
                        }
                        if f.currency != pool.currency {
                            return Err(Refusal::Refused(
                                Msg::new("error-decisions-flood-currency")
                                    .text("flood", f.currency.to_string())
                                    .text("pool", pool.currency.to_string()),
                            ));
                        }
                    }
                    _ => {
                        if !member_of(&pools) {
                            return Err(Refusal::Refused(Msg::new("error-decisions-not-member")));
                        }
                    }
                }
                Ok(Some(f))
            }
        }
    }

    /// Carries out a passed pool decision about a Flood, or records why it
    /// could not be (the state changed while the members voted).
    pub(crate) async fn carry_out_flood_action(
        &self,
        tx: &mut Box<dyn Tx>,
        d: &Decision,
        action: &FloodAction,
    ) -> AppResult<()> {
        let pool = tx
            .pool(&d.pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-pool-vanished"))))?;
        match self.flood_events(tx, &pool, action).await {
            Ok(events) => {
                for e in events {
                    self.record(tx, &Actor::Closer, e).await?;
                }
                Ok(())
            }
            Err(Refusal::Refused(m)) => {
                let (reason, note) = kept(m);
                self.record(
                    tx,
                    &Actor::Closer,
                    Event::FloodActionRefused {
                        decision_id: d.id.clone(),
                        pool_id: pool.id.clone(),
                        reason,
                        note,
                    },
                )
                .await
            }
            Err(Refusal::Failed(e)) => Err(e),
        }
    }

    /// The events a Flood action records, checked against the state now.
    async fn flood_events(
        &self,
        tx: &mut Box<dyn Tx>,
        pool: &Pool,
        action: &FloodAction,
    ) -> Result<Vec<Event>, Refusal> {
        let flood = self.check_flood_action(tx, pool, action).await?;
        let m = |v: i64| Money::new(v, pool.currency);
        let commit = |flood_id: &str, amount: i64| -> AppResult<Event> {
            Ok(Event::FloodCommitted {
                flood_id: flood_id.to_string(),
                pool_id: pool.id.clone(),
                amount,
                pool_entry_id: new_id(),
                flood_entry_id: new_id(),
                pool_postings: ledger::send(amount)
                    .map_err(|e| AppError::invalid("amount", e.to_string()))?,
                flood_postings: ledger::receive(amount)
                    .map_err(|e| AppError::invalid("amount", e.to_string()))?,
            })
        };
        if let Some(amount) = action.amount() {
            let free = available(tx, &pool.id).await?;
            if amount > free {
                return Err(Refusal::Refused(
                    Msg::new("refused-flood-short")
                        .money("available", m(free))
                        .money("amount", m(amount)),
                ));
            }
        }
        match action {
            FloodAction::Start {
                name,
                purpose,
                amount,
                double_majority,
                rules,
            } => {
                let flood_id = new_id();
                let slug = format!("flood-{}", &flood_id.replace('-', "")[..16]);
                Ok(vec![
                    Event::FloodStarted {
                        flood_id: flood_id.clone(),
                        group_id: new_id(),
                        slug,
                        name: name.trim().to_string(),
                        purpose: purpose.trim().to_string(),
                        currency: pool.currency,
                        rules: rules.clone().unwrap_or_else(|| pool.rules.clone()),
                        double_majority: *double_majority,
                        pool_id: pool.id.clone(),
                    },
                    commit(&flood_id, *amount)?,
                ])
            }
            FloodAction::Join { flood_id, amount } | FloodAction::AddFunds { flood_id, amount } => {
                Ok(vec![commit(flood_id, *amount)?])
            }
            FloodAction::Leave { flood_id } => {
                let f = flood.ok_or_else(|| {
                    AppError::NotFound(say(Msg::new("error-decisions-flood-vanished")))
                })?;
                let members = tx.flood_pools(&f.id).await?;
                let commitments: BTreeMap<String, i64> = members
                    .iter()
                    .filter(|x| x.status == MemberPoolStatus::Member)
                    .map(|x| (x.pool_id.clone(), x.committed))
                    .collect();
                let balances: HashMap<String, i64> =
                    tx.balances(&f.id).await?.into_iter().collect();
                let get = |a: &Account| balances.get(&a.key()).copied().unwrap_or(0);
                let free = ledger::available(get);
                let pending = get(&Account::Authorized);
                let share = flood::leave_share(free, pending, &commitments, &pool.id).map_err(
                    |e| match e {
                        LeaveError::PendingPayouts(p) => Refusal::Refused(
                            Msg::new("refused-flood-pending").money("amount", m(p)),
                        ),
                        other => Refusal::Refused(other.msg()),
                    },
                )?;
                let moved = share.amount > 0;
                Ok(vec![Event::FloodLeft {
                    flood_id: flood_id.clone(),
                    pool_id: pool.id.clone(),
                    amount: share.amount,
                    pool_entry_id: moved.then(new_id),
                    flood_entry_id: moved.then(new_id),
                    pool_postings: if moved {
                        ledger::receive(share.amount)
                            .map_err(|e| AppError::invalid("amount", e.to_string()))?
                    } else {
                        Vec::new()
                    },
                    flood_postings: if moved {
                        ledger::send(share.amount)
                            .map_err(|e| AppError::invalid("amount", e.to_string()))?
                    } else {
                        Vec::new()
                    },
                    dissolved: commitments.len() == 1,
                }])
            }
        }
    }

    /// A Flood, its member pools and its fund, for anyone in a member pool's
    /// group.
    pub async fn flood_view(&self, actor: &Actor, flood_id: &str) -> AppResult<FloodView> {
        let mut tx = self.store.read().await?;
        let flood = tx.flood(flood_id).await?.ok_or_else(|| {
            AppError::NotFound(say(
                Msg::new("error-decisions-no-flood").text("id", flood_id)
            ))
        })?;
        let body = tx
            .pool(&flood.id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-flood-vanished"))))?;
        self.check_can_read(&mut tx, actor, &body).await?;
        let pools = tx.flood_pools(&flood.id).await?;
        let balances: HashMap<String, i64> = tx.balances(&flood.id).await?.into_iter().collect();
        let get = |a: &Account| balances.get(&a.key()).copied().unwrap_or(0);
        let c = flood.currency;
        Ok(FloodView {
            treasury: Money::new(get(&Account::Treasury), c),
            authorized: Money::new(get(&Account::Authorized), c),
            available: Money::new(ledger::available(get), c),
            pools,
            flood,
        })
    }

    /// The Floods a pool belongs to or belonged to.
    pub async fn floods_of_pool(
        &self,
        actor: &Actor,
        pool_id: &str,
    ) -> AppResult<Vec<(Flood, FloodMember)>> {
        let mut tx = self.store.read().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        Ok(tx.floods_of_pool(&pool.id).await?)
    }
}

/// A Flood's joint project agreement as one person may see it.
#[derive(Debug, Clone)]
pub struct AgreementView {
    /// The Flood.
    pub flood: Flood,
    /// The current version, written from the Flood as it stands.
    pub document: pools_docs::Document,
    /// Signatures on this version: (person id, name, sha256, at).
    pub signatures: Vec<(String, String, String, String)>,
    /// Signatures on earlier versions.
    pub earlier: usize,
    /// Whether the viewer may sign this version now.
    pub can_sign: bool,
    /// Whether the viewer signed it.
    pub signed_by_me: bool,
}

impl App {
    fn agreement_text(flood: &Flood, pools: &[FloodMember]) -> pools_docs::Document {
        let members: Vec<(String, i64)> = pools
            .iter()
            .filter(|p| p.status == MemberPoolStatus::Member)
            .map(|p| (p.name.clone(), p.committed))
            .collect();
        let day = flood
            .version_at
            .get(..10)
            .or(flood.started_at.get(..10))
            .unwrap_or("");
        pools_docs::write_flood_agreement(&pools_docs::FloodInput {
            name: &flood.name,
            purpose: &flood.purpose,
            rules: &flood.rules,
            double_majority: flood.double_majority,
            currency: flood.currency,
            pools: &members,
            version: flood.version,
            generated_on: day,
        })
    }

    /// The joint project agreement: its current version, written from the
    /// member pools and commitments as they stand, and who has signed it.
    pub async fn flood_agreement(&self, actor: &Actor, flood_id: &str) -> AppResult<AgreementView> {
        let v = self.flood_view(actor, flood_id).await?;
        let mut tx = self.store.read().await?;
        let pool = tx
            .pool(flood_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-flood-vanished"))))?;
        let standing = match actor.person_id() {
            Some(pid) => self.standing(&mut tx, &pool, pid).await?,
            None => None,
        };
        let document = Self::agreement_text(&v.flood, &v.pools);
        let all = tx.flood_signatures(&v.flood.id).await?;
        let signatures: Vec<(String, String, String, String)> = all
            .iter()
            .filter(|s| s.0 == v.flood.version)
            .map(|s| (s.1.clone(), s.2.clone(), s.3.clone(), s.4.clone()))
            .collect();
        let signed_by_me = actor
            .person_id()
            .is_some_and(|p| signatures.iter().any(|s| s.0 == p));
        Ok(AgreementView {
            earlier: all.len() - signatures.len(),
            can_sign: standing.is_some() && !signed_by_me && v.flood.status == FloodStatus::Active,
            signed_by_me,
            signatures,
            document,
            flood: v.flood,
        })
    }

    /// Signs the current version of a Flood's agreement: any active member
    /// of a member pool, by typing their full name and confirming, bound to
    /// the hash of the text they read.
    pub async fn sign_flood_agreement(
        &self,
        actor: &Actor,
        flood_id: &str,
        typed_name: &str,
        confirmed: bool,
        seen_sha256: &str,
    ) -> AppResult<()> {
        let person = actor.person()?.clone();
        if !confirmed {
            return Err(AppError::invalid(
                "confirm",
                say(Msg::new("error-decisions-confirm")),
            ));
        }
        if !crate::formation::same_name(typed_name, &person.name) {
            return Err(AppError::invalid(
                "typed_name",
                say(Msg::new("error-decisions-typed-name").text("name", &person.name)),
            ));
        }
        let mut tx = self.store.write().await?;
        let flood = tx
            .flood(flood_id)
            .await?
            .filter(|f| f.status == FloodStatus::Active)
            .ok_or_else(|| {
                AppError::NotFound(say(
                    Msg::new("error-decisions-no-active-flood").text("id", flood_id)
                ))
            })?;
        let pool = tx
            .pool(&flood.id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-decisions-flood-vanished"))))?;
        if self.standing(&mut tx, &pool, &person.id).await?.is_none() {
            return Err(AppError::Forbidden(say(Msg::new(
                "error-decisions-signers",
            ))));
        }
        let pools = tx.flood_pools(&flood.id).await?;
        let sha = Self::agreement_text(&flood, &pools).sha256();
        if sha != seen_sha256.trim() {
            return Err(AppError::Conflict(say(Msg::new(
                "error-decisions-agreement-changed",
            ))));
        }
        if tx
            .flood_signatures(&flood.id)
            .await?
            .iter()
            .any(|s| s.0 == flood.version && s.1 == person.id)
        {
            return Err(AppError::Conflict(say(Msg::new(
                "error-decisions-already-signed",
            ))));
        }
        self.record(
            &mut tx,
            actor,
            Event::FloodAgreementSigned {
                flood_id: flood.id.clone(),
                version: flood.version,
                person_id: person.id.clone(),
                typed_name: typed_name.split_whitespace().collect::<Vec<_>>().join(" "),
                sha256: sha,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

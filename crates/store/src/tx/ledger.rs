//! The ledger and its balances, payouts, exit repayments, money reports and idempotency keys.
//!
//! The projection of this aggregate's events and the queries that read
//! its tables, side by side.

use super::*;

pub(super) fn payout(r: &Row) -> StoreResult<Payout> {
    Ok(Payout {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        decision_id: r.text("decision_id")?,
        payee: r.text("payee")?,
        amount: r.i64("amount")?,
        purpose: r.text("purpose")?,
        status: stored(r, "status", PayoutStatus::parse)?,
        reference: r.opt_text("reference")?,
        paid_on: r.opt_text("paid_on")?,
        reason: r.opt_text("reason")?,
        authorized_at: r.text("authorized_at")?,
        bucket_id: r.opt_text("bucket_id")?,
    })
}

pub(super) fn ledger_entry(r: &Row) -> StoreResult<LedgerEntry> {
    Ok(LedgerEntry {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        kind: stored(r, "kind", EntryKind::parse)?,
        person_id: r.opt_text("person_id")?,
        person_name: r.opt_text("person_name")?,
        amount: r.i64("amount")?,
        received_on: r.opt_text("received_on")?,
        method: r.opt_text("method")?,
        reference: r.opt_text("reference")?,
        memo: r.text("memo")?,
        reverses: r.opt_text("reverses")?,
        reversed_by: r.opt_text("reversed_by")?,
        postings: json(r, "postings")?,
        at: r.text("at")?,
        decision_id: r.opt_text("decision_id")?,
    })
}

/// A ledger entry the pool itself makes, and whom or what it concerns.
pub(super) struct SystemEntry<'a> {
    pub(super) id: &'a str,
    pub(super) pool_id: &'a str,
    pub(super) kind: EntryKind,
    pub(super) amount: i64,
    /// The payee, reference or reason.
    pub(super) memo: &'a str,
    /// The day the money moved, when it did.
    pub(super) on: Option<&'a str>,
    pub(super) person_id: Option<&'a str>,
    pub(super) decision_id: Option<&'a str>,
}

/// One side of money moving between a pool and its Flood.
pub(super) struct FloodSide<'a> {
    pub(super) id: &'a str,
    pub(super) kind: EntryKind,
    pub(super) postings: &'a [pools_core::ledger::Posting],
}

pub(super) fn exit_row(r: &Row) -> StoreResult<Exit> {
    Ok(Exit {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        person_id: r.text("person_id")?,
        name: r.text("person_name")?,
        amount: r.i64("amount")?,
        due_on: r.text("due_on")?,
        status: stored(r, "status", ExitStatus::parse)?,
        reference: r.opt_text("reference")?,
        paid_on: r.opt_text("paid_on")?,
    })
}

pub(super) fn report_row(r: &Row) -> StoreResult<MoneyReport> {
    let kind = stored(r, "kind", pools_core::event::MoneyKind::parse)?;
    Ok(MoneyReport {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        person_id: r.text("person_id")?,
        name: r.text("person_name")?,
        kind,
        amount: r.i64("amount")?,
        sent_on: r.text("sent_on")?,
        method: r.text("method")?,
        reference: r.text("reference")?,
        status: stored(r, "status", ReportStatus::parse)?,
        reason: r.opt_text("reason")?,
    })
}

impl SqlTx {
    /// Applies one of this aggregate's events to its tables.
    pub(super) async fn apply_ledger(
        &mut self,
        entry: &JournalEntry,
        event: &Event,
    ) -> StoreResult<()> {
        let at = entry.at.as_str();
        let c = &mut self.conn;
        match event {
            Event::MoneyReceived {
                entry_id,
                pool_id,
                person_id,
                kind,
                amount,
                received_on,
                method,
                reference,
                postings,
            } => {
                c.exec(
                    "INSERT INTO ledger_entries (id, pool_id, kind, person_id, amount, received_on, method, reference, memo, reverses, reversed_by, postings, at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '', NULL, NULL, $9, $10)",
                    args![
                        entry_id,
                        pool_id,
                        EntryKind::of_money(*kind).as_str(),
                        person_id,
                        *amount,
                        received_on,
                        method,
                        reference,
                        to_json(postings),
                        at
                    ],
                )
                .await?;
                self.post(pool_id, postings).await?;
            }
            Event::EntryReversed {
                entry_id,
                pool_id,
                reverses,
                reason,
                postings,
            } => {
                let n = c
                    .exec(
                        "UPDATE ledger_entries SET reversed_by = $1 WHERE id = $2 AND pool_id = $3 AND reversed_by IS NULL AND reverses IS NULL",
                        args![entry_id, reverses, pool_id],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "that entry is already reversed, or is itself a reversal".into(),
                    ));
                }
                c.exec(
                    "INSERT INTO ledger_entries (id, pool_id, kind, person_id, amount, received_on, method, reference, memo, reverses, reversed_by, postings, at) \
                     SELECT $1, pool_id, $6, person_id, amount, NULL, NULL, NULL, $2, id, NULL, $3, $4 FROM ledger_entries WHERE id = $5",
                    args![entry_id, reason, to_json(postings), at, reverses, EntryKind::Reversal.as_str()],
                )
                .await?;
                self.post(pool_id, postings).await?;
            }
            Event::PayoutAuthorized {
                payout_id,
                entry_id,
                pool_id,
                decision_id,
                spend,
                postings,
                bucket_id,
            } => {
                c.exec(
                    "INSERT INTO payouts (id, pool_id, decision_id, payee, amount, purpose, status, reference, paid_on, reason, authorized_at, settled_at, bucket_id) \
                     VALUES ($1, $2, $3, $4, $5, $6, $9, NULL, NULL, NULL, $7, NULL, $8)",
                    args![payout_id, pool_id, decision_id, &spend.payee, spend.amount, &spend.purpose, at, bucket_id.as_deref(), pools_core::ledger::PayoutStatus::Authorized.as_str()],
                )
                .await?;
                if let Some(b) = bucket_id {
                    let n = c
                        .exec(
                            "UPDATE buckets SET status = $4, settled_at = $1 WHERE id = $2 AND status = $5 AND total = $3",
                            args![at, b, spend.amount, pools_core::budget::BucketStatus::Funded.as_str(), pools_core::budget::BucketStatus::Open.as_str()],
                        )
                        .await?;
                    if n != 1 {
                        return Err(StoreError::Conflict(
                            "a bucket's payout must be its whole total, once".into(),
                        ));
                    }
                }
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: EntryKind::Authorization,
                    amount: spend.amount,
                    memo: &spend.payee,
                    on: None,
                    person_id: None,
                    decision_id: Some(decision_id),
                };
                self.system_entry(&entry, postings, at).await?;
            }
            Event::PayoutPaid {
                payout_id,
                entry_id,
                pool_id,
                reference,
                paid_on,
                postings,
            } => {
                let row = c
                    .one(
                        "UPDATE payouts SET status = $5, reference = $1, paid_on = $2, settled_at = $3 WHERE id = $4 AND status = $6 \
                         RETURNING decision_id, amount",
                        args![reference, paid_on, at, payout_id, pools_core::ledger::PayoutStatus::Paid.as_str(), pools_core::ledger::PayoutStatus::Authorized.as_str()],
                    )
                    .await?
                    .ok_or_else(|| StoreError::Conflict("the payout is not waiting to be paid".into()))?;
                let decision_id = row.text("decision_id")?;
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: EntryKind::Payment,
                    amount: row.i64("amount")?,
                    memo: reference,
                    on: Some(paid_on),
                    person_id: None,
                    decision_id: Some(&decision_id),
                };
                self.system_entry(&entry, postings, at).await?;
            }
            Event::PayoutCancelled {
                payout_id,
                entry_id,
                pool_id,
                reason,
                postings,
            } => {
                let row = c
                    .one(
                        "UPDATE payouts SET status = $4, reason = $1, settled_at = $2 WHERE id = $3 AND status = $5 \
                         RETURNING decision_id, amount",
                        args![reason, at, payout_id, pools_core::ledger::PayoutStatus::Cancelled.as_str(), pools_core::ledger::PayoutStatus::Authorized.as_str()],
                    )
                    .await?
                    .ok_or_else(|| StoreError::Conflict("the payout is not waiting to be paid".into()))?;
                let decision_id = row.text("decision_id")?;
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: EntryKind::Cancellation,
                    amount: row.i64("amount")?,
                    memo: reason,
                    on: None,
                    person_id: None,
                    decision_id: Some(&decision_id),
                };
                self.system_entry(&entry, postings, at).await?;
            }
            Event::ExitRequested {
                exit_id,
                entry_id,
                pool_id,
                person_id,
                amount,
                due_on,
                postings,
            } => {
                c.exec(
                    "INSERT INTO exits (id, pool_id, person_id, amount, due_on, status, reference, paid_on, requested_at) VALUES ($1, $2, $3, $4, $5, $7, NULL, NULL, $6)",
                    args![exit_id, pool_id, person_id, *amount, due_on, at, pools_core::ledger::ExitStatus::Owed.as_str()],
                )
                .await?;
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: EntryKind::ExitAuthorized,
                    amount: *amount,
                    memo: "capital owed back under the exit rule",
                    on: None,
                    person_id: Some(person_id),
                    decision_id: None,
                };
                self.system_entry(&entry, postings, at).await?;
            }
            Event::ExitPaid {
                exit_id,
                entry_id,
                pool_id,
                reference,
                paid_on,
                postings,
            } => {
                let row = c
                    .one(
                        "UPDATE exits SET status = $4, reference = $1, paid_on = $2 WHERE id = $3 AND status = $5 \
                         RETURNING person_id, amount",
                        args![reference, paid_on, exit_id, pools_core::ledger::ExitStatus::Paid.as_str(), pools_core::ledger::ExitStatus::Owed.as_str()],
                    )
                    .await?
                    .ok_or_else(|| StoreError::Conflict("the repayment is not owed".into()))?;
                let person = row.text("person_id")?;
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: EntryKind::ExitPaid,
                    amount: row.i64("amount")?,
                    memo: reference,
                    on: Some(paid_on),
                    person_id: Some(&person),
                    decision_id: None,
                };
                self.system_entry(&entry, postings, at).await?;
            }
            Event::MoneyReported {
                report_id,
                pool_id,
                person_id,
                kind,
                amount,
                sent_on,
                method,
                reference,
            } => {
                c.exec(
                    "INSERT INTO money_reports (id, pool_id, person_id, kind, amount, sent_on, method, reference, status, entry_id, reason, reported_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $10, NULL, NULL, $9)",
                    args![report_id, pool_id, person_id, kind.as_str(), *amount, sent_on, method, reference, at, pools_core::ledger::ReportStatus::Pending.as_str()],
                )
                .await?;
            }
            Event::ReportSettled {
                report_id,
                entry_id,
                reason,
                ..
            } => {
                let n = c
                    .exec(
                        "UPDATE money_reports SET status = $1, entry_id = $2, reason = $3 WHERE id = $4 AND status = $5",
                        args![
                            if entry_id.is_some() { "confirmed" } else { "rejected" },
                            entry_id.clone(),
                            if reason.is_empty() { None } else { Some(reason.clone()) },
                            report_id, pools_core::ledger::ReportStatus::Pending.as_str()
                        ],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "the report was settled already".into(),
                    ));
                }
            }
            _ => return Err(misrouted(event, "ledger")),
        }
        Ok(())
    }

    /// Writes a ledger entry that no member paid in (an authorization, a
    /// payment, a cancellation or an exit) and applies its postings.
    pub(super) async fn system_entry(
        &mut self,
        e: &SystemEntry<'_>,
        postings: &[pools_core::ledger::Posting],
        at: &str,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO ledger_entries (id, pool_id, kind, person_id, amount, received_on, method, reference, memo, reverses, reversed_by, postings, at, decision_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL, $7, NULL, NULL, $8, $9, $10)",
                args![e.id, e.pool_id, e.kind.as_str(), e.person_id, e.amount, e.on, e.memo, to_json(&postings), at, e.decision_id],
            )
            .await?;
        self.post(e.pool_id, postings).await
    }

    /// Writes both entries of money moving between a pool and a Flood, each
    /// naming the other body in its memo.
    pub(super) async fn flood_entries(
        &mut self,
        flood_id: &str,
        pool_id: &str,
        amount: i64,
        pool_side: FloodSide<'_>,
        flood_side: FloodSide<'_>,
        at: &str,
    ) -> StoreResult<()> {
        let names = self
            .conn
            .one(
                "SELECT (SELECT name FROM pools WHERE id = $1) AS flood_name, (SELECT name FROM pools WHERE id = $2) AS pool_name",
                args![flood_id, pool_id],
            )
            .await?
            .ok_or_else(|| corrupt("money moving between bodies that do not exist"))?;
        let (flood_name, pool_name) = (names.text("flood_name")?, names.text("pool_name")?);
        for (body, side, memo) in [
            (pool_id, pool_side, &flood_name),
            (flood_id, flood_side, &pool_name),
        ] {
            let entry = SystemEntry {
                id: side.id,
                pool_id: body,
                kind: side.kind,
                amount,
                memo,
                on: None,
                person_id: None,
                decision_id: None,
            };
            self.system_entry(&entry, side.postings, at).await?;
        }
        Ok(())
    }

    /// Applies postings to a pool's balances, refusing any account that may
    /// not go below zero. The use case checks first, to say why in words;
    /// this check is the one that cannot be raced.
    pub(super) async fn post(
        &mut self,
        pool_id: &str,
        postings: &[pools_core::ledger::Posting],
    ) -> StoreResult<()> {
        let mut current = std::collections::BTreeMap::new();
        for p in postings {
            if current.contains_key(&p.account) {
                continue;
            }
            let b = match self
                .conn
                .one(
                    "SELECT balance FROM ledger_balances WHERE pool_id = $1 AND account = $2",
                    args![pool_id, p.account.key()],
                )
                .await?
            {
                Some(r) => r.i64("balance")?,
                None => 0,
            };
            current.insert(p.account.clone(), b);
        }
        let next = pools_core::ledger::next_balances(postings, |a| current[a])
            .map_err(|e| StoreError::Conflict(e.to_string()))?;
        for (account, balance) in next {
            self.conn
                .exec(
                    "INSERT INTO ledger_balances (pool_id, account, balance) VALUES ($1, $2, $3) \
                     ON CONFLICT (pool_id, account) DO UPDATE SET balance = excluded.balance",
                    args![pool_id, account.key(), balance],
                )
                .await?;
        }
        Ok(())
    }
}

#[async_trait]
impl LedgerTx for SqlTx {
    async fn balances(&mut self, pool_id: &str) -> StoreResult<Vec<(String, i64)>> {
        self.conn
            .all(
                "SELECT account, balance FROM ledger_balances WHERE pool_id = $1 ORDER BY account",
                args![pool_id],
            )
            .await?
            .iter()
            .map(|r| Ok((r.text("account")?, r.i64("balance")?)))
            .collect()
    }

    async fn ledger_entries(&mut self, pool_id: &str, limit: i64) -> StoreResult<Vec<LedgerEntry>> {
        self.conn
            .all(
                "SELECT e.*, p.name AS person_name FROM ledger_entries e LEFT JOIN persons p ON p.id = e.person_id \
                 WHERE e.pool_id = $1 ORDER BY e.at DESC, e.id DESC LIMIT $2",
                args![pool_id, limit],
            )
            .await?
            .iter()
            .map(ledger_entry)
            .collect()
    }

    async fn ledger_entry(&mut self, id: &str) -> StoreResult<Option<LedgerEntry>> {
        self.conn
            .one(
                "SELECT e.*, p.name AS person_name FROM ledger_entries e LEFT JOIN persons p ON p.id = e.person_id WHERE e.id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(ledger_entry)
            .transpose()
    }

    async fn idempotent(
        &mut self,
        actor: &str,
        key: &str,
    ) -> StoreResult<Option<(String, String)>> {
        match self
            .conn
            .one(
                "SELECT request_hash, response FROM idempotency_keys WHERE actor = $1 AND key = $2",
                args![actor, key],
            )
            .await?
        {
            Some(r) => Ok(Some((r.text("request_hash")?, r.text("response")?))),
            None => Ok(None),
        }
    }

    async fn save_idempotent(
        &mut self,
        actor: &str,
        key: &str,
        request_hash: &str,
        response: &str,
        at_ms: i64,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO idempotency_keys (actor, key, request_hash, response, created_at) VALUES ($1, $2, $3, $4, $5)",
                args![actor, key, request_hash, response, at_ms],
            )
            .await?;
        Ok(())
    }

    async fn payouts(&mut self, pool_id: &str) -> StoreResult<Vec<Payout>> {
        self.conn
            .all(
                "SELECT * FROM payouts WHERE pool_id = $1 ORDER BY authorized_at DESC, id DESC",
                args![pool_id],
            )
            .await?
            .iter()
            .map(payout)
            .collect()
    }

    async fn payout(&mut self, id: &str) -> StoreResult<Option<Payout>> {
        self.conn
            .one("SELECT * FROM payouts WHERE id = $1", args![id])
            .await?
            .as_ref()
            .map(payout)
            .transpose()
    }

    async fn exits(&mut self, pool_id: &str) -> StoreResult<Vec<Exit>> {
        self.conn
            .all(
                "SELECT e.*, p.name AS person_name FROM exits e JOIN persons p ON p.id = e.person_id WHERE e.pool_id = $1 ORDER BY e.due_on, e.id",
                args![pool_id],
            )
            .await?
            .iter()
            .map(exit_row)
            .collect()
    }

    async fn exit(&mut self, id: &str) -> StoreResult<Option<Exit>> {
        self.conn
            .one(
                "SELECT e.*, p.name AS person_name FROM exits e JOIN persons p ON p.id = e.person_id WHERE e.id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(exit_row)
            .transpose()
    }

    async fn money_reports(&mut self, pool_id: &str) -> StoreResult<Vec<MoneyReport>> {
        self.conn
            .all(
                "SELECT r.*, p.name AS person_name FROM money_reports r JOIN persons p ON p.id = r.person_id \
                 WHERE r.pool_id = $1 ORDER BY CASE WHEN r.status = $2 THEN 0 ELSE 1 END, r.reported_at DESC, r.id DESC LIMIT 200",
                args![pool_id, pools_core::ledger::ReportStatus::Pending.as_str()],
            )
            .await?
            .iter()
            .map(report_row)
            .collect()
    }

    async fn money_report(&mut self, id: &str) -> StoreResult<Option<MoneyReport>> {
        self.conn
            .one(
                "SELECT r.*, p.name AS person_name FROM money_reports r JOIN persons p ON p.id = r.person_id WHERE r.id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(report_row)
            .transpose()
    }

    async fn ledger_entries_of(
        &mut self,
        pool_id: &str,
        person_id: &str,
    ) -> StoreResult<Vec<LedgerEntry>> {
        self.conn
            .all(
                "SELECT e.*, p.name AS person_name FROM ledger_entries e LEFT JOIN persons p ON p.id = e.person_id \
                 WHERE e.pool_id = $1 AND e.person_id = $2 ORDER BY e.at, e.id",
                args![pool_id, person_id],
            )
            .await?
            .iter()
            .map(ledger_entry)
            .collect()
    }
}

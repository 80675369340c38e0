//! Budgeting rounds, allocations, buckets, fundings and flags.
//!
//! The projection of this aggregate's events and the queries that read
//! its tables, side by side.

use super::*;

pub(super) fn round_row(r: &Row) -> StoreResult<Round> {
    Ok(Round {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        decision_id: r.text("decision_id")?,
        title: r.text("title")?,
        guidelines: r.text("guidelines")?,
        amount: r.i64("amount")?,
        per_member: r.i64("per_member")?,
        remainder: r.i64("remainder")?,
        cap: r.opt_i64("cap")?,
        members: r.i64("members")?,
        opened_at: r.text("opened_at")?,
        buckets_close_at: r.text("buckets_close_at")?,
        buckets_close_ms: r.i64("buckets_close_ms")?,
        funding_close_at: r.text("funding_close_at")?,
        funding_close_ms: r.i64("funding_close_ms")?,
        closed: stored(r, "status", pools_core::budget::RoundStatus::parse)?
            == pools_core::budget::RoundStatus::Closed,
        closed_at: r.opt_text("closed_at")?,
    })
}

pub(super) fn bucket_row(r: &Row) -> StoreResult<Bucket> {
    let ids: Vec<String> = json(r, "co_creators")?;
    Ok(Bucket {
        id: r.text("id")?,
        round_id: r.text("round_id")?,
        pool_id: r.text("pool_id")?,
        title: r.text("title")?,
        description: r.text("description")?,
        co_creators: ids.into_iter().map(|id| (id, String::new())).collect(),
        lines: json(r, "lines")?,
        min_goal: r.i64("min_goal")?,
        max_goal: r.i64("max_goal")?,
        total: r.i64("total")?,
        status: stored(r, "status", BucketStatus::parse)?,
        reason: r.opt_text("reason")?,
        created_at: r.text("created_at")?,
        flags: r.i64("flag_count")?,
    })
}

pub(super) fn funding_row(r: &Row) -> StoreResult<Funding> {
    Ok(Funding {
        person_id: r.text("person_id")?,
        name: r.text("name")?,
        amount: r.i64("amount")?,
        at: r.opt_text("at")?.unwrap_or_default(),
    })
}

impl SqlTx {
    /// Applies one of this aggregate's events to its tables.
    pub(super) async fn apply_budgeting(
        &mut self,
        entry: &JournalEntry,
        event: &Event,
    ) -> StoreResult<()> {
        let at = entry.at.as_str();
        let c = &mut self.conn;
        match event {
            Event::RoundOpened {
                round_id,
                entry_id,
                pool_id,
                decision_id,
                title,
                plan,
                per_member,
                remainder,
                members,
                buckets_close_at,
                funding_close_at,
                postings,
            } => {
                let reserved = pools_core::budget::allocate(plan.amount, members.len() as u64)
                    .map_err(|e| StoreError::Conflict(e.to_string()))?;
                if reserved.per_member != *per_member || reserved.remainder != *remainder {
                    return Err(corrupt(
                        "a round's allocation is not its amount split equally",
                    ));
                }
                c.exec(
                    "INSERT INTO rounds (id, pool_id, decision_id, title, guidelines, amount, per_member, remainder, cap, members, opened_at, buckets_close_at, buckets_close_ms, funding_close_at, funding_close_ms, status, reason, closed_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, NULL, NULL)",
                    args![
                        round_id,
                        pool_id,
                        decision_id,
                        title,
                        &plan.guidelines,
                        plan.amount,
                        *per_member,
                        *remainder,
                        plan.cap,
                        members.len() as i64,
                        at,
                        buckets_close_at,
                        parse_ms(buckets_close_at)?,
                        funding_close_at,
                        parse_ms(funding_close_at)?, pools_core::budget::RoundStatus::Open.as_str()
                    ],
                )
                .await?;
                for person in members {
                    c.exec(
                        "INSERT INTO round_members (round_id, person_id, left_amount) VALUES ($1, $2, $3)",
                        args![round_id, person, *per_member],
                    )
                    .await?;
                }
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: EntryKind::RoundBudgeted,
                    amount: per_member * members.len() as i64,
                    memo: title,
                    on: None,
                    person_id: None,
                    decision_id: Some(decision_id),
                };
                self.system_entry(&entry, postings, at).await?;
            }
            Event::BucketCreated {
                bucket_id,
                round_id,
                pool_id,
                title,
                description,
                co_creators,
                lines,
            } => {
                let (min, max) = pools_core::budget::goals(lines)
                    .map_err(|e| StoreError::Conflict(e.to_string()))?;
                c.exec(
                    "INSERT INTO buckets (id, round_id, pool_id, title, description, co_creators, lines, min_goal, max_goal, total, status, reason, created_at, settled_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, $11, NULL, $10, NULL)",
                    args![bucket_id, round_id, pool_id, title, description, to_json(co_creators), to_json(lines), min, max, at, pools_core::budget::BucketStatus::Open.as_str()],
                )
                .await?;
            }
            Event::BucketFlagged {
                bucket_id,
                person_id,
                reason,
            } => {
                c.exec(
                    "INSERT INTO bucket_flags (bucket_id, person_id, reason, at) VALUES ($1, $2, $3, $4)",
                    args![bucket_id, person_id, reason, at],
                )
                .await?;
            }
            Event::BucketFunded {
                funding_id,
                bucket_id,
                round_id,
                person_id,
                amount,
            } => {
                // The use case checked with the core rules; these guarded
                // updates are the checks no concurrent write can overtake.
                if *amount <= 0 {
                    return Err(corrupt("a contribution must be more than zero"));
                }
                let n = c
                    .exec(
                        "UPDATE round_members SET left_amount = left_amount - $1 WHERE round_id = $2 AND person_id = $3 AND left_amount >= $4",
                        args![*amount, round_id, person_id, *amount],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "that is more than the member's allocation left".into(),
                    ));
                }
                let n = c
                    .exec(
                        "UPDATE buckets SET total = total + $1 WHERE id = $2 AND round_id = $3 AND status = $5 AND total + $4 <= max_goal",
                        args![*amount, bucket_id, round_id, *amount, pools_core::budget::BucketStatus::Open.as_str()],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "that would fund the bucket beyond its maximum".into(),
                    ));
                }
                c.exec(
                    "INSERT INTO bucket_gifts (bucket_id, person_id, amount) VALUES ($1, $2, $3) \
                     ON CONFLICT (bucket_id, person_id) DO UPDATE SET amount = bucket_gifts.amount + excluded.amount",
                    args![bucket_id, person_id, *amount],
                )
                .await?;
                c.exec(
                    "INSERT INTO bucket_fundings (id, bucket_id, person_id, amount, at) VALUES ($1, $2, $3, $4, $5)",
                    args![funding_id, bucket_id, person_id, *amount, at],
                )
                .await?;
            }
            Event::BucketCancelled {
                bucket_id,
                round_id,
                reason,
                refunds,
            } => {
                let row = c
                    .one(
                        "UPDATE buckets SET status = $4, reason = $1, settled_at = $2 WHERE id = $3 AND status = $5 RETURNING total",
                        args![reason, at, bucket_id, pools_core::budget::BucketStatus::Cancelled.as_str(), pools_core::budget::BucketStatus::Open.as_str()],
                    )
                    .await?
                    .ok_or_else(|| StoreError::Conflict("the bucket is not open".into()))?;
                let total = row.i64("total")?;
                let gifts = c
                    .all(
                        "SELECT person_id, amount FROM bucket_gifts WHERE bucket_id = $1 ORDER BY person_id",
                        args![bucket_id],
                    )
                    .await?;
                let mut owed = Vec::new();
                for g in &gifts {
                    owed.push((g.text("person_id")?, g.i64("amount")?));
                }
                let mut listed: Vec<(String, i64)> = refunds
                    .iter()
                    .map(|r| (r.person_id.clone(), r.amount))
                    .collect();
                listed.sort();
                if owed != listed || owed.iter().map(|x| x.1).sum::<i64>() != total {
                    return Err(corrupt(
                        "a cancelled bucket's refunds differ from what was given",
                    ));
                }
                for (person, amount) in owed {
                    c.exec(
                        "UPDATE round_members SET left_amount = left_amount + $1 WHERE round_id = $2 AND person_id = $3",
                        args![amount, round_id, person],
                    )
                    .await?;
                }
            }
            Event::RoundClosed {
                round_id,
                entry_id,
                pool_id,
                buckets,
                postings,
            } => {
                let row = c
                    .one(
                        "UPDATE rounds SET status = $3, closed_at = $1 WHERE id = $2 AND status = $4 RETURNING decision_id, title, per_member, members",
                        args![at, round_id, pools_core::budget::RoundStatus::Closed.as_str(), pools_core::budget::RoundStatus::Open.as_str()],
                    )
                    .await?
                    .ok_or_else(|| StoreError::Conflict("the round was closed already".into()))?;
                let decision_id = row.text("decision_id")?;
                let title = row.text("title")?;
                let reserved = row.i64("per_member")? * row.i64("members")?;
                for b in buckets.iter().filter(|b| !b.funded) {
                    let n = c
                        .exec(
                            "UPDATE buckets SET status = $5, settled_at = $1 WHERE id = $2 AND round_id = $3 AND status = $6 AND total = $4",
                            args![at, &b.bucket_id, round_id, b.total, pools_core::budget::BucketStatus::Missed.as_str(), pools_core::budget::BucketStatus::Open.as_str()],
                        )
                        .await?;
                    if n != 1 {
                        return Err(corrupt("a round's close disagrees with its buckets"));
                    }
                }
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: EntryKind::RoundReleased,
                    amount: reserved,
                    memo: &title,
                    on: None,
                    person_id: None,
                    decision_id: Some(&decision_id),
                };
                self.system_entry(&entry, postings, at).await?;
            }
            _ => return Err(misrouted(event, "budgeting")),
        }
        Ok(())
    }

    /// Fills in the names of buckets' co-creators, one read per distinct person.
    pub(super) async fn name_co_creators(&mut self, buckets: &mut [Bucket]) -> StoreResult<()> {
        let mut ids: Vec<String> = buckets
            .iter()
            .flat_map(|b| b.co_creators.iter().map(|c| c.0.clone()))
            .collect();
        ids.sort();
        ids.dedup();
        let mut names = std::collections::HashMap::new();
        for id in ids {
            if let Some(r) = self
                .conn
                .one("SELECT name FROM persons WHERE id = $1", args![&id])
                .await?
            {
                names.insert(id, r.text("name")?);
            }
        }
        for b in buckets {
            for c in &mut b.co_creators {
                c.1 = names.get(&c.0).cloned().unwrap_or_default();
            }
        }
        Ok(())
    }
}

#[async_trait]
impl BudgetingTx for SqlTx {
    async fn round(&mut self, id: &str) -> StoreResult<Option<Round>> {
        self.conn
            .one("SELECT * FROM rounds WHERE id = $1", args![id])
            .await?
            .as_ref()
            .map(round_row)
            .transpose()
    }

    async fn round_of_decision(&mut self, decision_id: &str) -> StoreResult<Option<Round>> {
        self.conn
            .one(
                "SELECT * FROM rounds WHERE decision_id = $1",
                args![decision_id],
            )
            .await?
            .as_ref()
            .map(round_row)
            .transpose()
    }

    async fn rounds_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<Round>> {
        self.conn
            .all(
                "SELECT * FROM rounds WHERE pool_id = $1 ORDER BY opened_at DESC, id DESC",
                args![pool_id],
            )
            .await?
            .iter()
            .map(round_row)
            .collect()
    }

    async fn due_rounds(&mut self, now_ms: i64, limit: i64) -> StoreResult<Vec<String>> {
        self.conn
            .all(
                "SELECT id FROM rounds WHERE status = $3 AND funding_close_ms <= $1 ORDER BY funding_close_ms, id LIMIT $2",
                args![now_ms, limit, pools_core::budget::RoundStatus::Open.as_str()],
            )
            .await?
            .iter()
            .map(|r| r.text("id"))
            .collect()
    }

    async fn allocation_left(
        &mut self,
        round_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<i64>> {
        self.conn
            .one(
                "SELECT left_amount FROM round_members WHERE round_id = $1 AND person_id = $2",
                args![round_id, person_id],
            )
            .await?
            .map(|r| r.i64("left_amount"))
            .transpose()
    }

    async fn allocations(&mut self, round_id: &str) -> StoreResult<Vec<(String, String, i64)>> {
        let rows = self
            .conn
            .all(
                "SELECT m.person_id, p.name, m.left_amount FROM round_members m JOIN persons p ON p.id = m.person_id \
                 WHERE m.round_id = $1 ORDER BY lower(p.name), m.person_id",
                args![round_id],
            )
            .await?;
        rows.iter()
            .map(|r| Ok((r.text("person_id")?, r.text("name")?, r.i64("left_amount")?)))
            .collect()
    }

    async fn bucket(&mut self, id: &str) -> StoreResult<Option<Bucket>> {
        let Some(r) = self
            .conn
            .one(
                "SELECT b.*, (SELECT count(*) FROM bucket_flags f WHERE f.bucket_id = b.id) AS flag_count FROM buckets b WHERE b.id = $1",
                args![id],
            )
            .await?
        else {
            return Ok(None);
        };
        let mut b = bucket_row(&r)?;
        self.name_co_creators(std::slice::from_mut(&mut b)).await?;
        Ok(Some(b))
    }

    async fn buckets_of_round(&mut self, round_id: &str) -> StoreResult<Vec<Bucket>> {
        let mut list = self
            .conn
            .all(
                "SELECT b.*, (SELECT count(*) FROM bucket_flags f WHERE f.bucket_id = b.id) AS flag_count FROM buckets b \
                 WHERE b.round_id = $1 ORDER BY b.created_at, b.id",
                args![round_id],
            )
            .await?
            .iter()
            .map(bucket_row)
            .collect::<StoreResult<Vec<_>>>()?;
        self.name_co_creators(&mut list).await?;
        Ok(list)
    }

    async fn bucket_gifts(&mut self, bucket_id: &str) -> StoreResult<Vec<Funding>> {
        self.conn
            .all(
                "SELECT g.person_id, p.name, g.amount, (SELECT max(f.at) FROM bucket_fundings f WHERE f.bucket_id = g.bucket_id AND f.person_id = g.person_id) AS at \
                 FROM bucket_gifts g JOIN persons p ON p.id = g.person_id WHERE g.bucket_id = $1 ORDER BY g.amount DESC, lower(p.name), g.person_id",
                args![bucket_id],
            )
            .await?
            .iter()
            .map(funding_row)
            .collect()
    }

    async fn bucket_gift(&mut self, bucket_id: &str, person_id: &str) -> StoreResult<i64> {
        Ok(self
            .conn
            .one(
                "SELECT amount FROM bucket_gifts WHERE bucket_id = $1 AND person_id = $2",
                args![bucket_id, person_id],
            )
            .await?
            .map(|r| r.i64("amount"))
            .transpose()?
            .unwrap_or(0))
    }

    async fn bucket_fundings(&mut self, bucket_id: &str) -> StoreResult<Vec<Funding>> {
        self.conn
            .all(
                "SELECT f.person_id, p.name, f.amount, f.at FROM bucket_fundings f JOIN persons p ON p.id = f.person_id \
                 WHERE f.bucket_id = $1 ORDER BY f.at, f.id",
                args![bucket_id],
            )
            .await?
            .iter()
            .map(funding_row)
            .collect()
    }

    async fn bucket_flags(&mut self, bucket_id: &str) -> StoreResult<Vec<Flag>> {
        let rows = self
            .conn
            .all(
                "SELECT f.person_id, p.name, f.reason, f.at FROM bucket_flags f JOIN persons p ON p.id = f.person_id \
                 WHERE f.bucket_id = $1 ORDER BY f.at, f.person_id",
                args![bucket_id],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Flag {
                    person_id: r.text("person_id")?,
                    name: r.text("name")?,
                    reason: r.text("reason")?,
                    at: r.text("at")?,
                })
            })
            .collect()
    }
}

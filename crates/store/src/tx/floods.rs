//! Floods and their member pools.
//!
//! The projection of this aggregate's events and the queries that read
//! its tables, side by side.

use super::*;

pub(super) fn flood_row(r: &Row) -> StoreResult<Flood> {
    Ok(Flood {
        id: r.text("id")?,
        name: r.text("name")?,
        purpose: r.text("purpose")?,
        currency: Currency::from_code(&r.text("currency")?)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?,
        rules: json(r, "rules")?,
        double_majority: r.i64("double_majority")? != 0,
        status: stored(r, "status", FloodStatus::parse)?,
        started_at: r.text("started_at")?,
        version: r.i64("version")?,
        version_at: r.opt_text("version_at")?.unwrap_or_default(),
    })
}

pub(super) fn flood_member_row(r: &Row) -> StoreResult<FloodMember> {
    Ok(FloodMember {
        pool_id: r.text("pool_id")?,
        name: r.text("name")?,
        committed: r.i64("committed")?,
        status: stored(r, "status", MemberPoolStatus::parse)?,
        received: r.i64("received")?,
        joined_at: r.text("joined_at")?,
    })
}

impl SqlTx {
    /// Applies one of this aggregate's events to its tables.
    pub(super) async fn apply_floods(
        &mut self,
        entry: &JournalEntry,
        event: &Event,
    ) -> StoreResult<()> {
        let at = entry.at.as_str();
        let c = &mut self.conn;
        match event {
            Event::FloodStarted {
                flood_id,
                group_id,
                slug,
                name,
                purpose,
                currency,
                rules,
                double_majority,
                pool_id,
            } => {
                c.exec(
                    "INSERT INTO groups (id, slug, name, description, created_at, kind) VALUES ($1, $2, $3, $4, $5, $6)",
                    args![group_id, slug, name, purpose, at, pools_core::flood::GroupKind::Flood.as_str()],
                )
                .await?;
                c.exec(
                    "INSERT INTO pools (id, group_id, name, currency, rules, commitment, status, created_at, opened_at, kind) \
                     VALUES ($1, $2, $3, $4, $5, '', $8, $6, $7, $9)",
                    args![flood_id, group_id, name, currency.code(), to_json(rules), at, at, pools_core::membership::PoolStatus::Open.as_str(), pools_core::flood::PoolKind::Flood.as_str()],
                )
                .await?;
                c.exec(
                    "INSERT INTO floods (id, purpose, double_majority, founder_pool_id, status, started_at, dissolved_at) VALUES ($1, $2, $3, $4, $6, $5, NULL)",
                    args![flood_id, purpose, *double_majority as i64, pool_id, at, pools_core::flood::FloodStatus::Active.as_str()],
                )
                .await?;
            }
            Event::FloodCommitted {
                flood_id,
                pool_id,
                amount,
                pool_entry_id,
                flood_entry_id,
                pool_postings,
                flood_postings,
            } => {
                c.exec(
                    "INSERT INTO flood_pools (flood_id, pool_id, committed, status, received, joined_at, left_at) VALUES ($1, $2, $3, $5, 0, $4, NULL) \
                     ON CONFLICT (flood_id, pool_id) DO UPDATE SET committed = flood_pools.committed + excluded.committed",
                    args![flood_id, pool_id, *amount, at, pools_core::flood::MemberPoolStatus::Member.as_str()],
                )
                .await?;
                c.exec(
                    "UPDATE floods SET version = version + 1, version_at = $1 WHERE id = $2",
                    args![at, flood_id],
                )
                .await?;
                let side = |id, kind, postings| FloodSide { id, kind, postings };
                self.flood_entries(
                    flood_id,
                    pool_id,
                    *amount,
                    side(pool_entry_id, EntryKind::FloodCommitment, pool_postings),
                    side(flood_entry_id, EntryKind::PoolCommitment, flood_postings),
                    at,
                )
                .await?;
            }
            Event::FloodLeft {
                flood_id,
                pool_id,
                amount,
                pool_entry_id,
                flood_entry_id,
                pool_postings,
                flood_postings,
                dissolved,
            } => {
                let n = c
                    .exec(
                        "UPDATE flood_pools SET status = $5, received = $1, left_at = $2 WHERE flood_id = $3 AND pool_id = $4 AND status = $6",
                        args![*amount, at, flood_id, pool_id, pools_core::flood::MemberPoolStatus::Left.as_str(), pools_core::flood::MemberPoolStatus::Member.as_str()],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "that pool is not a member of the flood".into(),
                    ));
                }
                c.exec(
                    "UPDATE floods SET version = version + 1, version_at = $1 WHERE id = $2",
                    args![at, flood_id],
                )
                .await?;
                if *dissolved {
                    c.exec(
                        "UPDATE floods SET status = $3, dissolved_at = $1 WHERE id = $2",
                        args![
                            at,
                            flood_id,
                            pools_core::flood::FloodStatus::Dissolved.as_str()
                        ],
                    )
                    .await?;
                }
                if let (Some(pe), Some(fe)) = (pool_entry_id, flood_entry_id) {
                    let side = |id, kind, postings| FloodSide { id, kind, postings };
                    self.flood_entries(
                        flood_id,
                        pool_id,
                        *amount,
                        side(pe, EntryKind::FloodReturn, pool_postings),
                        side(fe, EntryKind::PoolExit, flood_postings),
                        at,
                    )
                    .await?;
                }
            }
            Event::FloodAgreementSigned {
                flood_id,
                version,
                person_id,
                typed_name,
                sha256,
            } => {
                c.exec(
                    "INSERT INTO flood_signatures (flood_id, version, person_id, typed_name, sha256, at) VALUES ($1, $2, $3, $4, $5, $6)",
                    args![flood_id, *version, person_id, typed_name, sha256, at],
                )
                .await?;
            }
            _ => return Err(misrouted(event, "floods")),
        }
        Ok(())
    }
}

#[async_trait]
impl FloodsTx for SqlTx {
    async fn flood(&mut self, id: &str) -> StoreResult<Option<Flood>> {
        self.conn
            .one(
                "SELECT f.id, p.name, f.purpose, p.currency, p.rules, f.double_majority, f.status, f.started_at, f.version, f.version_at FROM floods f JOIN pools p ON p.id = f.id WHERE f.id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(flood_row)
            .transpose()
    }

    async fn flood_pools(&mut self, flood_id: &str) -> StoreResult<Vec<FloodMember>> {
        self.conn
            .all(
                "SELECT m.pool_id, p.name, m.committed, m.status, m.received, m.joined_at FROM flood_pools m JOIN pools p ON p.id = m.pool_id \
                 WHERE m.flood_id = $1 ORDER BY lower(p.name), m.pool_id",
                args![flood_id],
            )
            .await?
            .iter()
            .map(flood_member_row)
            .collect()
    }

    async fn flood_signatures(
        &mut self,
        flood_id: &str,
    ) -> StoreResult<Vec<(i64, String, String, String, String)>> {
        let rows = self
            .conn
            .all(
                "SELECT s.version, s.person_id, p.name, s.sha256, s.at FROM flood_signatures s JOIN persons p ON p.id = s.person_id \
                 WHERE s.flood_id = $1 ORDER BY s.version, s.at, s.person_id",
                args![flood_id],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.i64("version")?,
                    r.text("person_id")?,
                    r.text("name")?,
                    r.text("sha256")?,
                    r.text("at")?,
                ))
            })
            .collect()
    }

    async fn floods_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<(Flood, FloodMember)>> {
        let rows = self
            .conn
            .all(
                "SELECT f.id, fp.name AS flood_name, f.purpose, fp.currency, fp.rules, f.double_majority, f.status AS flood_status, f.started_at, f.version, f.version_at, \
                 m.pool_id, p.name, m.committed, m.status, m.received, m.joined_at \
                 FROM flood_pools m JOIN floods f ON f.id = m.flood_id JOIN pools fp ON fp.id = f.id JOIN pools p ON p.id = m.pool_id \
                 WHERE m.pool_id = $1 ORDER BY m.joined_at DESC, f.id",
                args![pool_id],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    Flood {
                        id: r.text("id")?,
                        name: r.text("flood_name")?,
                        purpose: r.text("purpose")?,
                        currency: Currency::from_code(&r.text("currency")?)
                            .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                        rules: json(r, "rules")?,
                        double_majority: r.i64("double_majority")? != 0,
                        status: stored(r, "flood_status", FloodStatus::parse)?,
                        started_at: r.text("started_at")?,
                        version: r.i64("version")?,
                        version_at: r.opt_text("version_at")?.unwrap_or_default(),
                    },
                    flood_member_row(r)?,
                ))
            })
            .collect()
    }
}

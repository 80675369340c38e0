//! Pools and their members.
//!
//! The projection of this aggregate's events and the queries that read
//! its tables, side by side.

use super::*;

pub(super) fn pool(r: &Row) -> StoreResult<Pool> {
    Ok(Pool {
        id: r.text("id")?,
        group_id: r.text("group_id")?,
        name: r.text("name")?,
        currency: Currency::from_code(&r.text("currency")?)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?,
        rules: serde_json::from_str(&r.text("rules")?)
            .map_err(|e| StoreError::Corrupt(format!("rules: {e}")))?,
        commitment: r.text("commitment")?,
        status: PoolStatus::parse(&r.text("status")?).ok_or_else(|| corrupt("pool status"))?,
        is_flood: stored(r, "kind", pools_core::flood::PoolKind::parse)?
            == pools_core::flood::PoolKind::Flood,
        time_zone: r.opt_text("time_zone")?,
    })
}

pub(super) fn pool_member(r: &Row) -> StoreResult<PoolMember> {
    Ok(PoolMember {
        pool_id: r.text("pool_id")?,
        person_id: r.text("person_id")?,
        name: r.text("person_name")?,
        role: PoolRole::parse(&r.text("role")?).ok_or_else(|| corrupt("pool role"))?,
        status: MemberStatus::parse(&r.text("status")?).ok_or_else(|| corrupt("member status"))?,
        commitment_hash: r.text("commitment_hash")?,
        accepted_at: r.text("accepted_at")?,
    })
}

impl SqlTx {
    /// Applies one of this aggregate's events to its tables.
    pub(super) async fn apply_pools(
        &mut self,
        entry: &JournalEntry,
        event: &Event,
    ) -> StoreResult<()> {
        let at = entry.at.as_str();
        let c = &mut self.conn;
        match event {
            Event::PoolCreated {
                pool_id,
                group_id,
                name,
                currency,
                rules,
                commitment,
            } => {
                c.exec(
                    "INSERT INTO pools (id, group_id, name, currency, rules, commitment, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $8, $7)",
                    args![
                        pool_id,
                        group_id,
                        name,
                        currency.code(),
                        serde_json::to_string(rules).expect("rules serialize"),
                        commitment,
                        at, pools_core::membership::PoolStatus::Draft.as_str()
                    ],
                )
                .await?;
            }
            Event::PoolDraftEdited {
                pool_id,
                rules,
                commitment,
            } => {
                c.exec(
                    "UPDATE pools SET rules = $1, commitment = $2 WHERE id = $3",
                    args![
                        serde_json::to_string(rules).expect("rules serialize"),
                        commitment,
                        pool_id
                    ],
                )
                .await?;
            }
            Event::PoolOpened { pool_id } => {
                c.exec(
                    "UPDATE pools SET status = $3, opened_at = $1 WHERE id = $2",
                    args![
                        at,
                        pool_id,
                        pools_core::membership::PoolStatus::Open.as_str()
                    ],
                )
                .await?;
            }
            Event::PoolMemberJoined {
                pool_id,
                person_id,
                role,
                status,
                commitment,
                commitment_hash,
            } => {
                c.exec(
                    "INSERT INTO commitment_texts (hash, text) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING",
                    args![commitment_hash, commitment],
                )
                .await?;
                c.exec(
                    "INSERT INTO pool_members (pool_id, person_id, role, status, commitment_hash, accepted_at, left_at) VALUES ($1, $2, $3, $4, $5, $6, NULL) \
                     ON CONFLICT (pool_id, person_id) DO UPDATE SET role = excluded.role, status = excluded.status, commitment_hash = excluded.commitment_hash, accepted_at = excluded.accepted_at, left_at = NULL",
                    args![pool_id, person_id, role.as_str(), status.as_str(), commitment_hash, at],
                )
                .await?;
            }
            Event::PoolMemberLeft { pool_id, person_id } => {
                c.exec(
                    "UPDATE pool_members SET status = $4, left_at = $1 WHERE pool_id = $2 AND person_id = $3",
                    args![at, pool_id, person_id, pools_core::membership::MemberStatus::Left.as_str()],
                )
                .await?;
            }
            Event::PoolRulesChanged { pool_id, rules, .. } => {
                c.exec(
                    "UPDATE pools SET rules = $1 WHERE id = $2",
                    args![to_json(rules), pool_id],
                )
                .await?;
            }
            Event::MembershipActivated { pool_id, person_id } => {
                let n = c
                    .exec(
                        "UPDATE pool_members SET status = $3 WHERE pool_id = $1 AND person_id = $2 AND status = $4",
                        args![pool_id, person_id, pools_core::membership::MemberStatus::Active.as_str(), pools_core::membership::MemberStatus::Pending.as_str()],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict("the membership is not pending".into()));
                }
            }
            Event::PoolRoleChanged {
                pool_id,
                person_id,
                role,
            } => {
                c.exec(
                    "UPDATE pool_members SET role = $1 WHERE pool_id = $2 AND person_id = $3",
                    args![role.as_str(), pool_id, person_id],
                )
                .await?;
            }
            Event::PoolTimeZoneSet { pool_id, time_zone } => {
                c.exec(
                    "UPDATE pools SET time_zone = $1 WHERE id = $2",
                    args![time_zone.as_deref(), pool_id],
                )
                .await?;
            }
            _ => return Err(misrouted(event, "pools")),
        }
        Ok(())
    }
}

#[async_trait]
impl PoolsTx for SqlTx {
    async fn pool(&mut self, id: &str) -> StoreResult<Option<Pool>> {
        self.conn
            .one(
                "SELECT id, group_id, name, currency, rules, commitment, status, kind, time_zone FROM pools WHERE id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(pool)
            .transpose()
    }

    async fn pool_of_group(&mut self, group_id: &str) -> StoreResult<Option<Pool>> {
        self.conn
            .one(
                "SELECT id, group_id, name, currency, rules, commitment, status, kind, time_zone FROM pools WHERE group_id = $1",
                args![group_id],
            )
            .await?
            .as_ref()
            .map(pool)
            .transpose()
    }

    async fn pools_of(&mut self, person_id: &str) -> StoreResult<Vec<(Pool, PoolMember)>> {
        self.conn
            .all(
                "SELECT p.id, p.group_id, p.name, p.currency, p.rules, p.commitment, p.status, p.kind, p.time_zone, \
                 m.pool_id, m.person_id, pe.name AS person_name, m.role, m.status AS member_status, m.commitment_hash, m.accepted_at \
                 FROM pool_members m JOIN pools p ON p.id = m.pool_id JOIN persons pe ON pe.id = m.person_id \
                 WHERE m.person_id = $1 ORDER BY lower(p.name), p.id",
                args![person_id],
            )
            .await?
            .iter()
            .map(|r| {
                let p = pool(r)?;
                let m = PoolMember {
                    pool_id: r.text("pool_id")?,
                    person_id: r.text("person_id")?,
                    name: r.text("person_name")?,
                    role: PoolRole::parse(&r.text("role")?)
                        .ok_or_else(|| corrupt("pool role"))?,
                    status: MemberStatus::parse(&r.text("member_status")?)
                        .ok_or_else(|| corrupt("member status"))?,
                    commitment_hash: r.text("commitment_hash")?,
                    accepted_at: r.text("accepted_at")?,
                };
                Ok((p, m))
            })
            .collect()
    }

    async fn pool_members(&mut self, pool_id: &str) -> StoreResult<Vec<PoolMember>> {
        self.conn
            .all(
                "SELECT m.pool_id, m.person_id, pe.name AS person_name, m.role, m.status, m.commitment_hash, m.accepted_at \
                 FROM pool_members m JOIN persons pe ON pe.id = m.person_id WHERE m.pool_id = $1 ORDER BY lower(pe.name), m.person_id",
                args![pool_id],
            )
            .await?
            .iter()
            .map(pool_member)
            .collect()
    }

    async fn current_member_count(&mut self, pool_id: &str) -> StoreResult<i64> {
        self.conn
            .one(
                "SELECT COUNT(*) AS n FROM pool_members WHERE pool_id = $1 AND status IN ($2, $3)",
                args![
                    pool_id,
                    pools_core::membership::MemberStatus::Active.as_str(),
                    pools_core::membership::MemberStatus::Pending.as_str()
                ],
            )
            .await?
            .map_or(Ok(0), |r| r.i64("n"))
    }

    async fn active_member_ids(&mut self, pool_id: &str) -> StoreResult<Vec<String>> {
        self.conn
            .all(
                "SELECT person_id FROM pool_members WHERE pool_id = $1 AND status = $2",
                args![
                    pool_id,
                    pools_core::membership::MemberStatus::Active.as_str()
                ],
            )
            .await?
            .iter()
            .map(|r| r.text("person_id"))
            .collect()
    }

    async fn pool_member(
        &mut self,
        pool_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<PoolMember>> {
        self.conn
            .one(
                "SELECT m.pool_id, m.person_id, pe.name AS person_name, m.role, m.status, m.commitment_hash, m.accepted_at \
                 FROM pool_members m JOIN persons pe ON pe.id = m.person_id WHERE m.pool_id = $1 AND m.person_id = $2",
                args![pool_id, person_id],
            )
            .await?
            .as_ref()
            .map(pool_member)
            .transpose()
    }
}

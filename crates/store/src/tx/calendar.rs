//! Calendar feeds (not journaled) and the deadlines of a person's pools.

use super::*;
use pools_core::budget::RoundStatus;
use pools_core::decision::DecisionStatus;

/// The bodies a person's deadlines come from: the pools they are a member
/// of (active or pending, `$3`, `$4`) and the Floods those pools are in
/// (`$5`) while they are active there.
macro_rules! bodies_of_person {
    () => {
        "(SELECT pool_id FROM pool_members WHERE person_id = $1 AND status IN ($3, $4) \
         UNION SELECT fp.flood_id FROM flood_pools fp JOIN pool_members m ON m.pool_id = fp.pool_id \
         WHERE m.person_id = $1 AND m.status = $3 AND fp.status = $5)"
    };
}

#[async_trait]
impl CalendarTx for SqlTx {
    async fn calendar_feed(&mut self, person_id: &str) -> StoreResult<Option<(i64, bool)>> {
        self.conn
            .one(
                "SELECT generation, active FROM calendar_feeds WHERE person_id = $1",
                args![person_id],
            )
            .await?
            .map(|r| Ok((r.i64("generation")?, r.i64("active")? != 0)))
            .transpose()
    }

    async fn set_calendar_feed(
        &mut self,
        person_id: &str,
        generation: i64,
        on: bool,
        at: &str,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO calendar_feeds (person_id, generation, active, updated_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (person_id) DO UPDATE SET generation = $2, active = $3, updated_at = $4",
                args![person_id, generation, on as i64, at],
            )
            .await?;
        Ok(())
    }

    async fn deadlines_for(
        &mut self,
        person_id: &str,
        since_ms: i64,
        limit: i64,
    ) -> StoreResult<Vec<DeadlineRow>> {
        let member = MemberStatus::Active.as_str();
        let pending = MemberStatus::Pending.as_str();
        let in_flood = MemberPoolStatus::Member.as_str();
        let mut out = Vec::new();
        let decisions = self
            .conn
            .all(
                concat!(
                    "SELECT d.id, d.title, p.name AS pool_name, d.closes_at, d.opened_at, d.status \
                     FROM decisions d JOIN pools p ON p.id = d.pool_id \
                     WHERE d.closes_ms >= $2 AND d.pool_id IN ",
                    bodies_of_person!(),
                    " ORDER BY d.closes_ms, d.id LIMIT $6"
                ),
                args![person_id, since_ms, member, pending, in_flood, limit],
            )
            .await?;
        for r in &decisions {
            out.push(DeadlineRow {
                of: DeadlineOf::Decision,
                id: r.text("id")?,
                title: r.text("title")?,
                pool_name: r.text("pool_name")?,
                at: r.text("closes_at")?,
                opened_at: r.text("opened_at")?,
                closed: r.text("status")? != DecisionStatus::Open.as_str(),
            });
        }
        let rounds = self
            .conn
            .all(
                concat!(
                    "SELECT r.id, r.title, p.name AS pool_name, r.buckets_close_at, r.buckets_close_ms, r.funding_close_at, r.opened_at, r.status \
                     FROM rounds r JOIN pools p ON p.id = r.pool_id \
                     WHERE r.funding_close_ms >= $2 AND r.pool_id IN ",
                    bodies_of_person!(),
                    " ORDER BY r.funding_close_ms, r.id LIMIT $6"
                ),
                args![person_id, since_ms, member, pending, in_flood, limit],
            )
            .await?;
        for r in &rounds {
            let closed = r.text("status")? != RoundStatus::Open.as_str();
            let row = |of, at: String| -> StoreResult<DeadlineRow> {
                Ok(DeadlineRow {
                    of,
                    id: r.text("id")?,
                    title: r.text("title")?,
                    pool_name: r.text("pool_name")?,
                    at,
                    opened_at: r.text("opened_at")?,
                    closed,
                })
            };
            if r.i64("buckets_close_ms")? >= since_ms {
                out.push(row(DeadlineOf::RoundBuckets, r.text("buckets_close_at")?)?);
            }
            out.push(row(DeadlineOf::RoundFunding, r.text("funding_close_at")?)?);
        }
        // RFC 3339 UTC text in one format sorts as time does.
        out.sort_by(|a, b| a.at.cmp(&b.at).then(a.id.cmp(&b.id)));
        out.truncate(limit.max(0) as usize);
        Ok(out)
    }
}

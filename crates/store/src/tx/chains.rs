//! The journal's chains per body (`pools_core::chain`), written beside the
//! global journal in each command's transaction, and read back.
//!
//! Where an entry goes and what it depends on is decided by the core
//! (`Bodies::place`); this module only tells it what the tables know that
//! the event does not say (which pool opened a decision, a pool's group, a
//! Flood's member pools now) and keeps the entries and heads.

use super::*;
use pools_core::chain::{self, Bodies, ChainEntry, ChainHead, Dep, Link};
use std::collections::HashMap;

/// The setting that keeps the global head a database's chains were split
/// from, as `SEQ:HASH`.
pub(crate) const SPLIT_FROM: &str = "chains_split_from";

/// The table that says which pool opened a thing of each kind `chain::names`
/// gives.
fn owner_sql(what: &str) -> Option<&'static str> {
    Some(match what {
        "decision" => "SELECT pool_id FROM decisions WHERE id = $1",
        "round" => "SELECT pool_id FROM rounds WHERE id = $1",
        "bucket" => "SELECT pool_id FROM buckets WHERE id = $1",
        "formation" => "SELECT pool_id FROM formations WHERE id = $1",
        "comment" => "SELECT pool_id FROM comments WHERE id = $1",
        _ => return None,
    })
}

/// A pool's id from its chain's name.
fn pool_of(body: &str) -> Option<&str> {
    body.strip_prefix("pool:")
}

fn head_row(r: &Row) -> StoreResult<ChainHead> {
    Ok(ChainHead {
        body: r.text("body")?,
        seq: r.i64("seq")?,
        hash: r.text("hash")?,
    })
}

fn chain_entry(r: &Row) -> StoreResult<ChainEntry> {
    Ok(ChainEntry {
        body: r.text("body")?,
        seq: r.i64("seq")?,
        at: r.text("at")?,
        actor: r.opt_text("actor")?,
        event: r.text("event")?,
        link: Link::parse(&r.text("link")?).map_err(|e| corrupt(&e))?,
        deps: Dep::parse(&r.text("deps")?).map_err(|e| corrupt(&e))?,
        prev_hash: r.text("prev_hash")?,
        hash: r.text("hash")?,
    })
}

impl SqlTx {
    /// A chain's head: its last place and hash, and its anchor.
    async fn chain_head(&mut self, body: &str) -> StoreResult<Option<(i64, String, String)>> {
        match self
            .conn
            .one(
                "SELECT seq, hash, anchor FROM chain_heads WHERE body = $1",
                args![body],
            )
            .await?
        {
            Some(r) => Ok(Some((r.i64("seq")?, r.text("hash")?, r.text("anchor")?))),
            None => Ok(None),
        }
    }

    /// Places `event` and writes its entries (its own, and its counterpart
    /// for money between a pool and a Flood) at the ends of their chains.
    pub(super) async fn write_chains(
        &mut self,
        at: &str,
        actor: Option<&str>,
        event: &Event,
        text: &str,
    ) -> StoreResult<()> {
        let mut bodies = Bodies::new();
        if let Some((what, id)) = chain::names(event) {
            let sql = owner_sql(what).ok_or_else(|| corrupt(&format!("no table of {what}s")))?;
            let pool = self
                .conn
                .one(sql, args![id])
                .await?
                .ok_or_else(|| corrupt(&format!("no {what} {id} to place an entry by")))?
                .text("pool_id")?;
            bodies.know_owner(id, &pool);
        }
        if let Some(pool_id) = chain::group_needed(event)
            && let Some(r) = self
                .conn
                .one("SELECT group_id FROM pools WHERE id = $1", args![pool_id])
                .await?
        {
            bodies.know_group(pool_id, &r.text("group_id")?);
        }
        if chain::reads_standing(event) {
            let body = bodies.body(event).map_err(|e| corrupt(&e))?;
            if let Some(flood_id) = pool_of(&body) {
                let pools: Vec<String> = self
                    .conn
                    .all(
                        "SELECT pool_id FROM flood_pools WHERE flood_id = $1 AND status = 'member'",
                        args![flood_id],
                    )
                    .await?
                    .iter()
                    .map(|r| r.text("pool_id"))
                    .collect::<StoreResult<_>>()?;
                if !pools.is_empty() {
                    bodies.know_flood(flood_id, pools);
                }
            }
        }
        let place = bodies.place(event, actor).map_err(|e| corrupt(&e))?;
        let mut heads: HashMap<String, (i64, String)> = HashMap::new();
        let mut anchor = pools_core::journal::GENESIS.to_string();
        let read: Vec<String> = std::iter::once(place.body.clone())
            .chain(place.counterpart.clone())
            .chain(place.after.iter().cloned())
            .chain(place.at.iter().cloned())
            .collect();
        for (i, b) in read.iter().enumerate() {
            if let Some((seq, hash, a)) = self.chain_head(b).await? {
                if i == 0 {
                    anchor = a;
                }
                heads.insert(b.clone(), (seq, hash));
            }
        }
        let (first, back) =
            chain::entries_for(&place, |b| heads.get(b).cloned(), &anchor, at, actor, text);
        let kind = event.kind();
        for e in std::iter::once(&first).chain(back.as_ref()) {
            self.append_chain(e, kind, &anchor).await?;
        }
        self.placed = Some((first.seq, first.hash));
        Ok(())
    }

    /// Writes one entry at the end of its chain, refusing one that does
    /// not follow the head.
    async fn append_chain(&mut self, e: &ChainEntry, kind: &str, anchor: &str) -> StoreResult<()> {
        let link = Link::text(e.link.as_ref());
        let deps = Dep::text(&e.deps);
        self.conn
            .exec(
                "INSERT INTO chain_entries (body, seq, at, actor, kind, event, link, deps, prev_hash, hash) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                args![
                    &e.body,
                    e.seq,
                    &e.at,
                    e.actor.clone(),
                    kind,
                    &e.event,
                    link,
                    deps,
                    &e.prev_hash,
                    &e.hash
                ],
            )
            .await?;
        let moved = if e.seq == 1 {
            self.conn
                .exec(
                    "INSERT INTO chain_heads (body, seq, hash, anchor) VALUES ($1, 1, $2, $3)",
                    args![&e.body, &e.hash, anchor],
                )
                .await?
        } else {
            self.conn
                .exec(
                    "UPDATE chain_heads SET seq = $2, hash = $3 WHERE body = $1 AND seq = $2 - 1",
                    args![&e.body, e.seq, &e.hash],
                )
                .await?
        };
        if moved != 1 {
            return Err(StoreError::Conflict(format!(
                "the chain {} moved on meanwhile",
                e.body
            )));
        }
        Ok(())
    }

    /// Splits a database's global journal into chains per body, once: a
    /// database written before the chains has a journal and no chain heads.
    /// Each chain is anchored to the global head (`chain::split`), so every
    /// chain attests the history before it. Returns how many entries it
    /// wrote.
    pub(crate) async fn split_journal(&mut self) -> StoreResult<u64> {
        let has_chains = self
            .conn
            .one("SELECT COUNT(*) AS n FROM chain_heads", args![])
            .await?
            .map(|r| r.i64("n"))
            .transpose()?
            .unwrap_or(0)
            > 0;
        if has_chains || self.head().await?.0 == 0 {
            return Ok(0);
        }
        let mut global = Vec::new();
        let mut after = 0;
        loop {
            let page = self.journal_after(after, 10_000).await?;
            let Some(last) = page.last() else { break };
            after = last.seq;
            global.extend(page);
        }
        let (seq, hash) = self.head().await?;
        let anchor = chain::split_anchor(seq, &hash);
        self.set_setting(
            SPLIT_FROM,
            &pools_core::journal::Head {
                seq,
                hash: hash.clone(),
            }
            .to_string(),
        )
        .await?;
        let chains = chain::split(&global).map_err(|e| corrupt(&e))?;
        let mut written = 0;
        for chain in chains.values() {
            for e in chain {
                let event: Event = serde_json::from_str(&e.event)
                    .map_err(|why| corrupt(&format!("entry of {}: {why}", e.body)))?;
                self.append_chain(e, event.kind(), &anchor).await?;
                // A result's place in its pool's chain, as the projection
                // keeps it for decisions closed from now on.
                if let Event::DecisionClosed { decision_id, .. } = &event
                    && e.link.as_ref().is_none_or(|l| l.hash.is_none())
                {
                    self.conn
                        .exec(
                            "UPDATE decisions SET closed_chain_seq = $1, closed_chain_hash = $2 WHERE id = $3",
                            args![e.seq, &e.hash, decision_id],
                        )
                        .await?;
                }
                written += 1;
            }
        }
        Ok(written)
    }

    pub(super) async fn read_chain_heads(&mut self) -> StoreResult<Vec<ChainHead>> {
        self.conn
            .all(
                "SELECT body, seq, hash FROM chain_heads ORDER BY body",
                args![],
            )
            .await?
            .iter()
            .map(head_row)
            .collect()
    }

    pub(super) async fn read_chain_after(
        &mut self,
        body: &str,
        after_seq: i64,
        limit: i64,
    ) -> StoreResult<Vec<ChainEntry>> {
        self.conn
            .all(
                "SELECT body, seq, at, actor, event, link, deps, prev_hash, hash FROM chain_entries \
                 WHERE body = $1 AND seq > $2 ORDER BY seq LIMIT $3",
                args![body, after_seq, limit],
            )
            .await?
            .iter()
            .map(chain_entry)
            .collect()
    }
}

/// Splits the global journal into chains if the database has none yet
/// (`SqlTx::split_journal`), in the writer's transaction `tx`, and commits.
pub(crate) async fn split_on_open(mut tx: SqlTx) -> StoreResult<()> {
    let written = tx.split_journal().await?;
    Box::new(tx).commit().await?;
    if written > 0 {
        tracing::info!(
            entries = written,
            "split the journal into chains per pool, group and person"
        );
    }
    Ok(())
}

fn checkpoint(r: &Row) -> StoreResult<pools_core::chain::Checkpoint> {
    Ok(pools_core::chain::Checkpoint {
        id: r.i64("id")?,
        at: r.text("at")?,
        root: r.text("root")?,
        bodies: r.i64("bodies")?,
    })
}

impl SqlTx {
    /// The newest checkpoint, if any was taken.
    pub(super) async fn read_latest_checkpoint(
        &mut self,
    ) -> StoreResult<Option<pools_core::chain::Checkpoint>> {
        self.conn
            .one(
                "SELECT id, at, root, bodies FROM checkpoints ORDER BY id DESC LIMIT 1",
                args![],
            )
            .await?
            .as_ref()
            .map(checkpoint)
            .transpose()
    }

    /// Takes a checkpoint over every head as this transaction reads them,
    /// keeping the heads that moved since the last one, unless none did;
    /// returns the newest checkpoint either way (none without chains).
    pub(super) async fn record_checkpoint(
        &mut self,
        at: &str,
    ) -> StoreResult<Option<pools_core::chain::Checkpoint>> {
        let rows = self
            .conn
            .all(
                "SELECT h.body, h.seq, h.hash, c.seq AS taken FROM chain_heads h \
                 LEFT JOIN checkpointed c ON c.body = h.body ORDER BY h.body",
                args![],
            )
            .await?;
        let mut heads = Vec::with_capacity(rows.len());
        let mut moved = Vec::new();
        for r in &rows {
            let head = head_row(r)?;
            if r.opt_i64("taken")? != Some(head.seq) {
                moved.push(head.clone());
            }
            heads.push(head);
        }
        let last = self.read_latest_checkpoint().await?;
        if moved.is_empty() {
            return Ok(last);
        }
        let taken = pools_core::chain::Checkpoint {
            id: last.map_or(1, |c| c.id + 1),
            at: at.to_string(),
            root: chain::merkle_root(&heads),
            bodies: heads.len() as i64,
        };
        self.conn
            .exec(
                "INSERT INTO checkpoints (id, at, root, bodies) VALUES ($1, $2, $3, $4)",
                args![taken.id, &taken.at, &taken.root, taken.bodies],
            )
            .await?;
        for h in &moved {
            self.conn
                .exec(
                    "INSERT INTO checkpoint_heads (checkpoint, body, seq, hash) VALUES ($1, $2, $3, $4)",
                    args![taken.id, &h.body, h.seq, &h.hash],
                )
                .await?;
            self.conn
                .exec(
                    "INSERT INTO checkpointed (body, seq) VALUES ($1, $2) \
                     ON CONFLICT (body) DO UPDATE SET seq = excluded.seq",
                    args![&h.body, h.seq],
                )
                .await?;
        }
        Ok(Some(taken))
    }

    /// The heads a checkpoint kept: those that moved since the one before.
    pub(super) async fn read_checkpoint_heads(&mut self, id: i64) -> StoreResult<Vec<ChainHead>> {
        self.conn
            .all(
                "SELECT body, seq, hash FROM checkpoint_heads WHERE checkpoint = $1 ORDER BY body",
                args![id],
            )
            .await?
            .iter()
            .map(head_row)
            .collect()
    }

    /// Every chain's head as checkpoint `id` covered it: each chain's
    /// newest kept place at or before it.
    pub(super) async fn read_heads_at_checkpoint(
        &mut self,
        id: i64,
    ) -> StoreResult<Vec<ChainHead>> {
        self.conn
            .all(
                "SELECT body, seq, hash FROM checkpoint_heads ch WHERE checkpoint = \
                 (SELECT MAX(checkpoint) FROM checkpoint_heads c2 WHERE c2.body = ch.body AND c2.checkpoint <= $1) \
                 ORDER BY body",
                args![id],
            )
            .await?
            .iter()
            .map(head_row)
            .collect()
    }

    /// Each chain's anchor, by name.
    pub(super) async fn read_chain_anchors(&mut self) -> StoreResult<Vec<(String, String)>> {
        self.conn
            .all(
                "SELECT body, anchor FROM chain_heads ORDER BY body",
                args![],
            )
            .await?
            .iter()
            .map(|r| Ok((r.text("body")?, r.text("anchor")?)))
            .collect()
    }

    /// Checkpoints after `after_id`, oldest first.
    pub(super) async fn read_checkpoints_after(
        &mut self,
        after_id: i64,
        limit: i64,
    ) -> StoreResult<Vec<pools_core::chain::Checkpoint>> {
        self.conn
            .all(
                "SELECT id, at, root, bodies FROM checkpoints WHERE id > $1 ORDER BY id LIMIT $2",
                args![after_id, limit],
            )
            .await?
            .iter()
            .map(checkpoint)
            .collect()
    }
}

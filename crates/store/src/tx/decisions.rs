//! Decisions, electorates, ballots and running tallies.
//!
//! The projection of this aggregate's events and the queries that read
//! its tables, side by side.

use super::*;

/// See `SqlTx::voting`.
pub(crate) struct Voting {
    decision_id: String,
    person_id: String,
    tally: Tally,
    voted: bool,
    choice: Option<Choice>,
}

/// Published ballots inserted by one statement.
const PUBLISHED_BATCH: usize = 250;

/// A ballot's choice: none when there is no ballot (a NULL from a join) or
/// when it is sealed (the JSON `null` of a secret ballot).
fn choice_of(r: &Row) -> StoreResult<Option<Choice>> {
    Ok(opt_json::<Option<Choice>>(r, "choice")?.flatten())
}

/// `INSERT INTO published_ballots` with `PUBLISHED_BATCH` rows, written once.
fn published_batch_sql() -> &'static str {
    static SQL: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    SQL.get_or_init(|| {
        let rows: Vec<String> = (0..PUBLISHED_BATCH)
            .map(|i| format!("($1, ${}, ${}, ${})", 3 * i + 2, 3 * i + 3, 3 * i + 4))
            .collect();
        let sql = format!(
            "INSERT INTO published_ballots (decision_id, receipt, choice, reason) VALUES {}",
            rows.join(", ")
        );
        // One string for the life of the process, like a constant.
        Box::leak(sql.into_boxed_str())
    })
}

fn published(r: &Row) -> StoreResult<PublishedBallot> {
    Ok(PublishedBallot {
        receipt: r.text("receipt")?,
        choice: json(r, "choice")?,
        reason: r.text("reason")?,
    })
}

/// Voters inserted by one statement.
pub(super) const VOTER_BATCH: usize = 500;

/// `INSERT INTO decision_voters` with `VOTER_BATCH` rows, written once.
pub(super) fn voters_batch_sql() -> &'static str {
    static SQL: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    SQL.get_or_init(|| {
        let rows: Vec<String> = (0..VOTER_BATCH)
            .map(|i| format!("(${}, ${})", 2 * i + 1, 2 * i + 2))
            .collect();
        let sql = format!(
            "INSERT INTO decision_voters (decision_id, person_id) VALUES {}",
            rows.join(", ")
        );
        // One string for the life of the process, like a constant.
        Box::leak(sql.into_boxed_str())
    })
}

pub(super) fn decision(r: &Row) -> StoreResult<Decision> {
    Ok(Decision {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        proposer_id: r.text("proposer_id")?,
        title: r.text("title")?,
        body: r.text("body")?,
        method: json(r, "method")?,
        rule_change: opt_json(r, "rule_change")?,
        rules: json(r, "rules")?,
        opened_at: r.text("opened_at")?,
        closes_at: r.text("closes_at")?,
        closes_at_ms: r.i64("closes_ms")?,
        closed: stored(r, "status", pools_core::decision::DecisionStatus::parse)?
            == pools_core::decision::DecisionStatus::Closed,
        eligible: r.i64("eligible")?,
        tally: json(r, "tally")?,
        outcome: opt_json(r, "outcome")?,
        closed_at: r.opt_text("closed_at")?,
        spend: opt_json(r, "spend")?,
        round: opt_json(r, "round")?,
        effect_note: match opt_json(r, "effect_msg")? {
            Some(m) => Some(m),
            None => r.opt_text("round_note")?.map(pools_core::msg::Msg::raw),
        },
        admission: r.opt_text("admission")?,
        flood_action: opt_json(r, "flood_action")?,
        member_pools: opt_json(r, "member_pools")?,
        closed_entry: match (r.opt_i64("closed_seq")?, r.opt_text("closed_hash")?) {
            (Some(seq), Some(hash)) => Some(pools_core::journal::Head { seq, hash }),
            _ => None,
        },
        closed_chain: match (
            r.opt_i64("closed_chain_seq")?,
            r.opt_text("closed_chain_hash")?,
        ) {
            (Some(seq), Some(hash)) => Some(pools_core::chain::ChainHead {
                body: pools_core::chain::pool_body(&r.text("pool_id")?),
                seq,
                hash,
            }),
            _ => None,
        },
        secret: r.i64("secret")? != 0,
    })
}

pub(super) fn ballot(r: &Row) -> StoreResult<Ballot> {
    Ok(Ballot {
        person_id: r.text("person_id")?,
        name: r.text("person_name")?,
        choice: choice_of(r)?,
        reason: r.text("reason")?,
        cast_at: r.text("cast_at")?,
        cast_by: match (r.opt_text("cast_by")?, r.opt_text("cast_by_name")?) {
            (Some(id), Some(name)) => Some((id, name)),
            _ => None,
        },
    })
}

/// A query of ballots with their voter's and proxy's names, ending in
/// `$tail`.
macro_rules! ballot_sql {
    ($tail:literal) => {
        concat!(
            "SELECT b.person_id, p.name AS person_name, b.choice, b.reason, b.cast_at, b.cast_by, q.name AS cast_by_name",
            " FROM ballots b JOIN persons p ON p.id = b.person_id LEFT JOIN persons q ON q.id = b.cast_by",
            $tail
        )
    };
}

/// A query of proxies with their people's names and their decision's
/// title, ending in `$tail`.
macro_rules! proxy_sql {
    ($tail:literal) => {
        concat!(
            "SELECT x.pool_id, x.grantor_id, g.name AS grantor_name, x.proxy_id, p.name AS proxy_name, x.decision_id, d.title AS decision_title, x.named_at",
            " FROM proxies x JOIN persons g ON g.id = x.grantor_id JOIN persons p ON p.id = x.proxy_id LEFT JOIN decisions d ON d.id = x.decision_id",
            $tail
        )
    };
}

fn proxy(r: &Row) -> StoreResult<ProxyRow> {
    Ok(ProxyRow {
        pool_id: r.text("pool_id")?,
        grantor_id: r.text("grantor_id")?,
        grantor_name: r.text("grantor_name")?,
        proxy_id: r.text("proxy_id")?,
        proxy_name: r.text("proxy_name")?,
        decision: match (r.opt_text("decision_id")?, r.opt_text("decision_title")?) {
            (Some(id), Some(title)) => Some((id, title)),
            _ => None,
        },
        named_at: r.text("named_at")?,
    })
}

impl SqlTx {
    /// Applies one of this aggregate's events to its tables.
    pub(super) async fn apply_decisions(
        &mut self,
        entry: &JournalEntry,
        event: &Event,
        voting: Option<Voting>,
    ) -> StoreResult<()> {
        let at = entry.at.as_str();
        let placed = self.placed.take();
        let c = &mut self.conn;
        match event {
            Event::DecisionOpened {
                decision_id,
                pool_id,
                proposer_id,
                title,
                body,
                method,
                rule_change,
                rules,
                closes_at,
                electorate,
                spend,
                round,
                admission,
                flood_action,
                member_pools,
                secret,
            } => {
                c.exec(
                    "INSERT INTO decisions (id, pool_id, proposer_id, title, body, method, rule_change, rules, opened_at, closes_at, closes_ms, status, eligible, tally, outcome, closed_at, spend, round, admission, flood_action, member_pools, secret) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $19, $12, $13, NULL, NULL, $14, $15, $16, $17, $18, $20)",
                    args![
                        decision_id,
                        pool_id,
                        proposer_id,
                        title,
                        body,
                        to_json(method),
                        rule_change.as_ref().map(to_json),
                        to_json(rules),
                        at,
                        closes_at,
                        parse_ms(closes_at)?,
                        electorate.len() as i64,
                        to_json(&Tally::new(method)),
                        spend.as_ref().map(to_json),
                        round.as_ref().map(to_json),
                        admission.as_deref(),
                        flood_action.as_ref().map(to_json),
                        member_pools.as_ref().map(to_json), pools_core::decision::DecisionStatus::Open.as_str(),
                        *secret as i64
                    ],
                )
                .await?;
                // Many rows to a statement: a Flood's electorate can be
                // a hundred thousand people.
                let mut chunks = electorate.chunks_exact(VOTER_BATCH);
                for chunk in &mut chunks {
                    let mut vals = Vec::with_capacity(2 * VOTER_BATCH);
                    for person in chunk {
                        vals.push(crate::db::Val::from(decision_id));
                        vals.push(crate::db::Val::from(person));
                    }
                    c.exec(voters_batch_sql(), &vals).await?;
                }
                for person in chunks.remainder() {
                    c.exec(
                        "INSERT INTO decision_voters (decision_id, person_id) VALUES ($1, $2)",
                        args![decision_id, person],
                    )
                    .await?;
                }
            }
            Event::BallotCast {
                decision_id,
                person_id,
                choice,
                reason,
                by,
            } => {
                let (mut tally, _, old) = self
                    .tally_and_choice(voting, decision_id, person_id)
                    .await?;
                if let Some(old) = old {
                    tally.remove(&old);
                }
                tally.add(choice);
                let c = &mut self.conn;
                let args = args![
                    decision_id,
                    person_id,
                    to_json(choice),
                    reason,
                    at,
                    to_json(&tally),
                    by.as_deref()
                ];
                if c.is_pg() {
                    // One round trip: a data-modifying WITH always runs.
                    c.exec(
                        "WITH ballot AS (INSERT INTO ballots (decision_id, person_id, choice, reason, cast_at, cast_by) VALUES ($1, $2, $3, $4, $5, $7) \
                         ON CONFLICT (decision_id, person_id) DO UPDATE SET choice = excluded.choice, reason = excluded.reason, cast_at = excluded.cast_at, cast_by = excluded.cast_by) \
                         UPDATE decisions SET tally = $6 WHERE id = $1",
                        args,
                    )
                    .await?;
                } else {
                    c.exec(
                        "INSERT INTO ballots (decision_id, person_id, choice, reason, cast_at, cast_by) VALUES ($1, $2, $3, $4, $5, $7) \
                         ON CONFLICT (decision_id, person_id) DO UPDATE SET choice = excluded.choice, reason = excluded.reason, cast_at = excluded.cast_at, cast_by = excluded.cast_by",
                        args,
                    )
                    .await?;
                    c.exec("UPDATE decisions SET tally = $6 WHERE id = $1", args)
                        .await?;
                }
            }
            Event::BallotWithdrawn {
                decision_id,
                person_id,
            }
            | Event::SecretBallotWithdrawn {
                decision_id,
                person_id,
            } => {
                let (mut tally, voted, old) = self
                    .tally_and_choice(voting, decision_id, person_id)
                    .await?;
                if !voted {
                    return Err(corrupt("a withdrawn ballot did not exist"));
                }
                match old {
                    Some(old) => tally.remove(&old),
                    // A sealed ballot was counted only as a voter.
                    None => tally.ballots -= 1,
                }
                let c = &mut self.conn;
                c.exec(
                    "DELETE FROM sealed_ballots WHERE decision_id = $1 AND person_id = $2",
                    args![decision_id, person_id],
                )
                .await?;
                c.exec(
                    "DELETE FROM ballots WHERE decision_id = $1 AND person_id = $2",
                    args![decision_id, person_id],
                )
                .await?;
                c.exec(
                    "UPDATE decisions SET tally = $1 WHERE id = $2",
                    args![to_json(&tally), decision_id],
                )
                .await?;
            }
            Event::ProxyNamed {
                pool_id,
                grantor_id,
                proxy_id,
                decision_id,
            } => {
                c.exec(
                    "INSERT INTO proxies (pool_id, grantor_id, proxy_id, decision_id, named_at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (pool_id, grantor_id) DO UPDATE SET proxy_id = excluded.proxy_id, decision_id = excluded.decision_id, named_at = excluded.named_at",
                    args![pool_id, grantor_id, proxy_id, decision_id.as_deref(), at],
                )
                .await?;
            }
            Event::ProxyRevoked {
                pool_id,
                grantor_id,
                ..
            } => {
                let n = c
                    .exec(
                        "DELETE FROM proxies WHERE pool_id = $1 AND grantor_id = $2",
                        args![pool_id, grantor_id],
                    )
                    .await?;
                if n != 1 {
                    return Err(corrupt("a proxy revoked that was not named"));
                }
            }
            Event::SecretBallotCast {
                decision_id,
                person_id,
            } => {
                let (mut tally, voted, _) = self
                    .tally_and_choice(voting, decision_id, person_id)
                    .await?;
                let c = &mut self.conn;
                // Who voted, and when they last did; the ballot itself is
                // sealed by the use case, outside the journal.
                c.exec(
                    "INSERT INTO ballots (decision_id, person_id, choice, reason, cast_at) VALUES ($1, $2, 'null', '', $3) \
                     ON CONFLICT (decision_id, person_id) DO UPDATE SET cast_at = excluded.cast_at",
                    args![decision_id, person_id, at],
                )
                .await?;
                if !voted {
                    tally.ballots += 1;
                    c.exec(
                        "UPDATE decisions SET tally = $1 WHERE id = $2",
                        args![to_json(&tally), decision_id],
                    )
                    .await?;
                }
            }
            Event::SecretBallotsPublished {
                decision_id,
                ballots,
            } => {
                let r = c
                    .one(
                        "SELECT method FROM decisions WHERE id = $1",
                        args![decision_id],
                    )
                    .await?
                    .ok_or_else(|| {
                        corrupt("ballots published for a decision that does not exist")
                    })?;
                let method: Method = json(&r, "method")?;
                let tally = Tally::from_ballots(&method, ballots.iter().map(|b| &b.choice));
                let push = |vals: &mut Vec<crate::db::Val>, b: &PublishedBallot| {
                    vals.push(crate::db::Val::from(&b.receipt));
                    vals.push(crate::db::Val::from(to_json(&b.choice)));
                    vals.push(crate::db::Val::from(&b.reason));
                };
                let mut chunks = ballots.chunks_exact(PUBLISHED_BATCH);
                for chunk in &mut chunks {
                    let mut vals = vec![crate::db::Val::from(decision_id)];
                    for b in chunk {
                        push(&mut vals, b);
                    }
                    c.exec(published_batch_sql(), &vals).await?;
                }
                for b in chunks.remainder() {
                    let mut vals = vec![crate::db::Val::from(decision_id)];
                    push(&mut vals, b);
                    c.exec(
                        "INSERT INTO published_ballots (decision_id, receipt, choice, reason) VALUES ($1, $2, $3, $4)",
                        &vals,
                    )
                    .await?;
                }
                // The sealed ballots are now in the journal, without their
                // voters: nothing links a voter to a choice any more.
                c.exec(
                    "DELETE FROM sealed_ballots WHERE decision_id = $1",
                    args![decision_id],
                )
                .await?;
                c.exec(
                    "UPDATE decisions SET tally = $1 WHERE id = $2",
                    args![to_json(&tally), decision_id],
                )
                .await?;
            }
            Event::DecisionClosed {
                decision_id,
                outcome,
            } => {
                let (chain_seq, chain_hash) = placed
                    .map(|(seq, hash)| (Some(seq), Some(hash)))
                    .unwrap_or((None, None));
                let n = c
                    .exec(
                        "UPDATE decisions SET status = $6, outcome = $1, closed_at = $2, closed_seq = $4, closed_hash = $5, closed_chain_seq = $8, closed_chain_hash = $9 WHERE id = $3 AND status = $7",
                        args![to_json(outcome), at, decision_id, entry.seq, &entry.hash, pools_core::decision::DecisionStatus::Closed.as_str(), pools_core::decision::DecisionStatus::Open.as_str(), chain_seq, chain_hash],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "the decision was closed already".into(),
                    ));
                }
                // A proxy named for this decision ends with it
                // (`core/src/proxy.rs`); its ballot stays counted.
                c.exec(
                    "DELETE FROM proxies WHERE decision_id = $1",
                    args![decision_id],
                )
                .await?;
            }
            Event::RoundNotOpened {
                decision_id,
                reason,
                note,
                ..
            }
            | Event::FloodActionRefused {
                decision_id,
                reason,
                note,
                ..
            }
            | Event::SpendRefused {
                decision_id,
                reason,
                note,
                ..
            } => {
                c.exec(
                    "UPDATE decisions SET round_note = $1, effect_msg = $2 WHERE id = $3",
                    args![reason, note.as_ref().map(to_json), decision_id],
                )
                .await?;
            }
            _ => return Err(misrouted(event, "decisions")),
        }
        Ok(())
    }

    /// The running tally, whether the voter has a current ballot, and its
    /// choice unless it is secret, in one read.
    pub(super) async fn tally_and_choice(
        &mut self,
        memo: Option<Voting>,
        decision_id: &str,
        person_id: &str,
    ) -> StoreResult<(Tally, bool, Option<Choice>)> {
        if let Some(v) = memo
            && v.decision_id == decision_id
            && v.person_id == person_id
        {
            return Ok((v.tally, v.voted, v.choice));
        }
        let r = self
            .conn
            .one(
                "SELECT d.tally, b.person_id AS voted, b.choice FROM decisions d LEFT JOIN ballots b ON b.decision_id = d.id AND b.person_id = $1 WHERE d.id = $2",
                args![person_id, decision_id],
            )
            .await?
            .ok_or_else(|| corrupt("a ballot for a decision that does not exist"))?;
        Ok((
            json(&r, "tally")?,
            r.opt_text("voted")?.is_some(),
            choice_of(&r)?,
        ))
    }
}

#[async_trait]
impl DecisionsTx for SqlTx {
    async fn decision(&mut self, id: &str) -> StoreResult<Option<Decision>> {
        const SQL: &str = concat!(
            "SELECT id, pool_id, proposer_id, title, body, method, rule_change, rules, opened_at, closes_at, closes_ms, status, eligible, tally, outcome, closed_at, spend, round, round_note, effect_msg, admission, flood_action, member_pools, closed_seq, closed_hash, closed_chain_seq, closed_chain_hash, secret",
            " FROM decisions WHERE id = $1"
        );
        let _ = DECISION_COLS;
        self.conn
            .one(SQL, args![id])
            .await?
            .as_ref()
            .map(decision)
            .transpose()
    }

    async fn decisions_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<Decision>> {
        const SQL: &str = concat!(
            "SELECT id, pool_id, proposer_id, title, body, method, rule_change, rules, opened_at, closes_at, closes_ms, status, eligible, tally, outcome, closed_at, spend, round, round_note, effect_msg, admission, flood_action, member_pools, closed_seq, closed_hash, closed_chain_seq, closed_chain_hash, secret",
            " FROM decisions WHERE pool_id = $1 ORDER BY opened_at DESC, id DESC"
        );
        self.conn
            .all(SQL, args![pool_id])
            .await?
            .iter()
            .map(decision)
            .collect()
    }

    async fn due_decisions(&mut self, now_ms: i64, limit: i64) -> StoreResult<Vec<String>> {
        self.conn
            .all(
                "SELECT id FROM decisions WHERE status = $3 AND closes_ms <= $1 ORDER BY closes_ms, id LIMIT $2",
                args![now_ms, limit, pools_core::decision::DecisionStatus::Open.as_str()],
            )
            .await?
            .iter()
            .map(|r| r.text("id"))
            .collect()
    }

    async fn is_voter(&mut self, decision_id: &str, person_id: &str) -> StoreResult<bool> {
        Ok(self
            .conn
            .one(
                "SELECT 1 AS one FROM decision_voters WHERE decision_id = $1 AND person_id = $2",
                args![decision_id, person_id],
            )
            .await?
            .is_some())
    }

    async fn ballots(&mut self, decision_id: &str) -> StoreResult<Vec<Ballot>> {
        self.conn
            .all(
                ballot_sql!(" WHERE b.decision_id = $1 ORDER BY lower(p.name), b.person_id"),
                args![decision_id],
            )
            .await?
            .iter()
            .map(ballot)
            .collect()
    }

    async fn ballots_page(
        &mut self,
        decision_id: &str,
        offset: i64,
        limit: i64,
    ) -> StoreResult<Vec<Ballot>> {
        self.conn
            .all(
                ballot_sql!(" WHERE b.decision_id = $1 ORDER BY lower(p.name), b.person_id LIMIT $2 OFFSET $3"
                ),
                args![decision_id, limit, offset],
            )
            .await?
            .iter()
            .map(ballot)
            .collect()
    }

    async fn ballot_of(
        &mut self,
        decision_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<Ballot>> {
        self.conn
            .one(
                ballot_sql!(" WHERE b.decision_id = $1 AND b.person_id = $2"),
                args![decision_id, person_id],
            )
            .await?
            .as_ref()
            .map(ballot)
            .transpose()
    }

    async fn decision_for_voter(
        &mut self,
        decision_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<(Decision, VoterState)>> {
        const SQL: &str = concat!(
            "SELECT d.id, d.pool_id, d.proposer_id, d.title, d.body, d.method, d.rule_change, d.rules, d.opened_at, d.closes_at, d.closes_ms, d.status, d.eligible, d.tally, d.outcome, d.closed_at, d.spend, d.round, d.round_note, d.effect_msg, d.admission, d.flood_action, d.member_pools, d.closed_seq, d.closed_hash, d.closed_chain_seq, d.closed_chain_hash, d.secret,",
            " v.person_id AS voter, b.person_id AS voted, b.choice AS choice",
            " FROM decisions d",
            " LEFT JOIN decision_voters v ON v.decision_id = d.id AND v.person_id = $1",
            " LEFT JOIN ballots b ON b.decision_id = d.id AND b.person_id = $2",
            " WHERE d.id = $3"
        );
        let Some(r) = self
            .conn
            .one(SQL, args![person_id, person_id, decision_id])
            .await?
        else {
            return Ok(None);
        };
        let d = decision(&r)?;
        let choice = choice_of(&r)?;
        let voted = r.opt_text("voted")?.is_some();
        self.voting = Some(Voting {
            decision_id: decision_id.to_string(),
            person_id: person_id.to_string(),
            tally: d.tally.clone(),
            voted,
            choice: choice.clone(),
        });
        Ok(Some((
            d,
            VoterState {
                eligible: r.opt_text("voter")?.is_some(),
                voted,
                choice,
            },
        )))
    }

    async fn proxy_of(&mut self, pool_id: &str, grantor_id: &str) -> StoreResult<Option<ProxyRow>> {
        self.conn
            .one(
                proxy_sql!(" WHERE x.pool_id = $1 AND x.grantor_id = $2"),
                args![pool_id, grantor_id],
            )
            .await?
            .as_ref()
            .map(proxy)
            .transpose()
    }

    async fn proxy_held_by(
        &mut self,
        pool_id: &str,
        proxy_id: &str,
    ) -> StoreResult<Option<ProxyRow>> {
        self.conn
            .one(
                proxy_sql!(" WHERE x.pool_id = $1 AND x.proxy_id = $2"),
                args![pool_id, proxy_id],
            )
            .await?
            .as_ref()
            .map(proxy)
            .transpose()
    }

    async fn proxies_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<ProxyRow>> {
        self.conn
            .all(
                proxy_sql!(" WHERE x.pool_id = $1 ORDER BY lower(g.name), x.grantor_id"),
                args![pool_id],
            )
            .await?
            .iter()
            .map(proxy)
            .collect()
    }

    async fn proxies_for_decision(&mut self, decision_id: &str) -> StoreResult<Vec<ProxyRow>> {
        self.conn
            .all(
                proxy_sql!(" WHERE x.decision_id = $1 ORDER BY x.grantor_id"),
                args![decision_id],
            )
            .await?
            .iter()
            .map(proxy)
            .collect()
    }

    async fn proxy_ballots(
        &mut self,
        pool_id: &str,
        grantor_id: &str,
        proxy_id: &str,
    ) -> StoreResult<Vec<String>> {
        self.conn
            .all(
                "SELECT d.id FROM ballots b JOIN decisions d ON d.id = b.decision_id \
                 WHERE d.pool_id = $1 AND d.status = $4 AND b.person_id = $2 AND b.cast_by = $3 ORDER BY d.id",
                args![
                    pool_id,
                    grantor_id,
                    proxy_id,
                    pools_core::decision::DecisionStatus::Open.as_str()
                ],
            )
            .await?
            .iter()
            .map(|r| r.text("id"))
            .collect()
    }

    async fn seal_ballot(
        &mut self,
        decision_id: &str,
        person_id: &str,
        ballot: &PublishedBallot,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO sealed_ballots (decision_id, person_id, receipt, choice, reason) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (decision_id, person_id) DO UPDATE SET receipt = excluded.receipt, choice = excluded.choice, reason = excluded.reason",
                args![
                    decision_id,
                    person_id,
                    &ballot.receipt,
                    to_json(&ballot.choice),
                    &ballot.reason
                ],
            )
            .await?;
        Ok(())
    }

    async fn sealed_ballots(&mut self, decision_id: &str) -> StoreResult<Vec<PublishedBallot>> {
        self.conn
            .all(
                "SELECT receipt, choice, reason FROM sealed_ballots WHERE decision_id = $1 ORDER BY receipt",
                args![decision_id],
            )
            .await?
            .iter()
            .map(published)
            .collect()
    }

    async fn is_sealed(&mut self, decision_id: &str, receipt: &str) -> StoreResult<bool> {
        Ok(self
            .conn
            .one(
                "SELECT 1 AS one FROM sealed_ballots WHERE decision_id = $1 AND receipt = $2",
                args![decision_id, receipt],
            )
            .await?
            .is_some())
    }

    async fn published_ballots(
        &mut self,
        decision_id: &str,
        offset: i64,
        limit: i64,
    ) -> StoreResult<Vec<PublishedBallot>> {
        self.conn
            .all(
                "SELECT receipt, choice, reason FROM published_ballots WHERE decision_id = $1 ORDER BY receipt LIMIT $2 OFFSET $3",
                args![decision_id, limit, offset],
            )
            .await?
            .iter()
            .map(published)
            .collect()
    }

    async fn published_ballot(
        &mut self,
        decision_id: &str,
        receipt: &str,
    ) -> StoreResult<Option<PublishedBallot>> {
        self.conn
            .one(
                "SELECT receipt, choice, reason FROM published_ballots WHERE decision_id = $1 AND receipt = $2",
                args![decision_id, receipt],
            )
            .await?
            .as_ref()
            .map(published)
            .transpose()
    }
}

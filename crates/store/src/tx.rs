//! The storage port's transaction, written once for both engines.

use crate::args;
use crate::db::{Conn, Row};
use async_trait::async_trait;
use pools_app::ports::{
    Ballot, Bucket, Decision, Exit, Flag, Flood, FloodMember, Formation, FormationVersion, Funding,
    Group, GroupMember, LedgerEntry, MoneyReport, OutboxMessage, PasswordReset, Payout, Person,
    Pool, PoolMember, Round, Session, SessionKind, Signature, StoreError, StoreResult, Tx,
};
use pools_core::decision::{Choice, Tally};
use pools_core::journal::{JournalEntry, format_time};
use pools_core::membership::{GroupRole, MemberStatus, PoolRole, PoolStatus};
use pools_core::{Currency, Event};
use time::OffsetDateTime;

/// A transaction on either engine.
pub struct SqlTx {
    pub(crate) conn: Conn,
    /// The journal head, when this transaction holds its lock and so knows
    /// it without asking again (PostgreSQL writes).
    pub(crate) head: Option<crate::batch::Head>,
    /// A decision's running tally and one voter's current choice, as
    /// `decision_for_voter` just read them in this transaction. The next
    /// event applied takes it: a ballot on the same decision by the same
    /// voter uses it instead of reading the two again.
    pub(crate) voting: Option<Voting>,
}

/// See `SqlTx::voting`.
pub(crate) struct Voting {
    decision_id: String,
    person_id: String,
    tally: Tally,
    choice: Option<Choice>,
}

/// Voters inserted by one statement.
const VOTER_BATCH: usize = 500;

/// `INSERT INTO decision_voters` with `VOTER_BATCH` rows, written once.
fn voters_batch_sql() -> &'static str {
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

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

/// The person a valid session or token belongs to.
const SESSION_PERSON: &str = "SELECT p.id, p.email, p.name, p.operator FROM sessions s JOIN persons p ON p.id = s.person_id \
     WHERE s.token_hash = $1 AND s.kind = $2 AND s.expires_at > $3";

/// Finds a session's person with one statement and no transaction: every
/// page and API request does this, so it is kept as cheap as a read can be.
pub(crate) async fn session_person_on(
    pool: crate::db::PoolRef<'_>,
    token_hash: &str,
    kind: SessionKind,
    now_ms: i64,
) -> StoreResult<Option<Person>> {
    pool.one(SESSION_PERSON, args![token_hash, kind.as_str(), now_ms])
        .await?
        .as_ref()
        .map(person)
        .transpose()
}

fn person(r: &Row) -> StoreResult<Person> {
    Ok(Person {
        id: r.text("id")?,
        email: r.text("email")?,
        name: r.text("name")?,
        operator: r.i64("operator")? != 0,
    })
}

fn group(r: &Row) -> StoreResult<Group> {
    Ok(Group {
        id: r.text("id")?,
        slug: r.text("slug")?,
        name: r.text("name")?,
        description: r.text("description")?,
    })
}

fn group_member(r: &Row) -> StoreResult<GroupMember> {
    Ok(GroupMember {
        id: r.text("id")?,
        group_id: r.text("group_id")?,
        person_id: r.opt_text("person_id")?,
        name: r.text("name")?,
        role: GroupRole::parse(&r.text("role")?).ok_or_else(|| corrupt("group role"))?,
        meetup_member_id: r.opt_i64("meetup_member_id")?,
        meetup_role: r.opt_text("meetup_role")?,
        location: r.opt_text("location")?,
        joined_on: r.opt_text("joined_on")?,
        intro: r.opt_text("intro")?,
        profile_url: r.opt_text("profile_url")?,
        answers: serde_json::from_str(&r.text("answers")?)
            .map_err(|e| StoreError::Corrupt(format!("answers: {e}")))?,
    })
}

fn pool(r: &Row) -> StoreResult<Pool> {
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
        is_flood: r.text("kind")? == "flood",
    })
}

fn pool_member(r: &Row) -> StoreResult<PoolMember> {
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

fn json<T: serde::de::DeserializeOwned>(r: &Row, col: &str) -> StoreResult<T> {
    serde_json::from_str(&r.text(col)?).map_err(|e| StoreError::Corrupt(format!("{col}: {e}")))
}

fn opt_json<T: serde::de::DeserializeOwned>(r: &Row, col: &str) -> StoreResult<Option<T>> {
    match r.opt_text(col)? {
        Some(t) => serde_json::from_str(&t)
            .map(Some)
            .map_err(|e| StoreError::Corrupt(format!("{col}: {e}"))),
        None => Ok(None),
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("domain values serialize")
}

fn decision(r: &Row) -> StoreResult<Decision> {
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
        closed: r.text("status")? == "closed",
        eligible: r.i64("eligible")?,
        tally: json(r, "tally")?,
        outcome: opt_json(r, "outcome")?,
        closed_at: r.opt_text("closed_at")?,
        spend: opt_json(r, "spend")?,
        round: opt_json(r, "round")?,
        effect_note: r.opt_text("round_note")?,
        admission: r.opt_text("admission")?,
        flood_action: opt_json(r, "flood_action")?,
        member_pools: opt_json(r, "member_pools")?,
        closed_entry: match (r.opt_i64("closed_seq")?, r.opt_text("closed_hash")?) {
            (Some(seq), Some(hash)) => Some(pools_core::journal::Head { seq, hash }),
            _ => None,
        },
    })
}

fn payout(r: &Row) -> StoreResult<Payout> {
    Ok(Payout {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        decision_id: r.text("decision_id")?,
        payee: r.text("payee")?,
        amount: r.i64("amount")?,
        purpose: r.text("purpose")?,
        status: r.text("status")?,
        reference: r.opt_text("reference")?,
        paid_on: r.opt_text("paid_on")?,
        reason: r.opt_text("reason")?,
        authorized_at: r.text("authorized_at")?,
        bucket_id: r.opt_text("bucket_id")?,
    })
}

fn ballot(r: &Row) -> StoreResult<Ballot> {
    Ok(Ballot {
        person_id: r.text("person_id")?,
        name: r.text("person_name")?,
        choice: json(r, "choice")?,
        reason: r.text("reason")?,
        cast_at: r.text("cast_at")?,
    })
}

const DECISION_COLS: &str = "id, pool_id, proposer_id, title, body, method, rule_change, rules, opened_at, closes_at, closes_ms, status, eligible, tally, outcome, closed_at";

fn parse_ms(rfc3339: &str) -> StoreResult<i64> {
    let t = time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .map_err(|e| StoreError::Corrupt(format!("time {rfc3339}: {e}")))?;
    Ok((t.unix_timestamp_nanos() / 1_000_000) as i64)
}

fn journal_entry(r: &Row) -> StoreResult<JournalEntry> {
    Ok(JournalEntry {
        seq: r.i64("seq")?,
        at: r.text("at")?,
        actor: r.opt_text("actor")?,
        event: r.text("event")?,
        prev_hash: r.text("prev_hash")?,
        hash: r.text("hash")?,
    })
}

fn ledger_entry(r: &Row) -> StoreResult<LedgerEntry> {
    Ok(LedgerEntry {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        kind: r.text("kind")?,
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
struct SystemEntry<'a> {
    id: &'a str,
    pool_id: &'a str,
    kind: &'a str,
    amount: i64,
    /// The payee, reference or reason.
    memo: &'a str,
    /// The day the money moved, when it did.
    on: Option<&'a str>,
    person_id: Option<&'a str>,
    decision_id: Option<&'a str>,
}

/// One side of money moving between a pool and its Flood.
struct FloodSide<'a> {
    id: &'a str,
    kind: &'a str,
    postings: &'a [pools_core::ledger::Posting],
}

impl SqlTx {
    /// Writes a ledger entry that no member paid in (an authorization, a
    /// payment, a cancellation or an exit) and applies its postings.
    async fn system_entry(
        &mut self,
        e: &SystemEntry<'_>,
        postings: &[pools_core::ledger::Posting],
        at: &str,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO ledger_entries (id, pool_id, kind, person_id, amount, received_on, method, reference, memo, reverses, reversed_by, postings, at, decision_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL, $7, NULL, NULL, $8, $9, $10)",
                args![e.id, e.pool_id, e.kind, e.person_id, e.amount, e.on, e.memo, to_json(&postings), at, e.decision_id],
            )
            .await?;
        self.post(e.pool_id, postings).await
    }

    /// Writes both entries of money moving between a pool and a Flood, each
    /// naming the other body in its memo.
    async fn flood_entries(
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
    async fn post(
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

    /// The running tally and the voter's current choice, in one read.
    async fn tally_and_choice(
        &mut self,
        memo: Option<Voting>,
        decision_id: &str,
        person_id: &str,
    ) -> StoreResult<(Tally, Option<Choice>)> {
        if let Some(v) = memo
            && v.decision_id == decision_id
            && v.person_id == person_id
        {
            return Ok((v.tally, v.choice));
        }
        let r = self
            .conn
            .one(
                "SELECT d.tally, b.choice FROM decisions d LEFT JOIN ballots b ON b.decision_id = d.id AND b.person_id = $1 WHERE d.id = $2",
                args![person_id, decision_id],
            )
            .await?
            .ok_or_else(|| corrupt("a ballot for a decision that does not exist"))?;
        Ok((json(&r, "tally")?, opt_json(&r, "choice")?))
    }

    async fn head(&mut self) -> StoreResult<(i64, String)> {
        if let Some(head) = &self.head {
            return Ok(head.clone());
        }
        let r = self
            .conn
            .one("SELECT seq, hash FROM journal_head WHERE id = 1", args![])
            .await?
            .ok_or_else(|| corrupt("the journal head row is missing"))?;
        Ok((r.i64("seq")?, r.text("hash")?))
    }

    async fn append(&mut self, e: &JournalEntry, kind: &str) -> StoreResult<()> {
        let args = args![
            e.seq,
            &e.at,
            e.actor.clone(),
            kind,
            &e.event,
            &e.prev_hash,
            &e.hash
        ];
        let moved = if self.conn.is_pg() {
            // One round trip: the entry is written only if the head moves.
            self.conn
                .exec(
                    "WITH head AS (UPDATE journal_head SET seq = $1, hash = $7 WHERE id = 1 AND seq = $1 - 1 RETURNING seq) \
                     INSERT INTO journal (seq, at, actor, kind, event, prev_hash, hash) SELECT $1, $2, $3, $4, $5, $6, $7 FROM head",
                    args,
                )
                .await?
        } else {
            self.conn
                .exec(
                    "INSERT INTO journal (seq, at, actor, kind, event, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    args,
                )
                .await?;
            self.conn
                .exec(
                    "UPDATE journal_head SET seq = $1, hash = $7 WHERE id = 1 AND seq = $1 - 1",
                    args,
                )
                .await?
        };
        if moved != 1 {
            return Err(StoreError::Conflict(
                "the journal moved on meanwhile".into(),
            ));
        }
        if self.head.is_some() {
            self.head = Some((e.seq, e.hash.clone()));
        }
        Ok(())
    }

    /// Applies an event to the tables that queries read. This is the only
    /// code that writes those tables, for live commands and replay alike.
    async fn apply(&mut self, entry: &JournalEntry, event: &Event) -> StoreResult<()> {
        let at = entry.at.as_str();
        // Good for this event only: whatever else it writes may change it.
        let voting = self.voting.take();
        let c = &mut self.conn;
        match event {
            Event::PersonRegistered {
                person_id,
                email,
                name,
                operator,
            } => {
                c.exec(
                    "INSERT INTO persons (id, email, name, operator, created_at) VALUES ($1, $2, $3, $4, $5)",
                    args![person_id, email, name, *operator, at],
                )
                .await?;
            }
            Event::GroupCreated {
                group_id,
                slug,
                name,
                description,
            } => {
                c.exec(
                    "INSERT INTO groups (id, slug, name, description, created_at) VALUES ($1, $2, $3, $4, $5)",
                    args![group_id, slug, name, description, at],
                )
                .await?;
            }
            Event::GroupJoined {
                group_id,
                group_member_id,
                person_id,
                name,
                role,
            } => {
                c.exec(
                    "INSERT INTO group_members (id, group_id, person_id, name, role, answers, joined_at) VALUES ($1, $2, $3, $4, $5, '[]', $6)",
                    args![group_member_id, group_id, person_id, name, role.as_str(), at],
                )
                .await?;
            }
            Event::MeetupImported {
                group_id,
                created,
                updated,
                ..
            } => {
                for m in created {
                    let answers = serde_json::to_string(&m.answers).expect("answers serialize");
                    c.exec(
                        "INSERT INTO group_members (id, group_id, person_id, name, role, meetup_member_id, meetup_role, location, joined_on, intro, profile_url, answers, joined_at) \
                         VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                        args![
                            &m.group_member_id,
                            group_id,
                            &m.name,
                            m.role.as_str(),
                            m.meetup_member_id,
                            m.meetup_role.clone(),
                            m.location.clone(),
                            m.joined_on.clone(),
                            m.intro.clone(),
                            m.profile_url.clone(),
                            answers,
                            at
                        ],
                    )
                    .await?;
                }
                for m in updated {
                    let answers = serde_json::to_string(&m.answers).expect("answers serialize");
                    let n = c
                        .exec(
                            "UPDATE group_members SET name = $1, role = $2, meetup_member_id = $3, meetup_role = $4, location = $5, joined_on = $6, intro = $7, profile_url = $8, answers = $9 \
                             WHERE id = $10 AND group_id = $11",
                            args![
                                &m.name,
                                m.role.as_str(),
                                m.meetup_member_id,
                                m.meetup_role.clone(),
                                m.location.clone(),
                                m.joined_on.clone(),
                                m.intro.clone(),
                                m.profile_url.clone(),
                                answers,
                                &m.group_member_id,
                                group_id
                            ],
                        )
                        .await?;
                    if n != 1 {
                        return Err(corrupt("an import updated a member that does not exist"));
                    }
                }
            }
            Event::InviteClaimed {
                group_member_id,
                person_id,
                replaces,
                role,
                ..
            } => {
                if let Some(old) = replaces {
                    let n = c
                        .exec(
                            "DELETE FROM group_members WHERE id = $1 AND person_id = $2 AND meetup_member_id IS NULL",
                            args![old, person_id],
                        )
                        .await?;
                    if n != 1 {
                        return Err(StoreError::Conflict(
                            "the membership to merge has changed".into(),
                        ));
                    }
                }
                let n = c
                    .exec(
                        "UPDATE group_members SET person_id = $1 WHERE id = $2 AND person_id IS NULL",
                        args![person_id, group_member_id],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "the invite was claimed already".into(),
                    ));
                }
                if let Some(role) = role {
                    c.exec(
                        "UPDATE group_members SET role = $1 WHERE id = $2",
                        args![role.as_str(), group_member_id],
                    )
                    .await?;
                }
            }
            Event::PoolCreated {
                pool_id,
                group_id,
                name,
                currency,
                rules,
                commitment,
            } => {
                c.exec(
                    "INSERT INTO pools (id, group_id, name, currency, rules, commitment, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7)",
                    args![
                        pool_id,
                        group_id,
                        name,
                        currency.code(),
                        serde_json::to_string(rules).expect("rules serialize"),
                        commitment,
                        at
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
                    "UPDATE pools SET status = 'open', opened_at = $1 WHERE id = $2",
                    args![at, pool_id],
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
                    "UPDATE pool_members SET status = 'left', left_at = $1 WHERE pool_id = $2 AND person_id = $3",
                    args![at, pool_id, person_id],
                )
                .await?;
            }
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
            } => {
                c.exec(
                    "INSERT INTO decisions (id, pool_id, proposer_id, title, body, method, rule_change, rules, opened_at, closes_at, closes_ms, status, eligible, tally, outcome, closed_at, spend, round, admission, flood_action, member_pools) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'open', $12, $13, NULL, NULL, $14, $15, $16, $17, $18)",
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
                        member_pools.as_ref().map(to_json)
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
            } => {
                let (mut tally, old) = self
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
                    to_json(&tally)
                ];
                if c.is_pg() {
                    // One round trip: a data-modifying WITH always runs.
                    c.exec(
                        "WITH ballot AS (INSERT INTO ballots (decision_id, person_id, choice, reason, cast_at) VALUES ($1, $2, $3, $4, $5) \
                         ON CONFLICT (decision_id, person_id) DO UPDATE SET choice = excluded.choice, reason = excluded.reason, cast_at = excluded.cast_at) \
                         UPDATE decisions SET tally = $6 WHERE id = $1",
                        args,
                    )
                    .await?;
                } else {
                    c.exec(
                        "INSERT INTO ballots (decision_id, person_id, choice, reason, cast_at) VALUES ($1, $2, $3, $4, $5) \
                         ON CONFLICT (decision_id, person_id) DO UPDATE SET choice = excluded.choice, reason = excluded.reason, cast_at = excluded.cast_at",
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
            } => {
                let (mut tally, old) = self
                    .tally_and_choice(voting, decision_id, person_id)
                    .await?;
                let old = old.ok_or_else(|| corrupt("a withdrawn ballot did not exist"))?;
                tally.remove(&old);
                let c = &mut self.conn;
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
            Event::DecisionClosed {
                decision_id,
                outcome,
            } => {
                let n = c
                    .exec(
                        "UPDATE decisions SET status = 'closed', outcome = $1, closed_at = $2, closed_seq = $4, closed_hash = $5 WHERE id = $3 AND status = 'open'",
                        args![to_json(outcome), at, decision_id, entry.seq, &entry.hash],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "the decision was closed already".into(),
                    ));
                }
            }
            Event::PoolRulesChanged { pool_id, rules, .. } => {
                c.exec(
                    "UPDATE pools SET rules = $1 WHERE id = $2",
                    args![to_json(rules), pool_id],
                )
                .await?;
            }
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
                        kind.as_str(),
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
                     SELECT $1, pool_id, 'reversal', person_id, amount, NULL, NULL, NULL, $2, id, NULL, $3, $4 FROM ledger_entries WHERE id = $5",
                    args![entry_id, reason, to_json(postings), at, reverses],
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
                     VALUES ($1, $2, $3, $4, $5, $6, 'authorized', NULL, NULL, NULL, $7, NULL, $8)",
                    args![payout_id, pool_id, decision_id, &spend.payee, spend.amount, &spend.purpose, at, bucket_id.as_deref()],
                )
                .await?;
                if let Some(b) = bucket_id {
                    let n = c
                        .exec(
                            "UPDATE buckets SET status = 'funded', settled_at = $1 WHERE id = $2 AND status = 'open' AND total = $3",
                            args![at, b, spend.amount],
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
                    kind: "authorization",
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
                        "UPDATE payouts SET status = 'paid', reference = $1, paid_on = $2, settled_at = $3 WHERE id = $4 AND status = 'authorized' \
                         RETURNING decision_id, amount",
                        args![reference, paid_on, at, payout_id],
                    )
                    .await?
                    .ok_or_else(|| StoreError::Conflict("the payout is not waiting to be paid".into()))?;
                let decision_id = row.text("decision_id")?;
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: "payment",
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
                        "UPDATE payouts SET status = 'cancelled', reason = $1, settled_at = $2 WHERE id = $3 AND status = 'authorized' \
                         RETURNING decision_id, amount",
                        args![reason, at, payout_id],
                    )
                    .await?
                    .ok_or_else(|| StoreError::Conflict("the payout is not waiting to be paid".into()))?;
                let decision_id = row.text("decision_id")?;
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: "cancellation",
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
                    "INSERT INTO exits (id, pool_id, person_id, amount, due_on, status, reference, paid_on, requested_at) VALUES ($1, $2, $3, $4, $5, 'owed', NULL, NULL, $6)",
                    args![exit_id, pool_id, person_id, *amount, due_on, at],
                )
                .await?;
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: "exit_authorized",
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
                        "UPDATE exits SET status = 'paid', reference = $1, paid_on = $2 WHERE id = $3 AND status = 'owed' \
                         RETURNING person_id, amount",
                        args![reference, paid_on, exit_id],
                    )
                    .await?
                    .ok_or_else(|| StoreError::Conflict("the repayment is not owed".into()))?;
                let person = row.text("person_id")?;
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: "exit_paid",
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
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', NULL, NULL, $9)",
                    args![report_id, pool_id, person_id, kind.as_str(), *amount, sent_on, method, reference, at],
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
                        "UPDATE money_reports SET status = $1, entry_id = $2, reason = $3 WHERE id = $4 AND status = 'pending'",
                        args![
                            if entry_id.is_some() { "confirmed" } else { "rejected" },
                            entry_id.clone(),
                            if reason.is_empty() { None } else { Some(reason.clone()) },
                            report_id
                        ],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "the report was settled already".into(),
                    ));
                }
            }
            Event::MembershipActivated { pool_id, person_id } => {
                let n = c
                    .exec(
                        "UPDATE pool_members SET status = 'active' WHERE pool_id = $1 AND person_id = $2 AND status = 'pending'",
                        args![pool_id, person_id],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict("the membership is not pending".into()));
                }
            }
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
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'open', NULL, NULL)",
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
                        parse_ms(funding_close_at)?
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
                    kind: "round_budgeted",
                    amount: per_member * members.len() as i64,
                    memo: title,
                    on: None,
                    person_id: None,
                    decision_id: Some(decision_id),
                };
                self.system_entry(&entry, postings, at).await?;
            }
            Event::RoundNotOpened {
                decision_id,
                reason,
                ..
            }
            | Event::FloodActionRefused {
                decision_id,
                reason,
                ..
            }
            | Event::SpendRefused {
                decision_id,
                reason,
                ..
            } => {
                c.exec(
                    "UPDATE decisions SET round_note = $1 WHERE id = $2",
                    args![reason, decision_id],
                )
                .await?;
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
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, 'open', NULL, $10, NULL)",
                    args![bucket_id, round_id, pool_id, title, description, to_json(co_creators), to_json(lines), min, max, at],
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
                        "UPDATE buckets SET total = total + $1 WHERE id = $2 AND round_id = $3 AND status = 'open' AND total + $4 <= max_goal",
                        args![*amount, bucket_id, round_id, *amount],
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
                        "UPDATE buckets SET status = 'cancelled', reason = $1, settled_at = $2 WHERE id = $3 AND status = 'open' RETURNING total",
                        args![reason, at, bucket_id],
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
                        "UPDATE rounds SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open' RETURNING decision_id, title, per_member, members",
                        args![at, round_id],
                    )
                    .await?
                    .ok_or_else(|| StoreError::Conflict("the round was closed already".into()))?;
                let decision_id = row.text("decision_id")?;
                let title = row.text("title")?;
                let reserved = row.i64("per_member")? * row.i64("members")?;
                for b in buckets.iter().filter(|b| !b.funded) {
                    let n = c
                        .exec(
                            "UPDATE buckets SET status = 'missed', settled_at = $1 WHERE id = $2 AND round_id = $3 AND status = 'open' AND total = $4",
                            args![at, &b.bucket_id, round_id, b.total],
                        )
                        .await?;
                    if n != 1 {
                        return Err(corrupt("a round's close disagrees with its buckets"));
                    }
                }
                let entry = SystemEntry {
                    id: entry_id,
                    pool_id,
                    kind: "round_released",
                    amount: reserved,
                    memo: &title,
                    on: None,
                    person_id: None,
                    decision_id: Some(&decision_id),
                };
                self.system_entry(&entry, postings, at).await?;
            }
            Event::FormationStarted {
                formation_id,
                pool_id,
                form,
                details,
            } => {
                c.exec(
                    "INSERT INTO formations (id, pool_id, form, details, status, status_name, version, started_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, 'drafting', 0, $6, $7)",
                    args![
                        formation_id,
                        pool_id,
                        form.as_str(),
                        to_json(details),
                        to_json(&pools_core::formation::Status::Drafting),
                        at,
                        at
                    ],
                )
                .await?;
            }
            Event::FormationEdited {
                formation_id,
                form,
                details,
            } => {
                let n = c
                    .exec(
                        "UPDATE formations SET form = $1, details = $2, updated_at = $3 WHERE id = $4 AND status_name = 'drafting'",
                        args![form.as_str(), to_json(details), at, formation_id],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "the details can change only while drafting".into(),
                    ));
                }
            }
            Event::FormationAdvanced {
                formation_id,
                status,
            } => {
                c.exec(
                    "UPDATE formations SET status = $1, status_name = $2, updated_at = $3 WHERE id = $4",
                    args![to_json(status), status.as_str(), at, formation_id],
                )
                .await?;
            }
            Event::DocumentsGenerated {
                formation_id,
                version,
                rules,
                generated_on,
                reason,
                documents,
            } => {
                let n = c
                    .exec(
                        "UPDATE formations SET version = $1, updated_at = $2 WHERE id = $3 AND version = $4",
                        args![*version, at, formation_id, version - 1],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "document versions follow one another".into(),
                    ));
                }
                c.exec(
                    "INSERT INTO formation_versions (formation_id, version, rules, generated_on, reason, documents, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    args![formation_id, *version, to_json(rules), generated_on, reason, to_json(documents), at],
                )
                .await?;
            }
            Event::DocumentSigned {
                formation_id,
                version,
                kind,
                person_id,
                typed_name,
                sha256,
            } => {
                let row = c
                    .one(
                        "SELECT documents FROM formation_versions WHERE formation_id = $1 AND version = $2",
                        args![formation_id, *version],
                    )
                    .await?
                    .ok_or_else(|| StoreError::Conflict("that version of the documents does not exist".into()))?;
                let docs: Vec<pools_core::event::DocumentHash> = json(&row, "documents")?;
                if !docs.iter().any(|d| d.kind == *kind && d.sha256 == *sha256) {
                    return Err(StoreError::Conflict(
                        "a signature must name the hash of the document it signs".into(),
                    ));
                }
                c.exec(
                    "INSERT INTO formation_signatures (formation_id, version, kind, person_id, typed_name, sha256, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    args![formation_id, *version, kind.as_str(), person_id, typed_name, sha256, at],
                )
                .await?;
            }
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
                    "INSERT INTO groups (id, slug, name, description, created_at, kind) VALUES ($1, $2, $3, $4, $5, 'flood')",
                    args![group_id, slug, name, purpose, at],
                )
                .await?;
                c.exec(
                    "INSERT INTO pools (id, group_id, name, currency, rules, commitment, status, created_at, opened_at, kind) \
                     VALUES ($1, $2, $3, $4, $5, '', 'open', $6, $7, 'flood')",
                    args![flood_id, group_id, name, currency.code(), to_json(rules), at, at],
                )
                .await?;
                c.exec(
                    "INSERT INTO floods (id, purpose, double_majority, founder_pool_id, status, started_at, dissolved_at) VALUES ($1, $2, $3, $4, 'active', $5, NULL)",
                    args![flood_id, purpose, *double_majority as i64, pool_id, at],
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
                    "INSERT INTO flood_pools (flood_id, pool_id, committed, status, received, joined_at, left_at) VALUES ($1, $2, $3, 'member', 0, $4, NULL) \
                     ON CONFLICT (flood_id, pool_id) DO UPDATE SET committed = flood_pools.committed + excluded.committed",
                    args![flood_id, pool_id, *amount, at],
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
                    side(pool_entry_id, "flood_commitment", pool_postings),
                    side(flood_entry_id, "pool_commitment", flood_postings),
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
                        "UPDATE flood_pools SET status = 'left', received = $1, left_at = $2 WHERE flood_id = $3 AND pool_id = $4 AND status = 'member'",
                        args![*amount, at, flood_id, pool_id],
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
                        "UPDATE floods SET status = 'dissolved', dissolved_at = $1 WHERE id = $2",
                        args![at, flood_id],
                    )
                    .await?;
                }
                if let (Some(pe), Some(fe)) = (pool_entry_id, flood_entry_id) {
                    let side = |id, kind, postings| FloodSide { id, kind, postings };
                    self.flood_entries(
                        flood_id,
                        pool_id,
                        *amount,
                        side(pe, "flood_return", pool_postings),
                        side(fe, "pool_exit", flood_postings),
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
        }
        Ok(())
    }
}

#[async_trait]
impl Tx for SqlTx {
    async fn commit(self: Box<Self>) -> StoreResult<()> {
        let SqlTx { conn, head, .. } = *self;
        conn.commit(head).await
    }

    async fn record(
        &mut self,
        at: OffsetDateTime,
        actor: Option<&str>,
        event: &Event,
    ) -> StoreResult<JournalEntry> {
        let (seq, hash) = self.head().await?;
        let prev = (seq > 0).then_some((seq, hash.as_str()));
        let entry = JournalEntry::next(prev, format_time(at), actor.map(str::to_string), event);
        self.append(&entry, event.kind()).await?;
        self.apply(&entry, event).await?;
        Ok(entry)
    }

    async fn replay(&mut self, entry: &JournalEntry, event: &Event) -> StoreResult<()> {
        let (seq, hash) = self.head().await?;
        if entry.seq != seq + 1 || entry.prev_hash != hash {
            return Err(StoreError::Conflict(format!(
                "entry {} does not follow the journal head {seq}",
                entry.seq
            )));
        }
        self.append(entry, event.kind()).await?;
        self.apply(entry, event).await
    }

    async fn journal_after(
        &mut self,
        after_seq: i64,
        limit: i64,
    ) -> StoreResult<Vec<JournalEntry>> {
        self.conn
            .all(
                "SELECT seq, at, actor, event, prev_hash, hash FROM journal WHERE seq > $1 ORDER BY seq LIMIT $2",
                args![after_seq, limit],
            )
            .await?
            .iter()
            .map(journal_entry)
            .collect()
    }

    async fn journal_len(&mut self) -> StoreResult<i64> {
        Ok(self.head().await?.0)
    }

    async fn journal_head(&mut self) -> StoreResult<pools_core::journal::Head> {
        let (seq, hash) = self.head().await?;
        Ok(pools_core::journal::Head { seq, hash })
    }

    async fn dump_state(&mut self) -> StoreResult<Vec<(String, Vec<String>)>> {
        const TABLES: [(&str, &str); 28] = [
            ("journal", "SELECT * FROM journal ORDER BY seq"),
            ("journal_head", "SELECT * FROM journal_head ORDER BY id"),
            ("persons", "SELECT * FROM persons ORDER BY id"),
            ("groups", "SELECT * FROM groups ORDER BY id"),
            ("group_members", "SELECT * FROM group_members ORDER BY id"),
            ("pools", "SELECT * FROM pools ORDER BY id"),
            (
                "commitment_texts",
                "SELECT * FROM commitment_texts ORDER BY hash",
            ),
            (
                "pool_members",
                "SELECT * FROM pool_members ORDER BY pool_id, person_id",
            ),
            ("decisions", "SELECT * FROM decisions ORDER BY id"),
            (
                "decision_voters",
                "SELECT * FROM decision_voters ORDER BY decision_id, person_id",
            ),
            (
                "ballots",
                "SELECT * FROM ballots ORDER BY decision_id, person_id",
            ),
            ("ledger_entries", "SELECT * FROM ledger_entries ORDER BY id"),
            ("payouts", "SELECT * FROM payouts ORDER BY id"),
            ("exits", "SELECT * FROM exits ORDER BY id"),
            ("money_reports", "SELECT * FROM money_reports ORDER BY id"),
            ("rounds", "SELECT * FROM rounds ORDER BY id"),
            ("formations", "SELECT * FROM formations ORDER BY id"),
            ("floods", "SELECT * FROM floods ORDER BY id"),
            (
                "flood_signatures",
                "SELECT * FROM flood_signatures ORDER BY flood_id, version, person_id",
            ),
            (
                "flood_pools",
                "SELECT * FROM flood_pools ORDER BY flood_id, pool_id",
            ),
            (
                "formation_versions",
                "SELECT * FROM formation_versions ORDER BY formation_id, version",
            ),
            (
                "formation_signatures",
                "SELECT * FROM formation_signatures ORDER BY formation_id, version, kind, person_id",
            ),
            (
                "round_members",
                "SELECT * FROM round_members ORDER BY round_id, person_id",
            ),
            ("buckets", "SELECT * FROM buckets ORDER BY id"),
            (
                "bucket_gifts",
                "SELECT * FROM bucket_gifts ORDER BY bucket_id, person_id",
            ),
            (
                "bucket_fundings",
                "SELECT * FROM bucket_fundings ORDER BY id",
            ),
            (
                "bucket_flags",
                "SELECT * FROM bucket_flags ORDER BY bucket_id, person_id",
            ),
            (
                "ledger_balances",
                "SELECT * FROM ledger_balances ORDER BY pool_id, account",
            ),
        ];
        let mut out = Vec::new();
        for (name, sql) in TABLES {
            let rows = self.conn.all(sql, args![]).await?;
            out.push((name.to_string(), rows.iter().map(Row::as_text).collect()));
        }
        Ok(out)
    }

    async fn person(&mut self, id: &str) -> StoreResult<Option<Person>> {
        self.conn
            .one(
                "SELECT id, email, name, operator FROM persons WHERE id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(person)
            .transpose()
    }

    async fn person_by_email(&mut self, email: &str) -> StoreResult<Option<Person>> {
        self.conn
            .one(
                "SELECT id, email, name, operator FROM persons WHERE email = $1",
                args![email],
            )
            .await?
            .as_ref()
            .map(person)
            .transpose()
    }

    async fn person_count(&mut self) -> StoreResult<i64> {
        self.conn
            .one("SELECT COUNT(*) AS n FROM persons", args![])
            .await?
            .ok_or_else(|| corrupt("count returned nothing"))?
            .i64("n")
    }

    async fn set_password_hash(
        &mut self,
        person_id: &str,
        hash: &str,
        at_ms: i64,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO credentials (person_id, password_hash, updated_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (person_id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at",
                args![person_id, hash, at_ms],
            )
            .await?;
        Ok(())
    }

    async fn password_hash(&mut self, person_id: &str) -> StoreResult<Option<String>> {
        match self
            .conn
            .one(
                "SELECT password_hash FROM credentials WHERE person_id = $1",
                args![person_id],
            )
            .await?
        {
            Some(r) => Ok(Some(r.text("password_hash")?)),
            None => Ok(None),
        }
    }

    async fn create_session(&mut self, s: &Session, at_ms: i64) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO sessions (token_hash, person_id, kind, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
                args![&s.token_hash, &s.person_id, s.kind.as_str(), at_ms, s.expires_at_ms],
            )
            .await?;
        Ok(())
    }

    async fn delete_session(&mut self, token_hash: &str) -> StoreResult<()> {
        self.conn
            .exec(
                "DELETE FROM sessions WHERE token_hash = $1",
                args![token_hash],
            )
            .await?;
        Ok(())
    }

    async fn delete_sessions_of(&mut self, person_id: &str) -> StoreResult<()> {
        self.conn
            .exec(
                "DELETE FROM sessions WHERE person_id = $1",
                args![person_id],
            )
            .await?;
        Ok(())
    }

    async fn prune_expired(&mut self, now_ms: i64, failures_before_ms: i64) -> StoreResult<u64> {
        let mut n = 0;
        n += self
            .conn
            .exec("DELETE FROM sessions WHERE expires_at <= $1", args![now_ms])
            .await?;
        n += self
            .conn
            .exec(
                "DELETE FROM password_resets WHERE expires_at <= $1",
                args![now_ms],
            )
            .await?;
        n += self
            .conn
            .exec(
                "DELETE FROM signin_failures WHERE at < $1",
                args![failures_before_ms],
            )
            .await?;
        Ok(n)
    }

    async fn reserve_signin_attempt(
        &mut self,
        key: &str,
        attempt: &str,
        at_ms: i64,
        since_ms: i64,
        max: i64,
    ) -> StoreResult<bool> {
        let n = self
            .conn
            .exec(
                "INSERT INTO signin_failures (key, at, attempt) SELECT $1, $2, $3 WHERE (SELECT COUNT(*) FROM signin_failures WHERE key = $1 AND at > $4) < $5",
                args![key, at_ms, attempt, since_ms, max],
            )
            .await?;
        Ok(n == 1)
    }

    async fn forget_signin_attempt(&mut self, attempt: &str) -> StoreResult<()> {
        self.conn
            .exec(
                "DELETE FROM signin_failures WHERE attempt = $1",
                args![attempt],
            )
            .await?;
        Ok(())
    }

    async fn clear_signin_failures(&mut self, key: &str, before_ms: i64) -> StoreResult<()> {
        self.conn
            .exec(
                "DELETE FROM signin_failures WHERE key = $1 OR at <= $2",
                args![key, before_ms],
            )
            .await?;
        Ok(())
    }

    async fn create_password_reset(
        &mut self,
        token_hash: &str,
        r: &PasswordReset,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO password_resets (token_hash, person_id, expires_at, used_at) VALUES ($1, $2, $3, NULL)",
                args![token_hash, &r.person_id, r.expires_at_ms],
            )
            .await?;
        Ok(())
    }

    async fn password_reset(&mut self, token_hash: &str) -> StoreResult<Option<PasswordReset>> {
        let Some(r) = self
            .conn
            .one(
                "SELECT person_id, expires_at, used_at FROM password_resets WHERE token_hash = $1",
                args![token_hash],
            )
            .await?
        else {
            return Ok(None);
        };
        Ok(Some(PasswordReset {
            person_id: r.text("person_id")?,
            expires_at_ms: r.i64("expires_at")?,
            used: r.opt_i64("used_at")?.is_some(),
        }))
    }

    async fn use_password_reset(&mut self, token_hash: &str, at_ms: i64) -> StoreResult<()> {
        let n = self
            .conn
            .exec(
                "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
                args![at_ms, token_hash],
            )
            .await?;
        if n != 1 {
            return Err(StoreError::Conflict(
                "the reset link was used already".into(),
            ));
        }
        Ok(())
    }

    async fn enqueue_mail(&mut self, m: &OutboxMessage, at_ms: i64) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO outbox (id, to_address, subject, body, created_at, created_ms, sent_at) VALUES ($1, $2, $3, $4, $5, $6, NULL)",
                args![&m.id, &m.to, &m.subject, &m.body, &m.created_at, at_ms],
            )
            .await?;
        Ok(())
    }

    async fn outbox(&mut self, limit: i64) -> StoreResult<Vec<OutboxMessage>> {
        self.conn
            .all(
                "SELECT id, to_address, subject, body, created_at FROM outbox ORDER BY created_ms DESC, id DESC LIMIT $1",
                args![limit],
            )
            .await?
            .iter()
            .map(|r| {
                Ok(OutboxMessage {
                    id: r.text("id")?,
                    to: r.text("to_address")?,
                    subject: r.text("subject")?,
                    body: r.text("body")?,
                    created_at: r.text("created_at")?,
                })
            })
            .collect()
    }

    async fn setting(&mut self, key: &str) -> StoreResult<Option<String>> {
        match self
            .conn
            .one("SELECT value FROM settings WHERE key = $1", args![key])
            .await?
        {
            Some(r) => Ok(Some(r.text("value")?)),
            None => Ok(None),
        }
    }

    async fn init_setting(&mut self, key: &str, value: &str) -> StoreResult<String> {
        self.conn
            .exec(
                "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
                args![key, value],
            )
            .await?;
        self.setting(key)
            .await?
            .ok_or_else(|| corrupt("a setting vanished"))
    }

    async fn group(&mut self, id: &str) -> StoreResult<Option<Group>> {
        self.conn
            .one(
                "SELECT id, slug, name, description FROM groups WHERE id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(group)
            .transpose()
    }

    async fn group_by_slug(&mut self, slug: &str) -> StoreResult<Option<Group>> {
        self.conn
            .one(
                "SELECT id, slug, name, description FROM groups WHERE slug = $1 AND kind = 'group'",
                args![slug],
            )
            .await?
            .as_ref()
            .map(group)
            .transpose()
    }

    async fn groups(&mut self, limit: i64) -> StoreResult<Vec<Group>> {
        self.conn
            .all(
                "SELECT id, slug, name, description FROM groups WHERE kind = 'group' ORDER BY lower(name), id LIMIT $1",
                args![limit],
            )
            .await?
            .iter()
            .map(group)
            .collect()
    }

    async fn groups_of(&mut self, person_id: &str) -> StoreResult<Vec<(Group, GroupRole)>> {
        self.conn
            .all(
                "SELECT g.id, g.slug, g.name, g.description, m.role FROM groups g JOIN group_members m ON m.group_id = g.id \
                 WHERE m.person_id = $1 ORDER BY lower(g.name), g.id",
                args![person_id],
            )
            .await?
            .iter()
            .map(|r| {
                Ok((
                    group(r)?,
                    GroupRole::parse(&r.text("role")?).ok_or_else(|| corrupt("group role"))?,
                ))
            })
            .collect()
    }

    async fn group_members(&mut self, group_id: &str) -> StoreResult<Vec<GroupMember>> {
        const SQL: &str = concat!(
            "SELECT id, group_id, person_id, name, role, meetup_member_id, meetup_role, location, joined_on, intro, profile_url, answers FROM group_members",
            " WHERE group_id = $1 ORDER BY lower(name), id"
        );

        self.conn
            .all(SQL, args![group_id])
            .await?
            .iter()
            .map(group_member)
            .collect()
    }

    async fn group_member(&mut self, id: &str) -> StoreResult<Option<GroupMember>> {
        self.conn
            .one(
                "SELECT id, group_id, person_id, name, role, meetup_member_id, meetup_role, location, joined_on, intro, profile_url, answers FROM group_members WHERE id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(group_member)
            .transpose()
    }

    async fn group_member_of(
        &mut self,
        group_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<GroupMember>> {
        self.conn
            .one(
                "SELECT id, group_id, person_id, name, role, meetup_member_id, meetup_role, location, joined_on, intro, profile_url, answers FROM group_members WHERE group_id = $1 AND person_id = $2",
                args![group_id, person_id],
            )
            .await?
            .as_ref()
            .map(group_member)
            .transpose()
    }

    async fn pool(&mut self, id: &str) -> StoreResult<Option<Pool>> {
        self.conn
            .one(
                "SELECT id, group_id, name, currency, rules, commitment, status, kind FROM pools WHERE id = $1",
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
                "SELECT id, group_id, name, currency, rules, commitment, status, kind FROM pools WHERE group_id = $1",
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
                "SELECT p.id, p.group_id, p.name, p.currency, p.rules, p.commitment, p.status, p.kind, \
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

    async fn active_member_ids(&mut self, pool_id: &str) -> StoreResult<Vec<String>> {
        self.conn
            .all(
                "SELECT person_id FROM pool_members WHERE pool_id = $1 AND status = 'active'",
                args![pool_id],
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

    async fn decision(&mut self, id: &str) -> StoreResult<Option<Decision>> {
        const SQL: &str = concat!(
            "SELECT id, pool_id, proposer_id, title, body, method, rule_change, rules, opened_at, closes_at, closes_ms, status, eligible, tally, outcome, closed_at, spend, round, round_note, admission, flood_action, member_pools, closed_seq, closed_hash",
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
            "SELECT id, pool_id, proposer_id, title, body, method, rule_change, rules, opened_at, closes_at, closes_ms, status, eligible, tally, outcome, closed_at, spend, round, round_note, admission, flood_action, member_pools, closed_seq, closed_hash",
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
                "SELECT id FROM decisions WHERE status = 'open' AND closes_ms <= $1 ORDER BY closes_ms, id LIMIT $2",
                args![now_ms, limit],
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
                "SELECT b.person_id, p.name AS person_name, b.choice, b.reason, b.cast_at FROM ballots b JOIN persons p ON p.id = b.person_id \
                 WHERE b.decision_id = $1 ORDER BY lower(p.name), b.person_id",
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
                "SELECT b.person_id, p.name AS person_name, b.choice, b.reason, b.cast_at FROM ballots b JOIN persons p ON p.id = b.person_id \
                 WHERE b.decision_id = $1 ORDER BY lower(p.name), b.person_id LIMIT $2 OFFSET $3",
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
                "SELECT b.person_id, p.name AS person_name, b.choice, b.reason, b.cast_at FROM ballots b JOIN persons p ON p.id = b.person_id \
                 WHERE b.decision_id = $1 AND b.person_id = $2",
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
    ) -> StoreResult<Option<(Decision, bool, Option<Choice>)>> {
        const SQL: &str = concat!(
            "SELECT d.id, d.pool_id, d.proposer_id, d.title, d.body, d.method, d.rule_change, d.rules, d.opened_at, d.closes_at, d.closes_ms, d.status, d.eligible, d.tally, d.outcome, d.closed_at, d.spend, d.round, d.round_note, d.admission, d.flood_action, d.member_pools, d.closed_seq, d.closed_hash,",
            " v.person_id AS voter, b.choice AS choice",
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
        let choice: Option<Choice> = opt_json(&r, "choice")?;
        self.voting = Some(Voting {
            decision_id: decision_id.to_string(),
            person_id: person_id.to_string(),
            tally: d.tally.clone(),
            choice: choice.clone(),
        });
        Ok(Some((d, r.opt_text("voter")?.is_some(), choice)))
    }

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
                 WHERE r.pool_id = $1 ORDER BY CASE WHEN r.status = 'pending' THEN 0 ELSE 1 END, r.reported_at DESC, r.id DESC LIMIT 200",
                args![pool_id],
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
                "SELECT id FROM rounds WHERE status = 'open' AND funding_close_ms <= $1 ORDER BY funding_close_ms, id LIMIT $2",
                args![now_ms, limit],
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

    async fn formation_of_pool(&mut self, pool_id: &str) -> StoreResult<Option<Formation>> {
        let Some(r) = self
            .conn
            .one(
                "SELECT * FROM formations WHERE pool_id = $1",
                args![pool_id],
            )
            .await?
        else {
            return Ok(None);
        };
        Ok(Some(Formation {
            id: r.text("id")?,
            pool_id: r.text("pool_id")?,
            form: pools_core::formation::EntityForm::parse(&r.text("form")?)
                .ok_or_else(|| corrupt("an unknown legal form"))?,
            details: json(&r, "details")?,
            status: json(&r, "status")?,
            version: r.i64("version")?,
            started_at: r.text("started_at")?,
        }))
    }

    async fn formation_versions(
        &mut self,
        formation_id: &str,
    ) -> StoreResult<Vec<FormationVersion>> {
        let rows = self
            .conn
            .all(
                "SELECT * FROM formation_versions WHERE formation_id = $1 ORDER BY version",
                args![formation_id],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(FormationVersion {
                    version: r.i64("version")?,
                    rules: json(r, "rules")?,
                    generated_on: r.text("generated_on")?,
                    reason: r.text("reason")?,
                    documents: json(r, "documents")?,
                    at: r.text("at")?,
                })
            })
            .collect()
    }

    async fn signatures(&mut self, formation_id: &str) -> StoreResult<Vec<Signature>> {
        let rows = self
            .conn
            .all(
                "SELECT s.*, p.name FROM formation_signatures s JOIN persons p ON p.id = s.person_id \
                 WHERE s.formation_id = $1 ORDER BY s.at, s.version, s.kind, s.person_id",
                args![formation_id],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Signature {
                    version: r.i64("version")?,
                    kind: pools_core::formation::DocKind::parse(&r.text("kind")?)
                        .ok_or_else(|| corrupt("an unknown document kind"))?,
                    person_id: r.text("person_id")?,
                    name: r.text("name")?,
                    typed_name: r.text("typed_name")?,
                    sha256: r.text("sha256")?,
                    at: r.text("at")?,
                })
            })
            .collect()
    }

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
                        status: r.text("flood_status")?,
                        started_at: r.text("started_at")?,
                        version: r.i64("version")?,
                        version_at: r.opt_text("version_at")?.unwrap_or_default(),
                    },
                    flood_member_row(r)?,
                ))
            })
            .collect()
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

fn flood_row(r: &Row) -> StoreResult<Flood> {
    Ok(Flood {
        id: r.text("id")?,
        name: r.text("name")?,
        purpose: r.text("purpose")?,
        currency: Currency::from_code(&r.text("currency")?)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?,
        rules: json(r, "rules")?,
        double_majority: r.i64("double_majority")? != 0,
        status: r.text("status")?,
        started_at: r.text("started_at")?,
        version: r.i64("version")?,
        version_at: r.opt_text("version_at")?.unwrap_or_default(),
    })
}

fn flood_member_row(r: &Row) -> StoreResult<FloodMember> {
    Ok(FloodMember {
        pool_id: r.text("pool_id")?,
        name: r.text("name")?,
        committed: r.i64("committed")?,
        status: r.text("status")?,
        received: r.i64("received")?,
        joined_at: r.text("joined_at")?,
    })
}

fn round_row(r: &Row) -> StoreResult<Round> {
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
        closed: r.text("status")? == "closed",
        closed_at: r.opt_text("closed_at")?,
    })
}

fn bucket_row(r: &Row) -> StoreResult<Bucket> {
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
        status: r.text("status")?,
        reason: r.opt_text("reason")?,
        created_at: r.text("created_at")?,
        flags: r.i64("flag_count")?,
    })
}

fn funding_row(r: &Row) -> StoreResult<Funding> {
    Ok(Funding {
        person_id: r.text("person_id")?,
        name: r.text("name")?,
        amount: r.i64("amount")?,
        at: r.opt_text("at")?.unwrap_or_default(),
    })
}

impl SqlTx {
    /// Fills in the names of buckets' co-creators, one read per distinct person.
    async fn name_co_creators(&mut self, buckets: &mut [Bucket]) -> StoreResult<()> {
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

fn exit_row(r: &Row) -> StoreResult<Exit> {
    Ok(Exit {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        person_id: r.text("person_id")?,
        name: r.text("person_name")?,
        amount: r.i64("amount")?,
        due_on: r.text("due_on")?,
        status: r.text("status")?,
        reference: r.opt_text("reference")?,
        paid_on: r.opt_text("paid_on")?,
    })
}

fn report_row(r: &Row) -> StoreResult<MoneyReport> {
    let kind = match r.text("kind")?.as_str() {
        "capital" => pools_core::event::MoneyKind::Capital,
        "gift" => pools_core::event::MoneyKind::Gift,
        "buy_in" => pools_core::event::MoneyKind::BuyIn,
        _ => return Err(corrupt("report kind")),
    };
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
        status: r.text("status")?,
        reason: r.opt_text("reason")?,
    })
}

//! Journal chains per body: the rules for a journal that is one hash chain
//! for each pool (or Flood), each group, and the directory of people,
//! instead of one chain for the whole installation. Writes to different
//! bodies then never wait for each other, and any one body's history can be
//! exported and checked on its own.
//!
//! - Every event belongs to one body (`Bodies::place`): a pool's events to
//!   the pool, a group's to the group, a person's registration to the
//!   directory. Events that name only a decision, a round, a bucket, a
//!   formation or a comment belong to the pool that opened it, which an
//!   earlier event said.
//! - Money that moves between a pool and a Flood is one event in the pool's
//!   chain and a counterpart in the Flood's, written together: the pool's
//!   entry names the counterpart's place, and the counterpart names the
//!   pool's entry's place and hash (the first hash is sealed into the
//!   second, so neither can be changed or dropped without the pair
//!   breaking). `check_links` checks both directions.
//! - A checkpoint is the Merkle root over every chain's head
//!   (`merkle_root`); `inclusion` proves one head is under a root without
//!   the others.
//! - `split` turns one global chain into chains per body, each anchored to
//!   the old chain's head, so history stays verifiable.
//!
//! Entry hash: `SHA-256("pools-chain-1" "\n" body "\n" seq "\n" at "\n"
//! actor "\n" prev_hash "\n" link "\n" event)` in hex, where `link` is empty
//! or `body " " seq` or `body " " seq " " hash`, and a chain's first
//! `prev_hash` is its anchor (`GENESIS`, or the split's).

use crate::event::Event;
use crate::journal::{GENESIS, JournalEntry};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};

/// The chain of the directory of people (registrations).
pub const DIRECTORY: &str = "directory";

/// The chain an event belongs to, by name: `directory`, `group:<id>` or
/// `pool:<id>` (Floods are pools).
pub fn pool_body(pool_id: &str) -> String {
    format!("pool:{pool_id}")
}

/// A group's chain.
pub fn group_body(group_id: &str) -> String {
    format!("group:{group_id}")
}

/// Where an event is written: its body, and for money moving between a
/// pool and a Flood, the other body that records the counterpart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// The chain the event is written in.
    pub body: String,
    /// The chain that records its counterpart, if it moves money between
    /// two bodies.
    pub counterpart: Option<String>,
}

/// What places events: the bodies of the decisions, rounds, buckets,
/// formations and comments earlier events opened, learned in order.
#[derive(Debug, Clone, Default)]
pub struct Bodies {
    owner: HashMap<String, String>,
}

impl Bodies {
    /// Nothing learned yet.
    pub fn new() -> Bodies {
        Bodies::default()
    }

    fn learn(&mut self, id: &str, pool_id: &str) {
        self.owner.insert(id.to_string(), pool_body(pool_id));
    }

    fn owner_of(&self, what: &str, id: &str) -> Result<String, String> {
        self.owner
            .get(id)
            .cloned()
            .ok_or_else(|| format!("no earlier entry opened the {what} {id}"))
    }

    /// The place of `event`, learning what it opens. Refuses an event that
    /// names a decision, round, bucket, formation or comment no earlier
    /// event opened.
    pub fn place(&mut self, event: &Event) -> Result<Placement, String> {
        let alone = |body: String| Placement {
            body,
            counterpart: None,
        };
        use Event::*;
        Ok(match event {
            PersonRegistered { .. } => alone(DIRECTORY.to_string()),
            GroupCreated { group_id, .. }
            | GroupJoined { group_id, .. }
            | MeetupImported { group_id, .. }
            | InviteClaimed { group_id, .. } => alone(group_body(group_id)),
            DecisionOpened {
                decision_id,
                pool_id,
                ..
            } => {
                self.learn(decision_id, pool_id);
                alone(pool_body(pool_id))
            }
            RoundOpened {
                round_id, pool_id, ..
            } => {
                self.learn(round_id, pool_id);
                alone(pool_body(pool_id))
            }
            BucketCreated {
                bucket_id, pool_id, ..
            } => {
                self.learn(bucket_id, pool_id);
                alone(pool_body(pool_id))
            }
            FormationStarted {
                formation_id,
                pool_id,
                ..
            } => {
                self.learn(formation_id, pool_id);
                alone(pool_body(pool_id))
            }
            CommentPosted {
                comment_id,
                pool_id,
                ..
            } => {
                self.learn(comment_id, pool_id);
                alone(pool_body(pool_id))
            }
            SecretBallotCast { decision_id, .. }
            | SecretBallotWithdrawn { decision_id, .. }
            | SecretBallotsPublished { decision_id, .. }
            | BallotCast { decision_id, .. }
            | BallotWithdrawn { decision_id, .. }
            | DecisionClosed { decision_id, .. } => alone(self.owner_of("decision", decision_id)?),
            BucketFlagged { bucket_id, .. } => alone(self.owner_of("bucket", bucket_id)?),
            BucketFunded { round_id, .. } | BucketCancelled { round_id, .. } => {
                alone(self.owner_of("round", round_id)?)
            }
            FormationEdited { formation_id, .. }
            | FormationAdvanced { formation_id, .. }
            | DocumentsGenerated { formation_id, .. }
            | DocumentSigned { formation_id, .. } => {
                alone(self.owner_of("formation", formation_id)?)
            }
            CommentEdited { comment_id, .. } | CommentHidden { comment_id, .. } => {
                alone(self.owner_of("comment", comment_id)?)
            }
            FloodStarted { flood_id, .. } | FloodAgreementSigned { flood_id, .. } => {
                alone(pool_body(flood_id))
            }
            FloodCommitted {
                flood_id, pool_id, ..
            }
            | FloodLeft {
                flood_id, pool_id, ..
            } => Placement {
                body: pool_body(pool_id),
                counterpart: Some(pool_body(flood_id)),
            },
            PoolCreated { pool_id, .. }
            | PoolDraftEdited { pool_id, .. }
            | PoolOpened { pool_id }
            | PoolMemberJoined { pool_id, .. }
            | PoolMemberLeft { pool_id, .. }
            | ProxyNamed { pool_id, .. }
            | ProxyRevoked { pool_id, .. }
            | PoolRulesChanged { pool_id, .. }
            | MoneyReceived { pool_id, .. }
            | EntryReversed { pool_id, .. }
            | MembershipActivated { pool_id, .. }
            | PayoutAuthorized { pool_id, .. }
            | PayoutPaid { pool_id, .. }
            | PayoutCancelled { pool_id, .. }
            | ExitRequested { pool_id, .. }
            | ExitPaid { pool_id, .. }
            | MoneyReported { pool_id, .. }
            | ReportSettled { pool_id, .. }
            | RoundNotOpened { pool_id, .. }
            | RoundClosed { pool_id, .. }
            | FloodActionRefused { pool_id, .. }
            | SpendRefused { pool_id, .. }
            | PoolRoleChanged { pool_id, .. }
            | PoolTimeZoneSet { pool_id, .. }
            | DiscussionStarted { pool_id, .. } => alone(pool_body(pool_id)),
        })
    }
}

/// Where an entry's other half is: for a pool's entry, its counterpart's
/// place; for a counterpart, the pool's entry's place and hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The other chain.
    pub body: String,
    /// The other entry's place in it.
    pub seq: i64,
    /// The other entry's hash, on the counterpart (which is written
    /// second).
    pub hash: Option<String>,
}

impl Link {
    fn text(link: Option<&Link>) -> String {
        match link {
            None => String::new(),
            Some(Link {
                body,
                seq,
                hash: None,
            }) => format!("{body} {seq}"),
            Some(Link {
                body,
                seq,
                hash: Some(h),
            }) => format!("{body} {seq} {h}"),
        }
    }
}

/// One entry of a body's chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainEntry {
    /// The chain.
    pub body: String,
    /// Its place in the chain, from 1, without gaps.
    pub seq: i64,
    /// When it was recorded, RFC 3339 UTC with milliseconds.
    pub at: String,
    /// Who did it, as in the global journal.
    pub actor: Option<String>,
    /// The event's JSON text (for a counterpart, the same event's).
    pub event: String,
    /// The other half of a move between two bodies.
    pub link: Option<Link>,
    /// The previous entry's hash, or the chain's anchor.
    pub prev_hash: String,
    /// This entry's hash.
    pub hash: String,
}

/// An entry's hash from its parts.
pub fn entry_hash(
    body: &str,
    seq: i64,
    at: &str,
    actor: Option<&str>,
    prev_hash: &str,
    link: Option<&Link>,
    event: &str,
) -> String {
    let mut h = Sha256::new();
    for part in [
        "pools-chain-1",
        body,
        &seq.to_string(),
        at,
        actor.unwrap_or(""),
        prev_hash,
        &Link::text(link),
    ] {
        h.update(part.as_bytes());
        h.update(b"\n");
    }
    h.update(event.as_bytes());
    hex::encode(h.finalize())
}

impl ChainEntry {
    /// The entry after `prev` in `body` (or the first, after `anchor`).
    pub fn next(
        body: &str,
        prev: Option<(i64, &str)>,
        anchor: &str,
        at: &str,
        actor: Option<&str>,
        link: Option<Link>,
        event: &str,
    ) -> ChainEntry {
        let (seq, prev_hash) = match prev {
            Some((s, h)) => (s + 1, h.to_string()),
            None => (1, anchor.to_string()),
        };
        let hash = entry_hash(body, seq, at, actor, &prev_hash, link.as_ref(), event);
        ChainEntry {
            body: body.to_string(),
            seq,
            at: at.to_string(),
            actor: actor.map(str::to_string),
            event: event.to_string(),
            link,
            prev_hash,
            hash,
        }
    }

    /// Whether its hash is its parts' hash.
    pub fn sealed(&self) -> bool {
        self.hash
            == entry_hash(
                &self.body,
                self.seq,
                &self.at,
                self.actor.as_deref(),
                &self.prev_hash,
                self.link.as_ref(),
                &self.event,
            )
    }
}

/// A chain's last entry.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ChainHead {
    /// The chain.
    pub body: String,
    /// Its last entry's place.
    pub seq: i64,
    /// Its last entry's hash.
    pub hash: String,
}

/// Checks one body's chain, in order, from `anchor`; returns its head.
pub fn check_chain(entries: &[ChainEntry], anchor: &str) -> Result<ChainHead, String> {
    let first = entries.first().ok_or("the chain is empty")?;
    let body = &first.body;
    let mut prev = anchor.to_string();
    for (i, e) in entries.iter().enumerate() {
        let at = format!("{body} entry {}", i + 1);
        if &e.body != body {
            return Err(format!("{at} belongs to {}", e.body));
        }
        if e.seq != i as i64 + 1 {
            return Err(format!("{at} says it is entry {}", e.seq));
        }
        if e.prev_hash != prev {
            return Err(format!("{at} does not follow the one before"));
        }
        if !e.sealed() {
            return Err(format!("{at} was changed after it was written"));
        }
        prev = e.hash.clone();
    }
    let last = entries.last().expect("not empty");
    Ok(ChainHead {
        body: body.clone(),
        seq: last.seq,
        hash: last.hash.clone(),
    })
}

/// Checks every link between chains, both ways: each counterpart names a
/// pool's entry by place and hash, and that entry names the counterpart's
/// place; no pool's entry names a counterpart that is not there.
pub fn check_links(chains: &BTreeMap<String, Vec<ChainEntry>>) -> Result<usize, String> {
    let get = |body: &str, seq: i64| {
        chains
            .get(body)
            .and_then(|c| c.get((seq - 1).max(0) as usize))
            .filter(|e| e.seq == seq)
    };
    let mut pairs = 0;
    for (body, chain) in chains {
        for e in chain {
            let Some(l) = &e.link else { continue };
            let other = get(&l.body, l.seq).ok_or_else(|| {
                format!(
                    "{body} entry {} names {} entry {}, which is not there",
                    e.seq, l.body, l.seq
                )
            })?;
            let back = other.link.as_ref().ok_or_else(|| {
                format!(
                    "{} entry {} does not name {body} entry {} back",
                    l.body, l.seq, e.seq
                )
            })?;
            if back.body != *body || back.seq != e.seq {
                return Err(format!(
                    "{body} entry {} and {} entry {} do not name each other",
                    e.seq, l.body, l.seq
                ));
            }
            match (&l.hash, &back.hash) {
                // The counterpart holds the first entry's hash.
                (Some(h), None) if *h == other.hash => pairs += 1,
                (None, Some(h)) if *h == e.hash => {}
                _ => {
                    return Err(format!(
                        "{body} entry {} and {} entry {} do not seal each other",
                        e.seq, l.body, l.seq
                    ));
                }
            }
            if e.event != other.event {
                return Err(format!(
                    "{body} entry {} and its counterpart record different events",
                    e.seq
                ));
            }
        }
    }
    Ok(pairs)
}

fn leaf(h: &ChainHead) -> [u8; 32] {
    let mut d = Sha256::new();
    d.update(format!("pools-head\n{}\n{}\n{}", h.body, h.seq, h.hash).as_bytes());
    d.finalize().into()
}

fn node(l: &[u8; 32], r: &[u8; 32]) -> [u8; 32] {
    let mut d = Sha256::new();
    d.update(b"pools-node\n");
    d.update(l);
    d.update(r);
    d.finalize().into()
}

fn levels(heads: &[ChainHead]) -> Vec<Vec<[u8; 32]>> {
    let mut sorted: Vec<&ChainHead> = heads.iter().collect();
    sorted.sort_by(|a, b| a.body.cmp(&b.body));
    let mut level: Vec<[u8; 32]> = sorted.into_iter().map(leaf).collect();
    let mut all = vec![level.clone()];
    while level.len() > 1 {
        level = level
            .chunks(2)
            .map(|p| {
                if p.len() == 2 {
                    node(&p[0], &p[1])
                } else {
                    p[0]
                }
            })
            .collect();
        all.push(level.clone());
    }
    all
}

/// The checkpoint: the Merkle root over every chain's head, in the order
/// of their bodies' names (so it does not depend on the order given). An
/// odd node out moves up a level as it is. No heads: 64 zeros.
pub fn merkle_root(heads: &[ChainHead]) -> String {
    match levels(heads).last().and_then(|l| l.first()) {
        Some(root) => hex::encode(root),
        None => GENESIS.to_string(),
    }
}

/// The hashes that prove `body`'s head is under the root, from the leaf
/// up: (whether the sibling is on the left, the sibling's hash).
pub fn inclusion(heads: &[ChainHead], body: &str) -> Option<Vec<(bool, String)>> {
    let mut sorted: Vec<&ChainHead> = heads.iter().collect();
    sorted.sort_by(|a, b| a.body.cmp(&b.body));
    let mut i = sorted.iter().position(|h| h.body == body)?;
    let mut proof = Vec::new();
    for level in levels(heads).iter().take_while(|l| l.len() > 1) {
        let sibling = i ^ 1;
        if sibling < level.len() {
            proof.push((sibling < i, hex::encode(level[sibling])));
        }
        i /= 2;
    }
    Some(proof)
}

/// Whether `head` is under `root` by `proof`.
pub fn proves(head: &ChainHead, proof: &[(bool, String)], root: &str) -> bool {
    let mut h = leaf(head);
    for (left, sibling) in proof {
        let Ok(s) = hex::decode(sibling) else {
            return false;
        };
        let Ok(s) = <[u8; 32]>::try_from(s) else {
            return false;
        };
        h = if *left { node(&s, &h) } else { node(&h, &s) };
    }
    hex::encode(h) == root
}

/// The anchor of every chain split from a global chain whose head was
/// `(seq, hash)`: each chain's first entry follows it, so each chain
/// attests the old head.
pub fn split_anchor(seq: i64, hash: &str) -> String {
    let mut d = Sha256::new();
    d.update(format!("pools-split\n{seq}\n{hash}").as_bytes());
    hex::encode(d.finalize())
}

/// Splits a global journal (in order, already verified) into chains per
/// body, anchored to its head. Entries keep their time, actor and event;
/// money between a pool and a Flood gains its counterpart.
pub fn split(entries: &[JournalEntry]) -> Result<BTreeMap<String, Vec<ChainEntry>>, String> {
    let (seq, hash) = entries
        .last()
        .map(|e| (e.seq, e.hash.clone()))
        .unwrap_or((0, GENESIS.to_string()));
    let anchor = split_anchor(seq, &hash);
    let mut bodies = Bodies::new();
    let mut chains: BTreeMap<String, Vec<ChainEntry>> = BTreeMap::new();
    for e in entries {
        let event = e
            .decode()
            .map_err(|why| format!("entry {}: {why}", e.seq))?;
        let place = bodies
            .place(&event)
            .map_err(|why| format!("entry {}: {why}", e.seq))?;
        append(
            &mut chains,
            &anchor,
            &place,
            &e.at,
            e.actor.as_deref(),
            &e.event,
        );
    }
    Ok(chains)
}

/// Appends an event where `place` says, with its counterpart: the two
/// entries a live write makes in one transaction.
pub fn append(
    chains: &mut BTreeMap<String, Vec<ChainEntry>>,
    anchor: &str,
    place: &Placement,
    at: &str,
    actor: Option<&str>,
    event: &str,
) {
    let head = |chains: &BTreeMap<String, Vec<ChainEntry>>, body: &str| {
        chains
            .get(body)
            .and_then(|c| c.last())
            .map(|e| (e.seq, e.hash.clone()))
    };
    let prev = head(chains, &place.body);
    let link = place.counterpart.as_ref().map(|other| Link {
        body: other.clone(),
        seq: head(chains, other).map_or(1, |(s, _)| s + 1),
        hash: None,
    });
    let first = ChainEntry::next(
        &place.body,
        prev.as_ref().map(|(s, h)| (*s, h.as_str())),
        anchor,
        at,
        actor,
        link,
        event,
    );
    let back = place.counterpart.as_ref().map(|other| {
        let prev = head(chains, other);
        ChainEntry::next(
            other,
            prev.as_ref().map(|(s, h)| (*s, h.as_str())),
            anchor,
            at,
            actor,
            Some(Link {
                body: first.body.clone(),
                seq: first.seq,
                hash: Some(first.hash.clone()),
            }),
            event,
        )
    });
    chains.entry(place.body.clone()).or_default().push(first);
    if let Some(b) = back {
        chains.entry(b.body.clone()).or_default().push(b);
    }
}

#[cfg(test)]
mod tests;

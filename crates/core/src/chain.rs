//! Journal chains per body: the rules for a journal that is one hash chain
//! for each pool (or Flood), each group and each person, instead of one
//! chain for the whole installation. Writes to different bodies then never
//! wait for each other, and any one body's history can be exported and
//! checked on its own.
//!
//! - Every event belongs to one body (`Bodies::place`): a pool's events to
//!   the pool, a group's to the group, a person's registration to the
//!   person. Events that name only a decision, a round, a bucket, a
//!   formation or a comment belong to the pool that opened it, which an
//!   earlier event said.
//! - An entry names the places of the other chains its checks read
//!   (`Dep`): *after* a place for facts that only grow (the actor's
//!   registration, a group's members, a pool's earlier entries), *at* a
//!   place for a state read whole while that chain was held still (a
//!   Flood's decision reads its member pools' members). `merge` then puts
//!   all chains in one order that keeps every chain's own order, every
//!   dependency and every pair of linked entries, so `audit_chains` checks
//!   them as one history without any global order having been written.
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

pub mod export;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};

/// A person's chain: their registration.
pub fn person_body(person_id: &str) -> String {
    format!("person:{person_id}")
}

/// The chain an event belongs to, by name: `person:<id>`, `group:<id>` or
/// `pool:<id>` (Floods are pools).
pub fn pool_body(pool_id: &str) -> String {
    format!("pool:{pool_id}")
}

/// A group's chain.
pub fn group_body(group_id: &str) -> String {
    format!("group:{group_id}")
}

/// Where an event is written: its body, for money moving between a pool
/// and a Flood the other body that records the counterpart, and the other
/// chains its checks read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// The chain the event is written in.
    pub body: String,
    /// The chain that records its counterpart, if it moves money between
    /// two bodies.
    pub counterpart: Option<String>,
    /// Chains whose facts the event relies on and that only grow: it
    /// comes after their heads when it is written.
    pub after: Vec<String>,
    /// Chains read whole, held still while the event is written: it comes
    /// after their heads, and before whatever they record next.
    pub at: Vec<String>,
}

/// What places events: the bodies of the decisions, rounds, buckets,
/// formations and comments earlier events opened, and each Flood's member
/// pools, learned in order.
#[derive(Debug, Clone, Default)]
pub struct Bodies {
    owner: HashMap<String, String>,
    /// Each Flood (by body) and its member pools (by body).
    floods: HashMap<String, std::collections::BTreeSet<String>>,
    /// Each pool's group (by body).
    groups: HashMap<String, String>,
}

impl Bodies {
    /// Nothing learned yet.
    pub fn new() -> Bodies {
        Bodies::default()
    }

    /// Knows that the pool `pool_id` opened the decision, round, bucket,
    /// formation or comment `id` (a store tells it what its tables say).
    pub fn know_owner(&mut self, id: &str, pool_id: &str) {
        self.learn(id, pool_id);
    }

    /// Knows a pool's group.
    pub fn know_group(&mut self, pool_id: &str, group_id: &str) {
        self.groups.insert(pool_body(pool_id), group_body(group_id));
    }

    /// Knows a Flood's member pools now.
    pub fn know_flood(&mut self, flood_id: &str, pool_ids: impl IntoIterator<Item = String>) {
        self.floods.insert(
            pool_body(flood_id),
            pool_ids.into_iter().map(|p| pool_body(&p)).collect(),
        );
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

    /// The place of `event`, done by `actor` (a person's id, the closer or
    /// nobody), learning what it opens. Refuses an event that names a
    /// decision, round, bucket, formation or comment no earlier event
    /// opened.
    pub fn place(&mut self, event: &Event, actor: Option<&str>) -> Result<Placement, String> {
        let mut place = self.body_of(event)?;
        let mut after: Vec<String> = Vec::new();
        if let Some(a) = actor.filter(|a| *a != crate::journal::CLOSER) {
            after.push(person_body(a));
        }
        use Event::*;
        match event {
            GroupJoined { person_id, .. } | InviteClaimed { person_id, .. } => {
                after.push(person_body(person_id))
            }
            PoolCreated {
                pool_id, group_id, ..
            } => {
                self.groups.insert(pool_body(pool_id), group_body(group_id));
                after.push(group_body(group_id));
            }
            // Joining a pool is for members of its group.
            PoolMemberJoined { person_id, .. } => {
                after.push(person_body(person_id));
                after.extend(self.groups.get(&place.body).cloned());
            }
            _ => {}
        }
        // What a Flood's members may do there is what they are in its
        // member pools: read whole.
        if let Some(pools) = self.floods.get(&place.body)
            && reads_standing(event)
        {
            place.at = pools.iter().cloned().collect();
        }
        self.follow_floods(event);
        after.retain(|b| *b != place.body && place.counterpart.as_ref() != Some(b));
        after.sort();
        after.dedup();
        place.after = after;
        Ok(place)
    }

    /// The chain `event` is written in, without learning anything: what a
    /// store asks first, to know which Flood's member pools to tell.
    pub fn body(&self, event: &Event) -> Result<String, String> {
        self.clone().body_of(event).map(|p| p.body)
    }

    /// Follows which pools are in which Flood.
    fn follow_floods(&mut self, event: &Event) {
        match event {
            Event::FloodStarted { flood_id, .. } => {
                self.floods.entry(pool_body(flood_id)).or_default();
            }
            Event::FloodCommitted {
                flood_id, pool_id, ..
            } => {
                self.floods
                    .entry(pool_body(flood_id))
                    .or_default()
                    .insert(pool_body(pool_id));
            }
            Event::FloodLeft {
                flood_id, pool_id, ..
            } => {
                if let Some(p) = self.floods.get_mut(&pool_body(flood_id)) {
                    p.remove(&pool_body(pool_id));
                }
            }
            _ => {}
        }
    }

    fn body_of(&mut self, event: &Event) -> Result<Placement, String> {
        let alone = |body: String| Placement {
            body,
            counterpart: None,
            after: Vec::new(),
            at: Vec::new(),
        };
        use Event::*;
        Ok(match event {
            PersonRegistered { person_id, .. } => alone(person_body(person_id)),
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
            SecretBallotCast { .. }
            | SecretBallotWithdrawn { .. }
            | SecretBallotsPublished { .. }
            | BallotCast { .. }
            | BallotWithdrawn { .. }
            | DecisionClosed { .. }
            | BucketFlagged { .. }
            | BucketFunded { .. }
            | BucketCancelled { .. }
            | FormationEdited { .. }
            | FormationAdvanced { .. }
            | DocumentsGenerated { .. }
            | DocumentSigned { .. }
            | CommentEdited { .. }
            | CommentHidden { .. } => {
                let (what, id) = names(event).expect("these events name what they concern");
                alone(self.owner_of(what, id)?)
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
                after: Vec::new(),
                at: Vec::new(),
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

/// What an event concerns that only an earlier event placed: the kind
/// (`decision`, `round`, `bucket`, `formation`, `comment`) and id whose
/// pool `Bodies::place` must know.
pub fn names(event: &Event) -> Option<(&'static str, &str)> {
    use Event::*;
    match event {
        SecretBallotCast { decision_id, .. }
        | SecretBallotWithdrawn { decision_id, .. }
        | SecretBallotsPublished { decision_id, .. }
        | BallotCast { decision_id, .. }
        | BallotWithdrawn { decision_id, .. }
        | DecisionClosed { decision_id, .. } => Some(("decision", decision_id)),
        BucketFlagged { bucket_id, .. } => Some(("bucket", bucket_id)),
        BucketFunded { round_id, .. } | BucketCancelled { round_id, .. } => {
            Some(("round", round_id))
        }
        FormationEdited { formation_id, .. }
        | FormationAdvanced { formation_id, .. }
        | DocumentsGenerated { formation_id, .. }
        | DocumentSigned { formation_id, .. } => Some(("formation", formation_id)),
        CommentEdited { comment_id, .. } | CommentHidden { comment_id, .. } => {
            Some(("comment", comment_id))
        }
        _ => None,
    }
}

/// The pool whose group `Bodies::place` must know for `event`: joining a
/// pool is for members of its group.
pub fn group_needed(event: &Event) -> Option<&str> {
    match event {
        Event::PoolMemberJoined { pool_id, .. } => Some(pool_id),
        _ => None,
    }
}

/// Whether an event's checks, in a Flood, read who its members' members
/// are: an electorate, who may post, who may be mentioned or hide. A store
/// tells `Bodies::place` the Flood's member pools for these.
pub fn reads_standing(event: &Event) -> bool {
    matches!(
        event,
        Event::DecisionOpened { .. }
            | Event::RoundOpened { .. }
            | Event::DiscussionStarted { .. }
            | Event::CommentPosted { .. }
            | Event::CommentEdited { .. }
            | Event::CommentHidden { .. }
    )
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
    /// Reads `Link::text` back: empty for none.
    pub fn parse(text: &str) -> Result<Option<Link>, String> {
        if text.is_empty() {
            return Ok(None);
        }
        let mut parts = text.split(' ');
        let bad = || format!("\"{text}\" is not a link between chains");
        let body = parts.next().ok_or_else(bad)?.to_string();
        let seq = parts.next().and_then(|s| s.parse().ok()).ok_or_else(bad)?;
        let hash = parts.next().map(str::to_string);
        if parts.next().is_some() || body.is_empty() {
            return Err(bad());
        }
        Ok(Some(Link { body, seq, hash }))
    }

    /// The link as hashed and kept: empty, `body seq` or `body seq hash`.
    pub fn text(link: Option<&Link>) -> String {
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

/// A place in another chain that an entry's checks read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Dep {
    /// The other chain.
    pub body: String,
    /// Its head when the entry was written (at least 1).
    pub seq: i64,
    /// Whether the chain was read whole and held still (`at`), so that
    /// its next entry comes after this one; else the entry only comes
    /// after that place (`after`).
    pub exact: bool,
}

impl Dep {
    /// Reads `Dep::text` back.
    pub fn parse(text: &str) -> Result<Vec<Dep>, String> {
        if text.is_empty() {
            return Ok(Vec::new());
        }
        text.split(',')
            .map(|d| {
                let bad = || format!("\"{d}\" is not a place in another chain");
                let (body, seq) = d.split_once(' ').ok_or_else(bad)?;
                let (exact, seq) = match seq.strip_prefix('=') {
                    Some(s) => (true, s),
                    None => (false, seq),
                };
                let seq: i64 = seq.parse().map_err(|_| bad())?;
                if body.is_empty() || seq < 1 {
                    return Err(bad());
                }
                Ok(Dep {
                    body: body.to_string(),
                    seq,
                    exact,
                })
            })
            .collect()
    }

    /// The places as hashed and kept: `body seq` (after) or `body =seq`
    /// (at), joined by commas.
    pub fn text(deps: &[Dep]) -> String {
        deps.iter()
            .map(|d| {
                if d.exact {
                    format!("{} ={}", d.body, d.seq)
                } else {
                    format!("{} {}", d.body, d.seq)
                }
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The places `place` reads, given each chain's head now (0 for a
    /// chain with nothing yet, which nothing can depend on), in order.
    pub fn of(place: &Placement, head: impl Fn(&str) -> i64) -> Vec<Dep> {
        let mut deps: Vec<Dep> = place
            .after
            .iter()
            .map(|b| (b, false))
            .chain(place.at.iter().map(|b| (b, true)))
            .filter_map(|(b, exact)| {
                let seq = head(b);
                (seq > 0).then(|| Dep {
                    body: b.clone(),
                    seq,
                    exact,
                })
            })
            .collect();
        deps.sort();
        deps
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
    /// The places in other chains its checks read.
    pub deps: Vec<Dep>,
    /// The previous entry's hash, or the chain's anchor.
    pub prev_hash: String,
    /// This entry's hash.
    pub hash: String,
}

/// What an entry's hash covers besides its body and place.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    /// When it was recorded.
    pub at: &'a str,
    /// Who did it.
    pub actor: Option<&'a str>,
    /// The previous entry's hash, or the anchor.
    pub prev_hash: &'a str,
    /// The other half of a move.
    pub link: Option<&'a Link>,
    /// The places in other chains it read.
    pub deps: &'a [Dep],
    /// The event's JSON text.
    pub event: &'a str,
}

/// An entry's hash from its parts.
pub fn entry_hash(body: &str, seq: i64, p: Parts<'_>) -> String {
    let mut h = Sha256::new();
    for part in [
        "pools-chain-1",
        body,
        &seq.to_string(),
        p.at,
        p.actor.unwrap_or(""),
        p.prev_hash,
        &Link::text(p.link),
        &Dep::text(p.deps),
    ] {
        h.update(part.as_bytes());
        h.update(b"\n");
    }
    h.update(p.event.as_bytes());
    hex::encode(h.finalize())
}

impl ChainEntry {
    /// The entry after `prev` in `body` (or the first, after `anchor`);
    /// `prev_hash` in `parts` is taken from them.
    pub fn next(
        body: &str,
        prev: Option<(i64, &str)>,
        anchor: &str,
        parts: Parts<'_>,
    ) -> ChainEntry {
        let (seq, prev_hash) = match prev {
            Some((s, h)) => (s + 1, h.to_string()),
            None => (1, anchor.to_string()),
        };
        let hash = entry_hash(
            body,
            seq,
            Parts {
                prev_hash: &prev_hash,
                ..parts
            },
        );
        ChainEntry {
            body: body.to_string(),
            seq,
            at: parts.at.to_string(),
            actor: parts.actor.map(str::to_string),
            event: parts.event.to_string(),
            link: parts.link.cloned(),
            deps: parts.deps.to_vec(),
            prev_hash,
            hash,
        }
    }

    /// Its parts, as hashed.
    pub fn parts(&self) -> Parts<'_> {
        Parts {
            at: &self.at,
            actor: self.actor.as_deref(),
            prev_hash: &self.prev_hash,
            link: self.link.as_ref(),
            deps: &self.deps,
            event: &self.event,
        }
    }

    /// Whether its hash is its parts' hash.
    pub fn sealed(&self) -> bool {
        self.hash == entry_hash(&self.body, self.seq, self.parts())
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

/// A checkpoint: the Merkle root over every chain's head at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// Its number, from 1.
    pub id: i64,
    /// When it was taken, RFC 3339 UTC.
    pub at: String,
    /// `merkle_root` over the heads then.
    pub root: String,
    /// How many chains it covers.
    pub bodies: i64,
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
    match links_among(chains)? {
        (pairs, 0) => Ok(pairs),
        _ => {
            let (body, e, l) = chains
                .iter()
                .flat_map(|(b, c)| c.iter().map(move |e| (b, e)))
                .find_map(|(b, e)| {
                    e.link
                        .as_ref()
                        .filter(|l| !chains.contains_key(&l.body))
                        .map(|l| (b, e, l))
                })
                .expect("a link leads outside");
            Err(format!(
                "{body} entry {} names {} entry {}, which is not there",
                e.seq, l.body, l.seq
            ))
        }
    }
}

/// Checks the links between the chains given, both ways, as
/// `check_links`; a link to a chain not given is counted, not checked.
/// Returns the pairs checked and the links leading outside.
pub fn links_among(chains: &BTreeMap<String, Vec<ChainEntry>>) -> Result<(usize, usize), String> {
    let get = |body: &str, seq: i64| {
        chains
            .get(body)
            .and_then(|c| c.get((seq - 1).max(0) as usize))
            .filter(|e| e.seq == seq)
    };
    let mut pairs = 0;
    let mut outside = 0;
    for (body, chain) in chains {
        for e in chain {
            let Some(l) = &e.link else { continue };
            if !chains.contains_key(&l.body) {
                outside += 1;
                continue;
            }
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
    Ok((pairs, outside))
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
    split_from(entries, &split_anchor(seq, &hash))
}

/// Splits a global journal into chains that each start after `anchor`:
/// what a store that writes both, from the first entry, has written.
pub fn split_from(
    entries: &[JournalEntry],
    anchor: &str,
) -> Result<BTreeMap<String, Vec<ChainEntry>>, String> {
    let anchor = anchor.to_string();
    let mut bodies = Bodies::new();
    let mut chains: BTreeMap<String, Vec<ChainEntry>> = BTreeMap::new();
    for e in entries {
        let event = e
            .decode()
            .map_err(|why| format!("entry {}: {why}", e.seq))?;
        let place = bodies
            .place(&event, e.actor.as_deref())
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

/// The entries a write makes for an event placed at `place`: its own,
/// and its counterpart when it moves money between two bodies, given each
/// chain's head now (`None` for a chain with nothing yet). Its
/// dependencies are the heads of the chains the placement reads.
pub fn entries_for(
    place: &Placement,
    head: impl Fn(&str) -> Option<(i64, String)>,
    anchor: &str,
    at: &str,
    actor: Option<&str>,
    event: &str,
) -> (ChainEntry, Option<ChainEntry>) {
    let deps = Dep::of(place, |b| head(b).map_or(0, |(s, _)| s));
    let prev = head(&place.body);
    let link = place.counterpart.as_ref().map(|other| Link {
        body: other.clone(),
        seq: head(other).map_or(1, |(s, _)| s + 1),
        hash: None,
    });
    let parts = Parts {
        at,
        actor,
        prev_hash: "",
        link: link.as_ref(),
        deps: &deps,
        event,
    };
    let first = ChainEntry::next(
        &place.body,
        prev.as_ref().map(|(s, h)| (*s, h.as_str())),
        anchor,
        parts,
    );
    let back = place.counterpart.as_ref().map(|other| {
        let prev = head(other);
        let back_link = Link {
            body: first.body.clone(),
            seq: first.seq,
            hash: Some(first.hash.clone()),
        };
        ChainEntry::next(
            other,
            prev.as_ref().map(|(s, h)| (*s, h.as_str())),
            anchor,
            Parts {
                link: Some(&back_link),
                deps: &[],
                ..parts
            },
        )
    });
    (first, back)
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
    let (first, back) = entries_for(
        place,
        |body| {
            chains
                .get(body)
                .and_then(|c| c.last())
                .map(|e| (e.seq, e.hash.clone()))
        },
        anchor,
        at,
        actor,
        event,
    );
    chains.entry(first.body.clone()).or_default().push(first);
    if let Some(b) = back {
        chains.entry(b.body.clone()).or_default().push(b);
    }
}

/// The chains, merged (`merge`), as one journal whose lines are numbered
/// from 1 in that order: what the checks written for the global journal
/// (a receipt's ballot, say) read. Each line keeps its entry's own time,
/// actor, event and hashes.
pub fn as_journal(chains: &BTreeMap<String, Vec<ChainEntry>>) -> Result<Vec<JournalEntry>, String> {
    Ok(merge(chains)?
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let e = &chains[&p.body][(p.seq - 1) as usize];
            JournalEntry {
                seq: i as i64 + 1,
                at: e.at.clone(),
                actor: e.actor.clone(),
                event: e.event.clone(),
                prev_hash: e.prev_hash.clone(),
                hash: e.hash.clone(),
            }
        })
        .collect())
}

/// One entry of the merged history: its chain and place.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// The chain.
    pub body: String,
    /// The entry's place in it, from 1.
    pub seq: i64,
}

/// Every chain in one order (chains already checked one by one, and their
/// links): each chain's own order, each entry after the places it depends
/// on, an entry that read a chain whole before that chain's next entry,
/// and a linked pair as one step (the pool's entry; its counterpart is
/// not listed). Among entries ready at once, the earliest recorded goes
/// first, then by chain and place, so the order is the same for anyone.
/// Refuses a dependency on a place that is not there, or dependencies
/// that contradict each other.
pub fn merge(chains: &BTreeMap<String, Vec<ChainEntry>>) -> Result<Vec<Place>, String> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    // Nodes are entries, a counterpart folded into its pool's entry.
    let mut index: HashMap<(&str, i64), usize> = HashMap::new();
    let mut nodes: Vec<(&ChainEntry, Option<&ChainEntry>)> = Vec::new();
    for chain in chains.values() {
        for e in chain {
            if matches!(&e.link, Some(l) if l.hash.is_some()) {
                continue;
            }
            index.insert((&e.body, e.seq), nodes.len());
            nodes.push((e, None));
        }
    }
    for chain in chains.values() {
        for e in chain {
            if let Some(l) = e.link.as_ref().filter(|l| l.hash.is_some()) {
                let n = *index.get(&(l.body.as_str(), l.seq)).ok_or_else(|| {
                    format!(
                        "{} entry {} names {} entry {}, which is not there",
                        e.body, e.seq, l.body, l.seq
                    )
                })?;
                nodes[n].1 = Some(e);
                index.insert((&e.body, e.seq), n);
            }
        }
    }
    let node_of = |body: &str, seq: i64, by: &ChainEntry| {
        index.get(&(body, seq)).copied().ok_or_else(|| {
            format!(
                "{} entry {} depends on {body} entry {seq}, which is not there",
                by.body, by.seq
            )
        })
    };
    let mut before: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let mut waiting: Vec<usize> = vec![0; nodes.len()];
    let mut edge = |from: usize, to: usize, before: &mut Vec<Vec<usize>>| {
        if from != to {
            before[from].push(to);
            waiting[to] += 1;
        }
    };
    for (n, (e, other)) in nodes.iter().enumerate() {
        for x in std::iter::once(*e).chain(*other) {
            if x.seq > 1 {
                edge(node_of(&x.body, x.seq - 1, x)?, n, &mut before);
            }
            for d in &x.deps {
                edge(node_of(&d.body, d.seq, x)?, n, &mut before);
                if d.exact
                    && let Some(&next) = index.get(&(d.body.as_str(), d.seq + 1))
                {
                    edge(n, next, &mut before);
                }
            }
        }
    }
    let key = |n: usize| {
        let e = nodes[n].0;
        Reverse((e.at.as_str(), e.body.as_str(), e.seq, n))
    };
    let mut ready: BinaryHeap<_> = (0..nodes.len())
        .filter(|&n| waiting[n] == 0)
        .map(key)
        .collect();
    let mut order = Vec::with_capacity(nodes.len());
    while let Some(Reverse((_, body, seq, n))) = ready.pop() {
        order.push(Place {
            body: body.to_string(),
            seq,
        });
        for &m in &before[n] {
            waiting[m] -= 1;
            if waiting[m] == 0 {
                ready.push(key(m));
            }
        }
    }
    if order.len() < nodes.len() {
        let stuck = (0..nodes.len())
            .find(|&n| waiting[n] > 0)
            .map(|n| format!("{} entry {}", nodes[n].0.body, nodes[n].0.seq))
            .unwrap_or_default();
        return Err(format!(
            "the chains' dependencies contradict each other: {stuck} can never come after all it depends on"
        ));
    }
    Ok(order)
}

#[cfg(test)]
mod tests;

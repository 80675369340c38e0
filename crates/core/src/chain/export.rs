//! An export of the journal's chains per body, and its check.
//!
//! JSON Lines. The first line says what the file holds:
//! `{"pools_export":2,"scope":"everything"|"pool:ID"|"flood:ID","split_from":"SEQ:HASH"|null}`
//! (`split_from`: the global head the chains were split from, when the
//! database had a journal before it had chains). Then:
//!
//! - one line per chain, its head at the export:
//!   `{"chain":{"body":…,"anchor":…,"seq":…,"hash":…}}`;
//! - every entry, chain by chain, each in order:
//!   `{"entry":{"body","seq","at","actor","link","deps","prev_hash","hash","event":{…}}}`
//!   (`link` and `deps` as hashed: `Link::text`, `Dep::text`);
//! - in an export of everything, every checkpoint with the heads that moved
//!   since the one before: `{"checkpoint":{"id","at","root","bodies","moved":[{"body","seq","hash"}]}}`;
//! - in an export of part, the newest checkpoint's proof of each chain in
//!   it: `{"proof":{"checkpoint","at","root","head":{…},"path":[{"left","hash"}]}}`.

use super::*;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// The first line's format number.
pub const FORMAT: u32 = 2;

/// The first line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// Always `FORMAT`.
    pub pools_export: u32,
    /// What the file holds: `everything`, `pool:ID` or `flood:ID`.
    pub scope: String,
    /// The global head the chains were split from, as `SEQ:HASH`.
    pub split_from: Option<String>,
}

/// A chain's head, as a line carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeadLine {
    /// The chain.
    pub body: String,
    /// Its place.
    pub seq: i64,
    /// Its hash.
    pub hash: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChainLine {
    body: String,
    anchor: String,
    seq: i64,
    hash: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryLine {
    body: String,
    seq: i64,
    at: String,
    actor: Option<String>,
    link: String,
    deps: String,
    prev_hash: String,
    hash: String,
    event: Box<RawValue>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckpointLine {
    id: i64,
    at: String,
    root: String,
    bodies: i64,
    moved: Vec<HeadLine>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Step {
    left: bool,
    hash: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProofLine {
    checkpoint: i64,
    at: String,
    root: String,
    head: HeadLine,
    path: Vec<Step>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum Line {
    Chain(ChainLine),
    Entry(EntryLine),
    Checkpoint(CheckpointLine),
    Proof(ProofLine),
}

fn line(l: &Line) -> String {
    serde_json::to_string(l).expect("export lines serialize")
}

/// The first line of an export of `scope`.
pub fn header_line(scope: &str, split_from: Option<&str>) -> String {
    serde_json::to_string(&Header {
        pools_export: FORMAT,
        scope: scope.to_string(),
        split_from: split_from.map(str::to_string),
    })
    .expect("the header serializes")
}

/// A chain's line: its anchor and head.
pub fn chain_line(anchor: &str, head: &ChainHead) -> String {
    line(&Line::Chain(ChainLine {
        body: head.body.clone(),
        anchor: anchor.to_string(),
        seq: head.seq,
        hash: head.hash.clone(),
    }))
}

/// An entry's line. The event is written as its JSON text, byte for byte.
pub fn entry_line(e: &ChainEntry) -> String {
    line(&Line::Entry(EntryLine {
        body: e.body.clone(),
        seq: e.seq,
        at: e.at.clone(),
        actor: e.actor.clone(),
        link: Link::text(e.link.as_ref()),
        deps: Dep::text(&e.deps),
        prev_hash: e.prev_hash.clone(),
        hash: e.hash.clone(),
        event: RawValue::from_string(e.event.clone()).expect("a recorded event is JSON"),
    }))
}

fn head_line(h: &ChainHead) -> HeadLine {
    HeadLine {
        body: h.body.clone(),
        seq: h.seq,
        hash: h.hash.clone(),
    }
}

/// A checkpoint's line, with the heads that moved since the one before.
pub fn checkpoint_line(c: &Checkpoint, moved: &[ChainHead]) -> String {
    line(&Line::Checkpoint(CheckpointLine {
        id: c.id,
        at: c.at.clone(),
        root: c.root.clone(),
        bodies: c.bodies,
        moved: moved.iter().map(head_line).collect(),
    }))
}

/// The line proving a chain's head under a checkpoint.
pub fn proof_line(c: &Checkpoint, head: &ChainHead, path: &[(bool, String)]) -> String {
    line(&Line::Proof(ProofLine {
        checkpoint: c.id,
        at: c.at.clone(),
        root: c.root.clone(),
        head: head_line(head),
        path: path
            .iter()
            .map(|(left, hash)| Step {
                left: *left,
                hash: hash.clone(),
            })
            .collect(),
    }))
}

/// Whether the first line of a file is an export of chains.
pub fn is_chains(first_line: &str) -> bool {
    serde_json::from_str::<Header>(first_line).is_ok_and(|h| h.pools_export == FORMAT)
}

/// What a check of an export found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The first line.
    pub header: Header,
    /// The chains, whole, by name.
    pub chains: BTreeMap<String, Vec<ChainEntry>>,
    /// Entries checked.
    pub entries: usize,
    /// Pairs of linked entries checked both ways.
    pub links: usize,
    /// Links to chains the file does not hold (checkable with an export
    /// that does).
    pub links_outside: usize,
    /// Checkpoints whose roots were rebuilt from the heads and matched.
    pub checkpoints: usize,
    /// Chains proved under the newest checkpoint's root.
    pub proofs: usize,
    /// Chains the entries depend on or link to that the file does not
    /// hold: the recount needs them.
    pub missing: Vec<String>,
}

/// Checks an export of chains: the first line, every chain from its anchor
/// to the head it declares, every link between chains it holds (both
/// ways), every checkpoint's root rebuilt from the heads, and every proof.
/// The first thing wrong is named by its line, from 1.
pub fn check<'a>(lines: impl IntoIterator<Item = &'a str>) -> Result<Checked, String> {
    let mut lines = lines.into_iter().enumerate();
    let (_, first) = lines.next().ok_or("the file is empty")?;
    let header: Header = serde_json::from_str(first)
        .map_err(|e| format!("line 1 is not the first line of an export of chains: {e}"))?;
    if header.pools_export != FORMAT {
        return Err(format!(
            "line 1: format {} is not one this version reads ({FORMAT})",
            header.pools_export
        ));
    }
    let split = match &header.split_from {
        Some(s) => {
            let h: crate::journal::Head = s.parse().map_err(|e| format!("line 1: {e}"))?;
            Some(split_anchor(h.seq, &h.hash))
        }
        None => None,
    };
    let mut declared: BTreeMap<String, (String, i64, String, usize)> = BTreeMap::new();
    let mut chains: BTreeMap<String, Vec<ChainEntry>> = BTreeMap::new();
    let mut checkpoints: Vec<(usize, CheckpointLine)> = Vec::new();
    let mut proofs: Vec<(usize, ProofLine)> = Vec::new();
    for (i, text) in lines {
        let n = i + 1;
        let at = |why: String| format!("line {n}: {why}");
        match serde_json::from_str::<Line>(text)
            .map_err(|e| at(format!("not a line of an export: {e}")))?
        {
            Line::Chain(c) => {
                if c.anchor != GENESIS && Some(&c.anchor) != split.as_ref() {
                    return Err(at(format!(
                        "the chain {} starts after {}, which is neither the genesis nor the split of the global head",
                        c.body, c.anchor
                    )));
                }
                if declared
                    .insert(c.body.clone(), (c.anchor, c.seq, c.hash, n))
                    .is_some()
                {
                    return Err(at(format!("the chain {} is declared twice", c.body)));
                }
            }
            Line::Entry(e) => {
                if !declared.contains_key(&e.body) {
                    return Err(at(format!(
                        "an entry of {}, a chain not declared before it",
                        e.body
                    )));
                }
                let entry = ChainEntry {
                    body: e.body,
                    seq: e.seq,
                    at: e.at,
                    actor: e.actor,
                    event: e.event.get().to_string(),
                    link: Link::parse(&e.link).map_err(at)?,
                    deps: Dep::parse(&e.deps).map_err(at)?,
                    prev_hash: e.prev_hash,
                    hash: e.hash,
                };
                let chain = chains.entry(entry.body.clone()).or_default();
                let anchor = &declared[&entry.body].0;
                let prev = chain.last().map_or(anchor.as_str(), |p| p.hash.as_str());
                if entry.seq != chain.len() as i64 + 1 {
                    return Err(at(format!(
                        "{} entry {} is out of place",
                        entry.body, entry.seq
                    )));
                }
                if entry.prev_hash != prev {
                    return Err(at(format!(
                        "{} entry {} does not follow the one before",
                        entry.body, entry.seq
                    )));
                }
                if !entry.sealed() {
                    return Err(at(format!(
                        "{} entry {} was changed after it was written",
                        entry.body, entry.seq
                    )));
                }
                if serde_json::from_str::<Event>(&entry.event).is_err() {
                    return Err(at(format!(
                        "{} entry {} holds an event this version does not know",
                        entry.body, entry.seq
                    )));
                }
                chain.push(entry);
            }
            Line::Checkpoint(c) => checkpoints.push((n, c)),
            Line::Proof(p) => proofs.push((n, p)),
        }
    }
    for (body, (_, seq, hash, n)) in &declared {
        let last = chains.get(body).and_then(|c| c.last());
        if last.map(|e| (e.seq, e.hash.as_str())) != Some((*seq, hash.as_str())) {
            return Err(format!(
                "line {n}: the chain {body} ends at entry {}, not at its declared head {seq}",
                last.map_or(0, |e| e.seq)
            ));
        }
    }
    let entries = chains.values().map(Vec::len).sum();
    let (links, links_outside) = links_among(&chains)?;
    // Each checkpoint's heads: the one before's, with those that moved.
    let mut heads: BTreeMap<String, ChainHead> = BTreeMap::new();
    let mut last_id = 0;
    for (n, c) in &checkpoints {
        let at = |why: String| format!("line {n}: {why}");
        if c.id != last_id + 1 {
            return Err(at(format!(
                "checkpoint {} does not follow checkpoint {last_id}",
                c.id
            )));
        }
        last_id = c.id;
        for m in &c.moved {
            let held = chains
                .get(&m.body)
                .and_then(|ch| ch.get((m.seq - 1).max(0) as usize))
                .filter(|e| e.seq == m.seq);
            match held {
                Some(e) if e.hash == m.hash => {}
                _ => {
                    return Err(at(format!(
                        "checkpoint {} covers {} entry {} with a hash the chain does not have there",
                        c.id, m.body, m.seq
                    )));
                }
            }
            heads.insert(
                m.body.clone(),
                ChainHead {
                    body: m.body.clone(),
                    seq: m.seq,
                    hash: m.hash.clone(),
                },
            );
        }
        let all: Vec<ChainHead> = heads.values().cloned().collect();
        if merkle_root(&all) != c.root || all.len() as i64 != c.bodies {
            return Err(at(format!(
                "checkpoint {}'s root is not the root over the heads it covers",
                c.id
            )));
        }
    }
    for (n, p) in &proofs {
        let head = ChainHead {
            body: p.head.body.clone(),
            seq: p.head.seq,
            hash: p.head.hash.clone(),
        };
        let held = chains
            .get(&head.body)
            .and_then(|ch| ch.get((head.seq - 1).max(0) as usize))
            .is_some_and(|e| e.seq == head.seq && e.hash == head.hash);
        let path: Vec<(bool, String)> = p.path.iter().map(|s| (s.left, s.hash.clone())).collect();
        if !held || !proves(&head, &path, &p.root) {
            return Err(format!(
                "line {n}: the proof of {} under checkpoint {} does not lead to its root",
                head.body, p.checkpoint
            ));
        }
    }
    let mut missing: Vec<String> = chains
        .values()
        .flatten()
        .flat_map(|e| {
            e.deps
                .iter()
                .map(|d| d.body.clone())
                .chain(e.link.iter().map(|l| l.body.clone()))
        })
        .filter(|b| !chains.contains_key(b))
        .collect();
    missing.sort();
    missing.dedup();
    Ok(Checked {
        header,
        chains,
        entries,
        links,
        links_outside,
        checkpoints: checkpoints.len(),
        proofs: proofs.len(),
        missing,
    })
}

/// The other chains a chain's entries depend on or link to: what an
/// export of it must also hold to be recounted alone.
pub fn referenced(chain: &[ChainEntry]) -> std::collections::BTreeSet<String> {
    chain
        .iter()
        .flat_map(|e| {
            e.deps
                .iter()
                .map(|d| d.body.clone())
                .chain(e.link.iter().map(|l| l.body.clone()))
        })
        .filter(|b| chain.first().is_none_or(|f| f.body != *b))
        .collect()
}

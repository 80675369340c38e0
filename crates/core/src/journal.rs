//! The hash-chained journal: how an entry's hash is computed, the export
//! format, and the check that anyone can run on an exported file.
//!
//! Export format (JSON Lines, one entry per line, in order):
//! `{"seq":1,"at":"2026-11-29T08:00:00.000Z","actor":"<person id, \"closer\" or null>",
//!   "prev_hash":"<64 hex>","hash":"<64 hex>","event":{"type":"...",...}}`
//!
//! `hash = SHA-256(seq "\n" at "\n" actor "\n" prev_hash "\n" event)` in hex,
//! where `event` is the event's JSON text byte for byte as written in the
//! file, `actor` is empty when null, and the first entry's `prev_hash` is 64
//! zeros. Changing, removing, inserting or reordering any line breaks the chain
//! at that line.

use crate::event::Event;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};

/// The actor of entries Pools records itself, following the rules: the
/// closer acting when a closing time comes, and what the rules make of a
/// result (a passed decision's effects, an admission vote, a round opened or
/// closed, a new document version). No person id can take this value (ids
/// are UUIDs). A null actor is the operator's command line, or someone not
/// signed in yet (signing up, claiming an invite by its token).
pub const CLOSER: &str = "closer";

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Computes an entry's hash from its parts.
pub fn entry_hash(seq: i64, at: &str, actor: Option<&str>, prev_hash: &str, event: &str) -> String {
    let mut h = Sha256::new();
    h.update(seq.to_string().as_bytes());
    h.update(b"\n");
    h.update(at.as_bytes());
    h.update(b"\n");
    h.update(actor.unwrap_or("").as_bytes());
    h.update(b"\n");
    h.update(prev_hash.as_bytes());
    h.update(b"\n");
    h.update(event.as_bytes());
    hex::encode(h.finalize())
}

/// One journal entry as stored and exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalEntry {
    /// Position in the chain, from 1, without gaps.
    pub seq: i64,
    /// When it was recorded, RFC 3339 UTC with milliseconds.
    pub at: String,
    /// Who did it: a person id, [`CLOSER`], or none for the operator's
    /// command line (or someone not signed in yet).
    pub actor: Option<String>,
    /// The event's JSON text.
    pub event: String,
    /// The previous entry's hash.
    pub prev_hash: String,
    /// This entry's hash.
    pub hash: String,
}

#[derive(Serialize, Deserialize)]
struct Line<'a> {
    seq: i64,
    at: String,
    actor: Option<String>,
    prev_hash: String,
    hash: String,
    #[serde(borrow)]
    event: &'a RawValue,
}

impl JournalEntry {
    /// Makes the next entry after `prev` (or the first, when `prev` is none).
    pub fn next(
        prev: Option<(i64, &str)>,
        at: String,
        actor: Option<String>,
        event: &Event,
    ) -> JournalEntry {
        let (seq, prev_hash) = match prev {
            Some((s, h)) => (s + 1, h.to_string()),
            None => (1, GENESIS.to_string()),
        };
        let event = serde_json::to_string(event).expect("events always serialize");
        let hash = entry_hash(seq, &at, actor.as_deref(), &prev_hash, &event);
        JournalEntry {
            seq,
            at,
            actor,
            event,
            prev_hash,
            hash,
        }
    }

    /// The entry as one line of the export format, without the newline.
    pub fn to_line(&self) -> String {
        let raw = RawValue::from_string(self.event.clone()).expect("stored events are JSON");
        serde_json::to_string(&Line {
            seq: self.seq,
            at: self.at.clone(),
            actor: self.actor.clone(),
            prev_hash: self.prev_hash.clone(),
            hash: self.hash.clone(),
            event: &raw,
        })
        .expect("lines always serialize")
    }

    /// Reads one line of the export format.
    pub fn from_line(line: &str) -> Result<JournalEntry, String> {
        let l: Line = serde_json::from_str(line).map_err(|e| format!("not a journal line: {e}"))?;
        Ok(JournalEntry {
            seq: l.seq,
            at: l.at,
            actor: l.actor,
            event: l.event.get().to_string(),
            prev_hash: l.prev_hash,
            hash: l.hash,
        })
    }

    /// The decoded event.
    pub fn decode(&self) -> Result<Event, String> {
        serde_json::from_str(&self.event).map_err(|e| format!("unknown or malformed event: {e}"))
    }
}

/// A point of the chain that someone witnessed: an entry's seq and hash.
/// Written and read as `SEQ:HASH`, the form pages, receipts and
/// `GET /api/v1/journal/head` show, and `pools verify --head` takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Head {
    /// The entry's position in the chain (0 for an empty journal).
    pub seq: i64,
    /// The entry's hash (SHA-256, hex).
    pub hash: String,
}

impl std::fmt::Display for Head {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.seq, self.hash)
    }
}

impl std::str::FromStr for Head {
    type Err = String;
    fn from_str(s: &str) -> Result<Head, String> {
        let bad = || {
            format!(
                "\"{}\" is not a journal head: write it as SEQ:HASH, like 169:6a2a7891… (64 hex digits), as pages and receipts show it",
                crate::text::quote(s)
            )
        };
        let (seq, hash) = s.trim().split_once(':').ok_or_else(bad)?;
        let seq: i64 = seq.parse().map_err(|_| bad())?;
        let hash = hash.to_ascii_lowercase();
        if seq < 0 || hash.len() != 64 || !hash.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(bad());
        }
        Ok(Head { seq, hash })
    }
}

/// Checks that a journal reaches a witnessed head: its entry at that seq
/// has that hash. A rewritten journal whose chain was recomputed passes
/// `verify` but not this, for anyone who kept a head from before.
pub fn reaches(entries: &[JournalEntry], head: &Head) -> Result<(), String> {
    match entries.iter().find(|e| e.seq == head.seq) {
        Some(e) if e.hash == head.hash => Ok(()),
        Some(e) => Err(format!(
            "entry {} has hash {}, not the witnessed {}: the journal was rewritten",
            head.seq, e.hash, head.hash
        )),
        None => Err(format!(
            "the journal has no entry {}, so it does not reach the witnessed head {head}",
            head.seq
        )),
    }
}

/// Where and why a journal stops being trustworthy.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct ChainBreak {
    /// The 1-based line of the export file.
    pub line: usize,
    /// What is wrong there.
    pub reason: String,
}

/// What a successful check saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainSummary {
    /// Entries checked.
    pub entries: i64,
    /// The last entry's hash (the genesis hash for an empty journal).
    pub head: String,
}

/// Checks a whole exported journal: every line parses, sequence numbers run
/// from 1 without gaps, each entry links to the one before and its hash
/// recomputes, and every event is one this version understands.
pub fn verify<'a>(lines: impl IntoIterator<Item = &'a str>) -> Result<ChainSummary, ChainBreak> {
    let mut prev_hash = GENESIS.to_string();
    let mut expected_seq = 1i64;
    for (i, text) in lines.into_iter().enumerate() {
        let line = i + 1;
        if text.trim().is_empty() {
            return Err(ChainBreak {
                line,
                reason: "blank line inside the journal".into(),
            });
        }
        let brk = |reason: String| ChainBreak { line, reason };
        let e = JournalEntry::from_line(text).map_err(brk)?;
        if e.seq != expected_seq {
            return Err(brk(format!(
                "sequence number {} where {} was expected: an entry is missing, repeated or moved",
                e.seq, expected_seq
            )));
        }
        if e.prev_hash != prev_hash {
            return Err(brk(format!(
                "entry {} does not link to the entry before it: an earlier entry was changed or removed",
                e.seq
            )));
        }
        let recomputed = entry_hash(e.seq, &e.at, e.actor.as_deref(), &e.prev_hash, &e.event);
        if recomputed != e.hash {
            return Err(brk(format!(
                "entry {} was altered: its hash does not match its contents",
                e.seq
            )));
        }
        e.decode()
            .map_err(|m| brk(format!("entry {}: {m}", e.seq)))?;
        prev_hash = e.hash;
        expected_seq += 1;
    }
    Ok(ChainSummary {
        entries: expected_seq - 1,
        head: prev_hash,
    })
}

/// Formats a time the way the journal writes it: RFC 3339, UTC, milliseconds.
pub fn format_time(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        t.year(),
        t.month() as u8,
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chain(n: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut prev: Option<JournalEntry> = None;
        for i in 0..n {
            let ev = Event::PoolOpened {
                pool_id: format!("pool-{i}"),
            };
            let e = JournalEntry::next(
                prev.as_ref().map(|p| (p.seq, p.hash.as_str())),
                format!("2026-11-29T08:00:{:02}.000Z", i % 60),
                if i % 2 == 0 {
                    Some(format!("p{i}"))
                } else {
                    None
                },
                &ev,
            );
            out.push(e.to_line());
            prev = Some(e);
        }
        out
    }

    #[test]
    fn an_intact_chain_verifies() {
        let lines = chain(5);
        let s = verify(lines.iter().map(|s| s.as_str())).unwrap();
        assert_eq!(s.entries, 5);
        assert!(verify(std::iter::empty()).is_ok());
    }

    #[test]
    fn lines_round_trip() {
        for l in chain(3) {
            assert_eq!(JournalEntry::from_line(&l).unwrap().to_line(), l);
        }
    }

    proptest! {
        #[test]
        fn any_single_change_is_found_at_its_line(n in 2usize..12, victim in 0usize..12, kind in 0u8..4) {
            let victim = victim % n;
            let mut lines = chain(n);
            match kind {
                0 => lines[victim] = lines[victim].replace("pool-", "p00l-"),
                1 => { lines.remove(victim); }
                2 => lines.swap(victim, (victim + 1) % n),
                _ => lines[victim] = lines[victim].replace("\"at\":\"2026", "\"at\":\"2025"),
            }
            if kind == 1 && victim == n - 1 {
                // Dropping the last line leaves a shorter chain that is still
                // valid; only a known head hash can reveal it, so the summary
                // reports the head for comparison.
                let s = verify(lines.iter().map(|s| s.as_str())).unwrap();
                prop_assert_eq!(s.entries, (n - 1) as i64);
                return Ok(());
            }
            let err = verify(lines.iter().map(|s| s.as_str())).unwrap_err();
            let expected = if kind == 2 { victim.min((victim + 1) % n) + 1 } else { victim + 1 };
            prop_assert_eq!(err.line, expected);
        }
    }
}

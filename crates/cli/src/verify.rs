//! `pools verify` on an export of chains (`pools_core::chain::export`):
//! each chain, the links, the checkpoints or proofs, the witnessed heads,
//! and the recount when the file holds every chain it depends on.

use anyhow::Result;
use pools_core::chain::{self, export};
use pools_core::journal::JournalEntry;
use std::process::ExitCode;

/// What a recount recomputed, in words.
pub fn recounted(a: &pools_core::audit::AuditSummary) -> String {
    format!(
        "Closed decisions recomputed from their ballots, all matching: {}. Ballot events replayed: {}. Ledger entries recomputed without an overdraft: {}. Payouts traced to the decisions that authorized them: {}. Budgeting rounds replayed through their allocations, contributions and closes: {}. Comments checked against the rules of discussion: {}.",
        a.decisions_checked,
        a.ballots,
        a.ledger_entries,
        a.payouts_traced,
        a.rounds_checked,
        a.comments
    )
}

/// A count with its noun, one or many.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A head kept from before, of one chain: `BODY:SEQ:HASH`.
fn chain_head(text: &str) -> Result<(String, i64, String), String> {
    let bad = || {
        format!(
            "\"{}\" is not a chain's head: write it as BODY:SEQ:HASH, like pool:0193…:12:6a2a… (64 hex digits), as GET /api/v1/journal/head gives it",
            pools_core::text::quote(text)
        )
    };
    let mut parts = text.trim().rsplitn(3, ':');
    let hash = parts.next().ok_or_else(bad)?.to_ascii_lowercase();
    let seq: i64 = parts.next().and_then(|s| s.parse().ok()).ok_or_else(bad)?;
    let body = parts.next().filter(|b| b.contains(':')).ok_or_else(bad)?;
    if seq < 1 || hash.len() != 64 || !hash.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(bad());
    }
    Ok((body.to_string(), seq, hash))
}

/// Checks an export of chains and says what it found; exit 1 if anything
/// is wrong.
pub fn chains(text: &str, heads: &[String], receipt: Option<&str>) -> Result<ExitCode> {
    let heads: Vec<(String, i64, String)> = heads
        .iter()
        .map(|h| chain_head(h))
        .collect::<Result<_, String>>()
        .map_err(|e| anyhow::anyhow!("--head: {e}"))?;
    let c = match export::check(text.lines()) {
        Ok(c) => c,
        Err(e) => {
            println!("The export is broken at {e}.");
            return Ok(ExitCode::from(1));
        }
    };
    for (body, seq, hash) in &heads {
        let held = c
            .chains
            .get(body)
            .and_then(|ch| ch.get((*seq - 1) as usize))
            .map(|e| e.hash.as_str());
        match held {
            Some(h) if h == hash => {}
            Some(h) => {
                println!(
                    "The chains are intact, but {body} entry {seq} has hash {h}, not the witnessed {hash}: the chain was rewritten."
                );
                return Ok(ExitCode::from(1));
            }
            None => {
                println!(
                    "The chains are intact, but the file has no {body} entry {seq}: it is older than the witnessed head, or of another database."
                );
                return Ok(ExitCode::from(1));
            }
        }
    }
    let whole = c.header.scope == "everything";
    println!(
        "The export ({}) is intact: {} and {}, each chain unbroken from its start to its head; {} sealed both ways{}; {}.",
        c.header.scope,
        count(c.chains.len(), "chain", "chains"),
        count(c.entries, "entry", "entries"),
        count(c.links, "move between chains", "moves between chains"),
        if c.links_outside > 0 {
            format!(
                " ({} to chains this file does not hold)",
                count(c.links_outside, "link leads", "links lead")
            )
        } else {
            String::new()
        },
        if whole {
            format!(
                "{} rebuilt from the heads, every root matching",
                count(c.checkpoints, "checkpoint", "checkpoints")
            )
        } else {
            format!(
                "{} under the newest checkpoint's root",
                count(c.proofs, "chain proved", "chains proved")
            )
        }
    );
    for (body, seq, hash) in &heads {
        println!("It reaches the witnessed head {body}:{seq}:{hash}.");
    }
    if !c.missing.is_empty() {
        println!(
            "Not recounted: the entries depend on {} the file does not hold ({}). Export the Flood (pools export --flood ID) or everything (pools export --chains) to recount.",
            count(c.missing.len(), "chain", "chains"),
            c.missing.join(", ")
        );
        return Ok(ExitCode::SUCCESS);
    }
    match pools_core::audit::audit_chains(&c.chains) {
        Ok(a) => println!(
            "Recounted in one order that keeps every chain's own and every dependency between them. {}",
            recounted(&a)
        ),
        Err(e) => {
            println!("The chains are intact, but the recount fails at {e}.");
            return Ok(ExitCode::from(1));
        }
    }
    if let Some(code) = receipt {
        let entries = chain::as_journal(&c.chains).map_err(|e| anyhow::anyhow!(e))?;
        if !self::receipt(&entries, code)? {
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Shows the ballot published under a secret ballot's receipt in
/// `entries`; false if none is.
pub fn receipt(entries: &[JournalEntry], code: &str) -> Result<bool> {
    match pools_core::secret::find_receipt(entries, code)
        .map_err(|e| anyhow::anyhow!("--receipt: {e}"))?
    {
        Some(f) => {
            println!(
                "Receipt {code}: counted in \"{}\" (decision {}) as: {}{}. Its hash is {}.",
                f.title,
                f.decision_id,
                f.choice,
                if f.ballot.reason.is_empty() {
                    String::new()
                } else {
                    format!(", with the reason \"{}\"", f.ballot.reason)
                },
                f.ballot.receipt
            );
            Ok(true)
        }
        None => {
            println!(
                "Receipt {code}: no published ballot has it. Ballots are published when voting closes; a ballot changed since has a new receipt."
            );
            Ok(false)
        }
    }
}

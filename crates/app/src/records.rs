//! The journal as a record: export it, verify an export, replay an export
//! into an empty database.

use crate::{App, AppError, AppResult};
use pools_core::chain::{self, ChainHead, Checkpoint};
use pools_core::journal::{self, ChainSummary, JournalEntry};
use std::io::Write;

/// Entries read per query while exporting, so memory stays flat.
const PAGE: i64 = 1000;

/// What an export of chains holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportScope {
    /// Every chain, with every checkpoint.
    Everything,
    /// A pool's chain, with its group's and the people's it depends on.
    Pool(String),
    /// A Flood's chain, with every chain it depends on or links to (its
    /// member pools, theirs, their groups and people).
    Flood(String),
}

/// What an export of chains wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// Chains written.
    pub chains: usize,
    /// Entries written.
    pub entries: usize,
    /// Checkpoints (everything) or proofs (part) written.
    pub witnesses: usize,
}

/// What a witness keeps of the journal: its global head, the newest
/// checkpoint over every chain's head, and the chains' heads now.
#[derive(Debug, Clone)]
pub struct JournalHeads {
    /// The global chain's head.
    pub global: journal::Head,
    /// The newest checkpoint, once one was taken.
    pub checkpoint: Option<Checkpoint>,
    /// Every chain's head now, or the one asked for.
    pub heads: Vec<ChainHead>,
    /// For the chain asked for: its head under the checkpoint, and the
    /// sibling hashes from it up to the root (`chain::proves`).
    pub proof: Option<(ChainHead, Vec<(bool, String)>)>,
}

impl App {
    /// The journal's head as it stands: public, so anyone can keep it and
    /// later check an export reaches it (`pools verify FILE --head`).
    pub async fn journal_head(&self) -> AppResult<journal::Head> {
        let mut tx = self.store.read().await?;
        Ok(tx.journal_head().await?)
    }

    /// Takes a checkpoint over every chain's head now, unless none moved
    /// since the last; returns the newest. The server takes one a minute.
    pub async fn checkpoint(&self) -> AppResult<Option<Checkpoint>> {
        let mut tx = self.store.write().await?;
        let taken = tx
            .take_checkpoint(&journal::format_time(self.now()))
            .await?;
        tx.commit().await?;
        Ok(taken)
    }

    /// The heads a witness keeps (`JournalHeads`); with `body`, only that
    /// chain's, and its proof under the newest checkpoint. Public: it says
    /// nothing but places and hashes.
    pub async fn journal_heads(&self, body: Option<&str>) -> AppResult<JournalHeads> {
        let mut tx = self.store.read().await?;
        let global = tx.journal_head().await?;
        let checkpoint = tx.latest_checkpoint().await?;
        let mut heads = tx.chain_heads().await?;
        let mut proof = None;
        if let Some(b) = body {
            heads.retain(|h| h.body == b);
            if heads.is_empty() {
                return Err(AppError::NotFound(crate::error::say(
                    pools_core::msg::Msg::new("error-no-chain").text("body", b),
                )));
            }
            if let Some(c) = &checkpoint {
                let under = tx.heads_at_checkpoint(c.id).await?;
                if let (Some(h), Some(path)) = (
                    under.iter().find(|h| h.body == b).cloned(),
                    chain::inclusion(&under, b),
                ) {
                    proof = Some((h, path));
                }
            }
        }
        Ok(JournalHeads {
            global,
            checkpoint,
            heads,
            proof,
        })
    }

    /// Writes an export of chains (`pools_core::chain::export`): every
    /// chain with every checkpoint, or a pool or a Flood with the chains it
    /// depends on and the newest checkpoint's proof of each. Reads one
    /// snapshot.
    pub async fn export_chains(
        &self,
        scope: &ExportScope,
        out: &mut dyn Write,
    ) -> AppResult<Exported> {
        use chain::export;
        let mut tx = self.store.read().await?;
        let heads: std::collections::BTreeMap<String, ChainHead> = tx
            .chain_heads()
            .await?
            .into_iter()
            .map(|h| (h.body.clone(), h))
            .collect();
        let anchors: std::collections::BTreeMap<String, String> =
            tx.chain_anchors().await?.into_iter().collect();
        let (name, first, pools_too) = match scope {
            ExportScope::Everything => ("everything".to_string(), None, true),
            ExportScope::Pool(id) => (format!("pool:{id}"), Some(chain::pool_body(id)), false),
            ExportScope::Flood(id) => (format!("flood:{id}"), Some(chain::pool_body(id)), true),
        };
        let bodies: Vec<String> = match &first {
            None => heads.keys().cloned().collect(),
            Some(first) => {
                if !heads.contains_key(first) {
                    return Err(crate::error::no_pool(first.trim_start_matches("pool:")));
                }
                // The chains the first depends on or links to, again and
                // again: people and groups, and for a Flood pools too.
                let mut held = std::collections::BTreeSet::new();
                let mut todo = vec![first.clone()];
                while let Some(b) = todo.pop() {
                    if !held.insert(b.clone()) {
                        continue;
                    }
                    let whole = self.whole_chain(&mut tx, &b).await?;
                    for r in export::referenced(&whole) {
                        if !held.contains(&r) && (pools_too || !r.starts_with("pool:")) {
                            todo.push(r);
                        }
                    }
                }
                held.into_iter().collect()
            }
        };
        let fail = |e: std::io::Error| {
            AppError::Invalid(vec![crate::FieldError {
                field: "out".into(),
                message: format!("cannot write the export: {e}"),
            }])
        };
        let split_from = tx.chains_split_from().await?;
        writeln!(out, "{}", export::header_line(&name, split_from.as_deref())).map_err(fail)?;
        for b in &bodies {
            let anchor = anchors.get(b).map_or(journal::GENESIS, String::as_str);
            writeln!(out, "{}", export::chain_line(anchor, &heads[b])).map_err(fail)?;
        }
        let mut entries = 0;
        for b in &bodies {
            let mut after = 0;
            loop {
                let page = tx.chain_after(b, after, PAGE).await?;
                let Some(last) = page.last() else { break };
                after = last.seq;
                for e in &page {
                    writeln!(out, "{}", export::entry_line(e)).map_err(fail)?;
                }
                entries += page.len();
            }
        }
        let mut witnesses = 0;
        if first.is_none() {
            let mut after = 0;
            loop {
                let page = tx.checkpoints_after(after, PAGE).await?;
                let Some(last) = page.last() else { break };
                after = last.id;
                for c in &page {
                    let moved = tx.checkpoint_heads(c.id).await?;
                    writeln!(out, "{}", export::checkpoint_line(c, &moved)).map_err(fail)?;
                }
                witnesses += page.len();
            }
        } else if let Some(c) = tx.latest_checkpoint().await? {
            let under = tx.heads_at_checkpoint(c.id).await?;
            for b in &bodies {
                if let (Some(h), Some(path)) = (
                    under.iter().find(|h| &h.body == b),
                    chain::inclusion(&under, b),
                ) {
                    writeln!(out, "{}", export::proof_line(&c, h, &path)).map_err(fail)?;
                    witnesses += 1;
                }
            }
        }
        Ok(Exported {
            chains: bodies.len(),
            entries,
            witnesses,
        })
    }

    async fn whole_chain(
        &self,
        tx: &mut Box<dyn crate::ports::Tx>,
        body: &str,
    ) -> AppResult<Vec<pools_core::chain::ChainEntry>> {
        let mut entries: Vec<pools_core::chain::ChainEntry> = Vec::new();
        loop {
            let after = entries.last().map_or(0, |e| e.seq);
            let page = tx.chain_after(body, after, PAGE).await?;
            if page.is_empty() {
                return Ok(entries);
            }
            entries.extend(page);
        }
    }

    /// Writes the whole journal in the export format (JSON Lines, see
    /// `pools_core::journal`) and returns how many entries it wrote. Reads one
    /// snapshot, so an export taken while the server runs is consistent.
    pub async fn export_journal(&self, out: &mut dyn Write) -> AppResult<i64> {
        let mut tx = self.store.read().await?;
        let mut after = 0;
        loop {
            let page = tx.journal_after(after, PAGE).await?;
            if page.is_empty() {
                break;
            }
            for e in &page {
                writeln!(out, "{}", e.to_line()).map_err(|e| {
                    AppError::Invalid(vec![crate::FieldError {
                        field: "out".into(),
                        message: format!("cannot write the export: {e}"),
                    }])
                })?;
                after = e.seq;
            }
        }
        Ok(after)
    }

    /// Rebuilds an empty database from an exported journal. The export is
    /// verified first; a broken chain is refused before anything is written,
    /// and the replay runs in one transaction.
    pub async fn replay_journal(&self, text: &str) -> AppResult<ChainSummary> {
        let lines: Vec<&str> = text.lines().collect();
        if chain::export::is_chains(lines.first().copied().unwrap_or("")) {
            return Err(AppError::invalid(
                "journal",
                "this is an export of chains: replay reads the global journal for now, as `pools export --out FILE` writes it without --chains, --pool or --flood",
            ));
        }
        let summary = journal::verify(lines.iter().copied())
            .map_err(|b| AppError::invalid("journal", format!("the journal is broken at {b}")))?;
        let mut tx = self.store.write().await?;
        if tx.journal_len().await? > 0 {
            return Err(AppError::Conflict(
                "this database already has a journal: replay only into an empty database".into(),
            ));
        }
        for line in lines {
            let entry =
                JournalEntry::from_line(line).map_err(|m| AppError::invalid("journal", m))?;
            let event = entry
                .decode()
                .map_err(|m| AppError::invalid("journal", m))?;
            tx.replay(&entry, &event).await?;
        }
        tx.commit().await?;
        Ok(summary)
    }

    /// Every chain of the journal per body, whole, by body
    /// (`pools_core::chain`).
    pub async fn journal_chains(
        &self,
    ) -> AppResult<std::collections::BTreeMap<String, Vec<pools_core::chain::ChainEntry>>> {
        let mut tx = self.store.read().await?;
        let mut chains = std::collections::BTreeMap::new();
        for head in tx.chain_heads().await? {
            let mut entries = Vec::new();
            loop {
                let after = entries
                    .last()
                    .map_or(0, |e: &pools_core::chain::ChainEntry| e.seq);
                let page = tx.chain_after(&head.body, after, PAGE).await?;
                if page.is_empty() {
                    break;
                }
                entries.extend(page);
            }
            chains.insert(head.body, entries);
        }
        Ok(chains)
    }

    /// The tables that queries read, as sorted text rows, to compare databases.
    pub async fn state_dump(&self) -> AppResult<Vec<(String, Vec<String>)>> {
        let mut tx = self.store.read().await?;
        Ok(tx.dump_state().await?)
    }
}

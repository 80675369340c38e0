//! The journal as a record: export it, verify an export, replay an export
//! into an empty database.

use crate::{App, AppError, AppResult};
use pools_core::chain::{self, ChainHead, Checkpoint};
use pools_core::journal::{self, ChainSummary, JournalEntry};
use std::io::Write;

/// Entries read per query while exporting, so memory stays flat.
const PAGE: i64 = 1000;

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

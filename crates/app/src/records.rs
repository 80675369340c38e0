//! The journal as a record: export it, verify an export, replay an export
//! into an empty database.

use crate::{App, AppError, AppResult};
use pools_core::journal::{self, ChainSummary, JournalEntry};
use std::io::Write;

/// Entries read per query while exporting, so memory stays flat.
const PAGE: i64 = 1000;

impl App {
    /// The journal's head as it stands: public, so anyone can keep it and
    /// later check an export reaches it (`pools verify FILE --head`).
    pub async fn journal_head(&self) -> AppResult<journal::Head> {
        let mut tx = self.store.read().await?;
        Ok(tx.journal_head().await?)
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

//! Legal formation: details, document versions and signatures.
//!
//! The projection of this aggregate's events and the queries that read
//! its tables, side by side.

use super::*;

impl SqlTx {
    /// Applies one of this aggregate's events to its tables.
    pub(super) async fn apply_formation(
        &mut self,
        entry: &JournalEntry,
        event: &Event,
    ) -> StoreResult<()> {
        let at = entry.at.as_str();
        let c = &mut self.conn;
        match event {
            Event::FormationStarted {
                formation_id,
                pool_id,
                form,
                details,
            } => {
                c.exec(
                    "INSERT INTO formations (id, pool_id, form, details, status, status_name, version, started_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $8, 0, $6, $7)",
                    args![
                        formation_id,
                        pool_id,
                        form.as_str(),
                        to_json(details),
                        to_json(&pools_core::formation::Status::Drafting),
                        at,
                        at, pools_core::formation::Status::Drafting.as_str()
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
                        "UPDATE formations SET form = $1, details = $2, updated_at = $3 WHERE id = $4 AND status_name = $5",
                        args![form.as_str(), to_json(details), at, formation_id, pools_core::formation::Status::Drafting.as_str()],
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
            _ => return Err(misrouted(event, "formation")),
        }
        Ok(())
    }
}

#[async_trait]
impl FormationTx for SqlTx {
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
}

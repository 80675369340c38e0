//! Legal formation: the formation, its document versions and signatures.

use super::*;

/// A pool's formation as a legal entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formation {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// The legal form.
    pub form: pools_core::formation::EntityForm,
    /// What the documents state.
    pub details: pools_core::formation::Details,
    /// Where it stands.
    pub status: pools_core::formation::Status,
    /// The current version of the documents; 0 before any is generated.
    pub version: i64,
    /// When it started (RFC 3339).
    pub started_at: String,
}

/// A generated version of the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormationVersion {
    /// 1, 2, ...
    pub version: i64,
    /// The rules they state.
    pub rules: pools_core::Rules,
    /// The day printed on them.
    pub generated_on: String,
    /// Why this version exists.
    pub reason: String,
    /// Each document's hash.
    pub documents: Vec<pools_core::event::DocumentHash>,
    /// When it was generated (RFC 3339).
    pub at: String,
}

/// A member's signature on one document of one version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The version.
    pub version: i64,
    /// The document.
    pub kind: pools_core::formation::DocKind,
    /// The signer.
    pub person_id: String,
    /// Their name on their account.
    pub name: String,
    /// What they typed.
    pub typed_name: String,
    /// The hash they signed.
    pub sha256: String,
    /// When (RFC 3339).
    pub at: String,
}

/// The store's part for legal formation: the formation, its document versions and signatures.
#[async_trait]
pub trait FormationTx: Send {
    /// A pool's formation, if started.
    async fn formation_of_pool(&mut self, pool_id: &str) -> StoreResult<Option<Formation>>;
    /// A formation's versions, oldest first.
    async fn formation_versions(
        &mut self,
        formation_id: &str,
    ) -> StoreResult<Vec<FormationVersion>>;
    /// Every signature of a formation, oldest first.
    async fn signatures(&mut self, formation_id: &str) -> StoreResult<Vec<Signature>>;
}

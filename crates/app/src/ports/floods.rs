//! Floods and their member pools.

use super::*;

/// A Flood: pools federated around a shared project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flood {
    /// Id; also its id as a body (rules, ledger, decisions) in the pools table.
    pub id: String,
    /// Name.
    pub name: String,
    /// The shared project.
    pub purpose: String,
    /// Currency.
    pub currency: Currency,
    /// The rules its decisions follow.
    pub rules: Rules,
    /// Whether decisions also need a majority of member pools.
    pub double_majority: bool,
    /// Active, or dissolved once its last pool left.
    pub status: pools_core::flood::FloodStatus,
    /// When it started (RFC 3339).
    pub started_at: String,
    /// The joint project agreement's version: one more with every change of
    /// member pools or commitments.
    pub version: i64,
    /// When the current version began (RFC 3339).
    pub version_at: String,
}

/// A pool's membership of a Flood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FloodMember {
    /// The pool.
    pub pool_id: String,
    /// The pool's name.
    pub name: String,
    /// What it has committed in total.
    pub committed: i64,
    /// A member pool, or left.
    pub status: pools_core::flood::MemberPoolStatus,
    /// What it received when it left.
    pub received: i64,
    /// When it joined (RFC 3339).
    pub joined_at: String,
}

/// The store's part for floods and their member pools.
#[async_trait]
pub trait FloodsTx: Send {
    /// A Flood.
    async fn flood(&mut self, id: &str) -> StoreResult<Option<Flood>>;
    /// A Flood's member pools, present and past, by name.
    async fn flood_pools(&mut self, flood_id: &str) -> StoreResult<Vec<FloodMember>>;
    /// Signatures on a Flood's agreement: (version, person id, name, sha256, at).
    async fn flood_signatures(
        &mut self,
        flood_id: &str,
    ) -> StoreResult<Vec<(i64, String, String, String, String)>>;
    /// The Floods a pool belongs to (or belonged to), newest first.
    async fn floods_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<(Flood, FloodMember)>>;
}

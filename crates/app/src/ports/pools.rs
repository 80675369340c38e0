//! Pools and their members.

use super::*;

/// A pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pool {
    /// Id.
    pub id: String,
    /// Group.
    pub group_id: String,
    /// Name.
    pub name: String,
    /// Currency.
    pub currency: Currency,
    /// Rules.
    pub rules: Rules,
    /// Membership commitment text.
    pub commitment: String,
    /// Draft or open.
    pub status: PoolStatus,
    /// Whether this body is a Flood (its members are pools) rather than a pool.
    pub is_flood: bool,
    /// The IANA time zone its times are shown in to readers who chose
    /// none, and in its messages (none: UTC).
    pub time_zone: Option<String>,
}

/// A pool membership with the person's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolMember {
    /// Pool.
    pub pool_id: String,
    /// Person.
    pub person_id: String,
    /// Person's name.
    pub name: String,
    /// Role.
    pub role: PoolRole,
    /// Status.
    pub status: MemberStatus,
    /// Hash of the commitment they accepted.
    pub commitment_hash: String,
    /// When they accepted it (RFC 3339).
    pub accepted_at: String,
}

/// The store's part for pools and their members.
#[async_trait]
pub trait PoolsTx: Send {
    /// A pool by id.
    async fn pool(&mut self, id: &str) -> StoreResult<Option<Pool>>;
    /// A group's pool.
    async fn pool_of_group(&mut self, group_id: &str) -> StoreResult<Option<Pool>>;
    /// The pools a person is (or was) a member of, with their membership.
    async fn pools_of(&mut self, person_id: &str) -> StoreResult<Vec<(Pool, PoolMember)>>;
    /// A pool's memberships, by name (left members included).
    async fn pool_members(&mut self, pool_id: &str) -> StoreResult<Vec<PoolMember>>;
    /// The ids of a pool's active members (no names, no order): what an
    /// electorate needs, read cheaply.
    async fn active_member_ids(&mut self, pool_id: &str) -> StoreResult<Vec<String>>;
    /// How many members a pool has, active or pending.
    async fn current_member_count(&mut self, pool_id: &str) -> StoreResult<i64>;
    /// One membership.
    async fn pool_member(
        &mut self,
        pool_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<PoolMember>>;
}

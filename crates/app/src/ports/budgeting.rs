//! Budgeting rounds, allocations, buckets, fundings and flags.

use super::*;

/// A participatory budgeting round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// The decision that opened it.
    pub decision_id: String,
    /// Its name: the decision's question.
    pub title: String,
    /// What buckets should be about, in Markdown.
    pub guidelines: String,
    /// Minor units the decision put in.
    pub amount: i64,
    /// Each member's allocation.
    pub per_member: i64,
    /// What stayed with the pool.
    pub remainder: i64,
    /// The most one member may put into one bucket.
    pub cap: Option<i64>,
    /// How many members have an allocation.
    pub members: i64,
    /// When it opened (RFC 3339).
    pub opened_at: String,
    /// When proposing buckets ends (RFC 3339).
    pub buckets_close_at: String,
    /// The same, in Unix milliseconds.
    pub buckets_close_ms: i64,
    /// When funding ends (RFC 3339).
    pub funding_close_at: String,
    /// The same, in Unix milliseconds.
    pub funding_close_ms: i64,
    /// Whether the close has been recorded.
    pub closed: bool,
    /// When it closed (RFC 3339).
    pub closed_at: Option<String>,
}

/// A bucket of a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    /// Id.
    pub id: String,
    /// Round.
    pub round_id: String,
    /// Pool.
    pub pool_id: String,
    /// Name.
    pub title: String,
    /// What it is, in Markdown.
    pub description: String,
    /// The members behind it: (person id, name), the proposer first.
    pub co_creators: Vec<(String, String)>,
    /// Its budget.
    pub lines: Vec<pools_core::budget::BudgetLine>,
    /// The sum of the lines' minimums.
    pub min_goal: i64,
    /// The sum of the lines' maximums (or minimums).
    pub max_goal: i64,
    /// What members have put in.
    pub total: i64,
    /// Open, cancelled, funded or missed.
    pub status: pools_core::budget::BucketStatus,
    /// Why it was cancelled.
    pub reason: Option<String>,
    /// When it was proposed (RFC 3339).
    pub created_at: String,
    /// How many members flagged it.
    pub flags: i64,
}

/// One member's contribution to a bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Funding {
    /// The member.
    pub person_id: String,
    /// Their name.
    pub name: String,
    /// Minor units.
    pub amount: i64,
    /// When (RFC 3339); for totals, the latest contribution.
    pub at: String,
}

/// A member's flag on a bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// The member.
    pub person_id: String,
    /// Their name.
    pub name: String,
    /// Why.
    pub reason: String,
    /// When (RFC 3339).
    pub at: String,
}

/// The store's part for budgeting rounds, allocations, buckets, fundings and flags.
#[async_trait]
pub trait BudgetingTx: Send {
    /// A budgeting round.
    async fn round(&mut self, id: &str) -> StoreResult<Option<Round>>;
    /// The round a decision opened.
    async fn round_of_decision(&mut self, decision_id: &str) -> StoreResult<Option<Round>>;
    /// A pool's rounds, newest first.
    async fn rounds_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<Round>>;
    /// Open rounds whose funding window has ended, soonest first.
    async fn due_rounds(&mut self, now_ms: i64, limit: i64) -> StoreResult<Vec<String>>;
    /// A member's allocation left in a round; none when they have none.
    async fn allocation_left(
        &mut self,
        round_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<i64>>;
    /// Every allocation of a round: (person id, name, left), by name.
    async fn allocations(&mut self, round_id: &str) -> StoreResult<Vec<(String, String, i64)>>;
    /// One bucket.
    async fn bucket(&mut self, id: &str) -> StoreResult<Option<Bucket>>;
    /// A round's buckets, oldest first.
    async fn buckets_of_round(&mut self, round_id: &str) -> StoreResult<Vec<Bucket>>;
    /// What each member has put into a bucket in total, largest first.
    async fn bucket_gifts(&mut self, bucket_id: &str) -> StoreResult<Vec<Funding>>;
    /// What one member has put into one bucket.
    async fn bucket_gift(&mut self, bucket_id: &str, person_id: &str) -> StoreResult<i64>;
    /// Every contribution to a bucket, oldest first.
    async fn bucket_fundings(&mut self, bucket_id: &str) -> StoreResult<Vec<Funding>>;
    /// A bucket's flags, oldest first.
    async fn bucket_flags(&mut self, bucket_id: &str) -> StoreResult<Vec<Flag>>;
}

//! Calendars: each person's private feed (operational state: only whether
//! it is on and which generation of its link is valid), and the deadlines
//! of the pools a person belongs to.

use super::*;

/// What a deadline belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineOf {
    /// A decision's voting closes.
    Decision,
    /// A budgeting round's bucket proposals close.
    RoundBuckets,
    /// A budgeting round's funding closes.
    RoundFunding,
}

/// One deadline in a person's pools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineRow {
    /// What it belongs to.
    pub of: DeadlineOf,
    /// The decision's or round's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The pool (or Flood) name.
    pub pool_name: String,
    /// When it falls (RFC 3339).
    pub at: String,
    /// When the decision or round opened (RFC 3339).
    pub opened_at: String,
    /// Whether the decision or round has closed.
    pub closed: bool,
}

/// The store's part for calendars.
#[async_trait]
pub trait CalendarTx: Send {
    /// A person's feed: the generation of its link and whether it is on.
    async fn calendar_feed(&mut self, person_id: &str) -> StoreResult<Option<(i64, bool)>>;
    /// Sets a person's feed.
    async fn set_calendar_feed(
        &mut self,
        person_id: &str,
        generation: i64,
        on: bool,
        at: &str,
    ) -> StoreResult<()>;
    /// Deadlines falling at or after `since_ms` in the pools a person is a
    /// member of (active or pending) and in the Floods those pools are in,
    /// soonest first.
    async fn deadlines_for(
        &mut self,
        person_id: &str,
        since_ms: i64,
        limit: i64,
    ) -> StoreResult<Vec<DeadlineRow>>;
}

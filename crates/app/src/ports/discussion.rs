//! Discussions and the comments of every thread (a decision's or a
//! discussion's).

use super::*;

/// A discussion without a vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discussion {
    /// Its id, which is also its thread's.
    pub id: String,
    /// Its pool (or Flood).
    pub pool_id: String,
    /// Who started it.
    pub author_id: String,
    /// Their name.
    pub author_name: String,
    /// What it is about.
    pub title: String,
    /// The opening text, in Markdown.
    pub body: String,
    /// When it started (RFC 3339).
    pub started_at: String,
    /// How many comments it has, hidden ones included.
    pub comments: i64,
    /// When it was last written in (RFC 3339).
    pub last_at: String,
}

/// Why and by whom a comment was hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hidden {
    /// Who hid it.
    pub by_id: String,
    /// Their name.
    pub by_name: String,
    /// Why.
    pub reason: String,
    /// When (RFC 3339).
    pub at: String,
}

/// One comment, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// Its id.
    pub id: String,
    /// The pool (or Flood) of its thread.
    pub pool_id: String,
    /// The decision or discussion it belongs to.
    pub thread_id: String,
    /// The comment it replies to.
    pub parent_id: Option<String>,
    /// Who wrote it.
    pub author_id: String,
    /// Their name.
    pub author_name: String,
    /// What it says now, in Markdown.
    pub body: String,
    /// When it was posted (RFC 3339).
    pub posted_at: String,
    /// When it was last edited, if ever.
    pub edited_at: Option<String>,
    /// How many times it was edited.
    pub edits: i64,
    /// Set once it is hidden.
    pub hidden: Option<Hidden>,
}

/// The store's part for discussion.
#[async_trait]
pub trait DiscussionTx: Send {
    /// One discussion.
    async fn discussion(&mut self, id: &str) -> StoreResult<Option<Discussion>>;
    /// A pool's discussions, most recently written in first.
    async fn discussions_of_pool(
        &mut self,
        pool_id: &str,
        limit: i64,
    ) -> StoreResult<Vec<Discussion>>;
    /// One comment.
    async fn comment(&mut self, id: &str) -> StoreResult<Option<Comment>>;
    /// A thread's comments in the order they were posted.
    async fn comments_of_thread(&mut self, thread_id: &str) -> StoreResult<Vec<Comment>>;
}

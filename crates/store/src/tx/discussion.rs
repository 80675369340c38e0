//! Discussions and comments.
//!
//! The projection of this aggregate's events and the queries that read
//! its tables, side by side.

use super::*;

/// The discussion columns, as a literal so statements can be built at compile time.
macro_rules! discussion_select {
    () => {
        "SELECT d.id, d.pool_id, d.author_id, p.name AS author_name, d.title, d.body, d.started_at, d.comments, d.last_at \
     FROM discussions d JOIN persons p ON p.id = d.author_id"
    };
}

/// The comment columns, with the author's and the hider's names.
macro_rules! comment_select {
    () => {
        "SELECT c.id, c.pool_id, c.thread_id, c.parent_id, c.author_id, a.name AS author_name, c.body, c.posted_at, c.edited_at, c.edits, \
     c.hidden_by, h.name AS hidden_name, c.hidden_reason, c.hidden_at \
     FROM comments c JOIN persons a ON a.id = c.author_id LEFT JOIN persons h ON h.id = c.hidden_by"
    };
}

fn discussion_row(r: &Row) -> StoreResult<Discussion> {
    Ok(Discussion {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        author_id: r.text("author_id")?,
        author_name: r.text("author_name")?,
        title: r.text("title")?,
        body: r.text("body")?,
        started_at: r.text("started_at")?,
        comments: r.i64("comments")?,
        last_at: r.text("last_at")?,
    })
}

fn comment_row(r: &Row) -> StoreResult<Comment> {
    let hidden = match r.opt_text("hidden_by")? {
        Some(by_id) => Some(Hidden {
            by_id,
            by_name: r.opt_text("hidden_name")?.unwrap_or_default(),
            reason: r.opt_text("hidden_reason")?.unwrap_or_default(),
            at: r.opt_text("hidden_at")?.unwrap_or_default(),
        }),
        None => None,
    };
    Ok(Comment {
        id: r.text("id")?,
        pool_id: r.text("pool_id")?,
        thread_id: r.text("thread_id")?,
        parent_id: r.opt_text("parent_id")?,
        author_id: r.text("author_id")?,
        author_name: r.text("author_name")?,
        body: r.text("body")?,
        posted_at: r.text("posted_at")?,
        edited_at: r.opt_text("edited_at")?,
        edits: r.i64("edits")?,
        hidden,
    })
}

impl SqlTx {
    /// Applies one of this aggregate's events to its tables.
    pub(super) async fn apply_discussion(
        &mut self,
        entry: &JournalEntry,
        event: &Event,
    ) -> StoreResult<()> {
        let at = entry.at.as_str();
        let c = &mut self.conn;
        match event {
            Event::DiscussionStarted {
                discussion_id,
                pool_id,
                author_id,
                title,
                body,
                ..
            } => {
                c.exec(
                    "INSERT INTO discussions (id, pool_id, author_id, title, body, started_at, comments, last_at) VALUES ($1, $2, $3, $4, $5, $6, 0, $6)",
                    args![discussion_id, pool_id, author_id, title, body, at],
                )
                .await?;
            }
            Event::CommentPosted {
                comment_id,
                pool_id,
                thread_id,
                parent_id,
                author_id,
                body,
                ..
            } => {
                c.exec(
                    "INSERT INTO comments (id, pool_id, thread_id, parent_id, author_id, body, posted_seq, posted_at, edited_at, edits, hidden_by, hidden_reason, hidden_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, 0, NULL, NULL, NULL)",
                    args![comment_id, pool_id, thread_id, parent_id.clone(), author_id, body, entry.seq, at],
                )
                .await?;
                c.exec(
                    "UPDATE discussions SET comments = comments + 1, last_at = $2 WHERE id = $1",
                    args![thread_id, at],
                )
                .await?;
            }
            Event::CommentEdited {
                comment_id, body, ..
            } => {
                let n = c
                    .exec(
                        "UPDATE comments SET body = $2, edited_at = $3, edits = edits + 1 WHERE id = $1 AND hidden_by IS NULL",
                        args![comment_id, body, at],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(format!(
                        "comment {comment_id} cannot be edited: it is missing or hidden"
                    )));
                }
            }
            Event::CommentHidden {
                comment_id,
                person_id,
                reason,
            } => {
                let n = c
                    .exec(
                        "UPDATE comments SET hidden_by = $2, hidden_reason = $3, hidden_at = $4 WHERE id = $1 AND hidden_by IS NULL",
                        args![comment_id, person_id, reason, at],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(format!(
                        "comment {comment_id} cannot be hidden: it is missing or hidden already"
                    )));
                }
            }
            other => return Err(misrouted(other, "discussion")),
        }
        Ok(())
    }
}

#[async_trait]
impl DiscussionTx for SqlTx {
    async fn discussion(&mut self, id: &str) -> StoreResult<Option<Discussion>> {
        self.conn
            .one(concat!(discussion_select!(), " WHERE d.id = $1"), args![id])
            .await?
            .as_ref()
            .map(discussion_row)
            .transpose()
    }

    async fn discussions_of_pool(
        &mut self,
        pool_id: &str,
        limit: i64,
    ) -> StoreResult<Vec<Discussion>> {
        self.conn
            .all(
                concat!(
                    discussion_select!(),
                    " WHERE d.pool_id = $1 ORDER BY d.last_at DESC, d.id DESC LIMIT $2"
                ),
                args![pool_id, limit],
            )
            .await?
            .iter()
            .map(discussion_row)
            .collect()
    }

    async fn comment(&mut self, id: &str) -> StoreResult<Option<Comment>> {
        self.conn
            .one(concat!(comment_select!(), " WHERE c.id = $1"), args![id])
            .await?
            .as_ref()
            .map(comment_row)
            .transpose()
    }

    async fn comments_of_thread(&mut self, thread_id: &str) -> StoreResult<Vec<Comment>> {
        self.conn
            .all(
                concat!(
                    comment_select!(),
                    " WHERE c.thread_id = $1 ORDER BY c.posted_seq"
                ),
                args![thread_id],
            )
            .await?
            .iter()
            .map(comment_row)
            .collect()
    }
}

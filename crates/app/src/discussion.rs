//! Discussion: a thread on every decision, discussions without a vote, and
//! the comments in them, journaled as the pool's minutes. The rules are in
//! `pools_core::discussion`; this module reads the state they need in the
//! command's one transaction.

use crate::error::say;
use crate::ports::{Comment, Discussion, Pool, Tx};
use crate::visibility;
use crate::{Actor, App, AppError, AppResult, new_id};
use pools_core::discussion::{self, MAX_COMMENT, MAX_HIDE_REASON};
use pools_core::membership::MemberStatus;
use pools_core::msg::Msg;
use pools_core::{Event, text};
use std::collections::BTreeMap;

/// The most members a pool may have for its pages to list every handle.
pub const HANDLES_LISTED: usize = 100;

/// What a thread hangs on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThreadOf {
    /// A decision: its thread is at `/d/{id}`.
    Decision,
    /// A discussion without a vote: at `/t/{id}`.
    Discussion,
}

impl ThreadOf {
    /// The page a thread is on, as a path.
    pub fn path(&self, thread_id: &str) -> String {
        match self {
            ThreadOf::Decision => format!("/d/{thread_id}"),
            ThreadOf::Discussion => format!("/t/{thread_id}"),
        }
    }
}

/// One comment as a reader sees it, with its replies.
#[derive(Debug, Clone)]
pub struct CommentView {
    /// The comment; a hidden one's text is emptied (the journal keeps it).
    pub comment: Comment,
    /// Replies, in the order posted (empty for a reply).
    pub replies: Vec<CommentView>,
    /// Whether the reader may edit it.
    pub can_edit: bool,
    /// Whether the reader may hide it.
    pub can_hide: bool,
}

/// A thread as one reader sees it.
#[derive(Debug, Clone)]
pub struct ThreadView {
    /// The decision's or discussion's id.
    pub thread_id: String,
    /// Which it is.
    pub of: ThreadOf,
    /// Its title.
    pub title: String,
    /// Its pool (or Flood).
    pub pool: Pool,
    /// The conversations: each comment that is not a reply, with its replies.
    pub comments: Vec<CommentView>,
    /// How many comments there are, replies and hidden ones included.
    pub total: usize,
    /// Whether the reader may post here.
    pub can_post: bool,
    /// The handles the reader can mention, with each person's name; empty
    /// in a Flood or a pool of more than `HANDLES_LISTED` members.
    pub handles: Vec<(String, String)>,
}

/// A pool's discussions.
#[derive(Debug, Clone)]
pub struct DiscussionList {
    /// The pool (or Flood).
    pub pool: Pool,
    /// The most recently written in 200, newest first.
    pub discussions: Vec<Discussion>,
    /// Whether the reader may start one.
    pub can_post: bool,
}

/// A discussion with its thread.
#[derive(Debug, Clone)]
pub struct DiscussionView {
    /// The discussion.
    pub discussion: Discussion,
    /// Its comments.
    pub thread: ThreadView,
}

fn bad(field: &'static str, e: text::TextError) -> AppError {
    AppError::invalid(field, e.to_string())
}

impl App {
    /// Starts a discussion without a vote in a pool (or Flood).
    pub async fn start_discussion(
        &self,
        actor: &Actor,
        pool_id: &str,
        title: &str,
        body: &str,
    ) -> AppResult<Discussion> {
        let person = actor.person()?.clone();
        let title = text::name("title", title)
            .map_err(|_| AppError::invalid("title", say(Msg::new("error-talk-title-needed"))))?;
        let body = text::long_text("body", body, MAX_COMMENT).map_err(|e| bad("body", e))?;
        let mut tx = self.store.write().await?;
        let pool = self.pool_for_posting(&mut tx, pool_id, &person.id).await?;
        let mentions = self.mentions(&mut tx, &pool, &body, &person.id).await?;
        let id = new_id();
        self.record(
            &mut tx,
            actor,
            Event::DiscussionStarted {
                discussion_id: id.clone(),
                pool_id: pool.id.clone(),
                author_id: person.id.clone(),
                title,
                body,
                mentions,
            },
        )
        .await?;
        let d = tx
            .discussion(&id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-talk-discussion-vanished"))))?;
        tx.commit().await?;
        Ok(d)
    }

    /// Posts a comment in a thread (a decision's or a discussion's), or a
    /// reply to one of its comments.
    pub async fn post_comment(
        &self,
        actor: &Actor,
        thread_id: &str,
        parent_id: Option<&str>,
        body: &str,
    ) -> AppResult<Comment> {
        let person = actor.person()?.clone();
        let body = comment_body(body)?;
        let mut tx = self.store.write().await?;
        let (pool_id, _, _) = thread_of(&mut tx, thread_id).await?;
        let pool = self.pool_for_posting(&mut tx, &pool_id, &person.id).await?;
        let parent_id = parent_id.map(str::trim).filter(|p| !p.is_empty());
        if let Some(parent_id) = parent_id {
            let parent = tx.comment(parent_id).await?;
            discussion::check_reply(
                thread_id,
                parent.as_ref().map(|c| discussion::Parent {
                    thread_id: &c.thread_id,
                    is_reply: c.parent_id.is_some(),
                }),
            )
            .map_err(|why| AppError::invalid("parent_id", why))?;
        }
        let mentions = self.mentions(&mut tx, &pool, &body, &person.id).await?;
        let id = new_id();
        self.record(
            &mut tx,
            actor,
            Event::CommentPosted {
                comment_id: id.clone(),
                pool_id: pool.id.clone(),
                thread_id: thread_id.to_string(),
                parent_id: parent_id.map(str::to_string),
                author_id: person.id.clone(),
                body,
                mentions,
            },
        )
        .await?;
        let c = tx
            .comment(&id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-talk-comment-vanished"))))?;
        tx.commit().await?;
        Ok(c)
    }

    /// Changes what one's own comment says; it shows as edited.
    pub async fn edit_comment(
        &self,
        actor: &Actor,
        comment_id: &str,
        body: &str,
    ) -> AppResult<Comment> {
        let person = actor.person()?.clone();
        let body = comment_body(body)?;
        let mut tx = self.store.write().await?;
        let c = comment(&mut tx, comment_id).await?;
        discussion::may_edit(&person.id, &c.author_id, c.hidden.is_some())
            .map_err(|why| AppError::Forbidden(why.into()))?;
        if c.body == body {
            return Ok(c);
        }
        let pool = self
            .pool_for_posting(&mut tx, &c.pool_id, &person.id)
            .await?;
        let mentions = self.mentions(&mut tx, &pool, &body, &person.id).await?;
        self.record(
            &mut tx,
            actor,
            Event::CommentEdited {
                comment_id: c.id.clone(),
                person_id: person.id.clone(),
                body,
                mentions,
            },
        )
        .await?;
        let c = comment(&mut tx, comment_id).await?;
        tx.commit().await?;
        Ok(c)
    }

    /// Hides a comment, by its author or an organizer, keeping the reason.
    /// Its words stay in the journal; pages and the API no longer show them.
    pub async fn hide_comment(
        &self,
        actor: &Actor,
        comment_id: &str,
        reason: &str,
    ) -> AppResult<Comment> {
        let person = actor.person()?.clone();
        let reason =
            text::long_text("reason", reason, MAX_HIDE_REASON).map_err(|e| bad("reason", e))?;
        if reason.is_empty() {
            return Err(AppError::invalid(
                "reason",
                say(Msg::new("error-talk-hide-reason")),
            ));
        }
        let mut tx = self.store.write().await?;
        let c = comment(&mut tx, comment_id).await?;
        let pool = pool(&mut tx, &c.pool_id).await?;
        let standing = self.standing(&mut tx, &pool, &person.id).await?;
        discussion::may_hide(&person.id, &c.author_id, standing, c.hidden.is_some())
            .map_err(|why| AppError::Forbidden(why.into()))?;
        self.record(
            &mut tx,
            actor,
            Event::CommentHidden {
                comment_id: c.id.clone(),
                person_id: person.id.clone(),
                reason,
            },
        )
        .await?;
        let c = comment(&mut tx, comment_id).await?;
        tx.commit().await?;
        Ok(visibility::seen_comment(c))
    }

    /// One comment, for whoever may read its pool (a hidden one's words
    /// withheld).
    pub async fn comment(&self, actor: &Actor, comment_id: &str) -> AppResult<CommentView> {
        let mut tx = self.store.read().await?;
        let c = comment(&mut tx, comment_id).await?;
        let pool = pool(&mut tx, &c.pool_id).await?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        let standing = match actor.person_id() {
            Some(p) => self.standing(&mut tx, &pool, p).await?,
            None => None,
        };
        Ok(view(c, actor.person_id(), standing))
    }

    /// A thread as the actor may read it.
    pub async fn thread(&self, actor: &Actor, thread_id: &str) -> AppResult<ThreadView> {
        let mut tx = self.store.read().await?;
        let (pool_id, of, title) = thread_of(&mut tx, thread_id).await?;
        let pool = pool(&mut tx, &pool_id).await?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        let standing = match actor.person_id() {
            Some(p) => self.standing(&mut tx, &pool, p).await?,
            None => None,
        };
        let can_post = discussion::may_post(standing);
        let all = tx.comments_of_thread(thread_id).await?;
        let total = all.len();
        let mut comments: Vec<CommentView> = Vec::new();
        let mut at: BTreeMap<String, usize> = BTreeMap::new();
        for c in all {
            let v = view(c, actor.person_id(), standing);
            match v.comment.parent_id.as_ref().and_then(|p| at.get(p)) {
                Some(&i) => comments[i].replies.push(v),
                None => {
                    at.insert(v.comment.id.clone(), comments.len());
                    comments.push(v);
                }
            }
        }
        // The handles are listed for a pool small enough to read them all
        // on every view; a larger pool's page states the rule instead.
        let listable =
            !pool.is_flood && tx.current_member_count(&pool.id).await? <= HANDLES_LISTED as i64;
        let handles = if can_post && listable {
            let names = self.member_names(&mut tx, &pool).await?;
            let hs = discussion::handles(names.iter().map(|(i, n)| (i.as_str(), n.as_str())));
            let name_of: BTreeMap<&str, &str> = names
                .iter()
                .map(|(i, n)| (i.as_str(), n.as_str()))
                .collect();
            let mut list: Vec<(String, String)> = hs
                .iter()
                .filter(|(_, p)| actor.person_id() != Some(p.as_str()))
                .map(|(h, p)| (h.clone(), name_of[p.as_str()].to_string()))
                .collect();
            list.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
            list
        } else {
            Vec::new()
        };
        Ok(ThreadView {
            thread_id: thread_id.to_string(),
            of,
            title,
            pool,
            comments,
            total,
            can_post,
            handles,
        })
    }

    /// A pool's discussions, most recently written in first, and whether
    /// the reader may start one.
    pub async fn discussions(&self, actor: &Actor, pool_id: &str) -> AppResult<DiscussionList> {
        let mut tx = self.store.read().await?;
        let pool = pool(&mut tx, pool_id).await?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        let standing = match actor.person_id() {
            Some(p) => self.standing(&mut tx, &pool, p).await?,
            None => None,
        };
        Ok(DiscussionList {
            discussions: tx.discussions_of_pool(&pool.id, 200).await?,
            can_post: discussion::may_post(standing),
            pool,
        })
    }

    /// A discussion with its thread.
    pub async fn discussion_view(&self, actor: &Actor, id: &str) -> AppResult<DiscussionView> {
        let discussion = {
            let mut tx = self.store.read().await?;
            tx.discussion(id).await?.ok_or_else(|| {
                AppError::NotFound(say(
                    Msg::new("error-talk-no-discussion").text("id", text::quote(id))
                ))
            })?
        };
        let thread = self.thread(actor, id).await?;
        Ok(DiscussionView { discussion, thread })
    }

    /// The body the actor may post in, refusing anyone who is not an
    /// active member (in a Flood, of a member pool).
    async fn pool_for_posting(
        &self,
        tx: &mut Box<dyn Tx>,
        pool_id: &str,
        person_id: &str,
    ) -> AppResult<Pool> {
        let pool = pool(tx, pool_id).await?;
        let standing = self.standing(tx, &pool, person_id).await?;
        if !discussion::may_post(standing) {
            return Err(AppError::Forbidden(say(Msg::new(if pool.is_flood {
                "error-talk-flood-members-only"
            } else {
                "error-talk-members-only"
            }))));
        }
        Ok(pool)
    }

    /// Everyone who can be mentioned in a body's threads, by id, with their
    /// names: a pool's members not gone (active or pending); in a Flood,
    /// the active members of its member pools. In id order, so handles
    /// stay put as people join.
    async fn member_names(
        &self,
        tx: &mut Box<dyn Tx>,
        pool: &Pool,
    ) -> AppResult<Vec<(String, String)>> {
        let mut names: BTreeMap<String, String> = BTreeMap::new();
        let mut add = |members: Vec<crate::ports::PoolMember>, pending: bool| {
            for m in members {
                if m.status == MemberStatus::Active
                    || (pending && m.status == MemberStatus::Pending)
                {
                    names.insert(m.person_id, m.name);
                }
            }
        };
        if pool.is_flood {
            for fp in tx.flood_pools(&pool.id).await? {
                if fp.status == pools_core::flood::MemberPoolStatus::Member {
                    add(tx.pool_members(&fp.pool_id).await?, false);
                }
            }
        } else {
            add(tx.pool_members(&pool.id).await?, true);
        }
        Ok(names.into_iter().collect())
    }

    /// The people a text mentions, leaving out its author.
    async fn mentions(
        &self,
        tx: &mut Box<dyn Tx>,
        pool: &Pool,
        body: &str,
        author: &str,
    ) -> AppResult<Vec<String>> {
        if discussion::mentioned(body).is_empty() {
            return Ok(Vec::new());
        }
        let names = self.member_names(tx, pool).await?;
        let hs = discussion::handles(names.iter().map(|(i, n)| (i.as_str(), n.as_str())));
        Ok(discussion::resolve(body, &hs)
            .into_iter()
            .filter(|p| p != author)
            .collect())
    }
}

fn comment_body(body: &str) -> AppResult<String> {
    let body = text::long_text("body", body, MAX_COMMENT).map_err(|e| bad("body", e))?;
    if body.is_empty() {
        return Err(AppError::invalid(
            "body",
            say(Msg::new("error-talk-write-something")),
        ));
    }
    Ok(body)
}

fn view(
    c: Comment,
    reader: Option<&str>,
    standing: Option<(pools_core::membership::PoolRole, MemberStatus)>,
) -> CommentView {
    let hidden = c.hidden.is_some();
    let (can_edit, can_hide) = match reader {
        Some(p) => (
            discussion::may_edit(p, &c.author_id, hidden).is_ok(),
            discussion::may_hide(p, &c.author_id, standing, hidden).is_ok(),
        ),
        None => (false, false),
    };
    CommentView {
        comment: visibility::seen_comment(c),
        replies: Vec::new(),
        can_edit,
        can_hide,
    }
}

async fn pool(tx: &mut Box<dyn Tx>, pool_id: &str) -> AppResult<Pool> {
    tx.pool(pool_id)
        .await?
        .ok_or_else(|| crate::error::no_pool(&text::quote(pool_id)))
}

async fn comment(tx: &mut Box<dyn Tx>, comment_id: &str) -> AppResult<Comment> {
    tx.comment(comment_id).await?.ok_or_else(|| {
        AppError::NotFound(say(
            Msg::new("error-talk-no-comment").text("id", text::quote(comment_id))
        ))
    })
}

/// The pool, kind and title of a thread: a decision or a discussion.
async fn thread_of(tx: &mut Box<dyn Tx>, thread_id: &str) -> AppResult<(String, ThreadOf, String)> {
    find_thread(tx, thread_id).await?.ok_or_else(|| {
        AppError::NotFound(say(
            Msg::new("error-talk-no-thread").text("id", text::quote(thread_id))
        ))
    })
}

/// The pool, kind and title of a thread, if there is one: the one lookup
/// the use cases, the notifier and the webhooks share.
pub(crate) async fn find_thread(
    tx: &mut Box<dyn Tx>,
    thread_id: &str,
) -> AppResult<Option<(String, ThreadOf, String)>> {
    if let Some(d) = tx.decision(thread_id).await? {
        return Ok(Some((d.pool_id, ThreadOf::Decision, d.title)));
    }
    Ok(tx
        .discussion(thread_id)
        .await?
        .map(|d| (d.pool_id, ThreadOf::Discussion, d.title)))
}

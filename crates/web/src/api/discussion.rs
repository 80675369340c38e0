//! Discussion over the API: threads (a decision's or a discussion's),
//! comments, edits and hiding, and discussions without a vote.

use super::{ApiResult, Body};
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use pools_app::discussion::{CommentView, ThreadOf, ThreadView};
use pools_app::ports::{Comment, Discussion};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Why and by whom a comment was hidden.
#[derive(Serialize, ToSchema)]
pub struct HiddenDto {
    /// Who hid it.
    pub by: String,
    /// Why.
    pub reason: String,
    /// When (RFC 3339).
    pub at: String,
}

/// One comment. A hidden comment's `body` is empty: its words are kept
/// only in the pool's journal.
#[derive(Serialize, ToSchema)]
pub struct CommentDto {
    pub id: String,
    pub thread_id: String,
    /// The comment it replies to.
    pub parent_id: Option<String>,
    pub author_id: String,
    pub author: String,
    /// Markdown.
    pub body: String,
    pub posted_at: String,
    /// When it was last edited, if ever.
    pub edited_at: Option<String>,
    pub edits: i64,
    pub hidden: Option<HiddenDto>,
    /// Replies, in the order posted (always empty on a reply).
    #[schema(no_recursion)]
    pub replies: Vec<CommentDto>,
    /// Whether the caller may edit it.
    pub can_edit: bool,
    /// Whether the caller may hide it.
    pub can_hide: bool,
}

fn comment_dto(c: Comment, replies: Vec<CommentDto>, can_edit: bool, can_hide: bool) -> CommentDto {
    CommentDto {
        id: c.id,
        thread_id: c.thread_id,
        parent_id: c.parent_id,
        author_id: c.author_id,
        author: c.author_name,
        body: c.body,
        posted_at: c.posted_at,
        edited_at: c.edited_at,
        edits: c.edits,
        hidden: c.hidden.map(|h| HiddenDto {
            by: h.by_name,
            reason: h.reason,
            at: h.at,
        }),
        replies,
        can_edit,
        can_hide,
    }
}

fn view_dto(v: CommentView) -> CommentDto {
    let replies = v.replies.into_iter().map(view_dto).collect();
    comment_dto(v.comment, replies, v.can_edit, v.can_hide)
}

/// A thread: every conversation with its replies.
#[derive(Serialize, ToSchema)]
pub struct ThreadDto {
    pub thread_id: String,
    /// decision or discussion.
    pub of: String,
    pub title: String,
    pub pool_id: String,
    /// Comments that start a conversation, each with its replies.
    pub comments: Vec<CommentDto>,
    /// All comments, replies and hidden ones included.
    pub total: usize,
    /// Whether the caller may post here.
    pub can_post: bool,
    /// Handles the caller can mention (`@handle`), with each name.
    pub handles: Vec<HandleDto>,
}

/// A member's handle for mentions.
#[derive(Serialize, ToSchema)]
pub struct HandleDto {
    pub handle: String,
    pub name: String,
}

fn thread_dto(t: ThreadView) -> ThreadDto {
    ThreadDto {
        of: match t.of {
            ThreadOf::Decision => "decision",
            ThreadOf::Discussion => "discussion",
        }
        .into(),
        thread_id: t.thread_id,
        title: t.title,
        pool_id: t.pool.id,
        comments: t.comments.into_iter().map(view_dto).collect(),
        total: t.total,
        can_post: t.can_post,
        handles: t
            .handles
            .into_iter()
            .map(|(handle, name)| HandleDto { handle, name })
            .collect(),
    }
}

/// A discussion without a vote.
#[derive(Serialize, ToSchema)]
pub struct DiscussionDto {
    pub id: String,
    pub pool_id: String,
    pub author_id: String,
    pub author: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    pub started_at: String,
    pub comments: i64,
    pub last_at: String,
}

impl From<Discussion> for DiscussionDto {
    fn from(d: Discussion) -> Self {
        DiscussionDto {
            id: d.id,
            pool_id: d.pool_id,
            author_id: d.author_id,
            author: d.author_name,
            title: d.title,
            body: d.body,
            started_at: d.started_at,
            comments: d.comments,
            last_at: d.last_at,
        }
    }
}

/// A comment to post.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCommentRequest {
    /// Markdown, at most 10,000 characters. `@handle` mentions a member.
    pub body: String,
    /// To reply: the comment that starts the conversation.
    #[serde(default)]
    pub parent_id: Option<String>,
}

/// A comment's new text.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EditCommentRequest {
    pub body: String,
}

/// Why a comment is hidden.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HideCommentRequest {
    pub reason: String,
}

/// A discussion to start.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDiscussionRequest {
    pub title: String,
    #[serde(default)]
    pub body: String,
}

/// A thread: a decision's (its id is the decision's) or a discussion's.
#[utoipa::path(get, path = "/api/v1/threads/{id}", tag = "discussion",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = ThreadDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn thread(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<ThreadDto>> {
    Ok(Json(thread_dto(s.app.thread(&caller.actor, &id).await?)))
}

/// Post a comment, or a reply to one. Active members only.
#[utoipa::path(post, path = "/api/v1/threads/{id}/comments", tag = "discussion",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = NewCommentRequest,
    responses((status = 201, body = CommentDto), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn post(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<NewCommentRequest>,
) -> ApiResult<(StatusCode, Json<CommentDto>)> {
    let c = s
        .app
        .post_comment(&caller.actor, &id, r.parent_id.as_deref(), &r.body)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(comment_dto(c, vec![], true, true)),
    ))
}

/// Change one's own comment; it shows as edited.
#[utoipa::path(put, path = "/api/v1/comments/{id}", tag = "discussion",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = EditCommentRequest,
    responses((status = 200, body = CommentDto), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn edit(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<EditCommentRequest>,
) -> ApiResult<Json<CommentDto>> {
    s.app.edit_comment(&caller.actor, &id, &r.body).await?;
    Ok(Json(view_dto(s.app.comment(&caller.actor, &id).await?)))
}

/// Hide a comment (its author or an organizer), with the reason kept.
#[utoipa::path(post, path = "/api/v1/comments/{id}/hiding", tag = "discussion",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = HideCommentRequest,
    responses((status = 200, body = CommentDto), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn hide(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<HideCommentRequest>,
) -> ApiResult<Json<CommentDto>> {
    s.app.hide_comment(&caller.actor, &id, &r.reason).await?;
    Ok(Json(view_dto(s.app.comment(&caller.actor, &id).await?)))
}

/// A pool's discussions, most recently written in first.
#[utoipa::path(get, path = "/api/v1/pools/{id}/discussions", tag = "discussion",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<DiscussionDto>), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn list(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<DiscussionDto>>> {
    let v = s.app.discussions(&caller.actor, &id).await?;
    Ok(Json(v.discussions.into_iter().map(Into::into).collect()))
}

/// Start a discussion without a vote. Its id is its thread's.
#[utoipa::path(post, path = "/api/v1/pools/{id}/discussions", tag = "discussion",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = NewDiscussionRequest,
    responses((status = 201, body = DiscussionDto), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn start(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<NewDiscussionRequest>,
) -> ApiResult<(StatusCode, Json<DiscussionDto>)> {
    let d = s
        .app
        .start_discussion(&caller.actor, &id, &r.title, &r.body)
        .await?;
    Ok((StatusCode::CREATED, Json(d.into())))
}

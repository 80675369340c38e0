//! Discussion pages: the thread under every decision, discussions without a
//! vote, and a comment's own page for editing or hiding it. Everything is a
//! plain form: replying opens with `<details>`, so no script is needed.

use super::layout::{FormErrors, Layout};
use super::{redirect_with, render, render_status, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::render::markdown;
use crate::session::Page;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use pools_app::discussion::{CommentView, ThreadOf, ThreadView};
use pools_app::{Actor, AppError};
use pools_i18n::Arg;
use serde::Deserialize;

/// One comment as the page draws it. Times stay as stored (RFC 3339 UTC)
/// and are shown in the reader's language and zone by the methods below, so
/// the decision page can build a thread without knowing who reads it.
pub struct CommentRow {
    pub id: String,
    pub author: String,
    pub posted_at: String,
    /// When it was last edited, if ever, and how many times.
    pub edited_at: Option<String>,
    pub edits: i64,
    pub html: String,
    /// (who hid it, why, when).
    pub hidden: Option<(String, String, String)>,
    pub can_edit: bool,
    pub can_hide: bool,
    pub replies: Vec<CommentRow>,
}

impl CommentRow {
    /// When it was posted.
    pub fn posted(&self, l: &Layout) -> String {
        l.when(&self.posted_at)
    }

    /// "edited 1 Dec 2026, 10:00 (UTC)", and how many times, if ever.
    pub fn edited(&self, l: &Layout) -> Option<String> {
        let at = l.when(self.edited_at.as_deref()?);
        Some(if self.edits > 1 {
            l.locale.ta(
                "comment-edited-times",
                &[("count", Arg::Num(self.edits)), ("when", Arg::Str(&at))],
            )
        } else {
            l.t1("comment-edited", "when", &at)
        })
    }

    /// Who hid it, when and why, as the thread shows it.
    pub fn hidden_line(&self, l: &Layout) -> String {
        let Some((by, why, at)) = &self.hidden else {
            return String::new();
        };
        let at = l.when(at);
        l.ta(
            "thread-hidden",
            &[
                ("name", by.as_str()),
                ("when", at.as_str()),
                ("reason", why.as_str()),
            ],
        )
    }

    /// Who hid it, when and why, as its own page shows it.
    pub fn hidden_note(&self, l: &Layout) -> String {
        let Some((by, why, at)) = &self.hidden else {
            return String::new();
        };
        let at = l.when(at);
        l.ta(
            "comment-hidden",
            &[
                ("name", by.as_str()),
                ("when", at.as_str()),
                ("reason", why.as_str()),
            ],
        )
    }
}

fn row(v: &CommentView) -> CommentRow {
    let c = &v.comment;
    CommentRow {
        id: c.id.clone(),
        author: c.author_name.clone(),
        posted_at: c.posted_at.clone(),
        edited_at: c.edited_at.clone(),
        edits: c.edits,
        html: markdown(&c.body),
        hidden: c
            .hidden
            .as_ref()
            .map(|h| (h.by_name.clone(), h.reason.clone(), h.at.clone())),
        can_edit: v.can_edit,
        can_hide: v.can_hide,
        replies: v.replies.iter().map(row).collect(),
    }
}

/// The thread as a page draws it, with what the reader just typed when a
/// post was refused.
pub struct ThreadBlock {
    pub thread_id: String,
    pub total: usize,
    pub can_post: bool,
    /// "@ana-okafor (Ana Okafor), …", the handles the reader can mention.
    pub handles: String,
    pub comments: Vec<CommentRow>,
    /// The refused text and, for a reply, what it answered.
    pub body: String,
    pub parent_id: String,
    pub errors: FormErrors,
}

impl ThreadBlock {
    /// The block for a thread as the reader sees it.
    pub fn new(t: &ThreadView) -> ThreadBlock {
        ThreadBlock {
            thread_id: t.thread_id.clone(),
            total: t.total,
            can_post: t.can_post,
            handles: t
                .handles
                .iter()
                .map(|(h, n)| format!("@{h} ({n})"))
                .collect::<Vec<_>>()
                .join(", "),
            comments: t.comments.iter().map(row).collect(),
            body: String::new(),
            parent_id: String::new(),
            errors: FormErrors::none(),
        }
    }
}

#[derive(Template)]
#[template(path = "discussions.html")]
struct ListPage {
    l: Layout,
    errors: FormErrors,
    pool_id: String,
    pool_name: String,
    can_post: bool,
    /// (id, title, started by, comments, last written in).
    discussions: Vec<(String, String, String, i64, String)>,
    title: String,
    body: String,
}

async fn list_page(
    s: &AppState,
    page: &Page,
    pool_id: &str,
    errors: FormErrors,
    title: String,
    body: String,
) -> Result<ListPage, PageError> {
    let v = s.app.discussions(&page.actor, pool_id).await?;
    Ok(ListPage {
        l: Layout::new(
            page,
            page.ta("discussion-list-title", &[("pool", Arg::Str(&v.pool.name))]),
        ),
        errors,
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        can_post: v.can_post,
        discussions: v
            .discussions
            .into_iter()
            .map(|d| {
                let last = page.when(&d.last_at);
                (d.id, d.title, d.author_name, d.comments, last)
            })
            .collect(),
        title,
        body,
    })
}

pub async fn list(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/discussions")));
    }
    render(
        &list_page(
            &s,
            &page,
            &id,
            FormErrors::none(),
            String::new(),
            String::new(),
        )
        .await?,
    )
}

#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

pub async fn start(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<StartForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s
        .app
        .start_discussion(&page.actor, &id, &f.title, &f.body)
        .await
    {
        Ok(d) => Ok(redirect_with(
            &s,
            &format!("/t/{}", d.id),
            &page.t("discussion-started"),
        )),
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &list_page(&s, &page, &id, FormErrors(e), f.title, f.body).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "discussion.html")]
struct DiscussionPage {
    l: Layout,
    pool_id: String,
    pool_name: String,
    title: String,
    author: String,
    started: String,
    body_html: String,
    thread: ThreadBlock,
}

async fn discussion_page(s: &AppState, page: &Page, id: &str) -> Result<DiscussionPage, PageError> {
    let v = s.app.discussion_view(&page.actor, id).await?;
    Ok(DiscussionPage {
        l: Layout::new(page, v.discussion.title.clone()),
        pool_id: v.thread.pool.id.clone(),
        pool_name: v.thread.pool.name.clone(),
        title: v.discussion.title.clone(),
        author: v.discussion.author_name.clone(),
        started: page.when(&v.discussion.started_at),
        body_html: markdown(&v.discussion.body),
        thread: ThreadBlock::new(&v.thread),
    })
}

pub async fn show(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/t/{id}")));
    }
    render(&discussion_page(&s, &page, &id).await?)
}

#[derive(Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    parent_id: String,
}

pub async fn post(
    State(s): State<AppState>,
    page: Page,
    Path(thread_id): Path<String>,
    Form(f): Form<CommentForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in("/"));
    }
    let parent = Some(f.parent_id.as_str()).filter(|p| !p.trim().is_empty());
    match s
        .app
        .post_comment(&page.actor, &thread_id, parent, &f.body)
        .await
    {
        Ok(c) => {
            let t = s.app.thread(&page.actor, &thread_id).await?;
            Ok(redirect_with(
                &s,
                &format!("{}#c-{}", t.of.path(&thread_id), c.id),
                &page.t("comment-posted"),
            ))
        }
        Err(AppError::Invalid(e)) => {
            let t = s.app.thread(&page.actor, &thread_id).await?;
            let mut block = ThreadBlock::new(&t);
            block.body = f.body;
            // A refused reply is kept in its conversation's reply form,
            // even when it answered a reply.
            block.parent_id = t
                .comments
                .iter()
                .find(|c| {
                    c.comment.id == f.parent_id
                        || c.replies.iter().any(|r| r.comment.id == f.parent_id)
                })
                .map(|c| c.comment.id.clone())
                .unwrap_or_default();
            block.errors = FormErrors(e);
            match t.of {
                ThreadOf::Decision => {
                    super::decisions::render_with_thread(&s, &page, &thread_id, block).await
                }
                ThreadOf::Discussion => {
                    let mut p = discussion_page(&s, &page, &thread_id).await?;
                    p.thread = block;
                    render_status(StatusCode::UNPROCESSABLE_ENTITY, &p)
                }
            }
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "comment.html")]
struct CommentPage {
    l: Layout,
    errors: FormErrors,
    back: String,
    c: CommentRow,
    body: String,
    reason: String,
}

async fn comment_page(
    s: &AppState,
    page: &Page,
    id: &str,
    errors: FormErrors,
    body: Option<String>,
    reason: String,
) -> Result<CommentPage, PageError> {
    let v = s.app.comment(&page.actor, id).await?;
    let t = s.app.thread(&page.actor, &v.comment.thread_id).await?;
    Ok(CommentPage {
        l: Layout::new(
            page,
            page.ta(
                "comment-title",
                &[("name", Arg::Str(&v.comment.author_name))],
            ),
        ),
        errors,
        back: format!("{}#c-{id}", t.of.path(&t.thread_id)),
        body: body.unwrap_or_else(|| v.comment.body.clone()),
        c: row(&v),
        reason,
    })
}

pub async fn comment(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/c/{id}")));
    }
    render(&comment_page(&s, &page, &id, FormErrors::none(), None, String::new()).await?)
}

#[derive(Deserialize)]
pub struct EditForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    body: String,
}

pub async fn edit(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<EditForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s.app.edit_comment(&page.actor, &id, &f.body).await {
        Ok(c) => {
            let t = s.app.thread(&page.actor, &c.thread_id).await?;
            Ok(redirect_with(
                &s,
                &format!("{}#c-{id}", t.of.path(&c.thread_id)),
                &page.t("comment-changed"),
            ))
        }
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &comment_page(&s, &page, &id, FormErrors(e), Some(f.body), String::new()).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct HideForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    reason: String,
}

pub async fn hide(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<HideForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s.app.hide_comment(&page.actor, &id, &f.reason).await {
        Ok(c) => {
            let t = s.app.thread(&page.actor, &c.thread_id).await?;
            Ok(redirect_with(
                &s,
                &format!("{}#c-{id}", t.of.path(&c.thread_id)),
                &page.t("comment-hidden-now"),
            ))
        }
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &comment_page(&s, &page, &id, FormErrors(e), None, f.reason).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

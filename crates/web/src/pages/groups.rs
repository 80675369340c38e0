//! Group pages: create, view, join, import from Meetup, invite links.

use super::CsrfForm;
use super::layout::{FormErrors, Layout};
use super::{redirect_with, render, render_status, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::session::Page;
use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use pools_app::ports::{Group, Pool};
use pools_app::{Actor, AppError};
use pools_core::membership::GroupRole;
use pools_i18n::{Arg, Locale};
use serde::Deserialize;

/// A message as HTML whose arguments are links: each link's words are a
/// message of their own, escaped, so a translation can put the links where
/// its grammar wants them.
fn with_links(l: Locale, id: &str, links: &[(&str, &str, &str)]) -> String {
    let html: Vec<String> = links
        .iter()
        .map(|(_, href, words)| {
            format!(
                "<a href=\"{}\">{}</a>",
                crate::render::escape(href),
                crate::render::escape(&l.t(words))
            )
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = links
        .iter()
        .zip(&html)
        .map(|((k, _, _), h)| (*k, Arg::Str(h.as_str())))
        .collect();
    l.ta(id, &args)
}

#[derive(Template)]
#[template(path = "group_new.html")]
struct NewGroup {
    l: Layout,
    errors: FormErrors,
    name: String,
    slug: String,
    description: String,
}

#[derive(Deserialize)]
pub struct NewGroupForm {
    csrf: String,
    name: String,
    #[serde(default)]
    slug: String,
    #[serde(default)]
    description: String,
}

pub async fn new_form(page: Page) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in("/groups/new"));
    }
    render(&NewGroup {
        l: Layout::new(&page, page.t("group-new-title")),
        errors: FormErrors::none(),
        name: String::new(),
        slug: String::new(),
        description: String::new(),
    })
}

pub async fn create(
    State(s): State<AppState>,
    page: Page,
    Form(f): Form<NewGroupForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s
        .app
        .create_group(&page.actor, &f.name, Some(&f.slug), &f.description)
        .await
    {
        Ok(g) => Ok(redirect_with(
            &s,
            &format!("/g/{}", g.slug),
            &page.ta("group-created", &[("group", Arg::Str(&g.name))]),
        )),
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &NewGroup {
                l: Layout::new(&page, page.t("group-new-title")),
                errors: FormErrors(e),
                name: f.name,
                slug: f.slug,
                description: f.description,
            },
        ),
        Err(e) => Err(e.into()),
    }
}

struct MemberRow {
    name: String,
    /// The message key of the role's name.
    role_key: &'static str,
    meetup_role: Option<String>,
    claimed: bool,
    joined_on: String,
    answers: Vec<(String, String)>,
}

struct PoolLink {
    id: String,
    name: String,
    /// The message key of the pool's status.
    status_key: &'static str,
}

impl From<Pool> for PoolLink {
    fn from(p: Pool) -> Self {
        PoolLink {
            id: p.id,
            name: p.name,
            status_key: match p.status {
                pools_core::membership::PoolStatus::Draft => "pool-status-draft",
                pools_core::membership::PoolStatus::Open => "pool-status-open",
            },
        }
    }
}

#[derive(Template)]
#[template(path = "group.html")]
struct GroupPage {
    l: Layout,
    group: Group,
    member_count: i64,
    /// The message key of what the viewer is here.
    my_role: Option<&'static str>,
    is_member: bool,
    is_organizer: bool,
    signed_in: bool,
    pool: Option<PoolLink>,
    members: Vec<MemberRow>,
    invite_count: i64,
    /// "Sign in or create an account to join.", with its links.
    sign_in_html: String,
}

pub async fn show(
    State(s): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let v = s.app.group_view(&page.actor, &slug).await?;
    let is_organizer = v.is_organizer();
    let sign_in_html = with_links(
        page.locale,
        "group-sign-in-to-join",
        &[
            (
                "signin",
                &format!("/signin?next=/g/{}", v.group.slug),
                "group-sign-in-link",
            ),
            (
                "signup",
                &format!("/signup?next=/g/{}", v.group.slug),
                "group-sign-up-link",
            ),
        ],
    );
    render(&GroupPage {
        l: Layout::new(&page, v.group.name.clone()),
        sign_in_html,
        member_count: v.member_count as i64,
        my_role: v.me.as_ref().map(|m| match m.role {
            GroupRole::Organizer => "group-you-are-organizer",
            GroupRole::Member => "group-you-are-member",
        }),
        is_member: v.me.is_some(),
        is_organizer,
        signed_in: !matches!(page.actor, Actor::Anonymous),
        pool: v.pool.map(PoolLink::from),
        invite_count: v.unclaimed as i64,
        members: v
            .members
            .into_iter()
            .map(|m| MemberRow {
                role_key: match m.role {
                    GroupRole::Organizer => "role-organizer",
                    GroupRole::Member => "role-member",
                },
                claimed: m.person_id.is_some(),
                joined_on: m.joined_on.unwrap_or_default(),
                meetup_role: m.meetup_role,
                answers: m.answers,
                name: m.name,
            })
            .collect(),
        group: v.group,
    })
}

pub async fn join(
    State(s): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/g/{slug}")));
    }
    s.app.join_group(&page.actor, &slug).await?;
    Ok(redirect_with(
        &s,
        &format!("/g/{slug}"),
        &page.t("group-joined"),
    ))
}

/// An upload that could not be read, said in the reader's language.
fn unreadable(page: &Page, e: impl std::fmt::Display) -> AppError {
    AppError::invalid(
        "file",
        page.ta(
            "group-upload-unreadable",
            &[("error", Arg::Str(&e.to_string()))],
        ),
    )
}

pub async fn import(
    State(s): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
    mut form: Multipart,
) -> Result<Response, PageError> {
    let mut csrf = String::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = form.next_field().await.map_err(|e| unreadable(&page, e))? {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("file") => {
                let name = field.file_name().unwrap_or("upload.csv").to_string();
                let bytes = field.bytes().await.map_err(|e| unreadable(&page, e))?;
                file = Some((name, bytes.to_vec()));
            }
            _ => {}
        }
    }
    page.check_csrf(&csrf)?;
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Err(AppError::invalid("file", page.t("group-upload-choose")).into());
    };
    let summary = s
        .app
        .import_meetup(&page.actor, &slug, &name, &bytes, None)
        .await?;
    Ok(redirect_with(
        &s,
        &format!("/g/{slug}"),
        &page.ta(
            "group-imported",
            &[
                ("members", Arg::Num(summary.members as i64)),
                ("file", Arg::Str(&name)),
                ("created", Arg::Num(summary.created as i64)),
                ("updated", Arg::Num(summary.updated as i64)),
            ],
        ),
    ))
}

#[derive(Template)]
#[template(path = "invite.html")]
struct InvitePage {
    l: Layout,
    group_name: String,
    slug: String,
    member_name: String,
    claimed: bool,
    claimed_by_me: bool,
    signed_in: bool,
    action: String,
}

pub async fn invite(
    State(s): State<AppState>,
    page: Page,
    Path((member, token)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (group, m) = s.app.invite(&member, &token).await?;
    render(&InvitePage {
        l: Layout::new(
            &page,
            page.ta("group-invite-title", &[("group", Arg::Str(&group.name))]),
        ),
        claimed_by_me: m.person_id.is_some() && m.person_id.as_deref() == page.actor.person_id(),
        claimed: m.person_id.is_some(),
        signed_in: !matches!(page.actor, Actor::Anonymous),
        action: format!("/invite/{member}/{token}"),
        group_name: group.name,
        slug: group.slug,
        member_name: m.name,
    })
}

pub async fn claim(
    State(s): State<AppState>,
    page: Page,
    Path((member, token)): Path<(String, String)>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/invite/{member}/{token}")));
    }
    let group = s.app.claim_invite(&page.actor, &member, &token).await?;
    Ok(redirect_with(
        &s,
        &format!("/g/{}", group.slug),
        &page.ta("group-claimed", &[("group", Arg::Str(&group.name))]),
    ))
}

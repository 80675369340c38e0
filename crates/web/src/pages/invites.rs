//! The invites page: each imported member's link and address, who was
//! invited, who opened their link and who claimed their place; adding
//! addresses one at a time or from a list, and sending the invites.

use super::layout::{FormErrors, Layout};
use super::{redirect_with, render_status, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::session::Page;
use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use pools_app::groups::Invite;
use pools_app::ports::Group;
use pools_app::{Actor, AppError};
use pools_i18n::Arg;
use serde::Deserialize;

/// A Unix-ms time in the reader's language and zone.
fn at(page: &Page, ms: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    page.when(&pools_core::journal::format_time(t))
}

/// One row of the table.
struct Row {
    i: Invite,
    status: String,
    can_send: bool,
}

fn row(page: &Page, i: Invite) -> Row {
    let status = if i.claimed {
        page.t("invite-status-claimed")
    } else if let Some(o) = i.opened_ms {
        page.ta("invite-status-opened", &[("when", Arg::Str(&at(page, o)))])
    } else if let Some(s) = i.last_sent_ms {
        let when = at(page, s);
        if i.sent > 1 {
            page.ta(
                "invite-status-invited-times",
                &[("when", Arg::Str(&when)), ("count", Arg::Num(i.sent))],
            )
        } else {
            page.ta("invite-status-invited", &[("when", Arg::Str(&when))])
        }
    } else if i.email.is_some() {
        page.t("invite-status-not-invited")
    } else {
        page.t("invite-status-no-address")
    };
    Row {
        can_send: !i.claimed && i.email.is_some(),
        status,
        i,
    }
}

#[derive(Template)]
#[template(path = "invites.html")]
struct InvitesPage {
    l: Layout,
    errors: FormErrors,
    group: Group,
    rows: Vec<Row>,
    claimed: i64,
    total: i64,
    unsent: i64,
}

async fn page_of(
    s: &AppState,
    page: &Page,
    slug: &str,
    errors: FormErrors,
) -> Result<InvitesPage, PageError> {
    let v = s.app.invites(&page.actor, slug).await?;
    let rows: Vec<Row> = v.invites.into_iter().map(|i| row(page, i)).collect();
    Ok(InvitesPage {
        l: Layout::new(
            page,
            page.ta("invite-list-title", &[("group", Arg::Str(&v.group.name))]),
        ),
        errors,
        claimed: rows.iter().filter(|r| r.i.claimed).count() as i64,
        total: rows.len() as i64,
        unsent: rows.iter().filter(|r| r.can_send && r.i.sent == 0).count() as i64,
        group: v.group,
        rows,
    })
}

pub async fn show(
    State(s): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/g/{slug}/invites")));
    }
    render_status(
        StatusCode::OK,
        &page_of(&s, &page, &slug, FormErrors::none()).await?,
    )
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

pub async fn set_email(
    State(s): State<AppState>,
    page: Page,
    Path((slug, member)): Path<(String, String)>,
    Form(f): Form<EmailForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s
        .app
        .set_invite_email(&page.actor, &slug, &member, &f.email)
        .await
    {
        Ok(()) => Ok(redirect_with(
            &s,
            &format!("/g/{slug}/invites#m-{member}"),
            &page.t(if f.email.trim().is_empty() {
                "invite-address-removed"
            } else {
                "invite-address-kept"
            }),
        )),
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page_of(&s, &page, &slug, FormErrors(e)).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

pub async fn upload(
    State(s): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
    mut form: Multipart,
) -> Result<Response, PageError> {
    let mut csrf = String::new();
    let mut bytes = Vec::new();
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        AppError::invalid(
            "file",
            page.ta(
                "invite-upload-unreadable",
                &[("reason", Arg::Str(&e.to_string()))],
            ),
        )
    };
    while let Some(field) = form.next_field().await.map_err(unreadable)? {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("file") => bytes = field.bytes().await.map_err(unreadable)?.to_vec(),
            _ => {}
        }
    }
    page.check_csrf(&csrf)?;
    let result = if bytes.is_empty() {
        Err(AppError::invalid("file", page.t("invite-upload-none")))
    } else {
        s.app.add_invite_emails(&page.actor, &slug, &bytes).await
    };
    match result {
        Ok(a) => Ok(redirect_with(
            &s,
            &format!("/g/{slug}/invites"),
            &if a.already_claimed > 0 {
                page.ta(
                    "invite-kept-claimed",
                    &[
                        ("added", Arg::Num(a.added as i64)),
                        ("claimed", Arg::Num(a.already_claimed as i64)),
                    ],
                )
            } else {
                page.ta("invite-kept", &[("added", Arg::Num(a.added as i64))])
            },
        )),
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page_of(&s, &page, &slug, FormErrors(e)).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct SendForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    member_id: String,
}

pub async fn send(
    State(s): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
    Form(f): Form<SendForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let one = Some(f.member_id.as_str()).filter(|m| !m.is_empty());
    let r = s.app.send_invites(&page.actor, &slug, one).await?;
    let mut message = page.ta("invite-sent", &[("count", Arg::Num(r.sent as i64))]);
    for (name, why) in &r.skipped {
        message.push(' ');
        message.push_str(&page.ta(
            "invite-not-sent",
            &[("name", Arg::Str(name)), ("reason", Arg::Str(why))],
        ));
    }
    Ok(redirect_with(
        &s,
        &format!(
            "/g/{slug}/invites{}",
            one.map(|m| format!("#m-{m}")).unwrap_or_default()
        ),
        &message,
    ))
}

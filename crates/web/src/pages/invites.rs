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
use serde::Deserialize;

/// A Unix-ms time as the pages show times.
fn at(ms: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    super::decisions::when(&pools_core::journal::format_time(t))
}

/// One row of the table.
struct Row {
    i: Invite,
    status: String,
    can_send: bool,
}

fn row(i: Invite) -> Row {
    let status = if i.claimed {
        "Claimed their place".to_string()
    } else if let Some(o) = i.opened_ms {
        format!("Opened their link {}", at(o))
    } else if let Some(s) = i.last_sent_ms {
        format!(
            "Invited {}{}",
            at(s),
            if i.sent > 1 {
                format!(" ({} times)", i.sent)
            } else {
                String::new()
            }
        )
    } else if i.email.is_some() {
        "Not invited yet".to_string()
    } else {
        "No address: send the link yourself, or add one".to_string()
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
    claimed: usize,
    unsent: usize,
}

async fn page_of(
    s: &AppState,
    page: &Page,
    slug: &str,
    errors: FormErrors,
) -> Result<InvitesPage, PageError> {
    let v = s.app.invites(&page.actor, slug).await?;
    let rows: Vec<Row> = v.invites.into_iter().map(row).collect();
    Ok(InvitesPage {
        l: Layout::new(page, format!("Invites for {}", v.group.name)),
        errors,
        claimed: rows.iter().filter(|r| r.i.claimed).count(),
        unsent: rows.iter().filter(|r| r.can_send && r.i.sent == 0).count(),
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
            if f.email.trim().is_empty() {
                "The address is removed."
            } else {
                "The address is kept. Send the invite when you are ready."
            },
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
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| AppError::invalid("file", format!("the upload could not be read: {e}")))?
    {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("file") => {
                bytes = field
                    .bytes()
                    .await
                    .map_err(|e| {
                        AppError::invalid("file", format!("the upload could not be read: {e}"))
                    })?
                    .to_vec()
            }
            _ => {}
        }
    }
    page.check_csrf(&csrf)?;
    let result = if bytes.is_empty() {
        Err(AppError::invalid(
            "file",
            "choose a CSV file with Name, URL of Member Profile and Email columns, then press Add",
        ))
    } else {
        s.app.add_invite_emails(&page.actor, &slug, &bytes).await
    };
    match result {
        Ok(a) => Ok(redirect_with(
            &s,
            &format!("/g/{slug}/invites"),
            &format!(
                "Kept {} address{}{}. Nothing is sent until you press Send.",
                a.added,
                if a.added == 1 { "" } else { "es" },
                if a.already_claimed > 0 {
                    format!(
                        "; {} member{} had claimed their place already",
                        a.already_claimed,
                        if a.already_claimed == 1 { "" } else { "s" }
                    )
                } else {
                    String::new()
                }
            ),
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
    let mut message = format!(
        "{} invite{} on {} way.",
        r.sent,
        if r.sent == 1 { " is" } else { "s are" },
        if r.sent == 1 { "its" } else { "their" }
    );
    for (name, why) in &r.skipped {
        message.push_str(&format!(" Not sent to {name}: {why}."));
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

//! Calendars: `.ics` files for a decision and a round, the private feed a
//! calendar program subscribes to (no session: the link is the authority),
//! and the page where a person gets, replaces or turns off their link.

use super::layout::Layout;
use super::{CsrfForm, redirect_with, render, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::session::Page;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use pools_app::Actor;
use pools_app::calendar::CalendarFile;

/// A calendar file as a download.
pub fn ics_download(f: CalendarFile) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", f.name),
            ),
        ],
        f.text,
    )
        .into_response()
}

pub async fn decision(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/d/{id}")));
    }
    Ok(ics_download(
        s.app.decision_calendar(&page.actor, &id).await?,
    ))
}

pub async fn round(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/r/{id}")));
    }
    Ok(ics_download(s.app.round_calendar(&page.actor, &id).await?))
}

/// `GET /calendar/{person}/{token}.ics`, for calendar programs.
pub async fn feed(
    State(s): State<AppState>,
    Path((person, file)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let token = file.strip_suffix(".ics").unwrap_or(&file);
    let text = s.app.calendar_feed(&person, token).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, max-age=300"),
        ],
        text,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "calendar.html")]
struct CalendarPage {
    l: Layout,
    link: Option<String>,
}

pub async fn show(State(s): State<AppState>, page: Page) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in("/calendar"));
    }
    render(&CalendarPage {
        l: Layout::new(&page, page.t("calendar-title")),
        link: s.app.calendar_link(&page.actor).await?,
    })
}

pub async fn renew(
    State(s): State<AppState>,
    page: Page,
    Form(f): Form<CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    s.app.new_calendar_link(&page.actor).await?;
    Ok(redirect_with(&s, "/calendar", &page.t("calendar-renewed")))
}

pub async fn off(
    State(s): State<AppState>,
    page: Page,
    Form(f): Form<CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    s.app.revoke_calendar_link(&page.actor).await?;
    Ok(redirect_with(
        &s,
        "/calendar",
        &page.t("calendar-turned-off"),
    ))
}

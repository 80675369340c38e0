//! Calendars over the API: the caller's private feed link, and the `.ics`
//! files of a decision and a round.

use super::ApiResult;
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;
use utoipa::ToSchema;

/// The caller's private calendar feed.
#[derive(Serialize, ToSchema)]
pub struct CalendarLinkDto {
    /// The feed's address, to subscribe to; null while it is off.
    pub url: Option<String>,
}

/// The caller's calendar link, if it is on.
#[utoipa::path(get, path = "/api/v1/me/calendar", tag = "calendar",
    security(("bearer" = [])),
    responses((status = 200, body = CalendarLinkDto), (status = 401, body = Problem)))]
pub async fn show(
    State(s): State<AppState>,
    caller: ApiCaller,
) -> ApiResult<Json<CalendarLinkDto>> {
    Ok(Json(CalendarLinkDto {
        url: s.app.calendar_link(&caller.actor).await?,
    }))
}

/// A new calendar link for the caller; any earlier link stops working.
#[utoipa::path(post, path = "/api/v1/me/calendar", tag = "calendar",
    security(("bearer" = [])),
    responses((status = 201, body = CalendarLinkDto), (status = 401, body = Problem)))]
pub async fn renew(
    State(s): State<AppState>,
    caller: ApiCaller,
) -> ApiResult<(StatusCode, Json<CalendarLinkDto>)> {
    let url = s.app.new_calendar_link(&caller.actor).await?;
    Ok((
        StatusCode::CREATED,
        Json(CalendarLinkDto { url: Some(url) }),
    ))
}

/// Turns the caller's calendar link off.
#[utoipa::path(delete, path = "/api/v1/me/calendar", tag = "calendar",
    security(("bearer" = [])),
    responses((status = 204), (status = 401, body = Problem)))]
pub async fn off(State(s): State<AppState>, caller: ApiCaller) -> ApiResult<StatusCode> {
    s.app.revoke_calendar_link(&caller.actor).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A decision's closing as an iCalendar file (RFC 5545, UTC, with a
/// reminder a day before).
#[utoipa::path(get, path = "/api/v1/decisions/{id}/calendar.ics", tag = "calendar",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn decision(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    Ok(crate::pages::ics_download(
        s.app.decision_calendar(&caller.actor, &id).await?,
    ))
}

/// A budgeting round's two deadlines as an iCalendar file.
#[utoipa::path(get, path = "/api/v1/rounds/{id}/calendar.ics", tag = "calendar",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn round(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    Ok(crate::pages::ics_download(
        s.app.round_calendar(&caller.actor, &id).await?,
    ))
}

//! Notification choices over the API.

use super::{ApiResult, Body};
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::{Path, State};
use pools_app::notify::parse_choice;
use pools_core::notify::{Delivery, NotificationKind};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// How the caller hears of one kind of thing from one pool.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NotificationChoiceDto {
    /// decision_opened, closing_soon, decision_result, money_recorded,
    /// round_opened, payout_paid, signature_needed, round_closing,
    /// flood_decision or mentioned.
    pub kind: String,
    /// immediately, digest or off.
    pub delivery: String,
    /// What the kind is, in words (ignored when sent).
    #[serde(default, skip_deserializing)]
    pub label: String,
}

fn dto(kind: NotificationKind, delivery: Delivery) -> NotificationChoiceDto {
    NotificationChoiceDto {
        kind: kind.as_str().into(),
        delivery: delivery.as_str().into(),
        label: kind.label().into(),
    }
}

/// The caller's notification choices for a pool: every kind, at once unless changed.
#[utoipa::path(get, path = "/api/v1/pools/{id}/notifications", tag = "notifications",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<NotificationChoiceDto>), (status = 403, body = Problem)))]
pub async fn show(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<NotificationChoiceDto>>> {
    let v = s.app.notification_settings(&caller.actor, &id).await?;
    Ok(Json(
        v.choices.into_iter().map(|(k, d)| dto(k, d)).collect(),
    ))
}

/// Changes some of the caller's choices for a pool; the rest stay.
#[utoipa::path(put, path = "/api/v1/pools/{id}/notifications", tag = "notifications",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = Vec<NotificationChoiceDto>,
    responses((status = 200, body = Vec<NotificationChoiceDto>), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn save(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(choices): Body<Vec<NotificationChoiceDto>>,
) -> ApiResult<Json<Vec<NotificationChoiceDto>>> {
    let chosen = choices
        .iter()
        .map(|c| parse_choice(&c.kind, &c.delivery))
        .collect::<Result<Vec<_>, _>>()?;
    s.app.set_notifications(&caller.actor, &id, &chosen).await?;
    let v = s.app.notification_settings(&caller.actor, &id).await?;
    Ok(Json(
        v.choices.into_iter().map(|(k, d)| dto(k, d)).collect(),
    ))
}

//! Webhooks over the API: a pool's endpoints, their delivery log, adding,
//! removing and testing one. Organizers only.

use super::{ApiResult, Body};
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use pools_app::AppError;
use pools_app::ports::{HookDelivery, Webhook};
use pools_app::webhooks::NewWebhook;
use pools_core::webhook::{HookEvent, HookFormat};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An endpoint.
#[derive(Serialize, ToSchema)]
pub struct WebhookDto {
    pub id: String,
    pub url: String,
    /// json, slack or discord.
    pub format: String,
    /// What it hears of.
    pub events: Vec<String>,
    /// The key its deliveries are signed with (`Pools-Signature`).
    pub secret: String,
    pub created_at: String,
}

impl From<Webhook> for WebhookDto {
    fn from(w: Webhook) -> Self {
        WebhookDto {
            id: w.id,
            url: w.url,
            format: w.format.as_str().into(),
            events: w.events.iter().map(|e| e.as_str().to_string()).collect(),
            secret: w.secret,
            created_at: w.created_at,
        }
    }
}

/// One delivery.
#[derive(Serialize, ToSchema)]
pub struct HookDeliveryDto {
    pub id: String,
    pub webhook_id: String,
    pub event: String,
    /// queued, sending, sent or failed.
    pub status: String,
    pub attempts: i64,
    /// The endpoint's last HTTP status, if it answered.
    pub last_status: Option<i64>,
    pub last_error: String,
    /// The body as sent.
    pub body: String,
}

impl From<HookDelivery> for HookDeliveryDto {
    fn from(d: HookDelivery) -> Self {
        HookDeliveryDto {
            id: d.id,
            webhook_id: d.webhook_id,
            event: d.event.as_str().into(),
            status: d.status.as_str().into(),
            attempts: d.attempts,
            last_status: d.last_status,
            last_error: d.last_error,
            body: d.body,
        }
    }
}

/// A pool's endpoints and its latest deliveries.
#[derive(Serialize, ToSchema)]
pub struct WebhooksDto {
    pub webhooks: Vec<WebhookDto>,
    /// The latest 50, newest first.
    pub deliveries: Vec<HookDeliveryDto>,
}

/// An endpoint to add.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhookRequest {
    /// An https:// address.
    pub url: String,
    /// json (the default), slack or discord.
    #[serde(default)]
    pub format: Option<String>,
    /// What it hears of: decision_opened, decision_closed, money_received,
    /// payout_paid, round_opened, round_closed, member_joined,
    /// discussion_started, comment_posted.
    pub events: Vec<String>,
}

/// A pool's webhooks and delivery log.
#[utoipa::path(get, path = "/api/v1/pools/{id}/webhooks", tag = "webhooks",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = WebhooksDto), (status = 403, body = Problem)))]
pub async fn list(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<WebhooksDto>> {
    let v = s.app.webhooks(&caller.actor, &id).await?;
    Ok(Json(WebhooksDto {
        webhooks: v.hooks.into_iter().map(Into::into).collect(),
        deliveries: v.deliveries.into_iter().map(Into::into).collect(),
    }))
}

/// Add a webhook; the answer carries its signing secret.
#[utoipa::path(post, path = "/api/v1/pools/{id}/webhooks", tag = "webhooks",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = NewWebhookRequest,
    responses((status = 201, body = WebhookDto), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn add(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<NewWebhookRequest>,
) -> ApiResult<(StatusCode, Json<WebhookDto>)> {
    let format = match r.format.as_deref().map(str::trim) {
        None | Some("") => HookFormat::Json,
        Some(f) => HookFormat::parse(f).ok_or_else(|| {
            AppError::invalid("format", format!("choose {}", HookFormat::choices()))
        })?,
    };
    let events = r
        .events
        .iter()
        .map(|e| {
            HookEvent::parse(e.trim()).ok_or_else(|| {
                AppError::invalid(
                    "events",
                    format!(
                        "\"{}\" is not something a webhook hears of: choose from {}",
                        pools_core::text::quote(e),
                        HookEvent::choices()
                    ),
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let w = s
        .app
        .add_webhook(
            &caller.actor,
            &id,
            NewWebhook {
                url: r.url,
                format,
                events,
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(w.into())))
}

/// Remove a webhook; nothing more is sent to it.
#[utoipa::path(delete, path = "/api/v1/webhooks/{id}", tag = "webhooks",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn remove(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    s.app.remove_webhook(&caller.actor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Queue a test delivery (event `ping`).
#[utoipa::path(post, path = "/api/v1/webhooks/{id}/pings", tag = "webhooks",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 202), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn ping(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    s.app.ping_webhook(&caller.actor, &id).await?;
    Ok(StatusCode::ACCEPTED)
}

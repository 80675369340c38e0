//! Pools over the API.

use super::{
    ApiResult, Body, CreatePoolRequest, DraftRequest, JoinRequest, PoolDto, PoolMemberDto,
    PoolViewDto, RoleRequest, TimeZoneRequest,
};
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

/// Turn a group into a pool with the default rules. Group organizers only.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/pool", tag = "pools",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    request_body = CreatePoolRequest,
    responses((status = 201, body = PoolDto), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(slug): Path<String>,
    Body(r): Body<CreatePoolRequest>,
) -> ApiResult<(StatusCode, Json<PoolDto>)> {
    let p = s
        .app
        .create_pool(
            &caller.actor,
            &slug,
            r.name.as_deref(),
            r.currency.as_deref().unwrap_or("USD"),
            r.accept_commitment,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(p.into())))
}

/// A pool, its rules in plain words, and what the caller may do.
#[utoipa::path(get, path = "/api/v1/pools/{id}", tag = "pools",
    params(("id" = String, Path)),
    responses((status = 200, body = PoolViewDto), (status = 404, body = Problem)))]
pub async fn show(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<PoolViewDto>> {
    Ok(Json(s.app.pool_view(&caller.actor, &id).await?.into()))
}

/// Replace a draft pool's rules and commitment. Organizers only, and only
/// before the pool opens. Unknown rule fields are refused.
#[utoipa::path(put, path = "/api/v1/pools/{id}/draft", tag = "pools",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = DraftRequest,
    responses((status = 200, body = PoolDto), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn edit_draft(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<DraftRequest>,
) -> ApiResult<Json<PoolDto>> {
    let p = s
        .app
        .edit_draft(&caller.actor, &id, r.rules, &r.commitment)
        .await?;
    Ok(Json(p.into()))
}

/// Open a draft pool to members. Organizers only.
#[utoipa::path(post, path = "/api/v1/pools/{id}/open", tag = "pools",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = PoolDto), (status = 403, body = Problem), (status = 409, body = Problem)))]
pub async fn open(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<PoolDto>> {
    Ok(Json(s.app.open_pool(&caller.actor, &id).await?.into()))
}

/// Join a pool by accepting its commitment.
#[utoipa::path(post, path = "/api/v1/pools/{id}/join", tag = "pools",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = JoinRequest,
    responses((status = 201, body = PoolMemberDto), (status = 403, body = Problem), (status = 409, body = Problem)))]
pub async fn join(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<JoinRequest>,
) -> ApiResult<(StatusCode, Json<PoolMemberDto>)> {
    let m = s
        .app
        .join_pool(&caller.actor, &id, &r.commitment_hash, r.accept_commitment)
        .await?;
    Ok((StatusCode::CREATED, Json(m.into())))
}

/// Leave a pool.
#[utoipa::path(post, path = "/api/v1/pools/{id}/leave", tag = "pools",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "Left"), (status = 409, body = Problem)))]
pub async fn leave(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    s.app.leave_pool(&caller.actor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Set the time zone the pool's times are shown in to readers who chose
/// none, and in its messages. Organizers only.
#[utoipa::path(put, path = "/api/v1/pools/{id}/time-zone", tag = "pools",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = TimeZoneRequest,
    responses((status = 200, body = PoolDto), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn set_time_zone(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<TimeZoneRequest>,
) -> ApiResult<Json<PoolDto>> {
    let p = s
        .app
        .set_pool_time_zone(&caller.actor, &id, r.time_zone.as_deref())
        .await?;
    Ok(Json(p.into()))
}

/// Give a member a role. Organizers only.
#[utoipa::path(put, path = "/api/v1/pools/{id}/members/{person_id}/role", tag = "pools",
    security(("bearer" = [])),
    params(("id" = String, Path), ("person_id" = String, Path)),
    request_body = RoleRequest,
    responses((status = 200, body = PoolMemberDto), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn set_role(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path((id, person_id)): Path<(String, String)>,
    Body(r): Body<RoleRequest>,
) -> ApiResult<Json<PoolMemberDto>> {
    let m = s
        .app
        .set_pool_role(&caller.actor, &id, &person_id, r.role)
        .await?;
    Ok(Json(m.into()))
}

//! Floods over the API. A pool starts, joins, funds or leaves a Flood by a
//! decision with a `flood` action (see `POST /pools/{id}/decisions`); a
//! Flood's own decisions use the decision endpoints with its id as the pool.

use super::ApiResult;
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use utoipa::ToSchema;

/// A member pool of a Flood.
#[derive(Serialize, ToSchema)]
pub struct FloodPoolDto {
    pub pool_id: String,
    pub name: String,
    /// Minor units committed in total.
    pub committed: i64,
    /// `member` or `left`.
    pub status: String,
    /// What it took when it left.
    pub received: i64,
    pub joined_at: String,
}

/// A Flood with its fund and member pools.
#[derive(Serialize, ToSchema)]
pub struct FloodDto {
    /// Also its id as a body for decisions and its fund.
    pub id: String,
    pub name: String,
    pub purpose: String,
    pub currency: String,
    /// `active` or `dissolved`.
    pub status: String,
    /// Whether decisions also need a majority of member pools.
    pub double_majority: bool,
    pub rules: pools_core::Rules,
    /// Cash in the fund, in minor units.
    pub treasury: i64,
    /// Payouts authorized and not yet paid.
    pub authorized: i64,
    /// What it may still spend.
    pub available: i64,
    pub pools: Vec<FloodPoolDto>,
}

fn pool_dto(m: pools_app::ports::FloodMember) -> FloodPoolDto {
    FloodPoolDto {
        pool_id: m.pool_id,
        name: m.name,
        committed: m.committed,
        status: m.status.to_string(),
        received: m.received,
        joined_at: m.joined_at,
    }
}

/// A Flood: its fund and member pools. Members of a member pool's group only.
#[utoipa::path(get, path = "/api/v1/floods/{id}", tag = "floods",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = FloodDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn show(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<FloodDto>> {
    let v = s.app.flood_view(&caller.actor, &id).await?;
    Ok(Json(FloodDto {
        id: v.flood.id,
        name: v.flood.name,
        purpose: v.flood.purpose,
        currency: v.flood.currency.to_string(),
        status: v.flood.status.to_string(),
        double_majority: v.flood.double_majority,
        rules: v.flood.rules,
        treasury: v.treasury.minor,
        authorized: v.authorized.minor,
        available: v.available.minor,
        pools: v.pools.into_iter().map(pool_dto).collect(),
    }))
}

/// A pool's Floods, present and past, with its membership of each.
#[derive(Serialize, ToSchema)]
pub struct PoolFloodDto {
    pub flood_id: String,
    pub name: String,
    /// The Flood's status: `active` or `dissolved`.
    pub status: String,
    pub membership: FloodPoolDto,
}

/// The Floods a pool belongs or belonged to.
#[utoipa::path(get, path = "/api/v1/pools/{id}/floods", tag = "floods",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<PoolFloodDto>), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn of_pool(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<PoolFloodDto>>> {
    Ok(Json(
        s.app
            .floods_of_pool(&caller.actor, &id)
            .await?
            .into_iter()
            .map(|(f, m)| PoolFloodDto {
                flood_id: f.id,
                name: f.name,
                status: f.status.to_string(),
                membership: pool_dto(m),
            })
            .collect(),
    ))
}

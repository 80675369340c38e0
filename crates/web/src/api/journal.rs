//! The journal's head, public so anyone can witness it.

use super::{ApiResult, HeadDto};
use crate::AppState;
use crate::error::Problem;
use axum::Json;
use axum::extract::State;

/// The journal's head now: its last entry's seq and hash. Needs no
/// account. Keep it; a journal rewritten later, even with its chain
/// recomputed, will not reach it (`pools verify FILE --head SEQ:HASH`).
#[utoipa::path(get, path = "/api/v1/journal/head", tag = "records",
    responses(
        (status = 200, body = HeadDto, description = "The head"),
        (status = 500, body = Problem, description = "The database could not be read"),
    ))]
pub async fn head(State(s): State<AppState>) -> ApiResult<Json<HeadDto>> {
    Ok(Json(s.app.journal_head().await?.into()))
}

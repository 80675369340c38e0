//! Accounts over the API: sign up, tokens, password reset, me, outbox.

use super::{
    ApiResult, Body, MeDto, MyGroupDto, MyPoolDto, OutboxDto, PersonDto, ResetConfirm,
    ResetRequest, SignupRequest, TokenDto, TokenRequest,
};
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use pools_app::auth::SignedIn;
use pools_app::ports::SessionKind;
use pools_app::{Actor, AppError};

fn token_dto(s: SignedIn) -> TokenDto {
    let at = time::OffsetDateTime::from_unix_timestamp_nanos(s.expires_at_ms as i128 * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    TokenDto {
        token: s.token,
        expires_at: pools_core::journal::format_time(at),
        person: s.person.into(),
    }
}

/// Create an account and get an API token for it.
#[utoipa::path(post, path = "/api/v1/auth/signup", tag = "accounts",
    request_body = SignupRequest,
    responses(
        (status = 201, body = TokenDto, description = "The account and a token"),
        (status = 409, body = Problem, description = "The email has an account already"),
        (status = 422, body = Problem, description = "A field is invalid"),
        (status = 503, body = Problem, description = "Too many passwords are being checked at once; see Retry-After"),
    ))]
pub async fn signup(
    State(s): State<AppState>,
    Body(r): Body<SignupRequest>,
) -> ApiResult<(StatusCode, Json<TokenDto>)> {
    let signed = s
        .app
        .sign_up_with(&r.email, &r.name, &r.password, SessionKind::ApiToken)
        .await?;
    Ok((StatusCode::CREATED, Json(token_dto(signed))))
}

/// Exchange an email and password for an API token. Rate limited.
#[utoipa::path(post, path = "/api/v1/auth/tokens", tag = "accounts",
    request_body = TokenRequest,
    responses(
        (status = 201, body = TokenDto, description = "A new token"),
        (status = 401, body = Problem, description = "Wrong email or password"),
        (status = 429, body = Problem, description = "Too many failed attempts; see Retry-After"),
        (status = 503, body = Problem, description = "Too many passwords are being checked at once; see Retry-After"),
    ))]
pub async fn create_token(
    State(s): State<AppState>,
    caller: ApiCaller,
    Body(r): Body<TokenRequest>,
) -> ApiResult<(StatusCode, Json<TokenDto>)> {
    let signed = s
        .app
        .sign_in(&r.email, &r.password, &caller.client, SessionKind::ApiToken)
        .await?;
    Ok((StatusCode::CREATED, Json(token_dto(signed))))
}

/// Revoke the token this request is made with.
#[utoipa::path(delete, path = "/api/v1/auth/tokens/current", tag = "accounts",
    security(("bearer" = [])),
    responses((status = 204, description = "Revoked"), (status = 401, body = Problem)))]
pub async fn revoke_token(State(s): State<AppState>, caller: ApiCaller) -> ApiResult<StatusCode> {
    let token = caller.token.ok_or_else(AppError::sign_in)?;
    s.app.sign_out(&token).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Send a password reset link to the address, if it has an account. The
/// answer is the same either way.
#[utoipa::path(post, path = "/api/v1/auth/password-reset", tag = "accounts",
    request_body = ResetRequest,
    responses((status = 202, description = "Sent if the account exists"), (status = 422, body = Problem)))]
pub async fn request_reset(
    State(s): State<AppState>,
    headers: axum::http::HeaderMap,
    Body(r): Body<ResetRequest>,
) -> ApiResult<StatusCode> {
    // A person with no language set reads it in the request's.
    let asked_in = pools_i18n::Locale::negotiate(
        None,
        headers
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    s.app.request_password_reset(&r.email, asked_in).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Set a new password with a reset token. Signs out every session.
#[utoipa::path(post, path = "/api/v1/auth/password-reset/confirm", tag = "accounts",
    request_body = ResetConfirm,
    responses((status = 204, description = "Changed"), (status = 422, body = Problem)))]
pub async fn confirm_reset(
    State(s): State<AppState>,
    Body(r): Body<ResetConfirm>,
) -> ApiResult<StatusCode> {
    s.app.reset_password(&r.token, &r.password).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The caller, their groups and their current pools.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    security(("bearer" = [])),
    responses((status = 200, body = MeDto), (status = 401, body = Problem)))]
pub async fn me(State(s): State<AppState>, caller: ApiCaller) -> ApiResult<Json<MeDto>> {
    let home = s.app.home(&caller.actor).await?;
    let Actor::Person(p) = caller.actor else {
        return Err(AppError::sign_in().into());
    };
    Ok(Json(MeDto {
        person: PersonDto::from(p),
        groups: home
            .groups
            .into_iter()
            .map(|(g, role)| MyGroupDto {
                group: g.into(),
                role,
            })
            .collect(),
        pools: home
            .pools
            .into_iter()
            .map(|(p, m)| MyPoolDto {
                pool: p.into(),
                membership: m.into(),
            })
            .collect(),
    }))
}

/// The outbox, newest first. Operator only.
#[utoipa::path(get, path = "/api/v1/admin/outbox", tag = "admin",
    security(("bearer" = [])),
    responses((status = 200, body = Vec<OutboxDto>), (status = 401, body = Problem), (status = 403, body = Problem)))]
pub async fn outbox(
    State(s): State<AppState>,
    caller: ApiCaller,
) -> ApiResult<Json<Vec<OutboxDto>>> {
    let m = s.app.outbox(&caller.actor, 200).await?;
    Ok(Json(m.into_iter().map(Into::into).collect()))
}

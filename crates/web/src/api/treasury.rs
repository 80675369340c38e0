//! The treasury over the API. Requests that move money need an
//! `Idempotency-Key` header: the same key with the same body returns the
//! first result; with another body it is refused with 409.

use super::{
    ApiResult, Body, CancelRequest, EntryDto, ExitDto, MoneyRequest, PayRequest, PayoutDto,
    ReportDto, ReportRequest, ReversalRequest, StatementDto, TreasuryDto,
};
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use pools_app::AppError;
use pools_app::treasury::NewMoney;

pub(super) fn idempotency_key(headers: &HeaderMap) -> Result<String, AppError> {
    headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            AppError::invalid(
                "Idempotency-Key",
                "requests that move money need an Idempotency-Key header, new for each request (a UUID works)",
            )
        })
}

/// The pool's balances, capital accounts and latest entries. Balances are
/// kept current as entries are written.
#[utoipa::path(get, path = "/api/v1/pools/{id}/treasury", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = TreasuryDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn show(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<TreasuryDto>> {
    Ok(Json(s.app.treasury(&caller.actor, &id).await?.into()))
}

/// Record money received from a member. Treasurers and organizers only.
#[utoipa::path(post, path = "/api/v1/pools/{id}/money", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, description = "New for each request")),
    request_body = MoneyRequest,
    responses(
        (status = 201, body = EntryDto),
        (status = 403, body = Problem),
        (status = 409, body = Problem, description = "The key was used for another request"),
        (status = 422, body = Problem),
    ))]
pub async fn record(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    headers: HeaderMap,
    Body(r): Body<MoneyRequest>,
) -> ApiResult<(StatusCode, Json<EntryDto>)> {
    let key = idempotency_key(&headers)?;
    let e = s
        .app
        .record_money(
            &caller.actor,
            &id,
            NewMoney {
                person_id: r.person_id,
                kind: r.kind,
                amount: r.amount,
                received_on: r.received_on,
                method: r.method,
                reference: r.reference,
            },
            &key,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(e.into())))
}

/// Reverse an entry with an opposite one. Treasurers and organizers only.
#[utoipa::path(post, path = "/api/v1/entries/{id}/reversal", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, description = "New for each request")),
    request_body = ReversalRequest,
    responses((status = 201, body = EntryDto), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn reverse(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    headers: HeaderMap,
    Body(r): Body<ReversalRequest>,
) -> ApiResult<(StatusCode, Json<EntryDto>)> {
    let key = idempotency_key(&headers)?;
    let e = s
        .app
        .reverse_entry(&caller.actor, &id, &r.reason, &key)
        .await?;
    Ok((StatusCode::CREATED, Json(e.into())))
}

/// Mark an authorized payout paid: exactly the authorized amount leaves the
/// treasury, once. Refused with nothing changed if the treasury lacks it.
#[utoipa::path(post, path = "/api/v1/payouts/{id}/payment", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, description = "New for each request")),
    request_body = PayRequest,
    responses(
        (status = 200, body = PayoutDto),
        (status = 403, body = Problem),
        (status = 409, body = Problem, description = "Already paid or cancelled, or the treasury lacks the money"),
    ))]
pub async fn pay(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    headers: HeaderMap,
    Body(r): Body<PayRequest>,
) -> ApiResult<Json<PayoutDto>> {
    let key = idempotency_key(&headers)?;
    let p = s
        .app
        .pay_payout(&caller.actor, &id, &r.reference, &r.paid_on, &key)
        .await?;
    Ok(Json(p.into()))
}

/// Cancel an authorized payout that will not be paid.
#[utoipa::path(post, path = "/api/v1/payouts/{id}/cancellation", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, description = "New for each request")),
    request_body = CancelRequest,
    responses((status = 200, body = PayoutDto), (status = 403, body = Problem), (status = 409, body = Problem)))]
pub async fn cancel(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    headers: HeaderMap,
    Body(r): Body<CancelRequest>,
) -> ApiResult<Json<PayoutDto>> {
    let key = idempotency_key(&headers)?;
    let p = s
        .app
        .cancel_payout(&caller.actor, &id, &r.reason, &key)
        .await?;
    Ok(Json(p.into()))
}

/// Record that a leaving member's capital was repaid: exactly what the exit
/// rule owes, once.
#[utoipa::path(post, path = "/api/v1/exits/{id}/payment", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, description = "New for each request")),
    request_body = PayRequest,
    responses((status = 200, body = ExitDto), (status = 403, body = Problem), (status = 409, body = Problem)))]
pub async fn pay_exit(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    headers: HeaderMap,
    Body(r): Body<PayRequest>,
) -> ApiResult<Json<ExitDto>> {
    let key = idempotency_key(&headers)?;
    let e = s
        .app
        .pay_exit(&caller.actor, &id, &r.reference, &r.paid_on, &key)
        .await?;
    Ok(Json(e.into()))
}

/// Every ledger entry, oldest first, as CSV.
#[utoipa::path(get, path = "/api/v1/pools/{id}/ledger.csv", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = Problem)))]
pub async fn csv(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<axum::response::Response, super::super::error::ApiError> {
    let (pool, entries) = s.app.all_entries(&caller.actor, &id).await?;
    Ok(crate::pages::treasury::csv_response(&pool, &entries))
}

/// Tell the treasurer you sent money; it enters the books once confirmed.
#[utoipa::path(post, path = "/api/v1/pools/{id}/reports", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, description = "New for each request")),
    request_body = ReportRequest,
    responses((status = 201, body = ReportDto), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn report(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    headers: HeaderMap,
    Body(r): Body<ReportRequest>,
) -> ApiResult<(StatusCode, Json<ReportDto>)> {
    let key = idempotency_key(&headers)?;
    let me = caller.actor.person_id().unwrap_or_default().to_string();
    let rep = s
        .app
        .report_money(
            &caller.actor,
            &id,
            NewMoney {
                person_id: me,
                kind: r.kind,
                amount: r.amount,
                received_on: r.sent_on,
                method: r.method,
                reference: r.reference,
            },
            &key,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(rep.into())))
}

/// Confirm a report: the money is recorded as received. Treasurers and organizers.
#[utoipa::path(post, path = "/api/v1/reports/{id}/confirmation", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, description = "New for each request")),
    responses((status = 200, body = ReportDto), (status = 403, body = Problem), (status = 409, body = Problem)))]
pub async fn confirm(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Json<ReportDto>> {
    let key = idempotency_key(&headers)?;
    Ok(Json(
        s.app.confirm_report(&caller.actor, &id, &key).await?.into(),
    ))
}

/// Reject a report with a reason. Treasurers and organizers.
#[utoipa::path(post, path = "/api/v1/reports/{id}/rejection", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, description = "New for each request")),
    request_body = CancelRequest,
    responses((status = 200, body = ReportDto), (status = 403, body = Problem), (status = 409, body = Problem)))]
pub async fn reject(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    headers: HeaderMap,
    Body(r): Body<CancelRequest>,
) -> ApiResult<Json<ReportDto>> {
    let key = idempotency_key(&headers)?;
    Ok(Json(
        s.app
            .reject_report(&caller.actor, &id, &r.reason, &key)
            .await?
            .into(),
    ))
}

/// The caller's statement in a pool.
#[utoipa::path(get, path = "/api/v1/pools/{id}/statement", tag = "treasury",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = StatementDto), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn statement(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<StatementDto>> {
    let st = s.app.statement(&caller.actor, &id, None).await?;
    Ok(Json(StatementDto {
        name: st.name,
        currency: st.pool.currency.to_string(),
        capital: st.capital.minor,
        entries: st.entries.into_iter().map(Into::into).collect(),
    }))
}

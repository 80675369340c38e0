//! Decisions over the API.

use super::{
    ApiResult, BallotRequest, Body, DecisionDto, DecisionViewDto, NewDecisionRequest, ProxyDto,
    ProxyRequest, ReceiptDto, ReceiptRequest, TallyDto, VotedDto,
};
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use pools_app::decisions::NewDecision;

/// A pool's decisions, newest first. Members of the pool's group only.
#[utoipa::path(get, path = "/api/v1/pools/{id}/decisions", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<DecisionDto>), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn list(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<DecisionDto>>> {
    let list = s.app.decisions(&caller.actor, &id).await?;
    Ok(Json(list.into_iter().map(Into::into).collect()))
}

/// Open a decision. The electorate (the pool's active members) and the rules
/// it follows are fixed now.
#[utoipa::path(post, path = "/api/v1/pools/{id}/decisions", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = NewDecisionRequest,
    responses((status = 201, body = DecisionDto), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<NewDecisionRequest>,
) -> ApiResult<(StatusCode, Json<DecisionDto>)> {
    let d = s
        .app
        .open_decision(
            &caller.actor,
            &id,
            NewDecision {
                title: r.title,
                body: r.body,
                method: r.method,
                voting_days: r.voting_days,
                rule_change: r.rule_change,
                spend: r.spend,
                round: r.round,
                flood: r.flood,
                secret: r.secret,
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(d.into())))
}

/// Which page of ballots.
#[derive(serde::Deserialize, utoipa::IntoParams)]
pub struct BallotPage {
    /// From 1; 100 ballots a page, by voter name.
    page: Option<i64>,
}

/// A decision: the count (unless hidden), one page of ballots and reasons,
/// and the explained result once closed.
#[utoipa::path(get, path = "/api/v1/decisions/{id}", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path), BallotPage),
    responses((status = 200, body = DecisionViewDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn show(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<BallotPage>,
) -> ApiResult<Json<DecisionViewDto>> {
    Ok(Json(
        s.app
            .decision_view_page(&caller.actor, &id, q.page.unwrap_or(1))
            .await?
            .into(),
    ))
}

/// Cast or change the caller's ballot. The latest ballot counts.
#[utoipa::path(put, path = "/api/v1/decisions/{id}/ballot", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = BallotRequest,
    responses(
        (status = 200, body = VotedDto, description = "Counted; the decision as it now stands, and a secret ballot's receipt"),
        (status = 403, body = Problem, description = "Not in the electorate"),
        (status = 409, body = Problem, description = "Voting has closed"),
        (status = 422, body = Problem, description = "The ballot does not answer the method"),
    ))]
pub async fn vote(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<BallotRequest>,
) -> ApiResult<Json<VotedDto>> {
    let v = s
        .app
        .cast_ballot(&caller.actor, &id, r.choice, &r.reason)
        .await?;
    Ok(Json(VotedDto {
        decision: v.decision.into(),
        receipt: v.receipt,
    }))
}

/// Check a secret ballot's receipt: once voting has closed, the ballot
/// published under it; while open, only whether it belongs to a current
/// ballot (never what that ballot says).
#[utoipa::path(post, path = "/api/v1/decisions/{id}/receipt", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = ReceiptRequest,
    responses(
        (status = 200, body = ReceiptDto),
        (status = 403, body = Problem),
        (status = 404, body = Problem),
        (status = 409, body = Problem, description = "Not a secret decision"),
        (status = 422, body = Problem, description = "Not a receipt code"),
    ))]
pub async fn receipt(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<ReceiptRequest>,
) -> ApiResult<Json<ReceiptDto>> {
    let (_, found) = s.app.check_receipt(&caller.actor, &id, &r.receipt).await?;
    Ok(Json(receipt_dto(found)))
}

/// A receipt check as the API gives it.
pub(crate) fn receipt_dto(found: pools_core::secret::Receipt) -> ReceiptDto {
    use pools_core::secret::Receipt;
    let explanation = pools_i18n::Locale::En.t(pools_i18n::receipt_keys(&found).1);
    match found {
        Receipt::Counted(b) => ReceiptDto {
            status: "counted".into(),
            ballot: Some(b),
            explanation,
        },
        Receipt::Sealed => ReceiptDto {
            status: "sealed".into(),
            ballot: None,
            explanation,
        },
        Receipt::Unknown => ReceiptDto {
            status: "unknown".into(),
            ballot: None,
            explanation,
        },
    }
}

/// Withdraw the caller's ballot while voting is open.
#[utoipa::path(delete, path = "/api/v1/decisions/{id}/ballot", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "Withdrawn"), (status = 409, body = Problem)))]
pub async fn withdraw(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    s.app.withdraw_ballot(&caller.actor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The running count of a decision and the result if voting ended now. Reads
/// one row, however many ballots there are.
#[utoipa::path(get, path = "/api/v1/decisions/{id}/tally", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = TallyDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn tally(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<TallyDto>> {
    let (d, outcome) = s.app.decision_tally(&caller.actor, &id).await?;
    Ok(Json(TallyDto {
        hidden: d.hidden,
        tally: (!d.hidden).then(|| d.tally.clone()),
        outcome,
        eligible: d.eligible,
        status: if d.closed { "closed" } else { "open" }.into(),
    }))
}

/// A pool's proxies in force: every member of the pool's group may see
/// who votes through whom.
#[utoipa::path(get, path = "/api/v1/pools/{id}/proxies", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<ProxyDto>), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn proxies(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<ProxyDto>>> {
    let list = s.app.proxies(&caller.actor, &id).await?;
    Ok(Json(list.into_iter().map(Into::into).collect()))
}

/// Name the caller's proxy, for one decision or every decision until
/// revoked, replacing any earlier one (whose ballots for the caller on open
/// decisions are taken back). Nobody holds more than one proxy.
#[utoipa::path(put, path = "/api/v1/pools/{id}/proxy", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = ProxyRequest,
    responses((status = 200, body = ProxyDto), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn name_proxy(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<ProxyRequest>,
) -> ApiResult<Json<ProxyDto>> {
    let g = s
        .app
        .name_proxy(&caller.actor, &id, &r.proxy_id, r.decision_id.as_deref())
        .await?;
    Ok(Json(g.into()))
}

/// Revoke the caller's proxy; ballots it cast for them on open decisions
/// are taken back.
#[utoipa::path(delete, path = "/api/v1/pools/{id}/proxy", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "Revoked"), (status = 409, body = Problem)))]
pub async fn revoke_proxy(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    s.app.revoke_proxy(&caller.actor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Cast or change the ballot of the member whose proxy the caller holds on
/// this decision. Refused once that member has voted themselves.
#[utoipa::path(put, path = "/api/v1/decisions/{id}/ballots/{person_id}", tag = "decisions",
    security(("bearer" = [])),
    params(("id" = String, Path), ("person_id" = String, Path, description = "The member the caller votes for")),
    request_body = BallotRequest,
    responses(
        (status = 200, body = DecisionDto),
        (status = 403, body = Problem),
        (status = 409, body = Problem, description = "No proxy for them here, or they voted themselves"),
        (status = 422, body = Problem),
    ))]
pub async fn proxy_vote(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path((id, person_id)): Path<(String, String)>,
    Body(r): Body<BallotRequest>,
) -> ApiResult<Json<DecisionDto>> {
    let d = s
        .app
        .cast_proxy_ballot(&caller.actor, &id, &person_id, r.choice, &r.reason)
        .await?;
    Ok(Json(d.into()))
}

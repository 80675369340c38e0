//! Participatory budgeting over the API: rounds, buckets, funding, flags,
//! cancellation and the round report. Funding moves money between a
//! member's allocation and a bucket, so it needs an `Idempotency-Key`.

use super::treasury::idempotency_key;
use super::{ApiResult, Body, PayoutDto};
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use pools_app::budgeting::NewBucket;
use pools_core::budget::{BudgetLine, Phase};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A budgeting round. Amounts are minor units of the pool's currency.
#[derive(Serialize, ToSchema)]
pub struct RoundDto {
    pub id: String,
    pub pool_id: String,
    /// The decision that opened it.
    pub decision_id: String,
    pub title: String,
    /// Markdown.
    pub guidelines: String,
    /// What the decision put in.
    pub amount: i64,
    /// Each member's equal allocation.
    pub per_member: i64,
    /// What stayed with the pool: amount − per_member × members.
    pub remainder: i64,
    /// The most one member may put into one bucket.
    pub cap: Option<i64>,
    /// How many members have an allocation.
    pub members: i64,
    pub opened_at: String,
    /// Proposing buckets ends, and funding starts, at this time.
    pub buckets_close_at: String,
    /// Funding ends at this time.
    pub funding_close_at: String,
    /// Where the round is now.
    pub phase: Phase,
}

fn round_dto(r: pools_app::ports::Round, phase: Phase) -> RoundDto {
    RoundDto {
        id: r.id,
        pool_id: r.pool_id,
        decision_id: r.decision_id,
        title: r.title,
        guidelines: r.guidelines,
        amount: r.amount,
        per_member: r.per_member,
        remainder: r.remainder,
        cap: r.cap,
        members: r.members,
        opened_at: r.opened_at,
        buckets_close_at: r.buckets_close_at,
        funding_close_at: r.funding_close_at,
        phase,
    }
}

/// A person behind a bucket.
#[derive(Serialize, ToSchema)]
pub struct CoCreatorDto {
    pub person_id: String,
    pub name: String,
}

/// A bucket.
#[derive(Serialize, ToSchema)]
pub struct BucketDto {
    pub id: String,
    pub round_id: String,
    pub title: String,
    /// Markdown.
    pub description: String,
    /// The proposer first; they share the payout.
    pub co_creators: Vec<CoCreatorDto>,
    pub lines: Vec<BudgetLine>,
    /// The sum of the lines' minimums.
    pub min_goal: i64,
    /// The sum of the lines' maximums (a line without one counts its minimum).
    pub max_goal: i64,
    /// What members have put in.
    pub total: i64,
    /// open, cancelled, funded or missed.
    pub status: String,
    /// Why it was cancelled.
    pub reason: Option<String>,
    pub created_at: String,
    /// How many members flagged it against the guidelines.
    pub flags: i64,
}

impl From<pools_app::ports::Bucket> for BucketDto {
    fn from(b: pools_app::ports::Bucket) -> Self {
        BucketDto {
            id: b.id,
            round_id: b.round_id,
            title: b.title,
            description: b.description,
            co_creators: b
                .co_creators
                .into_iter()
                .map(|(person_id, name)| CoCreatorDto { person_id, name })
                .collect(),
            lines: b.lines,
            min_goal: b.min_goal,
            max_goal: b.max_goal,
            total: b.total,
            status: b.status.to_string(),
            reason: b.reason,
            created_at: b.created_at,
            flags: b.flags,
        }
    }
}

/// A round as the caller may see it.
#[derive(Serialize, ToSchema)]
pub struct RoundViewDto {
    pub round: RoundDto,
    pub buckets: Vec<BucketDto>,
    /// The caller's allocation left; absent if they have none in this round.
    pub my_left: Option<i64>,
    /// Whether the caller may propose a bucket now.
    pub can_create: bool,
    /// Whether the caller may fund buckets now.
    pub can_fund: bool,
}

/// A member's money in a bucket.
#[derive(Serialize, ToSchema)]
pub struct FundingDto {
    pub person_id: String,
    pub name: String,
    pub amount: i64,
    pub at: String,
}

impl From<pools_app::ports::Funding> for FundingDto {
    fn from(f: pools_app::ports::Funding) -> Self {
        FundingDto {
            person_id: f.person_id,
            name: f.name,
            amount: f.amount,
            at: f.at,
        }
    }
}

/// A flag against the guidelines.
#[derive(Serialize, ToSchema)]
pub struct FlagDto {
    pub person_id: String,
    pub name: String,
    pub reason: String,
    pub at: String,
}

/// A bucket with its funders, history and flags.
#[derive(Serialize, ToSchema)]
pub struct BucketViewDto {
    pub bucket: BucketDto,
    pub phase: Phase,
    /// What each member gave in total, largest first.
    pub funders: Vec<FundingDto>,
    /// Every contribution, oldest first.
    pub history: Vec<FundingDto>,
    pub flags: Vec<FlagDto>,
    pub my_left: Option<i64>,
    pub my_gift: i64,
    pub can_fund: bool,
    pub can_flag: bool,
    pub can_cancel: bool,
    /// The payout, once funded.
    pub payout: Option<PayoutDto>,
}

/// Where a round's money went.
#[derive(Serialize, ToSchema)]
pub struct RoundReportDto {
    pub round: RoundDto,
    pub buckets: Vec<BucketDto>,
    /// The payouts of funded buckets.
    pub payouts: Vec<PayoutDto>,
    /// Each member's allocation left.
    pub allocations: Vec<FundingDto>,
    /// The allocations together.
    pub set_aside: i64,
    /// In open or funded buckets.
    pub committed: i64,
    /// Paid to funded buckets, once closed.
    pub funded: i64,
    /// Back (or going back) to the pool.
    pub returned: i64,
}

/// Propose a bucket.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BucketRequest {
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub lines: Vec<BudgetLine>,
    /// Other active members (person ids) who share the payout.
    #[serde(default)]
    pub co_creators: Vec<String>,
}

/// Put part of the caller's allocation into a bucket.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FundRequest {
    /// Minor units.
    pub amount: i64,
}

/// A reason, for flagging or cancelling.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReasonRequest {
    pub reason: String,
}

/// A pool's budgeting rounds, newest first.
#[utoipa::path(get, path = "/api/v1/pools/{id}/rounds", tag = "budgeting",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<RoundDto>), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn list(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<RoundDto>>> {
    let rounds = s.app.rounds(&caller.actor, &id).await?;
    Ok(Json(
        rounds.into_iter().map(|(r, p)| round_dto(r, p)).collect(),
    ))
}

/// A round, its buckets and the caller's allocation.
#[utoipa::path(get, path = "/api/v1/rounds/{id}", tag = "budgeting",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = RoundViewDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn show(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<RoundViewDto>> {
    let v = s.app.round_view(&caller.actor, &id).await?;
    Ok(Json(RoundViewDto {
        round: round_dto(v.round, v.phase),
        buckets: v.buckets.into_iter().map(Into::into).collect(),
        my_left: v.my_left,
        can_create: v.can_create,
        can_fund: v.can_fund,
    }))
}

/// Where the round's money went.
#[utoipa::path(get, path = "/api/v1/rounds/{id}/report", tag = "budgeting",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = RoundReportDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn report(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<RoundReportDto>> {
    let r = s.app.round_report(&caller.actor, &id).await?;
    let mut buckets = Vec::new();
    let mut payouts = Vec::new();
    for (b, p) in r.buckets {
        buckets.push(b.into());
        payouts.extend(p.map(Into::into));
    }
    Ok(Json(RoundReportDto {
        round: round_dto(r.round, r.phase),
        buckets,
        payouts,
        allocations: r
            .allocations
            .into_iter()
            .map(|(person_id, name, left)| FundingDto {
                person_id,
                name,
                amount: left,
                at: String::new(),
            })
            .collect(),
        set_aside: r.set_aside,
        committed: r.committed,
        funded: r.funded,
        returned: r.returned,
    }))
}

/// Propose a bucket while the round takes proposals. Active members only;
/// co-creators must be active members.
#[utoipa::path(post, path = "/api/v1/rounds/{id}/buckets", tag = "budgeting",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = BucketRequest,
    responses((status = 201, body = BucketDto), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_bucket(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<BucketRequest>,
) -> ApiResult<(StatusCode, Json<BucketDto>)> {
    let b = s
        .app
        .create_bucket(
            &caller.actor,
            &id,
            NewBucket {
                title: r.title,
                description: r.description,
                lines: r.lines,
                co_creators: r.co_creators,
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(b.into())))
}

/// A bucket with its funders, contribution history and flags.
#[utoipa::path(get, path = "/api/v1/buckets/{id}", tag = "budgeting",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = BucketViewDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn bucket(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<BucketViewDto>> {
    let v = s.app.bucket_view(&caller.actor, &id).await?;
    Ok(Json(BucketViewDto {
        bucket: v.bucket.into(),
        phase: v.phase,
        funders: v.funders.into_iter().map(Into::into).collect(),
        history: v.history.into_iter().map(Into::into).collect(),
        flags: v
            .flags
            .into_iter()
            .map(|f| FlagDto {
                person_id: f.person_id,
                name: f.name,
                reason: f.reason,
                at: f.at,
            })
            .collect(),
        my_left: v.my_left,
        my_gift: v.my_gift,
        can_fund: v.can_fund,
        can_flag: v.can_flag,
        can_cancel: v.can_cancel,
        payout: v.payout.map(Into::into),
    }))
}

/// Put part of the caller's allocation into a bucket while funding is open.
/// Refused with 409, changing nothing, if it is more than the caller has
/// left, would pass the bucket's maximum or the round's cap.
#[utoipa::path(post, path = "/api/v1/buckets/{id}/funding", tag = "budgeting",
    security(("bearer" = [])),
    params(("id" = String, Path), ("Idempotency-Key" = String, Header, description = "New for each request")),
    request_body = FundRequest,
    responses(
        (status = 200, body = BucketDto, description = "Recorded; the bucket as it now stands"),
        (status = 403, body = Problem),
        (status = 409, body = Problem, description = "Over the allocation, the maximum or the cap; outside the funding window; or the key was used for another request"),
        (status = 422, body = Problem),
    ))]
pub async fn fund(
    State(s): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<String>,
    Body(r): Body<FundRequest>,
) -> ApiResult<Json<BucketDto>> {
    let key = idempotency_key(&headers)?;
    let b = s
        .app
        .fund_bucket(&caller.actor, &id, r.amount, &key)
        .await?;
    Ok(Json(b.into()))
}

/// Flag a bucket against the round's guidelines, while buckets are reviewed.
#[utoipa::path(post, path = "/api/v1/buckets/{id}/flags", tag = "budgeting",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = ReasonRequest,
    responses((status = 204), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn flag(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<ReasonRequest>,
) -> ApiResult<StatusCode> {
    s.app.flag_bucket(&caller.actor, &id, &r.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Cancel a bucket while its round is open: every contribution goes back to
/// the member's allocation. Co-creators and organizers only.
#[utoipa::path(post, path = "/api/v1/buckets/{id}/cancellation", tag = "budgeting",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = ReasonRequest,
    responses((status = 200, body = BucketDto), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn cancel(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<ReasonRequest>,
) -> ApiResult<Json<BucketDto>> {
    let b = s.app.cancel_bucket(&caller.actor, &id, &r.reason).await?;
    Ok(Json(b.into()))
}

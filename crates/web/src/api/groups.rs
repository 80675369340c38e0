//! Groups over the API.

use super::{
    ApiResult, Body, ClaimRequest, CreateGroupRequest, GroupDto, GroupMemberDto, GroupViewDto,
    ImportSummaryDto, InviteDto,
};
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

/// Every group on this server.
#[utoipa::path(get, path = "/api/v1/groups", tag = "groups",
    responses((status = 200, body = Vec<GroupDto>)))]
pub async fn list(State(s): State<AppState>) -> ApiResult<Json<Vec<GroupDto>>> {
    Ok(Json(
        s.app.groups().await?.into_iter().map(Into::into).collect(),
    ))
}

/// Create a group; the caller becomes its organizer.
#[utoipa::path(post, path = "/api/v1/groups", tag = "groups",
    security(("bearer" = [])),
    request_body = CreateGroupRequest,
    responses((status = 201, body = GroupDto), (status = 401, body = Problem), (status = 422, body = Problem)))]
pub async fn create(
    State(s): State<AppState>,
    caller: ApiCaller,
    Body(r): Body<CreateGroupRequest>,
) -> ApiResult<(StatusCode, Json<GroupDto>)> {
    let g = s
        .app
        .create_group(
            &caller.actor,
            &r.name,
            r.slug.as_deref(),
            r.description.as_deref().unwrap_or(""),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(g.into())))
}

/// A group. Members see the member list.
#[utoipa::path(get, path = "/api/v1/groups/{slug}", tag = "groups",
    params(("slug" = String, Path, description = "The group's address")),
    responses((status = 200, body = GroupViewDto), (status = 404, body = Problem)))]
pub async fn show(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(slug): Path<String>,
) -> ApiResult<Json<GroupViewDto>> {
    Ok(Json(s.app.group_view(&caller.actor, &slug).await?.into()))
}

/// Join a group as a member.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/join", tag = "groups",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses((status = 201, body = GroupMemberDto), (status = 401, body = Problem), (status = 409, body = Problem)))]
pub async fn join(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(slug): Path<String>,
) -> ApiResult<(StatusCode, Json<GroupMemberDto>)> {
    let m = s.app.join_group(&caller.actor, &slug).await?;
    Ok((StatusCode::CREATED, Json(m.into())))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct ImportQuery {
    /// The file's name, for the record.
    file_name: Option<String>,
}

/// Import a Meetup member export (the CSV file as the body). Organizers only.
/// The whole file is checked first; a bad row is reported with its line
/// number and nothing is written.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/imports", tag = "groups",
    security(("bearer" = [])),
    params(("slug" = String, Path), ImportQuery),
    request_body(content = String, content_type = "text/csv", description = "A Meetup member export"),
    responses(
        (status = 200, body = ImportSummaryDto),
        (status = 403, body = Problem),
        (status = 422, body = Problem, description = "Not a Meetup export, or a malformed row"),
    ))]
pub async fn import(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(slug): Path<String>,
    Query(q): Query<ImportQuery>,
    body: Bytes,
) -> ApiResult<Json<ImportSummaryDto>> {
    let name = q.file_name.unwrap_or_else(|| "upload.csv".into());
    let summary = s
        .app
        .import_meetup(&caller.actor, &slug, &name, &body, None)
        .await?;
    Ok(Json(summary.into()))
}

/// Every imported place: its invite link while unclaimed, its address, and
/// whether it was invited, opened and claimed. Organizers only.
#[utoipa::path(get, path = "/api/v1/groups/{slug}/invites", tag = "groups",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<InviteDto>), (status = 403, body = Problem)))]
pub async fn invites(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(slug): Path<String>,
) -> ApiResult<Json<Vec<InviteDto>>> {
    let v = s.app.invites(&caller.actor, &slug).await?;
    Ok(Json(v.invites.into_iter().map(Into::into).collect()))
}

/// Claim an imported place with its invite token.
#[utoipa::path(post, path = "/api/v1/invites/{member_id}/claim", tag = "groups",
    security(("bearer" = [])),
    params(("member_id" = String, Path)),
    request_body = ClaimRequest,
    responses((status = 200, body = GroupDto), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn claim(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(member_id): Path<String>,
    Body(r): Body<ClaimRequest>,
) -> ApiResult<Json<GroupDto>> {
    let g = s
        .app
        .claim_invite(&caller.actor, &member_id, &r.token)
        .await?;
    Ok(Json(g.into()))
}

/// An imported member's address for their invite.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteEmailRequest {
    /// The address; empty removes it.
    pub email: String,
}

/// Set the address of an unclaimed place. Organizers only.
#[utoipa::path(put, path = "/api/v1/groups/{slug}/invites/{member_id}/email", tag = "groups",
    security(("bearer" = [])),
    params(("slug" = String, Path), ("member_id" = String, Path)),
    request_body = InviteEmailRequest,
    responses((status = 204), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn set_invite_email(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path((slug, member_id)): Path<(String, String)>,
    Body(r): Body<InviteEmailRequest>,
) -> ApiResult<StatusCode> {
    s.app
        .set_invite_email(&caller.actor, &slug, &member_id, &r.email)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What adding a list of addresses did.
#[derive(Serialize, utoipa::ToSchema)]
pub struct EmailsAddedDto {
    pub added: u64,
    /// Rows whose member had claimed their place already.
    pub already_claimed: u64,
}

/// Add the addresses of a list (CSV with Name, URL of Member Profile and
/// Email columns). The whole list is checked first; a bad row is reported
/// with its line and nothing is kept. Organizers only.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/invite-emails", tag = "groups",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    request_body(content = String, content_type = "text/csv", description = "Name, URL of Member Profile, Email"),
    responses((status = 200, body = EmailsAddedDto), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn add_invite_emails(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(slug): Path<String>,
    body: Bytes,
) -> ApiResult<Json<EmailsAddedDto>> {
    let a = s.app.add_invite_emails(&caller.actor, &slug, &body).await?;
    Ok(Json(EmailsAddedDto {
        added: a.added,
        already_claimed: a.already_claimed,
    }))
}

/// Which invites to send.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SendInvitesRequest {
    /// One place; absent sends to every unclaimed place with an address
    /// not yet invited.
    #[serde(default)]
    pub member_id: Option<String>,
}

/// A place not sent to, and why.
#[derive(Serialize, utoipa::ToSchema)]
pub struct SkippedInviteDto {
    pub name: String,
    pub reason: String,
}

/// What sending did.
#[derive(Serialize, utoipa::ToSchema)]
pub struct InvitesSentDto {
    pub sent: u64,
    pub skipped: Vec<SkippedInviteDto>,
}

/// Send invites by email: at most once a day and five times in all to one
/// place. Organizers only.
#[utoipa::path(post, path = "/api/v1/groups/{slug}/invite-sendings", tag = "groups",
    security(("bearer" = [])),
    params(("slug" = String, Path)),
    request_body = SendInvitesRequest,
    responses((status = 200, body = InvitesSentDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn send_invites(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(slug): Path<String>,
    Body(r): Body<SendInvitesRequest>,
) -> ApiResult<Json<InvitesSentDto>> {
    let r = s
        .app
        .send_invites(&caller.actor, &slug, r.member_id.as_deref())
        .await?;
    Ok(Json(InvitesSentDto {
        sent: r.sent,
        skipped: r
            .skipped
            .into_iter()
            .map(|(name, reason)| SkippedInviteDto { name, reason })
            .collect(),
    }))
}

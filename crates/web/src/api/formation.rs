//! Formation over the API: the same use cases as the formation pages.

use super::{ApiResult, Body};
use crate::AppState;
use crate::error::Problem;
use crate::session::ApiCaller;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use pools_app::AppError;
use pools_core::event::DocumentHash;
use pools_core::formation::{Details, DocKind, Duty, EntityForm, Status, Step};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A signature on one document of one version.
#[derive(Serialize, ToSchema)]
pub struct SignatureDto {
    pub version: i64,
    pub kind: DocKind,
    pub person_id: String,
    pub name: String,
    pub typed_name: String,
    /// The SHA-256 of the text signed.
    pub sha256: String,
    pub at: String,
}

impl From<pools_app::ports::Signature> for SignatureDto {
    fn from(s: pools_app::ports::Signature) -> Self {
        SignatureDto {
            version: s.version,
            kind: s.kind,
            person_id: s.person_id,
            name: s.name,
            typed_name: s.typed_name,
            sha256: s.sha256,
            at: s.at,
        }
    }
}

/// One document of the current version.
#[derive(Serialize, ToSchema)]
pub struct DocStatusDto {
    pub kind: DocKind,
    pub sha256: String,
    pub signatures: Vec<SignatureDto>,
    /// Names of those who still have to sign it.
    pub missing: Vec<String>,
    pub signed_by_me: bool,
    pub can_sign: bool,
}

/// A generated version.
#[derive(Serialize, ToSchema)]
pub struct VersionDto {
    pub version: i64,
    pub generated_on: String,
    pub reason: String,
    pub documents: Vec<DocumentHash>,
}

/// A pool's formation.
#[derive(Serialize, ToSchema)]
pub struct FormationDto {
    /// "Informal pool" until the entity is active.
    pub legal_status: String,
    /// Absent until formation starts.
    pub form: Option<EntityForm>,
    pub details: Option<Details>,
    pub status: Option<Status>,
    /// The current version; 0 before the documents are generated.
    pub version: i64,
    pub documents: Vec<DocStatusDto>,
    pub versions: Vec<VersionDto>,
    /// Whether every member has signed the current version.
    pub all_signed: bool,
    pub can_manage: bool,
    /// The recurring duties after filing, with configured fees (cents).
    pub duties: Vec<Duty>,
}

/// Start formation, or change the form and details while drafting.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FormationRequest {
    pub form: EntityForm,
    pub details: Details,
}

/// Sign a document of the current version.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignRequest {
    /// Your full name, as on your account.
    pub typed_name: String,
    /// You confirm you have read it and sign it.
    pub confirm: bool,
    /// The SHA-256 of the text you read (from the document endpoint).
    pub sha256: String,
}

/// A document written from its stored inputs.
#[derive(Serialize, ToSchema)]
pub struct DocumentDto {
    pub kind: DocKind,
    pub title: String,
    /// 0 for a draft preview.
    pub version: i64,
    /// The canonical text members sign.
    pub text: String,
    /// The same, as an HTML fragment.
    pub html: String,
    /// SHA-256 of `text`.
    pub sha256: String,
    /// The hash recorded when the version was generated.
    pub recorded_sha256: Option<String>,
    /// Whether the two agree.
    pub matches: bool,
    pub current: bool,
    pub can_sign: bool,
    pub signatures: Vec<SignatureDto>,
    pub not_legal_advice: String,
}

#[derive(Deserialize, IntoParams)]
pub struct VersionQuery {
    /// A version; the current one when absent.
    version: Option<i64>,
}

fn kind_of(raw: &str) -> Result<DocKind, AppError> {
    DocKind::parse(raw)
        .ok_or_else(|| AppError::NotFound(format!("there is no document called \"{raw}\"")))
}

async fn view(s: &AppState, caller: &ApiCaller, id: &str) -> ApiResult<Json<FormationDto>> {
    let v = s.app.formation_view(&caller.actor, id).await?;
    Ok(Json(FormationDto {
        legal_status: v.legal_status,
        form: v.formation.as_ref().map(|f| f.form),
        details: v.formation.as_ref().map(|f| f.details.clone()),
        status: v.formation.as_ref().map(|f| f.status.clone()),
        version: v.formation.as_ref().map(|f| f.version).unwrap_or(0),
        documents: v
            .documents
            .into_iter()
            .map(|d| DocStatusDto {
                kind: d.kind,
                sha256: d.sha256,
                signatures: d.signed.into_iter().map(Into::into).collect(),
                missing: d.missing,
                signed_by_me: d.signed_by_me,
                can_sign: d.can_sign,
            })
            .collect(),
        versions: v
            .versions
            .into_iter()
            .map(|x| VersionDto {
                version: x.version,
                generated_on: x.generated_on,
                reason: x.reason,
                documents: x.documents,
            })
            .collect(),
        all_signed: v.all_signed,
        can_manage: v.can_manage,
        duties: v.duties,
    }))
}

/// The pool's formation: status, documents, signatures and duties.
#[utoipa::path(get, path = "/api/v1/pools/{id}/formation", tag = "formation",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = FormationDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn show(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Json<FormationDto>> {
    view(&s, &caller, &id).await
}

/// Start formation, or change its form and details while drafting.
/// Organizers only. Every field is checked; errors name the rule.
#[utoipa::path(put, path = "/api/v1/pools/{id}/formation", tag = "formation",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = FormationRequest,
    responses((status = 200, body = FormationDto), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn save(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(r): Body<FormationRequest>,
) -> ApiResult<Json<FormationDto>> {
    s.app
        .save_formation(&caller.actor, &id, r.form, r.details)
        .await?;
    view(&s, &caller, &id).await
}

/// Move along the checklist: `start_signing` (generates version 1),
/// `ready_to_file` (once everyone signed), `filed`, `ein_recorded`, `activate`.
#[utoipa::path(post, path = "/api/v1/pools/{id}/formation/steps", tag = "formation",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = Step,
    responses((status = 200, body = FormationDto), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn step(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    Body(step): Body<Step>,
) -> ApiResult<Json<FormationDto>> {
    s.app.advance_formation(&caller.actor, &id, step).await?;
    view(&s, &caller, &id).await
}

/// A document: its text, HTML, hash and signatures.
#[utoipa::path(get, path = "/api/v1/pools/{id}/formation/documents/{kind}", tag = "formation",
    security(("bearer" = [])),
    params(("id" = String, Path), ("kind" = DocKind, Path), VersionQuery),
    responses((status = 200, body = DocumentDto), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn document(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path((id, kind)): Path<(String, String)>,
    Query(q): Query<VersionQuery>,
) -> ApiResult<Json<DocumentDto>> {
    let v = s
        .app
        .formation_document(&caller.actor, &id, kind_of(&kind)?, q.version)
        .await?;
    Ok(Json(DocumentDto {
        kind: v.document.kind,
        title: v.document.title.clone(),
        version: v.document.version,
        text: v.document.text(),
        html: v.document.html(),
        sha256: v.document.sha256(),
        recorded_sha256: v.recorded_sha256,
        matches: v.matches,
        current: v.current,
        can_sign: v.can_sign,
        signatures: v.signatures.into_iter().map(Into::into).collect(),
        not_legal_advice: pools_docs::NOT_LEGAL_ADVICE.into(),
    }))
}

/// The document as a typeset PDF.
#[utoipa::path(get, path = "/api/v1/pools/{id}/formation/documents/{kind}/pdf", tag = "formation",
    security(("bearer" = [])),
    params(("id" = String, Path), ("kind" = DocKind, Path), VersionQuery),
    responses((status = 200, content_type = "application/pdf", description = "The PDF"), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn pdf(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path((id, kind)): Path<(String, String)>,
    Query(q): Query<VersionQuery>,
) -> ApiResult<Response> {
    let v = s
        .app
        .formation_document(&caller.actor, &id, kind_of(&kind)?, q.version)
        .await?;
    Ok(crate::pages::pdf_download(&v.document).await?)
}

/// Sign a document of the current version.
#[utoipa::path(post, path = "/api/v1/pools/{id}/formation/documents/{kind}/signatures", tag = "formation",
    security(("bearer" = [])),
    params(("id" = String, Path), ("kind" = DocKind, Path)),
    request_body = SignRequest,
    responses((status = 201, body = SignatureDto), (status = 403, body = Problem), (status = 409, body = Problem, description = "Already signed, or the document changed since it was read"), (status = 422, body = Problem)))]
pub async fn sign(
    State(s): State<AppState>,
    caller: ApiCaller,
    Path((id, kind)): Path<(String, String)>,
    Body(r): Body<SignRequest>,
) -> ApiResult<(axum::http::StatusCode, Json<SignatureDto>)> {
    let sig = s
        .app
        .sign_document(
            &caller.actor,
            &id,
            kind_of(&kind)?,
            &r.typed_name,
            r.confirm,
            &r.sha256,
        )
        .await?;
    Ok((axum::http::StatusCode::CREATED, Json(sig.into())))
}

//! The JSON API under `/api/v1`. Every endpoint calls the same use case as
//! the matching page; these handlers only translate JSON. Requests with
//! unknown fields are refused, so nothing can smuggle in a setting (such as a
//! vote weight) that does not exist.

mod accounts;
mod budgeting;
mod calendar;
mod decisions;
mod discussion;
mod dto;
mod floods;
mod formation;
mod groups;
mod journal;
mod notify;
mod pools;
mod treasury;
mod webhooks;

use crate::AppState;
use crate::error::{ApiError, Problem};
use axum::Router;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use utoipa::OpenApi;

pub use dto::*;

/// The API's routes, relative to `/api/v1`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/auth/signup", post(accounts::signup))
        .route("/journal/head", get(journal::head))
        .route("/auth/tokens", post(accounts::create_token))
        .route(
            "/auth/tokens/current",
            axum::routing::delete(accounts::revoke_token),
        )
        .route("/auth/password-reset", post(accounts::request_reset))
        .route(
            "/auth/password-reset/confirm",
            post(accounts::confirm_reset),
        )
        .route("/me", get(accounts::me))
        .route(
            "/me/calendar",
            get(calendar::show)
                .post(calendar::renew)
                .delete(calendar::off),
        )
        .route("/decisions/{id}/calendar.ics", get(calendar::decision))
        .route("/rounds/{id}/calendar.ics", get(calendar::round))
        .route("/admin/outbox", get(accounts::outbox))
        .route("/groups", get(groups::list).post(groups::create))
        .route("/groups/{slug}", get(groups::show))
        .route("/groups/{slug}/join", post(groups::join))
        .route("/groups/{slug}/imports", post(groups::import))
        .route("/groups/{slug}/invites", get(groups::invites))
        .route(
            "/groups/{slug}/invites/{member_id}/email",
            put(groups::set_invite_email),
        )
        .route(
            "/groups/{slug}/invite-emails",
            post(groups::add_invite_emails),
        )
        .route("/groups/{slug}/invite-sendings", post(groups::send_invites))
        .route("/invites/{member_id}/claim", post(groups::claim))
        .route("/groups/{slug}/pool", post(pools::create))
        .route("/pools/{id}", get(pools::show))
        .route("/pools/{id}/draft", put(pools::edit_draft))
        .route("/pools/{id}/open", post(pools::open))
        .route("/pools/{id}/join", post(pools::join))
        .route("/pools/{id}/leave", post(pools::leave))
        .route("/pools/{id}/members/{person_id}/role", put(pools::set_role))
        .route("/pools/{id}/time-zone", put(pools::set_time_zone))
        .route(
            "/pools/{id}/decisions",
            get(decisions::list).post(decisions::create),
        )
        .route("/decisions/{id}", get(decisions::show))
        .route("/decisions/{id}/tally", get(decisions::tally))
        .route("/decisions/{id}/receipt", post(decisions::receipt))
        .route(
            "/decisions/{id}/ballots/{person_id}",
            put(decisions::proxy_vote),
        )
        .route("/pools/{id}/proxies", get(decisions::proxies))
        .route(
            "/pools/{id}/proxy",
            put(decisions::name_proxy).delete(decisions::revoke_proxy),
        )
        .route("/threads/{id}", get(discussion::thread))
        .route("/threads/{id}/comments", post(discussion::post))
        .route("/comments/{id}", put(discussion::edit))
        .route("/comments/{id}/hiding", post(discussion::hide))
        .route(
            "/pools/{id}/discussions",
            get(discussion::list).post(discussion::start),
        )
        .route(
            "/pools/{id}/notifications",
            get(notify::show).put(notify::save),
        )
        .route("/pools/{id}/treasury", get(treasury::show))
        .route(
            "/pools/{id}/webhooks",
            get(webhooks::list).post(webhooks::add),
        )
        .route("/webhooks/{id}", axum::routing::delete(webhooks::remove))
        .route("/webhooks/{id}/pings", post(webhooks::ping))
        .route("/pools/{id}/money", post(treasury::record))
        .route("/entries/{id}/reversal", post(treasury::reverse))
        .route("/payouts/{id}/payment", post(treasury::pay))
        .route("/payouts/{id}/cancellation", post(treasury::cancel))
        .route("/exits/{id}/payment", post(treasury::pay_exit))
        .route("/pools/{id}/ledger.csv", get(treasury::csv))
        .route("/pools/{id}/reports", post(treasury::report))
        .route("/reports/{id}/confirmation", post(treasury::confirm))
        .route("/reports/{id}/rejection", post(treasury::reject))
        .route("/pools/{id}/statement", get(treasury::statement))
        .route(
            "/pools/{id}/formation",
            get(formation::show).put(formation::save),
        )
        .route("/pools/{id}/formation/steps", post(formation::step))
        .route(
            "/pools/{id}/formation/documents/{kind}",
            get(formation::document),
        )
        .route(
            "/pools/{id}/formation/documents/{kind}/pdf",
            get(formation::pdf),
        )
        .route(
            "/pools/{id}/formation/documents/{kind}/signatures",
            post(formation::sign),
        )
        .route("/floods/{id}", get(floods::show))
        .route("/pools/{id}/floods", get(floods::of_pool))
        .route("/pools/{id}/rounds", get(budgeting::list))
        .route("/rounds/{id}", get(budgeting::show))
        .route("/rounds/{id}/report", get(budgeting::report))
        .route("/rounds/{id}/buckets", post(budgeting::create_bucket))
        .route("/buckets/{id}", get(budgeting::bucket))
        .route("/buckets/{id}/funding", post(budgeting::fund))
        .route("/buckets/{id}/flags", post(budgeting::flag))
        .route("/buckets/{id}/cancellation", post(budgeting::cancel))
        .route(
            "/decisions/{id}/ballot",
            put(decisions::vote).delete(decisions::withdraw),
        )
        .fallback(not_found)
}

async fn not_found() -> Response {
    crate::error::problem(
        axum::http::StatusCode::NOT_FOUND,
        "there is no such API endpoint: see /api/openapi.json".into(),
        Vec::new(),
    )
}

/// A JSON body whose mistakes are answered as problem documents.
pub struct Body<T>(pub T);

impl<T, S> FromRequest<S> for Body<T>
where
    axum::Json<T>: FromRequest<S, Rejection = JsonRejection>,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Body(v)),
            Err(rejection) => Err(crate::error::problem(
                rejection.status(),
                format!("the JSON body could not be used: {}", rejection.body_text()),
                Vec::new(),
            )),
        }
    }
}

/// The OpenAPI description of every endpoint.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Pools API",
        description = "Member-owned funds for groups, with one person one vote built in. The same use cases as the web pages. Authenticate with `Authorization: Bearer <token>` from POST /api/v1/auth/tokens. Errors are RFC 9457 problem documents.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        journal::head,
        accounts::signup,
        accounts::create_token,
        accounts::revoke_token,
        accounts::request_reset,
        accounts::confirm_reset,
        accounts::me,
        accounts::outbox,
        groups::list,
        groups::create,
        groups::show,
        groups::join,
        groups::import,
        groups::invites,
        groups::set_invite_email,
        groups::add_invite_emails,
        groups::send_invites,
        groups::claim,
        pools::create,
        pools::show,
        pools::edit_draft,
        pools::open,
        pools::join,
        pools::leave,
        pools::set_role,
        pools::set_time_zone,
        decisions::list,
        decisions::create,
        decisions::show,
        decisions::vote,
        decisions::withdraw,
        decisions::tally,
        decisions::receipt,
        decisions::proxies,
        decisions::name_proxy,
        decisions::revoke_proxy,
        decisions::proxy_vote,
        treasury::show,
        treasury::record,
        treasury::reverse,
        treasury::pay,
        treasury::cancel,
        treasury::pay_exit,
        treasury::csv,
        treasury::report,
        treasury::confirm,
        treasury::reject,
        treasury::statement,
        budgeting::list,
        budgeting::show,
        budgeting::report,
        budgeting::create_bucket,
        budgeting::bucket,
        budgeting::fund,
        budgeting::flag,
        budgeting::cancel,
        floods::show,
        floods::of_pool,
        formation::show,
        formation::save,
        formation::step,
        formation::document,
        formation::pdf,
        formation::sign,
        notify::show,
        notify::save,
        discussion::thread,
        discussion::post,
        discussion::edit,
        discussion::hide,
        discussion::list,
        discussion::start,
        calendar::show,
        calendar::renew,
        calendar::off,
        calendar::decision,
        calendar::round,
        webhooks::list,
        webhooks::add,
        webhooks::remove,
        webhooks::ping,
    ),
    components(schemas(Problem)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// `GET /api/openapi.json`.
pub async fn openapi_json() -> impl IntoResponse {
    axum::Json(ApiDoc::openapi())
}

/// Result of an API handler.
pub type ApiResult<T> = Result<T, ApiError>;

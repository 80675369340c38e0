//! The Pools web server: plain HTML pages that work without JavaScript, and
//! the JSON API under `/api/v1`, documented at `/api/openapi.json`. Both call
//! the same use cases in `pools-app`; handlers only translate.

pub mod api;
mod error;
mod pages;
mod render;
mod session;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use pools_app::App;
use tower_http::set_header::SetResponseHeaderLayer;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The use cases.
    pub app: App,
    /// Whether cookies carry the `Secure` flag (when served over HTTPS).
    pub secure_cookies: bool,
}

/// The largest request body accepted: a Meetup export of tens of thousands of members fits.
pub const MAX_BODY: usize = 16 * 1024 * 1024;

/// Builds the whole application: pages, API, health check and static files.
pub fn router(app: App) -> Router {
    let secure_cookies = app.config().public_url.starts_with("https://");
    let state = AppState {
        app,
        secure_cookies,
    };
    Router::new()
        .merge(pages::routes())
        .nest("/api/v1", api::routes())
        .route("/api/openapi.json", get(api::openapi_json))
        .route("/healthz", get(healthz))
        .route("/static/pools.css", get(stylesheet))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::cookies_middleware,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            ),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .with_state(state)
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match state.app.store().ping().await {
        Ok(()) => (
            StatusCode::OK,
            format!("ok: {} answers\n", state.app.store().backend()),
        ),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "the database does not answer\n".to_string(),
            )
        }
    }
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/pools.css"),
    )
}

/// Closes decisions and budgeting rounds when their time comes, even if
/// nobody visits: checks once a second, forever. Also takes a checkpoint
/// over the journal's chains every minute and prunes expired sessions
/// every ten minutes. Several servers may run it
/// on one database; each is still closed exactly once (see
/// `App::close_due_decisions` and `App::close_due_rounds`).
pub async fn run_closer(app: App) {
    let mut tick: u64 = 0;
    loop {
        // Every ten minutes, forget expired sessions, reset links and old
        // sign-in failures.
        if tick.is_multiple_of(600) {
            match app.prune_expired().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(rows = n, "pruned expired sessions and reset links"),
                Err(e) => tracing::error!(error = %e, "pruning expired sessions failed"),
            }
        }
        tick += 1;
        // Whatever happened becomes notifications (queued mail, or digest
        // items), then reminders of decisions closing within a day, and
        // every minute the digests that are due.
        drain_notifications(&app).await;
        if let Err(e) = app.remind_closing().await {
            tracing::error!(error = %e, "closing reminders failed");
        }
        if tick.is_multiple_of(60)
            && let Err(e) = app.send_digests().await
        {
            tracing::error!(error = %e, "digests failed");
        }
        // Every minute, the Merkle root over every chain's head, if any
        // moved (`App::checkpoint`).
        if tick.is_multiple_of(60)
            && let Err(e) = app.checkpoint().await
        {
            tracing::error!(error = %e, "taking a checkpoint failed");
        }
        match app.close_due_decisions().await {
            Ok(ids) => {
                for id in ids {
                    tracing::info!(decision = %id, "closed a decision");
                }
            }
            Err(e) => tracing::error!(error = %e, "closing due decisions failed"),
        }
        match app.close_due_rounds().await {
            Ok(ids) => {
                for id in ids {
                    tracing::info!(round = %id, "closed a budgeting round");
                }
            }
            Err(e) => tracing::error!(error = %e, "closing due rounds failed"),
        }
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
}

/// Turns everything new in the journal into notifications, a transaction
/// of at most `notify::PER_TRANSACTION` at a time; each stops early when a
/// request waits for the writer, so requests go first.
pub async fn drain_notifications(app: &App) {
    loop {
        match app.notify_pass(200).await {
            // Requests never wait behind a pass (it stops when one waits),
            // so the next pass may start at once.
            Ok(r) if r.more => tokio::task::yield_now().await,
            Ok(_) => break,
            Err(e) => {
                tracing::error!(error = %e, "notifying failed");
                break;
            }
        }
    }
}

/// Delivers the outbox through `mailer`, for as long as the server runs:
/// a pass whenever there may be more to send, else once a second. Several
/// servers may run it on one database; each message is claimed by one
/// sender at a time (see `App::deliver_mail`).
pub async fn run_sender(
    app: App,
    mailer: std::sync::Arc<dyn pools_app::mail::Mailer>,
    worker: String,
) {
    loop {
        let pause = match app
            .deliver_mail(mailer.clone(), &worker, pools_app::mail::BATCH)
            .await
        {
            Ok(d) => {
                if d.sent + d.retried + d.failed + d.expired > 0 {
                    tracing::info!(
                        sent = d.sent,
                        retried = d.retried,
                        failed = d.failed,
                        expired = d.expired,
                        "delivered mail"
                    );
                }
                let claimed = d.sent + d.retried + d.failed + d.lost;
                if claimed >= pools_app::mail::BATCH as u64 {
                    std::time::Duration::ZERO
                } else {
                    std::time::Duration::from_secs(1)
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "delivering mail failed");
                std::time::Duration::from_secs(5)
            }
        };
        tokio::time::sleep(pause).await;
    }
}

/// Delivers webhooks for as long as the server runs: a pass whenever a
/// full batch went, else once a second. Several servers can run it on one
/// database; each delivery is claimed by one.
pub async fn run_webhooks(
    app: App,
    sender: std::sync::Arc<dyn pools_app::webhooks::HookSender>,
    worker: String,
) {
    loop {
        let pause = match app
            .deliver_webhooks(sender.clone(), &worker, pools_app::webhooks::BATCH)
            .await
        {
            Ok(d) => {
                if d.sent + d.retried + d.failed > 0 {
                    tracing::info!(
                        sent = d.sent,
                        retried = d.retried,
                        failed = d.failed,
                        "delivered webhooks"
                    );
                }
                if d.sent + d.retried + d.failed + d.lost >= pools_app::webhooks::BATCH as u64 {
                    std::time::Duration::ZERO
                } else {
                    std::time::Duration::from_secs(1)
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "delivering webhooks failed");
                std::time::Duration::from_secs(5)
            }
        };
        tokio::time::sleep(pause).await;
    }
}

/// Serves the application on a listener until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: App,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(app).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

//! The HTML pages. Every form posts and redirects (or re-renders with its
//! errors), so the whole site works without JavaScript.

mod account;
mod budgeting;
mod calendar;
pub use calendar::ics_download;
mod decisions;
mod discussion;
mod floods;
mod formation;
pub(crate) use formation::pdf_download;
mod groups;
mod invites;
pub mod layout;
mod notify;
mod pools;
pub(crate) mod treasury;
mod webhooks;

use crate::AppState;
use crate::error::PageError;
use crate::session::flash_cookie;
use askama::Template;
use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use pools_app::AppError;

/// Every page route.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(account::home))
        .route("/signup", get(account::signup_form).post(account::signup))
        .route("/signin", get(account::signin_form).post(account::signin))
        .route("/signout", post(account::signout))
        .route("/language", post(language))
        .route(
            "/settings",
            get(account::settings_form).post(account::save_settings),
        )
        .route(
            "/forgot-password",
            get(account::forgot_form).post(account::forgot),
        )
        .route(
            "/reset-password",
            get(account::reset_form).post(account::reset),
        )
        .route("/admin/outbox", get(account::outbox))
        .route("/groups/new", get(groups::new_form).post(groups::create))
        .route("/g/{slug}", get(groups::show))
        .route("/g/{slug}/join", post(groups::join))
        .route("/g/{slug}/import", post(groups::import))
        .route("/g/{slug}/invites", get(invites::show))
        .route("/g/{slug}/invites/emails", post(invites::upload))
        .route("/g/{slug}/invites/send", post(invites::send))
        .route("/g/{slug}/invites/{member}/email", post(invites::set_email))
        .route(
            "/invite/{member}/{token}",
            get(groups::invite).post(groups::claim),
        )
        .route("/g/{slug}/pool/new", get(pools::new_form))
        .route("/g/{slug}/pool", post(pools::create))
        .route("/p/{id}", get(pools::show))
        .route(
            "/p/{id}/rules",
            get(pools::rules_form).post(pools::save_rules),
        )
        .route("/p/{id}/open", post(pools::open))
        .route("/p/{id}/webhooks", get(webhooks::show).post(webhooks::add))
        .route("/p/{id}/webhooks/{hook}/remove", post(webhooks::remove))
        .route("/p/{id}/webhooks/{hook}/ping", post(webhooks::ping))
        .route("/p/{id}/join", post(pools::join))
        .route("/p/{id}/leave", post(pools::leave))
        .route("/p/{id}/members/{person}/role", post(pools::set_role))
        .route("/p/{id}/decisions/new", get(decisions::new_form))
        .route("/p/{id}/decisions", post(decisions::create))
        .route("/d/{id}", get(decisions::show))
        .route("/d/{id}/ballot", post(decisions::vote))
        .route("/d/{id}/withdraw", post(decisions::withdraw))
        .route("/p/{id}/proxy", post(pools::name_proxy))
        .route("/p/{id}/time-zone", post(pools::set_time_zone))
        .route("/p/{id}/proxy/revoke", post(pools::revoke_proxy))
        .route(
            "/d/{id}/receipt",
            get(decisions::receipt_form).post(decisions::check_receipt),
        )
        .route("/d/{id}/calendar.ics", get(calendar::decision))
        .route("/r/{id}/calendar.ics", get(calendar::round))
        .route("/calendar", get(calendar::show))
        .route("/calendar/new", post(calendar::renew))
        .route("/calendar/off", post(calendar::off))
        .route("/calendar/{person}/{file}", get(calendar::feed))
        .route(
            "/p/{id}/discussions",
            get(discussion::list).post(discussion::start),
        )
        .route("/t/{id}", get(discussion::show))
        .route("/threads/{id}/comments", post(discussion::post))
        .route("/c/{id}", get(discussion::comment))
        .route("/c/{id}/edit", post(discussion::edit))
        .route("/c/{id}/hide", post(discussion::hide))
        .route("/r/{id}", get(budgeting::show))
        .route("/r/{id}/report", get(budgeting::report))
        .route("/r/{id}/buckets/new", get(budgeting::new_bucket_form))
        .route("/r/{id}/buckets", post(budgeting::create_bucket))
        .route("/b/{id}", get(budgeting::bucket))
        .route("/b/{id}/fund", post(budgeting::fund))
        .route("/b/{id}/flag", post(budgeting::flag))
        .route("/b/{id}/cancel", post(budgeting::cancel))
        .route(
            "/p/{id}/formation",
            get(formation::show).post(formation::save),
        )
        .route("/p/{id}/formation/steps", post(formation::step))
        .route("/p/{id}/formation/{kind}", get(formation::document))
        .route("/p/{id}/formation/{kind}/pdf", get(formation::document_pdf))
        .route("/p/{id}/formation/{kind}/signatures", post(formation::sign))
        .route("/f/{id}", get(floods::show))
        .route("/f/{id}/agreement", get(floods::agreement))
        .route("/f/{id}/agreement/pdf", get(floods::agreement_pdf))
        .route("/f/{id}/agreement/signatures", post(floods::sign))
        .route("/p/{id}/treasury", get(treasury::show))
        .route("/p/{id}/ledger.csv", get(treasury::csv))
        .route("/p/{id}/statement", get(treasury::my_statement))
        .route(
            "/p/{id}/notifications",
            get(notify::settings).post(notify::save),
        )
        .route(
            "/unsubscribe/{person}/{pool}/{kind}/{token}",
            get(notify::unsubscribe_form).post(notify::unsubscribe),
        )
        .route(
            "/p/{id}/bank",
            get(treasury::bank_form).post(treasury::bank_check),
        )
        .route("/p/{id}/statement/{person}", get(treasury::statement_of))
        .route("/p/{id}/money", post(treasury::record))
        .route("/p/{id}/entries/{entry}/reverse", post(treasury::reverse))
        .route("/p/{id}/payouts/{payout}/pay", post(treasury::pay))
        .route("/p/{id}/payouts/{payout}/cancel", post(treasury::cancel))
        .route("/p/{id}/exits/{exit}/pay", post(treasury::pay_exit))
        .route("/p/{id}/reports", post(treasury::report))
        .route(
            "/p/{id}/reports/{report}/confirm",
            post(treasury::confirm_report),
        )
        .route(
            "/p/{id}/reports/{report}/reject",
            post(treasury::reject_report),
        )
}

/// Renders a template as a 200 page.
/// The language switcher's form.
#[derive(serde::Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: String,
}

/// The language switcher: keeps the choice in a cookie for a year and goes
/// back to the page it was on.
async fn language(
    axum::extract::State(s): axum::extract::State<AppState>,
    page: crate::session::Page,
    axum::Form(f): axum::Form<LanguageForm>,
) -> Result<Response, crate::error::PageError> {
    page.check_csrf(&f.csrf)?;
    let Some(locale) = pools_i18n::Locale::parse(&f.lang) else {
        return Err(AppError::invalid(
            "lang",
            "choose one of the languages listed: English, Français or Español",
        )
        .into());
    };
    // A signed-in person keeps the choice in their settings too, so every
    // browser and every email follows it.
    if let pools_app::Actor::Person(p) = &page.actor {
        s.app
            .save_settings(&page.actor, Some(locale.as_str()), p.time_zone.as_deref())
            .await?;
    }
    let next = safe_next(&f.next);
    let mut res = redirect_with(
        &s,
        if next.is_empty() { "/" } else { &next },
        &locale.ta(
            "language-saved",
            &[("lang", pools_i18n::Arg::Str(locale.as_str()))],
        ),
    );
    res.headers_mut().append(
        header::SET_COOKIE,
        crate::session::set_cookie(
            crate::session::LANG_COOKIE,
            locale.as_str(),
            Some(365 * 24 * 3600),
            s.secure_cookies,
            false,
        ),
    );
    Ok(res)
}

/// A form that sends nothing but its CSRF field: a button that does one
/// thing (join, sign out, withdraw, open).
#[derive(serde::Deserialize)]
pub struct CsrfForm {
    /// Missing reads as empty, so the check refuses it with 403 like a
    /// wrong token, rather than the form failing to parse.
    #[serde(default)]
    pub csrf: String,
}

pub fn render<T: Template>(t: &T) -> Result<Response, PageError> {
    render_status(StatusCode::OK, t)
}

/// Renders a template with a status (422 for a form with errors).
pub fn render_status<T: Template>(status: StatusCode, t: &T) -> Result<Response, PageError> {
    let html = t.render().map_err(|e| {
        tracing::error!(error = %e, "template failed");
        PageError::App(AppError::Store(pools_app::ports::StoreError::Backend(
            "a page could not be drawn".into(),
        )))
    })?;
    Ok((status, Html(html)).into_response())
}

/// A 303 redirect after a form, carrying a message for the next page.
pub fn redirect_with(state: &AppState, to: &str, message: &str) -> Response {
    let mut res = redirect(to);
    res.headers_mut()
        .append(header::SET_COOKIE, flash_cookie(state, message));
    res
}

/// A plain 303 redirect.
pub fn redirect(to: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    res.headers_mut().insert(
        header::LOCATION,
        HeaderValue::from_str(to).unwrap_or(HeaderValue::from_static("/")),
    );
    res
}

/// The sign-in page, coming back to `path` afterwards.
pub fn to_sign_in(path: &str) -> Response {
    redirect(&format!("/signin?next={}", urlencoding::encode(path)))
}

/// Only local paths are followed after sign-in, so links cannot send people elsewhere.
pub fn safe_next(next: &str) -> String {
    let n = next.trim();
    if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.contains("://") {
        n.to_string()
    } else {
        String::new()
    }
}

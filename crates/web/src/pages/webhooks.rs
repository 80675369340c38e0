//! The webhooks page of a pool: its endpoints, a form to add one, and the
//! delivery log, for its organizers.

use super::layout::{FormErrors, Layout};
use super::{CsrfForm, redirect_with, render_status, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::session::Page;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use pools_app::webhooks::NewWebhook;
use pools_app::{Actor, AppError};
use pools_core::mail::MailStatus;
use pools_core::webhook::{HookEvent, HookFormat};
use pools_i18n::Arg;

/// An endpoint as the page shows it.
struct HookRow {
    id: String,
    url: String,
    format: String,
    events: String,
    secret: String,
}

/// One delivery in the log.
struct LogRow {
    when: String,
    url: String,
    event: String,
    status: String,
    tries: i64,
    answer: String,
}

#[derive(Template)]
#[template(path = "webhooks.html")]
struct WebhooksPage {
    l: Layout,
    errors: FormErrors,
    pool_id: String,
    pool_name: String,
    hooks: Vec<HookRow>,
    log: Vec<LogRow>,
    /// (value, label, checked) for each event.
    events: Vec<(&'static str, String, bool)>,
    /// (value, label, selected) for each format.
    formats: Vec<(&'static str, String, bool)>,
    url: String,
}

/// A Unix-ms time in the reader's language and zone.
fn at(page: &Page, ms: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    page.when(&pools_core::journal::format_time(t))
}

/// What a webhook can hear of, in the reader's language.
fn event_label(page: &Page, e: HookEvent) -> String {
    match e {
        HookEvent::DecisionOpened => page.t("webhooks-event-decision-opened"),
        HookEvent::DecisionClosed => page.t("webhooks-event-decision-closed"),
        HookEvent::MoneyReceived => page.t("webhooks-event-money-received"),
        HookEvent::PayoutPaid => page.t("webhooks-event-payout-paid"),
        HookEvent::RoundOpened => page.t("webhooks-event-round-opened"),
        HookEvent::RoundClosed => page.t("webhooks-event-round-closed"),
        HookEvent::MemberJoined => page.t("webhooks-event-member-joined"),
        HookEvent::DiscussionStarted => page.t("webhooks-event-discussion-started"),
        HookEvent::CommentPosted => page.t("webhooks-event-comment-posted"),
        HookEvent::Ping => page.t("webhooks-event-ping"),
    }
}

/// A format's name, in the reader's language.
fn format_label(page: &Page, f: HookFormat) -> String {
    match f {
        HookFormat::Json => page.t("webhooks-format-json"),
        HookFormat::Slack => page.t("webhooks-format-slack"),
        HookFormat::Discord => page.t("webhooks-format-discord"),
    }
}

/// Where a delivery stands, in the reader's language.
fn status_word(page: &Page, s: MailStatus) -> String {
    match s {
        MailStatus::Queued => page.t("webhooks-status-queued"),
        MailStatus::Sending => page.t("webhooks-status-sending"),
        MailStatus::Sent => page.t("webhooks-status-sent"),
        MailStatus::Failed => page.t("webhooks-status-failed"),
        MailStatus::Expired => page.t("webhooks-status-expired"),
    }
}

async fn page_of(
    s: &AppState,
    page: &Page,
    pool_id: &str,
    errors: FormErrors,
    typed: Option<(String, String, Vec<String>)>,
) -> Result<WebhooksPage, PageError> {
    let v = s.app.webhooks(&page.actor, pool_id).await?;
    let (url, format, chosen) = typed.unwrap_or_else(|| {
        (
            String::new(),
            HookFormat::Json.as_str().to_string(),
            HookEvent::choosable()
                .map(|e| e.as_str().to_string())
                .collect(),
        )
    });
    Ok(WebhooksPage {
        l: Layout::new(
            page,
            page.ta("webhooks-title", &[("pool", Arg::Str(&v.pool.name))]),
        ),
        errors,
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        hooks: v
            .hooks
            .iter()
            .map(|h| HookRow {
                id: h.id.clone(),
                url: h.url.clone(),
                format: format_label(page, h.format),
                events: h
                    .events
                    .iter()
                    .map(|e| event_label(page, *e))
                    .collect::<Vec<_>>()
                    .join("; "),
                secret: h.secret.clone(),
            })
            .collect(),
        log: v
            .deliveries
            .iter()
            .map(|d| LogRow {
                when: at(page, d.created_ms),
                url: d.url.clone(),
                event: event_label(page, d.event),
                status: status_word(page, d.status),
                tries: d.attempts,
                answer: match (d.last_status, d.last_error.as_str()) {
                    (_, e) if !e.is_empty() => e.to_string(),
                    (Some(s), _) => {
                        page.ta("webhooks-answered", &[("status", Arg::Str(&s.to_string()))])
                    }
                    (None, _) => String::new(),
                },
            })
            .collect(),
        events: HookEvent::choosable()
            .map(|e| {
                (
                    e.as_str(),
                    event_label(page, e),
                    chosen.iter().any(|c| c == e.as_str()),
                )
            })
            .collect(),
        formats: HookFormat::ALL
            .iter()
            .map(|f| (f.as_str(), format_label(page, *f), format == f.as_str()))
            .collect(),
        url,
    })
}

pub async fn show(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/webhooks")));
    }
    render_status(
        StatusCode::OK,
        &page_of(&s, &page, &id, FormErrors::none(), None).await?,
    )
}

pub async fn add(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    body: String,
) -> Result<Response, PageError> {
    let fields: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    page.check_csrf(&get("csrf"))?;
    let url = get("url");
    let format = get("format");
    let chosen: Vec<String> = fields
        .iter()
        .filter(|(n, _)| n == "events")
        .map(|(_, v)| v.clone())
        .collect();
    let parsed = HookFormat::parse(format.trim())
        .ok_or_else(|| {
            let codes: Vec<&str> = HookFormat::ALL.iter().map(|f| f.as_str()).collect();
            let (last, rest) = codes.split_last().unwrap_or((&"", &[]));
            AppError::invalid(
                "format",
                page.ta(
                    "webhooks-format-choose",
                    &[
                        ("first", Arg::Str(&rest.join(", "))),
                        ("last", Arg::Str(last)),
                    ],
                ),
            )
        })
        .and_then(|f| {
            let events = chosen
                .iter()
                .map(|e| {
                    HookEvent::parse(e).ok_or_else(|| {
                        AppError::invalid(
                            "events",
                            page.ta(
                                "webhooks-event-unknown",
                                &[("event", Arg::Str(&pools_core::text::quote(e)))],
                            ),
                        )
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok((f, events))
        });
    let result = match parsed {
        Ok((format, events)) => {
            s.app
                .add_webhook(
                    &page.actor,
                    &id,
                    NewWebhook {
                        url: url.clone(),
                        format,
                        events,
                    },
                )
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(redirect_with(
            &s,
            &format!("/p/{id}/webhooks"),
            &page.t("webhooks-added"),
        )),
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page_of(&s, &page, &id, FormErrors(e), Some((url, format, chosen))).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

pub async fn remove(
    State(s): State<AppState>,
    page: Page,
    Path((id, hook)): Path<(String, String)>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    s.app.remove_webhook(&page.actor, &hook).await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}/webhooks"),
        &page.t("webhooks-removed"),
    ))
}

pub async fn ping(
    State(s): State<AppState>,
    page: Page,
    Path((id, hook)): Path<(String, String)>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    s.app.ping_webhook(&page.actor, &hook).await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}/webhooks"),
        &page.t("webhooks-pinged"),
    ))
}

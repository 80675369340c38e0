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
use pools_core::webhook::{HookEvent, HookFormat};

/// An endpoint as the page shows it.
struct HookRow {
    id: String,
    url: String,
    format: &'static str,
    events: String,
    secret: String,
}

/// One delivery in the log.
struct LogRow {
    when: String,
    url: String,
    event: &'static str,
    status: &'static str,
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
    events: Vec<(&'static str, &'static str, bool)>,
    /// (value, label, selected) for each format.
    formats: Vec<(&'static str, &'static str, bool)>,
    url: String,
}

fn at(ms: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    super::decisions::when(&pools_core::journal::format_time(t))
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
        l: Layout::new(page, format!("Webhooks of {}", v.pool.name)),
        errors,
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        hooks: v
            .hooks
            .iter()
            .map(|h| HookRow {
                id: h.id.clone(),
                url: h.url.clone(),
                format: h.format.label(),
                events: h
                    .events
                    .iter()
                    .map(|e| e.label())
                    .collect::<Vec<_>>()
                    .join("; "),
                secret: h.secret.clone(),
            })
            .collect(),
        log: v
            .deliveries
            .iter()
            .map(|d| LogRow {
                when: at(d.created_ms),
                url: d.url.clone(),
                event: d.event.label(),
                status: d.status.as_str(),
                tries: d.attempts,
                answer: match (d.last_status, d.last_error.as_str()) {
                    (_, e) if !e.is_empty() => e.to_string(),
                    (Some(s), _) => format!("answered {s}"),
                    (None, _) => String::new(),
                },
            })
            .collect(),
        events: HookEvent::choosable()
            .map(|e| {
                (
                    e.as_str(),
                    e.label(),
                    chosen.iter().any(|c| c == e.as_str()),
                )
            })
            .collect(),
        formats: HookFormat::ALL
            .iter()
            .map(|f| (f.as_str(), f.label(), format == f.as_str()))
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
        .ok_or_else(|| AppError::invalid("format", format!("choose {}", HookFormat::choices())))
        .and_then(|f| {
            let events = chosen
                .iter()
                .map(|e| {
                    HookEvent::parse(e).ok_or_else(|| {
                        AppError::invalid(
                            "events",
                            format!(
                                "\"{}\" is not something a webhook hears of",
                                pools_core::text::quote(e)
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
            "The webhook is added. Its secret is below: give it to the receiver so it can check each delivery's signature.",
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
        "The webhook is removed; nothing more is sent to it.",
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
        "A test delivery is on its way. The log below shows how it went.",
    ))
}

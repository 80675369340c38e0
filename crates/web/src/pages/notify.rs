//! Notification choices per pool, and the one-click unsubscribe page that
//! every notification's `List-Unsubscribe` link opens.

use super::layout::Layout;
use super::{redirect_with, render, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::session::Page;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use pools_app::Actor;
use pools_app::notify::parse_choice;
use pools_core::notify::{Delivery, NotificationKind};
use pools_i18n::Arg;

/// One row of the settings form.
struct Choice {
    kind: &'static str,
    label: String,
    delivery: &'static str,
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct SettingsPage {
    l: Layout,
    pool_id: String,
    pool_name: String,
    choices: Vec<Choice>,
    deliveries: Vec<(&'static str, String)>,
}

/// The words for each way of hearing.
fn delivery_label(page: &Page, d: Delivery) -> String {
    match d {
        Delivery::Immediately => page.t("notifications-immediately"),
        Delivery::Digest => page.t("notifications-digest"),
        Delivery::Off => page.t("notifications-off"),
    }
}

/// How the settings page names each kind of notification.
fn kind_label(page: &Page, k: NotificationKind) -> String {
    match k {
        NotificationKind::DecisionOpened => page.t("notifications-decision-opened"),
        NotificationKind::ClosingSoon => page.t("notifications-closing-soon"),
        NotificationKind::DecisionResult => page.t("notifications-decision-result"),
        NotificationKind::MoneyRecorded => page.t("notifications-money-recorded"),
        NotificationKind::RoundOpened => page.t("notifications-round-opened"),
        NotificationKind::PayoutPaid => page.t("notifications-payout-paid"),
        NotificationKind::SignatureNeeded => page.t("notifications-signature-needed"),
        NotificationKind::RoundClosing => page.t("notifications-round-closing"),
        NotificationKind::FloodDecision => page.t("notifications-flood-decision"),
        NotificationKind::Mentioned => page.t("notifications-mentioned"),
    }
}

pub async fn settings(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/notifications")));
    }
    let v = s.app.notification_settings(&page.actor, &id).await?;
    render(&SettingsPage {
        l: Layout::new(
            &page,
            page.ta("notifications-title", &[("pool", Arg::Str(&v.pool.name))]),
        ),
        pool_id: v.pool.id,
        pool_name: v.pool.name,
        choices: v
            .choices
            .into_iter()
            .map(|(k, d)| Choice {
                kind: k.as_str(),
                label: kind_label(&page, k),
                delivery: d.as_str(),
            })
            .collect(),
        deliveries: Delivery::ALL
            .iter()
            .map(|d| (d.as_str(), delivery_label(&page, *d)))
            .collect(),
    })
}

pub async fn save(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    body: String,
) -> Result<Response, PageError> {
    let fields: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    let csrf = fields
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    page.check_csrf(csrf)?;
    // Every kind is validated before anything is saved.
    let mut chosen = Vec::new();
    for (k, v) in &fields {
        if k == "csrf" {
            continue;
        }
        chosen.push(parse_choice(k, v)?);
    }
    s.app.set_notifications(&page.actor, &id, &chosen).await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}/notifications"),
        &page.t("notifications-saved"),
    ))
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
struct UnsubscribePage {
    l: Layout,
    pool_id: String,
    pool_name: String,
    label: String,
    action: String,
    done: bool,
}

/// The page a `List-Unsubscribe` link opens: a button, no sign-in needed.
pub async fn unsubscribe_form(
    State(s): State<AppState>,
    page: Page,
    Path((person, pool, kind, token)): Path<(String, String, String, String)>,
) -> Result<Response, PageError> {
    let (p, k) = s
        .app
        .unsubscribe(&person, &pool, &kind, &token, false)
        .await?;
    render(&UnsubscribePage {
        l: Layout::new(&page, page.t("unsubscribe-stop")),
        action: format!("/unsubscribe/{person}/{pool}/{kind}/{token}"),
        pool_id: p.id,
        pool_name: p.name,
        label: kind_label(&page, k),
        done: false,
    })
}

/// The one-click unsubscribe (RFC 8058): a POST to the link, from the page's
/// button or straight from a mail program, turns that kind off. The link's
/// token is the authority, so it needs neither a session nor a CSRF field.
pub async fn unsubscribe(
    State(s): State<AppState>,
    page: Page,
    Path((person, pool, kind, token)): Path<(String, String, String, String)>,
) -> Result<Response, PageError> {
    let (p, k) = s
        .app
        .unsubscribe(&person, &pool, &kind, &token, true)
        .await?;
    render(&UnsubscribePage {
        l: Layout::new(&page, page.t("unsubscribe-done")),
        action: String::new(),
        pool_id: p.id,
        pool_name: p.name,
        label: kind_label(&page, k),
        done: true,
    })
}

//! Home, sign up, sign in and out, password reset, and the operator's outbox.

use super::CsrfForm;
use super::layout::{FormErrors, Layout};
use super::{redirect, redirect_with, render, render_status, safe_next};
use crate::AppState;
use crate::error::PageError;
use crate::session::{Page, SESSION_COOKIE, set_cookie};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use pools_app::auth::SESSION_DAYS;
use pools_app::ports::{Group, OutboxMessage, SessionKind};
use pools_app::{Actor, AppError};
use pools_core::membership::{GroupRole, MemberStatus};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "home_public.html")]
struct HomePublic {
    l: Layout,
    groups: Vec<Group>,
}

struct MyPool {
    id: String,
    name: String,
    role_key: &'static str,
    pending: bool,
}

struct MyGroup {
    slug: String,
    name: String,
    organizer: bool,
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    l: Layout,
    pools: Vec<MyPool>,
    my_groups: Vec<MyGroup>,
    groups: Vec<Group>,
}

pub async fn home(State(s): State<AppState>, page: Page) -> Result<Response, PageError> {
    let groups = s.app.groups().await?;
    match &page.actor {
        Actor::Person(_) => {
            let home = s.app.home(&page.actor).await?;
            render(&Home {
                l: Layout::new(&page, page.locale.t("home-title")),
                pools: home
                    .pools
                    .into_iter()
                    .map(|(p, m)| MyPool {
                        id: p.id,
                        name: p.name,
                        role_key: match m.role {
                            pools_core::membership::PoolRole::Organizer => "role-organizer",
                            pools_core::membership::PoolRole::Treasurer => "role-treasurer",
                            pools_core::membership::PoolRole::Member => "role-member",
                        },
                        pending: m.status == MemberStatus::Pending,
                    })
                    .collect(),
                my_groups: home
                    .groups
                    .into_iter()
                    .map(|(g, r)| MyGroup {
                        slug: g.slug,
                        name: g.name,
                        organizer: r == GroupRole::Organizer,
                    })
                    .collect(),
                groups,
            })
        }
        _ => render(&HomePublic {
            l: Layout::new(&page, "Member-owned funds for groups"),
            groups,
        }),
    }
}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

#[derive(Template)]
#[template(path = "signup.html")]
struct Signup {
    l: Layout,
    errors: FormErrors,
    name: String,
    email: String,
    next: String,
}

#[derive(Deserialize)]
pub struct SignupForm {
    csrf: String,
    name: String,
    email: String,
    password: String,
    #[serde(default)]
    next: String,
}

fn session_cookie(state: &AppState, token: &str) -> axum::http::HeaderValue {
    set_cookie(
        SESSION_COOKIE,
        token,
        Some(SESSION_DAYS * 24 * 3600),
        state.secure_cookies,
        false,
    )
}

fn after_sign_in(next: &str) -> String {
    let n = safe_next(next);
    if n.is_empty() { "/".into() } else { n }
}

pub async fn signup_form(page: Page, Query(q): Query<NextQuery>) -> Result<Response, PageError> {
    render(&Signup {
        l: Layout::new(&page, page.locale.t("signup-title")),
        errors: FormErrors::none(),
        name: String::new(),
        email: String::new(),
        next: safe_next(&q.next),
    })
}

pub async fn signup(
    State(s): State<AppState>,
    page: Page,
    Form(f): Form<SignupForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s.app.sign_up(&f.email, &f.name, &f.password).await {
        Ok(signed) => {
            let mut res = redirect_with(
                &s,
                &after_sign_in(&f.next),
                &format!("Welcome, {}. Your account is ready.", signed.person.name),
            );
            res.headers_mut()
                .append(header::SET_COOKIE, session_cookie(&s, &signed.token));
            Ok(res)
        }
        Err(e) => {
            let errors = match e {
                AppError::Invalid(f) => f,
                AppError::Conflict(m) => vec![pools_app::FieldError {
                    field: "email".into(),
                    message: m,
                }],
                other => return Err(other.into()),
            };
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &Signup {
                    l: Layout::new(&page, page.locale.t("signup-title")),
                    errors: FormErrors(errors),
                    name: f.name,
                    email: f.email,
                    next: safe_next(&f.next),
                },
            )
        }
    }
}

#[derive(Template)]
#[template(path = "signin.html")]
struct Signin {
    l: Layout,
    errors: FormErrors,
    email: String,
    next: String,
}

#[derive(Deserialize)]
pub struct SigninForm {
    csrf: String,
    email: String,
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn signin_form(page: Page, Query(q): Query<NextQuery>) -> Result<Response, PageError> {
    render(&Signin {
        l: Layout::new(&page, page.locale.t("signin-title")),
        errors: FormErrors::none(),
        email: String::new(),
        next: safe_next(&q.next),
    })
}

pub async fn signin(
    State(s): State<AppState>,
    page: Page,
    Form(f): Form<SigninForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s
        .app
        .sign_in(&f.email, &f.password, &page.client, SessionKind::Browser)
        .await
    {
        Ok(signed) => {
            let mut res = redirect_with(
                &s,
                &after_sign_in(&f.next),
                &format!("Signed in as {}.", signed.person.name),
            );
            res.headers_mut()
                .append(header::SET_COOKIE, session_cookie(&s, &signed.token));
            Ok(res)
        }
        Err(e) => {
            let status = crate::error::status_of(&e);
            let errors = match e {
                AppError::Invalid(f) => f,
                AppError::Store(_) => return Err(e.into()),
                other => vec![pools_app::FieldError {
                    field: "email".into(),
                    message: other.to_string(),
                }],
            };
            let status = if status == StatusCode::TOO_MANY_REQUESTS {
                status
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            render_status(
                status,
                &Signin {
                    l: Layout::new(&page, page.locale.t("signin-title")),
                    errors: FormErrors(errors),
                    email: f.email,
                    next: safe_next(&f.next),
                },
            )
        }
    }
}

pub async fn signout(
    State(s): State<AppState>,
    page: Page,
    Form(f): Form<CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    if let Some(t) = &page.token {
        s.app.sign_out(t).await?;
    }
    let mut res = redirect_with(&s, "/", "You are signed out.");
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", Some(0), s.secure_cookies, false),
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "forgot.html")]
struct Forgot {
    l: Layout,
    errors: FormErrors,
    email: String,
    sent: bool,
}

#[derive(Deserialize)]
pub struct ForgotForm {
    csrf: String,
    email: String,
}

pub async fn forgot_form(page: Page) -> Result<Response, PageError> {
    render(&Forgot {
        l: Layout::new(&page, page.t("forgot-title")),
        errors: FormErrors::none(),
        email: String::new(),
        sent: false,
    })
}

pub async fn forgot(
    State(s): State<AppState>,
    page: Page,
    Form(f): Form<ForgotForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let (errors, sent) = match s.app.request_password_reset(&f.email, page.locale).await {
        Ok(()) => (FormErrors::none(), true),
        Err(AppError::Invalid(e)) => (FormErrors(e), false),
        Err(e) => return Err(e.into()),
    };
    let status = if sent {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &Forgot {
            l: Layout::new(&page, page.t("forgot-title")),
            errors,
            email: f.email,
            sent,
        },
    )
}

#[derive(Template)]
#[template(path = "reset.html")]
struct Reset {
    l: Layout,
    errors: FormErrors,
    token: String,
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Deserialize)]
pub struct ResetForm {
    csrf: String,
    token: String,
    password: String,
}

pub async fn reset_form(page: Page, Query(q): Query<TokenQuery>) -> Result<Response, PageError> {
    render(&Reset {
        l: Layout::new(&page, page.t("reset-title")),
        errors: FormErrors::none(),
        token: q.token,
    })
}

pub async fn reset(
    State(s): State<AppState>,
    page: Page,
    Form(f): Form<ResetForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s.app.reset_password(&f.token, &f.password).await {
        Ok(()) => Ok(redirect_with(&s, "/signin", &page.t("reset-done"))),
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &Reset {
                l: Layout::new(&page, page.t("reset-title")),
                errors: FormErrors(e),
                token: f.token,
            },
        ),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "outbox.html")]
struct Outbox {
    l: Layout,
    messages: Vec<OutboxRow>,
    delivers: bool,
}

/// A queued message, with where it stands and when it was queued in the
/// reader's words.
struct OutboxRow {
    m: OutboxMessage,
    status: String,
    queued: String,
}

/// Where a message stands, in the reader's language.
fn mail_status(page: &Page, s: pools_core::mail::MailStatus) -> String {
    use pools_core::mail::MailStatus;
    match s {
        MailStatus::Queued => page.t("outbox-status-queued"),
        MailStatus::Sending => page.t("outbox-status-sending"),
        MailStatus::Sent => page.t("outbox-status-sent"),
        MailStatus::Failed => page.t("outbox-status-failed"),
        MailStatus::Expired => page.t("outbox-status-expired"),
    }
}

pub async fn outbox(State(s): State<AppState>, page: Page) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(redirect("/signin?next=/admin/outbox"));
    }
    let messages = s.app.outbox(&page.actor, 200).await?;
    render(&Outbox {
        l: Layout::new(&page, page.t("outbox-title")),
        messages: messages
            .into_iter()
            .map(|m| OutboxRow {
                status: mail_status(&page, m.status),
                queued: page.when(&m.created_at),
                m,
            })
            .collect(),
        delivers: s.app.config().delivers_mail,
    })
}

#[derive(Template)]
#[template(path = "settings.html")]
struct SettingsPage {
    l: Layout,
    errors: FormErrors,
    language: String,
    time_zone: String,
    zones: Vec<String>,
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    time_zone: String,
}

/// A person's settings: their language and time zone.
pub async fn settings_form(page: Page) -> Result<Response, PageError> {
    let Actor::Person(p) = &page.actor else {
        return Ok(super::to_sign_in("/settings"));
    };
    render(&SettingsPage {
        l: Layout::new(&page, page.locale.t("settings-title")),
        errors: FormErrors::none(),
        language: p.language.clone().unwrap_or_default(),
        time_zone: p.time_zone.clone().unwrap_or_default(),
        zones: pools_i18n::time_zones(),
    })
}

/// Saves them; the page then speaks the language chosen.
pub async fn save_settings(
    State(s): State<AppState>,
    page: Page,
    Form(f): Form<SettingsForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s
        .app
        .save_settings(&page.actor, Some(&f.language), Some(&f.time_zone))
        .await
    {
        Ok(()) => {
            let l = pools_i18n::Locale::parse(&f.language).unwrap_or(page.locale);
            Ok(redirect_with(&s, "/settings", &l.t("settings-saved")))
        }
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SettingsPage {
                l: Layout::new(&page, page.locale.t("settings-title")),
                errors: FormErrors(e),
                language: f.language.clone(),
                time_zone: f.time_zone.clone(),
                zones: pools_i18n::time_zones(),
            },
        ),
        Err(e) => Err(e.into()),
    }
}

//! How use-case errors become HTTP responses: `application/problem+json`
//! (RFC 9457) for the API, a plain page for browsers. Bad input is never a
//! 500, and a 500 never shows internals.

use crate::pages::layout::ErrorPage;
use askama::Template;
use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use pools_app::{AppError, FieldError};
use pools_i18n::Locale;
use serde::Serialize;

/// The status code of each kind of error.
pub fn status_of(e: &AppError) -> StatusCode {
    match e {
        AppError::Invalid(_) | AppError::Import(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::NotFound(_) => StatusCode::NOT_FOUND,
        AppError::Unauthenticated(_) => StatusCode::UNAUTHORIZED,
        AppError::Forbidden(_) => StatusCode::FORBIDDEN,
        AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
        AppError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// A problem document (RFC 9457).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem; `about:blank` means the status says it all.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// What was wrong and how to fix it.
    pub detail: String,
    /// Per-field problems, for invalid input.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

/// One field's problem.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FieldProblem {
    /// The field.
    pub field: String,
    /// The problem.
    pub message: String,
}

/// An error answered by the API.
#[derive(Debug)]
pub enum ApiError {
    /// From a use case.
    App(AppError),
    /// The body could not be read.
    BadRequest(String),
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError::App(e)
    }
}

/// Builds a problem response.
pub fn problem(status: StatusCode, detail: String, errors: Vec<FieldError>) -> Response {
    let body = Problem {
        kind: "about:blank".into(),
        title: page_title(pools_i18n::reader().locale, status),
        status: status.as_u16(),
        detail,
        errors: errors
            .into_iter()
            .map(|e| FieldProblem {
                field: e.field,
                message: e.message,
            })
            .collect(),
    };
    let mut res = (status, Json(body)).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    res
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::BadRequest(detail) => problem(StatusCode::BAD_REQUEST, detail, Vec::new()),
            ApiError::App(e) => {
                let status = status_of(&e);
                let detail = e.to_string();
                let retry = match &e {
                    AppError::RateLimited { retry_after_secs }
                    | AppError::Busy { retry_after_secs } => Some(*retry_after_secs),
                    _ => None,
                };
                let errors = match e {
                    AppError::Invalid(f) => f,
                    _ => Vec::new(),
                };
                let mut res = problem(status, detail, errors);
                if let Some(s) = retry {
                    res.headers_mut()
                        .insert(header::RETRY_AFTER, HeaderValue::from(s));
                }
                if status == StatusCode::UNAUTHORIZED {
                    res.headers_mut()
                        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                }
                res
            }
        }
    }
}

/// An error shown to a browser.
#[derive(Debug)]
pub enum PageError {
    /// From a use case.
    App(AppError),
    /// A form came without the right CSRF token.
    Csrf,
}

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        PageError::App(e)
    }
}

/// An error's title for a status, in the reader's language: the error
/// page's heading and a problem document's `title`.
fn page_title(l: Locale, status: StatusCode) -> String {
    match status {
        StatusCode::UNPROCESSABLE_ENTITY => l.t("error-title-invalid"),
        StatusCode::NOT_FOUND => l.t("error-title-not-found"),
        StatusCode::UNAUTHORIZED => l.t("error-title-sign-in"),
        StatusCode::FORBIDDEN => l.t("error-title-forbidden"),
        StatusCode::CONFLICT => l.t("error-title-conflict"),
        StatusCode::TOO_MANY_REQUESTS => l.t("error-title-rate-limited"),
        StatusCode::SERVICE_UNAVAILABLE => l.t("error-title-busy"),
        StatusCode::BAD_REQUEST => l.t("error-title-bad-request"),
        _ => l.t("error-title-other"),
    }
}

/// What an error page says.
#[derive(Debug, Clone)]
struct Shown {
    status: StatusCode,
    /// The use case's words; `None` for a form refused for its CSRF token.
    message: Option<String>,
}

impl Shown {
    fn page(&self, l: Locale) -> ErrorPage {
        ErrorPage {
            locale: l,
            title: page_title(l, self.status),
            message: match &self.message {
                Some(m) => m.clone(),
                None => l.t("error-csrf"),
            },
            sign_in: self.status == StatusCode::UNAUTHORIZED,
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, message) = match &self {
            PageError::Csrf => (StatusCode::FORBIDDEN, None),
            PageError::App(e) => {
                let mut m = e.to_string();
                if let Some(first) = m.chars().next() {
                    m = first.to_uppercase().collect::<String>() + &m[first.len_utf8()..];
                }
                if !m.ends_with('.') {
                    m.push('.');
                }
                (status_of(e), Some(m))
            }
        };
        let retry = match &self {
            PageError::App(
                AppError::RateLimited { retry_after_secs } | AppError::Busy { retry_after_secs },
            ) => Some(*retry_after_secs),
            _ => None,
        };
        let shown = Shown { status, message };
        // In the language of whoever is being answered, as the use case's
        // words already are.
        let mut res = match shown.page(pools_i18n::reader().locale).render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, page_title(pools_i18n::reader().locale, status)).into_response(),
        };
        if let Some(s) = retry {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(s));
        }
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_pages_speak_the_readers_language() {
        let refused = Shown {
            status: StatusCode::FORBIDDEN,
            message: None,
        };
        let en = refused.page(Locale::En).render().unwrap();
        assert!(en.contains(r#"<html lang="en">"#), "{en}");
        assert!(en.contains("<h1>Not allowed</h1>"), "{en}");
        assert!(en.contains("This form expired or came from another site."));
        assert!(en.contains("Back to the start page"));
        let fr = refused.page(Locale::Fr).render().unwrap();
        assert!(fr.contains(r#"<html lang="fr">"#), "{fr}");
        assert!(fr.contains("<h1>Non autorisé</h1>"), "{fr}");
        assert!(fr.contains("Ce formulaire a expiré"), "{fr}");
        let sign_in = Shown {
            status: StatusCode::UNAUTHORIZED,
            message: Some("Sign in to see this pool.".into()),
        };
        let es = sign_in.page(Locale::Es).render().unwrap();
        assert!(es.contains("<h1>Inicie sesión primero</h1>"), "{es}");
        assert!(
            es.contains(r#"<a class="button" href="/signin">Iniciar sesión</a> o <a href="/signup">crear una cuenta</a>."#),
            "{es}"
        );
        // The use case's own words are shown as they are (they are said
        // in the reader's language when written).
        assert!(es.contains("Sign in to see this pool."), "{es}");
        let en = sign_in.page(Locale::En).render().unwrap();
        assert!(en.contains(r#"<a class="button" href="/signin">Sign in</a> or <a href="/signup">create an account</a>."#), "{en}");
    }
}

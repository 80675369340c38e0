//! Errors of the use cases.
//!
//! Policy: every error a person can cause says what was wrong and how to fix
//! it, in words fit for a page. Storage failures are logged with detail and
//! shown only as "something went wrong on our side"; nothing internal leaks.
//! The web layer maps each variant to one HTTP status and a problem document.

use crate::ports::StoreError;
use pools_core::meetup::MeetupError;
use pools_core::msg::Msg;
use pools_core::rules::RuleError;
use pools_core::text::TextError;

/// One field's problem, for forms that show errors next to inputs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    /// The field name as in the form or JSON body.
    pub field: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// Why a use case refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The input is wrong; each field says how.
    #[error("{}", .0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    /// A Meetup export could not be read.
    #[error(transparent)]
    Import(#[from] MeetupError),
    /// Nothing by that name or id.
    #[error("{0}")]
    NotFound(String),
    /// The caller must sign in first.
    #[error("{0}")]
    Unauthenticated(String),
    /// The caller is signed in but may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// The request conflicts with the current state.
    #[error("{0}")]
    Conflict(String),
    /// Too many attempts; try again later.
    #[error("{}", say(Msg::new("error-rate-limited").num("seconds", *.retry_after_secs as i64)))]
    RateLimited {
        /// Seconds until the next attempt is allowed.
        retry_after_secs: u64,
    },
    /// The server is too busy to take this now (password hashing is full).
    #[error("{}", say(Msg::new("error-busy").num("seconds", *.retry_after_secs as i64)))]
    Busy {
        /// Seconds to wait before trying again.
        retry_after_secs: u64,
    },
    /// The storage failed.
    #[error("{}", say(Msg::new("error-store")))]
    Store(#[source] StoreError),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(m) => {
                AppError::Conflict(say(Msg::new("error-clash").text("what", m)))
            }
            other => {
                tracing::error!(error = %other, "storage failure");
                AppError::Store(other)
            }
        }
    }
}

impl From<TextError> for AppError {
    fn from(e: TextError) -> Self {
        AppError::Invalid(vec![FieldError {
            field: e.field.to_string(),
            message: e.message,
        }])
    }
}

impl From<Vec<RuleError>> for AppError {
    fn from(errs: Vec<RuleError>) -> Self {
        AppError::Invalid(
            errs.into_iter()
                .map(|e| FieldError {
                    field: e.field.to_string(),
                    message: e.message,
                })
                .collect(),
        )
    }
}

impl AppError {
    /// An error about one field.
    pub fn invalid(field: &str, message: impl Into<String>) -> AppError {
        AppError::Invalid(vec![FieldError {
            field: field.to_string(),
            message: message.into(),
        }])
    }

    /// The "sign in first" error.
    pub fn sign_in() -> AppError {
        AppError::Unauthenticated(say(Msg::new("error-sign-in-first")))
    }
}

/// Result of a use case.
pub type AppResult<T> = Result<T, AppError>;

/// "there is no pool with id …", said for the reader.
pub fn no_pool(id: &str) -> AppError {
    AppError::NotFound(say(Msg::new("error-no-pool").text("id", id)))
}

/// A message said for whoever is being answered: the reader of the page or
/// the caller of the API, in their language (English outside a request).
/// Errors are written with it, so a person reads what is wrong in their
/// own words.
pub fn say(m: pools_core::msg::Msg) -> String {
    pools_i18n::tell(&m)
}

/// A refusal the journal keeps: its English, for anyone reading the
/// journal itself, and the message each reader of the decision is told in
/// their own language.
pub(crate) fn kept(m: Msg) -> (String, Option<Msg>) {
    (pools_i18n::say(pools_i18n::Locale::En, None, &m), Some(m))
}

/// What is wrong with a time zone name Pools does not know.
pub(crate) fn not_a_time_zone(z: &str) -> String {
    say(Msg::new("error-not-a-time-zone").text("zone", pools_core::text::quote(z)))
}

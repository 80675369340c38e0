//! What every page shares: the layout data, form errors and the error page.

use crate::session::Page;
use askama::Template;
use pools_app::{Actor, FieldError};

/// The data the base template needs.
pub struct Layout {
    pub title: String,
    pub person: Option<String>,
    pub operator: bool,
    pub csrf: String,
    pub flash: Option<String>,
}

impl Layout {
    /// The layout for a page with this title.
    pub fn new(page: &Page, title: impl Into<String>) -> Layout {
        let (person, operator) = match &page.actor {
            Actor::Person(p) => (Some(p.name.clone()), p.operator),
            _ => (None, false),
        };
        Layout {
            title: title.into(),
            person,
            operator,
            csrf: page.csrf.clone(),
            flash: page.flash.clone(),
        }
    }
}

/// A form's problems, shown in a summary and next to each field.
#[derive(Default)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    /// No errors.
    pub fn none() -> FormErrors {
        FormErrors(Vec::new())
    }
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// How many.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// All of them.
    pub fn all(&self) -> &[FieldError] {
        &self.0
    }
    /// The first message for a field.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
    /// Whether a field has a problem.
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }
}

/// The page shown for an error.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub title: String,
    pub message: String,
    pub sign_in: bool,
}

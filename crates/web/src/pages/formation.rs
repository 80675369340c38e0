//! Formation pages: start formation and fill in the legal details, follow
//! the filing checklist, read each document (HTML or PDF) and sign it.

use super::decisions::when;
use super::layout::{FormErrors, Layout};
use super::{redirect_with, render, render_status, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::session::Page;
use askama::Template;
use axum::Form;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use pools_app::formation::{DocumentView, FormationView};
use pools_app::{Actor, AppError};
use pools_core::Money;
use pools_core::formation::{Details, DocKind, EntityForm, Organizer, Status, Step};
use serde::Deserialize;

/// Organizer rows the form offers.
const ORGANIZER_ROWS: usize = 3;

fn dollars(cents: i64) -> String {
    Money::new(
        cents,
        pools_core::Currency::from_code("USD").expect("USD exists"),
    )
    .to_string()
}

/// The form's fields, as typed.
#[derive(Default, Clone)]
pub struct DetailsForm {
    csrf: String,
    form: String,
    legal_name: String,
    agent_name: String,
    agent_address: String,
    principal_office: String,
    mailing_address: String,
    purpose: String,
    social_purpose: String,
    fiscal_year_end: String,
    organizer_name: Vec<String>,
    organizer_address: Vec<String>,
}

impl DetailsForm {
    fn from_body(body: &[u8]) -> DetailsForm {
        let mut f = DetailsForm::default();
        for (k, v) in form_urlencoded::parse(body).into_owned() {
            match k.as_str() {
                "csrf" => f.csrf = v,
                "form" => f.form = v,
                "legal_name" => f.legal_name = v,
                "agent_name" => f.agent_name = v,
                "agent_address" => f.agent_address = v,
                "principal_office" => f.principal_office = v,
                "mailing_address" => f.mailing_address = v,
                "purpose" => f.purpose = v,
                "social_purpose" => f.social_purpose = v,
                "fiscal_year_end" => f.fiscal_year_end = v,
                "organizer_name" => f.organizer_name.push(v),
                "organizer_address" => f.organizer_address.push(v),
                _ => {}
            }
        }
        f
    }

    fn from_details(form: EntityForm, d: &Details) -> DetailsForm {
        DetailsForm {
            csrf: String::new(),
            form: form.as_str().into(),
            legal_name: d.legal_name.clone(),
            agent_name: d.agent_name.clone(),
            agent_address: d.agent_address.clone(),
            principal_office: d.principal_office.clone(),
            mailing_address: d.mailing_address.clone(),
            purpose: d.purpose.clone(),
            social_purpose: d.social_purpose.clone(),
            fiscal_year_end: d.fiscal_year_end.clone(),
            organizer_name: d.organizers.iter().map(|o| o.name.clone()).collect(),
            organizer_address: d.organizers.iter().map(|o| o.address.clone()).collect(),
        }
    }

    fn parse(&self) -> Result<(EntityForm, Details), AppError> {
        let form = EntityForm::parse(&self.form).ok_or_else(|| {
            AppError::invalid("form", "choose a Delaware LLC or a Colorado cooperative")
        })?;
        let organizers = self
            .organizer_name
            .iter()
            .zip(
                self.organizer_address
                    .iter()
                    .chain(std::iter::repeat(&String::new())),
            )
            .filter(|(n, a)| !n.trim().is_empty() || !a.trim().is_empty())
            .map(|(n, a)| Organizer {
                name: n.trim().to_string(),
                address: a.trim().to_string(),
            })
            .collect();
        Ok((
            form,
            Details {
                legal_name: self.legal_name.clone(),
                agent_name: self.agent_name.trim().to_string(),
                agent_address: self.agent_address.trim().to_string(),
                principal_office: self.principal_office.trim().to_string(),
                mailing_address: self.mailing_address.trim().to_string(),
                organizers,
                purpose: self.purpose.trim().to_string(),
                social_purpose: self.social_purpose.trim().to_string(),
                fiscal_year_end: self.fiscal_year_end.trim().to_string(),
            },
        ))
    }

    fn organizer_rows(&self) -> Vec<(String, String)> {
        (0..ORGANIZER_ROWS.max(self.organizer_name.len()))
            .map(|i| {
                (
                    self.organizer_name.get(i).cloned().unwrap_or_default(),
                    self.organizer_address.get(i).cloned().unwrap_or_default(),
                )
            })
            .collect()
    }
}

struct DocRow {
    kind: &'static str,
    title: &'static str,
    short_hash: String,
    signed: String,
    missing: String,
    mine: bool,
    can_sign: bool,
}

struct StepRow {
    label: &'static str,
    done: bool,
    current: bool,
}

#[derive(Template)]
#[template(path = "formation.html")]
struct FormationPage {
    l: Layout,
    errors: FormErrors,
    pool_id: String,
    pool_name: String,
    legal_status: String,
    started: bool,
    status: &'static str,
    form_label: String,
    legal_name: String,
    can_manage: bool,
    editing: bool,
    f: DetailsForm,
    organizer_rows: Vec<(String, String)>,
    forms: Vec<(&'static str, &'static str)>,
    steps: Vec<StepRow>,
    version: i64,
    documents: Vec<DocRow>,
    previews: Vec<(&'static str, &'static str)>,
    all_signed: bool,
    earlier: usize,
    versions: Vec<(i64, String, String)>,
    duties: Vec<(String, String, String, String)>,
    filing_office: String,
    filing_address: String,
    filing_fee: String,
    annual: String,
    filed: String,
    today: String,
}

fn formation_page(
    s: &AppState,
    page: &Page,
    v: FormationView,
    f: Option<DetailsForm>,
    errors: FormErrors,
) -> FormationPage {
    let status = v.formation.as_ref().map(|f| f.status.clone());
    let at = status.as_ref().map(|s| s.as_str()).unwrap_or("");
    let pos = Status::STEPS.iter().position(|x| *x == at);
    let labels = [
        "Drafting",
        "Signing",
        "Ready to file",
        "Filed",
        "EIN recorded",
        "Active",
    ];
    let steps = labels
        .iter()
        .enumerate()
        .map(|(i, label)| StepRow {
            label,
            done: pos.is_some_and(|p| i < p) || at == "active",
            current: pos == Some(i),
        })
        .collect();
    let editing = v.can_manage && matches!(status, None | Some(Status::Drafting));
    let f = f.unwrap_or_else(|| match &v.formation {
        Some(x) => DetailsForm::from_details(x.form, &x.details),
        None => DetailsForm {
            form: EntityForm::DelawareLlc.as_str().into(),
            fiscal_year_end: "12-31".into(),
            ..DetailsForm::default()
        },
    });
    let documents = v
        .documents
        .iter()
        .map(|d| DocRow {
            kind: d.kind.as_str(),
            title: d.kind.title(),
            short_hash: d.sha256.chars().take(12).collect(),
            signed: d
                .signed
                .iter()
                .map(|x| x.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
            missing: d.missing.join(", "),
            mine: d.signed_by_me,
            can_sign: d.can_sign,
        })
        .collect();
    let previews = match &v.formation {
        Some(x) if x.version == 0 => x
            .form
            .documents()
            .iter()
            .map(|k| (k.as_str(), k.title()))
            .collect(),
        _ => Vec::new(),
    };
    FormationPage {
        l: Layout::new(page, format!("Legal entity for {}", v.pool.name)),
        errors,
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        legal_status: v.legal_status.clone(),
        started: v.formation.is_some(),
        status: at,
        form_label: v
            .formation
            .as_ref()
            .map(|x| x.form.label().to_string())
            .unwrap_or_default(),
        legal_name: v
            .formation
            .as_ref()
            .map(|x| x.details.legal_name.clone())
            .unwrap_or_default(),
        can_manage: v.can_manage,
        editing,
        organizer_rows: f.organizer_rows(),
        f,
        forms: EntityForm::ALL
            .iter()
            .map(|x| (x.as_str(), x.label()))
            .collect(),
        steps,
        version: v.formation.as_ref().map(|x| x.version).unwrap_or(0),
        documents,
        previews,
        all_signed: v.all_signed,
        earlier: v.earlier.len(),
        versions: v
            .versions
            .iter()
            .map(|x| (x.version, x.generated_on.clone(), x.reason.clone()))
            .collect(),
        duties: v
            .duties
            .iter()
            .map(|d| {
                (
                    d.name.clone(),
                    d.due_on.clone(),
                    dollars(d.fee_cents),
                    d.late_penalty.clone(),
                )
            })
            .collect(),
        filing_office: v.state.filing_office.clone(),
        filing_address: v.state.filing_address.clone(),
        filing_fee: dollars(v.state.filing_fee_cents),
        annual: format!(
            "{} of {}, due {}",
            v.state.annual_duty,
            dollars(v.state.annual_fee_cents),
            if v.state.annual_due == "anniversary-month" {
                "each year by the end of the month the entity was filed in".to_string()
            } else {
                format!("each year on {} (MM-DD)", v.state.annual_due)
            }
        ),
        filed: status
            .as_ref()
            .and_then(|x| match x {
                Status::Filed {
                    filed_on,
                    file_number,
                }
                | Status::EinRecorded {
                    filed_on,
                    file_number,
                    ..
                }
                | Status::Active {
                    filed_on,
                    file_number,
                    ..
                } => Some(format!("Filed on {filed_on}, file number {file_number}")),
                _ => None,
            })
            .unwrap_or_default(),
        today: s.app.now().date().to_string(),
    }
}

pub async fn show(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/formation")));
    }
    let v = s.app.formation_view(&page.actor, &id).await?;
    render(&formation_page(&s, &page, v, None, FormErrors::none()))
}

pub async fn save(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = DetailsForm::from_body(&body);
    page.check_csrf(&f.csrf)?;
    let result = match f.parse() {
        Ok((form, details)) => s.app.save_formation(&page.actor, &id, form, details).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(redirect_with(
            &s,
            &format!("/p/{id}/formation"),
            "The details are saved. Read the draft documents, then start the signing.",
        )),
        Err(AppError::Invalid(e)) => {
            let v = s.app.formation_view(&page.actor, &id).await?;
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &formation_page(&s, &page, v, Some(f), FormErrors(e)),
            )
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct StepForm {
    csrf: String,
    step: String,
    #[serde(default)]
    filed_on: String,
    #[serde(default)]
    file_number: String,
    #[serde(default)]
    ein: String,
}

pub async fn step(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<StepForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let step = match f.step.as_str() {
        "start_signing" => Step::StartSigning,
        "ready_to_file" => Step::ReadyToFile,
        "filed" => Step::Filed {
            filed_on: f.filed_on.clone(),
            file_number: f.file_number.clone(),
        },
        "ein_recorded" => Step::EinRecorded { ein: f.ein.clone() },
        "activate" => Step::Activate,
        _ => return Err(AppError::invalid("step", "that is not a formation step").into()),
    };
    match s.app.advance_formation(&page.actor, &id, step).await {
        Ok(x) => Ok(redirect_with(
            &s,
            &format!("/p/{id}/formation"),
            &match x.status {
                Status::Signing => "The documents are generated and out for signature.".to_string(),
                other => format!("The formation is now at \"{}\".", other.label()),
            },
        )),
        Err(AppError::Invalid(e)) => {
            let v = s.app.formation_view(&page.actor, &id).await?;
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &formation_page(&s, &page, v, None, FormErrors(e)),
            )
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct VersionQuery {
    version: Option<i64>,
}

fn kind_of(raw: &str) -> Result<DocKind, PageError> {
    DocKind::parse(raw)
        .ok_or_else(|| AppError::NotFound(format!("there is no document called \"{raw}\"")).into())
}

#[derive(Template)]
#[template(path = "formation_doc.html")]
struct DocPage {
    l: Layout,
    errors: FormErrors,
    pool_id: String,
    pool_name: String,
    kind: &'static str,
    title: String,
    version: i64,
    current: bool,
    sha256: String,
    matches: bool,
    recorded: Option<String>,
    body_html: String,
    notice: &'static str,
    signatures: Vec<(String, String, String)>,
    can_sign: bool,
    signed_by_me: bool,
    typed_name: String,
    pdf_href: String,
}

fn doc_page(page: &Page, v: DocumentView, errors: FormErrors, typed_name: String) -> DocPage {
    let version = v.document.version;
    DocPage {
        l: Layout::new(page, v.document.title.clone()),
        errors,
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        kind: v.document.kind.as_str(),
        title: v.document.title.clone(),
        version,
        current: v.current,
        sha256: v.document.sha256(),
        matches: v.matches,
        recorded: v.recorded_sha256.clone(),
        body_html: v.document.html(),
        notice: pools_docs::NOT_LEGAL_ADVICE,
        signatures: v
            .signatures
            .iter()
            .map(|x| (x.name.clone(), when(&x.at), x.sha256.clone()))
            .collect(),
        can_sign: v.can_sign,
        signed_by_me: v.signed_by_me,
        typed_name,
        pdf_href: format!(
            "/p/{}/formation/{}/pdf{}",
            v.pool.id,
            v.document.kind.as_str(),
            if version > 0 {
                format!("?version={version}")
            } else {
                String::new()
            }
        ),
    }
}

pub async fn document(
    State(s): State<AppState>,
    page: Page,
    Path((id, kind)): Path<(String, String)>,
    Query(q): Query<VersionQuery>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/formation/{kind}")));
    }
    let kind = kind_of(&kind)?;
    let v = s
        .app
        .formation_document(&page.actor, &id, kind, q.version)
        .await?;
    render(&doc_page(&page, v, FormErrors::none(), String::new()))
}

pub async fn document_pdf(
    State(s): State<AppState>,
    page: Page,
    Path((id, kind)): Path<(String, String)>,
    Query(q): Query<VersionQuery>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/formation/{kind}")));
    }
    let kind = kind_of(&kind)?;
    let v = s
        .app
        .formation_document(&page.actor, &id, kind, q.version)
        .await?;
    Ok(pdf_download(&v.document).await?)
}

/// Typesets a document as a PDF download, named after its title and
/// version. Typesetting takes tens of milliseconds, so it runs on a
/// blocking thread.
pub async fn pdf_download(doc: &pools_docs::Document) -> Result<Response, AppError> {
    let owned = doc.clone();
    let backend = |e: String| AppError::Store(pools_app::ports::StoreError::Backend(e));
    let bytes = tokio::task::spawn_blocking(move || pools_docs::pdf(&owned))
        .await
        .map_err(|e| backend(e.to_string()))?
        .map_err(|e| backend(e.to_string()))?;
    let base: String = doc
        .title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{base}-v{}.pdf\"", doc.version),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct SignForm {
    csrf: String,
    #[serde(default)]
    typed_name: String,
    #[serde(default)]
    confirm: String,
    #[serde(default)]
    sha256: String,
}

pub async fn sign(
    State(s): State<AppState>,
    page: Page,
    Path((id, kind)): Path<(String, String)>,
    Form(f): Form<SignForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let kind = kind_of(&kind)?;
    let result = s
        .app
        .sign_document(
            &page.actor,
            &id,
            kind,
            &f.typed_name,
            !f.confirm.is_empty(),
            &f.sha256,
        )
        .await;
    match result {
        Ok(x) => Ok(redirect_with(
            &s,
            &format!("/p/{id}/formation/{}", kind.as_str()),
            &format!(
                "You signed version {} of the {}. Your signature records SHA-256 {}.",
                x.version,
                kind.title(),
                &x.sha256[..12]
            ),
        )),
        Err(AppError::Invalid(e)) => {
            let v = s
                .app
                .formation_document(&page.actor, &id, kind, None)
                .await?;
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &doc_page(&page, v, FormErrors(e), f.typed_name),
            )
        }
        Err(e) => Err(e.into()),
    }
}

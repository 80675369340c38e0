//! Formation pages: start formation and fill in the legal details, follow
//! the filing checklist, read each document (HTML or PDF) and sign it.

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
use pools_i18n::{Arg, Locale};
use serde::Deserialize;

/// Organizer rows the form offers.
const ORGANIZER_ROWS: usize = 3;

/// Cents of US dollars, in the reader's number format.
fn dollars(page: &Page, cents: i64) -> String {
    page.money(Money::new(
        cents,
        pools_core::Currency::from_code("USD").expect("USD exists"),
    ))
}

/// The message naming a step of the checklist.
fn step_key(status: &str) -> &'static str {
    match status {
        "drafting" => "formation-step-drafting",
        "signing" => "formation-step-signing",
        "ready_to_file" => "formation-step-ready-to-file",
        "filed" => "formation-step-filed",
        "ein_recorded" => "formation-step-ein-recorded",
        _ => "formation-step-active",
    }
}

/// A legal form in the reader's language.
fn form_label(l: Locale, form: EntityForm) -> String {
    l.t(match form {
        EntityForm::DelawareLlc => "formation-form-delaware-llc",
        EntityForm::ColoradoLca => "formation-form-colorado-lca",
    })
}

/// The pool's legal status in words, as `pools_app::formation::legal_status`
/// says it in English.
fn legal_status(l: Locale, f: Option<&pools_app::ports::Formation>) -> String {
    match f {
        Some(x) => match &x.status {
            Status::Active { file_number, .. } => l.ta(
                "formation-status-active",
                &[
                    ("name", Arg::Str(x.details.legal_name.trim())),
                    ("form", Arg::Str(&form_label(l, x.form))),
                    ("number", Arg::Str(file_number)),
                ],
            ),
            other => l.ta(
                "formation-status-becoming",
                &[
                    ("name", Arg::Str(x.details.legal_name.trim())),
                    (
                        "status",
                        Arg::Str(&l.t(step_key(other.as_str())).to_lowercase()),
                    ),
                ],
            ),
        },
        None => l.t("formation-status-informal"),
    }
}

/// Why a version exists: the reasons the app records, in the reader's
/// language; any other reason as recorded.
fn reason(l: Locale, recorded: &str) -> String {
    if recorded == "Signing started." {
        return l.t("formation-reason-signing");
    }
    match recorded
        .strip_prefix("The rules changed by the decision \"")
        .and_then(|r| r.strip_suffix("\"."))
    {
        Some(title) => l.ta("formation-reason-rules", &[("title", Arg::Str(title))]),
        None => recorded.to_string(),
    }
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

    /// Each row's name, address and number (from 1).
    fn organizer_rows(&self) -> Vec<(String, String, i64)> {
        (0..ORGANIZER_ROWS.max(self.organizer_name.len()))
            .map(|i| {
                (
                    self.organizer_name.get(i).cloned().unwrap_or_default(),
                    self.organizer_address.get(i).cloned().unwrap_or_default(),
                    i as i64 + 1,
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
    label: String,
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
    entity_html: String,
    can_manage: bool,
    editing: bool,
    f: DetailsForm,
    organizer_rows: Vec<(String, String, i64)>,
    forms: Vec<(&'static str, String)>,
    steps: Vec<StepRow>,
    version: i64,
    documents: Vec<DocRow>,
    previews: Vec<(&'static str, &'static str)>,
    all_signed: bool,
    earlier: i64,
    versions: Vec<String>,
    duties: Vec<(String, String, String, String)>,
    file_it: String,
    facts: String,
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
    let lc = page.locale;
    let steps = Status::STEPS
        .iter()
        .enumerate()
        .map(|(i, x)| StepRow {
            label: lc.t(step_key(x)),
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
    let filed = status.as_ref().and_then(|x| match x {
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
        } => Some((filed_on.clone(), file_number.clone())),
        _ => None,
    });
    let entity_html = match &v.formation {
        None => String::new(),
        Some(x) => {
            let name = format!(
                "<strong>{}</strong>",
                crate::render::escape(&x.details.legal_name)
            );
            let form = crate::render::escape(&form_label(lc, x.form));
            match &filed {
                Some((date, number)) => lc.ta(
                    "formation-entity-filed",
                    &[
                        ("name", Arg::Str(&name)),
                        ("form", Arg::Str(&form)),
                        ("date", Arg::Str(&crate::render::escape(date))),
                        ("number", Arg::Str(&crate::render::escape(number))),
                    ],
                ),
                None => lc.ta(
                    "formation-entity",
                    &[("name", Arg::Str(&name)), ("form", Arg::Str(&form))],
                ),
            }
        }
    };
    let fee = dollars(page, v.state.filing_fee_cents);
    let annual_fee = dollars(page, v.state.annual_fee_cents);
    let annual = if v.state.annual_due == "anniversary-month" {
        lc.ta(
            "formation-annual-anniversary",
            &[
                ("duty", Arg::Str(&v.state.annual_duty)),
                ("fee", Arg::Str(&annual_fee)),
            ],
        )
    } else {
        lc.ta(
            "formation-annual",
            &[
                ("duty", Arg::Str(&v.state.annual_duty)),
                ("fee", Arg::Str(&annual_fee)),
                ("day", Arg::Str(&v.state.annual_due)),
            ],
        )
    };
    FormationPage {
        l: Layout::new(
            page,
            lc.ta("formation-title", &[("pool", Arg::Str(&v.pool.name))]),
        ),
        errors,
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        legal_status: legal_status(lc, v.formation.as_ref()),
        started: v.formation.is_some(),
        status: at,
        entity_html,
        can_manage: v.can_manage,
        editing,
        organizer_rows: f.organizer_rows(),
        f,
        forms: EntityForm::ALL
            .iter()
            .map(|x| (x.as_str(), form_label(lc, *x)))
            .collect(),
        steps,
        version: v.formation.as_ref().map(|x| x.version).unwrap_or(0),
        documents,
        previews,
        all_signed: v.all_signed,
        earlier: v.earlier.len() as i64,
        versions: v
            .versions
            .iter()
            .map(|x| {
                lc.ta(
                    "formation-version-line",
                    &[
                        ("version", Arg::Num(x.version)),
                        ("date", Arg::Str(&x.generated_on)),
                        ("reason", Arg::Str(&reason(lc, &x.reason))),
                    ],
                )
            })
            .collect(),
        duties: v
            .duties
            .iter()
            .map(|d| {
                (
                    d.name.clone(),
                    d.due_on.clone(),
                    dollars(page, d.fee_cents),
                    d.late_penalty.clone(),
                )
            })
            .collect(),
        file_it: lc.ta(
            "formation-file-it",
            &[
                ("office", Arg::Str(&v.state.filing_office)),
                ("address", Arg::Str(&v.state.filing_address)),
                ("fee", Arg::Str(&fee)),
            ],
        ),
        facts: lc.ta(
            "formation-facts",
            &[("annual", Arg::Str(&annual)), ("fee", Arg::Str(&fee))],
        ),
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
    page.in_pool(v.pool.time_zone.as_deref());
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
            &page.t("formation-saved"),
        )),
        Err(AppError::Invalid(e)) => {
            let v = s.app.formation_view(&page.actor, &id).await?;
            page.in_pool(v.pool.time_zone.as_deref());
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
                Status::Signing => page.t("formation-signing-started"),
                other => page.ta(
                    "formation-now-at",
                    &[("status", Arg::Str(&page.t(step_key(other.as_str()))))],
                ),
            },
        )),
        Err(AppError::Invalid(e)) => {
            let v = s.app.formation_view(&page.actor, &id).await?;
            page.in_pool(v.pool.time_zone.as_deref());
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
    recorded: String,
    body_html: String,
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
        recorded: v.recorded_sha256.clone().unwrap_or_default(),
        body_html: v.document.html(),
        signatures: v
            .signatures
            .iter()
            .map(|x| (x.name.clone(), page.when(&x.at), x.sha256.clone()))
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
            &page.ta(
                "formation-signed-flash",
                &[
                    ("version", Arg::Num(x.version)),
                    ("title", Arg::Str(kind.title())),
                    ("hash", Arg::Str(&x.sha256[..12])),
                ],
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

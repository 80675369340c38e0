//! The Flood page: member pools and their commitments, the fund, a chart,
//! the decisions, and how another pool joins.

use super::layout::Layout;
use super::{render, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::render::bar_chart;
use crate::session::Page;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use pools_app::Actor;
use pools_core::Money;
use pools_core::flood::{FloodStatus, MemberPoolStatus};
use pools_i18n::{Arg, Locale};

/// A message as HTML, each argument escaped and set in `<code>`.
fn coded(l: Locale, id: &str, args: &[(&str, &str)]) -> String {
    super::layout::tagged(l, id, args, "code")
}

struct PoolRow {
    id: String,
    name: String,
    committed: String,
    status: String,
}

struct DecisionRow {
    id: String,
    title: String,
    open: bool,
    summary: String,
}

#[derive(Template)]
#[template(path = "flood.html")]
struct FloodPage {
    l: Layout,
    id: String,
    name: String,
    purpose: String,
    dissolved: bool,
    double_majority: bool,
    treasury: String,
    authorized: String,
    available: String,
    pools: Vec<PoolRow>,
    chart: String,
    decisions: Vec<DecisionRow>,
    can_propose: bool,
    rules: Vec<String>,
    invite_html: String,
}

pub async fn show(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/f/{id}")));
    }
    let v = s.app.flood_view(&page.actor, &id).await?;
    let c = v.flood.currency;
    let mut decisions = s.app.decisions(&page.actor, &id).await?;
    decisions.sort_by_key(|d| d.closed);
    let can_propose = s.app.pool_view(&page.actor, &id).await?.can_propose;
    let bars: Vec<(String, u64)> = v
        .pools
        .iter()
        .filter(|p| p.status == MemberPoolStatus::Member)
        .map(|p| (p.name.clone(), p.committed.max(0) as u64))
        .collect();
    render(&FloodPage {
        l: Layout::new(&page, v.flood.name.clone()),
        invite_html: coded(
            page.locale,
            "flood-invite",
            &[
                (
                    "url",
                    &format!("{}/f/{}", s.app.config().public_url, v.flood.id),
                ),
                ("id", &v.flood.id),
            ],
        ),
        id: v.flood.id.clone(),
        name: v.flood.name.clone(),
        purpose: v.flood.purpose.clone(),
        dissolved: v.flood.status == FloodStatus::Dissolved,
        double_majority: v.flood.double_majority,
        treasury: page.money(v.treasury),
        authorized: page.money(v.authorized),
        available: page.money(v.available),
        chart: if bars.is_empty() {
            String::new()
        } else {
            bar_chart(
                &page.ta("flood-chart-title", &[("name", Arg::Str(&v.flood.name))]),
                &bars
                    .iter()
                    .map(|(n, m)| (n.clone(), *m / 10u64.pow(c.exponent() as u32)))
                    .collect::<Vec<_>>(),
                &page.ta("flood-chart-unit", &[("currency", Arg::Str(c.code()))]),
            )
        },
        pools: v
            .pools
            .iter()
            .map(|p| PoolRow {
                id: p.pool_id.clone(),
                name: p.name.clone(),
                committed: page.money(Money::new(p.committed, c)),
                status: if p.status == MemberPoolStatus::Member {
                    page.t("flood-member")
                } else {
                    page.ta(
                        "flood-left",
                        &[("amount", Arg::Str(&page.money(Money::new(p.received, c))))],
                    )
                },
            })
            .collect(),
        decisions: decisions
            .into_iter()
            .map(|d| DecisionRow {
                summary: super::decisions::summary(&s, &page, &d),
                id: d.id.clone(),
                title: d.title.clone(),
                open: !d.closed,
            })
            .collect(),
        can_propose: can_propose && v.flood.status == FloodStatus::Active,
        rules: pools_i18n::rules(page.locale, &v.flood.rules, c),
    })
}

#[derive(Template)]
#[template(path = "flood_agreement.html")]
struct AgreementPage {
    l: super::layout::Layout,
    errors: super::layout::FormErrors,
    id: String,
    name: String,
    title: String,
    version: i64,
    sha256: String,
    body_html: String,
    signatures: Vec<(String, String)>,
    earlier: i64,
    can_sign: bool,
    signed_by_me: bool,
    typed_name: String,
}

fn agreement_page(
    page: &Page,
    v: pools_app::floods::AgreementView,
    errors: super::layout::FormErrors,
    typed_name: String,
) -> AgreementPage {
    AgreementPage {
        l: Layout::new(page, v.document.title.clone()),
        errors,
        id: v.flood.id.clone(),
        name: v.flood.name.clone(),
        title: v.document.title.clone(),
        version: v.document.version,
        sha256: v.document.sha256(),
        body_html: v.document.html(),
        signatures: v
            .signatures
            .iter()
            .map(|s| (s.1.clone(), page.when(&s.3)))
            .collect(),
        earlier: v.earlier as i64,
        can_sign: v.can_sign,
        signed_by_me: v.signed_by_me,
        typed_name,
    }
}

pub async fn agreement(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/f/{id}/agreement")));
    }
    let v = s.app.flood_agreement(&page.actor, &id).await?;
    render(&agreement_page(
        &page,
        v,
        super::layout::FormErrors::none(),
        String::new(),
    ))
}

pub async fn agreement_pdf(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/f/{id}/agreement")));
    }
    let v = s.app.flood_agreement(&page.actor, &id).await?;
    Ok(super::pdf_download(&v.document).await?)
}

#[derive(serde::Deserialize)]
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
    Path(id): Path<String>,
    axum::Form(f): axum::Form<SignForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s
        .app
        .sign_flood_agreement(
            &page.actor,
            &id,
            &f.typed_name,
            !f.confirm.is_empty(),
            &f.sha256,
        )
        .await
    {
        Ok(()) => Ok(super::redirect_with(
            &s,
            &format!("/f/{id}/agreement"),
            &page.t("flood-signed"),
        )),
        Err(pools_app::AppError::Invalid(e)) => {
            let v = s.app.flood_agreement(&page.actor, &id).await?;
            super::render_status(
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                &agreement_page(&page, v, super::layout::FormErrors(e), f.typed_name),
            )
        }
        Err(e) => Err(e.into()),
    }
}

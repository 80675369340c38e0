//! The treasury page: balances, capital accounts, every entry, and the
//! forms treasurers use to record money and reversals.

use super::layout::{FormErrors, Layout};
use super::{redirect_with, render, render_status, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::session::Page;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use pools_app::treasury::{NewMoney, money_kind};
use pools_app::{Actor, AppError};
use pools_core::Money;
use pools_core::event::MoneyKind;
use pools_core::ledger::{EntryKind, ExitStatus, PayoutStatus, ReportStatus};
use serde::Deserialize;

mod statements;
pub use statements::{bank_check, bank_form, csv, csv_response, my_statement, statement_of};

struct PayoutRow {
    id: String,
    decision_id: String,
    payee: String,
    amount: String,
    purpose: String,
    status: String,
    waiting: bool,
    pay_key: String,
    cancel_key: String,
}

struct ReportRow {
    id: String,
    name: String,
    kind: &'static str,
    amount: String,
    sent: String,
    status: String,
    pending: bool,
    confirm_key: String,
    reject_key: String,
}

struct ExitRow {
    id: String,
    name: String,
    amount: String,
    due_on: String,
    status: String,
    warning: String,
    owed: bool,
    key: String,
}

struct EntryRow {
    id: String,
    decision: Option<String>,
    date: String,
    what: String,
    member: String,
    amount: String,
    details: String,
    reversible: bool,
    key: String,
}

#[derive(Template)]
#[template(path = "treasury.html")]
struct TreasuryPage {
    l: Layout,
    chart: String,
    errors: FormErrors,
    pool_id: String,
    pool_name: String,
    currency: String,
    treasury: String,
    authorized: String,
    budgeted: String,
    has_budgeted: bool,
    available: String,
    buy_in: String,
    has_buy_in: bool,
    can_record: bool,
    /// Whether these are a Flood's books (money enters only from its pools).
    is_flood: bool,
    /// The pool's stake in each Flood: (id, name, committed, worth now, committed less worth now).
    floods: Vec<(String, String, String, String, String)>,
    members: Vec<(String, String, bool)>,
    capital: Vec<(String, String, String)>,
    entries: Vec<EntryRow>,
    payouts: Vec<PayoutRow>,
    exits: Vec<ExitRow>,
    reports: Vec<ReportRow>,
    can_report: bool,
    form_key: String,
    f_person: String,
    f_kind: String,
    f_amount: String,
    f_date: String,
    f_method: String,
    f_reference: String,
}

#[derive(Deserialize, Default)]
pub struct MoneyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    idempotency_key: String,
    #[serde(default)]
    person_id: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    received_on: String,
    #[serde(default)]
    method: String,
    #[serde(default)]
    reference: String,
}

async fn page(
    s: &AppState,
    page: &Page,
    id: &str,
    f: MoneyForm,
    errors: FormErrors,
) -> Result<TreasuryPage, PageError> {
    let t = s.app.treasury(&page.actor, id).await?;
    let c = t.pool.currency;
    let today = s.app.now().date().to_string();
    let entries = t
        .entries
        .iter()
        .map(|e| EntryRow {
            id: e.id.clone(),
            decision: e.decision_id.clone(),
            date: e
                .received_on
                .clone()
                .unwrap_or_else(|| e.at.get(..10).unwrap_or("").to_string()),
            what: e.kind.label().to_string(),
            member: e.person_name.clone().unwrap_or_else(|| {
                if matches!(
                    e.kind,
                    EntryKind::Authorization
                        | EntryKind::RoundBudgeted
                        | EntryKind::RoundReleased
                        | EntryKind::FloodCommitment
                        | EntryKind::FloodReturn
                        | EntryKind::PoolCommitment
                        | EntryKind::PoolExit
                ) {
                    e.memo.clone()
                } else {
                    String::new()
                }
            }),
            amount: if e.kind.is_outflow() {
                format!("−{}", Money::new(e.amount, c))
            } else {
                Money::new(e.amount, c).to_string()
            },
            details: match (&e.reverses, &e.reversed_by) {
                (Some(_), _) => format!("Reverses an earlier entry: {}", e.memo),
                _ if e.kind == EntryKind::Payment => format!("reference {}", e.memo),
                _ if e.kind == EntryKind::Cancellation => e.memo.clone(),
                _ if e.kind == EntryKind::Authorization => "by a passed decision".into(),
                (_, Some(_)) => format!(
                    "Reversed. {} {}",
                    e.method.clone().unwrap_or_default().replace('_', " "),
                    e.reference.clone().unwrap_or_default()
                ),
                _ => format!(
                    "{} {}",
                    e.method.clone().unwrap_or_default().replace('_', " "),
                    e.reference.clone().unwrap_or_default()
                ),
            },
            reversible: e.why_not_reversible().is_none(),
            key: pools_app::new_token(),
        })
        .collect();
    // The fund over the shown entries, walked back from today's balance:
    // bounded by the page's entries, never a sum over all of history.
    let mut balance = t.treasury.minor;
    let mut points = vec![(today.clone(), balance)];
    for e in &t.entries {
        let delta: i64 = e
            .postings
            .iter()
            .filter(|p| p.account == pools_core::ledger::Account::Treasury)
            .map(|p| p.amount)
            .sum();
        if delta != 0 {
            balance -= delta;
            points.push((e.at.get(..10).unwrap_or("").to_string(), balance));
        }
    }
    points.reverse();
    let chart = crate::render::line_chart("Cash held over time", &points, |v| {
        Money::new(v, c).to_string()
    });
    Ok(TreasuryPage {
        chart,
        l: Layout::new(page, format!("Treasury of {}", t.pool.name)),
        errors,
        pool_id: t.pool.id.clone(),
        pool_name: t.pool.name.clone(),
        currency: c.to_string(),
        treasury: t.treasury.to_string(),
        authorized: t.authorized.to_string(),
        budgeted: t.budgeted.to_string(),
        has_budgeted: t.budgeted.minor != 0,
        available: t.available.to_string(),
        buy_in: Money::new(t.pool.rules.buy_in_minor, c).to_string(),
        has_buy_in: t.pool.rules.buy_in_minor > 0,
        can_record: t.can_record,
        is_flood: t.pool.is_flood,
        floods: t
            .floods
            .iter()
            .map(|f| {
                (
                    f.flood_id.clone(),
                    f.name.clone(),
                    f.committed.to_string(),
                    f.worth_now.to_string(),
                    f.spent_share.to_string(),
                )
            })
            .collect(),
        members: t.members.clone(),
        capital: t
            .capital
            .iter()
            .map(|(pid, name, m)| (pid.clone(), name.clone(), m.to_string()))
            .collect(),
        entries,
        payouts: t
            .payouts
            .iter()
            .map(|p| PayoutRow {
                id: p.id.clone(),
                decision_id: p.decision_id.clone(),
                payee: p.payee.clone(),
                amount: Money::new(p.amount, c).to_string(),
                purpose: p.purpose.clone(),
                status: match p.status {
                    PayoutStatus::Paid => format!(
                        "paid {}{}",
                        p.paid_on.clone().unwrap_or_default(),
                        p.reference
                            .as_ref()
                            .filter(|r| !r.is_empty())
                            .map(|r| format!(" ({r})"))
                            .unwrap_or_default()
                    ),
                    PayoutStatus::Cancelled => {
                        format!("cancelled: {}", p.reason.clone().unwrap_or_default())
                    }
                    PayoutStatus::Authorized => "authorized, waiting to be paid".into(),
                },
                waiting: p.status == PayoutStatus::Authorized,
                pay_key: pools_app::new_token(),
                cancel_key: pools_app::new_token(),
            })
            .collect(),
        can_report: t.can_report,
        reports: t
            .reports
            .iter()
            .map(|r| ReportRow {
                id: r.id.clone(),
                name: r.name.clone(),
                kind: match r.kind {
                    MoneyKind::Capital => "capital",
                    MoneyKind::Gift => "gift",
                    MoneyKind::BuyIn => "buy-in",
                },
                amount: Money::new(r.amount, c).to_string(),
                sent: format!("{} by {}", r.sent_on, r.method.replace('_', " ")),
                status: match r.status {
                    ReportStatus::Pending => "waiting for the treasurer".into(),
                    ReportStatus::Rejected => {
                        format!("rejected: {}", r.reason.clone().unwrap_or_default())
                    }
                    ReportStatus::Confirmed => "confirmed".into(),
                },
                pending: r.status == ReportStatus::Pending,
                confirm_key: pools_app::new_token(),
                reject_key: pools_app::new_token(),
            })
            .collect(),
        exits: t
            .exits
            .iter()
            .map(|x| {
                let owed = x.status == ExitStatus::Owed;
                // Warn as the deadline nears: two weeks ahead, and once it has passed.
                let warning = match (owed, x.due_on.as_str()) {
                    (true, due) if due < today.as_str() => format!("overdue since {due}"),
                    (true, due)
                        if due
                            <= (s.app.now().date() + time::Duration::days(14))
                                .to_string()
                                .as_str() =>
                    {
                        format!("due soon: {due}")
                    }
                    _ => String::new(),
                };
                ExitRow {
                    id: x.id.clone(),
                    name: x.name.clone(),
                    amount: Money::new(x.amount, c).to_string(),
                    due_on: x.due_on.clone(),
                    status: if owed {
                        "owed".into()
                    } else {
                        format!(
                            "repaid {}{}",
                            x.paid_on.clone().unwrap_or_default(),
                            x.reference
                                .as_ref()
                                .filter(|r| !r.is_empty())
                                .map(|r| format!(" ({r})"))
                                .unwrap_or_default()
                        )
                    },
                    warning,
                    owed,
                    key: pools_app::new_token(),
                }
            })
            .collect(),
        // A failed form keeps its key, so sending it again cannot record twice.
        form_key: if f.idempotency_key.is_empty() {
            pools_app::new_token()
        } else {
            f.idempotency_key.clone()
        },
        f_person: f.person_id,
        f_kind: if f.kind.is_empty() {
            "capital".into()
        } else {
            f.kind
        },
        f_amount: f.amount,
        f_date: if f.received_on.is_empty() {
            today
        } else {
            f.received_on
        },
        f_method: if f.method.is_empty() {
            "bank_transfer".into()
        } else {
            f.method
        },
        f_reference: f.reference,
    })
}

pub async fn show(
    State(s): State<AppState>,
    p: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(p.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/treasury")));
    }
    render(&page(&s, &p, &id, MoneyForm::default(), FormErrors::none()).await?)
}

pub async fn record(
    State(s): State<AppState>,
    p: Page,
    Path(id): Path<String>,
    Form(f): Form<MoneyForm>,
) -> Result<Response, PageError> {
    p.check_csrf(&f.csrf)?;
    let t = s.app.treasury(&p.actor, &id).await?;
    let result = async {
        let kind = money_kind(&f.kind)?;
        let m = t
            .pool
            .currency
            .parse_amount(&f.amount)
            .map_err(|e| AppError::invalid("amount", e.to_string()))?;
        s.app
            .record_money(
                &p.actor,
                &id,
                NewMoney {
                    person_id: f.person_id.clone(),
                    kind,
                    amount: m.minor,
                    received_on: f.received_on.clone(),
                    method: f.method.clone(),
                    reference: f.reference.clone(),
                },
                &f.idempotency_key,
            )
            .await
    }
    .await;
    match result {
        Ok(e) => Ok(redirect_with(
            &s,
            &format!("/p/{id}/treasury"),
            &format!(
                "Recorded {} from {}.",
                Money::new(e.amount, t.pool.currency),
                e.person_name.unwrap_or_default()
            ),
        )),
        Err(AppError::Invalid(errors)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page(&s, &p, &id, f, FormErrors(errors)).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct ReverseForm {
    csrf: String,
    idempotency_key: String,
    #[serde(default)]
    reason: String,
}

pub async fn reverse(
    State(s): State<AppState>,
    p: Page,
    Path((id, entry)): Path<(String, String)>,
    Form(f): Form<ReverseForm>,
) -> Result<Response, PageError> {
    p.check_csrf(&f.csrf)?;
    s.app
        .reverse_entry(&p.actor, &entry, &f.reason, &f.idempotency_key)
        .await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}/treasury"),
        "The entry is reversed; both stay in the record.",
    ))
}

#[derive(Deserialize)]
pub struct PayForm {
    csrf: String,
    idempotency_key: String,
    #[serde(default)]
    reference: String,
    paid_on: String,
}

pub async fn pay(
    State(s): State<AppState>,
    p: Page,
    Path((id, payout)): Path<(String, String)>,
    Form(f): Form<PayForm>,
) -> Result<Response, PageError> {
    p.check_csrf(&f.csrf)?;
    let paid = s
        .app
        .pay_payout(
            &p.actor,
            &payout,
            &f.reference,
            &f.paid_on,
            &f.idempotency_key,
        )
        .await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}/treasury"),
        &format!("The payout to {} is recorded as paid.", paid.payee),
    ))
}

#[derive(Deserialize)]
pub struct CancelForm {
    csrf: String,
    idempotency_key: String,
    #[serde(default)]
    reason: String,
}

pub async fn cancel(
    State(s): State<AppState>,
    p: Page,
    Path((id, payout)): Path<(String, String)>,
    Form(f): Form<CancelForm>,
) -> Result<Response, PageError> {
    p.check_csrf(&f.csrf)?;
    let c = s
        .app
        .cancel_payout(&p.actor, &payout, &f.reason, &f.idempotency_key)
        .await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}/treasury"),
        &format!("The payout to {} is cancelled.", c.payee),
    ))
}

pub async fn pay_exit(
    State(s): State<AppState>,
    p: Page,
    Path((id, exit)): Path<(String, String)>,
    Form(f): Form<PayForm>,
) -> Result<Response, PageError> {
    p.check_csrf(&f.csrf)?;
    let paid = s
        .app
        .pay_exit(
            &p.actor,
            &exit,
            &f.reference,
            &f.paid_on,
            &f.idempotency_key,
        )
        .await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}/treasury"),
        &format!("{}'s capital is recorded as repaid.", paid.name),
    ))
}

pub async fn report(
    State(s): State<AppState>,
    p: Page,
    Path(id): Path<String>,
    Form(f): Form<MoneyForm>,
) -> Result<Response, PageError> {
    p.check_csrf(&f.csrf)?;
    let t = s.app.treasury(&p.actor, &id).await?;
    let kind = money_kind(&f.kind)?;
    let amount = t
        .pool
        .currency
        .parse_amount(&f.amount)
        .map_err(|e| AppError::invalid("amount", e.to_string()))?;
    let me = p.actor.person_id().unwrap_or_default().to_string();
    s.app
        .report_money(
            &p.actor,
            &id,
            NewMoney {
                person_id: me,
                kind,
                amount: amount.minor,
                received_on: f.received_on.clone(),
                method: f.method.clone(),
                reference: f.reference.clone(),
            },
            &f.idempotency_key,
        )
        .await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}/treasury"),
        "Thank you. The treasurer will confirm it once it has arrived.",
    ))
}

#[derive(Deserialize)]
pub struct SettleForm {
    csrf: String,
    idempotency_key: String,
    #[serde(default)]
    reason: String,
}

pub async fn confirm_report(
    State(s): State<AppState>,
    p: Page,
    Path((id, report)): Path<(String, String)>,
    Form(f): Form<SettleForm>,
) -> Result<Response, PageError> {
    p.check_csrf(&f.csrf)?;
    let r = s
        .app
        .confirm_report(&p.actor, &report, &f.idempotency_key)
        .await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}/treasury"),
        &format!("{}'s money is in the books.", r.name),
    ))
}

pub async fn reject_report(
    State(s): State<AppState>,
    p: Page,
    Path((id, report)): Path<(String, String)>,
    Form(f): Form<SettleForm>,
) -> Result<Response, PageError> {
    p.check_csrf(&f.csrf)?;
    let r = s
        .app
        .reject_report(&p.actor, &report, &f.reason, &f.idempotency_key)
        .await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}/treasury"),
        &format!("The report from {} is rejected.", r.name),
    ))
}

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
use pools_i18n::{Arg, Locale};
use serde::Deserialize;

mod statements;
pub use statements::{bank_check, bank_form, csv, csv_response, my_statement, statement_of};

/// What an entry records, in the reader's words.
fn entry_label(l: Locale, kind: EntryKind) -> String {
    match kind {
        EntryKind::Capital => l.t("treasury-entry-capital"),
        EntryKind::Gift => l.t("treasury-entry-gift"),
        EntryKind::BuyIn => l.t("treasury-entry-buy-in"),
        EntryKind::Reversal => l.t("treasury-entry-reversal"),
        EntryKind::Authorization => l.t("treasury-entry-authorization"),
        EntryKind::Payment => l.t("treasury-entry-payment"),
        EntryKind::Cancellation => l.t("treasury-entry-cancellation"),
        EntryKind::ExitAuthorized => l.t("treasury-entry-exit-authorized"),
        EntryKind::ExitPaid => l.t("treasury-entry-exit-paid"),
        EntryKind::RoundBudgeted => l.t("treasury-entry-round-budgeted"),
        EntryKind::RoundReleased => l.t("treasury-entry-round-released"),
        EntryKind::FloodCommitment => l.t("treasury-entry-flood-commitment"),
        EntryKind::FloodReturn => l.t("treasury-entry-flood-return"),
        EntryKind::PoolCommitment => l.t("treasury-entry-pool-commitment"),
        EntryKind::PoolExit => l.t("treasury-entry-pool-exit"),
    }
}

/// How money moved (`bank_transfer`, `cash`, `card`), in the reader's
/// words; a way Pools does not know is shown as recorded.
fn method_words(l: Locale, method: &str) -> String {
    match method {
        "bank_transfer" => l.t("treasury-method-bank-transfer"),
        "cash" => l.t("treasury-method-cash"),
        "card" => l.t("treasury-method-card"),
        other => other.replace('_', " "),
    }
}

/// "paid 2020-01-05 (TRX-9)": a date, with the reference when there is one.
fn dated(l: Locale, id: &str, with_ref: &str, date: &str, reference: Option<&str>) -> String {
    match reference.filter(|r| !r.is_empty()) {
        Some(r) => l.ta(
            with_ref,
            &[("date", Arg::Str(date)), ("reference", Arg::Str(r))],
        ),
        None => l.ta(id, &[("date", Arg::Str(date))]),
    }
}

/// The fund's line chart, its text alternative in the reader's words.
fn fund_chart(l: Locale, points: &[(String, i64)], c: pools_core::Currency) -> String {
    let fmt = |v: i64| pools_i18n::money(l, Money::new(v, c));
    let title = l.t("treasury-chart-title");
    let svg = crate::render::line_chart(&title, points, fmt);
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return svg;
    };
    if svg.is_empty() {
        return svg;
    }
    // The chart writes its summary in English; say it in the reader's words.
    let highest = points.iter().map(|p| p.1).max().unwrap_or(0).max(1);
    let english = format!(
        "{title}: {} on {}, {} on {}; highest {}",
        fmt(first.1),
        first.0,
        fmt(last.1),
        last.0,
        fmt(highest)
    );
    let said = l.ta(
        "treasury-chart-summary",
        &[
            ("title", Arg::Str(&title)),
            ("first", Arg::Str(&fmt(first.1))),
            ("first_date", Arg::Str(&first.0)),
            ("last", Arg::Str(&fmt(last.1))),
            ("last_date", Arg::Str(&last.0)),
            ("highest", Arg::Str(&fmt(highest))),
        ],
    );
    let escape = crate::render::escape;
    svg.replace(&escape(&english), &escape(&said))
}

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
    kind: String,
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
    page.in_pool(t.pool.time_zone.as_deref());
    let c = t.pool.currency;
    let l = page.locale;
    let m = |v: i64| page.money(Money::new(v, c));
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
            what: entry_label(l, e.kind),
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
                format!("−{}", m(e.amount))
            } else {
                m(e.amount)
            },
            details: {
                let how = || {
                    format!(
                        "{} {}",
                        method_words(l, e.method.as_deref().unwrap_or_default()),
                        e.reference.clone().unwrap_or_default()
                    )
                };
                match (&e.reverses, &e.reversed_by) {
                    (Some(_), _) => {
                        page.ta("treasury-details-reverses", &[("memo", Arg::Str(&e.memo))])
                    }
                    _ if e.kind == EntryKind::Payment => page.ta(
                        "treasury-details-reference",
                        &[("reference", Arg::Str(&e.memo))],
                    ),
                    _ if e.kind == EntryKind::Cancellation => e.memo.clone(),
                    _ if e.kind == EntryKind::Authorization => {
                        page.t("treasury-details-authorized")
                    }
                    (_, Some(_)) => {
                        page.ta("treasury-details-reversed", &[("how", Arg::Str(&how()))])
                    }
                    _ => how(),
                }
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
    let chart = fund_chart(l, &points, c);
    Ok(TreasuryPage {
        chart,
        l: Layout::new(
            page,
            page.ta("treasury-page-title", &[("pool", Arg::Str(&t.pool.name))]),
        ),
        errors,
        pool_id: t.pool.id.clone(),
        pool_name: t.pool.name.clone(),
        currency: c.to_string(),
        treasury: page.money(t.treasury),
        authorized: page.money(t.authorized),
        budgeted: page.money(t.budgeted),
        has_budgeted: t.budgeted.minor != 0,
        available: page.money(t.available),
        buy_in: m(t.pool.rules.buy_in_minor),
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
                    page.money(f.committed),
                    page.money(f.worth_now),
                    page.money(f.spent_share),
                )
            })
            .collect(),
        members: t.members.clone(),
        capital: t
            .capital
            .iter()
            .map(|(pid, name, v)| (pid.clone(), name.clone(), page.money(*v)))
            .collect(),
        entries,
        payouts: t
            .payouts
            .iter()
            .map(|p| PayoutRow {
                id: p.id.clone(),
                decision_id: p.decision_id.clone(),
                payee: p.payee.clone(),
                amount: m(p.amount),
                purpose: p.purpose.clone(),
                status: match p.status {
                    PayoutStatus::Paid => dated(
                        l,
                        "treasury-payout-paid",
                        "treasury-payout-paid-reference",
                        p.paid_on.as_deref().unwrap_or_default(),
                        p.reference.as_deref(),
                    ),
                    PayoutStatus::Cancelled => page.ta(
                        "treasury-payout-cancelled",
                        &[("reason", Arg::Str(p.reason.as_deref().unwrap_or_default()))],
                    ),
                    PayoutStatus::Authorized => page.t("treasury-payout-authorized"),
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
                    MoneyKind::Capital => page.t("treasury-report-capital"),
                    MoneyKind::Gift => page.t("treasury-report-gift"),
                    MoneyKind::BuyIn => page.t("treasury-report-buy-in"),
                },
                amount: m(r.amount),
                sent: page.ta(
                    "treasury-report-sent",
                    &[
                        ("date", Arg::Str(&r.sent_on)),
                        ("method", Arg::Str(&method_words(l, &r.method))),
                    ],
                ),
                status: match r.status {
                    ReportStatus::Pending => page.t("treasury-report-pending"),
                    ReportStatus::Rejected => page.ta(
                        "treasury-report-rejected",
                        &[("reason", Arg::Str(r.reason.as_deref().unwrap_or_default()))],
                    ),
                    ReportStatus::Confirmed => page.t("treasury-report-confirmed"),
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
                    (true, due) if due < today.as_str() => {
                        page.ta("treasury-exit-overdue", &[("date", Arg::Str(due))])
                    }
                    (true, due)
                        if due
                            <= (s.app.now().date() + time::Duration::days(14))
                                .to_string()
                                .as_str() =>
                    {
                        page.ta("treasury-exit-due-soon", &[("date", Arg::Str(due))])
                    }
                    _ => String::new(),
                };
                ExitRow {
                    id: x.id.clone(),
                    name: x.name.clone(),
                    amount: m(x.amount),
                    due_on: x.due_on.clone(),
                    status: if owed {
                        page.t("treasury-exit-owed")
                    } else {
                        dated(
                            l,
                            "treasury-exit-repaid",
                            "treasury-exit-repaid-reference",
                            x.paid_on.as_deref().unwrap_or_default(),
                            x.reference.as_deref(),
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
            &p.ta(
                "treasury-recorded",
                &[
                    (
                        "amount",
                        Arg::Str(&p.money(Money::new(e.amount, t.pool.currency))),
                    ),
                    (
                        "name",
                        Arg::Str(e.person_name.as_deref().unwrap_or_default()),
                    ),
                ],
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
        &p.t("treasury-reversed"),
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
        &p.ta("treasury-paid", &[("payee", Arg::Str(&paid.payee))]),
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
        &p.ta("treasury-cancelled", &[("payee", Arg::Str(&c.payee))]),
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
        &p.ta("treasury-exit-recorded", &[("name", Arg::Str(&paid.name))]),
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
        &p.t("treasury-reported"),
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
        &p.ta("treasury-report-in-books", &[("name", Arg::Str(&r.name))]),
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
        &p.ta("treasury-report-refused", &[("name", Arg::Str(&r.name))]),
    ))
}

//! Budgeting round pages: the round with its buckets and my allocation, a
//! bucket with its budget, funders and flags, the form to propose one, and
//! the report of where the money went.

use super::decisions::{time_left, when};
use super::layout::{FormErrors, Layout};
use super::{redirect_with, render, render_status, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::render::{markdown, progress_bar};
use crate::session::Page;
use askama::Template;
use axum::Form;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use pools_app::budgeting::{BucketView, NewBucket, RoundView};
use pools_app::ports::{Bucket, Round};
use pools_app::{Actor, AppError, FieldError};
use pools_core::budget::BucketStatus;
use pools_core::budget::{BudgetLine, Phase};
use pools_core::ledger::PayoutStatus;
use pools_core::{Currency, Money};
use serde::Deserialize;

/// Budget line rows the proposal form offers (blank ones are skipped).
const LINE_ROWS: usize = 6;

fn money(v: i64, c: Currency) -> String {
    Money::new(v, c).to_string()
}

fn now_ms(s: &AppState) -> i64 {
    (s.app.now().unix_timestamp_nanos() / 1_000_000) as i64
}

/// The phase in words, with its deadline.
pub fn phase_text(s: &AppState, r: &Round, phase: Phase) -> String {
    let now = now_ms(s);
    match phase {
        Phase::Buckets => format!(
            "Proposing buckets until {} ({}); funding follows until {}",
            when(&r.buckets_close_at),
            time_left(r.buckets_close_ms - now),
            when(&r.funding_close_at)
        ),
        Phase::Funding => format!(
            "Funding open until {} ({})",
            when(&r.funding_close_at),
            time_left(r.funding_close_ms - now)
        ),
        Phase::Closing => "Funding has ended; the round is being closed.".into(),
        Phase::Closed => format!(
            "Closed {}",
            when(r.closed_at.as_deref().unwrap_or(&r.funding_close_at))
        ),
    }
}

/// A short label for a phase.
pub fn phase_tag(phase: Phase) -> &'static str {
    match phase {
        Phase::Buckets => "proposing",
        Phase::Funding => "funding",
        Phase::Closing | Phase::Closed => "closed",
    }
}

fn status_text(b: &Bucket) -> &'static str {
    match b.status {
        BucketStatus::Funded => "funded",
        BucketStatus::Missed => "missed its minimum",
        BucketStatus::Cancelled => "cancelled",
        BucketStatus::Open => "open",
    }
}

struct BucketRow {
    id: String,
    title: String,
    status: &'static str,
    open: bool,
    bar: String,
    progress: String,
    by: String,
    flags: i64,
    mine: String,
    room: String,
    key: String,
    fundable: bool,
}

/// The most the viewer can give a bucket now: its room, their share left,
/// and what the round's cap still allows them.
fn can_give(b: &Bucket, left: Option<i64>, cap: Option<i64>, given: i64) -> i64 {
    let mut most = (b.max_goal - b.total).min(left.unwrap_or(0));
    if let Some(cap) = cap {
        most = most.min(cap - given);
    }
    most.max(0)
}

fn bucket_row(b: &Bucket, c: Currency, mine: i64, most: i64, can_fund: bool) -> BucketRow {
    let fmt = |v| money(v, c);
    BucketRow {
        id: b.id.clone(),
        title: b.title.clone(),
        status: status_text(b),
        open: b.status == BucketStatus::Open,
        bar: progress_bar(b.total, b.min_goal, b.max_goal, fmt),
        progress: if b.min_goal == b.max_goal {
            format!("{} of {}", fmt(b.total), fmt(b.max_goal))
        } else {
            format!(
                "{} of {} to {}",
                fmt(b.total),
                fmt(b.min_goal),
                fmt(b.max_goal)
            )
        },
        by: b
            .co_creators
            .iter()
            .map(|c| c.1.clone())
            .collect::<Vec<_>>()
            .join(", "),
        flags: b.flags,
        mine: if mine > 0 { fmt(mine) } else { String::new() },
        room: fmt(most),
        key: pools_app::new_token(),
        fundable: can_fund && b.status == BucketStatus::Open && most > 0,
    }
}

#[derive(Template)]
#[template(path = "round.html")]
struct RoundPage {
    l: Layout,
    errors: FormErrors,
    id: String,
    pool_id: String,
    pool_name: String,
    title: String,
    tag: &'static str,
    phase: String,
    guidelines_html: String,
    per_member: String,
    members: i64,
    amount: String,
    remainder: String,
    has_remainder: bool,
    cap: Option<String>,
    my_left: Option<String>,
    can_create: bool,
    can_fund: bool,
    currency: String,
    buckets: Vec<BucketRow>,
}

fn round_page(s: &AppState, page: &Page, v: RoundView, errors: FormErrors) -> RoundPage {
    let c = v.pool.currency;
    let buckets = v
        .buckets
        .iter()
        .map(|b| {
            let mine = v
                .my_gifts
                .iter()
                .find(|g| g.0 == b.id)
                .map(|g| g.1)
                .unwrap_or(0);
            let most = can_give(b, v.my_left, v.round.cap, mine);
            bucket_row(b, c, mine, most, v.can_fund)
        })
        .collect();
    RoundPage {
        l: Layout::new(page, v.round.title.clone()),
        errors,
        id: v.round.id.clone(),
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        title: v.round.title.clone(),
        tag: phase_tag(v.phase),
        phase: phase_text(s, &v.round, v.phase),
        guidelines_html: markdown(&v.round.guidelines),
        per_member: money(v.round.per_member, c),
        members: v.round.members,
        amount: money(v.round.amount, c),
        remainder: money(v.round.remainder, c),
        has_remainder: v.round.remainder > 0,
        cap: v.round.cap.map(|x| money(x, c)),
        my_left: v.my_left.map(|x| money(x, c)),
        can_create: v.can_create,
        can_fund: v.can_fund,
        currency: c.to_string(),
        buckets,
    }
}

pub async fn show(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/r/{id}")));
    }
    let v = s.app.round_view(&page.actor, &id).await?;
    render(&round_page(&s, &page, v, FormErrors::none()))
}

#[derive(Deserialize)]
pub struct FundForm {
    csrf: String,
    idempotency_key: String,
    #[serde(default)]
    amount: String,
    /// Where to come back to: the round or the bucket page.
    #[serde(default)]
    back: String,
}

/// Funds a bucket from the round page or the bucket page; a refusal is shown
/// on the page the member came from, next to the form.
pub async fn fund(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<FundForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let v = s.app.bucket_view(&page.actor, &id).await?;
    let c = v.pool.currency;
    let result = match c.parse_amount(&f.amount) {
        Ok(m) => {
            s.app
                .fund_bucket(&page.actor, &id, m.minor, &f.idempotency_key)
                .await
        }
        Err(e) => Err(AppError::invalid("amount", e.to_string())),
    };
    let from_round = f.back == "round";
    match result {
        Ok(b) => {
            let to = if from_round {
                format!("/r/{}#b-{}", b.round_id, b.id)
            } else {
                format!("/b/{}", b.id)
            };
            Ok(redirect_with(
                &s,
                &to,
                &format!(
                    "You put {} into \"{}\". It now holds {}.",
                    c.parse_amount(&f.amount)
                        .map(|m| m.to_string())
                        .unwrap_or_default(),
                    b.title,
                    money(b.total, c)
                ),
            ))
        }
        Err(AppError::Invalid(e)) => refused(&s, &page, &v, from_round, e).await,
        Err(AppError::Conflict(m)) => {
            let e = vec![FieldError {
                field: "amount".into(),
                message: m,
            }];
            refused(&s, &page, &v, from_round, e).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn refused(
    s: &AppState,
    page: &Page,
    v: &BucketView,
    from_round: bool,
    errors: Vec<FieldError>,
) -> Result<Response, PageError> {
    if from_round {
        let r = s.app.round_view(&page.actor, &v.round.id).await?;
        render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &round_page(s, page, r, FormErrors(errors)),
        )
    } else {
        let b = s.app.bucket_view(&page.actor, &v.bucket.id).await?;
        render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &bucket_page(s, page, b, FormErrors(errors)),
        )
    }
}

struct LineRow {
    label: String,
    min: String,
    max: String,
}

struct FunderRow {
    name: String,
    amount: String,
    at: String,
}

#[derive(Template)]
#[template(path = "bucket.html")]
struct BucketPage {
    l: Layout,
    errors: FormErrors,
    id: String,
    round_id: String,
    round_title: String,
    pool_id: String,
    pool_name: String,
    title: String,
    status: &'static str,
    open: bool,
    reason: String,
    phase: String,
    description_html: String,
    by: String,
    lines: Vec<LineRow>,
    min_goal: String,
    max_goal: String,
    total: String,
    bar: String,
    funders: Vec<FunderRow>,
    history: Vec<FunderRow>,
    flags: Vec<(String, String, String)>,
    my_left: Option<String>,
    my_gift: String,
    room: String,
    can_fund: bool,
    can_flag: bool,
    can_cancel: bool,
    currency: String,
    key: String,
    /// The payee and where the payout stands, in words.
    payout: Option<(String, &'static str)>,
}

fn bucket_page(s: &AppState, page: &Page, v: BucketView, errors: FormErrors) -> BucketPage {
    let c = v.pool.currency;
    let b = &v.bucket;
    let fmt = |x| money(x, c);
    BucketPage {
        l: Layout::new(page, b.title.clone()),
        errors,
        id: b.id.clone(),
        round_id: v.round.id.clone(),
        round_title: v.round.title.clone(),
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        title: b.title.clone(),
        status: status_text(b),
        open: b.status == BucketStatus::Open,
        reason: b.reason.clone().unwrap_or_default(),
        phase: phase_text(s, &v.round, v.phase),
        description_html: markdown(&b.description),
        by: b
            .co_creators
            .iter()
            .map(|c| c.1.clone())
            .collect::<Vec<_>>()
            .join(", "),
        lines: b
            .lines
            .iter()
            .map(|l| LineRow {
                label: l.label.clone(),
                min: fmt(l.min),
                max: l.max.map(fmt).unwrap_or_else(|| fmt(l.min)),
            })
            .collect(),
        min_goal: fmt(b.min_goal),
        max_goal: fmt(b.max_goal),
        total: fmt(b.total),
        bar: progress_bar(b.total, b.min_goal, b.max_goal, fmt),
        funders: v
            .funders
            .iter()
            .map(|f| FunderRow {
                name: f.name.clone(),
                amount: fmt(f.amount),
                at: when(&f.at),
            })
            .collect(),
        history: v
            .history
            .iter()
            .map(|f| FunderRow {
                name: f.name.clone(),
                amount: fmt(f.amount),
                at: when(&f.at),
            })
            .collect(),
        flags: v
            .flags
            .iter()
            .map(|f| (f.name.clone(), f.reason.clone(), when(&f.at)))
            .collect(),
        my_left: v.my_left.map(fmt),
        my_gift: fmt(v.my_gift),
        room: fmt(can_give(b, v.my_left, v.round.cap, v.my_gift)),
        can_fund: v.can_fund,
        can_flag: v.can_flag,
        can_cancel: v.can_cancel,
        currency: c.to_string(),
        key: pools_app::new_token(),
        payout: v.payout.as_ref().map(|p| {
            let said = match p.status {
                PayoutStatus::Paid => "paid",
                PayoutStatus::Cancelled => "cancelled",
                PayoutStatus::Authorized => "authorized, waiting for the treasurer",
            };
            (p.payee.clone(), said)
        }),
    }
}

pub async fn bucket(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/b/{id}")));
    }
    let v = s.app.bucket_view(&page.actor, &id).await?;
    render(&bucket_page(&s, &page, v, FormErrors::none()))
}

#[derive(Deserialize)]
pub struct ReasonForm {
    csrf: String,
    #[serde(default)]
    reason: String,
}

pub async fn flag(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s.app.flag_bucket(&page.actor, &id, &f.reason).await {
        Ok(()) => Ok(redirect_with(
            &s,
            &format!("/b/{id}"),
            "Your flag is recorded. Members will see it while they review.",
        )),
        Err(AppError::Invalid(e)) => {
            let v = s.app.bucket_view(&page.actor, &id).await?;
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &bucket_page(&s, &page, v, FormErrors(e)),
            )
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn cancel(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s.app.cancel_bucket(&page.actor, &id, &f.reason).await {
        Ok(b) => Ok(redirect_with(
            &s,
            &format!("/b/{id}"),
            &format!(
                "\"{}\" is cancelled. Everything members gave it is back in their allocations.",
                b.title
            ),
        )),
        Err(AppError::Invalid(e)) => {
            let v = s.app.bucket_view(&page.actor, &id).await?;
            let e = e
                .into_iter()
                .map(|x| FieldError {
                    field: "cancel_reason".into(),
                    message: x.message,
                })
                .collect();
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &bucket_page(&s, &page, v, FormErrors(e)),
            )
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Default)]
pub struct NewBucketForm {
    csrf: String,
    title: String,
    description: String,
    co_creators: Vec<String>,
    label: Vec<String>,
    min: Vec<String>,
    max: Vec<String>,
}

impl NewBucketForm {
    /// Reads the form body; budget lines and co-creators are repeated fields.
    fn from_body(body: &[u8]) -> NewBucketForm {
        let mut f = NewBucketForm::default();
        for (k, v) in form_urlencoded::parse(body).into_owned() {
            match k.as_str() {
                "csrf" => f.csrf = v,
                "title" => f.title = v,
                "description" => f.description = v,
                "co_creators" => f.co_creators.push(v),
                "label" => f.label.push(v),
                "min" => f.min.push(v),
                "max" => f.max.push(v),
                _ => {}
            }
        }
        f
    }

    fn parse(&self, c: Currency) -> Result<NewBucket, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut lines = Vec::new();
        for i in 0..self.label.len().max(self.min.len()) {
            let label = self.label.get(i).map(|x| x.trim()).unwrap_or("");
            let min = self.min.get(i).map(|x| x.trim()).unwrap_or("");
            let max = self.max.get(i).map(|x| x.trim()).unwrap_or("");
            if label.is_empty() && min.is_empty() && max.is_empty() {
                continue;
            }
            let mut amount = |v: &str, what: &str| match c.parse_amount(v) {
                Ok(m) => Some(m.minor),
                Err(e) => {
                    errors.push(FieldError {
                        field: "lines".into(),
                        message: format!("line {}, {what}: {e}", i + 1),
                    });
                    None
                }
            };
            let min = amount(min, "minimum");
            let max = if max.is_empty() {
                Some(None)
            } else {
                amount(max, "maximum").map(Some)
            };
            if let (Some(min), Some(max)) = (min, max) {
                lines.push(BudgetLine {
                    label: label.to_string(),
                    min,
                    max,
                });
            }
        }
        if lines.is_empty() && errors.is_empty() {
            errors.push(FieldError {
                field: "lines".into(),
                message: "add at least one budget line with a minimum amount".into(),
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NewBucket {
            title: self.title.clone(),
            description: self.description.clone(),
            lines,
            co_creators: self.co_creators.clone(),
        })
    }
}

#[derive(Template)]
#[template(path = "bucket_new.html")]
struct NewBucketPage {
    l: Layout,
    errors: FormErrors,
    round_id: String,
    round_title: String,
    guidelines_html: String,
    currency: String,
    title: String,
    description: String,
    rows: Vec<(String, String, String)>,
    members: Vec<(String, String, bool)>,
}

fn new_bucket_page(
    page: &Page,
    v: RoundView,
    f: &NewBucketForm,
    errors: FormErrors,
) -> NewBucketPage {
    let me = page.actor.person_id().unwrap_or_default().to_string();
    let rows = (0..LINE_ROWS.max(f.label.len()))
        .map(|i| {
            let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
            (get(&f.label), get(&f.min), get(&f.max))
        })
        .collect();
    NewBucketPage {
        l: Layout::new(page, format!("Propose a bucket in {}", v.round.title)),
        errors,
        round_id: v.round.id.clone(),
        round_title: v.round.title.clone(),
        guidelines_html: markdown(&v.round.guidelines),
        currency: v.pool.currency.to_string(),
        title: f.title.clone(),
        description: f.description.clone(),
        rows,
        members: v
            .members
            .iter()
            .filter(|m| m.0 != me)
            .map(|m| (m.0.clone(), m.1.clone(), f.co_creators.contains(&m.0)))
            .collect(),
    }
}

pub async fn new_bucket_form(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/r/{id}/buckets/new")));
    }
    let v = s.app.round_view(&page.actor, &id).await?;
    if !v.can_create {
        return Err(AppError::Conflict(format!(
            "this round takes bucket proposals from active members of the pool until {}",
            when(&v.round.buckets_close_at)
        ))
        .into());
    }
    render(&new_bucket_page(
        &page,
        v,
        &NewBucketForm::default(),
        FormErrors::none(),
    ))
}

pub async fn create_bucket(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = NewBucketForm::from_body(&body);
    page.check_csrf(&f.csrf)?;
    let v = s.app.round_view(&page.actor, &id).await?;
    let result = match f.parse(v.pool.currency) {
        Ok(new) => s.app.create_bucket(&page.actor, &id, new).await,
        Err(e) => Err(AppError::Invalid(e)),
    };
    match result {
        Ok(b) => Ok(redirect_with(
            &s,
            &format!("/b/{}", b.id),
            "Your bucket is proposed. Members can review it now and fund it once funding opens.",
        )),
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &new_bucket_page(&page, v, &f, FormErrors(e)),
        ),
        Err(e) => Err(e.into()),
    }
}

struct ReportRow {
    id: String,
    title: String,
    status: &'static str,
    total: String,
    payout: String,
}

#[derive(Template)]
#[template(path = "round_report.html")]
struct ReportPage {
    l: Layout,
    id: String,
    pool_id: String,
    pool_name: String,
    title: String,
    phase: String,
    closed: bool,
    amount: String,
    set_aside: String,
    remainder: String,
    per_member: String,
    members: i64,
    committed: String,
    funded: String,
    returned: String,
    buckets: Vec<ReportRow>,
    allocations: Vec<(String, String, String)>,
}

pub async fn report(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/r/{id}/report")));
    }
    let r = s.app.round_report(&page.actor, &id).await?;
    let c = r.pool.currency;
    let fmt = |x| money(x, c);
    render(&ReportPage {
        l: Layout::new(&page, format!("Where the money of {} went", r.round.title)),
        id: r.round.id.clone(),
        pool_id: r.pool.id.clone(),
        pool_name: r.pool.name.clone(),
        title: r.round.title.clone(),
        phase: phase_text(&s, &r.round, r.phase),
        closed: r.round.closed,
        amount: fmt(r.round.amount),
        set_aside: fmt(r.set_aside),
        remainder: fmt(r.round.remainder),
        per_member: fmt(r.round.per_member),
        members: r.round.members,
        committed: fmt(r.committed),
        funded: fmt(r.funded),
        returned: fmt(r.returned),
        buckets: r
            .buckets
            .iter()
            .map(|(b, p)| ReportRow {
                id: b.id.clone(),
                title: b.title.clone(),
                status: status_text(b),
                total: fmt(b.total),
                payout: match p {
                    Some(p) if p.status == PayoutStatus::Paid => format!("paid to {}", p.payee),
                    Some(p) if p.status == PayoutStatus::Cancelled => "payout cancelled".into(),
                    Some(p) => format!("authorized to {}, waiting to be paid", p.payee),
                    None if b.status == BucketStatus::Open => "—".into(),
                    None => "went back to the pool".into(),
                },
            })
            .collect(),
        allocations: r
            .allocations
            .iter()
            .map(|(_, name, left)| (name.clone(), fmt(r.round.per_member - left), fmt(*left)))
            .collect(),
    })
}

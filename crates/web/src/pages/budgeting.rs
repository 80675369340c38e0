//! Budgeting round pages: the round with its buckets and my allocation, a
//! bucket with its budget, funders and flags, the form to propose one, and
//! the report of where the money went.

use super::decisions::time_left_in;
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
use pools_i18n::{Arg, Locale};
use serde::Deserialize;

/// Budget line rows the proposal form offers (blank ones are skipped).
const LINE_ROWS: usize = 6;

/// An amount as the reader writes numbers.
fn money(l: Locale, v: i64, c: Currency) -> String {
    pools_i18n::money(l, Money::new(v, c))
}

/// A message as HTML: every argument escaped, the first one in bold.
fn first_bold(l: Locale, id: &str, args: &[(&str, &str)]) -> String {
    let marked: Vec<(&str, &str, Option<&str>)> = args
        .iter()
        .enumerate()
        .map(|(i, (k, v))| (*k, *v, (i == 0).then_some("strong")))
        .collect();
    super::layout::marked_up(l, id, &marked)
}

/// A bucket's progress bar, its text alternative in the reader's words.
fn bar(l: Locale, b: &Bucket, c: Currency) -> String {
    let fmt = |v: i64| money(l, v, c);
    let svg = progress_bar(b.total, b.min_goal, b.max_goal, fmt);
    // The bar writes its label in English; say it in the reader's words.
    let english = format!(
        "{} of a {} maximum; the minimum is {}",
        fmt(b.total),
        fmt(b.max_goal),
        fmt(b.min_goal)
    );
    let said = l.ta(
        "bucket-progress-label",
        &[
            ("total", Arg::Str(&fmt(b.total))),
            ("max", Arg::Str(&fmt(b.max_goal))),
            ("min", Arg::Str(&fmt(b.min_goal))),
        ],
    );
    let escape = crate::render::escape;
    svg.replace(&escape(&english), &escape(&said))
}

fn now_ms(s: &AppState) -> i64 {
    (s.app.now().unix_timestamp_nanos() / 1_000_000) as i64
}

/// The phase in the reader's words, with its deadlines in their zone (the
/// pool page lists rounds with it too).
pub fn phase_text_in(s: &AppState, page: &Page, r: &Round, phase: Phase) -> String {
    let now = now_ms(s);
    let left = |ms: i64| time_left_in(page.locale, ms);
    match phase {
        Phase::Buckets => page.ta(
            "round-phase-buckets",
            &[
                ("buckets_close", Arg::Str(&page.when(&r.buckets_close_at))),
                ("left", Arg::Str(&left(r.buckets_close_ms - now))),
                ("funding_close", Arg::Str(&page.when(&r.funding_close_at))),
            ],
        ),
        Phase::Funding => page.ta(
            "round-phase-funding",
            &[
                ("close", Arg::Str(&page.when(&r.funding_close_at))),
                ("left", Arg::Str(&left(r.funding_close_ms - now))),
            ],
        ),
        Phase::Closing => page.t("round-phase-closing"),
        Phase::Closed => page.ta(
            "round-phase-closed",
            &[(
                "when",
                Arg::Str(&page.when(r.closed_at.as_deref().unwrap_or(&r.funding_close_at))),
            )],
        ),
    }
}

/// A short label for a phase, in the reader's words.
pub fn phase_tag_in(l: Locale, phase: Phase) -> String {
    match phase {
        Phase::Buckets => l.t("round-tag-proposing"),
        Phase::Funding => l.t("round-tag-funding"),
        Phase::Closing | Phase::Closed => l.t("round-tag-closed"),
    }
}

fn status_text(l: Locale, b: &Bucket) -> String {
    match b.status {
        BucketStatus::Funded => l.t("bucket-status-funded"),
        BucketStatus::Missed => l.t("bucket-status-missed"),
        BucketStatus::Cancelled => l.t("bucket-status-cancelled"),
        BucketStatus::Open => l.t("bucket-status-open"),
    }
}

struct BucketRow {
    id: String,
    title: String,
    status: String,
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

fn bucket_row(
    l: Locale,
    b: &Bucket,
    c: Currency,
    mine: i64,
    most: i64,
    can_fund: bool,
) -> BucketRow {
    let fmt = |v| money(l, v, c);
    BucketRow {
        id: b.id.clone(),
        title: b.title.clone(),
        status: status_text(l, b),
        open: b.status == BucketStatus::Open,
        bar: bar(l, b, c),
        progress: if b.min_goal == b.max_goal {
            l.ta(
                "round-progress",
                &[
                    ("total", Arg::Str(&fmt(b.total))),
                    ("max", Arg::Str(&fmt(b.max_goal))),
                ],
            )
        } else {
            l.ta(
                "round-progress-range",
                &[
                    ("total", Arg::Str(&fmt(b.total))),
                    ("min", Arg::Str(&fmt(b.min_goal))),
                    ("max", Arg::Str(&fmt(b.max_goal))),
                ],
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
    tag: String,
    /// Whether the round is closed (or closing).
    closed: bool,
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
    let l = page.locale;
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
            bucket_row(l, b, c, mine, most, v.can_fund)
        })
        .collect();
    RoundPage {
        l: Layout::new(page, v.round.title.clone()),
        errors,
        id: v.round.id.clone(),
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        title: v.round.title.clone(),
        tag: phase_tag_in(l, v.phase),
        closed: matches!(v.phase, Phase::Closing | Phase::Closed),
        phase: phase_text_in(s, page, &v.round, v.phase),
        guidelines_html: markdown(&v.round.guidelines),
        per_member: money(l, v.round.per_member, c),
        members: v.round.members,
        amount: money(l, v.round.amount, c),
        remainder: money(l, v.round.remainder, c),
        has_remainder: v.round.remainder > 0,
        cap: v.round.cap.map(|x| money(l, x, c)),
        my_left: v.my_left.map(|x| money(l, x, c)),
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
    page.in_pool(v.pool.time_zone.as_deref());
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
    page.in_pool(v.pool.time_zone.as_deref());
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
            let put = c
                .parse_amount(&f.amount)
                .map(|m| page.money(m))
                .unwrap_or_default();
            Ok(redirect_with(
                &s,
                &to,
                &page.ta(
                    "bucket-funded-flash",
                    &[
                        ("amount", Arg::Str(&put)),
                        ("title", Arg::Str(&b.title)),
                        ("total", Arg::Str(&money(page.locale, b.total, c))),
                    ],
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
    status: String,
    open: bool,
    reason: String,
    phase: String,
    description_html: String,
    by: String,
    lines: Vec<LineRow>,
    /// What it holds against its goals, as HTML.
    goal: String,
    bar: String,
    funders: Vec<FunderRow>,
    history: Vec<FunderRow>,
    flags: Vec<(String, String, String)>,
    /// What the viewer has left, has given it and can still give, in words.
    fund_lead: String,
    can_fund: bool,
    can_flag: bool,
    can_cancel: bool,
    currency: String,
    key: String,
    /// The payout and where it stands, in words.
    payout: Option<String>,
}

fn bucket_page(s: &AppState, page: &Page, v: BucketView, errors: FormErrors) -> BucketPage {
    let c = v.pool.currency;
    let b = &v.bucket;
    let l = page.locale;
    let fmt = |x| money(l, x, c);
    let goal = if b.min_goal == b.max_goal {
        first_bold(
            l,
            "bucket-goal",
            &[("total", &fmt(b.total)), ("min", &fmt(b.min_goal))],
        )
    } else {
        first_bold(
            l,
            "bucket-goal-range",
            &[
                ("total", &fmt(b.total)),
                ("min", &fmt(b.min_goal)),
                ("max", &fmt(b.max_goal)),
            ],
        )
    };
    let fund_lead = page.ta(
        "bucket-fund-lead",
        &[
            ("left", Arg::Str(&v.my_left.map(fmt).unwrap_or_default())),
            ("given", Arg::Str(&fmt(v.my_gift))),
            (
                "room",
                Arg::Str(&fmt(can_give(b, v.my_left, v.round.cap, v.my_gift))),
            ),
        ],
    );
    BucketPage {
        l: Layout::new(page, b.title.clone()),
        errors,
        id: b.id.clone(),
        round_id: v.round.id.clone(),
        round_title: v.round.title.clone(),
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        title: b.title.clone(),
        status: status_text(l, b),
        open: b.status == BucketStatus::Open,
        reason: b.reason.clone().unwrap_or_default(),
        phase: phase_text_in(s, page, &v.round, v.phase),
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
        goal,
        bar: bar(l, b, c),
        funders: v
            .funders
            .iter()
            .map(|f| FunderRow {
                name: f.name.clone(),
                amount: fmt(f.amount),
                at: page.when(&f.at),
            })
            .collect(),
        history: v
            .history
            .iter()
            .map(|f| FunderRow {
                name: f.name.clone(),
                amount: fmt(f.amount),
                at: page.when(&f.at),
            })
            .collect(),
        flags: v
            .flags
            .iter()
            .map(|f| (f.name.clone(), f.reason.clone(), page.when(&f.at)))
            .collect(),
        fund_lead,
        can_fund: v.can_fund,
        can_flag: v.can_flag,
        can_cancel: v.can_cancel,
        currency: c.to_string(),
        key: pools_app::new_token(),
        payout: v.payout.as_ref().map(|p| {
            let id = match p.status {
                PayoutStatus::Paid => "bucket-funded-paid",
                PayoutStatus::Cancelled => "bucket-funded-cancelled",
                PayoutStatus::Authorized => "bucket-funded-authorized",
            };
            page.ta(
                id,
                &[
                    ("amount", Arg::Str(&fmt(b.total))),
                    ("payee", Arg::Str(&p.payee)),
                ],
            )
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
    page.in_pool(v.pool.time_zone.as_deref());
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
            &page.t("bucket-flagged"),
        )),
        Err(AppError::Invalid(e)) => {
            let v = s.app.bucket_view(&page.actor, &id).await?;
            page.in_pool(v.pool.time_zone.as_deref());
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
            &page.ta("bucket-cancelled-flash", &[("title", Arg::Str(&b.title))]),
        )),
        Err(AppError::Invalid(e)) => {
            let v = s.app.bucket_view(&page.actor, &id).await?;
            page.in_pool(v.pool.time_zone.as_deref());
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

    fn parse(&self, l: Locale, c: Currency) -> Result<NewBucket, Vec<FieldError>> {
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
                        message: l.ta(
                            "bucket-line-error",
                            &[
                                ("line", Arg::Num(i as i64 + 1)),
                                ("what", Arg::Str(&l.t(what))),
                                ("error", Arg::Str(&e.to_string())),
                            ],
                        ),
                    });
                    None
                }
            };
            let min = amount(min, "bucket-line-minimum");
            let max = if max.is_empty() {
                Some(None)
            } else {
                amount(max, "bucket-line-maximum").map(Some)
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
                message: l.t("bucket-no-lines"),
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
        l: Layout::new(
            page,
            page.ta(
                "bucket-new-page-title",
                &[("round", Arg::Str(&v.round.title))],
            ),
        ),
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
    page.in_pool(v.pool.time_zone.as_deref());
    if !v.can_create {
        return Err(AppError::Conflict(page.ta(
            "bucket-new-closed",
            &[("when", Arg::Str(&page.when(&v.round.buckets_close_at)))],
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
    page.in_pool(v.pool.time_zone.as_deref());
    let result = match f.parse(page.locale, v.pool.currency) {
        Ok(new) => s.app.create_bucket(&page.actor, &id, new).await,
        Err(e) => Err(AppError::Invalid(e)),
    };
    match result {
        Ok(b) => Ok(redirect_with(
            &s,
            &format!("/b/{}", b.id),
            &page.t("bucket-new-proposed"),
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
    status: String,
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
    /// "Shared out (2 × 30.00 USD)".
    shared_label: String,
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
    let l = page.locale;
    let fmt = |x| money(l, x, c);
    render(&ReportPage {
        l: Layout::new(
            &page,
            page.ta(
                "round-report-page-title",
                &[("round", Arg::Str(&r.round.title))],
            ),
        ),
        id: r.round.id.clone(),
        pool_id: r.pool.id.clone(),
        pool_name: r.pool.name.clone(),
        title: r.round.title.clone(),
        phase: phase_text_in(&s, &page, &r.round, r.phase),
        closed: r.round.closed,
        amount: fmt(r.round.amount),
        set_aside: fmt(r.set_aside),
        remainder: fmt(r.round.remainder),
        shared_label: page.ta(
            "round-report-shared",
            &[
                ("members", Arg::Str(&r.round.members.to_string())),
                ("share", Arg::Str(&fmt(r.round.per_member))),
            ],
        ),
        committed: fmt(r.committed),
        funded: fmt(r.funded),
        returned: fmt(r.returned),
        buckets: r
            .buckets
            .iter()
            .map(|(b, p)| ReportRow {
                id: b.id.clone(),
                title: b.title.clone(),
                status: status_text(l, b),
                total: fmt(b.total),
                payout: match p {
                    Some(p) if p.status == PayoutStatus::Paid => {
                        page.ta("round-payout-paid", &[("payee", Arg::Str(&p.payee))])
                    }
                    Some(p) if p.status == PayoutStatus::Cancelled => {
                        page.t("round-payout-cancelled")
                    }
                    Some(p) => page.ta("round-payout-authorized", &[("payee", Arg::Str(&p.payee))]),
                    None if b.status == BucketStatus::Open => "—".into(),
                    None => page.t("round-payout-returned"),
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

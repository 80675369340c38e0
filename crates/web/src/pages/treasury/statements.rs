//! What the books say, page by page: a member's statement, the ledger as
//! CSV, and reconciliation against a bank statement.

use super::*;

pub async fn csv(
    State(s): State<AppState>,
    p: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(p.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/treasury")));
    }
    let (pool, entries) = s.app.all_entries(&p.actor, &id).await?;
    Ok(csv_response(&pool, &entries))
}

/// A CSV download of the ledger.
pub fn csv_response(
    pool: &pools_app::ports::Pool,
    entries: &[pools_app::ports::LedgerEntry],
) -> Response {
    use axum::response::IntoResponse;
    let name: String = pool
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    (
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}-ledger.csv\""),
            ),
        ],
        crate::render::entries_csv(pool.currency, entries),
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "statement.html")]
struct StatementPage {
    l: Layout,
    pool_id: String,
    pool_name: String,
    name: String,
    capital: String,
    rows: Vec<(String, String, String, String, String)>,
    /// The journal head the statement was read at: (seq, SEQ:HASH).
    head: (i64, String),
}

async fn statement_page(
    s: &AppState,
    p: &Page,
    id: &str,
    person: Option<&str>,
) -> Result<Response, PageError> {
    let st = s.app.statement(&p.actor, id, person).await?;
    let c = st.pool.currency;
    let person_id = person
        .map(str::to_string)
        .or_else(|| p.actor.person_id().map(str::to_string))
        .unwrap_or_default();
    let account = pools_core::ledger::Account::Capital(person_id);
    let mut running = 0i64;
    let rows = st
        .entries
        .iter()
        .map(|e| {
            running += e
                .postings
                .iter()
                .filter(|x| x.account == account)
                .map(|x| x.amount)
                .sum::<i64>();
            (
                e.received_on
                    .clone()
                    .unwrap_or_else(|| e.at.get(..10).unwrap_or("").to_string()),
                entry_label(p.locale, e.kind),
                p.money(Money::new(e.amount, c)),
                p.money(Money::new(running, c)),
                if e.kind == EntryKind::Reversal {
                    e.memo.clone()
                } else {
                    e.reference.clone().unwrap_or_default()
                },
            )
        })
        .collect();
    render(&StatementPage {
        l: Layout::new(p, p.ta("statement-title", &[("name", Arg::Str(&st.name))])),
        pool_id: st.pool.id.clone(),
        pool_name: st.pool.name.clone(),
        name: st.name,
        capital: p.money(st.capital),
        rows,
        head: (st.head.seq, st.head.to_string()),
    })
}

pub async fn my_statement(
    State(s): State<AppState>,
    p: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(p.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/statement")));
    }
    statement_page(&s, &p, &id, None).await
}

pub async fn statement_of(
    State(s): State<AppState>,
    p: Page,
    Path((id, person)): Path<(String, String)>,
) -> Result<Response, PageError> {
    if matches!(p.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/statement/{person}")));
    }
    statement_page(&s, &p, &id, Some(&person)).await
}

#[derive(Template)]
#[template(path = "bank.html")]
struct BankPage {
    l: Layout,
    errors: FormErrors,
    pool_id: String,
    days: i64,
    f_date: String,
    f_amount: String,
    f_text: String,
    f_format: String,
    f_comma: bool,
    shown: bool,
    matched: Vec<(u64, String, String, String)>,
    unmatched_lines: Vec<(u64, String, String, String)>,
    unmatched_entries: Vec<(String, String, String)>,
}

fn bank_page(p: &Page, pool_id: &str) -> BankPage {
    BankPage {
        l: Layout::new(p, p.t("bank-title")),
        errors: FormErrors::none(),
        pool_id: pool_id.to_string(),
        days: pools_core::bank::MATCH_DAYS,
        f_date: "Date".into(),
        f_amount: "Amount".into(),
        f_text: "Description".into(),
        f_format: "iso".into(),
        f_comma: false,
        shown: false,
        matched: Vec::new(),
        unmatched_lines: Vec::new(),
        unmatched_entries: Vec::new(),
    }
}

pub async fn bank_form(
    State(s): State<AppState>,
    p: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(p.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/bank")));
    }
    let t = s.app.treasury(&p.actor, &id).await?;
    if !t.can_record {
        return Err(AppError::Forbidden(p.t("bank-not-allowed")).into());
    }
    render(&bank_page(&p, &id))
}

pub async fn bank_check(
    State(s): State<AppState>,
    p: Page,
    Path(id): Path<String>,
    mut form: axum::extract::Multipart,
) -> Result<Response, PageError> {
    let mut fields = std::collections::HashMap::new();
    let mut file = Vec::new();
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        AppError::invalid(
            "file",
            p.ta("bank-unreadable", &[("error", Arg::Str(&e.to_string()))]),
        )
    };
    while let Some(field) = form.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            file = field.bytes().await.map_err(unreadable)?.to_vec();
        } else {
            fields.insert(name, field.text().await.unwrap_or_default());
        }
    }
    p.check_csrf(fields.get("csrf").map(String::as_str).unwrap_or(""))?;
    let mut page = bank_page(&p, &id);
    let get = |k: &str, d: &str| {
        fields
            .get(k)
            .filter(|v| !v.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| d.to_string())
    };
    page.f_date = get("date", "Date");
    page.f_amount = get("amount", "Amount");
    page.f_text = get("text", "Description");
    page.f_format = get("date_format", "iso");
    page.f_comma = fields.contains_key("decimal_comma");
    let mapping = pools_core::bank::Mapping {
        date: page.f_date.clone(),
        amount: page.f_amount.clone(),
        text: page.f_text.clone(),
        date_format: match page.f_format.as_str() {
            "month_first" => pools_core::bank::DateFormat::MonthFirst,
            "day_first" => pools_core::bank::DateFormat::DayFirst,
            _ => pools_core::bank::DateFormat::Iso,
        },
        decimal_comma: page.f_comma,
    };
    if file.is_empty() {
        page.errors = FormErrors(vec![pools_app::FieldError {
            field: "file".into(),
            message: p.t("bank-no-file"),
        }]);
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    match s.app.reconcile_bank(&p.actor, &id, &file, &mapping).await {
        Ok((pool, r)) => {
            let c = pool.currency;
            let line = |l: &pools_core::bank::BankLine| {
                (
                    l.line,
                    l.date.to_string(),
                    p.money(Money::new(l.amount, c)),
                    l.text.clone(),
                )
            };
            page.shown = true;
            page.matched = r.matched.iter().map(|(l, _)| line(l)).collect();
            page.unmatched_lines = r.unmatched_lines.iter().map(line).collect();
            page.unmatched_entries = r
                .unmatched_entries
                .iter()
                .map(|e| {
                    (
                        e.date.to_string(),
                        p.money(Money::new(e.amount, c)),
                        e.reference.clone(),
                    )
                })
                .collect();
            render(&page)
        }
        Err(AppError::Invalid(e)) => {
            page.errors = FormErrors(e);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e.into()),
    }
}

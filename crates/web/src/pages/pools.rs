//! Pool pages: create from a group, view, edit draft rules, open, join,
//! leave and assign roles.

use super::CsrfForm;
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
use pools_app::ports::Pool;
use pools_app::{Actor, AppError, FieldError};
use pools_core::flood::MemberPoolStatus;
use pools_core::membership::{self, MemberStatus, PoolRole, PoolStatus};
use pools_core::rules::{Admission, Proposers, Threshold};
use pools_core::{Currency, Money, Rules};
use pools_i18n::{Arg, Locale};
use serde::Deserialize;

/// A day (`YYYY-MM-DD`) in the reader's words: "6 Dec 2026".
fn day_words(l: Locale, ymd: &str) -> String {
    let mut parts = ymd.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) => l.ta(
            "pool-day",
            &[
                ("day", Arg::Num(d)),
                ("month", Arg::Str(&l.t(&format!("month-{m}")))),
                ("year", Arg::Num(y)),
            ],
        ),
        _ => ymd.to_string(),
    }
}

/// The message key of a role's name.
fn role_key(r: PoolRole) -> &'static str {
    match r {
        PoolRole::Member => "role-member",
        PoolRole::Treasurer => "role-treasurer",
        PoolRole::Organizer => "role-organizer",
    }
}

/// The message key of a membership's status.
fn status_key(m: MemberStatus) -> &'static str {
    match m {
        MemberStatus::Pending => "status-pending",
        MemberStatus::Active => "pool-member-active",
        MemberStatus::Left => "pool-member-left",
    }
}

/// The pool's legal status in the reader's words (in English, what the
/// formation record says, the informal pool in lower case).
fn legal_status(l: Locale, f: Option<&pools_app::ports::Formation>) -> String {
    use pools_core::formation::{EntityForm, Status};
    let Some(f) = f else {
        return l.t("pool-legal-informal");
    };
    let name = f.details.legal_name.trim();
    match &f.status {
        Status::Active { file_number, .. } => l.ta(
            "pool-legal-active",
            &[
                ("name", Arg::Str(name)),
                (
                    "form",
                    Arg::Str(&l.t(match f.form {
                        EntityForm::DelawareLlc => "pool-form-delaware-llc",
                        EntityForm::ColoradoLca => "pool-form-colorado-lca",
                    })),
                ),
                ("number", Arg::Str(file_number)),
            ],
        ),
        status => {
            let key = match status {
                Status::Drafting => "pool-formation-drafting",
                Status::Signing => "pool-formation-signing",
                Status::ReadyToFile => "pool-formation-ready-to-file",
                Status::Filed { .. } => "pool-formation-filed",
                Status::EinRecorded { .. } => "pool-formation-ein-recorded",
                Status::Active { .. } => "pool-formation-active",
            };
            l.ta(
                "pool-legal-becoming",
                &[("name", Arg::Str(name)), ("status", Arg::Str(&l.t(key)))],
            )
        }
    }
}

#[derive(Template)]
#[template(path = "pool_new.html")]
struct NewPool {
    l: Layout,
    errors: FormErrors,
    group_name: String,
    slug: String,
    name: String,
    currency: String,
    currencies: Vec<String>,
    rules: Vec<String>,
    commitment: String,
}

fn new_pool_page(
    page: &Page,
    group_name: &str,
    slug: &str,
    name: String,
    currency: String,
    errors: FormErrors,
) -> NewPool {
    let code = Currency::from_code(&currency).unwrap_or(Currency::from_code("USD").expect("USD"));
    let pool_name = if name.trim().is_empty() {
        page.ta("newpool-default-name", &[("group", Arg::Str(group_name))])
    } else {
        name.clone()
    };
    NewPool {
        l: Layout::new(
            page,
            page.ta("newpool-title", &[("group", Arg::Str(group_name))]),
        ),
        errors,
        group_name: group_name.to_string(),
        slug: slug.to_string(),
        name: pool_name.clone(),
        currency: code.code().to_string(),
        currencies: Currency::all_codes().map(String::from).collect(),
        rules: pools_i18n::rules(page.locale, &Rules::default(), code),
        commitment: membership::default_commitment(&pool_name, group_name),
    }
}

pub async fn new_form(
    State(s): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/g/{slug}/pool/new")));
    }
    let v = s.app.group_view(&page.actor, &slug).await?;
    if let Some(p) = v.pool {
        return Ok(super::redirect(&format!("/p/{}", p.id)));
    }
    if !v.is_organizer() {
        return Err(AppError::Forbidden(
            page.ta("newpool-forbidden", &[("group", Arg::Str(&v.group.name))]),
        )
        .into());
    }
    render(&new_pool_page(
        &page,
        &v.group.name,
        &v.group.slug,
        String::new(),
        "USD".into(),
        FormErrors::none(),
    ))
}

#[derive(Deserialize)]
pub struct NewPoolForm {
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    currency: String,
    accept_commitment: Option<String>,
}

pub async fn create(
    State(s): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
    Form(f): Form<NewPoolForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    match s
        .app
        .create_pool(
            &page.actor,
            &slug,
            Some(&f.name),
            &f.currency,
            f.accept_commitment.is_some(),
        )
        .await
    {
        Ok(p) => Ok(redirect_with(
            &s,
            &format!("/p/{}", p.id),
            &page.t("newpool-created"),
        )),
        Err(AppError::Invalid(e)) => {
            let v = s.app.group_view(&page.actor, &slug).await?;
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &new_pool_page(
                    &page,
                    &v.group.name,
                    &slug,
                    f.name,
                    f.currency,
                    FormErrors(e),
                ),
            )
        }
        Err(e) => Err(e.into()),
    }
}

struct MemberRow {
    person_id: String,
    name: String,
    /// The role's identifier, for the form.
    role: &'static str,
    /// The message keys of the role's and the status's names.
    role_key: &'static str,
    status_key: &'static str,
    since: String,
}

struct Me {
    /// Where the viewer's membership stands, as HTML.
    html: String,
}

#[derive(Template)]
#[template(path = "pool.html")]
struct PoolPage {
    l: Layout,
    pool: Pool,
    /// "informal pool" until the entity is active.
    legal_status: String,
    /// Whether formation has started.
    formation_started: bool,
    /// Who still has to sign the current documents.
    to_sign: String,
    /// The current version of the documents.
    sign_version: String,
    /// Floods the pool belongs or belonged to: (id, name, what it says).
    floods: Vec<(String, String, String)>,
    /// Budgeting rounds: (id, title, phase tag, whether open, phase in
    /// words).
    rounds: Vec<(String, String, String, bool, String)>,
    group_name: String,
    group_slug: String,
    /// The message key of the pool's status.
    status_key: &'static str,
    currency: String,
    is_draft: bool,
    active_count: i64,
    rules: Vec<String>,
    me: Option<Me>,
    can_open: bool,
    can_join: bool,
    can_leave: bool,
    can_assign: bool,
    signed_in: bool,
    in_group: bool,
    has_buy_in: bool,
    buy_in: String,
    commitment_required: bool,
    commitment_hash: String,
    members: Vec<MemberRow>,
    can_propose: bool,
    can_record: bool,
    decisions: Vec<DecisionRow>,
    /// Whether the rules allow proxies.
    proxies_on: bool,
    /// Proxies in force: (member, proxy, what for, since).
    proxies: Vec<(String, String, String, String)>,
    /// The viewer's proxy and what for, as HTML.
    my_proxy: Option<String>,
    /// Whether the viewer may name a proxy (an active member).
    can_name_proxy: bool,
    /// Whom they could name: (person id, name).
    proxy_candidates: Vec<(String, String)>,
    /// Open decisions a proxy could be named for: (id, title).
    proxy_decisions: Vec<(String, String)>,
    /// The pool's time zone, empty for UTC.
    time_zone: String,
    /// The zones an organizer may choose from (empty for others).
    zones: Vec<String>,
}

struct DecisionRow {
    id: String,
    title: String,
    open: bool,
    summary: String,
}

pub async fn show(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let v = s.app.pool_view(&page.actor, &id).await?;
    page.in_pool(v.pool.time_zone.as_deref());
    if v.pool.is_flood {
        return Ok(super::redirect(&format!("/f/{id}")));
    }
    let mut proxy_decisions = Vec::new();
    let decisions = if v.pool.status == PoolStatus::Open && v.can_read {
        let mut list = s.app.decisions(&page.actor, &id).await?;
        // Open decisions first, then the most recent.
        list.sort_by_key(|d| d.closed);
        proxy_decisions = list
            .iter()
            .filter(|d| !d.closed && !d.secret && d.rules.proxies)
            .map(|d| (d.id.clone(), d.title.clone()))
            .collect();
        list.into_iter()
            .map(|d| DecisionRow {
                summary: super::decisions::summary(&s, &page, &d),
                id: d.id.clone(),
                title: d.title.clone(),
                open: !d.closed,
            })
            .collect()
    } else {
        Vec::new()
    };
    let rounds = if v.pool.status == PoolStatus::Open && v.can_read {
        s.app
            .rounds(&page.actor, &id)
            .await?
            .into_iter()
            .map(|(r, phase)| {
                use pools_core::budget::Phase;
                let text = super::budgeting::phase_text_in(&s, &page, &r, phase);
                let tag = super::budgeting::phase_tag_in(page.locale, phase);
                let open = !matches!(phase, Phase::Closing | Phase::Closed);
                (r.id, r.title, tag, open, text)
            })
            .collect()
    } else {
        Vec::new()
    };
    let formation = if v.can_read {
        Some(s.app.formation_view(&page.actor, &id).await?)
    } else {
        None
    };
    let mut to_sign: Vec<String> = formation
        .iter()
        .flat_map(|f| f.documents.iter().flat_map(|d| d.missing.iter().cloned()))
        .collect();
    to_sign.sort();
    to_sign.dedup();
    let lc = page.locale;
    let buy_in = page.money(Money::new(v.pool.rules.buy_in_minor, v.pool.currency));
    let me =
        v.me.as_ref()
            .filter(|m| m.status != MemberStatus::Left)
            .map(|m| {
                let since = page.when(&m.accepted_at);
                let html = if m.status == MemberStatus::Pending {
                    let pending = lc.t("status-pending");
                    if v.pool.rules.buy_in_minor > 0 {
                        super::layout::marked_up(
                            lc,
                            "pool-me-pending-buy-in",
                            &[
                                ("pending", &pending, Some("strong")),
                                ("amount", &buy_in, None),
                            ],
                        )
                    } else {
                        super::layout::marked_up(
                            lc,
                            "pool-me-pending-vote",
                            &[("pending", &pending, Some("strong"))],
                        )
                    }
                } else if m.role == PoolRole::Member {
                    super::layout::marked_up(lc, "pool-me-member", &[("since", &since, None)])
                } else {
                    super::layout::marked_up(
                        lc,
                        "pool-me-member-role",
                        &[
                            ("role", &lc.t(role_key(m.role)), None),
                            ("since", &since, None),
                        ],
                    )
                };
                Me { html }
            });
    let proxies_on = v.pool.rules.proxies && v.pool.status == PoolStatus::Open;
    let grants = if proxies_on && v.can_read {
        s.app.proxies(&page.actor, &id).await?
    } else {
        Vec::new()
    };
    let scope = |g: &pools_app::ports::ProxyRow| match &g.decision {
        Some((_, title)) => lc.ta("pool-proxy-scope-one", &[("title", Arg::Str(title))]),
        None => lc.t("pool-proxy-scope-all"),
    };
    let my_id = page.actor.person_id().map(String::from);
    let my_proxy = grants
        .iter()
        .find(|g| Some(&g.grantor_id) == my_id.as_ref())
        .map(|g| {
            super::layout::marked_up(
                lc,
                "pool-my-proxy",
                &[
                    ("name", &g.proxy_name, Some("strong")),
                    ("scope", &scope(g), None),
                ],
            )
        });
    let active_me =
        v.me.as_ref()
            .is_some_and(|m| m.status == MemberStatus::Active);
    let proxy_candidates = v
        .members
        .iter()
        .filter(|m| m.status == MemberStatus::Active && Some(&m.person_id) != my_id.as_ref())
        // Someone who holds another member's proxy cannot hold a second.
        .filter(|m| {
            !grants
                .iter()
                .any(|g| g.proxy_id == m.person_id && Some(&g.grantor_id) != my_id.as_ref())
        })
        .map(|m| (m.person_id.clone(), m.name.clone()))
        .collect::<Vec<_>>();
    render(&PoolPage {
        l: Layout::new(&page, v.pool.name.clone()),
        time_zone: v.pool.time_zone.clone().unwrap_or_default(),
        zones: if v.can.assign_roles {
            pools_i18n::time_zones()
        } else {
            Vec::new()
        },
        proxies_on,
        can_name_proxy: proxies_on && active_me && !proxy_candidates.is_empty(),
        proxy_candidates,
        proxy_decisions,
        my_proxy,
        proxies: grants
            .iter()
            .map(|g| {
                (
                    g.grantor_name.clone(),
                    g.proxy_name.clone(),
                    scope(g),
                    page.when(&g.named_at),
                )
            })
            .collect(),
        group_name: v.group.name.clone(),
        group_slug: v.group.slug.clone(),
        status_key: match v.pool.status {
            PoolStatus::Draft => "pool-status-draft",
            PoolStatus::Open => "pool-status-open",
        },
        currency: v.pool.currency.to_string(),
        is_draft: v.pool.status == PoolStatus::Draft,
        active_count: v.active_count as i64,
        rules: pools_i18n::rules(page.locale, &v.pool.rules, v.pool.currency),
        me,
        can_open: v.can.open,
        can_join: v.can.join,
        can_leave: v.can.leave,
        can_assign: v.can.assign_roles,
        signed_in: !matches!(page.actor, Actor::Anonymous),
        in_group: v.group_member.is_some(),
        has_buy_in: v.pool.rules.buy_in_minor > 0,
        buy_in,
        commitment_required: v.pool.rules.commitment_required,
        commitment_hash: v.commitment_hash.clone(),
        can_propose: v.can_propose,
        can_record: pools_core::membership::may_handle_money(
            v.me.as_ref().map(|m| (m.role, m.status)),
        ),
        decisions,
        rounds,
        floods: if v.can_read {
            s.app
                .floods_of_pool(&page.actor, &id)
                .await?
                .into_iter()
                .map(|(f, m)| {
                    let c = f.currency;
                    let said = if m.status == MemberPoolStatus::Member {
                        let amount = page.money(Money::new(m.committed, c));
                        lc.ta("pool-flood-committed", &[("amount", Arg::Str(&amount))])
                    } else {
                        let amount = page.money(Money::new(m.received, c));
                        lc.ta("pool-flood-left", &[("amount", Arg::Str(&amount))])
                    };
                    (f.id, f.name, said)
                })
                .collect()
        } else {
            Vec::new()
        },
        legal_status: legal_status(lc, formation.as_ref().and_then(|f| f.formation.as_ref())),
        formation_started: formation.as_ref().is_some_and(|f| f.formation.is_some()),
        sign_version: formation
            .as_ref()
            .and_then(|f| f.formation.as_ref().map(|x| x.version))
            .unwrap_or(0)
            .to_string(),
        to_sign: to_sign.join(", "),
        members: v
            .members
            .iter()
            .map(|m| MemberRow {
                person_id: m.person_id.clone(),
                name: m.name.clone(),
                role: m.role.as_str(),
                role_key: role_key(m.role),
                status_key: status_key(m.status),
                since: page.when(&m.accepted_at),
            })
            .collect(),
        pool: v.pool,
    })
}

/// The draft-rules form as typed, kept as text so a mistake can be shown
/// next to what was entered.
#[derive(Deserialize)]
pub struct RulesForm {
    #[serde(default)]
    csrf: String,
    quorum_percent: String,
    approval: String,
    rule_change: String,
    blocks: Option<String>,
    proposers: String,
    min_voting_days: String,
    default_voting_days: String,
    max_voting_days: String,
    buy_in: String,
    commitment_required: Option<String>,
    admission: String,
    exit_repay_days: String,
    #[serde(default)]
    commitment: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    hide_results: Option<String>,
    close_early: Option<String>,
    #[serde(default)]
    secret_ballots: String,
    proxies: Option<String>,
}

impl RulesForm {
    fn from_pool(p: &Pool) -> RulesForm {
        let r = &p.rules;
        RulesForm {
            csrf: String::new(),
            quorum_percent: r.quorum_percent.to_string(),
            approval: r.approval.as_str().into(),
            rule_change: r.rule_change.as_str().into(),
            blocks: r.blocks.then(|| "yes".into()),
            proposers: match r.proposers {
                Proposers::AnyMember => "any_member".into(),
                Proposers::Organizers => "organizers".into(),
            },
            min_voting_days: r.min_voting_days.to_string(),
            default_voting_days: r.default_voting_days.to_string(),
            max_voting_days: r.max_voting_days.to_string(),
            buy_in: Money::new(r.buy_in_minor, p.currency).plain(),
            commitment_required: r.commitment_required.then(|| "yes".into()),
            admission: match r.admission {
                Admission::Automatic => "automatic".into(),
                Admission::ByVote => "by_vote".into(),
            },
            exit_repay_days: r.exit_repay_days.to_string(),
            commitment: p.commitment.clone(),
            title: String::new(),
            body: String::new(),
            hide_results: r.hide_results.then(|| "yes".into()),
            close_early: r.close_early.then(|| "yes".into()),
            secret_ballots: r.secret_ballots.as_str().into(),
            proxies: r.proxies.then(|| "yes".into()),
        }
    }

    /// Reads the typed values into rules, naming each field that cannot be read.
    fn parse(&self, l: Locale, currency: Currency) -> Result<Rules, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut num = |field: &str, v: &str, max: u32| -> u16 {
            match v.trim().parse::<u32>() {
                Ok(n) if n <= max => n as u16,
                _ => {
                    errors.push(FieldError {
                        field: field.into(),
                        message: l.ta("poolrules-error-number", &[("max", Arg::Num(max as i64))]),
                    });
                    0
                }
            }
        };
        let quorum = num("quorum_percent", &self.quorum_percent, 100) as u8;
        let min = num("min_voting_days", &self.min_voting_days, 365);
        let default = num("default_voting_days", &self.default_voting_days, 365);
        let max = num("max_voting_days", &self.max_voting_days, 365);
        let exit = num("exit_repay_days", &self.exit_repay_days, 1825);
        let secret_ballots = if self.secret_ballots.trim().is_empty() {
            pools_core::rules::SecretBallots::Never
        } else {
            pools_core::rules::SecretBallots::parse(&self.secret_ballots).unwrap_or_else(|| {
                errors.push(FieldError {
                    field: "secret_ballots".into(),
                    message: l.t("poolrules-error-secret"),
                });
                pools_core::rules::SecretBallots::Never
            })
        };
        let mut threshold = |field: &str, v: &str| {
            Threshold::parse(v).unwrap_or_else(|| {
                errors.push(FieldError {
                    field: field.into(),
                    message: l.t("poolrules-error-threshold"),
                });
                Threshold::Majority
            })
        };
        let approval = threshold("approval", &self.approval);
        let rule_change = threshold("rule_change", &self.rule_change);
        let buy_in = if self.buy_in.trim().is_empty() {
            0
        } else {
            match currency.parse_amount(&self.buy_in) {
                Ok(m) => m.minor,
                Err(e) => {
                    errors.push(FieldError {
                        field: "buy_in".into(),
                        message: e.to_string(),
                    });
                    0
                }
            }
        };
        let rules = Rules {
            quorum_percent: quorum,
            approval,
            blocks: self.blocks.is_some(),
            min_voting_days: min,
            default_voting_days: default,
            max_voting_days: max,
            proposers: if self.proposers == "organizers" {
                Proposers::Organizers
            } else {
                Proposers::AnyMember
            },
            buy_in_minor: buy_in,
            commitment_required: self.commitment_required.is_some(),
            admission: if self.admission == "by_vote" {
                Admission::ByVote
            } else {
                Admission::Automatic
            },
            rule_change,
            exit_repay_days: exit,
            hide_results: self.hide_results.is_some(),
            close_early: self.close_early.is_some(),
            secret_ballots,
            proxies: self.proxies.is_some(),
        };
        if errors.is_empty() {
            Ok(rules)
        } else {
            Err(errors)
        }
    }
}

#[derive(Template)]
#[template(path = "pool_rules.html")]
struct RulesPage {
    l: Layout,
    proposing: bool,
    needs: String,
    title: String,
    body: String,
    errors: FormErrors,
    pool_id: String,
    pool_name: String,
    currency: String,
    f: RulesForm,
    thresholds: Vec<(&'static str, String)>,
}

fn rules_page(page: &Page, pool: &Pool, f: RulesForm, errors: FormErrors) -> RulesPage {
    let proposing = pool.status == PoolStatus::Open;
    RulesPage {
        l: Layout::new(
            page,
            page.ta("poolrules-title", &[("pool", Arg::Str(&pool.name))]),
        ),
        proposing,
        needs: pools_i18n::threshold(page.locale, pool.rules.rule_change),
        title: if f.title.is_empty() && proposing {
            page.t("poolrules-default-title")
        } else {
            f.title.clone()
        },
        body: f.body.clone(),
        errors,
        pool_id: pool.id.clone(),
        pool_name: pool.name.clone(),
        currency: pool.currency.to_string(),
        f,
        thresholds: Threshold::ALL
            .iter()
            .map(|t| (t.as_str(), pools_i18n::threshold(page.locale, *t)))
            .collect(),
    }
}

pub async fn rules_form(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/rules")));
    }
    let v = s.app.pool_view(&page.actor, &id).await?;
    page.in_pool(v.pool.time_zone.as_deref());
    // A draft is edited by its organizers; an open pool's rules change by a
    // proposal that any member allowed to propose can make.
    if !(v.can.edit_rules || v.can_propose) {
        return Err(AppError::Forbidden(if v.pool.status == PoolStatus::Open {
            page.t("poolrules-forbidden-propose")
        } else {
            page.t("poolrules-forbidden-edit")
        })
        .into());
    }
    let f = RulesForm::from_pool(&v.pool);
    render(&rules_page(&page, &v.pool, f, FormErrors::none()))
}

pub async fn save_rules(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<RulesForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let v = s.app.pool_view(&page.actor, &id).await?;
    page.in_pool(v.pool.time_zone.as_deref());
    let proposing = v.pool.status == PoolStatus::Open;
    let result = match f.parse(page.locale, v.pool.currency) {
        Ok(rules) if proposing => s
            .app
            .open_decision(
                &page.actor,
                &id,
                pools_app::decisions::NewDecision {
                    title: f.title.clone(),
                    body: f.body.clone(),
                    method: pools_core::decision::Method::Proposal,
                    voting_days: None,
                    rule_change: Some(rules),
                    spend: None,
                    round: None,
                    flood: None,
                    secret: None,
                },
            )
            .await
            .map(|d| format!("/d/{}", d.id)),
        Ok(rules) => s
            .app
            .edit_draft(&page.actor, &id, rules, &f.commitment)
            .await
            .map(|_| format!("/p/{id}")),
        Err(e) => Err(AppError::Invalid(e)),
    };
    match result {
        Ok(to) => Ok(redirect_with(
            &s,
            &to,
            &page.t(if proposing {
                "poolrules-change-open"
            } else {
                "poolrules-saved"
            }),
        )),
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &rules_page(&page, &v.pool, f, FormErrors(e)),
        ),
        Err(e) => Err(e.into()),
    }
}

pub async fn open(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    s.app.open_pool(&page.actor, &id).await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}"),
        &page.t("pool-opened"),
    ))
}

#[derive(Deserialize)]
pub struct JoinForm {
    csrf: String,
    commitment_hash: String,
    accept_commitment: Option<String>,
}

pub async fn join(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<JoinForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}")));
    }
    let m = s
        .app
        .join_pool(
            &page.actor,
            &id,
            &f.commitment_hash,
            f.accept_commitment.is_some(),
        )
        .await?;
    let message = page.t(if m.status == MemberStatus::Pending {
        "pool-joined-pending"
    } else {
        "pool-joined"
    });
    Ok(redirect_with(&s, &format!("/p/{id}"), &message))
}

pub async fn leave(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let owed = s.app.leave_pool(&page.actor, &id).await?;
    let message = match owed {
        Some((amount, due)) => page.ta(
            "pool-left-owed",
            &[
                ("amount", Arg::Str(&page.money(amount))),
                ("due", Arg::Str(&day_words(page.locale, &due))),
            ],
        ),
        None => page.t("pool-left"),
    };
    Ok(redirect_with(&s, &format!("/p/{id}"), &message))
}

#[derive(Deserialize)]
pub struct RoleForm {
    csrf: String,
    role: String,
}

pub async fn set_role(
    State(s): State<AppState>,
    page: Page,
    Path((id, person)): Path<(String, String)>,
    Form(f): Form<RoleForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let role = PoolRole::parse(&f.role)
        .ok_or_else(|| AppError::invalid("role", page.t("pool-role-invalid")))?;
    let m = s.app.set_pool_role(&page.actor, &id, &person, role).await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}"),
        &page.ta(
            "pool-role-set",
            &[
                ("name", Arg::Str(&m.name)),
                ("role", Arg::Str(&page.t(role_key(m.role)))),
            ],
        ),
    ))
}

#[derive(Deserialize)]
pub struct TimeZoneForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    time_zone: String,
}

/// Sets the pool's time zone (organizers).
pub async fn set_time_zone(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<TimeZoneForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let pool = s
        .app
        .set_pool_time_zone(&page.actor, &id, Some(&f.time_zone))
        .await?;
    let said = match &pool.time_zone {
        Some(z) => page.ta("pool-time-zone-set", &[("zone", Arg::Str(z))]),
        None => page.t("pool-time-zone-cleared"),
    };
    Ok(redirect_with(&s, &format!("/p/{id}"), &said))
}

#[derive(Deserialize)]
pub struct ProxyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    proxy_id: String,
    #[serde(default)]
    decision_id: String,
}

/// Names the member's proxy, for every decision or one.
pub async fn name_proxy(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<ProxyForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let decision = Some(f.decision_id.trim()).filter(|d| !d.is_empty());
    let g = s
        .app
        .name_proxy(&page.actor, &id, f.proxy_id.trim(), decision)
        .await?;
    Ok(super::redirect_with(
        &s,
        &format!("/p/{id}#proxies-h"),
        &match &g.decision {
            Some((_, title)) => page.ta(
                "pool-proxy-named-one",
                &[
                    ("name", Arg::Str(&g.proxy_name)),
                    ("title", Arg::Str(title)),
                ],
            ),
            None => page.ta("pool-proxy-named-all", &[("name", Arg::Str(&g.proxy_name))]),
        },
    ))
}

/// Revokes the member's proxy.
pub async fn revoke_proxy(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<super::CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    s.app.revoke_proxy(&page.actor, &id).await?;
    Ok(super::redirect_with(
        &s,
        &format!("/p/{id}#proxies-h"),
        &page.t("pool-proxy-revoked"),
    ))
}

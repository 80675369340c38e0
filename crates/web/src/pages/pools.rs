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
use serde::Deserialize;

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
        format!("{group_name} Pool")
    } else {
        name.clone()
    };
    NewPool {
        l: Layout::new(page, format!("Turn {group_name} into a pool")),
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
        return Err(AppError::Forbidden(format!(
            "only organizers of {} can turn it into a pool",
            v.group.name
        ))
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
            "The pool is created as a draft. Check its rules, then open it to members.",
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
    role: &'static str,
    status: &'static str,
    since: String,
}

struct Me {
    role: &'static str,
    pending: bool,
    since: String,
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
    sign_version: i64,
    /// Floods the pool belongs or belonged to: (id, name, what it says).
    floods: Vec<(String, String, String)>,
    /// Budgeting rounds: (id, title, phase tag, phase in words).
    rounds: Vec<(String, String, &'static str, String)>,
    group_name: String,
    group_slug: String,
    status: &'static str,
    currency: String,
    is_draft: bool,
    active_count: usize,
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
    /// The viewer's proxy: (name, what for).
    my_proxy: Option<(String, String)>,
    /// Whether the viewer may name a proxy (an active member).
    can_name_proxy: bool,
    /// Whom they could name: (person id, name).
    proxy_candidates: Vec<(String, String)>,
    /// Open decisions a proxy could be named for: (id, title).
    proxy_decisions: Vec<(String, String)>,
}

struct DecisionRow {
    id: String,
    title: String,
    open: bool,
    summary: String,
}

fn day(rfc3339: &str) -> String {
    rfc3339.get(..10).unwrap_or(rfc3339).to_string()
}

pub async fn show(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let v = s.app.pool_view(&page.actor, &id).await?;
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
                summary: super::decisions::summary(&s, &d),
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
                let text = super::budgeting::phase_text(&s, &r, phase);
                (r.id, r.title, super::budgeting::phase_tag(phase), text)
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
    let me =
        v.me.as_ref()
            .filter(|m| m.status != MemberStatus::Left)
            .map(|m| Me {
                role: m.role.as_str(),
                pending: m.status == MemberStatus::Pending,
                since: day(&m.accepted_at),
            });
    let proxies_on = v.pool.rules.proxies && v.pool.status == PoolStatus::Open;
    let grants = if proxies_on && v.can_read {
        s.app.proxies(&page.actor, &id).await?
    } else {
        Vec::new()
    };
    let scope = |g: &pools_app::ports::ProxyRow| match &g.decision {
        Some((_, title)) => format!("only “{title}”"),
        None => "every decision".to_string(),
    };
    let my_id = page.actor.person_id().map(String::from);
    let my_proxy = grants
        .iter()
        .find(|g| Some(&g.grantor_id) == my_id.as_ref())
        .map(|g| (g.proxy_name.clone(), scope(g)));
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
                    day(&g.named_at),
                )
            })
            .collect(),
        group_name: v.group.name.clone(),
        group_slug: v.group.slug.clone(),
        status: v.pool.status.as_str(),
        currency: v.pool.currency.to_string(),
        is_draft: v.pool.status == PoolStatus::Draft,
        active_count: v.active_count,
        rules: pools_i18n::rules(page.locale, &v.pool.rules, v.pool.currency),
        me,
        can_open: v.can.open,
        can_join: v.can.join,
        can_leave: v.can.leave,
        can_assign: v.can.assign_roles,
        signed_in: !matches!(page.actor, Actor::Anonymous),
        in_group: v.group_member.is_some(),
        has_buy_in: v.pool.rules.buy_in_minor > 0,
        buy_in: Money::new(v.pool.rules.buy_in_minor, v.pool.currency).to_string(),
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
                        format!("committed {}", Money::new(m.committed, c))
                    } else {
                        format!("left, taking {}", Money::new(m.received, c))
                    };
                    (f.id, f.name, said)
                })
                .collect()
        } else {
            Vec::new()
        },
        legal_status: formation
            .as_ref()
            .map(|f| match f.legal_status.strip_prefix("Informal pool") {
                Some(rest) => format!("informal pool{rest}"),
                None => f.legal_status.clone(),
            })
            .unwrap_or_else(|| "informal pool".into()),
        formation_started: formation.as_ref().is_some_and(|f| f.formation.is_some()),
        sign_version: formation
            .as_ref()
            .and_then(|f| f.formation.as_ref().map(|x| x.version))
            .unwrap_or(0),
        to_sign: to_sign.join(", "),
        members: v
            .members
            .iter()
            .map(|m| MemberRow {
                person_id: m.person_id.clone(),
                name: m.name.clone(),
                role: m.role.as_str(),
                status: m.status.as_str(),
                since: day(&m.accepted_at),
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
    fn parse(&self, currency: Currency) -> Result<Rules, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut num = |field: &str, v: &str, max: u32| -> u16 {
            match v.trim().parse::<u32>() {
                Ok(n) if n <= max => n as u16,
                _ => {
                    errors.push(FieldError {
                        field: field.into(),
                        message: format!("enter a whole number from 0 to {max}"),
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
                    message: "choose never, optional or always".into(),
                });
                pools_core::rules::SecretBallots::Never
            })
        };
        let mut threshold = |field: &str, v: &str| {
            Threshold::parse(v).unwrap_or_else(|| {
                errors.push(FieldError {
                    field: field.into(),
                    message: "choose one of the listed thresholds".into(),
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
    needs: &'static str,
    title: String,
    body: String,
    errors: FormErrors,
    pool_id: String,
    pool_name: String,
    currency: String,
    f: RulesForm,
    thresholds: Vec<(&'static str, &'static str)>,
}

fn rules_page(page: &Page, pool: &Pool, f: RulesForm, errors: FormErrors) -> RulesPage {
    let proposing = pool.status == PoolStatus::Open;
    RulesPage {
        l: Layout::new(page, format!("Rules of {}", pool.name)),
        proposing,
        needs: pool.rules.rule_change.words(),
        title: if f.title.is_empty() && proposing {
            "Change the rules".into()
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
            .map(|t| (t.as_str(), t.words()))
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
    // A draft is edited by its organizers; an open pool's rules change by a
    // proposal that any member allowed to propose can make.
    if !(v.can.edit_rules || v.can_propose) {
        return Err(AppError::Forbidden(if v.pool.status == PoolStatus::Open {
            "only members who can make proposals can propose a rule change".into()
        } else {
            "only the pool's organizers can edit its rules".into()
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
    let proposing = v.pool.status == PoolStatus::Open;
    let result = match f.parse(v.pool.currency) {
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
            if proposing {
                "The rule change is open for voting."
            } else {
                "The draft rules are saved."
            },
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
        "The pool is open. Members of the group can join it now.",
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
    let message = if m.status == MemberStatus::Pending {
        "You accepted the commitment. Your membership is pending until your buy-in is recorded."
    } else {
        "Welcome: you are a member of the pool, with one vote like everyone else."
    };
    Ok(redirect_with(&s, &format!("/p/{id}"), message))
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
        Some((amount, due)) => format!(
            "You left the pool. Your capital of {amount} is owed back to you by {due}, under the pool's exit rule."
        ),
        None => "You left the pool.".to_string(),
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
        .ok_or_else(|| AppError::invalid("role", "choose member, treasurer or organizer"))?;
    let m = s.app.set_pool_role(&page.actor, &id, &person, role).await?;
    Ok(redirect_with(
        &s,
        &format!("/p/{id}"),
        &format!("{} is now {}.", m.name, m.role.as_str()),
    ))
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
        &format!(
            "{} is now your proxy, {}. Your own vote always counts over theirs.",
            g.proxy_name,
            match &g.decision {
                Some((_, title)) => format!("for “{title}” only"),
                None => "for every decision until you revoke it".into(),
            }
        ),
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
        "Your proxy is revoked. Any vote they cast for you on an open decision is taken back.",
    ))
}

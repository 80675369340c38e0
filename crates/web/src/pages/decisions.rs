//! Decision pages: open a question, see the count and the explained result,
//! vote, change or withdraw a ballot.

use super::CsrfForm;
use super::layout::{FormErrors, Layout};
use super::{redirect_with, render, render_status, to_sign_in};
use crate::AppState;
use crate::error::PageError;
use crate::render::{bar_chart, markdown};
use crate::session::Page;
use askama::Template;
use axum::Form;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use pools_app::decisions::NewDecision;
use pools_app::{Actor, AppError, FieldError};
use pools_core::decision::{self, Choice, Method, Stance};
use pools_core::rules::SecretBallots;
use pools_core::secret::Receipt;
use pools_i18n::{Arg, Locale};
use serde::Deserialize;

/// "in 3 days 4 hours", "dans 12 minutes": the time left in the reader's
/// language.
pub fn time_left_in(l: Locale, ms: i64) -> String {
    let mins = (ms.max(0) + 59_999) / 60_000;
    let (d, h, m) = (mins / 1440, (mins % 1440) / 60, mins % 60);
    let a = |k: &'static str, v: i64| (k, Arg::Num(v));
    if d > 0 && h > 0 {
        l.ta("time-left-days", &[a("days", d), a("hours", h)])
    } else if d > 0 {
        l.ta("time-left-days-only", &[a("days", d)])
    } else if h > 0 && m > 0 {
        l.ta("time-left-hours", &[a("hours", h), a("minutes", m)])
    } else if h > 0 {
        l.ta("time-left-hours-only", &[a("hours", h)])
    } else {
        l.ta("time-left-minutes", &[a("minutes", m)])
    }
}

/// A method's name in the reader's language.
pub fn method_name(l: Locale, m: &Method) -> String {
    l.t(decision::label_id(m))
}

/// A ballot in words, in the reader's language: stances are translated,
/// options are the members' own words.
pub fn choice_words(l: Locale, m: &Method, c: &Choice) -> String {
    match c {
        Choice::Proposal(s) => l.t(stance_key(*s)),
        other => decision::describe_choice(m, other),
    }
}

fn stance_key(s: Stance) -> &'static str {
    match s {
        Stance::Agree => "stance-agree",
        Stance::Abstain => "stance-abstain",
        Stance::Disagree => "stance-disagree",
        Stance::Block => "stance-block",
    }
}

fn now_ms(s: &AppState) -> i64 {
    (s.app.now().unix_timestamp_nanos() / 1_000_000) as i64
}

/// One line about a decision for lists, in the reader's language and time
/// zone: its result explained, or how voting stands.
pub fn summary(s: &AppState, page: &Page, d: &pools_app::visibility::SeenDecision) -> String {
    let l = page.locale;
    let now = now_ms(s);
    match &d.outcome {
        // English is the record's own words; a Flood's double majority
        // needs the member pools' breakdown, which only its page reads.
        Some(o) if l == Locale::En || d.hidden || d.member_pools.is_some() => o.explanation.clone(),
        Some(_) => {
            let threshold = decision::threshold_for(d.rule_change.is_some(), &d.rules);
            pools_i18n::explanation(
                l,
                &decision::said(&d.method, &d.tally, d.eligible as u64, &d.rules, threshold),
            )
        }
        None if d.closes_at_ms <= now => l.t("pool-decision-counting"),
        None => l.ta(
            "pool-decision-summary",
            &[
                ("method", Arg::Str(&method_name(l, &d.method))),
                ("when", Arg::Str(&page.when(&d.closes_at))),
                ("left", Arg::Str(&time_left_in(l, d.closes_at_ms - now))),
                ("voted", Arg::Num(d.voted as i64)),
                ("eligible", Arg::Num(d.eligible)),
            ],
        ),
    }
}

/// The methods a new question can use: (identifier, message key of its
/// description).
const METHODS: [(&str, &str); 6] = [
    ("proposal", "newdecision-method-proposal"),
    ("single_choice", "newdecision-method-single-choice"),
    ("multiple_choice", "newdecision-method-multiple-choice"),
    ("score", "newdecision-method-score"),
    ("ranked_choice", "newdecision-method-ranked-choice"),
    ("stv", "newdecision-method-stv"),
];

#[derive(Deserialize, Default)]
pub struct NewForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    method: String,
    #[serde(default)]
    options: String,
    #[serde(default)]
    min: String,
    #[serde(default)]
    max: String,
    #[serde(default)]
    max_score: String,
    #[serde(default)]
    seats: String,
    #[serde(default)]
    voting_days: String,
    #[serde(default)]
    payee: String,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    round_amount: String,
    #[serde(default)]
    bucket_days: String,
    #[serde(default)]
    funding_days: String,
    #[serde(default)]
    cap: String,
    #[serde(default)]
    guidelines: String,
    #[serde(default)]
    flood_action: String,
    #[serde(default)]
    flood_name: String,
    #[serde(default)]
    flood_purpose: String,
    #[serde(default)]
    flood_id: String,
    #[serde(default)]
    flood_amount: String,
    #[serde(default)]
    double_majority: String,
    #[serde(default)]
    secret: String,
}

impl NewForm {
    fn parse(
        &self,
        l: Locale,
        currency: pools_core::Currency,
        secret_rule: SecretBallots,
    ) -> Result<NewDecision, Vec<FieldError>> {
        let mut errors = Vec::new();
        let spend = if self.payee.trim().is_empty() && self.amount.trim().is_empty() {
            None
        } else {
            match currency.parse_amount(&self.amount) {
                Ok(m) => Some(pools_core::event::Spend {
                    payee: self.payee.trim().to_string(),
                    amount: m.minor,
                    purpose: self.purpose.trim().to_string(),
                }),
                Err(e) => {
                    errors.push(FieldError {
                        field: "amount".into(),
                        message: e.to_string(),
                    });
                    None
                }
            }
        };
        let mut money = |field: &str, v: &str| -> Option<i64> {
            match currency.parse_amount(v) {
                Ok(m) => Some(m.minor),
                Err(e) => {
                    errors.push(FieldError {
                        field: field.into(),
                        message: e.to_string(),
                    });
                    None
                }
            }
        };
        let round_amount = (!self.round_amount.trim().is_empty())
            .then(|| money("round_amount", &self.round_amount))
            .flatten();
        let cap = (!self.cap.trim().is_empty())
            .then(|| money("cap", &self.cap))
            .flatten();
        let flood_amount = if self.flood_action.is_empty() || self.flood_action == "leave" {
            0
        } else {
            money("flood_amount", &self.flood_amount).unwrap_or(0)
        };
        let flood = match self.flood_action.as_str() {
            "start" => Some(pools_core::flood::FloodAction::Start {
                name: self.flood_name.trim().to_string(),
                purpose: self.flood_purpose.trim().to_string(),
                amount: flood_amount,
                double_majority: !self.double_majority.is_empty(),
                rules: None,
            }),
            "join" => Some(pools_core::flood::FloodAction::Join {
                flood_id: self.flood_id.trim().to_string(),
                amount: flood_amount,
            }),
            "add_funds" => Some(pools_core::flood::FloodAction::AddFunds {
                flood_id: self.flood_id.trim().to_string(),
                amount: flood_amount,
            }),
            "leave" => Some(pools_core::flood::FloodAction::Leave {
                flood_id: self.flood_id.trim().to_string(),
            }),
            _ => None,
        };
        let options: Vec<String> = self
            .options
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        let mut num = |field: &str, v: &str, default: u32| -> u32 {
            if v.trim().is_empty() {
                return default;
            }
            v.trim().parse().unwrap_or_else(|_| {
                errors.push(FieldError {
                    field: field.into(),
                    message: l.t("newdecision-error-number"),
                });
                default
            })
        };
        let min = num("min", &self.min, 1);
        let max = num("max", &self.max, options.len() as u32);
        let max_score = num("max_score", &self.max_score, 5);
        let days = if self.voting_days.trim().is_empty() {
            None
        } else {
            Some(num("voting_days", &self.voting_days, 0))
        };
        let method = match self.method.as_str() {
            "single_choice" => Method::SingleChoice { options },
            "multiple_choice" => Method::MultipleChoice {
                options,
                min: min.min(u16::MAX as u32) as u16,
                max: max.min(u16::MAX as u32) as u16,
            },
            "score" => Method::Score {
                options,
                max_score: max_score.min(255) as u8,
            },
            "ranked_choice" => Method::RankedChoice { options },
            "stv" => Method::Stv {
                seats: num("seats", &self.seats, 1).min(u16::MAX as u32) as u16,
                options,
            },
            _ => Method::Proposal,
        };
        let round = round_amount.map(|amount| pools_core::budget::RoundPlan {
            amount,
            bucket_days: num("bucket_days", &self.bucket_days, 7).min(u16::MAX as u32) as u16,
            funding_days: num("funding_days", &self.funding_days, 7).min(u16::MAX as u32) as u16,
            cap,
            guidelines: self.guidelines.trim().to_string(),
        });
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NewDecision {
            title: self.title.clone(),
            body: self.body.clone(),
            method,
            voting_days: days.map(|d| d.min(u16::MAX as u32) as u16),
            rule_change: None,
            spend,
            round,
            flood,
            // Only a pool whose rule leaves it to the proposer shows the
            // box; otherwise the rule decides.
            secret: (secret_rule == SecretBallots::Optional).then_some(self.secret == "yes"),
        })
    }
}

#[derive(Template)]
#[template(path = "decision_new.html")]
struct NewPage {
    l: Layout,
    errors: FormErrors,
    pool_id: String,
    pool_name: String,
    f: NewForm,
    /// (identifier, message key of its description).
    methods: Vec<(&'static str, &'static str)>,
    min_days: i64,
    max_days: i64,
    currency: String,
    available: String,
    is_flood: bool,
    /// The pool's secret ballot rule: never, optional or always.
    secret_rule: &'static str,
}

async fn new_page(
    s: &AppState,
    page: &Page,
    pool_id: &str,
    f: NewForm,
    errors: FormErrors,
) -> Result<NewPage, PageError> {
    let v = s.app.pool_view(&page.actor, pool_id).await?;
    page.in_pool(v.pool.time_zone.as_deref());
    Ok(NewPage {
        l: Layout::new(
            page,
            page.ta("newdecision-title", &[("pool", Arg::Str(&v.pool.name))]),
        ),
        errors,
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        f,
        methods: METHODS.to_vec(),
        min_days: v.pool.rules.min_voting_days.into(),
        max_days: v.pool.rules.max_voting_days.into(),
        currency: v.pool.currency.to_string(),
        is_flood: v.pool.is_flood,
        secret_rule: v.pool.rules.secret_ballots.as_str(),
        available: s
            .app
            .treasury(&page.actor, pool_id)
            .await
            .map(|t| page.money(t.available))
            .unwrap_or_default(),
    })
}

pub async fn new_form(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/p/{id}/decisions/new")));
    }
    let v = s.app.pool_view(&page.actor, &id).await?;
    page.in_pool(v.pool.time_zone.as_deref());
    if !v.can_propose {
        return Err(AppError::Forbidden(page.t("newdecision-forbidden")).into());
    }
    let f = NewForm {
        method: "proposal".into(),
        voting_days: v.pool.rules.default_voting_days.to_string(),
        ..NewForm::default()
    };
    render(&new_page(&s, &page, &id, f, FormErrors::none()).await?)
}

pub async fn create(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<NewForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    let pool = s.app.pool_view(&page.actor, &id).await?.pool;
    let result = match f.parse(page.locale, pool.currency, pool.rules.secret_ballots) {
        Ok(new) => s.app.open_decision(&page.actor, &id, new).await,
        Err(e) => Err(AppError::Invalid(e)),
    };
    match result {
        Ok(d) => Ok(redirect_with(
            &s,
            &format!("/d/{}", d.id),
            &page.ta(
                "newdecision-opened",
                &[("when", Arg::Str(&page.when(&d.closes_at)))],
            ),
        )),
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &new_page(&s, &page, &id, f, FormErrors(e)).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

struct Input {
    kind: &'static str,
    name: String,
    value: String,
    label: String,
    checked: bool,
}

fn inputs(l: Locale, method: &Method, mine: Option<&Choice>) -> (String, Vec<Input>) {
    let options = method.options();
    match method {
        Method::Proposal => (
            l.t("ask-proposal"),
            Stance::ALL
                .iter()
                .map(|st| Input {
                    kind: "radio",
                    name: "stance".into(),
                    value: st.as_str().into(),
                    label: match st {
                        Stance::Abstain => l.t("stance-abstain-long"),
                        Stance::Block => l.t("stance-block-long"),
                        other => l.t(stance_key(*other)),
                    },
                    checked: mine == Some(&Choice::Proposal(*st)),
                })
                .collect(),
        ),
        Method::SingleChoice { .. } => (
            l.t("ask-single"),
            options
                .iter()
                .enumerate()
                .map(|(i, o)| Input {
                    kind: "radio",
                    name: "option".into(),
                    value: i.to_string(),
                    label: o.clone(),
                    checked: mine == Some(&Choice::Single(i)),
                })
                .collect(),
        ),
        Method::MultipleChoice { min, max, .. } => (
            l.ta(
                "ask-multiple",
                &[
                    ("min", Arg::Num(*min as i64)),
                    ("max", Arg::Num(*max as i64)),
                ],
            ),
            options
                .iter()
                .enumerate()
                .map(|(i, o)| Input {
                    kind: "checkbox",
                    name: "option".into(),
                    value: i.to_string(),
                    label: o.clone(),
                    checked: matches!(mine, Some(Choice::Multiple(p)) if p.contains(&i)),
                })
                .collect(),
        ),
        Method::Score { max_score, .. } => (
            l.ta("ask-score", &[("max", Arg::Num(*max_score as i64))]),
            options
                .iter()
                .enumerate()
                .map(|(i, o)| Input {
                    kind: "number",
                    name: format!("score_{i}"),
                    value: match mine {
                        Some(Choice::Score(s)) => {
                            s.get(i).map(|v| v.to_string()).unwrap_or_default()
                        }
                        _ => String::new(),
                    },
                    label: o.clone(),
                    checked: false,
                })
                .collect(),
        ),
        Method::RankedChoice { .. } | Method::Stv { .. } => (
            l.t("ask-ranked"),
            options
                .iter()
                .enumerate()
                .map(|(i, o)| Input {
                    kind: "number",
                    name: format!("rank_{i}"),
                    value: match mine {
                        Some(Choice::Ranked(order)) => order
                            .iter()
                            .position(|x| *x == i)
                            .map(|p| (p + 1).to_string())
                            .unwrap_or_default(),
                        _ => String::new(),
                    },
                    label: o.clone(),
                    checked: false,
                })
                .collect(),
        ),
    }
}

/// Reads a ballot form. Repeated fields (checkboxes) need the raw pairs.
fn parse_ballot(method: &Method, pairs: &[(String, String)]) -> Result<Choice, AppError> {
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim());
    let bad = |m: &str| AppError::invalid("choice", m.to_string());
    let n = method.options().len();
    Ok(match method {
        Method::Proposal => Choice::Proposal(
            get("stance")
                .and_then(Stance::parse)
                .ok_or_else(|| bad("choose agree, abstain, disagree or block"))?,
        ),
        Method::SingleChoice { .. } => Choice::Single(
            get("option")
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| bad("choose one of the options"))?,
        ),
        Method::MultipleChoice { .. } => Choice::Multiple(
            pairs
                .iter()
                .filter(|(k, _)| k == "option")
                .map(|(_, v)| {
                    v.trim()
                        .parse()
                        .map_err(|_| bad("pick from the listed options"))
                })
                .collect::<Result<_, _>>()?,
        ),
        Method::Score { .. } => Choice::Score(
            (0..n)
                .map(|i| {
                    get(&format!("score_{i}"))
                        .filter(|v| !v.is_empty())
                        .ok_or_else(|| bad("give every option a score"))?
                        .parse::<u8>()
                        .map_err(|_| bad("scores are whole numbers"))
                })
                .collect::<Result<_, _>>()?,
        ),
        Method::RankedChoice { .. } | Method::Stv { .. } => {
            let mut ranked: Vec<(u32, usize)> = Vec::new();
            for i in 0..n {
                if let Some(v) = get(&format!("rank_{i}")).filter(|v| !v.is_empty()) {
                    let r: u32 = v
                        .parse()
                        .map_err(|_| bad("ranks are whole numbers: 1 for your favourite"))?;
                    if ranked.iter().any(|(x, _)| *x == r) {
                        return Err(bad("give each rank to one option only"));
                    }
                    ranked.push((r, i));
                }
            }
            ranked.sort();
            Choice::Ranked(ranked.into_iter().map(|(_, i)| i).collect())
        }
    })
}

#[derive(Template)]
#[template(path = "decision.html")]
struct DecisionPage {
    l: Layout,
    errors: FormErrors,
    id: String,
    pool_id: String,
    pool_name: String,
    title: String,
    method: String,
    proposer: String,
    timing: String,
    closed: bool,
    body_html: String,
    rule_change: Vec<String>,
    spend: Option<(String, String, String)>,
    /// For a round: what it puts in, in words.
    round: Option<String>,
    /// The round it opened, or why it could not.
    round_id: Option<String>,
    /// For a decision about a Flood: what it does, as HTML, and the Flood
    /// to link to when it exists.
    flood: Option<(String, Option<String>)>,
    effect_note: Option<String>,
    /// Once closed, the journal entry of the result: (seq, SEQ:HASH).
    closed_entry: Option<(i64, String)>,
    /// Once closed, the entry of the pool's chain: (seq, BODY:SEQ:HASH).
    closed_chain: Option<(i64, String)>,
    needs: String,
    explanation: Option<String>,
    passed: bool,
    hidden: bool,
    chart: String,
    ranking: String,
    can_vote: bool,
    eligible_voter: bool,
    eligible: i64,
    has_ballot: bool,
    mine: Option<String>,
    instruction: String,
    inputs: Vec<Input>,
    reason: String,
    voter_count: i64,
    page: i64,
    pages: i64,
    /// Member pools under the double majority: (name, agree, disagree, approves).
    pool_breakdown: Vec<(String, u64, u64, bool)>,
    voter_names: String,
    ballots: Vec<(String, String, String)>,
    /// Whether the ballots are secret.
    secret: bool,
    /// A closed secret decision's published ballots on this page:
    /// (receipt hash, choice, reason).
    published: Vec<(String, String, String)>,
    /// The member whose proxy the viewer holds here: (id, name, their
    /// ballot in words and who cast it, whether they voted themselves).
    proxy_for: Option<(String, String, Option<String>, bool)>,
    /// The ballot form again, for the member the viewer votes for.
    proxy_inputs: Vec<Input>,
    /// An election's count sheet.
    sheet: Option<Sheet>,
    /// The decision's discussion.
    thread: super::discussion::ThreadBlock,
}

/// An election's count, stage by stage, in words and figures.
struct Sheet {
    /// Seats, valid ballots and the quota, in words.
    hint: String,
    /// The candidates, in the order offered.
    names: Vec<String>,
    /// Each stage: its number, what happened, each candidate's votes (and
    /// whether elected by then, or excluded), the non-transferable votes
    /// and those lost to fractions.
    stages: Vec<SheetStage>,
}

/// One row of the count sheet: (number, action, votes and standing per
/// candidate, non-transferable, lost to fractions).
type SheetStage = (usize, String, Vec<(String, &'static str)>, String, String);

impl Sheet {
    /// The sheet of the recorded count `c`, each stage said in `l` when the
    /// ballots' rankings (`profiles`) recount to it, else as recorded.
    fn new(
        l: Locale,
        method: &Method,
        c: &pools_core::stv::Count,
        profiles: Option<&[pools_core::stv::Profile]>,
    ) -> Sheet {
        let names = method.options().to_vec();
        let steps = profiles
            .map(|p| pools_core::stv::count_with_steps(&names, c.seats, p))
            .filter(|(recount, _)| recount == c)
            .map(|(_, steps)| steps);
        let mut state = vec![""; names.len()];
        let stages = c
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| {
                for &e in &s.elected {
                    state[e] = "decision-sheet-elected";
                }
                if let Some(x) = s.excluded {
                    state[x] = "decision-sheet-excluded";
                }
                let action = match steps.as_ref().and_then(|st| st.get(i)) {
                    Some(step) => pools_i18n::stv_step(l, step, &names),
                    None => s.action.clone(),
                };
                (
                    i + 1,
                    action,
                    s.votes
                        .iter()
                        .enumerate()
                        .map(|(j, v)| (pools_i18n::votes(l, *v), state[j]))
                        .collect(),
                    pools_i18n::votes(l, s.non_transferable),
                    pools_i18n::votes(l, s.lost_to_fractions),
                )
            })
            .collect();
        Sheet {
            hint: l.ta(
                "decision-sheet-hint",
                &[
                    ("seats", Arg::Num(c.seats as i64)),
                    ("valid", Arg::Num(c.valid as i64)),
                    ("quota", Arg::Num(c.quota as i64)),
                ],
            ),
            names,
            stages,
        }
    }
}

async fn decision_page(
    s: &AppState,
    page: &Page,
    id: &str,
    errors: FormErrors,
    reason: Option<String>,
    ballot_page: i64,
) -> Result<DecisionPage, PageError> {
    let v = s
        .app
        .decision_view_page(&page.actor, id, ballot_page)
        .await?;
    page.in_pool(v.pool.time_zone.as_deref());
    let d = &v.decision;
    let now = now_ms(s);
    let closed = d.closed || d.closes_at_ms <= now;
    let lc = page.locale;
    let at = |t: &str| pools_i18n::when(lc, t, page.zone());
    let timing = if d.closed {
        lc.ta(
            "decision-timing-closed",
            &[(
                "when",
                Arg::Str(&at(d.closed_at.as_deref().unwrap_or(&d.closes_at))),
            )],
        )
    } else if closed {
        lc.t("decision-timing-counting")
    } else {
        lc.ta(
            "decision-timing-closes",
            &[
                ("when", Arg::Str(&at(&d.closes_at))),
                ("left", Arg::Str(&time_left_in(lc, d.closes_at_ms - now))),
            ],
        )
    };
    let outcome = d.outcome.as_ref().or(v.provisional.as_ref());
    let threshold = decision::threshold_for(d.rule_change.is_some(), &d.rules);
    let explanation = outcome.map(|o| {
        // Said again in the reader's language from the tally, which is
        // what the recorded English says; a Flood's proposal adds its
        // double majority, from the member pools' breakdown.
        let said = decision::said(&d.method, &d.tally, d.eligible as u64, &d.rules, threshold);
        let words = if d.member_pools.is_none() {
            pools_i18n::explanation(lc, &said)
        } else {
            let people =
                decision::outcome(&d.method, &d.tally, d.eligible as u64, &d.rules, threshold);
            let n = v.pool_breakdown.len() as u64;
            let approving = v.pool_breakdown.iter().filter(|p| p.3).count() as u64;
            let english = format!(
                "{} {}",
                people.explanation,
                pools_core::flood::double_majority_words(people.passed, approving, n)
            );
            if english == o.explanation {
                format!(
                    "{} {}",
                    pools_i18n::explanation(lc, &said),
                    pools_i18n::double_majority(lc, people.passed, approving, n)
                )
            } else {
                o.explanation.clone()
            }
        };
        if d.outcome.is_some() {
            words
        } else {
            lc.ta(
                "decision-if-ended-now",
                &[("explanation", Arg::Str(&words))],
            )
        }
    });
    let (mut bars, unit) = decision::chart_bars(&d.method, &d.tally);
    if d.method == Method::Proposal {
        for (bar, s) in bars.iter_mut().zip(Stance::ALL) {
            bar.0 = page.locale.t(stance_key(s));
        }
    }
    let ranking = match outcome {
        Some(o) if matches!(d.method, Method::RankedChoice { .. }) && o.quorum_met => o
            .ranking
            .iter()
            .enumerate()
            .map(|(pos, tier)| {
                let names: Vec<&str> = tier
                    .iter()
                    .map(|&i| d.method.options()[i].as_str())
                    .collect();
                format!("{}. {}", pos + 1, names.join(" = "))
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    let (instruction, own_inputs) = inputs(
        page.locale,
        &d.method,
        v.mine.as_ref().and_then(|b| b.choice.as_ref()),
    );
    let thread = super::discussion::ThreadBlock::new(&s.app.thread(&page.actor, id).await?);
    Ok(DecisionPage {
        l: Layout::new(page, d.title.clone()),
        errors,
        id: d.id.clone(),
        pool_id: v.pool.id.clone(),
        pool_name: v.pool.name.clone(),
        title: d.title.clone(),
        method: method_name(lc, &d.method),
        proposer: v.proposer.clone(),
        timing,
        closed,
        body_html: markdown(&d.body),
        rule_change: d
            .rule_change
            .as_ref()
            .map(|r| pools_i18n::rules(lc, r, v.pool.currency))
            .unwrap_or_default(),
        needs: pools_i18n::threshold(lc, threshold),
        spend: d.spend.as_ref().map(|sp| {
            let amount = pools_i18n::money(lc, pools_core::Money::new(sp.amount, v.pool.currency));
            // HTML: the amount and payee escaped and in bold.
            let text = if sp.purpose.is_empty() {
                super::layout::strong(
                    lc,
                    "decision-spend",
                    &[("amount", &amount), ("payee", &sp.payee)],
                )
            } else {
                super::layout::strong(
                    lc,
                    "decision-spend-for",
                    &[
                        ("amount", &amount),
                        ("payee", &sp.payee),
                        ("purpose", &sp.purpose),
                    ],
                )
            };
            (amount, sp.payee.clone(), text)
        }),
        round: d.round.as_ref().map(|r| {
            let m = |x| page.money(pools_core::Money::new(x, v.pool.currency));
            let days = [
                ("bucket_days", Arg::Num(r.bucket_days as i64)),
                ("funding_days", Arg::Num(r.funding_days as i64)),
            ];
            let amount = m(r.amount);
            match r.cap {
                Some(c) => {
                    let cap = m(c);
                    let mut args = vec![("amount", Arg::Str(&amount)), ("cap", Arg::Str(&cap))];
                    args.extend(days);
                    lc.ta("decision-round-plan-capped", &args)
                }
                None => {
                    let mut args = vec![("amount", Arg::Str(&amount))];
                    args.extend(days);
                    lc.ta("decision-round-plan", &args)
                }
            }
        }),
        round_id: v.round_id.clone(),
        flood: d.flood_action.as_ref().map(|a| {
            use pools_core::flood::FloodAction;
            let m = |x: i64| pools_i18n::money(lc, pools_core::Money::new(x, v.pool.currency));
            // A Flood that has since gone is named by its id.
            let named = match (&v.flood, a) {
                (Some((_, n)), _) => n.clone(),
                (
                    None,
                    FloodAction::Join { flood_id, .. }
                    | FloodAction::AddFunds { flood_id, .. }
                    | FloodAction::Leave { flood_id },
                ) => flood_id.clone(),
                (None, FloodAction::Start { .. }) => String::new(),
            };
            let text = match a {
                FloodAction::Start { name, amount, .. } => super::layout::strong(
                    lc,
                    "decision-flood-start",
                    &[("name", name), ("amount", &m(*amount))],
                ),
                FloodAction::Join { amount, .. } => super::layout::strong(
                    lc,
                    "decision-flood-join",
                    &[("name", &named), ("amount", &m(*amount))],
                ),
                FloodAction::AddFunds { amount, .. } => super::layout::strong(
                    lc,
                    "decision-flood-add",
                    &[("name", &named), ("amount", &m(*amount))],
                ),
                FloodAction::Leave { .. } => {
                    super::layout::strong(lc, "decision-flood-leave", &[("name", &named)])
                }
            };
            (text, v.flood.as_ref().map(|(id, _)| id.clone()))
        }),
        effect_note: d
            .effect_note
            .as_ref()
            .map(|m| pools_i18n::say(lc, page.zone(), m)),
        closed_entry: d.closed_entry.as_ref().map(|h| (h.seq, h.to_string())),
        closed_chain: d
            .closed_chain
            .as_ref()
            .map(|h| (h.seq, format!("{}:{}:{}", h.body, h.seq, h.hash))),
        passed: outcome.is_some_and(|o| o.passed),
        explanation,
        hidden: v.decision.hidden,
        chart: bar_chart(
            &d.title,
            &bars,
            &lc.t(match unit {
                "points" => "unit-points",
                "first preferences" => "unit-first-preferences",
                _ => "unit-ballots",
            }),
        ),
        ranking,
        can_vote: v.can_vote,
        eligible_voter: v.eligible,
        eligible: d.eligible,
        has_ballot: v.mine.is_some(),
        mine: v
            .mine
            .as_ref()
            .and_then(|b| b.choice.as_ref())
            .map(|c| choice_words(lc, &d.method, c)),
        instruction,
        inputs: own_inputs,
        reason: reason.unwrap_or_else(|| {
            v.mine
                .as_ref()
                .map(|b| b.reason.clone())
                .unwrap_or_default()
        }),
        voter_count: v.ballot_total,
        pool_breakdown: v.pool_breakdown.clone(),
        page: v.page,
        pages: v.pages,
        voter_names: v.voters.join(", "),
        ballots: v
            .ballots
            .iter()
            .filter_map(|b| {
                Some((
                    match &b.cast_by {
                        Some((_, by)) => lc.ta(
                            "decision-ballot-by-proxy",
                            &[("name", Arg::Str(&b.name)), ("proxy", Arg::Str(by))],
                        ),
                        None => b.name.clone(),
                    },
                    choice_words(lc, &d.method, b.choice.as_ref()?),
                    b.reason.clone(),
                ))
            })
            .collect(),
        proxy_inputs: v
            .proxy_for
            .as_ref()
            .map(|(_, _, b)| {
                inputs(
                    page.locale,
                    &d.method,
                    b.as_ref().and_then(|b| b.choice.as_ref()),
                )
                .1
            })
            .unwrap_or_default(),
        proxy_for: v.proxy_for.as_ref().map(|(id, name, b)| {
            (
                id.clone(),
                name.clone(),
                b.as_ref()
                    .and_then(|b| b.choice.as_ref().map(|c| choice_words(lc, &d.method, c))),
                b.as_ref().is_some_and(|b| b.cast_by.is_none()),
            )
        }),
        sheet: outcome
            .and_then(|o| o.count.as_ref())
            .map(|c| Sheet::new(lc, &d.method, c, d.tally.profiles.as_deref())),
        secret: d.secret,
        published: v
            .published
            .iter()
            .map(|b| {
                (
                    b.receipt.clone(),
                    choice_words(lc, &d.method, &b.choice),
                    b.reason.clone(),
                )
            })
            .collect(),
        thread,
    })
}

/// The decision's page again with its thread's refused comment, as 422.
pub(crate) async fn render_with_thread(
    s: &AppState,
    page: &Page,
    id: &str,
    thread: super::discussion::ThreadBlock,
) -> Result<Response, PageError> {
    let mut p = decision_page(s, page, id, FormErrors::none(), None, 1).await?;
    p.thread = thread;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &p)
}

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<i64>,
}

pub async fn show(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<PageQuery>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/d/{id}")));
    }
    render(
        &decision_page(
            &s,
            &page,
            &id,
            FormErrors::none(),
            None,
            q.page.unwrap_or(1),
        )
        .await?,
    )
}

pub async fn vote(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let csrf = pairs
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    page.check_csrf(csrf)?;
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/d/{id}")));
    }
    let reason = pairs
        .iter()
        .find(|(k, _)| k == "reason")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let view = s.app.decision_view(&page.actor, &id).await?;
    let for_person = pairs
        .iter()
        .find(|(k, _)| k == "for")
        .map(|(_, v)| v.clone())
        .filter(|v| !v.is_empty());
    if let Some(grantor) = for_person {
        let result = match parse_ballot(&view.decision.method, &pairs) {
            Ok(choice) => {
                s.app
                    .cast_proxy_ballot(&page.actor, &id, &grantor, choice, &reason)
                    .await
            }
            Err(e) => Err(e),
        };
        return match result {
            Ok(_) => Ok(redirect_with(
                &s,
                &format!("/d/{id}"),
                &page.locale.t("voted-as-proxy"),
            )),
            Err(AppError::Invalid(e)) => render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &decision_page(&s, &page, &id, FormErrors(e), Some(reason), 1).await?,
            ),
            Err(e) => Err(e.into()),
        };
    }
    let result = match parse_ballot(&view.decision.method, &pairs) {
        Ok(choice) => s.app.cast_ballot(&page.actor, &id, choice, &reason).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(v) if v.receipt.is_some() => render(&ReceiptPage {
            l: Layout::new(&page, page.locale.t("receipt-sealed-title")),
            errors: FormErrors::none(),
            id: id.clone(),
            title: v.title.clone(),
            closed: v.closed,
            receipt: v.receipt.clone(),
            entered: String::new(),
            finding: None,
        }),
        Ok(d) => Ok(redirect_with(
            &s,
            &format!("/d/{id}"),
            &page.locale.t(if d.closed {
                "voted-and-closed"
            } else {
                "voted"
            }),
        )),
        Err(AppError::Invalid(e)) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &decision_page(&s, &page, &id, FormErrors(e), Some(reason), 1).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

pub async fn withdraw(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    s.app.withdraw_ballot(&page.actor, &id).await?;
    Ok(redirect_with(
        &s,
        &format!("/d/{id}"),
        &page.locale.t("withdrawn"),
    ))
}

/// A receipt check's finding: the keys of its heading and words, and the
/// ballot as published (choice and reason) once counted.
type Finding = (&'static str, &'static str, Option<(String, String)>);

#[derive(Template)]
#[template(path = "receipt.html")]
struct ReceiptPage {
    l: Layout,
    errors: FormErrors,
    id: String,
    title: String,
    closed: bool,
    /// A receipt just issued, shown this once.
    receipt: Option<String>,
    /// What was typed into the check.
    entered: String,
    /// The check's finding.
    finding: Option<Finding>,
}

#[derive(Deserialize)]
pub struct ReceiptForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    receipt: String,
}

/// The receipt check of a secret decision: a form for the code.
pub async fn receipt_form(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/d/{id}/receipt")));
    }
    let v = s.app.decision_view(&page.actor, &id).await?;
    page.in_pool(v.pool.time_zone.as_deref());
    if !v.decision.secret {
        return Err(AppError::NotFound("this decision is not a secret ballot".into()).into());
    }
    render(&ReceiptPage {
        l: Layout::new(&page, page.locale.t("decision-check-receipt")),
        errors: FormErrors::none(),
        id,
        title: v.decision.title.clone(),
        closed: v.decision.closed,
        receipt: None,
        entered: String::new(),
        finding: None,
    })
}

/// Checks a receipt (sent by POST, so codes stay out of addresses and logs).
pub async fn check_receipt(
    State(s): State<AppState>,
    page: Page,
    Path(id): Path<String>,
    Form(f): Form<ReceiptForm>,
) -> Result<Response, PageError> {
    page.check_csrf(&f.csrf)?;
    if matches!(page.actor, Actor::Anonymous) {
        return Ok(to_sign_in(&format!("/d/{id}/receipt")));
    }
    let mut p = ReceiptPage {
        l: Layout::new(&page, page.locale.t("decision-check-receipt")),
        errors: FormErrors::none(),
        id: id.clone(),
        title: String::new(),
        closed: false,
        receipt: None,
        entered: f.receipt.clone(),
        finding: None,
    };
    match s.app.check_receipt(&page.actor, &id, &f.receipt).await {
        Ok((d, found)) => {
            p.l = Layout::new(&page, page.locale.t("decision-check-receipt"));
            p.title = d.title.clone();
            p.closed = d.closed;
            let (heading, words) = pools_i18n::receipt_keys(&found);
            p.finding = Some(match found {
                Receipt::Counted(b) => (
                    heading,
                    words,
                    Some((choice_words(page.locale, &d.method, &b.choice), b.reason)),
                ),
                _ => (heading, words, None),
            });
            render(&p)
        }
        Err(AppError::Invalid(e)) => {
            let v = s.app.decision_view(&page.actor, &id).await?;
            page.in_pool(v.pool.time_zone.as_deref());
            p.l = Layout::new(&page, page.locale.t("decision-check-receipt"));
            p.title = v.decision.title.clone();
            p.closed = v.decision.closed;
            p.errors = FormErrors(e);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &p)
        }
        Err(e) => Err(e.into()),
    }
}

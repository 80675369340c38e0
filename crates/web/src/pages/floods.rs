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
    join_url: String,
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
        .filter(|p| p.status == "member")
        .map(|p| (p.name.clone(), p.committed.max(0) as u64))
        .collect();
    render(&FloodPage {
        l: Layout::new(&page, v.flood.name.clone()),
        id: v.flood.id.clone(),
        name: v.flood.name.clone(),
        purpose: v.flood.purpose.clone(),
        dissolved: v.flood.status == "dissolved",
        double_majority: v.flood.double_majority,
        treasury: v.treasury.to_string(),
        authorized: v.authorized.to_string(),
        available: v.available.to_string(),
        chart: if bars.is_empty() {
            String::new()
        } else {
            bar_chart(
                &format!("Commitments to {}", v.flood.name),
                &bars
                    .iter()
                    .map(|(n, m)| (n.clone(), *m / 10u64.pow(c.exponent() as u32)))
                    .collect::<Vec<_>>(),
                &format!("whole {}", c),
            )
        },
        pools: v
            .pools
            .iter()
            .map(|p| PoolRow {
                id: p.pool_id.clone(),
                name: p.name.clone(),
                committed: Money::new(p.committed, c).to_string(),
                status: if p.status == "member" {
                    "member".into()
                } else {
                    format!("left, taking {}", Money::new(p.received, c))
                },
            })
            .collect(),
        decisions: decisions
            .into_iter()
            .map(|d| DecisionRow {
                summary: super::decisions::summary(&s, &d),
                id: d.id,
                title: d.title,
                open: !d.closed,
            })
            .collect(),
        can_propose: can_propose && v.flood.status == "active",
        rules: v.flood.rules.describe(c),
        join_url: format!("{}/f/{}", s.app.config().public_url, v.flood.id),
    })
}

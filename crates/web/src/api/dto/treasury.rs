//! The shapes of the treasury: entries, payouts, exits, reports and
//! statements.

use super::*;

/// A ledger entry.
#[derive(Serialize, ToSchema)]
pub struct EntryDto {
    pub id: String,
    /// capital, gift, buy_in or reversal.
    pub kind: String,
    pub person_id: Option<String>,
    pub person_name: Option<String>,
    /// Minor units of the pool's currency.
    pub amount: i64,
    pub received_on: Option<String>,
    pub method: Option<String>,
    pub reference: Option<String>,
    /// For a reversal, its reason.
    pub memo: String,
    pub reverses: Option<String>,
    pub reversed_by: Option<String>,
    /// When it was recorded.
    pub at: String,
    /// The decision that caused it, for payouts.
    pub decision_id: Option<String>,
}

impl From<pools_app::ports::LedgerEntry> for EntryDto {
    fn from(e: pools_app::ports::LedgerEntry) -> Self {
        EntryDto {
            id: e.id,
            kind: e.kind.to_string(),
            person_id: e.person_id,
            person_name: e.person_name,
            amount: e.amount,
            received_on: e.received_on,
            method: e.method,
            reference: e.reference,
            memo: e.memo,
            reverses: e.reverses,
            reversed_by: e.reversed_by,
            at: e.at,
            decision_id: e.decision_id,
        }
    }
}

/// A member's capital account.
#[derive(Serialize, ToSchema)]
pub struct CapitalDto {
    pub person_id: String,
    pub name: String,
    /// Minor units.
    pub balance: i64,
}

/// A pool's books.
#[derive(Serialize, ToSchema)]
pub struct TreasuryDto {
    /// ISO 4217; all amounts are integers in its minor unit.
    pub currency: String,
    /// Cash the pool holds.
    pub treasury: i64,
    /// Payouts authorized and not yet paid.
    pub authorized: i64,
    /// Money open budgeting rounds hold for their members.
    pub budgeted: i64,
    /// The treasury less authorized payouts and money open rounds hold.
    pub available: i64,
    pub capital: Vec<CapitalDto>,
    /// The latest 200 entries, newest first.
    pub entries: Vec<EntryDto>,
    /// Payouts authorized by decisions, newest first.
    pub payouts: Vec<PayoutDto>,
    /// Capital owed to members who left, soonest due first.
    pub exits: Vec<ExitDto>,
    /// Money members say they sent, waiting ones first.
    pub reports: Vec<ReportDto>,
    /// The pool's stake in each Flood it belongs to.
    pub floods: Vec<FloodStakeDto>,
}

/// A pool's stake in a Flood. Minor units.
#[derive(Serialize, ToSchema)]
pub struct FloodStakeDto {
    pub flood_id: String,
    pub name: String,
    /// What the pool committed in total.
    pub committed: i64,
    /// What it would receive if it left now.
    pub worth_now: i64,
    /// Its part of what the Flood spent or authorized: committed less worth now.
    pub spent_share: i64,
}

/// A leaving member's capital, owed back under the exit rule.
#[derive(Serialize, ToSchema)]
pub struct ExitDto {
    pub id: String,
    pub person_id: String,
    pub name: String,
    /// Minor units.
    pub amount: i64,
    /// YYYY-MM-DD.
    pub due_on: String,
    /// owed or paid.
    pub status: String,
    pub reference: Option<String>,
    pub paid_on: Option<String>,
}

impl From<pools_app::ports::Exit> for ExitDto {
    fn from(e: pools_app::ports::Exit) -> Self {
        ExitDto {
            id: e.id,
            person_id: e.person_id,
            name: e.name,
            amount: e.amount,
            due_on: e.due_on,
            status: e.status.to_string(),
            reference: e.reference,
            paid_on: e.paid_on,
        }
    }
}

/// A payout a decision authorized.
#[derive(Serialize, ToSchema)]
pub struct PayoutDto {
    pub id: String,
    pub decision_id: String,
    pub payee: String,
    /// Minor units.
    pub amount: i64,
    pub purpose: String,
    /// authorized, paid or cancelled.
    pub status: String,
    pub reference: Option<String>,
    pub paid_on: Option<String>,
    pub reason: Option<String>,
    pub authorized_at: String,
    /// For a budgeting round's funded bucket: the bucket.
    pub bucket_id: Option<String>,
}

impl From<pools_app::ports::Payout> for PayoutDto {
    fn from(p: pools_app::ports::Payout) -> Self {
        PayoutDto {
            id: p.id,
            decision_id: p.decision_id,
            payee: p.payee,
            amount: p.amount,
            purpose: p.purpose,
            status: p.status.to_string(),
            reference: p.reference,
            paid_on: p.paid_on,
            reason: p.reason,
            authorized_at: p.authorized_at,
            bucket_id: p.bucket_id,
        }
    }
}

/// Record that an authorized payout was paid.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PayRequest {
    /// The bank's reference.
    #[serde(default)]
    pub reference: String,
    /// YYYY-MM-DD.
    pub paid_on: String,
}

/// Why a payout is cancelled.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelRequest {
    pub reason: String,
}

impl From<pools_app::treasury::TreasuryView> for TreasuryDto {
    fn from(t: pools_app::treasury::TreasuryView) -> Self {
        TreasuryDto {
            currency: t.pool.currency.to_string(),
            treasury: t.treasury.minor,
            authorized: t.authorized.minor,
            budgeted: t.budgeted.minor,
            available: t.available.minor,
            capital: t
                .capital
                .into_iter()
                .map(|(person_id, name, m)| CapitalDto {
                    person_id,
                    name,
                    balance: m.minor,
                })
                .collect(),
            entries: t.entries.into_iter().map(Into::into).collect(),
            payouts: t.payouts.into_iter().map(Into::into).collect(),
            exits: t.exits.into_iter().map(Into::into).collect(),
            reports: t.reports.into_iter().map(Into::into).collect(),
            floods: t
                .floods
                .into_iter()
                .map(|f| FloodStakeDto {
                    flood_id: f.flood_id,
                    name: f.name,
                    committed: f.committed.minor,
                    worth_now: f.worth_now.minor,
                    spent_share: f.spent_share.minor,
                })
                .collect(),
        }
    }
}

/// Money received from a member.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoneyRequest {
    pub person_id: String,
    pub kind: pools_core::event::MoneyKind,
    /// Minor units of the pool's currency (cents for USD).
    pub amount: i64,
    /// YYYY-MM-DD.
    pub received_on: String,
    /// bank_transfer, cash or card.
    pub method: String,
    #[serde(default)]
    pub reference: String,
}

/// Why an entry is reversed.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReversalRequest {
    pub reason: String,
}

/// Money a member says they sent.
#[derive(Serialize, ToSchema)]
pub struct ReportDto {
    pub id: String,
    pub person_id: String,
    pub name: String,
    pub kind: pools_core::event::MoneyKind,
    /// Minor units.
    pub amount: i64,
    pub sent_on: String,
    pub method: String,
    pub reference: String,
    /// pending, confirmed or rejected.
    pub status: String,
    pub reason: Option<String>,
}

impl From<pools_app::ports::MoneyReport> for ReportDto {
    fn from(r: pools_app::ports::MoneyReport) -> Self {
        ReportDto {
            id: r.id,
            person_id: r.person_id,
            name: r.name,
            kind: r.kind,
            amount: r.amount,
            sent_on: r.sent_on,
            method: r.method,
            reference: r.reference,
            status: r.status.to_string(),
            reason: r.reason,
        }
    }
}

/// Tell the treasurer you sent money.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    pub kind: pools_core::event::MoneyKind,
    /// Minor units.
    pub amount: i64,
    /// YYYY-MM-DD.
    pub sent_on: String,
    /// bank_transfer, cash or card.
    pub method: String,
    #[serde(default)]
    pub reference: String,
}

/// A member's statement.
#[derive(Serialize, ToSchema)]
pub struct StatementDto {
    pub name: String,
    pub currency: String,
    /// What the capital account holds now, in minor units.
    pub capital: i64,
    /// The member's entries, oldest first.
    pub entries: Vec<EntryDto>,
}

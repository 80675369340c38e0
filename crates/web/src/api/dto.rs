//! The shapes the API reads and writes.

use pools_app::groups::{GroupView, ImportSummary};
use pools_app::pools::PoolView;
use pools_app::ports::{Group, GroupMember, OutboxMessage, Person, Pool, PoolMember};
use pools_core::Rules;
use pools_core::membership::{GroupRole, MemberStatus, PoolRole, PoolStatus, commitment_hash};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A person.
#[derive(Serialize, ToSchema)]
pub struct PersonDto {
    pub id: String,
    pub email: String,
    pub name: String,
    /// Operates this server.
    pub operator: bool,
}

impl From<Person> for PersonDto {
    fn from(p: Person) -> Self {
        PersonDto {
            id: p.id,
            email: p.email,
            name: p.name,
            operator: p.operator,
        }
    }
}

/// A bearer token and whose it is.
#[derive(Serialize, ToSchema)]
pub struct TokenDto {
    /// Send as `Authorization: Bearer <token>`. Shown once; only its hash is stored.
    pub token: String,
    /// When it stops working (RFC 3339).
    pub expires_at: String,
    pub person: PersonDto,
}

/// Sign-up details.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignupRequest {
    pub email: String,
    pub name: String,
    /// At least 10 characters.
    pub password: String,
}

/// Sign-in details.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    pub email: String,
    pub password: String,
}

/// Ask for a password reset link.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetRequest {
    pub email: String,
}

/// Set a new password with the token from the reset link.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetConfirm {
    pub token: String,
    pub password: String,
}

/// A group.
#[derive(Serialize, ToSchema)]
pub struct GroupDto {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub description: String,
}

impl From<Group> for GroupDto {
    fn from(g: Group) -> Self {
        GroupDto {
            id: g.id,
            slug: g.slug,
            name: g.name,
            description: g.description,
        }
    }
}

/// Create a group.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateGroupRequest {
    pub name: String,
    /// The web address; made from the name when absent.
    pub slug: Option<String>,
    pub description: Option<String>,
}

/// An answer to a group's join question.
#[derive(Serialize, ToSchema)]
pub struct AnswerDto {
    pub question: String,
    pub answer: String,
}

/// A group membership.
#[derive(Serialize, ToSchema)]
pub struct GroupMemberDto {
    pub id: String,
    pub name: String,
    pub role: GroupRole,
    /// Whether a person with an account holds this place.
    pub claimed: bool,
    pub meetup_member_id: Option<i64>,
    pub meetup_role: Option<String>,
    pub location: Option<String>,
    pub joined_on: Option<String>,
    pub intro: Option<String>,
    pub profile_url: Option<String>,
    pub answers: Vec<AnswerDto>,
}

impl From<GroupMember> for GroupMemberDto {
    fn from(m: GroupMember) -> Self {
        GroupMemberDto {
            id: m.id,
            name: m.name,
            role: m.role,
            claimed: m.person_id.is_some(),
            meetup_member_id: m.meetup_member_id,
            meetup_role: m.meetup_role,
            location: m.location,
            joined_on: m.joined_on,
            intro: m.intro,
            profile_url: m.profile_url,
            answers: m
                .answers
                .into_iter()
                .map(|(question, answer)| AnswerDto { question, answer })
                .collect(),
        }
    }
}

/// A group as the caller may see it.
#[derive(Serialize, ToSchema)]
pub struct GroupViewDto {
    pub group: GroupDto,
    pub member_count: usize,
    /// The caller's membership.
    pub me: Option<GroupMemberDto>,
    /// Visible to members of the group only.
    pub members: Vec<GroupMemberDto>,
    pub pool: Option<PoolDto>,
}

impl From<GroupView> for GroupViewDto {
    fn from(v: GroupView) -> Self {
        GroupViewDto {
            group: v.group.into(),
            member_count: v.member_count,
            me: v.me.map(Into::into),
            members: v.members.into_iter().map(Into::into).collect(),
            pool: v.pool.map(Into::into),
        }
    }
}

/// The outcome of an import.
#[derive(Serialize, ToSchema)]
pub struct ImportSummaryDto {
    /// The group's slug.
    pub group: String,
    /// Member rows in the file.
    pub members: usize,
    /// New members.
    pub created: usize,
    /// Known members updated.
    pub updated: usize,
}

impl From<ImportSummary> for ImportSummaryDto {
    fn from(s: ImportSummary) -> Self {
        ImportSummaryDto {
            group: s.group,
            members: s.members,
            created: s.created,
            updated: s.updated,
        }
    }
}

/// An invite link of an unclaimed place.
#[derive(Serialize, ToSchema)]
pub struct InviteDto {
    pub member_id: String,
    pub name: String,
    pub link: String,
}

/// Claim a place with the token from its invite link (the link's last part).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimRequest {
    pub token: String,
}

/// A pool.
#[derive(Serialize, ToSchema)]
pub struct PoolDto {
    pub id: String,
    pub group_id: String,
    pub name: String,
    /// ISO 4217; amounts are integers in its minor unit.
    pub currency: String,
    pub status: PoolStatus,
    pub rules: Rules,
    pub commitment: String,
    /// SHA-256 of the commitment; echo it when joining.
    pub commitment_hash: String,
}

impl From<Pool> for PoolDto {
    fn from(p: Pool) -> Self {
        PoolDto {
            commitment_hash: commitment_hash(&p.commitment),
            id: p.id,
            group_id: p.group_id,
            name: p.name,
            currency: p.currency.to_string(),
            status: p.status,
            rules: p.rules,
            commitment: p.commitment,
        }
    }
}

/// Turn a group into a pool.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreatePoolRequest {
    /// Defaults to the group's name followed by "Pool".
    pub name: Option<String>,
    /// ISO 4217 code; USD when absent.
    pub currency: Option<String>,
    /// The creator accepts the default membership commitment.
    pub accept_commitment: bool,
}

/// New draft rules and commitment.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftRequest {
    pub rules: Rules,
    pub commitment: String,
}

/// Join a pool.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JoinRequest {
    /// The `commitment_hash` of the text the person read.
    pub commitment_hash: String,
    pub accept_commitment: bool,
}

/// A new role.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleRequest {
    pub role: PoolRole,
}

/// A pool membership.
#[derive(Serialize, ToSchema)]
pub struct PoolMemberDto {
    pub person_id: String,
    pub name: String,
    pub role: PoolRole,
    pub status: MemberStatus,
    pub commitment_hash: String,
    pub accepted_at: String,
}

impl From<PoolMember> for PoolMemberDto {
    fn from(m: PoolMember) -> Self {
        PoolMemberDto {
            person_id: m.person_id,
            name: m.name,
            role: m.role,
            status: m.status,
            commitment_hash: m.commitment_hash,
            accepted_at: m.accepted_at,
        }
    }
}

/// What the caller may do to a pool.
#[derive(Serialize, ToSchema)]
pub struct PermissionsDto {
    pub edit_rules: bool,
    pub open: bool,
    pub assign_roles: bool,
    pub join: bool,
    pub leave: bool,
}

/// A pool as the caller may see it.
#[derive(Serialize, ToSchema)]
pub struct PoolViewDto {
    pub pool: PoolDto,
    pub group: GroupDto,
    pub me: Option<PoolMemberDto>,
    /// Current members; visible to members of the group only.
    pub members: Vec<PoolMemberDto>,
    pub active_count: usize,
    pub can: PermissionsDto,
    /// The rules in plain words.
    pub rules_text: Vec<String>,
}

impl From<PoolView> for PoolViewDto {
    fn from(v: PoolView) -> Self {
        PoolViewDto {
            pool: v.pool.into(),
            group: v.group.into(),
            me: v.me.map(Into::into),
            members: v.members.into_iter().map(Into::into).collect(),
            active_count: v.active_count,
            can: PermissionsDto {
                edit_rules: v.can.edit_rules,
                open: v.can.open,
                assign_roles: v.can.assign_roles,
                join: v.can.join,
                leave: v.can.leave,
            },
            rules_text: v.rules_text,
        }
    }
}

/// A group and the caller's role in it.
#[derive(Serialize, ToSchema)]
pub struct MyGroupDto {
    pub group: GroupDto,
    pub role: GroupRole,
}

/// A pool and the caller's membership.
#[derive(Serialize, ToSchema)]
pub struct MyPoolDto {
    pub pool: PoolDto,
    pub membership: PoolMemberDto,
}

/// The caller and what they belong to.
#[derive(Serialize, ToSchema)]
pub struct MeDto {
    pub person: PersonDto,
    pub groups: Vec<MyGroupDto>,
    pub pools: Vec<MyPoolDto>,
}

/// A queued email.
#[derive(Serialize, ToSchema)]
pub struct OutboxDto {
    pub id: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
}

impl From<OutboxMessage> for OutboxDto {
    fn from(m: OutboxMessage) -> Self {
        OutboxDto {
            id: m.id,
            to: m.to,
            subject: m.subject,
            body: m.body,
            created_at: m.created_at,
        }
    }
}

/// A decision.
#[derive(Serialize, ToSchema)]
pub struct DecisionDto {
    pub id: String,
    pub pool_id: String,
    pub proposer_id: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    pub method: pools_core::decision::Method,
    /// For a rule change: the rules it would adopt.
    pub rule_change: Option<Rules>,
    /// The rules it follows, fixed when it opened.
    pub rules: Rules,
    pub opened_at: String,
    pub closes_at: String,
    /// `open` or `closed`.
    pub status: String,
    /// How many people may vote.
    pub eligible: i64,
    /// The running count; absent while the pool hides results until close.
    pub tally: Option<pools_core::decision::Tally>,
    /// The result, once closed.
    pub outcome: Option<pools_core::decision::Outcome>,
    /// For a spend proposal: who gets how much, for what.
    pub spend: Option<pools_core::event::Spend>,
    /// For a budgeting round: what it puts in and when.
    pub round: Option<pools_core::budget::RoundPlan>,
    /// Why a passed decision's effect (its budgeting round) did not happen,
    /// when it did not.
    pub effect_note: Option<String>,
    /// For an admission vote: the candidate's person id.
    pub admission: Option<String>,
    /// For a decision about a Flood: what it does when it passes.
    pub flood_action: Option<pools_core::flood::FloodAction>,
    /// Once closed: the journal entry that records the result.
    pub closed_entry: Option<HeadDto>,
}

/// A point of the hash-chained journal: keep it, and later check that an
/// export reaches it with `pools verify FILE --head SEQ:HASH`.
#[derive(Serialize, ToSchema)]
pub struct HeadDto {
    /// The entry's position in the chain (0 for an empty journal).
    pub seq: i64,
    /// The entry's SHA-256 hash, hex.
    pub hash: String,
    /// Both, as `pools verify --head` takes them: `SEQ:HASH`.
    pub witness: String,
}

impl From<pools_core::journal::Head> for HeadDto {
    fn from(h: pools_core::journal::Head) -> Self {
        HeadDto {
            witness: h.to_string(),
            seq: h.seq,
            hash: h.hash,
        }
    }
}

impl From<pools_app::visibility::SeenDecision> for DecisionDto {
    fn from(seen: pools_app::visibility::SeenDecision) -> Self {
        let (d, hidden) = (seen.decision, seen.hidden);
        DecisionDto {
            status: if d.closed { "closed" } else { "open" }.into(),
            tally: (!hidden).then_some(d.tally),
            id: d.id,
            pool_id: d.pool_id,
            proposer_id: d.proposer_id,
            title: d.title,
            body: d.body,
            method: d.method,
            rule_change: d.rule_change,
            rules: d.rules,
            opened_at: d.opened_at,
            closes_at: d.closes_at,
            eligible: d.eligible,
            outcome: d.outcome,
            spend: d.spend,
            round: d.round,
            effect_note: d.effect_note,
            admission: d.admission,
            flood_action: d.flood_action,
            closed_entry: d.closed_entry.map(HeadDto::from),
        }
    }
}

/// One current ballot.
#[derive(Serialize, ToSchema)]
pub struct BallotDto {
    pub person_id: String,
    pub name: String,
    pub choice: pools_core::decision::Choice,
    pub reason: String,
    pub cast_at: String,
}

impl From<pools_app::ports::Ballot> for BallotDto {
    fn from(b: pools_app::ports::Ballot) -> Self {
        BallotDto {
            person_id: b.person_id,
            name: b.name,
            choice: b.choice,
            reason: b.reason,
            cast_at: b.cast_at,
        }
    }
}

/// A decision as the caller may see it.
#[derive(Serialize, ToSchema)]
pub struct DecisionViewDto {
    pub decision: DecisionDto,
    /// Whether the count is hidden until close.
    pub hidden: bool,
    /// Whether the caller may vote now.
    pub can_vote: bool,
    /// Whether the caller is in the electorate.
    pub eligible: bool,
    /// The caller's own ballot.
    pub mine: Option<BallotDto>,
    /// This page of ballots, by voter name; empty while hidden.
    pub ballots: Vec<BallotDto>,
    /// Names of the voters on this page.
    pub voters: Vec<String>,
    /// How many have voted.
    pub ballots_total: i64,
    /// This page, from 1.
    pub page: i64,
    /// How many pages there are (100 ballots each).
    pub pages: i64,
    /// The result if voting ended now; absent while hidden.
    pub provisional: Option<pools_core::decision::Outcome>,
    /// The round this decision opened, once it has.
    pub round_id: Option<String>,
}

impl From<pools_app::decisions::DecisionView> for DecisionViewDto {
    fn from(v: pools_app::decisions::DecisionView) -> Self {
        let hidden = v.decision.hidden;
        DecisionViewDto {
            decision: DecisionDto::from(v.decision),
            hidden,
            can_vote: v.can_vote,
            eligible: v.eligible,
            mine: v.mine.map(Into::into),
            ballots: v.ballots.into_iter().map(Into::into).collect(),
            voters: v.voters,
            ballots_total: v.ballot_total,
            page: v.page,
            pages: v.pages,
            provisional: v.provisional,
            round_id: v.round_id,
        }
    }
}

/// Open a decision.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDecisionRequest {
    pub title: String,
    #[serde(default)]
    pub body: String,
    pub method: pools_core::decision::Method,
    /// Days voting stays open; the pool's usual period when absent.
    pub voting_days: Option<u16>,
    /// Makes this a rule change that adopts these rules if it passes by the
    /// pool's supermajority. The method must be `proposal`.
    pub rule_change: Option<Rules>,
    /// Makes this a spend proposal: if it passes, a payout of exactly this
    /// amount to this payee is authorized. The method must be `proposal`, and
    /// the amount no more than the pool has available.
    pub spend: Option<pools_core::event::Spend>,
    /// Makes this a participatory budgeting round: if it passes, the amount
    /// is shared equally among the pool's active members, who propose and
    /// fund buckets in the windows set here. The method must be `proposal`,
    /// and the amount no more than the pool has available.
    pub round: Option<pools_core::budget::RoundPlan>,
    /// Makes this a decision about a Flood: start one with this pool as its
    /// first member, join one, add funds, or leave with the pool's share.
    /// The method must be `proposal`; money committed must be available.
    pub flood: Option<pools_core::flood::FloodAction>,
}

/// Cast or change a ballot.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BallotRequest {
    pub choice: pools_core::decision::Choice,
    #[serde(default)]
    pub reason: String,
}

/// A decision's count.
#[derive(Serialize, ToSchema)]
pub struct TallyDto {
    /// `open` or `closed`.
    pub status: String,
    /// How many people may vote.
    pub eligible: i64,
    /// Whether the count is hidden until close.
    pub hidden: bool,
    /// The running count; absent while hidden.
    pub tally: Option<pools_core::decision::Tally>,
    /// The result if voting ended now, or the final one; absent while hidden.
    pub outcome: Option<pools_core::decision::Outcome>,
}

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

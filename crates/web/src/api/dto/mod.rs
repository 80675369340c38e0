//! The shapes the API reads and writes.

use pools_app::groups::{GroupView, ImportSummary};
use pools_app::pools::PoolView;
use pools_app::ports::{Group, GroupMember, OutboxMessage, Person, Pool, PoolMember};
use pools_core::Rules;
use pools_core::membership::{GroupRole, MemberStatus, PoolRole, PoolStatus, commitment_hash};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

mod decisions;
mod treasury;
pub use decisions::*;
pub use treasury::*;

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

/// An imported place: its invite link while unclaimed, its address, and
/// whether it was invited, opened and claimed.
#[derive(Serialize, ToSchema)]
pub struct InviteDto {
    pub member_id: String,
    pub name: String,
    /// The link that claims the place; null once claimed.
    pub link: Option<String>,
    /// The address an organizer added, if any.
    pub email: Option<String>,
    /// How many invites went by email.
    pub sent: i64,
    /// When the last one was queued (RFC 3339).
    pub last_sent_at: Option<String>,
    /// When the link was first opened (RFC 3339).
    pub opened_at: Option<String>,
    pub claimed: bool,
}

impl From<pools_app::groups::Invite> for InviteDto {
    fn from(i: pools_app::groups::Invite) -> Self {
        let at = |ms: i64| {
            pools_core::journal::format_time(
                time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
                    .unwrap_or(time::OffsetDateTime::UNIX_EPOCH),
            )
        };
        InviteDto {
            member_id: i.member_id,
            name: i.name,
            link: i.link,
            email: i.email,
            sent: i.sent,
            last_sent_at: i.last_sent_ms.map(at),
            opened_at: i.opened_ms.map(at),
            claimed: i.claimed,
        }
    }
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
    /// The IANA time zone its times are shown in to readers who chose
    /// none, and in its messages; null for UTC.
    pub time_zone: Option<String>,
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
            time_zone: p.time_zone,
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

/// A pool's time zone.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TimeZoneRequest {
    /// An IANA name, like `Europe/Paris`; null or empty for UTC.
    pub time_zone: Option<String>,
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
    pub html: String,
    /// Why the person gets it.
    pub reason: String,
    pub unsubscribe_url: Option<String>,
    pub created_at: String,
    /// queued, sending, sent, failed or expired.
    pub status: String,
    /// How many times a sender has tried it.
    pub attempts: i64,
    /// Why the last try failed.
    pub last_error: String,
}

impl From<OutboxMessage> for OutboxDto {
    fn from(m: OutboxMessage) -> Self {
        OutboxDto {
            id: m.id,
            to: m.to,
            subject: m.subject,
            body: m.body,
            html: m.html,
            reason: m.reason,
            unsubscribe_url: m.unsubscribe_url,
            created_at: m.created_at,
            status: m.status.to_string(),
            attempts: m.attempts,
            last_error: m.last_error,
        }
    }
}

//! Roles, membership states and who may do what. The use cases ask these
//! functions; no handler decides permissions on its own.

use crate::rules::Rules;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use crate::meetup::GroupRole;

/// A pool member's role. Every role has exactly one vote; roles only decide
/// who may do administrative work. Ordered from the role that may do the
/// least to the one that may do the most, so `max` is the strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PoolRole {
    /// A member.
    Member,
    /// Records money in and out.
    Treasurer,
    /// Runs the pool: edits draft rules, opens the pool, assigns roles.
    Organizer,
}

impl PoolRole {
    /// The identifier used in storage, forms and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            PoolRole::Member => "member",
            PoolRole::Treasurer => "treasurer",
            PoolRole::Organizer => "organizer",
        }
    }

    /// Parses the identifier.
    pub fn parse(s: &str) -> Option<PoolRole> {
        match s.trim() {
            "member" => Some(PoolRole::Member),
            "treasurer" => Some(PoolRole::Treasurer),
            "organizer" => Some(PoolRole::Organizer),
            _ => None,
        }
    }
}

impl GroupRole {
    /// The identifier used in storage, forms and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupRole::Organizer => "organizer",
            GroupRole::Member => "member",
        }
    }

    /// Parses the identifier.
    pub fn parse(s: &str) -> Option<GroupRole> {
        match s.trim() {
            "organizer" => Some(GroupRole::Organizer),
            "member" => Some(GroupRole::Member),
            _ => None,
        }
    }
}

crate::stored_enum! {
    /// Where a pool membership stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum MemberStatus {
        /// Accepted the commitment; waiting for the buy-in to be paid.
        Pending => "pending",
        /// A full member with a vote.
        Active => "active",
        /// Left the pool.
        Left => "left",
    }
}

crate::stored_enum! {
    /// A pool's life stage.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum PoolStatus {
        /// Rules may still be edited by organizers; nobody else can join yet.
        Draft => "draft",
        /// Open to members; rules change only by decision.
        Open => "open",
    }
}

/// The status a new member starts in: pending while a buy-in is owed or
/// the members have yet to vote on admitting them.
pub fn status_on_joining(rules: &Rules) -> MemberStatus {
    if rules.buy_in_minor > 0 || rules.admission == crate::rules::Admission::ByVote {
        MemberStatus::Pending
    } else {
        MemberStatus::Active
    }
}

/// Whether a pending member becomes active: every condition the rules set
/// is met (the buy-in paid, if there is one; the admission vote passed, if
/// admission is by vote).
pub fn admitted(rules: &Rules, buy_in_paid: bool, vote_passed: bool) -> bool {
    (rules.buy_in_minor == 0 || buy_in_paid)
        && (rules.admission == crate::rules::Admission::Automatic || vote_passed)
}

/// The membership commitment a pool starts with, in plain words. Organizers
/// may rewrite it while the pool is a draft; whatever text a member saw is
/// what their acceptance records.
pub fn default_commitment(pool_name: &str, group_name: &str) -> String {
    format!(
        "I join {pool_name}, the pool of {group_name}, as an equal member.\n\n\
         I understand that every member has exactly one vote, whatever they put in, \
         and that money leaves the pool only by a decision of the members.\n\n\
         I will take part in decisions when I can, respect their results, \
         and follow the pool's rules as they are written on the pool's page. \
         I can leave at any time, and the rules say what I get back when I do."
    )
}

/// SHA-256 of a commitment text, hex-encoded: what a member's acceptance binds to.
pub fn commitment_hash(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// What an actor is allowed to do to a pool, derived from their roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolPermissions {
    /// Edit rules and the commitment (only while a draft).
    pub edit_rules: bool,
    /// Open a draft pool to members.
    pub open: bool,
    /// Assign roles to members.
    pub assign_roles: bool,
    /// Join the pool.
    pub join: bool,
    /// Leave the pool.
    pub leave: bool,
}

/// The permissions of someone on a pool, given their group role (if they are
/// in the group), their pool membership (if any) and the pool's status.
pub fn pool_permissions(
    group_role: Option<GroupRole>,
    membership: Option<(PoolRole, MemberStatus)>,
    status: PoolStatus,
) -> PoolPermissions {
    let is_member = matches!(
        membership,
        Some((_, MemberStatus::Active | MemberStatus::Pending))
    );
    let organizer = matches!(
        membership,
        Some((
            PoolRole::Organizer,
            MemberStatus::Active | MemberStatus::Pending
        ))
    );
    PoolPermissions {
        edit_rules: organizer && status == PoolStatus::Draft,
        open: organizer && status == PoolStatus::Draft,
        assign_roles: organizer,
        join: group_role.is_some() && !is_member && status == PoolStatus::Open,
        leave: is_member,
    }
}

/// Whether someone may record money for a pool: an active treasurer or organizer.
pub fn may_handle_money(membership: Option<(PoolRole, MemberStatus)>) -> bool {
    matches!(
        membership,
        Some((
            PoolRole::Treasurer | PoolRole::Organizer,
            MemberStatus::Active
        ))
    )
}

/// Whether a member may open decisions: an active member, in an open pool,
/// and an organizer if the rules reserve proposing to organizers.
pub fn may_propose(
    rules: &Rules,
    membership: Option<(PoolRole, MemberStatus)>,
    status: PoolStatus,
) -> bool {
    match membership {
        Some((role, MemberStatus::Active)) if status == PoolStatus::Open => {
            rules.proposers == crate::rules::Proposers::AnyMember || role == PoolRole::Organizer
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buy_in_makes_joining_pending() {
        assert_eq!(status_on_joining(&Rules::default()), MemberStatus::Active);
        let r = Rules {
            buy_in_minor: 1000,
            ..Rules::default()
        };
        assert_eq!(status_on_joining(&r), MemberStatus::Pending);
    }

    #[test]
    fn permissions_by_role() {
        use GroupRole as G;
        use MemberStatus as S;
        use PoolRole as R;
        use PoolStatus as P;
        let outsider = pool_permissions(None, None, P::Open);
        assert!(!outsider.join && !outsider.edit_rules && !outsider.leave);
        let group_member = pool_permissions(Some(G::Member), None, P::Open);
        assert!(group_member.join && !group_member.leave);
        assert!(!pool_permissions(Some(G::Member), None, P::Draft).join);
        let member = pool_permissions(Some(G::Member), Some((R::Member, S::Active)), P::Open);
        assert!(!member.join && member.leave && !member.edit_rules && !member.assign_roles);
        let org_draft = pool_permissions(
            Some(G::Organizer),
            Some((R::Organizer, S::Active)),
            P::Draft,
        );
        assert!(org_draft.edit_rules && org_draft.open);
        let org_open =
            pool_permissions(Some(G::Organizer), Some((R::Organizer, S::Active)), P::Open);
        assert!(!org_open.edit_rules && !org_open.open && org_open.assign_roles);
        let left = pool_permissions(Some(G::Member), Some((R::Organizer, S::Left)), P::Open);
        assert!(left.join && !left.assign_roles);
    }

    #[test]
    fn commitment_hash_is_sha256_hex() {
        assert_eq!(
            commitment_hash(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}

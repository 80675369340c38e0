//! Groups and their members, claimed or imported.

use super::*;

/// A group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Id.
    pub id: String,
    /// Address.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
}

/// A membership of a group, claimed by a person or still only imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMember {
    /// Id.
    pub id: String,
    /// Group.
    pub group_id: String,
    /// The person, once claimed.
    pub person_id: Option<String>,
    /// Name in the group.
    pub name: String,
    /// Role.
    pub role: GroupRole,
    /// Meetup member number, when imported.
    pub meetup_member_id: Option<i64>,
    /// Meetup's role label.
    pub meetup_role: Option<String>,
    /// Location.
    pub location: Option<String>,
    /// Joined Meetup group on (ISO date).
    pub joined_on: Option<String>,
    /// Intro.
    pub intro: Option<String>,
    /// Meetup profile.
    pub profile_url: Option<String>,
    /// Join question answers.
    pub answers: Vec<(String, String)>,
}

/// The store's part for groups and their members, claimed or imported.
#[async_trait]
pub trait GroupsTx: Send {
    /// A group by id.
    async fn group(&mut self, id: &str) -> StoreResult<Option<Group>>;
    /// A group by slug.
    async fn group_by_slug(&mut self, slug: &str) -> StoreResult<Option<Group>>;
    /// All groups, by name.
    async fn groups(&mut self, limit: i64) -> StoreResult<Vec<Group>>;
    /// The groups a person belongs to, with their role.
    async fn groups_of(&mut self, person_id: &str) -> StoreResult<Vec<(Group, GroupRole)>>;
    /// A group's members, by name.
    async fn group_members(&mut self, group_id: &str) -> StoreResult<Vec<GroupMember>>;
    /// One group membership.
    async fn group_member(&mut self, id: &str) -> StoreResult<Option<GroupMember>>;
    /// A person's membership of a group.
    async fn group_member_of(
        &mut self,
        group_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<GroupMember>>;
}

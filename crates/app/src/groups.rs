//! Groups: creating and joining them, importing members from a Meetup
//! export, and invite links that let a person claim an imported membership.

use crate::error::say;
use crate::ports::{Group, GroupMember, Pool, Tx};
use crate::{Actor, App, AppError, AppResult, new_id, visibility};
use pools_core::event::ImportedMember;
use pools_core::meetup::{self, GroupRole, MeetupMember};
use pools_core::msg::Msg;
use pools_core::{Event, text};

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    /// The group's slug.
    pub group: String,
    /// Member rows in the file.
    pub members: usize,
    /// Members seen for the first time.
    pub created: usize,
    /// Members already known, updated from the file.
    pub updated: usize,
}

/// A group as one person may see it.
#[derive(Debug, Clone)]
pub struct GroupView {
    /// The group.
    pub group: Group,
    /// The viewer's own membership.
    pub me: Option<GroupMember>,
    /// The member list; empty unless the viewer is a member or the operator.
    pub members: Vec<GroupMember>,
    /// How many members the group has.
    pub member_count: usize,
    /// How many imported places nobody has claimed yet; counted only for
    /// those who may see the invite links ([`App::invites`]), else 0.
    pub unclaimed: usize,
    /// The group's pool, if it has one.
    pub pool: Option<Pool>,
}

/// The link that lets one imported member claim their place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    /// The imported group member.
    pub member_id: String,
    /// Their name as imported.
    pub name: String,
    /// The link to send them, while the place is unclaimed.
    pub link: Option<String>,
    /// The address an organizer added for them, if any.
    pub email: Option<String>,
    /// How many invites went by email.
    pub sent: i64,
    /// When the last one was queued (Unix ms).
    pub last_sent_ms: Option<i64>,
    /// When they first opened their link (Unix ms).
    pub opened_ms: Option<i64>,
    /// Whether they have claimed their place.
    pub claimed: bool,
}

/// A group's invite links, for its organizers.
#[derive(Debug, Clone)]
pub struct GroupInvites {
    /// The group.
    pub group: Group,
    /// Every imported place, in member order: its link while unclaimed,
    /// its address, and whether it was invited, opened and claimed.
    pub invites: Vec<Invite>,
}

impl GroupView {
    /// Whether the viewer organizes this group.
    pub fn is_organizer(&self) -> bool {
        self.me
            .as_ref()
            .is_some_and(|m| m.role == GroupRole::Organizer)
    }
}

fn member_from_row(id: String, m: &MeetupMember) -> ImportedMember {
    ImportedMember {
        group_member_id: id,
        meetup_member_id: m.meetup_member_id,
        name: m.name.clone(),
        role: m.role,
        meetup_role: m.meetup_role.clone(),
        location: m.location.clone(),
        joined_on: m.joined_on.map(|d| d.to_string()),
        intro: m.intro.clone(),
        profile_url: m.profile_url.clone(),
        answers: m.answers.clone(),
    }
}

impl App {
    /// Creates a group; the creator becomes its first organizer.
    pub async fn create_group(
        &self,
        actor: &Actor,
        name: &str,
        slug: Option<&str>,
        description: &str,
    ) -> AppResult<Group> {
        let person = actor.person()?.clone();
        let name = text::name("name", name)?;
        let slug = match slug.map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => text::slug(s)?,
            None => text::slugify(&name),
        };
        let description = text::long_text("description", description, 4000)?;
        let mut tx = self.store.write().await?;
        let group = self
            .insert_group(&mut tx, actor, &slug, &name, &description)
            .await?;
        self.record(
            &mut tx,
            actor,
            Event::GroupJoined {
                group_id: group.id.clone(),
                group_member_id: new_id(),
                person_id: person.id.clone(),
                name: person.name.clone(),
                role: GroupRole::Organizer,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(group)
    }

    async fn insert_group(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        slug: &str,
        name: &str,
        description: &str,
    ) -> AppResult<Group> {
        if tx.group_by_slug(slug).await?.is_some() {
            return Err(AppError::invalid(
                "slug",
                say(Msg::new("error-pools-slug-taken").text("slug", slug)),
            ));
        }
        let group = Group {
            id: new_id(),
            slug: slug.to_string(),
            name: name.to_string(),
            description: description.to_string(),
        };
        self.record(
            tx,
            actor,
            Event::GroupCreated {
                group_id: group.id.clone(),
                slug: group.slug.clone(),
                name: group.name.clone(),
                description: group.description.clone(),
            },
        )
        .await?;
        Ok(group)
    }

    /// Joins a group as a member. Group membership costs nothing.
    pub async fn join_group(&self, actor: &Actor, slug: &str) -> AppResult<GroupMember> {
        let person = actor.person()?.clone();
        let mut tx = self.store.write().await?;
        let group = find_group(&mut tx, slug).await?;
        if tx.group_member_of(&group.id, &person.id).await?.is_some() {
            return Err(AppError::Conflict(say(Msg::new(
                "error-pools-already-in-group",
            )
            .text("group", &group.name))));
        }
        let id = new_id();
        self.record(
            &mut tx,
            actor,
            Event::GroupJoined {
                group_id: group.id.clone(),
                group_member_id: id.clone(),
                person_id: person.id.clone(),
                name: person.name.clone(),
                role: GroupRole::Member,
            },
        )
        .await?;
        let member = tx.group_member(&id).await?.ok_or_else(|| {
            AppError::NotFound(say(Msg::new("error-pools-new-membership-vanished")))
        })?;
        tx.commit().await?;
        Ok(member)
    }

    /// Imports (or re-imports) a Meetup member export into a group. The whole
    /// file is read and checked before anything is written, and it is written
    /// in one transaction: either every row lands or none does.
    ///
    /// A person must organize the group. The operator may import into a group
    /// that does not exist yet, which creates it (`create_name` names it).
    pub async fn import_meetup(
        &self,
        actor: &Actor,
        slug: &str,
        file_name: &str,
        bytes: &[u8],
        create_name: Option<&str>,
    ) -> AppResult<ImportSummary> {
        let export = meetup::parse(bytes)?;
        let slug = text::slug(slug)?;
        let mut tx = self.store.write().await?;
        let group = match tx.group_by_slug(&slug).await? {
            Some(g) => {
                if !actor.is_operator() {
                    let person = actor.person()?;
                    let me = tx.group_member_of(&g.id, &person.id).await?;
                    if !me.is_some_and(|m| m.role == GroupRole::Organizer) {
                        return Err(AppError::Forbidden(say(Msg::new(
                            "error-pools-import-forbidden",
                        )
                        .text("group", &g.name))));
                    }
                }
                g
            }
            None if matches!(actor, Actor::Operator) => {
                let name = text::name("name", create_name.unwrap_or(&slug))?;
                self.insert_group(&mut tx, actor, &slug, &name, "").await?
            }
            None => {
                return Err(AppError::NotFound(say(
                    Msg::new("error-pools-no-group").text("slug", &slug)
                )));
            }
        };
        let existing = tx.group_members(&group.id).await?;
        let mut created = Vec::new();
        let mut updated = Vec::new();
        for row in &export.members {
            match existing
                .iter()
                .find(|m| m.meetup_member_id == Some(row.meetup_member_id))
            {
                Some(m) => updated.push(member_from_row(m.id.clone(), row)),
                None => created.push(member_from_row(new_id(), row)),
            }
        }
        let summary = ImportSummary {
            group: group.slug.clone(),
            members: export.members.len(),
            created: created.len(),
            updated: updated.len(),
        };
        self.record(
            &mut tx,
            actor,
            Event::MeetupImported {
                group_id: group.id.clone(),
                file_name: file_name.chars().take(200).collect(),
                created,
                updated,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(summary)
    }

    /// The invite token of an imported membership: an HMAC of its id under
    /// the server's secret, so links need no storage and cannot be guessed.
    pub fn invite_token(&self, group_member_id: &str) -> String {
        self.signed(&format!("invite:{group_member_id}"))
    }

    /// The link an organizer sends to an imported member.
    pub fn invite_link(&self, group_member_id: &str) -> String {
        format!(
            "{}/invite/{group_member_id}/{}",
            self.config.public_url,
            self.invite_token(group_member_id)
        )
    }

    fn check_invite(&self, group_member_id: &str, token: &str) -> AppResult<()> {
        if self.is_signed(&format!("invite:{group_member_id}"), token.trim()) {
            Ok(())
        } else {
            Err(AppError::NotFound(say(Msg::new(
                "error-pools-invite-invalid",
            ))))
        }
    }

    /// What an invite link points at, for the page that asks to claim it.
    pub async fn invite(
        &self,
        group_member_id: &str,
        token: &str,
    ) -> AppResult<(Group, GroupMember)> {
        self.check_invite(group_member_id, token)?;
        let mut tx = self.store.read().await?;
        let member = tx
            .group_member(group_member_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-pools-invite-member-gone"))))?;
        let group = tx
            .group(&member.group_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-pools-invite-group-gone"))))?;
        let unopened = member.person_id.is_none()
            && tx
                .invite_email(&member.id)
                .await?
                .is_some_and(|e| e.opened_ms.is_none());
        drop(tx);
        if unopened {
            // The organizer's invites page shows who opened their link.
            let mut tx = self.store.write().await?;
            tx.invite_opened(&member.id, self.now_ms()).await?;
            tx.commit().await?;
        }
        Ok((group, member))
    }

    /// Claims an imported membership for the signed-in person.
    pub async fn claim_invite(
        &self,
        actor: &Actor,
        group_member_id: &str,
        token: &str,
    ) -> AppResult<Group> {
        let person = actor.person()?.clone();
        self.check_invite(group_member_id, token)?;
        let mut tx = self.store.write().await?;
        let member = tx
            .group_member(group_member_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-pools-invite-member-gone"))))?;
        let group = tx
            .group(&member.group_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-pools-invite-group-gone"))))?;
        if member.person_id.as_deref() == Some(person.id.as_str()) {
            return Ok(group);
        }
        if member.person_id.is_some() {
            return Err(AppError::Conflict(say(Msg::new(
                "error-pools-invite-taken",
            )
            .text("group", &group.name))));
        }
        // Someone who joined the group directly (its creator, say) and then
        // finds themselves in the Meetup export takes their imported place:
        // the two memberships become one, keeping the stronger role.
        let (replaces, role) = match tx.group_member_of(&group.id, &person.id).await? {
            Some(mine) if mine.meetup_member_id.is_none() => {
                let role = (mine.role == GroupRole::Organizer
                    && member.role != GroupRole::Organizer)
                    .then_some(GroupRole::Organizer);
                (Some(mine.id), role)
            }
            Some(mine) => {
                return Err(AppError::Conflict(say(Msg::new(
                    "error-pools-invite-already-member",
                )
                .text("group", &group.name)
                .text("mine", &mine.name)
                .text("theirs", &member.name))));
            }
            None => (None, None),
        };
        self.record(
            &mut tx,
            actor,
            Event::InviteClaimed {
                group_id: group.id.clone(),
                group_member_id: member.id.clone(),
                person_id: person.id.clone(),
                replaces,
                role,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(group)
    }

    /// A group as the actor may see it: anyone sees the name, description and
    /// size; members see the member list; organizers also see invite links.
    pub async fn group_view(&self, actor: &Actor, slug: &str) -> AppResult<GroupView> {
        let mut tx = self.store.read().await?;
        let group = find_group(&mut tx, slug).await?;
        let members = tx.group_members(&group.id).await?;
        let me = match actor.person_id() {
            Some(pid) => members
                .iter()
                .find(|m| m.person_id.as_deref() == Some(pid))
                .cloned(),
            None => None,
        };
        let pool = tx.pool_of_group(&group.id).await?;
        let unclaimed = if visibility::may_see_invites(actor, me.as_ref()) {
            members.iter().filter(|m| m.person_id.is_none()).count()
        } else {
            0
        };
        let member_count = members.len();
        let members = if me.is_some() || actor.is_operator() {
            members
        } else {
            Vec::new()
        };
        Ok(GroupView {
            group,
            me,
            members,
            member_count,
            unclaimed,
            pool,
        })
    }

    /// Every group, for the directory on the home page.
    pub async fn groups(&self) -> AppResult<Vec<Group>> {
        let mut tx = self.store.read().await?;
        Ok(tx.groups(500).await?)
    }
}

pub(crate) async fn find_group(tx: &mut Box<dyn Tx>, slug: &str) -> AppResult<Group> {
    tx.group_by_slug(&slug.trim().to_lowercase())
        .await?
        .ok_or_else(|| {
            AppError::NotFound(say(
                Msg::new("error-pools-no-group-address").text("slug", slug)
            ))
        })
}

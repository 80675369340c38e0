//! Groups and their members, claimed or imported.
//!
//! The projection of this aggregate's events and the queries that read
//! its tables, side by side.

use super::*;

pub(super) fn group(r: &Row) -> StoreResult<Group> {
    Ok(Group {
        id: r.text("id")?,
        slug: r.text("slug")?,
        name: r.text("name")?,
        description: r.text("description")?,
    })
}

pub(super) fn group_member(r: &Row) -> StoreResult<GroupMember> {
    Ok(GroupMember {
        id: r.text("id")?,
        group_id: r.text("group_id")?,
        person_id: r.opt_text("person_id")?,
        name: r.text("name")?,
        role: GroupRole::parse(&r.text("role")?).ok_or_else(|| corrupt("group role"))?,
        meetup_member_id: r.opt_i64("meetup_member_id")?,
        meetup_role: r.opt_text("meetup_role")?,
        location: r.opt_text("location")?,
        joined_on: r.opt_text("joined_on")?,
        intro: r.opt_text("intro")?,
        profile_url: r.opt_text("profile_url")?,
        answers: serde_json::from_str(&r.text("answers")?)
            .map_err(|e| StoreError::Corrupt(format!("answers: {e}")))?,
    })
}

impl SqlTx {
    /// Applies one of this aggregate's events to its tables.
    pub(super) async fn apply_groups(
        &mut self,
        entry: &JournalEntry,
        event: &Event,
    ) -> StoreResult<()> {
        let at = entry.at.as_str();
        let c = &mut self.conn;
        match event {
            Event::GroupCreated {
                group_id,
                slug,
                name,
                description,
            } => {
                c.exec(
                    "INSERT INTO groups (id, slug, name, description, created_at) VALUES ($1, $2, $3, $4, $5)",
                    args![group_id, slug, name, description, at],
                )
                .await?;
            }
            Event::GroupJoined {
                group_id,
                group_member_id,
                person_id,
                name,
                role,
            } => {
                c.exec(
                    "INSERT INTO group_members (id, group_id, person_id, name, role, answers, joined_at) VALUES ($1, $2, $3, $4, $5, '[]', $6)",
                    args![group_member_id, group_id, person_id, name, role.as_str(), at],
                )
                .await?;
            }
            Event::MeetupImported {
                group_id,
                created,
                updated,
                ..
            } => {
                for m in created {
                    let answers = serde_json::to_string(&m.answers).expect("answers serialize");
                    c.exec(
                        "INSERT INTO group_members (id, group_id, person_id, name, role, meetup_member_id, meetup_role, location, joined_on, intro, profile_url, answers, joined_at) \
                         VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                        args![
                            &m.group_member_id,
                            group_id,
                            &m.name,
                            m.role.as_str(),
                            m.meetup_member_id,
                            m.meetup_role.clone(),
                            m.location.clone(),
                            m.joined_on.clone(),
                            m.intro.clone(),
                            m.profile_url.clone(),
                            answers,
                            at
                        ],
                    )
                    .await?;
                }
                for m in updated {
                    let answers = serde_json::to_string(&m.answers).expect("answers serialize");
                    let n = c
                        .exec(
                            "UPDATE group_members SET name = $1, role = $2, meetup_member_id = $3, meetup_role = $4, location = $5, joined_on = $6, intro = $7, profile_url = $8, answers = $9 \
                             WHERE id = $10 AND group_id = $11",
                            args![
                                &m.name,
                                m.role.as_str(),
                                m.meetup_member_id,
                                m.meetup_role.clone(),
                                m.location.clone(),
                                m.joined_on.clone(),
                                m.intro.clone(),
                                m.profile_url.clone(),
                                answers,
                                &m.group_member_id,
                                group_id
                            ],
                        )
                        .await?;
                    if n != 1 {
                        return Err(corrupt("an import updated a member that does not exist"));
                    }
                }
            }
            Event::InviteClaimed {
                group_member_id,
                person_id,
                replaces,
                role,
                ..
            } => {
                if let Some(old) = replaces {
                    let n = c
                        .exec(
                            "DELETE FROM group_members WHERE id = $1 AND person_id = $2 AND meetup_member_id IS NULL",
                            args![old, person_id],
                        )
                        .await?;
                    if n != 1 {
                        return Err(StoreError::Conflict(
                            "the membership to merge has changed".into(),
                        ));
                    }
                }
                let n = c
                    .exec(
                        "UPDATE group_members SET person_id = $1 WHERE id = $2 AND person_id IS NULL",
                        args![person_id, group_member_id],
                    )
                    .await?;
                if n != 1 {
                    return Err(StoreError::Conflict(
                        "the invite was claimed already".into(),
                    ));
                }
                if let Some(role) = role {
                    c.exec(
                        "UPDATE group_members SET role = $1 WHERE id = $2",
                        args![role.as_str(), group_member_id],
                    )
                    .await?;
                }
            }
            _ => return Err(misrouted(event, "groups")),
        }
        Ok(())
    }
}

#[async_trait]
impl GroupsTx for SqlTx {
    async fn group(&mut self, id: &str) -> StoreResult<Option<Group>> {
        self.conn
            .one(
                "SELECT id, slug, name, description FROM groups WHERE id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(group)
            .transpose()
    }

    async fn group_by_slug(&mut self, slug: &str) -> StoreResult<Option<Group>> {
        self.conn
            .one(
                "SELECT id, slug, name, description FROM groups WHERE slug = $1 AND kind = $2",
                args![slug, pools_core::flood::GroupKind::Group.as_str()],
            )
            .await?
            .as_ref()
            .map(group)
            .transpose()
    }

    async fn groups(&mut self, limit: i64) -> StoreResult<Vec<Group>> {
        self.conn
            .all(
                "SELECT id, slug, name, description FROM groups WHERE kind = $2 ORDER BY lower(name), id LIMIT $1",
                args![limit, pools_core::flood::GroupKind::Group.as_str()],
            )
            .await?
            .iter()
            .map(group)
            .collect()
    }

    async fn groups_of(&mut self, person_id: &str) -> StoreResult<Vec<(Group, GroupRole)>> {
        self.conn
            .all(
                "SELECT g.id, g.slug, g.name, g.description, m.role FROM groups g JOIN group_members m ON m.group_id = g.id \
                 WHERE m.person_id = $1 ORDER BY lower(g.name), g.id",
                args![person_id],
            )
            .await?
            .iter()
            .map(|r| {
                Ok((
                    group(r)?,
                    GroupRole::parse(&r.text("role")?).ok_or_else(|| corrupt("group role"))?,
                ))
            })
            .collect()
    }

    async fn group_members(&mut self, group_id: &str) -> StoreResult<Vec<GroupMember>> {
        const SQL: &str = concat!(
            "SELECT id, group_id, person_id, name, role, meetup_member_id, meetup_role, location, joined_on, intro, profile_url, answers FROM group_members",
            " WHERE group_id = $1 ORDER BY lower(name), id"
        );

        self.conn
            .all(SQL, args![group_id])
            .await?
            .iter()
            .map(group_member)
            .collect()
    }

    async fn group_member(&mut self, id: &str) -> StoreResult<Option<GroupMember>> {
        self.conn
            .one(
                "SELECT id, group_id, person_id, name, role, meetup_member_id, meetup_role, location, joined_on, intro, profile_url, answers FROM group_members WHERE id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(group_member)
            .transpose()
    }

    async fn group_member_of(
        &mut self,
        group_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<GroupMember>> {
        self.conn
            .one(
                "SELECT id, group_id, person_id, name, role, meetup_member_id, meetup_role, location, joined_on, intro, profile_url, answers FROM group_members WHERE group_id = $1 AND person_id = $2",
                args![group_id, person_id],
            )
            .await?
            .as_ref()
            .map(group_member)
            .transpose()
    }
}

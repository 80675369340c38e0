//! Pools: one step from a group, draft rules, opening, joining by accepting
//! the commitment, leaving, and roles.

use crate::error::say;
use crate::groups::find_group;
use crate::ports::{Group, GroupMember, Person, Pool, PoolMember, Tx};
use crate::{Actor, App, AppError, AppResult, new_id};
use pools_core::ledger::ExitStatus;
use pools_core::membership::{
    self, GroupRole, MemberStatus, PoolPermissions, PoolRole, PoolStatus, commitment_hash,
};
use pools_core::msg::Msg;
use pools_core::{Currency, Event, Rules, text};

/// A pool as one person may see it.
#[derive(Debug, Clone)]
pub struct PoolView {
    /// The pool.
    pub pool: Pool,
    /// Its group.
    pub group: Group,
    /// The viewer's group membership.
    pub group_member: Option<GroupMember>,
    /// The viewer's pool membership (including a past one).
    pub me: Option<PoolMember>,
    /// Members (active and pending); empty unless the viewer is in the group.
    pub members: Vec<PoolMember>,
    /// How many active members the pool has.
    pub active_count: usize,
    /// What the viewer may do.
    pub can: PoolPermissions,
    /// Whether the viewer may open decisions.
    pub can_propose: bool,
    /// Whether the viewer may read the pool's inside: its decisions, books,
    /// rounds, formation and Floods (members of the group, and the operator).
    pub can_read: bool,
    /// The rules in plain words.
    pub rules_text: Vec<String>,
    /// SHA-256 of the current commitment, which a join form echoes back.
    pub commitment_hash: String,
}

/// What a person belongs to, for their home page.
#[derive(Debug, Clone)]
pub struct Home {
    /// Groups and roles.
    pub groups: Vec<(Group, GroupRole)>,
    /// Pools and memberships, current ones only.
    pub pools: Vec<(Pool, PoolMember)>,
}

async fn find_pool(tx: &mut Box<dyn Tx>, pool_id: &str) -> AppResult<(Pool, Group)> {
    let pool = tx
        .pool(pool_id.trim())
        .await?
        .ok_or_else(|| crate::error::no_pool(pool_id))?;
    let group = tx
        .group(&pool.group_id)
        .await?
        .ok_or_else(|| AppError::NotFound(say(Msg::new("error-pools-pool-group-gone"))))?;
    Ok((pool, group))
}

async fn permissions(
    tx: &mut Box<dyn Tx>,
    pool: &Pool,
    person: Option<&Person>,
) -> AppResult<(PoolPermissions, Option<GroupMember>, Option<PoolMember>)> {
    let Some(person) = person else {
        return Ok((
            membership::pool_permissions(None, None, pool.status),
            None,
            None,
        ));
    };
    let gm = tx.group_member_of(&pool.group_id, &person.id).await?;
    let pm = tx.pool_member(&pool.id, &person.id).await?;
    let can = membership::pool_permissions(
        gm.as_ref().map(|m| m.role),
        pm.as_ref().map(|m| (m.role, m.status)),
        pool.status,
    );
    Ok((can, gm, pm))
}

/// Refuses an actor: "sign in first" to nobody, else the message said for
/// the reader.
fn refuse(actor: &Actor, message: Msg) -> AppError {
    match actor {
        Actor::Anonymous => AppError::sign_in(),
        _ => AppError::Forbidden(say(message)),
    }
}

impl App {
    /// Turns a group into a pool with the default rules. Only a group
    /// organizer may, and a group has at most one pool. The organizer becomes
    /// the pool's first member and organizer by accepting its commitment.
    pub async fn create_pool(
        &self,
        actor: &Actor,
        group_slug: &str,
        name: Option<&str>,
        currency: &str,
        accept_commitment: bool,
    ) -> AppResult<Pool> {
        let person = actor.person()?.clone();
        let currency = Currency::from_code(currency)
            .map_err(|e| AppError::invalid("currency", e.to_string()))?;
        let mut tx = self.store.write().await?;
        let group = find_group(&mut tx, group_slug).await?;
        let gm = tx.group_member_of(&group.id, &person.id).await?;
        if !gm.is_some_and(|m| m.role == GroupRole::Organizer) {
            return Err(AppError::Forbidden(say(
                Msg::new("newpool-forbidden").text("group", &group.name)
            )));
        }
        if let Some(p) = tx.pool_of_group(&group.id).await? {
            return Err(AppError::Conflict(say(Msg::new(
                "error-pools-group-has-pool",
            )
            .text("group", &group.name)
            .text("pool", p.name))));
        }
        let name = match name.map(str::trim).filter(|n| !n.is_empty()) {
            Some(n) => text::name("name", n)?,
            None => format!("{} Pool", group.name),
        };
        let rules = Rules::default();
        let commitment = membership::default_commitment(&name, &group.name);
        if rules.commitment_required && !accept_commitment {
            return Err(AppError::invalid(
                "accept_commitment",
                say(Msg::new("error-pools-create-accept")),
            ));
        }
        let pool_id = new_id();
        self.record(
            &mut tx,
            actor,
            Event::PoolCreated {
                pool_id: pool_id.clone(),
                group_id: group.id.clone(),
                name,
                currency,
                rules: rules.clone(),
                commitment: commitment.clone(),
            },
        )
        .await?;
        self.record(
            &mut tx,
            actor,
            Event::PoolMemberJoined {
                pool_id: pool_id.clone(),
                person_id: person.id.clone(),
                role: PoolRole::Organizer,
                status: MemberStatus::Active,
                commitment_hash: commitment_hash(&commitment),
                commitment,
            },
        )
        .await?;
        let pool = tx
            .pool(&pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-pools-new-pool-vanished"))))?;
        tx.commit().await?;
        Ok(pool)
    }

    /// Edits a draft pool's rules and commitment. Once the pool is open,
    /// rules change only by decision.
    pub async fn edit_draft(
        &self,
        actor: &Actor,
        pool_id: &str,
        rules: Rules,
        commitment: &str,
    ) -> AppResult<Pool> {
        let commitment = text::long_text("commitment", commitment, 20_000)?;
        if commitment.is_empty() {
            return Err(AppError::invalid(
                "commitment",
                say(Msg::new("error-pools-commitment-empty")),
            ));
        }
        rules.validate()?;
        let mut tx = self.store.write().await?;
        let (pool, _) = find_pool(&mut tx, pool_id).await?;
        let (can, _, _) = permissions(&mut tx, &pool, actor.person_id_person()).await?;
        if !can.edit_rules {
            return Err(if pool.status == PoolStatus::Open {
                AppError::Conflict(say(Msg::new("error-pools-rules-open")))
            } else {
                refuse(actor, Msg::new("poolrules-forbidden-edit"))
            });
        }
        self.record(
            &mut tx,
            actor,
            Event::PoolDraftEdited {
                pool_id: pool.id.clone(),
                rules,
                commitment,
            },
        )
        .await?;
        let pool = tx.pool(&pool.id).await?.unwrap_or(pool);
        tx.commit().await?;
        Ok(pool)
    }

    /// Opens a draft pool to members. From then on its rules are fixed
    /// except by decision.
    pub async fn open_pool(&self, actor: &Actor, pool_id: &str) -> AppResult<Pool> {
        let mut tx = self.store.write().await?;
        let (pool, _) = find_pool(&mut tx, pool_id).await?;
        let (can, _, _) = permissions(&mut tx, &pool, actor.person_id_person()).await?;
        if !can.open {
            return Err(if pool.status == PoolStatus::Open {
                AppError::Conflict(say(Msg::new("error-pools-already-open")))
            } else {
                refuse(actor, Msg::new("error-pools-open-forbidden"))
            });
        }
        self.record(
            &mut tx,
            actor,
            Event::PoolOpened {
                pool_id: pool.id.clone(),
            },
        )
        .await?;
        let pool = tx.pool(&pool.id).await?.unwrap_or(pool);
        tx.commit().await?;
        Ok(pool)
    }

    /// Joins a pool by accepting its commitment. `seen_hash` is the hash of
    /// the commitment text the person was shown; if the text changed since,
    /// the join is refused so nobody accepts words they did not read.
    pub async fn join_pool(
        &self,
        actor: &Actor,
        pool_id: &str,
        seen_hash: &str,
        accept: bool,
    ) -> AppResult<PoolMember> {
        let person = actor.person()?.clone();
        let mut tx = self.store.write().await?;
        let (pool, group) = find_pool(&mut tx, pool_id).await?;
        let (can, gm, pm) = permissions(&mut tx, &pool, Some(&person)).await?;
        if !can.join {
            return Err(if gm.is_none() {
                AppError::Forbidden(say(
                    Msg::new("error-pools-join-group-first").text("group", &group.name)
                ))
            } else if pm.is_some_and(|m| m.status != MemberStatus::Left) {
                AppError::Conflict(say(Msg::new("error-pools-already-in-pool")))
            } else {
                AppError::Conflict(say(Msg::new("error-pools-still-draft")))
            });
        }
        let hash = commitment_hash(&pool.commitment);
        if pool.rules.commitment_required && !accept {
            return Err(AppError::invalid(
                "accept_commitment",
                say(Msg::new("error-pools-join-accept")),
            ));
        }
        if seen_hash.trim() != hash {
            return Err(AppError::Conflict(say(Msg::new(
                "error-pools-commitment-changed",
            ))));
        }
        self.record(
            &mut tx,
            actor,
            Event::PoolMemberJoined {
                pool_id: pool.id.clone(),
                person_id: person.id.clone(),
                role: PoolRole::Member,
                status: membership::status_on_joining(&pool.rules),
                commitment: pool.commitment.clone(),
                commitment_hash: hash,
            },
        )
        .await?;
        if pool.rules.admission == pools_core::rules::Admission::ByVote {
            self.open_admission_vote(&mut tx, &pool, &person).await?;
        }
        let member = tx.pool_member(&pool.id, &person.id).await?.ok_or_else(|| {
            AppError::NotFound(say(Msg::new("error-pools-new-membership-vanished")))
        })?;
        tx.commit().await?;
        Ok(member)
    }

    /// Leaves a pool. The last organizer cannot leave while others remain,
    /// so a pool is never left without anyone to run it. Capital the member
    /// put in is owed back under the exit rule: returns how much and by when.
    pub async fn leave_pool(
        &self,
        actor: &Actor,
        pool_id: &str,
    ) -> AppResult<Option<(pools_core::Money, String)>> {
        let person = actor.person()?.clone();
        let mut tx = self.store.write().await?;
        let (pool, _) = find_pool(&mut tx, pool_id).await?;
        let (can, _, pm) = permissions(&mut tx, &pool, Some(&person)).await?;
        if !can.leave {
            return Err(AppError::Conflict(say(Msg::new("error-pools-not-in-pool"))));
        }
        if pm.is_some_and(|m| m.role == PoolRole::Organizer) {
            let members = tx.pool_members(&pool.id).await?;
            let current = |m: &&PoolMember| m.status != MemberStatus::Left;
            let organizers = members
                .iter()
                .filter(current)
                .filter(|m| m.role == PoolRole::Organizer)
                .count();
            let others = members.iter().filter(current).count() - 1;
            if organizers == 1 && others > 0 {
                return Err(AppError::Conflict(say(Msg::new(
                    "error-pools-last-organizer-leaving",
                ))));
            }
        }
        let owed = self.owe_capital(&mut tx, actor, &pool, &person.id).await?;
        self.end_proxies_of(&mut tx, actor, &pool.id, &person.id)
            .await?;
        self.record(
            &mut tx,
            actor,
            Event::PoolMemberLeft {
                pool_id: pool.id.clone(),
                person_id: person.id.clone(),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(owed)
    }

    /// The exit rule: whatever is in a departing member's capital account,
    /// less any repayment already owed to them, is owed back, due within
    /// the pool's exit window. Recorded before the member leaves, in the
    /// same transaction. Returns how much and by when, if anything.
    pub(crate) async fn owe_capital(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool: &Pool,
        person_id: &str,
    ) -> AppResult<Option<(pools_core::Money, String)>> {
        let capital = tx
            .balances(&pool.id)
            .await?
            .into_iter()
            .find(|(k, _)| *k == pools_core::ledger::Account::Capital(person_id.to_string()).key())
            .map(|(_, b)| b)
            .unwrap_or(0);
        let already: i64 = tx
            .exits(&pool.id)
            .await?
            .iter()
            .filter(|e| e.person_id == person_id && e.status == ExitStatus::Owed)
            .map(|e| e.amount)
            .sum();
        let capital = capital - already;
        if capital <= 0 {
            return Ok(None);
        }
        let due_on = (self.now().date() + time::Duration::days(pool.rules.exit_repay_days as i64))
            .to_string();
        let postings = pools_core::ledger::authorize(capital)
            .map_err(|e| AppError::invalid("amount", e.to_string()))?;
        self.record(
            tx,
            actor,
            Event::ExitRequested {
                exit_id: new_id(),
                entry_id: new_id(),
                pool_id: pool.id.clone(),
                person_id: person_id.to_string(),
                amount: capital,
                due_on: due_on.clone(),
                postings,
            },
        )
        .await?;
        Ok(Some((
            pools_core::Money::new(capital, pool.currency),
            due_on,
        )))
    }

    /// Gives a current member a role. Only organizers may, and the last
    /// organizer cannot step down.
    pub async fn set_pool_role(
        &self,
        actor: &Actor,
        pool_id: &str,
        person_id: &str,
        role: PoolRole,
    ) -> AppResult<PoolMember> {
        let mut tx = self.store.write().await?;
        let (pool, _) = find_pool(&mut tx, pool_id).await?;
        let (can, _, _) = permissions(&mut tx, &pool, actor.person_id_person()).await?;
        if !can.assign_roles {
            return Err(refuse(actor, Msg::new("error-pools-roles-forbidden")));
        }
        let members = tx.pool_members(&pool.id).await?;
        let target = members
            .iter()
            .find(|m| m.person_id == person_id && m.status != MemberStatus::Left)
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-pools-not-a-member"))))?;
        let organizers = members
            .iter()
            .filter(|m| m.status != MemberStatus::Left && m.role == PoolRole::Organizer)
            .count();
        if target.role == PoolRole::Organizer && role != PoolRole::Organizer && organizers == 1 {
            return Err(AppError::Conflict(say(Msg::new(
                "error-pools-needs-organizer",
            ))));
        }
        if target.role != role {
            self.record(
                &mut tx,
                actor,
                Event::PoolRoleChanged {
                    pool_id: pool.id.clone(),
                    person_id: person_id.to_string(),
                    role,
                },
            )
            .await?;
        }
        let member = tx
            .pool_member(&pool.id, person_id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-pools-membership-vanished"))))?;
        tx.commit().await?;
        Ok(member)
    }

    /// Sets the time zone the pool's times are shown in to readers who
    /// chose none, and in its messages. Only organizers may; none is UTC.
    pub async fn set_pool_time_zone(
        &self,
        actor: &Actor,
        pool_id: &str,
        time_zone: Option<&str>,
    ) -> AppResult<Pool> {
        let time_zone = time_zone.map(str::trim).filter(|z| !z.is_empty());
        if let Some(z) = time_zone
            && !pools_i18n::is_time_zone(z)
        {
            return Err(AppError::invalid(
                "time_zone",
                crate::error::not_a_time_zone(z),
            ));
        }
        let mut tx = self.store.write().await?;
        let (pool, _) = find_pool(&mut tx, pool_id).await?;
        let (can, _, _) = permissions(&mut tx, &pool, actor.person_id_person()).await?;
        if !can.assign_roles {
            return Err(refuse(actor, Msg::new("error-pools-time-zone-forbidden")));
        }
        if pool.time_zone.as_deref() != time_zone {
            self.record(
                &mut tx,
                actor,
                Event::PoolTimeZoneSet {
                    pool_id: pool.id.clone(),
                    time_zone: time_zone.map(str::to_string),
                },
            )
            .await?;
        }
        let pool = tx
            .pool(&pool.id)
            .await?
            .ok_or_else(|| AppError::NotFound(say(Msg::new("error-pools-pool-vanished"))))?;
        tx.commit().await?;
        Ok(pool)
    }

    /// A pool as the actor may see it: the rules are public; the member list
    /// is visible to members of the pool's group and to the operator.
    pub async fn pool_view(&self, actor: &Actor, pool_id: &str) -> AppResult<PoolView> {
        let mut tx = self.store.read().await?;
        let (pool, group) = find_pool(&mut tx, pool_id).await?;
        let (can, group_member, me) = permissions(&mut tx, &pool, actor.person_id_person()).await?;
        let all = tx.pool_members(&pool.id).await?;
        let current: Vec<PoolMember> = all
            .into_iter()
            .filter(|m| m.status != MemberStatus::Left)
            .collect();
        let active_count = current
            .iter()
            .filter(|m| m.status == MemberStatus::Active)
            .count();
        let can_read = crate::visibility::may_read_pool(actor, group_member.is_some());
        let members = if can_read { current } else { Vec::new() };
        let standing = match actor.person_id() {
            Some(pid) => self.standing(&mut tx, &pool, pid).await?,
            None => None,
        };
        let can_propose = membership::may_propose(&pool.rules, standing, pool.status);
        Ok(PoolView {
            can_read,
            can_propose,
            rules_text: pool.rules.describe(pool.currency),
            commitment_hash: commitment_hash(&pool.commitment),
            pool,
            group,
            group_member,
            me,
            members,
            active_count,
            can,
        })
    }

    /// The groups and current pools of the signed-in person.
    pub async fn home(&self, actor: &Actor) -> AppResult<Home> {
        let person = actor.person()?;
        let mut tx = self.store.read().await?;
        let groups = tx.groups_of(&person.id).await?;
        let pools = tx
            .pools_of(&person.id)
            .await?
            .into_iter()
            .filter(|(_, m)| m.status != MemberStatus::Left)
            .collect();
        Ok(Home { groups, pools })
    }
}

impl Actor {
    fn person_id_person(&self) -> Option<&Person> {
        match self {
            Actor::Person(p) => Some(p),
            _ => None,
        }
    }
}

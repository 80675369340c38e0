//! What each reader may see. Every use case that returns something to read
//! asks these functions and returns it already filtered, so no adapter (a
//! page, the API, the command line) ever decides what is hidden.

use crate::error::say;
use crate::ports::{Comment, Decision, GroupMember, Pool, Tx};
use crate::{Actor, App, AppError, AppResult};
use pools_core::decision::Tally;
use pools_core::meetup::GroupRole;
use pools_core::msg::Msg;

/// Whether a reader may read a pool's inside (decisions, books, rounds,
/// formation, Floods): members of its group, and the operator.
pub(crate) fn may_read_pool(actor: &Actor, in_group: bool) -> bool {
    in_group || actor.is_operator()
}

/// Whether a reader may see a group's invite links, which let anyone who
/// holds one claim an imported place: its organizers, and the operator.
pub(crate) fn may_see_invites(actor: &Actor, me: Option<&GroupMember>) -> bool {
    actor.is_operator() || me.is_some_and(|m| m.role == GroupRole::Organizer)
}

/// Whether a decision's count is withheld from every reader: the pool's
/// rule hides results until the decision closes, and a secret ballot always
/// does (a count that moved just after someone voted would say how they
/// voted). Who voted stays visible.
pub(crate) fn count_hidden(d: &Decision) -> bool {
    (d.rules.hide_results || d.secret) && !d.closed
}

/// A decision as its reader may see it. While the count is hidden the
/// tally is empty and `hidden` says so; how many have voted is always
/// public (`voted`), as who voted is. Adapters show what is here.
#[derive(Debug, Clone, PartialEq)]
pub struct SeenDecision {
    /// The decision, its tally emptied while hidden.
    pub decision: Decision,
    /// Whether the count is hidden until the close.
    pub hidden: bool,
    /// How many have voted, shown even while the count is hidden.
    pub voted: u64,
}

impl std::ops::Deref for SeenDecision {
    type Target = Decision;
    fn deref(&self) -> &Decision {
        &self.decision
    }
}

/// Filters a decision for any reader.
pub(crate) fn seen(mut decision: Decision) -> SeenDecision {
    let hidden = count_hidden(&decision);
    let voted = decision.tally.ballots;
    if hidden {
        decision.tally = Tally::new(&decision.method);
    }
    SeenDecision {
        decision,
        hidden,
        voted,
    }
}

/// A comment as any reader may see it: once hidden, its words are
/// withheld (the journal keeps them as the minutes) and the reason shows.
pub(crate) fn seen_comment(mut c: Comment) -> Comment {
    if c.hidden.is_some() {
        c.body.clear();
    }
    c
}

impl App {
    /// Refuses a reader who may not read the pool's inside. A Flood is open
    /// to everyone in a member pool's group.
    pub(crate) async fn check_can_read(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool: &Pool,
    ) -> AppResult<()> {
        if may_read_pool(actor, false) {
            return Ok(());
        }
        let person = actor.person()?;
        if pool.is_flood {
            for fp in tx.flood_pools(&pool.id).await? {
                if let Some(p) = tx.pool(&fp.pool_id).await?
                    && tx.group_member_of(&p.group_id, &person.id).await?.is_some()
                {
                    return Ok(());
                }
            }
            return Err(AppError::Forbidden(say(Msg::new(
                "error-pools-flood-forbidden",
            ))));
        }
        let in_group = tx
            .group_member_of(&pool.group_id, &person.id)
            .await?
            .is_some();
        if !may_read_pool(actor, in_group) {
            return Err(AppError::Forbidden(say(Msg::new(
                "error-pools-read-forbidden",
            ))));
        }
        Ok(())
    }
}

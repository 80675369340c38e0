//! Who belonged to which pool and which Flood at each point of a journal,
//! replayed from the membership events, so `pools verify` recomputes every
//! electorate and every round's member list instead of taking the
//! journal's word for them.

use crate::event::Event;
use crate::membership::{MemberStatus, PoolRole};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The replayed memberships.
#[derive(Default)]
pub(super) struct Roster {
    /// Each pool's members and their status.
    pools: HashMap<String, BTreeMap<String, MemberStatus>>,
    /// Each Flood: whether it decides by double majority, and its member pools.
    floods: HashMap<String, (bool, BTreeSet<String>)>,
    /// Each member's role, by pool and person.
    roles: HashMap<(String, String), PoolRole>,
}

impl Roster {
    /// Follows one event; events that change no membership are ignored.
    pub(super) fn apply(&mut self, event: &Event) {
        match event {
            Event::PoolMemberJoined {
                pool_id,
                person_id,
                status,
                role,
                ..
            } => {
                self.roles
                    .insert((pool_id.clone(), person_id.clone()), *role);
                self.pools
                    .entry(pool_id.clone())
                    .or_default()
                    .insert(person_id.clone(), *status);
            }
            Event::MembershipActivated { pool_id, person_id } => {
                if let Some(s) = self
                    .pools
                    .get_mut(pool_id)
                    .and_then(|m| m.get_mut(person_id))
                    .filter(|s| **s == MemberStatus::Pending)
                {
                    *s = MemberStatus::Active;
                }
            }
            Event::PoolMemberLeft { pool_id, person_id } => {
                if let Some(s) = self
                    .pools
                    .get_mut(pool_id)
                    .and_then(|m| m.get_mut(person_id))
                {
                    *s = MemberStatus::Left;
                }
            }
            Event::PoolRoleChanged {
                pool_id,
                person_id,
                role,
            } => {
                self.roles
                    .insert((pool_id.clone(), person_id.clone()), *role);
            }
            Event::FloodStarted {
                flood_id,
                double_majority,
                ..
            } => {
                self.floods
                    .insert(flood_id.clone(), (*double_majority, BTreeSet::new()));
            }
            Event::FloodCommitted {
                flood_id, pool_id, ..
            } => {
                if let Some((_, pools)) = self.floods.get_mut(flood_id) {
                    pools.insert(pool_id.clone());
                }
            }
            Event::FloodLeft {
                flood_id, pool_id, ..
            } => {
                if let Some((_, pools)) = self.floods.get_mut(flood_id) {
                    pools.remove(pool_id);
                }
            }
            _ => {}
        }
    }

    /// Whether a body is a Flood.
    pub(super) fn is_flood(&self, body: &str) -> bool {
        self.floods.contains_key(body)
    }

    /// A pool's active members now.
    fn active(&self, pool_id: &str) -> BTreeSet<String> {
        self.pools
            .get(pool_id)
            .map(|m| {
                m.iter()
                    .filter(|(_, s)| **s == MemberStatus::Active)
                    .map(|(p, _)| p.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A person's standing in a body, as the use cases see it: in a pool,
    /// their role and status; in a Flood, the strongest role they hold as
    /// an active member of a member pool.
    pub(super) fn standing(&self, body: &str, person: &str) -> Option<(PoolRole, MemberStatus)> {
        let in_pool = |pool: &str| {
            let status = *self.pools.get(pool)?.get(person)?;
            let role = self
                .roles
                .get(&(pool.to_string(), person.to_string()))
                .copied()
                .unwrap_or(PoolRole::Member);
            Some((role, status))
        };
        match self.floods.get(body) {
            None => in_pool(body),
            Some((_, pools)) => pools
                .iter()
                .filter_map(|p| in_pool(p))
                .filter(|(_, s)| *s == MemberStatus::Active)
                .map(|(r, _)| r)
                .max()
                .map(|r| (r, MemberStatus::Active)),
        }
    }

    /// Whether a person may be mentioned in a body's threads: a member of
    /// the pool not gone (active or pending), or active in a member pool
    /// of the Flood.
    pub(super) fn mentionable(&self, body: &str, person: &str) -> bool {
        matches!(
            self.standing(body, person),
            Some((_, MemberStatus::Active | MemberStatus::Pending))
        )
    }

    /// Checks a decision's recorded electorate (and, under a Flood's double
    /// majority, each member pool's) against the memberships replayed: a
    /// pool's active members, or for a Flood each distinct person of its
    /// member pools once (`flood::electorate`).
    pub(super) fn check_electorate(
        &self,
        body: &str,
        electorate: &[String],
        member_pools: Option<&BTreeMap<String, Vec<String>>>,
    ) -> Result<(), String> {
        let (expected, per_pool) = match self.floods.get(body) {
            None => (self.active(body), None),
            Some((double, pools)) => {
                let per_pool: BTreeMap<String, Vec<String>> = pools
                    .iter()
                    .map(|p| (p.clone(), self.active(p).into_iter().collect()))
                    .collect();
                let everyone = crate::flood::electorate(
                    per_pool.iter().map(|(p, m)| (p.as_str(), m.as_slice())),
                );
                (everyone, double.then_some(per_pool))
            }
        };
        same_people("its electorate", electorate, &expected)?;
        match (member_pools, &per_pool) {
            (None, None) => Ok(()),
            (Some(recorded), Some(expected)) => {
                if recorded.keys().ne(expected.keys()) {
                    return Err(format!(
                        "its member pools are recorded as {:?}, but the Flood's member pools were {:?}",
                        recorded.keys().collect::<Vec<_>>(),
                        expected.keys().collect::<Vec<_>>()
                    ));
                }
                for (pool, people) in recorded {
                    let want: BTreeSet<String> = expected[pool].iter().cloned().collect();
                    same_people(&format!("member pool {pool}'s electorate"), people, &want)?;
                }
                Ok(())
            }
            (Some(_), None) => Err(
                "it records member pools, but is not a Flood decision under the double majority"
                    .into(),
            ),
            (None, Some(_)) => {
                Err("it records no member pools, but its Flood decides by double majority".into())
            }
        }
    }

    /// Checks a budgeting round's members: the pool's active members when it opened.
    pub(super) fn check_round_members(
        &self,
        pool_id: &str,
        members: &[String],
    ) -> Result<(), String> {
        same_people("its members", members, &self.active(pool_id))
    }
}

/// Refuses a recorded list of people that repeats anyone or differs from
/// the replayed set, naming who was added and who was left out.
fn same_people(what: &str, recorded: &[String], expected: &BTreeSet<String>) -> Result<(), String> {
    let set: BTreeSet<String> = recorded.iter().cloned().collect();
    if set.len() != recorded.len() {
        return Err(format!("{what} lists someone twice"));
    }
    if &set != expected {
        let added: Vec<&String> = set.difference(expected).collect();
        let missing: Vec<&String> = expected.difference(&set).collect();
        return Err(format!(
            "{what} differs from the members the journal shows at that moment (not members: {added:?}; members left out: {missing:?})"
        ));
    }
    Ok(())
}

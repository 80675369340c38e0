//! Proxy voting within one person, one vote.
//!
//! A member may name one other member of their pool as their proxy, for one
//! decision or for every decision until they revoke it. The rules are not
//! settings, except that a pool may switch proxies on (they are off unless
//! its rules say so):
//!
//! - a member names one proxy at a time, and a person holds at most one
//!   member's proxy at a time, so nobody casts more than two ballots on a
//!   decision: their own and one other;
//! - a ballot a proxy casts belongs to the member who named them, and that
//!   member's own ballot always overrides it (a proxy cannot replace it);
//! - a proxy votes only on a pool's own decision that is not secret, where
//!   both are in the electorate;
//! - every proxy is visible to the pool.
//!
//! A grant for one decision ends when that decision closes (the close
//! ends it; its ballot stays counted). Any grant ends when either person
//! leaves the pool or the rules switch proxies off: the use cases record
//! those ends as `ProxyRevoked`, and `pools verify` refuses a journal in
//! which one is missing. When a grant ends or passes to
//! someone else, the ballots the old proxy cast for the member on decisions
//! still open are taken back first, so a proxy's ballots are always those
//! of the one member whose proxy they hold.

use crate::msg::{Msg, told};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Why a proxy cannot be named or used, in words a member can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ProxyError {
    /// What is wrong and what to do, said for the reader.
    pub message: String,
    /// The same, as a message any language can say.
    pub msg: Msg,
}

fn no(msg: Msg, english: impl FnOnce() -> String) -> ProxyError {
    ProxyError {
        message: told(&msg, english),
        msg,
    }
}

/// A refusal whose message has no arguments.
fn plainly(id: &'static str, english: &'static str) -> ProxyError {
    no(Msg::new(id), || english.to_string())
}

/// What a proxy covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Grant {
    /// The member who votes for the one who named them.
    pub proxy: String,
    /// One decision, or none for every decision until revoked.
    pub decision: Option<String>,
}

/// Checks that `grantor` may name `proxy`: proxies are on in the pool, the
/// two are different active members, and the proxy holds nobody else's
/// proxy (`holds` is whose proxy they hold now, if anyone's). For one
/// decision, it must be open, not secret and the pool's own.
pub fn check_grant(
    allowed: bool,
    grantor: &str,
    proxy: &str,
    proxy_active: bool,
    holds: Option<&str>,
) -> Result<(), ProxyError> {
    if !allowed {
        return Err(plainly(
            "error-core-proxy-off",
            "this pool's rules do not allow proxies: change the rules by decision to allow them",
        ));
    }
    if grantor == proxy {
        return Err(plainly(
            "error-core-proxy-self",
            "name another member: you always hold your own vote",
        ));
    }
    if !proxy_active {
        return Err(plainly(
            "error-core-proxy-inactive",
            "a proxy must be an active member of the pool",
        ));
    }
    if holds.is_some_and(|g| g != grantor) {
        return Err(plainly(
            "error-core-proxy-taken",
            "that member already holds another member's proxy, and nobody holds more than one: ask someone else",
        ));
    }
    Ok(())
}

/// Whether a decision takes ballots by proxy: the pool's rules allow
/// proxies when it opened, it is the pool's own (not a Flood's), and it is
/// not secret (a proxy would know how the ballot went).
pub fn decision_allows(rules_allow: bool, is_flood: bool, secret: bool) -> Result<(), ProxyError> {
    if secret {
        return Err(plainly(
            "error-core-proxy-secret",
            "a secret ballot takes no proxies: each member votes for themselves",
        ));
    }
    if is_flood {
        return Err(plainly(
            "error-core-proxy-flood",
            "proxies are for a pool's own decisions, not a Flood's",
        ));
    }
    if !rules_allow {
        return Err(plainly(
            "error-core-proxy-decision-off",
            "this decision's rules do not allow proxies",
        ));
    }
    Ok(())
}

/// Checks a ballot that `by` casts for `grantor`: `named` is the proxy the
/// grantor named for this decision, `by_eligible` whether `by` is in the
/// electorate, and `own_ballot` whether the grantor has voted themselves.
pub fn check_cast(
    grantor: &str,
    by: &str,
    named: Option<&str>,
    by_eligible: bool,
    own_ballot: bool,
) -> Result<(), ProxyError> {
    if named != Some(by) {
        return Err(no(
            Msg::new("error-core-proxy-not-held").text("name", grantor),
            || format!("you do not hold {grantor}'s proxy for this decision"),
        ));
    }
    if !by_eligible {
        return Err(plainly(
            "error-core-proxy-not-eligible",
            "only members who can vote on this decision can vote on it as a proxy",
        ));
    }
    if own_ballot {
        return Err(plainly(
            "error-core-proxy-voted",
            "they have voted themselves, and their own ballot always counts over their proxy's",
        ));
    }
    Ok(())
}

/// The grants in force in one pool, by the member who named them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProxyBook {
    grants: BTreeMap<String, Grant>,
}

impl ProxyBook {
    /// The grant a member has made, if any.
    pub fn of(&self, grantor: &str) -> Option<&Grant> {
        self.grants.get(grantor)
    }

    /// Whose proxy a person holds, if anyone's.
    pub fn held_by(&self, proxy: &str) -> Option<&str> {
        self.grants
            .iter()
            .find(|(_, g)| g.proxy == proxy)
            .map(|(grantor, _)| grantor.as_str())
    }

    /// Who votes for `grantor` on `decision`, if anyone.
    pub fn proxy_for(&self, grantor: &str, decision: &str) -> Option<&str> {
        self.grants
            .get(grantor)
            .filter(|g| g.decision.as_deref().is_none_or(|d| d == decision))
            .map(|g| g.proxy.as_str())
    }

    /// Records a grant, replacing the member's earlier one.
    pub fn grant(&mut self, grantor: &str, grant: Grant) {
        self.grants.insert(grantor.to_string(), grant);
    }

    /// Ends a member's grant; false when they had none.
    pub fn revoke(&mut self, grantor: &str) -> bool {
        self.grants.remove(grantor).is_some()
    }

    /// Every grant that involves a person, as grantor or proxy.
    pub fn involving(&self, person: &str) -> Vec<&str> {
        self.grants
            .iter()
            .filter(|(g, grant)| g.as_str() == person || grant.proxy == person)
            .map(|(g, _)| g.as_str())
            .collect()
    }

    /// Every grant for one decision.
    pub fn for_decision(&self, decision: &str) -> Vec<&str> {
        self.grants
            .iter()
            .filter(|(_, g)| g.decision.as_deref() == Some(decision))
            .map(|(g, _)| g.as_str())
            .collect()
    }

    /// Whether any grant is in force.
    pub fn is_empty(&self) -> bool {
        self.grants.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeSet, HashMap};

    #[test]
    fn the_rules_refuse_in_words() {
        assert!(check_grant(false, "a", "b", true, None).is_err());
        assert!(check_grant(true, "a", "a", true, None).is_err());
        assert!(check_grant(true, "a", "b", false, None).is_err());
        assert!(check_grant(true, "a", "b", true, Some("c")).is_err());
        assert!(check_grant(true, "a", "b", true, Some("a")).is_ok());
        assert!(decision_allows(true, false, true).is_err());
        assert!(decision_allows(true, true, false).is_err());
        assert!(check_cast("a", "b", Some("b"), true, true).is_err());
        assert!(check_cast("a", "c", Some("b"), true, false).is_err());
        assert!(check_cast("a", "b", Some("b"), true, false).is_ok());
    }

    #[derive(Debug, Clone)]
    enum Op {
        Grant(usize, usize, bool),
        Revoke(usize),
        Own(usize),
        ByProxy(usize, usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0usize..6, 0usize..6, any::<bool>()).prop_map(|(a, b, one)| Op::Grant(a, b, one)),
            (0usize..6).prop_map(Op::Revoke),
            (0usize..6).prop_map(Op::Own),
            (0usize..6, 0usize..6).prop_map(|(a, b)| Op::ByProxy(a, b)),
        ]
    }

    proptest! {
        /// Whatever members do, every counted ballot belongs to exactly one
        /// member, nobody casts more than two, and a member's own ballot is
        /// never replaced by their proxy's.
        #[test]
        fn nobody_casts_more_than_two_ballots(ops in proptest::collection::vec(op(), 0..80)) {
            let people: Vec<String> = (0..6).map(|i| format!("p{i}")).collect();
            let mut book = ProxyBook::default();
            // The decision's counted ballots: whose, and who cast it.
            let mut ballots: HashMap<String, String> = HashMap::new();
            for o in ops {
                match o {
                    Op::Grant(a, b, one) => {
                        let (a, b) = (&people[a], &people[b]);
                        if check_grant(true, a, b, true, book.held_by(b)).is_ok() {
                            // A new proxy takes over: the old one's ballot
                            // for this member is taken back.
                            if book.of(a).is_some_and(|g| &g.proxy != b) {
                                ballots.retain(|whose, by| !(whose == a && by != a));
                            }
                            book.grant(a, Grant { proxy: b.clone(), decision: one.then(|| "d".into()) });
                        }
                    }
                    Op::Revoke(a) => {
                        let a = &people[a];
                        if book.revoke(a) {
                            ballots.retain(|whose, by| !(whose == a && by != a));
                        }
                    }
                    Op::Own(a) => {
                        ballots.insert(people[a].clone(), people[a].clone());
                    }
                    Op::ByProxy(by, a) => {
                        let (by, a) = (&people[by], &people[a]);
                        let own = ballots.get(a).is_some_and(|c| c == a);
                        if check_cast(a, by, book.proxy_for(a, "d"), true, own).is_ok() {
                            ballots.insert(a.clone(), by.clone());
                        }
                    }
                }
                // Nobody holds two proxies.
                let holders: Vec<&str> = people.iter().filter_map(|p| book.of(p)).map(|g| g.proxy.as_str()).collect();
                let distinct: BTreeSet<&str> = holders.iter().copied().collect();
                prop_assert_eq!(holders.len(), distinct.len());
                // Ballots cast, per person who cast them.
                let mut cast: HashMap<&str, usize> = HashMap::new();
                for by in ballots.values() {
                    *cast.entry(by.as_str()).or_default() += 1;
                }
                for (by, n) in cast {
                    prop_assert!(n <= 2, "{by} cast {n} ballots");
                }
            }
        }
    }
}

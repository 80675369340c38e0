//! Proxies: each grant against the rules of `proxy.rs` as the roster and
//! the pool's rules stood, each end recorded when the rules say a grant
//! ends (a grant for one decision ends with its close, as the store's
//! projection of the close does too), and no proxy's ballot left standing
//! once its grant has ended.

use super::Audit;
use crate::event::Event;
use crate::membership::MemberStatus;
use crate::proxy::{self, Grant};

impl Audit {
    /// Follows the events that grant, end or end by rule a proxy, and
    /// keeps each pool's rules; checks each against what was replayed.
    pub(super) fn proxy_event(&mut self, event: &Event) -> Result<(), String> {
        match event {
            Event::PoolCreated { pool_id, rules, .. }
            | Event::PoolDraftEdited { pool_id, rules, .. }
            | Event::PoolRulesChanged { pool_id, rules, .. } => {
                if !rules.proxies && self.proxies.get(pool_id).is_some_and(|b| !b.is_empty()) {
                    return Err(format!(
                        "pool {pool_id}'s rules switched proxies off while proxies were still named"
                    ));
                }
                self.pool_rules.insert(pool_id.clone(), rules.clone());
            }
            Event::FloodStarted {
                flood_id, rules, ..
            } => {
                self.pool_rules.insert(flood_id.clone(), rules.clone());
            }
            Event::ProxyNamed {
                pool_id,
                grantor_id,
                proxy_id,
                decision_id,
            } => {
                let allowed = self.pool_rules.get(pool_id).is_some_and(|r| r.proxies)
                    && !self.roster.is_flood(pool_id);
                let active = |p: &str| {
                    self.roster
                        .standing(pool_id, p)
                        .is_some_and(|(_, s)| s == MemberStatus::Active)
                };
                if !active(grantor_id) {
                    return Err(format!(
                        "{grantor_id} named a proxy in pool {pool_id} without being an active member"
                    ));
                }
                let book = self.proxies.get(pool_id).cloned().unwrap_or_default();
                proxy::check_grant(
                    allowed,
                    grantor_id,
                    proxy_id,
                    active(proxy_id),
                    book.held_by(proxy_id),
                )
                .map_err(|e| format!("a proxy named in pool {pool_id}: {e}"))?;
                if let Some(d) = decision_id {
                    let open = self
                        .decisions
                        .get(d)
                        .ok_or_else(|| format!("a proxy named for unknown decision {d}"))?;
                    if open.pool_id != *pool_id || open.closed.is_some() {
                        return Err(format!(
                            "a proxy named for decision {d}, which is not open in pool {pool_id}"
                        ));
                    }
                    proxy::decision_allows(open.rules.proxies, false, open.secret)
                        .map_err(|e| format!("a proxy named for decision {d}: {e}"))?;
                }
                if let Some(old) = book.of(grantor_id)
                    && old.proxy != *proxy_id
                {
                    self.check_taken_back(pool_id, grantor_id, &old.proxy)?;
                }
                self.proxies.entry(pool_id.clone()).or_default().grant(
                    grantor_id,
                    Grant {
                        proxy: proxy_id.clone(),
                        decision: decision_id.clone(),
                    },
                );
            }
            Event::ProxyRevoked {
                pool_id,
                grantor_id,
                ..
            } => {
                let book = self.proxies.entry(pool_id.clone()).or_default();
                let old = book
                    .of(grantor_id)
                    .map(|g| g.proxy.clone())
                    .ok_or_else(|| {
                        format!("{grantor_id} revoked a proxy in pool {pool_id} they had not named")
                    })?;
                book.revoke(grantor_id);
                self.check_taken_back(pool_id, grantor_id, &old)?;
            }
            Event::PoolMemberLeft { pool_id, person_id }
                if self
                    .proxies
                    .get(pool_id)
                    .is_some_and(|b| !b.involving(person_id).is_empty()) =>
            {
                return Err(format!(
                    "{person_id} left pool {pool_id} while still named in a proxy"
                ));
            }
            Event::DecisionClosed { decision_id, .. } => {
                // A grant for one decision ends with it, and its ballot
                // stays counted.
                if let Some(d) = self.decisions.get(decision_id)
                    && let Some(book) = self.proxies.get_mut(&d.pool_id)
                {
                    for grantor in book
                        .for_decision(decision_id)
                        .into_iter()
                        .map(String::from)
                        .collect::<Vec<_>>()
                    {
                        book.revoke(&grantor);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// A proxy's grant ended or passed on: no ballot they cast for the
    /// member may still stand on a decision of the pool that is open.
    fn check_taken_back(&self, pool_id: &str, grantor: &str, old: &str) -> Result<(), String> {
        for (id, d) in &self.decisions {
            if d.pool_id == pool_id
                && d.closed.is_none()
                && d.by_proxy.get(grantor).is_some_and(|by| by == old)
            {
                return Err(format!(
                    "{grantor}'s proxy ended, but the ballot {old} cast for them on decision {id} still stands"
                ));
            }
        }
        Ok(())
    }
}

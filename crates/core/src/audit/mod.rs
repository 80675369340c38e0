//! Recomputes what the journal claims: every closed decision's result from
//! its ballots, and every rule change from a passed decision. `pools verify`
//! runs this after checking the chain, so anyone holding an export can check
//! the tallies without trusting the server.
//!
//! The replay is one `Audit` state walked along the journal; each event
//! goes to the checks of its aggregate: `decisions` (decisions and
//! ballots), `ledger` (money received, reversals and payouts), `budgeting`
//! (rounds and their buckets), `floods` and `members` (exits and leaving).
//! `roster` follows who belongs where, for the electorates.

use crate::event::Event;
use crate::journal::{ChainBreak, JournalEntry};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

mod budgeting;
mod decisions;
mod discussion;
mod floods;
mod ledger;
mod members;
mod proxies;
mod roster;
#[cfg(test)]
mod tests;

/// What an audit recomputed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditSummary {
    /// Decisions whose results were recomputed and matched.
    pub decisions_checked: u64,
    /// Ballot events replayed.
    pub ballots: u64,
    /// Ledger entries replayed against recomputed balances.
    pub ledger_entries: u64,
    /// Payouts traced to the decisions that authorized them.
    pub payouts_traced: u64,
    /// Budgeting rounds replayed: allocations recomputed at opening, every
    /// contribution re-checked, and each close's bucket totals recomputed.
    pub rounds_checked: u64,
    /// Comments checked against the rules of discussion.
    pub comments: u64,
}

/// Everything the audit has recomputed so far from the journal's events.
struct Audit {
    summary: AuditSummary,
    /// Who belonged to which pool and Flood, for the electorates.
    roster: roster::Roster,
    /// Every decision opened, by id.
    decisions: HashMap<String, decisions::Open>,
    /// Every budgeting round opened, by id.
    rounds: HashMap<String, budgeting::AuditRound>,
    /// Each bucket's round.
    bucket_round: HashMap<String, String>,
    /// Each Flood's current members and what they committed.
    floods: HashMap<String, BTreeMap<String, i64>>,
    /// Balances recomputed from the entries, per pool.
    balances: ledger::Balances,
    /// Each payout's amount and whether it is still waiting.
    payouts: HashMap<String, (i64, bool)>,
    /// Each exit repayment: (pool, person, amount, still owed).
    exits: HashMap<String, (String, String, i64, bool)>,
    /// Everyone registered so far, who may appear as an entry's actor.
    people: HashSet<String>,
    /// Every thread (a decision or a discussion), to its body.
    threads: HashMap<String, String>,
    /// Every comment posted, by id.
    comments: HashMap<String, discussion::AuditComment>,
    /// Each pool's (and Flood's) rules now.
    pool_rules: HashMap<String, crate::Rules>,
    /// Each pool's proxies in force.
    proxies: HashMap<String, crate::proxy::ProxyBook>,
}

/// Replays the decisions in a journal (already chain-checked) and checks
/// each recorded result against a recount. Lines are numbered from 1.
pub fn audit(entries: &[JournalEntry]) -> Result<AuditSummary, ChainBreak> {
    let mut audit = Audit::new();
    for (i, e) in entries.iter().enumerate() {
        let brk = |reason: String| ChainBreak {
            line: i + 1,
            reason,
        };
        let event = e.decode().map_err(brk)?;
        audit.step(&e.at, e.actor.as_deref(), event).map_err(brk)?;
    }
    audit.finish().map_err(|reason| ChainBreak {
        line: entries.len(),
        reason,
    })
}

/// Replays journal chains per body (each already checked, and their
/// links) in the one order `chain::merge` gives, with the same checks as
/// `audit`. An error names the entry by its chain and place.
pub fn audit_chains(
    chains: &BTreeMap<String, Vec<crate::chain::ChainEntry>>,
) -> Result<AuditSummary, String> {
    let order = crate::chain::merge(chains)?;
    let mut audit = Audit::new();
    for p in &order {
        let e = &chains[&p.body][(p.seq - 1) as usize];
        let brk = |reason: String| format!("{} entry {}: {reason}", p.body, p.seq);
        let event: Event = serde_json::from_str(&e.event)
            .map_err(|why| brk(format!("unknown or malformed event: {why}")))?;
        audit.step(&e.at, e.actor.as_deref(), event).map_err(brk)?;
    }
    audit.finish()
}

impl Audit {
    fn new() -> Self {
        Audit {
            summary: AuditSummary {
                decisions_checked: 0,
                ballots: 0,
                ledger_entries: 0,
                payouts_traced: 0,
                rounds_checked: 0,
                comments: 0,
            },
            roster: roster::Roster::default(),
            decisions: HashMap::new(),
            rounds: HashMap::new(),
            bucket_round: HashMap::new(),
            floods: HashMap::new(),
            balances: HashMap::new(),
            payouts: HashMap::new(),
            exits: HashMap::new(),
            people: HashSet::new(),
            threads: HashMap::new(),
            comments: HashMap::new(),
            pool_rules: HashMap::new(),
            proxies: HashMap::new(),
        }
    }

    /// Checks one entry's actor and follows its event.
    fn step(&mut self, at: &str, actor: Option<&str>, event: Event) -> Result<(), String> {
        self.check_actor(actor, &event)?;
        self.apply(at, event)
    }

    /// An entry's actor is a person registered by then (signing up records
    /// the new person as its own actor), the closer, or nobody: the
    /// operator's command line or someone not signed in yet.
    fn check_actor(&mut self, actor: Option<&str>, event: &Event) -> Result<(), String> {
        if let Event::PersonRegistered { person_id, .. } = event {
            self.people.insert(person_id.clone());
        }
        match actor {
            None => Ok(()),
            Some(a) if a == crate::journal::CLOSER || self.people.contains(a) => Ok(()),
            Some(a) => Err(format!(
                "the entry's actor {a} is nobody registered before it"
            )),
        }
    }

    /// Follows one event, recorded at `at`, and checks it against what was
    /// recomputed so far; events no check concerns are only followed by the
    /// roster.
    fn apply(&mut self, at: &str, event: Event) -> Result<(), String> {
        self.roster.apply(&event);
        self.proxy_event(&event)?;
        if let Event::DecisionOpened {
            decision_id,
            pool_id,
            ..
        } = &event
        {
            self.thread_opened(decision_id, pool_id);
        }
        match event {
            e @ (Event::DecisionOpened { .. }
            | Event::BallotCast { .. }
            | Event::BallotWithdrawn { .. }
            | Event::SecretBallotCast { .. }
            | Event::SecretBallotWithdrawn { .. }
            | Event::SecretBallotsPublished { .. }
            | Event::DecisionClosed { .. }
            | Event::PoolRulesChanged { .. }) => self.decision_event(e),
            // A funded bucket's payout is checked against its round; any
            // other payout against the spend decision that authorized it.
            e @ (Event::RoundOpened { .. }
            | Event::BucketCreated { .. }
            | Event::BucketFunded { .. }
            | Event::BucketCancelled { .. }
            | Event::RoundClosed { .. }
            | Event::PayoutAuthorized {
                bucket_id: Some(_), ..
            }) => self.budgeting_event(at, e),
            e @ (Event::MoneyReceived { .. }
            | Event::EntryReversed { .. }
            | Event::PayoutAuthorized { .. }
            | Event::SpendRefused { .. }
            | Event::PayoutPaid { .. }
            | Event::PayoutCancelled { .. }) => self.ledger_event(e),
            e @ (Event::FloodStarted { .. }
            | Event::FloodCommitted { .. }
            | Event::FloodLeft { .. }) => self.flood_event(e),
            e @ (Event::ExitRequested { .. }
            | Event::PoolMemberLeft { .. }
            | Event::ExitPaid { .. }) => self.member_event(e),
            e @ (Event::DiscussionStarted { .. }
            | Event::CommentPosted { .. }
            | Event::CommentEdited { .. }
            | Event::CommentHidden { .. }) => self.discussion_event(e),
            _ => Ok(()),
        }
    }

    /// The checks that need the whole journal, once it has been replayed.
    fn finish(self) -> Result<AuditSummary, String> {
        self.check_spends_settled()?;
        Ok(self.summary)
    }
}

//! Recomputes what the journal claims: every closed decision's result from
//! its ballots, and every rule change from a passed decision. `pools verify`
//! runs this after checking the chain, so anyone holding an export can check
//! the tallies without trusting the server.

use crate::budget::{self, RoundPlan};
use crate::decision::{self, Choice, Method, Tally};
use crate::event::{Event, Spend};
use crate::journal::{ChainBreak, JournalEntry};
use crate::ledger::{self, Account, Posting};
use crate::rules::Rules;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

mod roster;

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
}

struct Open {
    method: Method,
    rules: Rules,
    rule_change: Option<Rules>,
    electorate: BTreeSet<String>,
    ballots: BTreeMap<String, Choice>,
    closed: Option<bool>,
    spend: Option<Spend>,
    /// A passed spend's payout was authorized, or refused for want of money.
    authorized: bool,
    round: Option<RoundPlan>,
    round_opened: bool,
    member_pools: Option<BTreeMap<String, Vec<String>>>,
}

/// A round as the audit replays it: the core rules' own state, so every
/// contribution is re-checked by the same code that allowed it.
struct AuditRound {
    decision_id: String,
    /// When proposing buckets ends and funding starts, and when funding ends.
    buckets_close_at: String,
    funding_close_at: String,
    state: budget::Round,
    reserved: i64,
    /// Each bucket's minimum goal, while open.
    minimums: BTreeMap<String, i64>,
    /// Buckets funded at the close, with their totals, until paid out.
    funded: BTreeMap<String, i64>,
    closed: bool,
}

/// Applies an entry to recomputed balances, refusing overdrafts and any
/// drift from zero.
fn post_to(
    balances: &mut HashMap<String, BTreeMap<Account, i64>>,
    pool: &str,
    postings: &[Posting],
) -> Result<(), String> {
    let b = balances.entry(pool.to_string()).or_default();
    let next = ledger::next_balances(postings, |a| b.get(a).copied().unwrap_or(0))
        .map_err(|e| format!("a ledger entry that breaks the books: {e}"))?;
    b.extend(next);
    if b.values().sum::<i64>() != 0 {
        return Err("the balances no longer sum to zero".into());
    }
    Ok(())
}

/// Applies an entry the pool chose to make (a payout authorized, money set
/// aside, a commitment, a reversal), which must also keep its promises
/// covered (`ledger::check_covered`).
fn claim_to(
    balances: &mut HashMap<String, BTreeMap<Account, i64>>,
    pool: &str,
    postings: &[Posting],
) -> Result<(), String> {
    let b = balances.entry(pool.to_string()).or_default();
    ledger::check_covered(postings, |a| b.get(a).copied().unwrap_or(0))
        .map_err(|e| format!("an entry that promises more than the treasury holds: {e}"))?;
    post_to(balances, pool, postings)
}

/// Marks a waiting payout settled and returns its authorized amount.
fn settle(payouts: &mut HashMap<String, (i64, bool)>, id: &str) -> Result<i64, String> {
    match payouts.get_mut(id) {
        Some((amount, waiting)) if *waiting => {
            *waiting = false;
            Ok(*amount)
        }
        Some(_) => Err(format!("payout {id} settled twice")),
        None => Err(format!("payout {id} was never authorized")),
    }
}

/// Replays the decisions in a journal (already chain-checked) and checks
/// each recorded result against a recount. Lines are numbered from 1.
pub fn audit(entries: &[JournalEntry]) -> Result<AuditSummary, ChainBreak> {
    let mut decisions: HashMap<String, Open> = HashMap::new();
    let mut summary = AuditSummary {
        decisions_checked: 0,
        ballots: 0,
        ledger_entries: 0,
        payouts_traced: 0,
        rounds_checked: 0,
    };
    let mut rounds: HashMap<String, AuditRound> = HashMap::new();
    let mut roster = roster::Roster::default();
    // Each Flood's current members and what they committed.
    let mut floods: HashMap<String, BTreeMap<String, i64>> = HashMap::new();
    let mut bucket_round: HashMap<String, String> = HashMap::new();
    // Balances recomputed from the entries, per pool; and each payout's
    // amount and whether it is still waiting.
    let mut balances: HashMap<String, BTreeMap<Account, i64>> = HashMap::new();
    let mut payouts: HashMap<String, (i64, bool)> = HashMap::new();
    // Each exit repayment: (pool, person, amount, still owed).
    let mut exits: HashMap<String, (String, String, i64, bool)> = HashMap::new();
    // Capital a member holds that is not yet owed back to them.
    let unowed = |balances: &HashMap<String, BTreeMap<Account, i64>>,
                  exits: &HashMap<String, (String, String, i64, bool)>,
                  pool: &str,
                  person: &str| {
        let capital = balances
            .get(pool)
            .and_then(|b| b.get(&Account::Capital(person.to_string())))
            .copied()
            .unwrap_or(0);
        let owed: i64 = exits
            .values()
            .filter(|(p, who, _, waiting)| p == pool && who == person && *waiting)
            .map(|(_, _, amount, _)| amount)
            .sum();
        capital - owed
    };
    for (i, e) in entries.iter().enumerate() {
        let brk = |reason: String| ChainBreak {
            line: i + 1,
            reason,
        };
        let event = e.decode().map_err(brk)?;
        roster.apply(&event);
        match event {
            Event::DecisionOpened {
                decision_id,
                pool_id,
                method,
                rules,
                rule_change,
                electorate,
                spend,
                round,
                member_pools,
                ..
            } => {
                roster
                    .check_electorate(&pool_id, &electorate, member_pools.as_ref())
                    .map_err(|e| brk(format!("decision {decision_id}: {e}")))?;
                decisions.insert(
                    decision_id,
                    Open {
                        method,
                        rules,
                        rule_change,
                        electorate: electorate.into_iter().collect(),
                        ballots: BTreeMap::new(),
                        closed: None,
                        spend,
                        authorized: false,
                        round,
                        round_opened: false,
                        member_pools,
                    },
                );
            }
            Event::BallotCast {
                decision_id,
                person_id,
                choice,
                reason,
            } => {
                summary.ballots += 1;
                let d = decisions
                    .get_mut(&decision_id)
                    .ok_or_else(|| brk(format!("a ballot for unknown decision {decision_id}")))?;
                if d.closed.is_some() {
                    return Err(brk(format!("a ballot after decision {decision_id} closed")));
                }
                if !d.electorate.contains(&person_id) {
                    return Err(brk(format!(
                        "a ballot on decision {decision_id} from {person_id}, who was not in its electorate"
                    )));
                }
                d.method.check_ballot(&choice, &reason).map_err(|e| {
                    brk(format!("an invalid ballot on decision {decision_id}: {e}"))
                })?;
                d.ballots.insert(person_id, choice);
            }
            Event::BallotWithdrawn {
                decision_id,
                person_id,
            } => {
                summary.ballots += 1;
                let d = decisions.get_mut(&decision_id).ok_or_else(|| {
                    brk(format!("a withdrawal for unknown decision {decision_id}"))
                })?;
                if d.closed.is_some() || d.ballots.remove(&person_id).is_none() {
                    return Err(brk(format!(
                        "a withdrawal on decision {decision_id} without an open ballot"
                    )));
                }
            }
            Event::DecisionClosed {
                decision_id,
                outcome,
            } => {
                let d = decisions
                    .get_mut(&decision_id)
                    .ok_or_else(|| brk(format!("closing unknown decision {decision_id}")))?;
                if d.closed.is_some() {
                    return Err(brk(format!("decision {decision_id} closed twice")));
                }
                let tally = Tally::from_ballots(&d.method, d.ballots.values());
                let threshold = decision::threshold_for(d.rule_change.is_some(), &d.rules);
                let mut recount = decision::outcome(
                    &d.method,
                    &tally,
                    d.electorate.len() as u64,
                    &d.rules,
                    threshold,
                );
                if let (Some(pools), Method::Proposal) = (&d.member_pools, &d.method) {
                    recount =
                        crate::flood::with_double_majority(recount, &d.ballots, pools, threshold);
                }
                if recount != outcome {
                    return Err(brk(format!(
                        "decision {decision_id}: the recorded result does not match a recount of its ballots (recorded: {}; recount: {})",
                        outcome.explanation, recount.explanation
                    )));
                }
                d.closed = Some(outcome.passed);
                summary.decisions_checked += 1;
            }
            Event::PoolRulesChanged {
                decision_id, rules, ..
            } => {
                let d = decisions.get(&decision_id).ok_or_else(|| {
                    brk(format!("rules changed by unknown decision {decision_id}"))
                })?;
                if d.closed != Some(true) || d.rule_change.as_ref() != Some(&rules) {
                    return Err(brk(format!(
                        "rules changed by decision {decision_id}, which did not pass that change"
                    )));
                }
            }
            Event::MoneyReceived {
                pool_id,
                postings,
                amount,
                person_id,
                kind,
                ..
            } => {
                let expected = ledger::contribution(&person_id, amount, kind.is_capital())
                    .map_err(|e| brk(e.to_string()))?;
                if expected != postings {
                    return Err(brk("money received is posted to the wrong accounts".into()));
                }
                post_to(&mut balances, &pool_id, &postings).map_err(brk)?;
                summary.ledger_entries += 1;
            }
            Event::EntryReversed {
                pool_id, postings, ..
            } => {
                claim_to(&mut balances, &pool_id, &postings).map_err(brk)?;
                summary.ledger_entries += 1;
            }
            Event::PayoutAuthorized {
                payout_id,
                pool_id,
                decision_id,
                spend,
                postings,
                bucket_id: Some(bucket_id),
                ..
            } => {
                // A funded bucket's payout: exactly its total at the close, once.
                let round = bucket_round
                    .get(&bucket_id)
                    .and_then(|r| rounds.get_mut(r))
                    .ok_or_else(|| {
                        brk(format!("payout {payout_id} for unknown bucket {bucket_id}"))
                    })?;
                if round.decision_id != decision_id
                    || round.funded.remove(&bucket_id) != Some(spend.amount)
                    || postings
                        != ledger::authorize(spend.amount).map_err(|e| brk(e.to_string()))?
                {
                    return Err(brk(format!(
                        "payout {payout_id} does not match bucket {bucket_id}'s total at its round's close, or was authorized twice"
                    )));
                }
                claim_to(&mut balances, &pool_id, &postings).map_err(brk)?;
                payouts.insert(payout_id, (spend.amount, true));
                summary.ledger_entries += 1;
                summary.payouts_traced += 1;
            }
            Event::FloodStarted { flood_id, .. } if floods.contains_key(&flood_id) => {
                return Err(brk(format!("flood {flood_id} started twice")));
            }
            Event::FloodStarted { flood_id, .. } => {
                floods.insert(flood_id, BTreeMap::new());
            }
            Event::FloodCommitted {
                flood_id,
                pool_id,
                amount,
                pool_postings,
                flood_postings,
                ..
            } => {
                let members = floods
                    .get_mut(&flood_id)
                    .ok_or_else(|| brk(format!("a commitment to unknown flood {flood_id}")))?;
                if pool_postings != ledger::send(amount).map_err(|e| brk(e.to_string()))?
                    || flood_postings != ledger::receive(amount).map_err(|e| brk(e.to_string()))?
                {
                    return Err(brk(format!(
                        "a commitment to flood {flood_id} moves a different amount on each side"
                    )));
                }
                claim_to(&mut balances, &pool_id, &pool_postings).map_err(brk)?;
                post_to(&mut balances, &flood_id, &flood_postings).map_err(brk)?;
                *members.entry(pool_id).or_insert(0) += amount;
                summary.ledger_entries += 2;
            }
            Event::FloodLeft {
                flood_id,
                pool_id,
                amount,
                pool_postings,
                flood_postings,
                dissolved,
                ..
            } => {
                let members = floods
                    .get_mut(&flood_id)
                    .ok_or_else(|| brk(format!("leaving unknown flood {flood_id}")))?;
                let b = balances.get(&flood_id).cloned().unwrap_or_default();
                let get = |a: &Account| b.get(a).copied().unwrap_or(0);
                let share = crate::flood::leave_share(
                    ledger::available(get),
                    get(&Account::Authorized),
                    members,
                    &pool_id,
                )
                .map_err(|e| brk(format!("pool {pool_id} left flood {flood_id}: {e}")))?;
                if share.amount != amount || dissolved != (members.len() == 1) {
                    return Err(brk(format!(
                        "pool {pool_id} left flood {flood_id} with {amount}, but its share was {}",
                        share.amount
                    )));
                }
                if amount > 0 {
                    if pool_postings != ledger::receive(amount).map_err(|e| brk(e.to_string()))?
                        || flood_postings != ledger::send(amount).map_err(|e| brk(e.to_string()))?
                    {
                        return Err(brk(format!(
                            "pool {pool_id}'s share from flood {flood_id} moves a different amount on each side"
                        )));
                    }
                    post_to(&mut balances, &flood_id, &flood_postings).map_err(brk)?;
                    post_to(&mut balances, &pool_id, &pool_postings).map_err(brk)?;
                    summary.ledger_entries += 2;
                }
                members.remove(&pool_id);
            }
            Event::RoundOpened {
                round_id,
                pool_id,
                decision_id,
                plan,
                per_member,
                remainder,
                members,
                postings,
                buckets_close_at,
                funding_close_at,
                ..
            } => {
                let d = decisions.get_mut(&decision_id).ok_or_else(|| {
                    brk(format!("a round opened by unknown decision {decision_id}"))
                })?;
                if d.closed != Some(true) || d.round.as_ref() != Some(&plan) || d.round_opened {
                    return Err(brk(format!(
                        "round {round_id} does not match a passed round decision, or opened twice"
                    )));
                }
                d.round_opened = true;
                roster
                    .check_round_members(&pool_id, &members)
                    .map_err(|e| brk(format!("round {round_id}: {e}")))?;
                let distinct: BTreeSet<&String> = members.iter().collect();
                let a = budget::allocate(plan.amount, members.len() as u64)
                    .map_err(|e| brk(e.to_string()))?;
                if distinct.len() != members.len()
                    || a.per_member != per_member
                    || a.remainder != remainder
                {
                    return Err(brk(format!(
                        "round {round_id}: the allocations are not the amount split equally among its members"
                    )));
                }
                let reserved = per_member * members.len() as i64;
                if postings != ledger::budget(reserved).map_err(|e| brk(e.to_string()))? {
                    return Err(brk(format!(
                        "round {round_id} sets aside a different amount"
                    )));
                }
                claim_to(&mut balances, &pool_id, &postings).map_err(brk)?;
                summary.ledger_entries += 1;
                summary.rounds_checked += 1;
                rounds.insert(
                    round_id,
                    AuditRound {
                        decision_id,
                        buckets_close_at,
                        funding_close_at,
                        state: budget::Round::new(
                            members.iter().map(String::as_str),
                            per_member,
                            plan.cap,
                        ),
                        reserved,
                        minimums: BTreeMap::new(),
                        funded: BTreeMap::new(),
                        closed: false,
                    },
                );
            }
            Event::BucketCreated {
                bucket_id,
                round_id,
                lines,
                ..
            } => {
                if bucket_round.contains_key(&bucket_id) {
                    return Err(brk(format!("bucket {bucket_id} created twice")));
                }
                // Times are all written by one formatter (UTC, fixed width),
                // so they compare as text.
                let r = rounds
                    .get_mut(&round_id)
                    .filter(|r| !r.closed && e.at < r.buckets_close_at)
                    .ok_or_else(|| {
                        brk(format!(
                            "bucket {bucket_id} proposed outside its round's proposal window"
                        ))
                    })?;
                let (min, max) = budget::goals(&lines).map_err(|e| brk(e.to_string()))?;
                r.state.add_bucket(&bucket_id, max);
                r.minimums.insert(bucket_id.clone(), min);
                bucket_round.insert(bucket_id, round_id);
            }
            Event::BucketFunded {
                bucket_id,
                round_id,
                person_id,
                amount,
                ..
            } => {
                let r = rounds
                    .get_mut(&round_id)
                    .filter(|r| {
                        !r.closed
                            && bucket_round.get(&bucket_id) == Some(&round_id)
                            && e.at >= r.buckets_close_at
                            && e.at < r.funding_close_at
                    })
                    .ok_or_else(|| {
                        brk(format!(
                            "funding for bucket {bucket_id} outside its round's funding window"
                        ))
                    })?;
                r.state.fund(&person_id, &bucket_id, amount).map_err(|e| {
                    brk(format!(
                        "funding of bucket {bucket_id} breaks the round's rules: {e}"
                    ))
                })?;
            }
            Event::BucketCancelled {
                bucket_id,
                round_id,
                refunds,
                ..
            } => {
                let r = rounds
                    .get_mut(&round_id)
                    .filter(|r| {
                        !r.closed
                            && bucket_round.get(&bucket_id) == Some(&round_id)
                            && r.minimums.contains_key(&bucket_id)
                    })
                    .ok_or_else(|| {
                        brk(format!(
                            "bucket {bucket_id} cancelled when it was not open in its round"
                        ))
                    })?;
                let owed: BTreeMap<String, i64> = r
                    .state
                    .given
                    .iter()
                    .filter(|((_, b), _)| *b == bucket_id)
                    .map(|((p, _), a)| (p.clone(), *a))
                    .collect();
                let listed: BTreeMap<String, i64> = refunds
                    .iter()
                    .map(|x| (x.person_id.clone(), x.amount))
                    .collect();
                if owed != listed || listed.len() != refunds.len() {
                    return Err(brk(format!(
                        "bucket {bucket_id}'s refunds differ from what members gave it"
                    )));
                }
                r.state.cancel(&bucket_id);
                r.minimums.remove(&bucket_id);
            }
            Event::RoundClosed {
                round_id,
                pool_id,
                buckets,
                postings,
                ..
            } => {
                let r = rounds
                    .get_mut(&round_id)
                    .filter(|r| !r.closed)
                    .ok_or_else(|| brk(format!("round {round_id} closed twice or never opened")))?;
                let listed: BTreeSet<&String> = buckets.iter().map(|b| &b.bucket_id).collect();
                let open: BTreeSet<&String> = r.minimums.keys().collect();
                if listed != open || listed.len() != buckets.len() {
                    return Err(brk(format!(
                        "round {round_id}'s close does not list exactly its open buckets"
                    )));
                }
                for b in &buckets {
                    let total = r.state.buckets.get(&b.bucket_id).map(|x| x.0).unwrap_or(0);
                    let funded = matches!(
                        budget::close(total, r.minimums[&b.bucket_id]),
                        budget::Closing::Funded(_)
                    );
                    if b.total != total || b.funded != funded {
                        return Err(brk(format!(
                            "round {round_id}: bucket {} is recorded with {} ({}), but its contributions add up to {total} ({})",
                            b.bucket_id,
                            b.total,
                            if b.funded { "funded" } else { "not funded" },
                            if funded { "funded" } else { "not funded" }
                        )));
                    }
                    if funded {
                        r.funded.insert(b.bucket_id.clone(), total);
                    }
                }
                if postings != ledger::release(r.reserved).map_err(|e| brk(e.to_string()))? {
                    return Err(brk(format!(
                        "round {round_id} gives back a different amount than it set aside"
                    )));
                }
                r.closed = true;
                post_to(&mut balances, &pool_id, &postings).map_err(brk)?;
                summary.ledger_entries += 1;
            }
            Event::PayoutAuthorized {
                payout_id,
                pool_id,
                decision_id,
                spend,
                postings,
                ..
            } => {
                let d = decisions.get_mut(&decision_id).ok_or_else(|| {
                    brk(format!(
                        "a payout authorized by unknown decision {decision_id}"
                    ))
                })?;
                if d.closed != Some(true) || d.spend.as_ref() != Some(&spend) || d.authorized {
                    return Err(brk(format!(
                        "payout {payout_id} does not match a passed spend decision, or was authorized twice"
                    )));
                }
                d.authorized = true;
                if postings != ledger::authorize(spend.amount).map_err(|e| brk(e.to_string()))? {
                    return Err(brk(format!(
                        "payout {payout_id} authorizes a different amount"
                    )));
                }
                claim_to(&mut balances, &pool_id, &postings).map_err(brk)?;
                payouts.insert(payout_id, (spend.amount, true));
                summary.ledger_entries += 1;
                summary.payouts_traced += 1;
            }
            Event::SpendRefused {
                decision_id,
                pool_id,
                available,
                ..
            } => {
                // A refusal is only right when the payout really did not fit.
                let d = decisions.get_mut(&decision_id).ok_or_else(|| {
                    brk(format!(
                        "a spend refused for unknown decision {decision_id}"
                    ))
                })?;
                let spend = match (&d.spend, d.closed, d.authorized) {
                    (Some(spend), Some(true), false) => spend.clone(),
                    _ => {
                        return Err(brk(format!(
                            "decision {decision_id}'s spend was refused, but it is not a passed spend proposal still waiting for its payout"
                        )));
                    }
                };
                d.authorized = true;
                let b = balances.get(&pool_id).cloned().unwrap_or_default();
                let get = |a: &Account| b.get(a).copied().unwrap_or(0);
                let postings = ledger::authorize(spend.amount).map_err(|e| brk(e.to_string()))?;
                if ledger::available(get) != available
                    || ledger::check_covered(&postings, get).is_ok()
                {
                    return Err(brk(format!(
                        "decision {decision_id}'s payout was refused, but the pool had {} available, enough for the {} asked",
                        ledger::available(get),
                        spend.amount
                    )));
                }
            }
            Event::PayoutPaid {
                payout_id,
                pool_id,
                postings,
                ..
            } => {
                let amount = settle(&mut payouts, &payout_id).map_err(brk)?;
                let expected = ledger::pay(amount, None).map_err(|e| brk(e.to_string()))?;
                if postings != expected {
                    return Err(brk(format!(
                        "payout {payout_id} pays a different amount than was authorized"
                    )));
                }
                post_to(&mut balances, &pool_id, &postings).map_err(brk)?;
                summary.ledger_entries += 1;
            }
            Event::PayoutCancelled {
                payout_id,
                pool_id,
                postings,
                ..
            } => {
                let amount = settle(&mut payouts, &payout_id).map_err(brk)?;
                if postings != ledger::cancel(amount).map_err(|e| brk(e.to_string()))? {
                    return Err(brk(format!(
                        "payout {payout_id} cancels a different amount than was authorized"
                    )));
                }
                post_to(&mut balances, &pool_id, &postings).map_err(brk)?;
                summary.ledger_entries += 1;
            }
            Event::ExitRequested {
                exit_id,
                pool_id,
                person_id,
                amount,
                postings,
                ..
            } => {
                // The exit rule authorizes repaying exactly the member's
                // capital not already owed to them.
                let capital = unowed(&balances, &exits, &pool_id, &person_id);
                if amount != capital
                    || postings != ledger::authorize(amount).map_err(|e| brk(e.to_string()))?
                {
                    return Err(brk(format!(
                        "exit {exit_id} authorizes {amount}, but the member's capital account holds {capital} not yet owed back"
                    )));
                }
                post_to(&mut balances, &pool_id, &postings).map_err(brk)?;
                exits.insert(exit_id, (pool_id, person_id, amount, true));
                summary.ledger_entries += 1;
            }
            Event::PoolMemberLeft { pool_id, person_id } => {
                // Whoever stops being a member (leaving, or a candidate the
                // members turned down) is first owed all their capital.
                let left = unowed(&balances, &exits, &pool_id, &person_id);
                if left != 0 {
                    return Err(brk(format!(
                        "{person_id} left pool {pool_id} with {left} of capital that nobody owes back to them"
                    )));
                }
            }
            Event::ExitPaid {
                exit_id,
                pool_id,
                postings,
                ..
            } => {
                let (pool, person, amount, waiting) = exits
                    .get(&exit_id)
                    .cloned()
                    .ok_or_else(|| brk(format!("exit {exit_id} was never requested")))?;
                if !waiting
                    || pool != pool_id
                    || postings
                        != ledger::pay(amount, Some(&person)).map_err(|e| brk(e.to_string()))?
                {
                    return Err(brk(format!(
                        "exit {exit_id} repaid twice or for a different amount"
                    )));
                }
                post_to(&mut balances, &pool_id, &postings).map_err(brk)?;
                exits.insert(exit_id, (pool, person, amount, false));
                summary.ledger_entries += 1;
            }
            _ => {}
        }
    }
    // Every passed spend proposal was settled in its close's transaction:
    // its payout authorized, or refused with the reason.
    if let Some(id) = decisions
        .iter()
        .find(|(_, d)| d.spend.is_some() && d.closed == Some(true) && !d.authorized)
        .map(|(id, _)| id)
    {
        return Err(ChainBreak {
            line: entries.len(),
            reason: format!(
                "decision {id} passed a spend, but no payout was authorized or refused for it"
            ),
        });
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::{Outcome, Stance};

    /// Pool p1's active members a, b and c, as every test journal starts.
    fn members() -> Vec<Event> {
        ["a", "b", "c"]
            .into_iter()
            .map(|p| Event::PoolMemberJoined {
                pool_id: "p1".into(),
                person_id: p.into(),
                role: crate::membership::PoolRole::Member,
                status: crate::membership::MemberStatus::Active,
                commitment: "We agree.".into(),
                commitment_hash: crate::membership::commitment_hash("We agree."),
            })
            .collect()
    }

    fn chain(events: &[Event]) -> Vec<JournalEntry> {
        let mut out: Vec<JournalEntry> = Vec::new();
        for ev in members().iter().chain(events) {
            let prev = out.last().map(|p| (p.seq, p.hash.as_str()));
            let e = JournalEntry::next(prev, "2026-11-29T09:00:00.000Z".into(), None, ev);
            out.push(e);
        }
        out
    }

    fn opened(rule_change: Option<Rules>) -> Event {
        Event::DecisionOpened {
            decision_id: "d1".into(),
            pool_id: "p1".into(),
            proposer_id: "a".into(),
            title: "Paint?".into(),
            body: String::new(),
            method: Method::Proposal,
            rule_change,
            rules: Rules::default(),
            closes_at: "2026-12-01T09:00:00.000Z".into(),
            electorate: vec!["a".into(), "b".into(), "c".into()],
            spend: None,
            round: None,
            admission: None,
            flood_action: None,
            member_pools: None,
        }
    }

    fn cast(person: &str, s: Stance) -> Event {
        Event::BallotCast {
            decision_id: "d1".into(),
            person_id: person.into(),
            choice: Choice::Proposal(s),
            reason: String::new(),
        }
    }

    fn true_outcome(ballots: &[Stance]) -> Outcome {
        let m = Method::Proposal;
        let t = Tally::from_ballots(
            &m,
            &ballots
                .iter()
                .map(|s| Choice::Proposal(*s))
                .collect::<Vec<_>>(),
        );
        let r = Rules::default();
        decision::outcome(&m, &t, 3, &r, r.approval)
    }

    /// A passed round decision, a round of 3,001 among three members, one
    /// bucket, contributions, and a close claiming `claimed` for the bucket.
    fn round_journal(gifts: &[(&str, i64)], claimed: i64, funded: bool) -> Vec<Event> {
        let plan = RoundPlan {
            amount: 3_001,
            bucket_days: 1,
            funding_days: 1,
            cap: None,
            guidelines: String::new(),
        };
        let mut open = opened(None);
        if let Event::DecisionOpened { round, .. } = &mut open {
            *round = Some(plan.clone());
        }
        let mut events = vec![
            Event::MoneyReceived {
                entry_id: "e0".into(),
                pool_id: "p1".into(),
                person_id: "a".into(),
                kind: crate::event::MoneyKind::Gift,
                amount: 5_000,
                received_on: "2026-11-01".into(),
                method: "cash".into(),
                reference: String::new(),
                postings: ledger::contribution("a", 5_000, false).unwrap(),
            },
            open,
            cast("a", Stance::Agree),
            cast("b", Stance::Agree),
            Event::DecisionClosed {
                decision_id: "d1".into(),
                outcome: true_outcome(&[Stance::Agree, Stance::Agree]),
            },
            Event::RoundOpened {
                round_id: "r1".into(),
                entry_id: "e1".into(),
                pool_id: "p1".into(),
                decision_id: "d1".into(),
                title: "Paint?".into(),
                plan,
                per_member: 1_000,
                remainder: 1,
                members: vec!["a".into(), "b".into(), "c".into()],
                buckets_close_at: "2026-12-02T09:00:00.000Z".into(),
                funding_close_at: "2026-12-03T09:00:00.000Z".into(),
                postings: ledger::budget(3_000).unwrap(),
            },
            Event::BucketCreated {
                bucket_id: "b1".into(),
                round_id: "r1".into(),
                pool_id: "p1".into(),
                title: "Mural".into(),
                description: String::new(),
                co_creators: vec!["c".into()],
                lines: vec![crate::budget::BudgetLine {
                    label: "Paint".into(),
                    min: 1_500,
                    max: Some(2_000),
                }],
            },
        ];
        for (i, (who, amount)) in gifts.iter().enumerate() {
            events.push(Event::BucketFunded {
                funding_id: format!("f{i}"),
                bucket_id: "b1".into(),
                round_id: "r1".into(),
                person_id: (*who).into(),
                amount: *amount,
            });
        }
        events.push(Event::RoundClosed {
            round_id: "r1".into(),
            entry_id: "e2".into(),
            pool_id: "p1".into(),
            buckets: vec![crate::event::BucketResult {
                bucket_id: "b1".into(),
                total: claimed,
                funded,
            }],
            postings: ledger::release(3_000).unwrap(),
        });
        if funded {
            events.push(Event::PayoutAuthorized {
                payout_id: "po1".into(),
                entry_id: "e3".into(),
                pool_id: "p1".into(),
                decision_id: "d1".into(),
                spend: Spend {
                    payee: "C".into(),
                    amount: claimed,
                    purpose: "Mural".into(),
                },
                postings: ledger::authorize(claimed).unwrap(),
                bucket_id: Some("b1".into()),
            });
        }
        events
    }

    /// Chains a round journal with its times: everything before the first
    /// contribution happens in the proposal window, the rest in funding.
    fn timed(events: &[Event]) -> Vec<JournalEntry> {
        let mut out: Vec<JournalEntry> = Vec::new();
        let mut funding = false;
        for ev in members().iter().chain(events) {
            funding |= matches!(ev, Event::BucketFunded { .. } | Event::RoundClosed { .. });
            let at = if funding {
                "2026-12-02T10:00:00.000Z"
            } else {
                "2026-11-29T09:00:00.000Z"
            };
            let prev = out.last().map(|p| (p.seq, p.hash.as_str()));
            out.push(JournalEntry::next(prev, at.into(), None, ev));
        }
        out
    }

    #[test]
    fn rounds_are_replayed_through_the_core_rules() {
        let honest = round_journal(&[("a", 1_000), ("b", 600)], 1_600, true);
        let s = audit(&timed(&honest)).unwrap();
        assert_eq!((s.rounds_checked, s.payouts_traced), (1, 1));
        // A close that claims more than the contributions add up to.
        let inflated = round_journal(&[("a", 1_000), ("b", 600)], 1_900, true);
        assert!(
            audit(&timed(&inflated))
                .unwrap_err()
                .reason
                .contains("add up to 1600")
        );
        // A bucket short of its minimum recorded as funded.
        let short = round_journal(&[("a", 1_000)], 1_000, true);
        assert!(audit(&timed(&short)).is_err());
        // A member giving more than their share.
        let overspent = round_journal(&[("a", 1_000), ("a", 1)], 1_001, false);
        assert!(
            audit(&timed(&overspent))
                .unwrap_err()
                .reason
                .contains("breaks the round's rules")
        );
        // A contribution recorded while buckets were still being proposed.
        let early = round_journal(&[("a", 1_000), ("b", 600)], 1_600, true);
        assert!(
            audit(&chain(&early))
                .unwrap_err()
                .reason
                .contains("outside its round's funding window")
        );
    }

    /// A gift of `gift`, a spend proposal of 100 that passes, then `settle`.
    fn spend_journal(gift: i64, settle: Event) -> Vec<Event> {
        let spend = Spend {
            payee: "Paint Co".into(),
            amount: 100,
            purpose: "Paint".into(),
        };
        let mut open = opened(None);
        if let Event::DecisionOpened { spend: s, .. } = &mut open {
            *s = Some(spend);
        }
        vec![
            Event::MoneyReceived {
                entry_id: "e0".into(),
                pool_id: "p1".into(),
                person_id: "a".into(),
                kind: crate::event::MoneyKind::Gift,
                amount: gift,
                received_on: "2026-11-01".into(),
                method: "cash".into(),
                reference: String::new(),
                postings: ledger::contribution("a", gift, false).unwrap(),
            },
            open,
            cast("a", Stance::Agree),
            cast("b", Stance::Agree),
            Event::DecisionClosed {
                decision_id: "d1".into(),
                outcome: true_outcome(&[Stance::Agree, Stance::Agree]),
            },
            settle,
        ]
    }

    fn authorized() -> Event {
        Event::PayoutAuthorized {
            payout_id: "po1".into(),
            entry_id: "e1".into(),
            pool_id: "p1".into(),
            decision_id: "d1".into(),
            spend: Spend {
                payee: "Paint Co".into(),
                amount: 100,
                purpose: "Paint".into(),
            },
            postings: ledger::authorize(100).unwrap(),
            bucket_id: None,
        }
    }

    fn refused(available: i64) -> Event {
        Event::SpendRefused {
            decision_id: "d1".into(),
            pool_id: "p1".into(),
            available,
            reason: "not enough".into(),
        }
    }

    #[test]
    fn a_passed_spend_is_authorized_only_when_the_pool_has_it() {
        // Enough money: authorized is right, refused is a forgery.
        assert_eq!(
            audit(&chain(&spend_journal(100, authorized())))
                .unwrap()
                .payouts_traced,
            1
        );
        let e = audit(&chain(&spend_journal(100, refused(100)))).unwrap_err();
        assert!(
            e.reason.contains("enough for the 100 asked"),
            "{}",
            e.reason
        );
        // Too little: refused is right, authorized promises money the
        // treasury does not hold.
        audit(&chain(&spend_journal(99, refused(99)))).unwrap();
        let e = audit(&chain(&spend_journal(99, authorized()))).unwrap_err();
        assert!(
            e.reason.contains("promises more than the treasury holds"),
            "{}",
            e.reason
        );
        // Neither: a passed spend left unsettled.
        let mut events = spend_journal(100, authorized());
        events.pop();
        let e = audit(&chain(&events)).unwrap_err();
        assert!(
            e.reason.contains("no payout was authorized or refused"),
            "{}",
            e.reason
        );
    }

    #[test]
    fn nobody_stops_being_a_member_with_capital_nobody_owes_back() {
        let capital = Event::MoneyReceived {
            entry_id: "e0".into(),
            pool_id: "p1".into(),
            person_id: "a".into(),
            kind: crate::event::MoneyKind::BuyIn,
            amount: 500,
            received_on: "2026-11-01".into(),
            method: "cash".into(),
            reference: String::new(),
            postings: ledger::contribution("a", 500, true).unwrap(),
        };
        let left = Event::PoolMemberLeft {
            pool_id: "p1".into(),
            person_id: "a".into(),
        };
        let e = audit(&chain(&[capital.clone(), left.clone()])).unwrap_err();
        assert!(
            e.reason.contains("500 of capital that nobody owes back"),
            "{}",
            e.reason
        );
        let exit = |amount: i64| Event::ExitRequested {
            exit_id: "x1".into(),
            entry_id: "e1".into(),
            pool_id: "p1".into(),
            person_id: "a".into(),
            amount,
            due_on: "2027-01-30".into(),
            postings: ledger::authorize(amount).unwrap(),
        };
        audit(&chain(&[capital.clone(), exit(500), left.clone()])).unwrap();
        let e = audit(&chain(&[capital.clone(), exit(400), left.clone()])).unwrap_err();
        assert!(e.reason.contains("authorizes 400"), "{}", e.reason);
        // Owed once: a second request for the same capital is refused.
        let mut second = exit(500);
        if let Event::ExitRequested { exit_id, .. } = &mut second {
            *exit_id = "x2".into();
        }
        assert!(audit(&chain(&[capital, exit(500), second, left])).is_err());
    }

    #[test]
    fn an_electorate_rewritten_to_drop_a_voter_or_add_an_outsider_is_refused() {
        let with = |people: &[&str]| {
            let mut open = opened(None);
            if let Event::DecisionOpened { electorate, .. } = &mut open {
                *electorate = people.iter().map(|p| p.to_string()).collect();
            }
            vec![open]
        };
        audit(&chain(&with(&["a", "b", "c"]))).unwrap();
        let e = audit(&chain(&with(&["a", "b"]))).unwrap_err();
        assert!(
            e.reason.contains("members left out: [\"c\"]"),
            "{}",
            e.reason
        );
        let e = audit(&chain(&with(&["a", "b", "c", "x"]))).unwrap_err();
        assert!(e.reason.contains("not members: [\"x\"]"), "{}", e.reason);
        let e = audit(&chain(&with(&["a", "b", "b", "c"]))).unwrap_err();
        assert!(e.reason.contains("twice"), "{}", e.reason);
        // Someone who left is no longer in the electorate.
        let mut left = vec![Event::PoolMemberLeft {
            pool_id: "p1".into(),
            person_id: "c".into(),
        }];
        left.extend(with(&["a", "b", "c"]));
        assert!(audit(&chain(&left)).is_err());
    }

    #[test]
    fn a_flood_electorate_is_each_person_of_its_member_pools_once() {
        let flood = |double: bool| Event::FloodStarted {
            flood_id: "f1".into(),
            group_id: "g".into(),
            slug: "f".into(),
            name: "F".into(),
            purpose: "P".into(),
            currency: crate::money::Currency::from_code("EUR").unwrap(),
            rules: Rules::default(),
            double_majority: double,
            pool_id: "p1".into(),
        };
        let gift = |pool: &str| Event::MoneyReceived {
            entry_id: format!("g-{pool}"),
            pool_id: pool.into(),
            person_id: "c".into(),
            kind: crate::event::MoneyKind::Gift,
            amount: 100,
            received_on: "2026-11-01".into(),
            method: "cash".into(),
            reference: String::new(),
            postings: ledger::contribution("c", 100, false).unwrap(),
        };
        let join = |pool: &str| Event::FloodCommitted {
            flood_id: "f1".into(),
            pool_id: pool.into(),
            amount: 100,
            pool_entry_id: format!("x-{pool}"),
            flood_entry_id: format!("y-{pool}"),
            pool_postings: ledger::send(100).unwrap(),
            flood_postings: ledger::receive(100).unwrap(),
        };
        let p2 = ["c", "d"].map(|p| Event::PoolMemberJoined {
            pool_id: "p2".into(),
            person_id: p.into(),
            role: crate::membership::PoolRole::Member,
            status: crate::membership::MemberStatus::Active,
            commitment: "We agree.".into(),
            commitment_hash: crate::membership::commitment_hash("We agree."),
        });
        let decision =
            |electorate: &[&str], member_pools: Option<BTreeMap<String, Vec<String>>>| {
                let mut open = opened(None);
                if let Event::DecisionOpened {
                    pool_id,
                    electorate: e,
                    member_pools: m,
                    ..
                } = &mut open
                {
                    *pool_id = "f1".into();
                    *e = electorate.iter().map(|p| p.to_string()).collect();
                    *m = member_pools;
                }
                open
            };
        let journal = |double: bool, d: Event| {
            let mut v: Vec<Event> = p2.to_vec();
            v.extend([
                gift("p1"),
                gift("p2"),
                flood(double),
                join("p1"),
                join("p2"),
                d,
            ]);
            v
        };
        // c is in both pools and votes once.
        audit(&chain(&journal(
            false,
            decision(&["a", "b", "c", "d"], None),
        )))
        .unwrap();
        assert!(audit(&chain(&journal(false, decision(&["a", "b", "c"], None)))).is_err());
        let per_pool: BTreeMap<String, Vec<String>> = [
            ("p1".to_string(), vec!["a".into(), "b".into(), "c".into()]),
            ("p2".to_string(), vec!["c".into(), "d".into()]),
        ]
        .into();
        audit(&chain(&journal(
            true,
            decision(&["a", "b", "c", "d"], Some(per_pool.clone())),
        )))
        .unwrap();
        let mut forged = per_pool.clone();
        forged.get_mut("p2").unwrap().push("z".into());
        assert!(
            audit(&chain(&journal(
                true,
                decision(&["a", "b", "c", "d"], Some(forged))
            )))
            .is_err()
        );
        assert!(
            audit(&chain(&journal(
                true,
                decision(&["a", "b", "c", "d"], None)
            )))
            .is_err()
        );
    }

    #[test]
    fn an_honest_journal_recounts() {
        let events = vec![
            opened(None),
            cast("a", Stance::Agree),
            cast("b", Stance::Disagree),
            cast("b", Stance::Agree),
            Event::DecisionClosed {
                decision_id: "d1".into(),
                outcome: true_outcome(&[Stance::Agree, Stance::Agree]),
            },
        ];
        let s = audit(&chain(&events)).unwrap();
        assert_eq!(s.decisions_checked, 1);
        assert_eq!(s.ballots, 3);
    }

    #[test]
    fn a_forged_result_is_found_even_in_an_intact_chain() {
        let mut forged = true_outcome(&[Stance::Agree, Stance::Disagree]);
        forged.passed = true;
        let events = vec![
            opened(None),
            cast("a", Stance::Agree),
            cast("b", Stance::Disagree),
            Event::DecisionClosed {
                decision_id: "d1".into(),
                outcome: forged,
            },
        ];
        let entries = chain(&events);
        let lines: Vec<String> = entries.iter().map(|e| e.to_line()).collect();
        assert!(crate::journal::verify(lines.iter().map(|s| s.as_str())).is_ok());
        let err = audit(&entries).unwrap_err();
        assert_eq!(err.line, 3 + 4);
        assert!(err.reason.contains("does not match a recount"));
    }

    #[test]
    fn outsiders_and_unpassed_rule_changes_are_found() {
        let err = audit(&chain(&[opened(None), cast("z", Stance::Agree)])).unwrap_err();
        assert!(err.reason.contains("not in its electorate"));
        let new_rules = Rules {
            quorum_percent: 10,
            ..Rules::default()
        };
        let events = vec![
            opened(Some(new_rules.clone())),
            cast("a", Stance::Disagree),
            cast("b", Stance::Disagree),
            Event::DecisionClosed {
                decision_id: "d1".into(),
                outcome: {
                    let m = Method::Proposal;
                    let t = Tally::from_ballots(
                        &m,
                        &[
                            Choice::Proposal(Stance::Disagree),
                            Choice::Proposal(Stance::Disagree),
                        ],
                    );
                    let r = Rules::default();
                    decision::outcome(&m, &t, 3, &r, r.rule_change)
                },
            },
            Event::PoolRulesChanged {
                pool_id: "p1".into(),
                decision_id: "d1".into(),
                rules: new_rules,
            },
        ];
        let err = audit(&chain(&events)).unwrap_err();
        assert_eq!(err.line, 3 + 5);
        assert!(err.reason.contains("did not pass"));
    }
}

//! Decisions, their electorates and ballots.

use super::*;

/// A decision with its running tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Id.
    pub id: String,
    /// Pool.
    pub pool_id: String,
    /// Who proposed it.
    pub proposer_id: String,
    /// The question.
    pub title: String,
    /// Details, in Markdown.
    pub body: String,
    /// How members answer.
    pub method: Method,
    /// For a rule change: the proposed rules.
    pub rule_change: Option<Rules>,
    /// The pool's rules when it opened.
    pub rules: Rules,
    /// When it opened (RFC 3339).
    pub opened_at: String,
    /// When voting ends (RFC 3339).
    pub closes_at: String,
    /// The same, in Unix milliseconds.
    pub closes_at_ms: i64,
    /// Whether voting has ended.
    pub closed: bool,
    /// How many people may vote.
    pub eligible: i64,
    /// The current ballots, added up.
    pub tally: Tally,
    /// The result, once closed.
    pub outcome: Option<Outcome>,
    /// When it closed (RFC 3339).
    pub closed_at: Option<String>,
    /// For a spend proposal: who gets how much, for what.
    pub spend: Option<pools_core::event::Spend>,
    /// For a budgeting round: what it would put in and when.
    pub round: Option<pools_core::budget::RoundPlan>,
    /// Why a passed decision's effect (its payout, budgeting round or Flood
    /// action) did not happen, to be said in the reader's language.
    pub effect_note: Option<pools_core::msg::Msg>,
    /// For an admission vote: the candidate.
    pub admission: Option<String>,
    /// For a pool decision about a Flood: what it does when it passes.
    pub flood_action: Option<pools_core::flood::FloodAction>,
    /// For a Flood decision under the double majority: each member pool's
    /// electorate when voting opened.
    pub member_pools: Option<std::collections::BTreeMap<String, Vec<String>>>,
    /// Once closed: the journal entry that records the result, which anyone
    /// can check an export reaches (`pools verify FILE --head SEQ:HASH`).
    pub closed_entry: Option<pools_core::journal::Head>,
    /// Once closed: the entry of its pool's own chain that records the
    /// result (for a decision closed before its database had chains, where
    /// the split put it).
    pub closed_chain: Option<pools_core::chain::ChainHead>,
    /// Whether the ballots are secret: who voted is known, never how.
    pub secret: bool,
}

/// One person's current ballot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    /// The voter.
    pub person_id: String,
    /// The voter's name.
    pub name: String,
    /// What they chose; none for a secret ballot, which stays sealed.
    pub choice: Option<Choice>,
    /// Their reason.
    pub reason: String,
    /// When they cast it (RFC 3339).
    pub cast_at: String,
    /// The proxy who cast it for them, by id and name; none when they cast
    /// it themselves.
    pub cast_by: Option<(String, String)>,
}

/// A proxy in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyRow {
    /// The pool.
    pub pool_id: String,
    /// The member who named the proxy.
    pub grantor_id: String,
    /// Their name.
    pub grantor_name: String,
    /// The proxy.
    pub proxy_id: String,
    /// Their name.
    pub proxy_name: String,
    /// For one decision (its id and title), or none for all of them.
    pub decision: Option<(String, String)>,
    /// When it was named (RFC 3339).
    pub named_at: String,
}

/// What casting a ballot needs to know of its voter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoterState {
    /// Whether they are in the electorate.
    pub eligible: bool,
    /// Whether they have a current ballot.
    pub voted: bool,
    /// Their current choice, unless it is secret.
    pub choice: Option<Choice>,
}

/// The store's part for decisions, their electorates and ballots.
#[async_trait]
pub trait DecisionsTx: Send {
    /// A decision with its running tally.
    async fn decision(&mut self, id: &str) -> StoreResult<Option<Decision>>;
    /// A pool's decisions, newest first.
    async fn decisions_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<Decision>>;
    /// Open decisions whose closing time has come, soonest first.
    async fn due_decisions(&mut self, now_ms: i64, limit: i64) -> StoreResult<Vec<String>>;
    /// A decision, whether a person is in its electorate, and their current
    /// choice: what casting a ballot needs, in one read.
    async fn decision_for_voter(
        &mut self,
        decision_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<(Decision, VoterState)>>;
    /// Whether a person is in a decision's electorate.
    async fn is_voter(&mut self, decision_id: &str, person_id: &str) -> StoreResult<bool>;
    /// A decision's current ballots, by voter name.
    async fn ballots(&mut self, decision_id: &str) -> StoreResult<Vec<Ballot>>;
    /// One page of a decision's current ballots, by voter name.
    async fn ballots_page(
        &mut self,
        decision_id: &str,
        offset: i64,
        limit: i64,
    ) -> StoreResult<Vec<Ballot>>;
    /// One person's current ballot on a decision.
    async fn ballot_of(
        &mut self,
        decision_id: &str,
        person_id: &str,
    ) -> StoreResult<Option<Ballot>>;
    /// The proxy a member has named in a pool, if any.
    async fn proxy_of(&mut self, pool_id: &str, grantor_id: &str) -> StoreResult<Option<ProxyRow>>;
    /// The grant a person holds as proxy in a pool, if any.
    async fn proxy_held_by(
        &mut self,
        pool_id: &str,
        proxy_id: &str,
    ) -> StoreResult<Option<ProxyRow>>;
    /// Every proxy in force in a pool, by the grantor's name.
    async fn proxies_of_pool(&mut self, pool_id: &str) -> StoreResult<Vec<ProxyRow>>;
    /// The proxies named for one decision.
    async fn proxies_for_decision(&mut self, decision_id: &str) -> StoreResult<Vec<ProxyRow>>;
    /// The open decisions of a pool where a proxy's ballot for a member
    /// stands.
    async fn proxy_ballots(
        &mut self,
        pool_id: &str,
        grantor_id: &str,
        proxy_id: &str,
    ) -> StoreResult<Vec<String>>;
    /// Keeps a secret ballot sealed until the close, replacing the voter's
    /// earlier one. Its `SecretBallotCast` is recorded first.
    async fn seal_ballot(
        &mut self,
        decision_id: &str,
        person_id: &str,
        ballot: &PublishedBallot,
    ) -> StoreResult<()>;
    /// A secret decision's sealed ballots, for its close.
    async fn sealed_ballots(&mut self, decision_id: &str) -> StoreResult<Vec<PublishedBallot>>;
    /// Whether a receipt (its hash) belongs to a sealed ballot.
    async fn is_sealed(&mut self, decision_id: &str, receipt: &str) -> StoreResult<bool>;
    /// One page of a closed secret decision's published ballots, in
    /// receipt order.
    async fn published_ballots(
        &mut self,
        decision_id: &str,
        offset: i64,
        limit: i64,
    ) -> StoreResult<Vec<PublishedBallot>>;
    /// The published ballot under a receipt (its hash).
    async fn published_ballot(
        &mut self,
        decision_id: &str,
        receipt: &str,
    ) -> StoreResult<Option<PublishedBallot>>;
}

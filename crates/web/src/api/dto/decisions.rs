//! The shapes of decisions, ballots, tallies and the journal head.

use super::*;

/// A decision.
#[derive(Serialize, ToSchema)]
pub struct DecisionDto {
    pub id: String,
    pub pool_id: String,
    pub proposer_id: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    pub method: pools_core::decision::Method,
    /// For a rule change: the rules it would adopt.
    pub rule_change: Option<Rules>,
    /// The rules it follows, fixed when it opened.
    pub rules: Rules,
    pub opened_at: String,
    pub closes_at: String,
    /// `open` or `closed`.
    pub status: String,
    /// How many people may vote.
    pub eligible: i64,
    /// The running count; absent while the pool hides results until close.
    pub tally: Option<pools_core::decision::Tally>,
    /// The result, once closed.
    pub outcome: Option<pools_core::decision::Outcome>,
    /// For a spend proposal: who gets how much, for what.
    pub spend: Option<pools_core::event::Spend>,
    /// For a budgeting round: what it puts in and when.
    pub round: Option<pools_core::budget::RoundPlan>,
    /// Why a passed decision's effect (its payout, budgeting round or Flood
    /// action) did not happen, when it did not, in the caller's language.
    pub effect_note: Option<String>,
    /// For an admission vote: the candidate's person id.
    pub admission: Option<String>,
    /// For a decision about a Flood: what it does when it passes.
    pub flood_action: Option<pools_core::flood::FloodAction>,
    /// Once closed: the journal entry that records the result.
    pub closed_entry: Option<HeadDto>,
    /// Once closed: the entry of the pool's own chain that records the
    /// result; check it with `pools verify FILE --head BODY:SEQ:HASH` on
    /// `pools export --pool ID`.
    pub closed_chain: Option<ChainPlaceDto>,
    /// Whether the ballots are secret: who voted is shown, never how; at
    /// the close every ballot is published under its receipt's hash.
    pub secret: bool,
}

/// A point of the hash-chained journal: keep it, and later check that an
/// export reaches it with `pools verify FILE --head SEQ:HASH`.
#[derive(Serialize, ToSchema)]
pub struct HeadDto {
    /// The entry's position in the chain (0 for an empty journal).
    pub seq: i64,
    /// The entry's SHA-256 hash, hex.
    pub hash: String,
    /// Both, as `pools verify --head` takes them: `SEQ:HASH`.
    pub witness: String,
}

/// A place in one of the journal's chains (a pool's, a group's, a
/// person's).
#[derive(Serialize, ToSchema)]
pub struct ChainPlaceDto {
    /// The chain: `pool:ID`, `group:ID` or `person:ID`.
    pub body: String,
    /// The entry's place in it, from 1.
    pub seq: i64,
    /// The entry's SHA-256 hash, hex.
    pub hash: String,
    /// All three, as `pools verify --head` takes them: `BODY:SEQ:HASH`.
    pub witness: String,
}

impl From<pools_core::chain::ChainHead> for ChainPlaceDto {
    fn from(h: pools_core::chain::ChainHead) -> Self {
        ChainPlaceDto {
            witness: format!("{}:{}:{}", h.body, h.seq, h.hash),
            body: h.body,
            seq: h.seq,
            hash: h.hash,
        }
    }
}

impl From<pools_core::journal::Head> for HeadDto {
    fn from(h: pools_core::journal::Head) -> Self {
        HeadDto {
            witness: h.to_string(),
            seq: h.seq,
            hash: h.hash,
        }
    }
}

impl From<pools_app::visibility::SeenDecision> for DecisionDto {
    fn from(seen: pools_app::visibility::SeenDecision) -> Self {
        let (d, hidden) = (seen.decision, seen.hidden);
        DecisionDto {
            status: if d.closed { "closed" } else { "open" }.into(),
            tally: (!hidden).then_some(d.tally),
            id: d.id,
            pool_id: d.pool_id,
            proposer_id: d.proposer_id,
            title: d.title,
            body: d.body,
            method: d.method,
            rule_change: d.rule_change,
            rules: d.rules,
            opened_at: d.opened_at,
            closes_at: d.closes_at,
            eligible: d.eligible,
            outcome: d.outcome,
            spend: d.spend,
            round: d.round,
            effect_note: d.effect_note.as_ref().map(pools_i18n::tell),
            admission: d.admission,
            flood_action: d.flood_action,
            closed_entry: d.closed_entry.map(HeadDto::from),
            closed_chain: d.closed_chain.map(ChainPlaceDto::from),
            secret: d.secret,
        }
    }
}

/// One current ballot.
#[derive(Serialize, ToSchema)]
pub struct BallotDto {
    pub person_id: String,
    pub name: String,
    /// What they chose; absent for a secret ballot, which stays sealed.
    pub choice: Option<pools_core::decision::Choice>,
    pub reason: String,
    pub cast_at: String,
    /// The proxy who cast it for them (person id); absent when they cast it
    /// themselves.
    pub cast_by: Option<String>,
    /// That proxy's name.
    pub cast_by_name: Option<String>,
}

impl From<pools_app::ports::Ballot> for BallotDto {
    fn from(b: pools_app::ports::Ballot) -> Self {
        let (cast_by, cast_by_name) = b.cast_by.unzip();
        BallotDto {
            person_id: b.person_id,
            name: b.name,
            choice: b.choice,
            reason: b.reason,
            cast_at: b.cast_at,
            cast_by,
            cast_by_name,
        }
    }
}

/// A proxy in force: a member votes through another.
#[derive(Serialize, ToSchema)]
pub struct ProxyDto {
    pub pool_id: String,
    /// The member who named the proxy.
    pub grantor_id: String,
    pub grantor_name: String,
    /// The member who votes for them.
    pub proxy_id: String,
    pub proxy_name: String,
    /// For one decision; absent for every decision until revoked.
    pub decision_id: Option<String>,
    pub decision_title: Option<String>,
    pub named_at: String,
}

impl From<pools_app::ports::ProxyRow> for ProxyDto {
    fn from(g: pools_app::ports::ProxyRow) -> Self {
        let (decision_id, decision_title) = g.decision.unzip();
        ProxyDto {
            pool_id: g.pool_id,
            grantor_id: g.grantor_id,
            grantor_name: g.grantor_name,
            proxy_id: g.proxy_id,
            proxy_name: g.proxy_name,
            decision_id,
            decision_title,
            named_at: g.named_at,
        }
    }
}

/// Name the caller's proxy in a pool.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProxyRequest {
    /// The member who will vote for the caller.
    pub proxy_id: String,
    /// For one open decision; absent for every decision until revoked.
    pub decision_id: Option<String>,
}

/// A decision as the caller may see it.
#[derive(Serialize, ToSchema)]
pub struct DecisionViewDto {
    pub decision: DecisionDto,
    /// Whether the count is hidden until close.
    pub hidden: bool,
    /// Whether the caller may vote now.
    pub can_vote: bool,
    /// Whether the caller is in the electorate.
    pub eligible: bool,
    /// The caller's own ballot.
    pub mine: Option<BallotDto>,
    /// This page of ballots, by voter name; empty while hidden.
    pub ballots: Vec<BallotDto>,
    /// Names of the voters on this page.
    pub voters: Vec<String>,
    /// How many have voted.
    pub ballots_total: i64,
    /// This page, from 1.
    pub page: i64,
    /// How many pages there are (100 ballots each).
    pub pages: i64,
    /// The result if voting ended now; absent while hidden.
    pub provisional: Option<pools_core::decision::Outcome>,
    /// The round this decision opened, once it has.
    pub round_id: Option<String>,
    /// A closed secret decision: this page of its ballots as published at
    /// the close, in receipt order, without voters.
    pub published: Vec<pools_core::secret::PublishedBallot>,
}

impl From<pools_app::decisions::DecisionView> for DecisionViewDto {
    fn from(v: pools_app::decisions::DecisionView) -> Self {
        let hidden = v.decision.hidden;
        DecisionViewDto {
            decision: DecisionDto::from(v.decision),
            hidden,
            can_vote: v.can_vote,
            eligible: v.eligible,
            mine: v.mine.map(Into::into),
            ballots: v.ballots.into_iter().map(Into::into).collect(),
            voters: v.voters,
            ballots_total: v.ballot_total,
            page: v.page,
            pages: v.pages,
            provisional: v.provisional,
            round_id: v.round_id,
            published: v.published,
        }
    }
}

/// Open a decision.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDecisionRequest {
    pub title: String,
    #[serde(default)]
    pub body: String,
    pub method: pools_core::decision::Method,
    /// Days voting stays open; the pool's usual period when absent.
    pub voting_days: Option<u16>,
    /// Makes this a rule change that adopts these rules if it passes by the
    /// pool's supermajority. The method must be `proposal`.
    pub rule_change: Option<Rules>,
    /// Makes this a spend proposal: if it passes, a payout of exactly this
    /// amount to this payee is authorized. The method must be `proposal`, and
    /// the amount no more than the pool has available.
    pub spend: Option<pools_core::event::Spend>,
    /// Makes this a participatory budgeting round: if it passes, the amount
    /// is shared equally among the pool's active members, who propose and
    /// fund buckets in the windows set here. The method must be `proposal`,
    /// and the amount no more than the pool has available.
    pub round: Option<pools_core::budget::RoundPlan>,
    /// Makes this a decision about a Flood: start one with this pool as its
    /// first member, join one, add funds, or leave with the pool's share.
    /// The method must be `proposal`; money committed must be available.
    pub flood: Option<pools_core::flood::FloodAction>,
    /// `true` for a secret ballot, `false` for an open one; the pool's rule
    /// (`secret_ballots`) decides when absent and refuses what it does not
    /// allow.
    pub secret: Option<bool>,
}

/// Cast or change a ballot.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BallotRequest {
    pub choice: pools_core::decision::Choice,
    #[serde(default)]
    pub reason: String,
}

/// A ballot just cast.
#[derive(Serialize, ToSchema)]
pub struct VotedDto {
    /// The decision as it now stands.
    #[serde(flatten)]
    pub decision: DecisionDto,
    /// For a secret ballot: its receipt code, given this once (and by
    /// email). At the close the ballot is published under its hash; a new
    /// ballot gets a new receipt and the old one stops counting.
    pub receipt: Option<String>,
}

/// Check a secret ballot's receipt.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReceiptRequest {
    /// The receipt code, as shown when voting (case, spaces and dashes do
    /// not matter).
    pub receipt: String,
}

/// What a receipt check found.
#[derive(Serialize, ToSchema)]
pub struct ReceiptDto {
    /// `counted` (closed, and published as shown), `sealed` (open, and the
    /// receipt of a current ballot) or `unknown` (no current or counted
    /// ballot has it: mistyped, or from a ballot changed since).
    pub status: String,
    /// The ballot as published, once counted.
    pub ballot: Option<pools_core::secret::PublishedBallot>,
    /// The finding in words.
    pub explanation: String,
}

/// A decision's count.
#[derive(Serialize, ToSchema)]
pub struct TallyDto {
    /// `open` or `closed`.
    pub status: String,
    /// How many people may vote.
    pub eligible: i64,
    /// Whether the count is hidden until close.
    pub hidden: bool,
    /// The running count; absent while hidden.
    pub tally: Option<pools_core::decision::Tally>,
    /// The result if voting ended now, or the final one; absent while hidden.
    pub outcome: Option<pools_core::decision::Outcome>,
}

//! The facts the journal records. Each event carries everything needed to
//! rebuild the tables that queries read, so replaying the journal into an
//! empty database reproduces them exactly.

use crate::budget::{BudgetLine, RoundPlan};
use crate::decision::{Choice, Method, Outcome};
use crate::formation::{Details, DocKind, EntityForm, Status};
use crate::ledger::Posting;
use crate::meetup::GroupRole;
use crate::membership::{MemberStatus, PoolRole};
use crate::money::Currency;
use crate::msg::Msg;
use crate::rules::Rules;
use serde::{Deserialize, Serialize};

/// One change of state. Field names are part of the journal format: add new
/// fields with defaults, never rename or remove one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
// Events are built one at a time and written straight to the journal; their
// size in memory does not matter, and boxing fields would only complicate
// the journal's types.
#[allow(clippy::large_enum_variant)]
pub enum Event {
    /// A person created an account.
    PersonRegistered {
        /// The new person's id.
        person_id: String,
        /// Normalized email address.
        email: String,
        /// Display name.
        name: String,
        /// Whether they operate this server (the first account does).
        operator: bool,
    },
    /// A group was created.
    GroupCreated {
        /// The group's id.
        group_id: String,
        /// Its address.
        slug: String,
        /// Its name.
        name: String,
        /// What it is about.
        description: String,
    },
    /// A person joined a group (or became its first organizer).
    GroupJoined {
        /// The group.
        group_id: String,
        /// The new group membership.
        group_member_id: String,
        /// The person.
        person_id: String,
        /// The name shown in the group.
        name: String,
        /// Their role in the group.
        role: GroupRole,
    },
    /// Members were imported from a Meetup export.
    MeetupImported {
        /// The group.
        group_id: String,
        /// The file's name as uploaded, for the record.
        file_name: String,
        /// Members seen for the first time.
        created: Vec<ImportedMember>,
        /// Members already known, with their new details.
        updated: Vec<ImportedMember>,
    },
    /// A person claimed an imported membership through its invite link.
    InviteClaimed {
        /// The group.
        group_id: String,
        /// The imported membership.
        group_member_id: String,
        /// The person who claimed it.
        person_id: String,
        /// The person's earlier, non-imported membership of the group, which
        /// the claimed place replaces (an organizer who created the group and
        /// then found themselves in the Meetup export).
        #[serde(default)]
        replaces: Option<String>,
        /// The role the claimed place ends up with, when it changes.
        #[serde(default)]
        role: Option<GroupRole>,
    },
    /// A pool was created from a group.
    PoolCreated {
        /// The pool's id.
        pool_id: String,
        /// Its group.
        group_id: String,
        /// Its name.
        name: String,
        /// Its currency, fixed for life.
        currency: Currency,
        /// Its starting rules.
        rules: Rules,
        /// Its membership commitment.
        commitment: String,
    },
    /// Organizers edited a draft pool's rules or commitment.
    PoolDraftEdited {
        /// The pool.
        pool_id: String,
        /// The new rules.
        rules: Rules,
        /// The new commitment text.
        commitment: String,
    },
    /// A draft pool opened to members; from now on rules change only by decision.
    PoolOpened {
        /// The pool.
        pool_id: String,
    },
    /// A person accepted the commitment and joined a pool.
    PoolMemberJoined {
        /// The pool.
        pool_id: String,
        /// The person.
        person_id: String,
        /// Their role.
        role: PoolRole,
        /// Active, or pending while a buy-in is owed.
        status: MemberStatus,
        /// The commitment text exactly as shown to them.
        commitment: String,
        /// SHA-256 of that text.
        commitment_hash: String,
    },
    /// A member left a pool.
    PoolMemberLeft {
        /// The pool.
        pool_id: String,
        /// The person.
        person_id: String,
    },
    /// A member opened a decision; the electorate and the rules are fixed now.
    DecisionOpened {
        /// The decision.
        decision_id: String,
        /// Its pool.
        pool_id: String,
        /// Who proposed it.
        proposer_id: String,
        /// The question.
        title: String,
        /// Details, in Markdown.
        body: String,
        /// How members answer.
        method: Method,
        /// For a rule change: the rules it would adopt.
        rule_change: Option<Rules>,
        /// The pool's rules when voting opened, which this decision follows.
        rules: Rules,
        /// When voting ends (RFC 3339).
        closes_at: String,
        /// The people who may vote: the pool's active members at opening.
        electorate: Vec<String>,
        /// For a spend proposal: who gets how much, for what.
        #[serde(default)]
        spend: Option<Spend>,
        /// For a participatory budgeting round: what it would put in and when.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        round: Option<RoundPlan>,
        /// For an admission vote: the candidate.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        admission: Option<String>,
        /// For a pool decision about a Flood: what it does when it passes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        flood_action: Option<crate::flood::FloodAction>,
        /// For a Flood decision under the double majority: each member
        /// pool's electorate when voting opened.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        member_pools: Option<std::collections::BTreeMap<String, Vec<String>>>,
        /// Whether the ballots are secret: the journal then records who
        /// voted, and at the close the shuffled ballots
        /// (`SecretBallotsPublished`), never who cast which.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        secret: bool,
    },
    /// A voter cast or changed a secret ballot. Only that they voted is
    /// recorded; the ballot stays sealed until the close.
    SecretBallotCast {
        /// The decision.
        decision_id: String,
        /// The voter.
        person_id: String,
    },
    /// A voter withdrew their secret ballot.
    SecretBallotWithdrawn {
        /// The decision.
        decision_id: String,
        /// The voter.
        person_id: String,
    },
    /// At the close of a secret decision: every current ballot under the
    /// hash of its receipt, ordered by that hash, with no voter.
    SecretBallotsPublished {
        /// The decision.
        decision_id: String,
        /// The ballots.
        ballots: Vec<crate::secret::PublishedBallot>,
    },
    /// A member cast or changed their ballot, or their proxy did for them.
    BallotCast {
        /// The decision.
        decision_id: String,
        /// The voter: the member whose ballot it is.
        person_id: String,
        /// What they chose.
        choice: Choice,
        /// Why, in their words (may be empty).
        reason: String,
        /// The proxy who cast it for them; absent when they cast it
        /// themselves.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<String>,
    },
    /// A member named another as their proxy, replacing any earlier one.
    ProxyNamed {
        /// The pool.
        pool_id: String,
        /// The member.
        grantor_id: String,
        /// Their proxy.
        proxy_id: String,
        /// For one decision; absent for every decision until revoked.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decision_id: Option<String>,
    },
    /// A proxy ended: revoked by its member, or lapsed (its decision
    /// closed, one of the two left, or the rules switched proxies off).
    ProxyRevoked {
        /// The pool.
        pool_id: String,
        /// The member who had named it.
        grantor_id: String,
        /// Why, in words.
        reason: String,
        /// Why, as a message each reader is told in their own language
        /// (`reason` is its English); absent from journals written before
        /// refusals kept one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<Msg>,
    },
    /// A member withdrew their ballot.
    BallotWithdrawn {
        /// The decision.
        decision_id: String,
        /// The voter.
        person_id: String,
    },
    /// Voting ended and the result was computed from the ballots.
    DecisionClosed {
        /// The decision.
        decision_id: String,
        /// The result, with its explanation.
        outcome: Outcome,
    },
    /// A passed rule-change decision changed the pool's rules.
    PoolRulesChanged {
        /// The pool.
        pool_id: String,
        /// The decision that changed them.
        decision_id: String,
        /// The new rules.
        rules: Rules,
    },
    /// A treasurer recorded money received from a member.
    MoneyReceived {
        /// The ledger entry.
        entry_id: String,
        /// The pool.
        pool_id: String,
        /// The member it came from.
        person_id: String,
        /// Capital, gift or buy-in.
        kind: MoneyKind,
        /// Minor units of the pool's currency.
        amount: i64,
        /// The day the money arrived (YYYY-MM-DD).
        received_on: String,
        /// Bank transfer, cash or card.
        method: String,
        /// The bank's or processor's reference.
        reference: String,
        /// The postings, balanced in both books.
        postings: Vec<Posting>,
    },
    /// A ledger entry was undone by an opposite one.
    EntryReversed {
        /// The new, reversing entry.
        entry_id: String,
        /// The pool.
        pool_id: String,
        /// The entry it undoes.
        reverses: String,
        /// Why.
        reason: String,
        /// The opposite postings.
        postings: Vec<Posting>,
    },
    /// A pending membership became active (its buy-in was paid).
    MembershipActivated {
        /// The pool.
        pool_id: String,
        /// The member.
        person_id: String,
    },
    /// A passed spend proposal authorized a payout of exactly its amount.
    PayoutAuthorized {
        /// The payout.
        payout_id: String,
        /// The ledger entry recording the authorization.
        entry_id: String,
        /// The pool.
        pool_id: String,
        /// The decision that authorized it.
        decision_id: String,
        /// Who is paid, how much, for what.
        spend: Spend,
        /// The postings.
        postings: Vec<Posting>,
        /// For a funded bucket of a budgeting round: the bucket. The decision
        /// is then the one that opened the round.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bucket_id: Option<String>,
    },
    /// A treasurer paid an authorized payout.
    PayoutPaid {
        /// The payout.
        payout_id: String,
        /// The ledger entry recording the payment.
        entry_id: String,
        /// The pool.
        pool_id: String,
        /// The bank's reference.
        reference: String,
        /// The day it was paid (YYYY-MM-DD).
        paid_on: String,
        /// The postings.
        postings: Vec<Posting>,
    },
    /// A treasurer cancelled an authorized payout that will not be paid.
    PayoutCancelled {
        /// The payout.
        payout_id: String,
        /// The ledger entry recording the cancellation.
        entry_id: String,
        /// The pool.
        pool_id: String,
        /// Why.
        reason: String,
        /// The postings.
        postings: Vec<Posting>,
    },
    /// A leaving member's capital is owed back under the exit rule: a
    /// repayment is authorized, due by the rule's deadline.
    ExitRequested {
        /// The repayment.
        exit_id: String,
        /// The ledger entry authorizing it.
        entry_id: String,
        /// The pool.
        pool_id: String,
        /// The leaving member.
        person_id: String,
        /// Their capital account when they left.
        amount: i64,
        /// The last day to repay (YYYY-MM-DD).
        due_on: String,
        /// The postings.
        postings: Vec<Posting>,
    },
    /// A treasurer repaid a leaving member's capital.
    ExitPaid {
        /// The repayment.
        exit_id: String,
        /// The ledger entry recording it.
        entry_id: String,
        /// The pool.
        pool_id: String,
        /// The bank's reference.
        reference: String,
        /// The day it was paid (YYYY-MM-DD).
        paid_on: String,
        /// The postings.
        postings: Vec<Posting>,
    },
    /// A member told the pool they sent money; a treasurer will confirm or reject it.
    MoneyReported {
        /// The report.
        report_id: String,
        /// The pool.
        pool_id: String,
        /// The member.
        person_id: String,
        /// Capital, gift or buy-in.
        kind: MoneyKind,
        /// Minor units.
        amount: i64,
        /// The day they sent it (YYYY-MM-DD).
        sent_on: String,
        /// bank_transfer, cash or card.
        method: String,
        /// Their reference.
        reference: String,
    },
    /// A treasurer confirmed (recording the money) or rejected a report.
    ReportSettled {
        /// The report.
        report_id: String,
        /// The pool.
        pool_id: String,
        /// The entry that recorded the money, when confirmed.
        entry_id: Option<String>,
        /// Why, when rejected.
        reason: String,
    },
    /// A passed decision opened a participatory budgeting round: its amount
    /// is set aside and split equally among the pool's active members.
    RoundOpened {
        /// The round.
        round_id: String,
        /// The ledger entry setting the money aside.
        entry_id: String,
        /// The pool.
        pool_id: String,
        /// The decision that opened it.
        decision_id: String,
        /// The question the decision asked, which names the round.
        title: String,
        /// What the decision set.
        plan: RoundPlan,
        /// Each member's allocation.
        per_member: i64,
        /// What stays with the pool: the amount less the allocations.
        remainder: i64,
        /// The members with an allocation: the pool's active members now.
        members: Vec<String>,
        /// When proposing buckets ends and funding starts (RFC 3339).
        buckets_close_at: String,
        /// When funding ends (RFC 3339).
        funding_close_at: String,
        /// The postings: the allocations set aside.
        postings: Vec<Posting>,
    },
    /// A passed round decision could not open its round, and why.
    RoundNotOpened {
        /// The decision.
        decision_id: String,
        /// The pool.
        pool_id: String,
        /// Why, in words.
        reason: String,
        /// Why, as a message each reader is told in their own language
        /// (`reason` is its English); absent from journals written before
        /// refusals kept one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<Msg>,
    },
    /// A member proposed a bucket in a round.
    BucketCreated {
        /// The bucket.
        bucket_id: String,
        /// The round.
        round_id: String,
        /// The pool.
        pool_id: String,
        /// Its name.
        title: String,
        /// What it is, in Markdown.
        description: String,
        /// The members behind it, who receive its payout; the proposer first.
        co_creators: Vec<String>,
        /// What it needs money for.
        lines: Vec<BudgetLine>,
    },
    /// A member flagged a bucket as against the round's guidelines.
    BucketFlagged {
        /// The bucket.
        bucket_id: String,
        /// The member.
        person_id: String,
        /// Why.
        reason: String,
    },
    /// A member put part of their allocation into a bucket.
    BucketFunded {
        /// This contribution.
        funding_id: String,
        /// The bucket.
        bucket_id: String,
        /// The round.
        round_id: String,
        /// The member.
        person_id: String,
        /// Minor units.
        amount: i64,
    },
    /// A bucket was cancelled while its round was open: every contribution
    /// goes back to the member's allocation.
    BucketCancelled {
        /// The bucket.
        bucket_id: String,
        /// The round.
        round_id: String,
        /// Why.
        reason: String,
        /// What each member gets back.
        refunds: Vec<Refund>,
    },
    /// A round's funding window ended: buckets that reached their minimum are
    /// funded (each gets a payout of its own), the rest goes back to the pool.
    RoundClosed {
        /// The round.
        round_id: String,
        /// The ledger entry giving back the money set aside.
        entry_id: String,
        /// The pool.
        pool_id: String,
        /// Each open bucket's fate.
        buckets: Vec<BucketResult>,
        /// The postings: the allocations given back.
        postings: Vec<Posting>,
    },
    /// An organizer started turning the pool into a legal entity.
    FormationStarted {
        /// The formation.
        formation_id: String,
        /// The pool.
        pool_id: String,
        /// The legal form.
        form: EntityForm,
        /// What the documents will state.
        details: Details,
    },
    /// Organizers changed the form or details while drafting.
    FormationEdited {
        /// The formation.
        formation_id: String,
        /// The legal form.
        form: EntityForm,
        /// The new details.
        details: Details,
    },
    /// The formation moved along its checklist.
    FormationAdvanced {
        /// The formation.
        formation_id: String,
        /// The new status.
        status: Status,
    },
    /// A version of the documents was generated from the pool's rules: first
    /// when signing starts, then each time a decision changes the rules.
    DocumentsGenerated {
        /// The formation.
        formation_id: String,
        /// 1, 2, ...
        version: i64,
        /// The rules the documents state.
        rules: Rules,
        /// The day printed on them (YYYY-MM-DD).
        generated_on: String,
        /// Why this version exists.
        reason: String,
        /// Each document's SHA-256.
        documents: Vec<DocumentHash>,
    },
    /// A member signed one document of one version.
    DocumentSigned {
        /// The formation.
        formation_id: String,
        /// The version.
        version: i64,
        /// The document.
        kind: DocKind,
        /// The signer.
        person_id: String,
        /// The full name they typed.
        typed_name: String,
        /// The SHA-256 of the text they signed.
        sha256: String,
    },
    /// A passed pool decision started a Flood.
    FloodStarted {
        /// The Flood (also its id as a body in the pools table).
        flood_id: String,
        /// The Flood's own group, which no directory lists.
        group_id: String,
        /// Its group's address.
        slug: String,
        /// Its name.
        name: String,
        /// The shared project.
        purpose: String,
        /// Its currency: the founding pool's.
        currency: crate::money::Currency,
        /// Its rules: the founding pool's when it started.
        rules: Rules,
        /// Whether decisions also need a majority of member pools.
        double_majority: bool,
        /// The founding pool.
        pool_id: String,
    },
    /// A pool committed money to a Flood, joining it or adding funds.
    FloodCommitted {
        /// The Flood.
        flood_id: String,
        /// The pool.
        pool_id: String,
        /// Minor units.
        amount: i64,
        /// The pool's ledger entry (money out).
        pool_entry_id: String,
        /// The Flood's ledger entry (money in).
        flood_entry_id: String,
        /// The pool's postings.
        pool_postings: Vec<Posting>,
        /// The Flood's postings.
        flood_postings: Vec<Posting>,
    },
    /// A pool left a Flood with its share of what the Flood had available.
    FloodLeft {
        /// The Flood.
        flood_id: String,
        /// The pool.
        pool_id: String,
        /// Minor units the pool received (may be zero).
        amount: i64,
        /// The pool's ledger entry, when money moved.
        pool_entry_id: Option<String>,
        /// The Flood's ledger entry, when money moved.
        flood_entry_id: Option<String>,
        /// The pool's postings.
        pool_postings: Vec<Posting>,
        /// The Flood's postings.
        flood_postings: Vec<Posting>,
        /// Whether this was the last pool, so the Flood dissolved.
        dissolved: bool,
    },
    /// A member of a member pool signed a version of a Flood's joint project
    /// agreement.
    FloodAgreementSigned {
        /// The Flood.
        flood_id: String,
        /// The version.
        version: i64,
        /// The signer.
        person_id: String,
        /// The full name they typed.
        typed_name: String,
        /// The SHA-256 of the text they signed.
        sha256: String,
    },
    /// A passed pool decision about a Flood could not be carried out, and why.
    FloodActionRefused {
        /// The decision.
        decision_id: String,
        /// The pool.
        pool_id: String,
        /// Why, in words.
        reason: String,
        /// Why, as a message each reader is told in their own language
        /// (`reason` is its English); absent from journals written before
        /// refusals kept one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<Msg>,
    },
    /// A passed spend proposal could not authorize its payout, because the
    /// pool no longer had the money available when voting closed, and why.
    SpendRefused {
        /// The decision.
        decision_id: String,
        /// The pool (or Flood).
        pool_id: String,
        /// What the pool had available at the close, in minor units.
        available: i64,
        /// Why, in words.
        reason: String,
        /// Why, as a message each reader is told in their own language
        /// (`reason` is its English); absent from journals written before
        /// refusals kept one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<Msg>,
    },
    /// A member's role changed.
    PoolRoleChanged {
        /// The pool.
        pool_id: String,
        /// The person.
        person_id: String,
        /// The new role.
        role: PoolRole,
    },
    /// Organizers set the time zone the pool's times are shown in to
    /// readers who chose none, and in its messages (none: UTC).
    PoolTimeZoneSet {
        /// The pool.
        pool_id: String,
        /// An IANA time zone name, like `Europe/Paris`.
        time_zone: Option<String>,
    },
    /// A member started a discussion that has no vote.
    DiscussionStarted {
        /// The discussion, which is also its thread.
        discussion_id: String,
        /// Its pool (or Flood).
        pool_id: String,
        /// Who started it.
        author_id: String,
        /// What it is about.
        title: String,
        /// The opening text, in Markdown.
        body: String,
        /// The members it mentions, resolved when it was posted.
        mentions: Vec<String>,
    },
    /// A member commented in a thread: a decision's, or a discussion's.
    CommentPosted {
        /// The comment.
        comment_id: String,
        /// The pool (or Flood) of the thread.
        pool_id: String,
        /// The decision or discussion it belongs to.
        thread_id: String,
        /// The comment it replies to, which is not itself a reply.
        parent_id: Option<String>,
        /// Who wrote it.
        author_id: String,
        /// What they wrote, in Markdown.
        body: String,
        /// The members it mentions, resolved when it was posted.
        mentions: Vec<String>,
    },
    /// A comment's author changed what it says; the page shows it edited.
    CommentEdited {
        /// The comment.
        comment_id: String,
        /// Who edited it: always its author.
        person_id: String,
        /// The new text.
        body: String,
        /// The members the new text mentions.
        mentions: Vec<String>,
    },
    /// A comment was hidden by its author or an organizer, with the reason.
    CommentHidden {
        /// The comment.
        comment_id: String,
        /// Who hid it.
        person_id: String,
        /// Why, in words.
        reason: String,
    },
}

/// A member row of an import, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportedMember {
    /// The group membership this row is.
    pub group_member_id: String,
    /// Meetup's member number, the import key.
    pub meetup_member_id: i64,
    /// Name as exported.
    pub name: String,
    /// Role derived from the export.
    pub role: GroupRole,
    /// Meetup's own role label, if any.
    pub meetup_role: Option<String>,
    /// Location, if exported.
    pub location: Option<String>,
    /// Date joined on Meetup, ISO 8601.
    pub joined_on: Option<String>,
    /// Intro text.
    pub intro: Option<String>,
    /// Meetup profile address.
    pub profile_url: Option<String>,
    /// Answers to the group's join questions.
    pub answers: Vec<(String, String)>,
}

/// The part of the domain an event changes: each aggregate has its own
/// projection in the store and its own checks in `pools verify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aggregate {
    /// People and their accounts.
    People,
    /// Groups and their members.
    Groups,
    /// Pools, their rules and members.
    Pools,
    /// Decisions and ballots, and the notes a close leaves on its decision.
    Decisions,
    /// The ledger: money in, reversals, payouts, exits and money reports.
    Ledger,
    /// Budgeting rounds and their buckets.
    Budgeting,
    /// Legal formation.
    Formation,
    /// Floods and their member pools.
    Floods,
    /// Discussions and the comments of every thread.
    Discussion,
}

impl Event {
    /// The aggregate this event changes.
    pub fn aggregate(&self) -> Aggregate {
        match self {
            Event::PersonRegistered { .. } => Aggregate::People,
            Event::GroupCreated { .. }
            | Event::GroupJoined { .. }
            | Event::MeetupImported { .. }
            | Event::InviteClaimed { .. } => Aggregate::Groups,
            Event::PoolCreated { .. }
            | Event::PoolDraftEdited { .. }
            | Event::PoolOpened { .. }
            | Event::PoolMemberJoined { .. }
            | Event::PoolMemberLeft { .. }
            | Event::PoolRulesChanged { .. }
            | Event::MembershipActivated { .. }
            | Event::PoolRoleChanged { .. }
            | Event::PoolTimeZoneSet { .. } => Aggregate::Pools,
            Event::DecisionOpened { .. }
            | Event::BallotCast { .. }
            | Event::BallotWithdrawn { .. }
            | Event::SecretBallotCast { .. }
            | Event::SecretBallotWithdrawn { .. }
            | Event::SecretBallotsPublished { .. }
            | Event::ProxyNamed { .. }
            | Event::ProxyRevoked { .. }
            | Event::DecisionClosed { .. }
            | Event::SpendRefused { .. }
            | Event::RoundNotOpened { .. }
            | Event::FloodActionRefused { .. } => Aggregate::Decisions,
            Event::MoneyReceived { .. }
            | Event::EntryReversed { .. }
            | Event::PayoutAuthorized { .. }
            | Event::PayoutPaid { .. }
            | Event::PayoutCancelled { .. }
            | Event::ExitRequested { .. }
            | Event::ExitPaid { .. }
            | Event::MoneyReported { .. }
            | Event::ReportSettled { .. } => Aggregate::Ledger,
            Event::RoundOpened { .. }
            | Event::BucketCreated { .. }
            | Event::BucketFlagged { .. }
            | Event::BucketFunded { .. }
            | Event::BucketCancelled { .. }
            | Event::RoundClosed { .. } => Aggregate::Budgeting,
            Event::FormationStarted { .. }
            | Event::FormationEdited { .. }
            | Event::FormationAdvanced { .. }
            | Event::DocumentsGenerated { .. }
            | Event::DocumentSigned { .. } => Aggregate::Formation,
            Event::FloodStarted { .. }
            | Event::FloodCommitted { .. }
            | Event::FloodLeft { .. }
            | Event::FloodAgreementSigned { .. } => Aggregate::Floods,
            Event::DiscussionStarted { .. }
            | Event::CommentPosted { .. }
            | Event::CommentEdited { .. }
            | Event::CommentHidden { .. } => Aggregate::Discussion,
        }
    }

    /// The event's type name as written in the journal.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::PersonRegistered { .. } => "person_registered",
            Event::GroupCreated { .. } => "group_created",
            Event::GroupJoined { .. } => "group_joined",
            Event::MeetupImported { .. } => "meetup_imported",
            Event::InviteClaimed { .. } => "invite_claimed",
            Event::PoolCreated { .. } => "pool_created",
            Event::PoolDraftEdited { .. } => "pool_draft_edited",
            Event::PoolOpened { .. } => "pool_opened",
            Event::PoolMemberJoined { .. } => "pool_member_joined",
            Event::PoolMemberLeft { .. } => "pool_member_left",
            Event::PoolRoleChanged { .. } => "pool_role_changed",
            Event::PoolTimeZoneSet { .. } => "pool_time_zone_set",
            Event::MoneyReceived { .. } => "money_received",
            Event::EntryReversed { .. } => "entry_reversed",
            Event::MembershipActivated { .. } => "membership_activated",
            Event::PayoutAuthorized { .. } => "payout_authorized",
            Event::PayoutPaid { .. } => "payout_paid",
            Event::PayoutCancelled { .. } => "payout_cancelled",
            Event::ExitRequested { .. } => "exit_requested",
            Event::ExitPaid { .. } => "exit_paid",
            Event::MoneyReported { .. } => "money_reported",
            Event::ReportSettled { .. } => "report_settled",
            Event::DecisionOpened { .. } => "decision_opened",
            Event::BallotCast { .. } => "ballot_cast",
            Event::BallotWithdrawn { .. } => "ballot_withdrawn",
            Event::SecretBallotCast { .. } => "secret_ballot_cast",
            Event::SecretBallotWithdrawn { .. } => "secret_ballot_withdrawn",
            Event::SecretBallotsPublished { .. } => "secret_ballots_published",
            Event::ProxyNamed { .. } => "proxy_named",
            Event::ProxyRevoked { .. } => "proxy_revoked",
            Event::DecisionClosed { .. } => "decision_closed",
            Event::PoolRulesChanged { .. } => "pool_rules_changed",
            Event::RoundOpened { .. } => "round_opened",
            Event::RoundNotOpened { .. } => "round_not_opened",
            Event::FloodStarted { .. } => "flood_started",
            Event::FloodCommitted { .. } => "flood_committed",
            Event::FloodLeft { .. } => "flood_left",
            Event::FloodActionRefused { .. } => "flood_action_refused",
            Event::SpendRefused { .. } => "spend_refused",
            Event::FloodAgreementSigned { .. } => "flood_agreement_signed",
            Event::BucketCreated { .. } => "bucket_created",
            Event::BucketFlagged { .. } => "bucket_flagged",
            Event::BucketFunded { .. } => "bucket_funded",
            Event::BucketCancelled { .. } => "bucket_cancelled",
            Event::RoundClosed { .. } => "round_closed",
            Event::FormationStarted { .. } => "formation_started",
            Event::FormationEdited { .. } => "formation_edited",
            Event::FormationAdvanced { .. } => "formation_advanced",
            Event::DocumentsGenerated { .. } => "documents_generated",
            Event::DocumentSigned { .. } => "document_signed",
            Event::DiscussionStarted { .. } => "discussion_started",
            Event::CommentPosted { .. } => "comment_posted",
            Event::CommentEdited { .. } => "comment_edited",
            Event::CommentHidden { .. } => "comment_hidden",
        }
    }
}

crate::stored_enum! {
    /// What money a member put in is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum MoneyKind {
        /// Capital the member may get back under the exit rule.
        Capital => "capital",
        /// A gift to the pool, not refundable.
        Gift => "gift",
        /// The buy-in that completes a membership; kept as capital.
        BuyIn => "buy_in",
    }
}

impl MoneyKind {
    /// Whether the member may get it back.
    pub fn is_capital(self) -> bool {
        !matches!(self, MoneyKind::Gift)
    }
}

/// What a spend proposal asks to pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Spend {
    /// Who is paid.
    pub payee: String,
    /// Minor units of the pool's currency.
    pub amount: i64,
    /// What for.
    pub purpose: String,
}

/// Money a cancelled bucket gives back to one member's allocation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refund {
    /// The member.
    pub person_id: String,
    /// Minor units.
    pub amount: i64,
}

/// A bucket's fate at its round's close.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BucketResult {
    /// The bucket.
    pub bucket_id: String,
    /// What its members put in.
    pub total: i64,
    /// Whether it reached its minimum and is paid out.
    pub funded: bool,
}

/// One document's hash in a generated version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentHash {
    /// The document.
    pub kind: DocKind,
    /// SHA-256 of its text, hex-encoded.
    pub sha256: String,
}

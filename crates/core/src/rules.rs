//! The small set of rules a pool chooses, their validation, and their
//! plain-words description. One person, one vote is deliberately absent: it is
//! not a setting, so there is no field that could weaken it.

use crate::money::{Currency, Money};
use crate::msg::{Msg, told};
use serde::{Deserialize, Serialize};

/// The share of agree among agree + disagree that a decision needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Threshold {
    /// Strictly more than half.
    Majority,
    /// At least two thirds.
    TwoThirds,
    /// At least three quarters.
    ThreeQuarters,
    /// Everyone who voted agree or disagree agreed.
    Unanimity,
}

impl Threshold {
    /// Every threshold, weakest first.
    pub const ALL: [Threshold; 4] = [
        Threshold::Majority,
        Threshold::TwoThirds,
        Threshold::ThreeQuarters,
        Threshold::Unanimity,
    ];

    /// Whether `agree` out of `agree + disagree` meets this threshold, in
    /// integer arithmetic so that no rounding can flip a result.
    pub fn is_met(self, agree: u64, disagree: u64) -> bool {
        let total = agree + disagree;
        if total == 0 {
            return false;
        }
        match self {
            Threshold::Majority => agree * 2 > total,
            Threshold::TwoThirds => agree * 3 >= total * 2,
            Threshold::ThreeQuarters => agree * 4 >= total * 3,
            Threshold::Unanimity => disagree == 0,
        }
    }

    /// The stable identifier used in forms and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Threshold::Majority => "majority",
            Threshold::TwoThirds => "two_thirds",
            Threshold::ThreeQuarters => "three_quarters",
            Threshold::Unanimity => "unanimity",
        }
    }

    /// Parses the identifier used in forms and the API.
    pub fn parse(s: &str) -> Option<Threshold> {
        Threshold::ALL.into_iter().find(|t| t.as_str() == s.trim())
    }

    /// The id of the message that says it in any language.
    pub fn msg_id(self) -> &'static str {
        match self {
            Threshold::Majority => "threshold-majority",
            Threshold::TwoThirds => "threshold-two-thirds",
            Threshold::ThreeQuarters => "threshold-three-quarters",
            Threshold::Unanimity => "threshold-unanimity",
        }
    }

    /// Plain words, as used in sentences: "more than half".
    pub fn words(self) -> &'static str {
        match self {
            Threshold::Majority => "more than half",
            Threshold::TwoThirds => "at least two thirds",
            Threshold::ThreeQuarters => "at least three quarters",
            Threshold::Unanimity => "everyone (unanimity)",
        }
    }
}

/// Who may open a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Proposers {
    /// Any pool member.
    AnyMember,
    /// Only organizers.
    Organizers,
}

/// How a new member is admitted once they have accepted the commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Admission {
    /// Joining is immediate (after any buy-in is paid).
    Automatic,
    /// The members vote on each candidate.
    ByVote,
}

/// Whether a pool decides by secret ballot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SecretBallots {
    /// Every ballot is shown with its voter's name.
    #[default]
    Never,
    /// Whoever opens a decision chooses whether its ballots are secret.
    Optional,
    /// Every decision is taken by secret ballot.
    Always,
}

impl SecretBallots {
    /// Every choice, in the order forms show them.
    pub const ALL: [SecretBallots; 3] = [
        SecretBallots::Never,
        SecretBallots::Optional,
        SecretBallots::Always,
    ];

    /// The stable identifier used in forms and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            SecretBallots::Never => "never",
            SecretBallots::Optional => "optional",
            SecretBallots::Always => "always",
        }
    }

    /// Parses the identifier used in forms and the API.
    pub fn parse(s: &str) -> Option<SecretBallots> {
        SecretBallots::ALL
            .into_iter()
            .find(|x| x.as_str() == s.trim())
    }

    /// Whether a decision is secret, given what its proposer asked for
    /// (nothing, secret, or open), or why that cannot be.
    pub fn decide(self, asked: Option<bool>) -> Result<bool, RuleError> {
        match (self, asked) {
            (SecretBallots::Never, Some(true)) => Err(RuleError::new(
                "secret",
                Msg::new("error-core-rules-secret-never"),
                || {
                    "this pool's rules show every ballot with its voter's name: change the rules by decision to allow secret ballots".into()
                },
            )),
            (SecretBallots::Always, Some(false)) => Err(RuleError::new(
                "secret",
                Msg::new("error-core-rules-secret-always"),
                || "this pool's rules make every decision a secret ballot".into(),
            )),
            (SecretBallots::Never, _) => Ok(false),
            (SecretBallots::Always, _) => Ok(true),
            (SecretBallots::Optional, asked) => Ok(asked.unwrap_or(false)),
        }
    }
}

/// A pool's rules. Changed only while the pool is a draft, or by a passed
/// rule-change decision once it is open.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rules {
    /// Percent of eligible members who must cast a ballot, abstentions included.
    pub quorum_percent: u8,
    /// Share of agree among agree + disagree needed to pass.
    pub approval: Threshold,
    /// Whether a single block stops a proposal.
    pub blocks: bool,
    /// Shortest time a decision may stay open, in days.
    pub min_voting_days: u16,
    /// Default time a decision stays open, in days.
    pub default_voting_days: u16,
    /// Longest time a decision may stay open, in days.
    pub max_voting_days: u16,
    /// Who may propose.
    pub proposers: Proposers,
    /// Buy-in in the pool currency's minor unit; 0 means none.
    pub buy_in_minor: i64,
    /// Whether joining requires signing the membership commitment.
    pub commitment_required: bool,
    /// How new members are admitted.
    pub admission: Admission,
    /// The supermajority that a change of these rules needs.
    pub rule_change: Threshold,
    /// Days the pool has to repay a leaving member's capital account.
    pub exit_repay_days: u16,
    /// Whether tallies stay hidden until a decision closes.
    #[serde(default)]
    pub hide_results: bool,
    /// Whether a decision closes as soon as every eligible member has voted.
    #[serde(default)]
    pub close_early: bool,
    /// Whether decisions are taken by secret ballot.
    #[serde(default)]
    pub secret_ballots: SecretBallots,
    /// Whether a member may name another member as their proxy
    /// (`core/src/proxy.rs` holds the rules, which no setting changes).
    #[serde(default)]
    pub proxies: bool,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            quorum_percent: 50,
            approval: Threshold::Majority,
            blocks: false,
            min_voting_days: 2,
            default_voting_days: 7,
            max_voting_days: 14,
            proposers: Proposers::AnyMember,
            buy_in_minor: 0,
            commitment_required: true,
            admission: Admission::Automatic,
            rule_change: Threshold::TwoThirds,
            exit_repay_days: 90,
            hide_results: false,
            close_early: false,
            secret_ballots: SecretBallots::Never,
            proxies: false,
        }
    }
}

/// One sentence of the rules in plain words, as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleLine {
    /// One person, one vote, built in.
    OneVote,
    /// The quorum, in percent.
    Quorum(u8),
    /// What a proposal needs.
    Approval(Threshold),
    /// Whether a block stops a proposal.
    Blocks(bool),
    /// How long decisions stay open, in days.
    VotingDays {
        /// Usually.
        default: u16,
        /// At least.
        min: u16,
        /// At most.
        max: u16,
    },
    /// Who may propose.
    Proposers(Proposers),
    /// The buy-in in minor units (0: none).
    BuyIn(i64),
    /// Whether joining takes signing the commitment.
    Commitment(bool),
    /// How new members are admitted.
    Admission(Admission),
    /// What changing the rules needs.
    RuleChange(Threshold),
    /// Days to repay a leaving member.
    Exit(u16),
    /// Whether counts stay hidden until the close.
    HideResults(bool),
    /// Decisions close once everyone has voted.
    CloseEarly,
    /// Proxies are allowed.
    Proxies,
    /// Secret ballots, optional or always.
    Secret(SecretBallots),
}

impl RuleLine {
    /// The sentence in English.
    pub fn english(&self, currency: Currency) -> String {
        match *self {
            RuleLine::OneVote => "Every member has exactly one vote, whatever they put in. This is built in and no rule can change it.".to_string(),
            RuleLine::Quorum(q) => format!(
                "A decision counts only if at least {q}% of the members who could vote cast a ballot (abstaining counts as taking part)."
            ),
            RuleLine::Approval(t) => format!(
                "A proposal passes when {} of those who agree or disagree agree.",
                t.words()
            ),
            RuleLine::Blocks(true) => {
                "Any single member can block a proposal, with a reason, and a block stops it.".into()
            }
            RuleLine::Blocks(false) => {
                "Blocks are counted as disagreement; a single member cannot stop a proposal alone."
                    .into()
            }
            RuleLine::VotingDays { default, min, max } => format!(
                "Decisions stay open for {default} day{} unless the proposer chooses between {min} and {max} days.",
                if default == 1 { "" } else { "s" },
            ),
            RuleLine::Proposers(Proposers::AnyMember) => "Any member can make a proposal.".into(),
            RuleLine::Proposers(Proposers::Organizers) => {
                "Only organizers can make proposals.".into()
            }
            RuleLine::BuyIn(m) if m <= 0 => "There is no buy-in: joining costs nothing.".into(),
            RuleLine::BuyIn(minor) => format!(
                "Joining takes a buy-in of {}, which stays in the member's capital account.",
                Money::new(minor, currency)
            ),
            RuleLine::Commitment(true) => {
                "Members join by signing the membership commitment.".into()
            }
            RuleLine::Commitment(false) => "Members join without signing a commitment.".into(),
            RuleLine::Admission(Admission::Automatic) => {
                "Anyone in the group who meets these terms is admitted.".into()
            }
            RuleLine::Admission(Admission::ByVote) => {
                "The members vote on admitting each new member.".into()
            }
            RuleLine::RuleChange(t) => format!(
                "Changing these rules takes a decision where {} agree.",
                t.words()
            ),
            RuleLine::Exit(days) => format!(
                "A member who leaves gets their capital account back within {days} days."
            ),
            RuleLine::HideResults(true) => "Results stay hidden until a decision closes.".into(),
            RuleLine::HideResults(false) => {
                "Everyone can follow the count while a decision is open.".into()
            }
            RuleLine::CloseEarly => {
                "A decision closes early once every member who can vote has voted.".into()
            }
            RuleLine::Proxies => "A member may name another member as their proxy, for one decision or all of them until revoked. Nobody holds more than one proxy, a member's own ballot always counts over their proxy's, and every proxy is shown to the pool. Secret ballots take no proxies.".into(),
            RuleLine::Secret(SecretBallots::Always) => "Every decision is a secret ballot: members see who voted, never how, and anyone can recount the result.".into(),
            RuleLine::Secret(_) => "Whoever opens a decision may make it a secret ballot: members then see who voted, never how, and anyone can recount the result.".into(),
        }
    }
}

/// A rule value that is not allowed, naming the field and the fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct RuleError {
    /// The field, as named in forms and the API.
    pub field: &'static str,
    /// What is wrong and how to fix it, said for the reader.
    pub message: String,
    /// The same, as a message any language can say.
    pub msg: Msg,
}

impl RuleError {
    /// The error for `field`: `msg`, said for the reader, else `english`.
    fn new(field: &'static str, msg: Msg, english: impl FnOnce() -> String) -> RuleError {
        RuleError {
            field,
            message: told(&msg, english),
            msg,
        }
    }
}

/// The longest voting period a pool may choose, in days.
pub const MAX_VOTING_DAYS: u16 = 365;
/// The longest exit repayment window, in days (five years).
pub const MAX_EXIT_DAYS: u16 = 1825;

impl Rules {
    /// Checks every rule, returning all problems at once so a form can show them together.
    pub fn validate(&self) -> Result<(), Vec<RuleError>> {
        let mut errors = Vec::new();
        let mut err = |field: &'static str, msg: Msg, english: String| {
            errors.push(RuleError::new(field, msg, || english))
        };
        let (min, max) = (self.min_voting_days, self.max_voting_days);
        if self.quorum_percent > 100 {
            err(
                "quorum_percent",
                Msg::new("error-core-rules-quorum").num("percent", self.quorum_percent as i64),
                format!(
                    "a quorum of {}% is impossible: choose a percentage from 0 to 100",
                    self.quorum_percent
                ),
            );
        }
        if min == 0 {
            err(
                "min_voting_days",
                Msg::new("error-core-rules-min-days"),
                "decisions must stay open at least 1 day so every member can see them".into(),
            );
        }
        if max > MAX_VOTING_DAYS {
            err(
                "max_voting_days",
                Msg::new("error-core-rules-max-days").num("max", MAX_VOTING_DAYS as i64),
                format!("the longest voting period allowed is {MAX_VOTING_DAYS} days"),
            );
        }
        if min > max {
            err(
                "min_voting_days",
                Msg::new("error-core-rules-days-order")
                    .num("min", min as i64)
                    .num("max", max as i64),
                format!(
                    "the shortest voting period ({min} days) is longer than the longest ({max} days): make the shortest smaller or the longest larger"
                ),
            );
        } else if self.default_voting_days < min || self.default_voting_days > max {
            err(
                "default_voting_days",
                Msg::new("error-core-rules-usual-days")
                    .num("min", min as i64)
                    .num("max", max as i64),
                format!("the usual voting period must be between {min} and {max} days"),
            );
        }
        if self.buy_in_minor < 0 {
            err(
                "buy_in",
                Msg::new("error-core-rules-buy-in"),
                "a buy-in cannot be negative: enter 0 for no buy-in".into(),
            );
        }
        if self.rule_change < self.approval {
            err(
                "rule_change",
                Msg::new("error-core-rules-rule-change")
                    .msg("threshold", Msg::new(self.approval.msg_id())),
                format!(
                    "changing the rules must need at least as much agreement as an ordinary decision ({}); choose {} or stricter",
                    self.approval.words(),
                    self.approval.words()
                ),
            );
        }
        if self.exit_repay_days > MAX_EXIT_DAYS {
            err(
                "exit_repay_days",
                Msg::new("error-core-rules-exit-days").num("max", MAX_EXIT_DAYS as i64),
                format!("the exit repayment window can be at most {MAX_EXIT_DAYS} days"),
            );
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The rules in plain words, one sentence each. Pages, the API and (later)
    /// the generated documents all read this one description.
    pub fn describe(&self, currency: Currency) -> Vec<String> {
        self.lines().iter().map(|l| l.english(currency)).collect()
    }

    /// The rules as the sentences `describe` says, as data, so that any
    /// language can say them.
    pub fn lines(&self) -> Vec<RuleLine> {
        let mut v = vec![
            RuleLine::OneVote,
            RuleLine::Quorum(self.quorum_percent),
            RuleLine::Approval(self.approval),
            RuleLine::Blocks(self.blocks),
            RuleLine::VotingDays {
                default: self.default_voting_days,
                min: self.min_voting_days,
                max: self.max_voting_days,
            },
            RuleLine::Proposers(self.proposers),
            RuleLine::BuyIn(self.buy_in_minor),
            RuleLine::Commitment(self.commitment_required),
            RuleLine::Admission(self.admission),
            RuleLine::RuleChange(self.rule_change),
            RuleLine::Exit(self.exit_repay_days),
            RuleLine::HideResults(self.hide_results),
        ];
        if self.close_early {
            v.push(RuleLine::CloseEarly);
        }
        if self.proxies {
            v.push(RuleLine::Proxies);
        }
        if self.secret_ballots != SecretBallots::Never {
            v.push(RuleLine::Secret(self.secret_ballots));
        }
        v
    }

    /// The number of ballots a decision needs for quorum, given the size of
    /// its electorate: the smallest whole number of people reaching the
    /// percentage, never a fraction of a person.
    pub fn quorum_count(&self, eligible: u64) -> u64 {
        (eligible * self.quorum_percent as u64).div_ceil(100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn defaults_match_the_product_description() {
        let r = Rules::default();
        assert!(r.validate().is_ok());
        assert_eq!(r.quorum_percent, 50);
        assert_eq!(r.approval, Threshold::Majority);
        assert_eq!(r.rule_change, Threshold::TwoThirds);
        assert_eq!(
            (r.min_voting_days, r.default_voting_days, r.max_voting_days),
            (2, 7, 14)
        );
        assert_eq!(r.exit_repay_days, 90);
    }

    #[test]
    fn majority_is_strictly_more_than_half() {
        assert!(!Threshold::Majority.is_met(5, 5));
        assert!(Threshold::Majority.is_met(6, 5));
        assert!(Threshold::TwoThirds.is_met(2, 1));
        assert!(!Threshold::TwoThirds.is_met(3, 2));
        assert!(Threshold::ThreeQuarters.is_met(3, 1));
        assert!(!Threshold::Unanimity.is_met(9, 1));
        assert!(!Threshold::Unanimity.is_met(0, 0));
    }

    #[test]
    fn rule_change_cannot_be_weaker_than_approval() {
        let r = Rules {
            approval: Threshold::ThreeQuarters,
            rule_change: Threshold::TwoThirds,
            ..Rules::default()
        };
        let errs = r.validate().unwrap_err();
        assert_eq!(errs[0].field, "rule_change");
    }

    #[test]
    fn impossible_values_are_all_reported() {
        let r = Rules {
            quorum_percent: 120,
            min_voting_days: 10,
            max_voting_days: 5,
            buy_in_minor: -1,
            ..Rules::default()
        };
        let fields: Vec<_> = r.validate().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["quorum_percent", "min_voting_days", "buy_in"]);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let mut v = serde_json::to_value(Rules::default()).unwrap();
        v["vote_weight"] = serde_json::json!("contribution");
        assert!(serde_json::from_value::<Rules>(v).is_err());
    }

    #[test]
    fn description_states_the_values() {
        let usd = Currency::from_code("USD").unwrap();
        let r = Rules {
            quorum_percent: 40,
            buy_in_minor: 2500,
            ..Rules::default()
        };
        let text = r.describe(usd).join(" ");
        assert!(text.contains("at least 40%"));
        assert!(text.contains("25.00 USD"));
        assert!(text.contains("exactly one vote"));
    }

    proptest! {
        #[test]
        fn threshold_is_monotonic_in_agreement(agree in 0u64..500, disagree in 0u64..500) {
            for t in Threshold::ALL {
                if t.is_met(agree, disagree) {
                    prop_assert!(t.is_met(agree + 1, disagree));
                }
            }
        }

        #[test]
        fn stricter_thresholds_pass_less(agree in 0u64..500, disagree in 0u64..500) {
            for w in Threshold::ALL.windows(2) {
                if w[1].is_met(agree, disagree) {
                    prop_assert!(w[0].is_met(agree, disagree) || agree + disagree == 0);
                }
            }
        }

        #[test]
        fn quorum_count_is_the_least_sufficient_number(eligible in 0u64..10_000, pct in 0u8..=100) {
            let r = Rules { quorum_percent: pct, ..Rules::default() };
            let q = r.quorum_count(eligible);
            prop_assert!(q * 100 >= eligible * pct as u64);
            if q > 0 { prop_assert!((q - 1) * 100 < eligible * pct as u64); }
            prop_assert!(q <= eligible);
        }
    }
}

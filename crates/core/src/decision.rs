//! Decisions: voting methods, ballots, running tallies and computed results.
//!
//! Every function here is pure. A tally is a small aggregate that a ballot
//! can be added to or removed from, so the store keeps it current as ballots
//! arrive and a reader never scans every ballot. At close the result is
//! recomputed from the ballots themselves and must equal the running tally.
//!
//! One person, one vote: a tally counts ballots, and a ballot has no weight.
//! Each eligible person has at most one current ballot (the store's primary
//! key enforces it); nothing here can count anyone twice.

use crate::msg::{Msg, told};
use crate::rules::{Rules, Threshold};
use serde::{Deserialize, Serialize};

crate::stored_enum! {
    /// Whether a decision still takes ballots.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum DecisionStatus {
        /// Voting is open.
        Open => "open",
        /// Closed, with its result recorded.
        Closed => "closed",
    }
}

/// The most options a decision may offer.
pub const MAX_OPTIONS: usize = 50;
/// The highest score a score vote may allow.
pub const MAX_SCORE: u8 = 100;

/// How members answer a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Method {
    /// Agree, abstain, disagree or block.
    Proposal,
    /// Pick one option.
    SingleChoice {
        /// The options, in the order shown.
        options: Vec<String>,
    },
    /// Pick between `min` and `max` options.
    MultipleChoice {
        /// The options.
        options: Vec<String>,
        /// Fewest options a ballot picks.
        min: u16,
        /// Most options a ballot picks.
        max: u16,
    },
    /// Give every option a score from 0 to `max_score`.
    Score {
        /// The options.
        options: Vec<String>,
        /// The highest score.
        max_score: u8,
    },
    /// Rank the options, best first (Schulze method).
    RankedChoice {
        /// The options.
        options: Vec<String>,
    },
    /// Elect several: rank the candidates, counted by the single
    /// transferable vote (Scottish STV, `stv.rs`).
    Stv {
        /// The candidates.
        options: Vec<String>,
        /// How many are elected.
        seats: u16,
    },
}

/// A stance on a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Stance {
    /// For.
    Agree,
    /// Takes part without taking sides: counts toward the quorum only.
    Abstain,
    /// Against.
    Disagree,
    /// A principled objection; stops the proposal when the pool counts blocks,
    /// and counts as disagreement when it does not.
    Block,
}

/// What one ballot says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Choice {
    /// A stance on a proposal.
    Proposal(Stance),
    /// The index of the chosen option.
    Single(usize),
    /// The indexes of the chosen options.
    Multiple(Vec<usize>),
    /// One score per option, in option order.
    Score(Vec<u8>),
    /// Option indexes, best first; options left out rank below all listed ones.
    Ranked(Vec<usize>),
}

/// Why a decision or a ballot was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct DecisionError {
    /// The field, as named in forms and the API.
    pub field: &'static str,
    /// What is wrong and how to fix it, said for the reader.
    pub message: String,
    /// The same, as a message any language can say.
    pub msg: Msg,
}

fn err(field: &'static str, msg: Msg, english: impl FnOnce() -> String) -> DecisionError {
    DecisionError {
        field,
        message: told(&msg, english),
        msg,
    }
}

/// The id of the message that names a method, as `Method::label` does.
pub fn label_id(method: &Method) -> &'static str {
    match method {
        Method::Proposal => "method-proposal",
        Method::SingleChoice { .. } => "method-single-choice",
        Method::MultipleChoice { .. } => "method-multiple-choice",
        Method::Score { .. } => "method-score",
        Method::RankedChoice { .. } => "method-ranked-choice",
        Method::Stv { .. } => "method-stv",
    }
}

impl Method {
    /// The options, empty for a proposal.
    pub fn options(&self) -> &[String] {
        match self {
            Method::Proposal => &[],
            Method::SingleChoice { options }
            | Method::MultipleChoice { options, .. }
            | Method::Score { options, .. }
            | Method::RankedChoice { options }
            | Method::Stv { options, .. } => options,
        }
    }

    /// A short name for pages.
    pub fn label(&self) -> &'static str {
        match self {
            Method::Proposal => "proposal",
            Method::SingleChoice { .. } => "single choice",
            Method::MultipleChoice { .. } => "multiple choice",
            Method::Score { .. } => "score",
            Method::RankedChoice { .. } => "ranked choice (Schulze)",
            Method::Stv { .. } => "election by single transferable vote (Scottish STV)",
        }
    }

    /// Checks the method's own settings.
    pub fn validate(&self) -> Result<(), DecisionError> {
        if let Method::Proposal = self {
            return Ok(());
        }
        let options = self.options();
        if options.len() < 2 {
            return Err(err(
                "options",
                Msg::new("error-core-decision-two-options"),
                || "give at least two options, one per line".into(),
            ));
        }
        if options.len() > MAX_OPTIONS {
            return Err(err(
                "options",
                Msg::new("error-core-decision-max-options").num("max", MAX_OPTIONS as i64),
                || format!("give at most {MAX_OPTIONS} options"),
            ));
        }
        for (i, o) in options.iter().enumerate() {
            if o.trim().is_empty() || o.chars().count() > 200 {
                return Err(err(
                    "options",
                    Msg::new("error-core-decision-option-length").num("n", i as i64 + 1),
                    || format!("option {} must have 1 to 200 characters", i + 1),
                ));
            }
            if options[..i].iter().any(|p| p.trim() == o.trim()) {
                return Err(err(
                    "options",
                    Msg::new("error-core-decision-option-twice").text("option", o.clone()),
                    || format!("\"{o}\" is listed twice"),
                ));
            }
        }
        match self {
            Method::MultipleChoice { min, max, .. }
                if *min > *max || *max == 0 || *max as usize > options.len() =>
            {
                return Err(err(
                    "max",
                    Msg::new("error-core-decision-picks-range").num("n", options.len() as i64),
                    || {
                        format!(
                            "choose a minimum and maximum number of picks with 0 ≤ minimum ≤ maximum ≤ {} and a maximum of at least 1",
                            options.len()
                        )
                    },
                ));
            }
            Method::Stv { seats, .. } if *seats == 0 || *seats as usize >= options.len() => {
                return Err(err(
                    "seats",
                    Msg::new("error-core-decision-seats")
                        .num("most", options.len() as i64 - 1)
                        .num("n", options.len() as i64),
                    || {
                        format!(
                            "elect from 1 to {} of the {} candidates: an election needs more candidates than seats",
                            options.len() - 1,
                            options.len()
                        )
                    },
                ));
            }
            Method::Score { max_score, .. } if *max_score == 0 || *max_score > MAX_SCORE => {
                return Err(err(
                    "max_score",
                    Msg::new("error-core-decision-max-score").num("max", MAX_SCORE as i64),
                    || format!("the highest score must be from 1 to {MAX_SCORE}"),
                ));
            }
            _ => {}
        }
        Ok(())
    }

    /// Checks that a ballot answers this method, with a reason where one is required.
    pub fn check_ballot(&self, choice: &Choice, reason: &str) -> Result<(), DecisionError> {
        let n = self.options().len();
        let in_range = |i: &usize| *i < n;
        match (self, choice) {
            (Method::Proposal, Choice::Proposal(s)) => {
                if *s == Stance::Block && reason.trim().is_empty() {
                    return Err(err(
                        "reason",
                        Msg::new("error-core-decision-block-reason"),
                        || "a block needs a reason: say what you object to".into(),
                    ));
                }
            }
            (Method::SingleChoice { .. }, Choice::Single(i)) if in_range(i) => {}
            (Method::MultipleChoice { min, max, .. }, Choice::Multiple(picks)) => {
                if !picks.iter().all(in_range) || has_duplicates(picks) {
                    return Err(err(
                        "choice",
                        Msg::new("error-core-decision-pick-once"),
                        || "pick each option at most once".into(),
                    ));
                }
                if picks.len() < *min as usize || picks.len() > *max as usize {
                    return Err(err(
                        "choice",
                        Msg::new("error-core-decision-pick-count")
                            .num("min", *min as i64)
                            .num("max", *max as i64),
                        || format!("pick from {min} to {max} options"),
                    ));
                }
            }
            (Method::Score { max_score, .. }, Choice::Score(scores)) => {
                if scores.len() != n || scores.iter().any(|s| s > max_score) {
                    return Err(err(
                        "choice",
                        Msg::new("error-core-decision-scores").num("max", *max_score as i64),
                        || format!("give every option a score from 0 to {max_score}"),
                    ));
                }
            }
            (Method::RankedChoice { .. } | Method::Stv { .. }, Choice::Ranked(order)) => {
                if order.is_empty() || !order.iter().all(in_range) || has_duplicates(order) {
                    return Err(err("choice", Msg::new("error-core-decision-rank"), || {
                        "rank at least one option, each at most once".into()
                    }));
                }
            }
            _ => {
                return Err(err(
                    "choice",
                    Msg::new("error-core-decision-wrong-ballot")
                        .msg("method", Msg::new(label_id(self))),
                    || format!("this ballot does not answer a {} vote", self.label()),
                ));
            }
        }
        if reason.chars().count() > 2000 {
            return Err(err(
                "reason",
                Msg::new("error-core-decision-reason-long").num("max", 2000),
                || "keep the reason under 2000 characters".into(),
            ));
        }
        Ok(())
    }
}

impl Stance {
    /// Every stance, in the order forms show them.
    pub const ALL: [Stance; 4] = [
        Stance::Agree,
        Stance::Abstain,
        Stance::Disagree,
        Stance::Block,
    ];

    /// The word for it.
    pub fn label(self) -> &'static str {
        match self {
            Stance::Agree => "Agree",
            Stance::Abstain => "Abstain",
            Stance::Disagree => "Disagree",
            Stance::Block => "Block",
        }
    }

    /// The identifier used in forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Agree => "agree",
            Stance::Abstain => "abstain",
            Stance::Disagree => "disagree",
            Stance::Block => "block",
        }
    }

    /// Parses the identifier.
    pub fn parse(s: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// A ballot in words, for pages and minutes: "Agree", "Saturday",
/// "1. Saturday, 2. Tuesday", "Tuesday 3, Thursday 5".
pub fn describe_choice(method: &Method, choice: &Choice) -> String {
    let name = |i: &usize| {
        method
            .options()
            .get(*i)
            .cloned()
            .unwrap_or_else(|| format!("option {}", i + 1))
    };
    match choice {
        Choice::Proposal(s) => s.label().to_string(),
        Choice::Single(i) => name(i),
        Choice::Multiple(picks) if picks.is_empty() => "none of the options".into(),
        Choice::Multiple(picks) => picks.iter().map(name).collect::<Vec<_>>().join(", "),
        Choice::Score(scores) => scores
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{} {s}", name(&i)))
            .collect::<Vec<_>>()
            .join(", "),
        Choice::Ranked(order) => order
            .iter()
            .enumerate()
            .map(|(pos, i)| format!("{}. {}", pos + 1, name(i)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The bars a chart of a tally shows: a label and a value per bar, with the
/// unit the values count.
pub fn chart_bars(method: &Method, tally: &Tally) -> (Vec<(String, u64)>, &'static str) {
    match method {
        Method::Proposal => (
            Stance::ALL
                .iter()
                .zip(&tally.counts)
                .map(|(s, c)| (s.label().to_string(), *c))
                .collect(),
            "ballots",
        ),
        Method::Score { .. } => (
            method
                .options()
                .iter()
                .cloned()
                .zip(tally.counts.iter().copied())
                .collect(),
            "points",
        ),
        Method::RankedChoice { .. } | Method::Stv { .. } => (
            method
                .options()
                .iter()
                .cloned()
                .zip(tally.counts.iter().copied())
                .collect(),
            "first preferences",
        ),
        _ => (
            method
                .options()
                .iter()
                .cloned()
                .zip(tally.counts.iter().copied())
                .collect(),
            "ballots",
        ),
    }
}

fn has_duplicates(v: &[usize]) -> bool {
    let mut s = v.to_vec();
    s.sort_unstable();
    s.windows(2).any(|w| w[0] == w[1])
}

/// A running tally: what the current ballots add up to. Adding then removing
/// a ballot restores it exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Tally {
    /// Ballots counted, one per person.
    pub ballots: u64,
    /// Proposal: agree, abstain, disagree, block. Choice methods: ballots per
    /// option. Score: the sum of scores per option.
    pub counts: Vec<u64>,
    /// Ranked choice: `pairs[i][j]` ballots prefer option i to option j.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pairs: Vec<Vec<u64>>,
    /// An election by single transferable vote: how many ballots ranked
    /// the candidates in each order, sorted by ranking, which is all the
    /// count needs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profiles: Option<Vec<crate::stv::Profile>>,
}

impl Tally {
    /// The empty tally of a method.
    pub fn new(method: &Method) -> Tally {
        let n = method.options().len();
        match method {
            Method::Proposal => Tally {
                ballots: 0,
                counts: vec![0; 4],
                pairs: Vec::new(),
                profiles: None,
            },
            Method::RankedChoice { .. } => Tally {
                ballots: 0,
                counts: vec![0; n],
                pairs: vec![vec![0; n]; n],
                profiles: None,
            },
            Method::Stv { .. } => Tally {
                ballots: 0,
                counts: vec![0; n],
                pairs: Vec::new(),
                profiles: Some(Vec::new()),
            },
            _ => Tally {
                ballots: 0,
                counts: vec![0; n],
                pairs: Vec::new(),
                profiles: None,
            },
        }
    }

    /// Counts one ballot in. The ballot must have passed `check_ballot`.
    pub fn add(&mut self, choice: &Choice) {
        self.apply(choice, true);
    }

    /// Takes one previously added ballot out.
    pub fn remove(&mut self, choice: &Choice) {
        self.apply(choice, false);
    }

    fn apply(&mut self, choice: &Choice, add: bool) {
        fn bump(v: &mut u64, by: u64, add: bool) {
            if add {
                *v += by;
            } else {
                *v = v.checked_sub(by).expect("a tally never goes below zero");
            }
        }
        bump(&mut self.ballots, 1, add);
        match choice {
            Choice::Proposal(s) => {
                let i = match s {
                    Stance::Agree => 0,
                    Stance::Abstain => 1,
                    Stance::Disagree => 2,
                    Stance::Block => 3,
                };
                bump(&mut self.counts[i], 1, add);
            }
            Choice::Single(i) => bump(&mut self.counts[*i], 1, add),
            Choice::Multiple(picks) => {
                for i in picks {
                    bump(&mut self.counts[*i], 1, add);
                }
            }
            Choice::Score(scores) => {
                for (i, s) in scores.iter().enumerate() {
                    bump(&mut self.counts[i], *s as u64, add);
                }
            }
            Choice::Ranked(order) if self.profiles.is_some() => {
                bump(&mut self.counts[order[0]], 1, add);
                if let Some(p) = &mut self.profiles {
                    crate::stv::tally(p, order, add);
                }
            }
            Choice::Ranked(order) => {
                let n = self.counts.len();
                bump(&mut self.counts[order[0]], 1, add);
                let mut ranked = vec![false; n];
                for (pos, &i) in order.iter().enumerate() {
                    ranked[i] = true;
                    for &j in &order[pos + 1..] {
                        bump(&mut self.pairs[i][j], 1, add);
                    }
                }
                for &i in order {
                    for (j, r) in ranked.iter().enumerate() {
                        if !r {
                            bump(&mut self.pairs[i][j], 1, add);
                        }
                    }
                }
            }
        }
    }

    /// Recomputes a tally from scratch.
    pub fn from_ballots<'a>(
        method: &Method,
        ballots: impl IntoIterator<Item = &'a Choice>,
    ) -> Tally {
        let mut t = Tally::new(method);
        for b in ballots {
            t.add(b);
        }
        t
    }
}

/// A decision's computed result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Outcome {
    /// People who could vote.
    pub eligible: u64,
    /// Ballots cast (abstentions and blocks included).
    pub ballots: u64,
    /// Ballots the quorum needed.
    pub quorum: u64,
    /// Whether the quorum was met.
    pub quorum_met: bool,
    /// Proposals: whether it passed. Other methods: whether there is a result.
    pub passed: bool,
    /// The winning options (more than one is a tie); empty for proposals.
    pub winners: Vec<usize>,
    /// Options from best to worst, ties grouped; ranked choice and score.
    pub ranking: Vec<Vec<usize>>,
    /// The result in plain words.
    pub explanation: String,
    /// An election by single transferable vote: the count sheet, stage by
    /// stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<crate::stv::Count>,
}

/// A percentage for people to read, rounded half up. Never used to decide.
fn percent(part: u64, whole: u64) -> u64 {
    if whole == 0 {
        0
    } else {
        (part * 200 + whole) / (whole * 2)
    }
}

fn list(names: &[&str]) -> String {
    match names.len() {
        0 => String::new(),
        1 => format!("\"{}\"", names[0]),
        _ => {
            let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
            format!(
                "{} and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            )
        }
    }
}

/// How many could vote, how many did, and the quorum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Turnout {
    /// Ballots cast.
    pub voted: u64,
    /// People who could vote.
    pub eligible: u64,
    /// Ballots the quorum needed.
    pub quorum: u64,
}

/// A proposal's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// It passed.
    Passed,
    /// A block stopped it.
    Blocked,
    /// It did not reach its threshold.
    NotPassed,
}

/// What a result says, as data, so that any language can say it; `english`
/// writes the explanation the journal records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// Too few voted.
    NoQuorum(Turnout),
    /// A proposal's count.
    Proposal {
        /// Who voted.
        turnout: Turnout,
        /// The verdict.
        verdict: Verdict,
        /// Ballots for.
        agree: u64,
        /// Ballots against (blocks included where the pool does not count them).
        against: u64,
        /// Abstentions.
        abstain: u64,
        /// Percent of agree among agree and against, for reading; none when
        /// nobody agreed or disagreed.
        share: Option<u64>,
        /// The threshold it needed.
        threshold: Threshold,
        /// Whether the pool counts blocks.
        blocks_allowed: bool,
        /// Blocks cast.
        blocks: u64,
    },
    /// A multiple choice where no ballot picked anything.
    NothingPicked(Turnout),
    /// A single or multiple choice.
    Choice {
        /// Who voted.
        turnout: Turnout,
        /// The options with the most ballots (more than one is a tie).
        winners: Vec<String>,
        /// Their ballots.
        ballots: u64,
    },
    /// A score vote.
    Score {
        /// Who voted.
        turnout: Turnout,
        /// The options scored highest (more than one is a tie).
        winners: Vec<String>,
        /// Their average score in tenths, for reading.
        average_tenths: u64,
        /// The highest score allowed.
        max_score: u8,
    },
    /// A ranked choice, by the Schulze method.
    Schulze {
        /// Who voted.
        turnout: Turnout,
        /// The winner.
        winner: String,
        /// Whether it beat every other option head to head.
        beats_all: bool,
        /// When options tied for first: each with its first preferences.
        tie: Option<Vec<(String, u64)>>,
        /// The options from best to worst, ties grouped.
        order: Vec<Vec<String>>,
    },
    /// An election by single transferable vote.
    Stv {
        /// Who voted.
        turnout: Turnout,
        /// The elected, in order.
        elected: Vec<String>,
        /// Seats.
        seats: u16,
        /// The quota.
        quota: u64,
        /// Valid ballots.
        valid: u64,
        /// Stages of the count.
        stages: u64,
    },
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl Turnout {
    fn english(&self) -> String {
        format!(
            "{} of {} member{} voted (quorum {})",
            self.voted,
            self.eligible,
            plural(self.eligible),
            self.quorum
        )
    }
}

impl Said {
    /// The explanation in English, as the journal records it.
    pub fn english(&self) -> String {
        let names = |v: &[String]| list(&v.iter().map(String::as_str).collect::<Vec<_>>());
        match self {
            Said::NoQuorum(t) => {
                format!(
                    "Not decided: only {}, so the quorum was not met.",
                    t.english()
                )
            }
            Said::Proposal {
                turnout,
                verdict,
                agree,
                against,
                abstain,
                share,
                threshold,
                blocks_allowed,
                blocks,
            } => {
                let counts = format!(
                    "{agree} agreed and {against} disagreed{}",
                    if *abstain > 0 {
                        format!(" ({abstain} abstained)")
                    } else {
                        String::new()
                    }
                );
                let measure = match share {
                    None => "nobody agreed or disagreed".to_string(),
                    Some(share) => format!(
                        "so {share}% agreed against a threshold of {}",
                        threshold.words()
                    ),
                };
                let blocks = if *blocks_allowed {
                    match blocks {
                        0 => " No blocks.".to_string(),
                        1 => " 1 member blocked it.".to_string(),
                        n => format!(" {n} members blocked it."),
                    }
                } else if *blocks > 0 {
                    format!(
                        " {blocks} block{} counted as disagreement.",
                        plural(*blocks)
                    )
                } else {
                    String::new()
                };
                let verdict = match verdict {
                    Verdict::Passed => "Passed",
                    Verdict::Blocked => "Blocked",
                    Verdict::NotPassed => "Not passed",
                };
                format!(
                    "{verdict}: {}. {counts}, {measure}.{blocks}",
                    turnout.english()
                )
            }
            Said::NothingPicked(t) => format!(
                "Not decided: {}, but no ballot picked any option, so nothing was chosen.",
                t.english()
            ),
            Said::Choice {
                turnout,
                winners,
                ballots,
            } => {
                let each = format!("{ballots} ballot{}", plural(*ballots));
                if winners.len() == 1 {
                    format!(
                        "Decided: {}. {} won with {each}.",
                        turnout.english(),
                        names(winners)
                    )
                } else {
                    format!(
                        "Tie: {}. {} tied with {each} each.",
                        turnout.english(),
                        names(winners)
                    )
                }
            }
            Said::Score {
                turnout,
                winners,
                average_tenths,
                max_score,
            } => {
                let avg = format!("{}.{}", average_tenths / 10, average_tenths % 10);
                if winners.len() == 1 {
                    format!(
                        "Decided: {}. {} scored highest, {avg} of {max_score} on average.",
                        turnout.english(),
                        names(winners)
                    )
                } else {
                    format!(
                        "Tie: {}. {} tied with an average of {avg} of {max_score}.",
                        turnout.english(),
                        names(winners)
                    )
                }
            }
            Said::Schulze {
                turnout,
                winner,
                beats_all,
                tie,
                order,
            } => {
                let order: Vec<String> = order
                    .iter()
                    .map(|tier| {
                        if tier.len() == 1 {
                            format!("\"{}\"", tier[0])
                        } else {
                            format!("({} tied)", names(tier))
                        }
                    })
                    .collect();
                let head = match tie {
                    None => format!(
                        "Decided: {}. \"{winner}\" won by the Schulze method{}.",
                        turnout.english(),
                        if *beats_all {
                            ", beating every other option head to head"
                        } else {
                            ""
                        }
                    ),
                    Some(tied) => {
                        let who: Vec<String> = tied.iter().map(|(n, _)| n.clone()).collect();
                        let firsts: Vec<String> =
                            tied.iter().map(|(n, c)| format!("{n} {c}")).collect();
                        format!(
                            "Decided by the tie rule: {}. {} tied by the Schulze method. Ties go to the option with the most first preferences ({}), then to the one listed first, so \"{winner}\" wins.",
                            turnout.english(),
                            names(&who),
                            firsts.join(", "),
                        )
                    }
                };
                format!("{head} Full ranking: {}.", order.join(", "))
            }
            Said::Stv {
                turnout,
                elected,
                seats,
                quota,
                valid,
                stages,
            } => format!(
                "Elected: {}, for {} seat{}, by the single transferable vote (Scottish STV): {}. The quota was {} of {} valid ballot{}, and the count took {} stage{} (see the count sheet).",
                names(elected),
                seats,
                plural(*seats as u64),
                turnout.english(),
                quota,
                valid,
                plural(*valid),
                stages,
                plural(*stages),
            ),
        }
    }
}

/// Computes a decision's result from its tally, the number of people who
/// could vote, the rules fixed when it opened, and the threshold it needs
/// (the rule-change supermajority for rule changes).
pub fn outcome(
    method: &Method,
    tally: &Tally,
    eligible: u64,
    rules: &Rules,
    threshold: Threshold,
) -> Outcome {
    judge(method, tally, eligible, rules, threshold).0
}

/// What a result says, as data: what `outcome`'s explanation says in
/// English, for pages to say in the reader's language.
pub fn said(
    method: &Method,
    tally: &Tally,
    eligible: u64,
    rules: &Rules,
    threshold: Threshold,
) -> Said {
    judge(method, tally, eligible, rules, threshold).1
}

fn judge(
    method: &Method,
    tally: &Tally,
    eligible: u64,
    rules: &Rules,
    threshold: Threshold,
) -> (Outcome, Said) {
    let quorum = rules.quorum_count(eligible);
    let quorum_met = tally.ballots >= quorum && tally.ballots > 0;
    let turnout = Turnout {
        voted: tally.ballots,
        eligible,
        quorum,
    };
    let mut o = Outcome {
        eligible,
        ballots: tally.ballots,
        quorum,
        quorum_met,
        passed: false,
        winners: Vec::new(),
        ranking: Vec::new(),
        explanation: String::new(),
        count: None,
    };
    let said = if !quorum_met {
        Said::NoQuorum(turnout)
    } else {
        judge_counted(method, tally, rules, threshold, turnout, &mut o)
    };
    o.explanation = said.english();
    (o, said)
}

fn judge_counted(
    method: &Method,
    tally: &Tally,
    rules: &Rules,
    threshold: Threshold,
    turnout: Turnout,
    o: &mut Outcome,
) -> Said {
    let options: Vec<&str> = method.options().iter().map(String::as_str).collect();
    let names =
        |ix: &[usize]| -> Vec<String> { ix.iter().map(|&i| options[i].to_string()).collect() };
    match method {
        Method::Proposal => {
            let (agree, abstain, disagree, block) = (
                tally.counts[0],
                tally.counts[1],
                tally.counts[2],
                tally.counts[3],
            );
            // Without blocks, a block is a disagreement.
            let against = if rules.blocks {
                disagree
            } else {
                disagree + block
            };
            let met = threshold.is_met(agree, against);
            let blocked = rules.blocks && block > 0;
            o.passed = met && !blocked;
            Said::Proposal {
                turnout,
                verdict: if o.passed {
                    Verdict::Passed
                } else if blocked {
                    Verdict::Blocked
                } else {
                    Verdict::NotPassed
                },
                agree,
                against,
                abstain,
                share: (agree + against > 0).then(|| percent(agree, agree + against)),
                threshold,
                blocks_allowed: rules.blocks,
                blocks: block,
            }
        }
        Method::SingleChoice { .. } | Method::MultipleChoice { .. } => {
            let best = tally.counts.iter().copied().max().unwrap_or(0);
            o.ranking = rank_by(&tally.counts);
            if best == 0 {
                // Only a multiple choice allows a ballot that picks nothing
                // (a minimum of 0 picks). It counts toward the quorum, and
                // if every ballot picked nothing, no option was chosen.
                return Said::NothingPicked(turnout);
            }
            o.winners = (0..options.len())
                .filter(|&i| tally.counts[i] == best)
                .collect();
            o.passed = true;
            Said::Choice {
                turnout,
                winners: names(&o.winners),
                ballots: best,
            }
        }
        Method::Score { max_score, .. } => {
            // Every ballot scores every option, so comparing sums compares averages.
            let best = tally.counts.iter().copied().max().unwrap_or(0);
            o.winners = (0..options.len())
                .filter(|&i| tally.counts[i] == best)
                .collect();
            o.ranking = rank_by(&tally.counts);
            o.passed = true;
            Said::Score {
                turnout,
                winners: names(&o.winners),
                average_tenths: average_tenths(best, tally.ballots),
                max_score: *max_score,
            }
        }
        Method::Stv {
            options: candidates,
            seats,
        } => {
            let count = crate::stv::count(
                candidates,
                *seats,
                tally.profiles.as_deref().unwrap_or_default(),
            );
            o.winners = count.elected.clone();
            o.ranking = count.elected.iter().map(|&i| vec![i]).collect();
            o.passed = true;
            let said = Said::Stv {
                turnout,
                elected: names(&count.elected),
                seats: *seats,
                quota: count.quota,
                valid: count.valid,
                stages: count.stages.len() as u64,
            };
            o.count = Some(count);
            said
        }
        Method::RankedChoice { .. } => {
            let s = schulze(&tally.pairs);
            o.ranking = s.ranking.clone();
            o.winners = s.ranking.first().cloned().unwrap_or_default();
            o.passed = true;
            let order = s.ranking.iter().map(|tier| names(tier)).collect();
            if o.winners.len() == 1 {
                let w = o.winners[0];
                let beats_all =
                    (0..options.len()).all(|j| j == w || tally.pairs[w][j] > tally.pairs[j][w]);
                Said::Schulze {
                    turnout,
                    winner: options[w].to_string(),
                    beats_all,
                    tie: None,
                    order,
                }
            } else {
                // The stated tie rule: most first preferences, then the
                // option listed first. Deterministic, and always reported.
                let tied = o.winners.clone();
                let w = *tied
                    .iter()
                    .max_by(|a, b| tally.counts[**a].cmp(&tally.counts[**b]).then(b.cmp(a)))
                    .expect("a tier is never empty");
                o.winners = vec![w];
                Said::Schulze {
                    turnout,
                    winner: options[w].to_string(),
                    beats_all: false,
                    tie: Some(
                        tied.iter()
                            .map(|&i| (options[i].to_string(), tally.counts[i]))
                            .collect(),
                    ),
                    order,
                }
            }
        }
    }
}

/// An average in tenths, rounded half up, for reading only.
fn average_tenths(sum: u64, n: u64) -> u64 {
    if n == 0 {
        return 0;
    }
    (sum * 20 + n) / (n * 2)
}

/// Options grouped from the highest count to the lowest; equal counts share a tier.
fn rank_by(counts: &[u64]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by(|a, b| counts[*b].cmp(&counts[*a]).then(a.cmp(b)));
    let mut tiers: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match tiers.last_mut() {
            Some(t) if counts[t[0]] == counts[i] => t.push(i),
            _ => tiers.push(vec![i]),
        }
    }
    tiers
}

/// The Schulze method's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schulze {
    /// Strongest path strengths: `p[i][j]`.
    pub strengths: Vec<Vec<u64>>,
    /// Options from best to worst. The first tier is exactly the options no
    /// other option beats (the winners); each next tier is the options none
    /// of the rest beats. A tier is listed in option order: ties are
    /// reported, never broken at random.
    pub ranking: Vec<Vec<usize>>,
}

/// Runs the Schulze method (winning votes) on a pairwise preference matrix.
pub fn schulze(pairs: &[Vec<u64>]) -> Schulze {
    let n = pairs.len();
    let mut p = vec![vec![0u64; n]; n];
    for i in 0..n {
        for j in 0..n {
            if i != j && pairs[i][j] > pairs[j][i] {
                p[i][j] = pairs[i][j];
            }
        }
    }
    for k in 0..n {
        for i in 0..n {
            if i == k {
                continue;
            }
            for j in 0..n {
                if j == i || j == k {
                    continue;
                }
                let via = p[i][k].min(p[k][j]);
                if via > p[i][j] {
                    p[i][j] = via;
                }
            }
        }
    }
    // The relation "p[i][j] > p[j][i]" is a strict partial order (Schulze
    // 2011), not always a weak one: an option can be unbeaten without
    // beating anything. So the winners are exactly the options nobody
    // beats, and the ranking peels such unbeaten sets off one after another.
    // Counting how many options each one beats would rank an option that
    // beats a third above an equally unbeaten one that does not.
    let mut left: Vec<usize> = (0..n).collect();
    let mut ranking: Vec<Vec<usize>> = Vec::new();
    while !left.is_empty() {
        let tier: Vec<usize> = left
            .iter()
            .copied()
            .filter(|&i| !left.iter().any(|&j| p[j][i] > p[i][j]))
            .collect();
        // A strict partial order on a finite set always has a maximal
        // element, so the tier is never empty and the loop ends.
        assert!(!tier.is_empty(), "the Schulze relation is acyclic");
        left.retain(|i| !tier.contains(i));
        ranking.push(tier);
    }
    Schulze {
        strengths: p,
        ranking,
    }
}

/// The threshold a decision of this kind needs under these rules.
pub fn threshold_for(rule_change: bool, rules: &Rules) -> Threshold {
    if rule_change {
        rules.rule_change
    } else {
        rules.approval
    }
}

#[cfg(test)]
mod tests;

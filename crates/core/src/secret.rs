//! Secret ballots: receipts, the list published at the close, and its
//! recount.
//!
//! While a secret decision is open the journal records only that a person
//! voted (`SecretBallotCast`), never how. Each ballot is kept sealed outside
//! the journal under the SHA-256 of a receipt code that only its voter is
//! given. At the close the current ballots enter the journal in one event,
//! each as (receipt hash, choice, reason), ordered by receipt hash. The
//! codes are random, so their hashes are too: that order is a shuffle that
//! owes nothing to who voted or when, and being a function of the set alone
//! it says nothing more than the set does. A voter finds their receipt's
//! hash in the list and sees their ballot counted as cast; anyone recounts
//! the result from the list.

use crate::decision::{Choice, Method, Tally};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Characters in a receipt code (five bits each: 100 bits).
pub const RECEIPT_LEN: usize = 20;

/// Crockford's base 32: digits and letters without I, L, O and U, so a code
/// read aloud or copied by hand survives.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// One ballot as the close publishes it: under its receipt's hash, with no
/// voter, no time and no id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishedBallot {
    /// SHA-256 of the receipt code, in lowercase hex.
    pub receipt: String,
    /// What the ballot chose.
    pub choice: Choice,
    /// The voter's reason, published without their name (may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// Makes a receipt code from 13 random bytes (the last 4 bits of the 13th
/// are not used), shown in groups of four: `7K2M-Q9XA-…`.
pub fn receipt_code(random: [u8; 13]) -> String {
    let mut bits: u128 = 0;
    for b in random {
        bits = (bits << 8) | b as u128;
    }
    bits >>= 4;
    let mut out = String::with_capacity(RECEIPT_LEN + RECEIPT_LEN / 4);
    for i in 0..RECEIPT_LEN {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        let shift = 5 * (RECEIPT_LEN - 1 - i);
        out.push(ALPHABET[((bits >> shift) & 31) as usize] as char);
    }
    out
}

/// Reads a receipt code as a person types it: case, spaces and dashes do
/// not matter, and O, I and L are read as 0, 1 and 1. `None` when it is not
/// a receipt code.
pub fn normalize(input: &str) -> Option<String> {
    let mut out = String::with_capacity(RECEIPT_LEN);
    for c in input.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\t' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
            return None;
        }
        out.push(c);
    }
    (out.len() == RECEIPT_LEN).then_some(out)
}

/// The hash a receipt code is published under: SHA-256 of the normalized
/// code, in lowercase hex. `None` when it is not a receipt code.
pub fn receipt_hash(code: &str) -> Option<String> {
    let code = normalize(code)?;
    Some(hex::encode(Sha256::digest(code.as_bytes())))
}

/// What a person is told when they type something that is not a receipt.
pub const NOT_A_RECEIPT: &str = "a receipt code is 20 letters and digits, shown in groups of four like 7K2M-Q9XA-3HTB-W0RE-5NDC: copy it from the page or the email you got when you voted";

/// Puts a decision's current ballots in the order the close publishes them:
/// by receipt hash.
pub fn publish(mut ballots: Vec<PublishedBallot>) -> Vec<PublishedBallot> {
    ballots.sort_by(|a, b| a.receipt.cmp(&b.receipt));
    ballots
}

/// Checks a published list as anyone can from the export: in receipt
/// order, each receipt a distinct SHA-256, each ballot valid for the
/// method, one for each person who had a ballot at the close. Returns the
/// recount.
pub fn recount(method: &Method, list: &[PublishedBallot], voters: usize) -> Result<Tally, String> {
    if list.len() != voters {
        return Err(format!(
            "{} ballots were published but {} people had a ballot when voting closed",
            list.len(),
            voters
        ));
    }
    for (i, b) in list.iter().enumerate() {
        let is_hash = b.receipt.len() == 64
            && b.receipt
                .bytes()
                .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c));
        if !is_hash {
            return Err(format!(
                "published ballot {} has a receipt that is not a SHA-256",
                i + 1
            ));
        }
        if i > 0 && list[i - 1].receipt >= b.receipt {
            return Err(format!(
                "published ballot {} is out of receipt order or repeats a receipt",
                i + 1
            ));
        }
        method
            .check_ballot(&b.choice, &b.reason)
            .map_err(|e| format!("published ballot {} is not valid: {e}", i + 1))?;
    }
    Ok(Tally::from_ballots(method, list.iter().map(|b| &b.choice)))
}

/// What a receipt check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Receipt {
    /// Counted at the close, as published.
    Counted(PublishedBallot),
    /// Voting is still open and this receipt belongs to a current ballot,
    /// which will be counted at the close.
    Sealed,
    /// No current or counted ballot has this receipt (it may be from a
    /// ballot changed since, or mistyped).
    Unknown,
}

/// A receipt found in an export: the decision and its ballot as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The decision.
    pub decision_id: String,
    /// Its question.
    pub title: String,
    /// The ballot in words.
    pub choice: String,
    /// The ballot as published.
    pub ballot: PublishedBallot,
}

/// Looks a receipt up in an exported journal (already verified): the
/// published ballot under its hash, if any. Refuses what is not a receipt.
pub fn find_receipt(
    entries: &[crate::journal::JournalEntry],
    code: &str,
) -> Result<Option<Found>, String> {
    let hash = receipt_hash(code).ok_or_else(|| NOT_A_RECEIPT.to_string())?;
    let mut questions = std::collections::HashMap::new();
    for e in entries {
        match e.decode()? {
            crate::Event::DecisionOpened {
                decision_id,
                title,
                method,
                ..
            } => {
                questions.insert(decision_id, (title, method));
            }
            crate::Event::SecretBallotsPublished {
                decision_id,
                ballots,
            } => {
                if let Ok(i) = ballots.binary_search_by(|b| b.receipt.as_str().cmp(&hash)) {
                    let (title, method) =
                        questions.get(&decision_id).cloned().ok_or_else(|| {
                            format!("ballots published for unknown decision {decision_id}")
                        })?;
                    let ballot = ballots[i].clone();
                    return Ok(Some(Found {
                        choice: crate::decision::describe_choice(&method, &ballot.choice),
                        decision_id,
                        title,
                        ballot,
                    }));
                }
            }
            _ => {}
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::{self, Stance};
    use crate::rules::Rules;
    use proptest::prelude::*;

    #[test]
    fn codes_read_back_however_they_are_typed() {
        let code = receipt_code([0xA7; 13]);
        assert_eq!(code.len(), RECEIPT_LEN + 4);
        let plain: String = code.chars().filter(|c| *c != '-').collect();
        assert_eq!(normalize(&code).as_deref(), Some(plain.as_str()));
        assert_eq!(
            normalize(&code.to_lowercase().replace('-', " ")),
            normalize(&code)
        );
        assert_eq!(
            normalize("OOOO-IIII-LLLL-0000-1111"),
            Some("00001111111100001111".into())
        );
        assert_eq!(normalize("too short"), None);
        assert_eq!(normalize("UUUU-UUUU-UUUU-UUUU-UUUU"), None);
        assert_eq!(receipt_hash(&code).unwrap().len(), 64);
    }

    proptest! {
        #[test]
        fn the_published_list_recounts_to_the_result(
            single in any::<bool>(),
            seeds in proptest::collection::vec(any::<[u8; 13]>(), 0..60),
            picks in proptest::collection::vec(0usize..1000, 60),
            eligible_extra in 0u64..20,
        ) {
            let method = if single {
                Method::SingleChoice { options: vec!["a".into(), "b".into(), "c".into()] }
            } else {
                Method::Proposal
            };
            let mut seeds = seeds;
            seeds.sort();
            seeds.dedup();
            // The ballots as cast, in voting order, each with its receipt.
            let cast: Vec<PublishedBallot> = seeds
                .iter()
                .zip(&picks)
                .map(|(s, p)| {
                    PublishedBallot {
                        receipt: receipt_hash(&receipt_code(*s)).unwrap(),
                        choice: match (&method, p % 3) {
                            (Method::Proposal, 0) => Choice::Proposal(Stance::Agree),
                            (Method::Proposal, 1) => Choice::Proposal(Stance::Abstain),
                            (Method::Proposal, _) => Choice::Proposal(Stance::Disagree),
                            (_, i) => Choice::Single(i),
                        },
                        reason: String::new(),
                    }
                })
                .collect();
            let direct = Tally::from_ballots(&method, cast.iter().map(|b| &b.choice));
            let list = publish(cast.clone());
            // Whatever order they were cast in, the list is the same.
            let mut reversed = cast.clone();
            reversed.reverse();
            prop_assert_eq!(&publish(reversed), &list);
            let tally = recount(&method, &list, cast.len()).unwrap();
            prop_assert_eq!(&tally, &direct);
            let rules = Rules::default();
            let eligible = cast.len() as u64 + eligible_extra;
            let t = decision::threshold_for(false, &rules);
            prop_assert_eq!(
                decision::outcome(&method, &tally, eligible, &rules, t),
                decision::outcome(&method, &direct, eligible, &rules, t)
            );
            // A ballot dropped, added or repeated no longer recounts.
            if !list.is_empty() {
                prop_assert!(recount(&method, &list[1..], cast.len()).is_err());
                let mut twice = list.clone();
                twice.push(list[list.len() - 1].clone());
                prop_assert!(recount(&method, &twice, cast.len() + 1).is_err());
            }
        }
    }
}

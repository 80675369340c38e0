//! Who hears of what, as pure rules. A notification is about one subject (a
//! decision, a round, an entry) and goes to each person at most once, in the
//! way they chose for that pool and that kind: at once, in the daily digest,
//! or not at all. A closing reminder goes only to those who have not voted.

use std::collections::BTreeSet;

crate::stored_enum! {
    /// What a notification is about.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum NotificationKind {
        /// A decision opened and you may vote.
        DecisionOpened => "decision_opened",
        /// A decision closes within a day and you have not voted.
        ClosingSoon => "closing_soon",
        /// A decision closed: its result and why.
        DecisionResult => "decision_result",
        /// Money was recorded for you.
        MoneyRecorded => "money_recorded",
        /// A budgeting round opened with a share for you.
        RoundOpened => "round_opened",
        /// A payout was paid.
        PayoutPaid => "payout_paid",
        /// A formation document waits for your signature.
        SignatureNeeded => "signature_needed",
        /// A budgeting round's funding closes within a day and you have
        /// some of your share left.
        RoundClosing => "round_closing",
        /// A Flood your pool is in opened a decision and you may vote.
        FloodDecision => "flood_decision",
        /// Someone mentioned you in a comment or a discussion.
        Mentioned => "mentioned",
    }
}

impl NotificationKind {
    /// How the settings page names it.
    pub fn label(self) -> &'static str {
        match self {
            NotificationKind::DecisionOpened => "A decision opens",
            NotificationKind::ClosingSoon => "A decision closes in 24 hours and you have not voted",
            NotificationKind::DecisionResult => "A decision's result",
            NotificationKind::MoneyRecorded => "Money recorded for you",
            NotificationKind::RoundOpened => "A budgeting round opens",
            NotificationKind::PayoutPaid => "A payout is paid",
            NotificationKind::SignatureNeeded => "A legal document needs your signature",
            NotificationKind::RoundClosing => {
                "A budgeting round closes in 24 hours and you have some of your share left"
            }
            NotificationKind::FloodDecision => "A Flood decision opens",
            NotificationKind::Mentioned => "Someone mentions you in a comment",
        }
    }

    /// Whether it reminds people of something they have not done yet, so
    /// those who did it (voted, or placed their whole share) are left out.
    pub fn is_reminder(self) -> bool {
        matches!(
            self,
            NotificationKind::ClosingSoon | NotificationKind::RoundClosing
        )
    }
}

crate::stored_enum! {
    /// How a person wants one kind of notification from one pool.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Delivery {
        /// An email at once (the default).
        Immediately => "immediately",
        /// Gathered into one email a day.
        Digest => "digest",
        /// Not at all.
        Off => "off",
    }
}

/// Who gets a notification of `kind` about one subject, and how: each
/// person of `audience` once, minus those who turned this kind off, those
/// already notified about this subject, and, for a reminder, those who did
/// what it reminds of (`done`: voted, or placed their whole share). In the
/// audience's order, without repeats.
pub fn recipients(
    kind: NotificationKind,
    audience: &[String],
    done: &BTreeSet<String>,
    delivery: impl Fn(&str) -> Delivery,
    already: impl Fn(&str) -> bool,
) -> Vec<(String, Delivery)> {
    let mut seen = BTreeSet::new();
    audience
        .iter()
        .filter(|p| seen.insert(p.as_str()))
        .filter(|p| !(kind.is_reminder() && done.contains(*p)))
        .filter(|p| !already(p))
        .filter_map(|p| match delivery(p) {
            Delivery::Off => None,
            d => Some((p.clone(), d)),
        })
        .collect()
}

/// Whether a person's digest is due: their oldest waiting item is a day old.
pub fn digest_due(oldest_waiting_ms: i64, now_ms: i64) -> bool {
    now_ms - oldest_waiting_ms >= DIGEST_EVERY_MS
}

/// How often a digest goes out.
pub const DIGEST_EVERY_MS: i64 = 24 * 3600 * 1000;

/// How long before a decision closes the reminder goes out.
pub const REMIND_BEFORE_MS: i64 = 24 * 3600 * 1000;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn kind() -> impl Strategy<Value = NotificationKind> {
        proptest::sample::select(NotificationKind::ALL.to_vec())
    }

    fn delivery() -> impl Strategy<Value = Delivery> {
        proptest::sample::select(Delivery::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn the_rules_hold_for_any_audience(
            kind in kind(),
            audience in proptest::collection::vec(0u8..12, 0..30),
            voted in proptest::collection::btree_set(0u8..12, 0..12),
            prefs in proptest::collection::btree_map(0u8..12, delivery(), 0..12),
            already in proptest::collection::btree_set(0u8..12, 0..6),
        ) {
            let name = |n: &u8| format!("p{n}");
            let audience: Vec<String> = audience.iter().map(name).collect();
            let voted: BTreeSet<String> = voted.iter().map(name).collect();
            let prefs: BTreeMap<String, Delivery> = prefs.iter().map(|(k, v)| (name(k), *v)).collect();
            let already: BTreeSet<String> = already.iter().map(name).collect();
            let got = recipients(
                kind,
                &audience,
                &voted,
                |p| prefs.get(p).copied().unwrap_or(Delivery::Immediately),
                |p| already.contains(p),
            );
            let people: Vec<&String> = got.iter().map(|(p, _)| p).collect();
            let unique: BTreeSet<&String> = people.iter().copied().collect();
            // Nobody twice, nobody outside the audience.
            prop_assert_eq!(unique.len(), people.len());
            prop_assert!(people.iter().all(|p| audience.contains(p)));
            for (p, d) in &got {
                // Nobody who turned it off, nobody already told.
                prop_assert_ne!(*d, Delivery::Off);
                prop_assert!(!already.contains(p));
                prop_assert_eq!(Some(*d), Some(prefs.get(p).copied().unwrap_or(Delivery::Immediately)));
                // Nobody who voted (or spent their share) is reminded.
                if kind.is_reminder() {
                    prop_assert!(!voted.contains(p));
                }
            }
            // And everyone else in the audience is told.
            for p in &audience {
                let off = prefs.get(p) == Some(&Delivery::Off);
                let skip = off || already.contains(p)
                    || (matches!(kind, NotificationKind::ClosingSoon | NotificationKind::RoundClosing)
                        && voted.contains(p));
                prop_assert_eq!(unique.contains(p), !skip);
            }
        }
    }

    #[test]
    fn a_digest_goes_once_a_day() {
        assert!(!digest_due(0, DIGEST_EVERY_MS - 1));
        assert!(digest_due(0, DIGEST_EVERY_MS));
    }
}

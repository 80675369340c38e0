//! Values kept as text in storage, forms and the API.
//!
//! `stored_enum!` declares an enum together with its one table of
//! identifiers: `as_str`, `parse` and `ALL` are all read from that table, so
//! a status or kind is spelled in exactly one place.

/// Declares an enum whose variants each have one text identifier.
///
/// ```
/// pools_core::stored_enum! {
///     /// A colour.
///     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
///     pub enum Colour {
///         /// Red.
///         Red => "red",
///         /// Dark blue.
///         DarkBlue => "dark_blue",
///     }
/// }
/// assert_eq!(Colour::DarkBlue.as_str(), "dark_blue");
/// assert_eq!(Colour::parse("red"), Some(Colour::Red));
/// assert_eq!(Colour::parse("Red"), None);
/// assert_eq!(Colour::ALL.len(), 2);
/// ```
#[macro_export]
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order declared.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The identifier used in storage, forms and the API.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }

            /// Parses the identifier; anything else is `None`.
            pub fn parse(s: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.as_str() == s)
            }

            /// Every identifier, for error messages ("one of a, b or c").
            pub fn choices() -> String {
                let names: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                match names.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        format!("{} or {}", rest.join(", "), last)
                    }
                    _ => names.concat(),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::budget::{BucketStatus, RoundStatus};
    use crate::decision::DecisionStatus;
    use crate::event::MoneyKind;
    use crate::flood::{FloodStatus, GroupKind, MemberPoolStatus, PoolKind};
    use crate::ledger::{EntryKind, ExitStatus, PayoutStatus, ReportStatus};
    use crate::membership::{MemberStatus, PoolStatus};

    /// Every stored value reads back as itself, and no two share a name.
    fn round_trips<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        as_str: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
    ) {
        let mut seen = std::collections::BTreeSet::new();
        for &v in all {
            assert_eq!(parse(as_str(v)), Some(v));
            assert!(seen.insert(as_str(v)), "{} is spelled twice", as_str(v));
            assert_eq!(parse(&as_str(v).to_uppercase()), None);
        }
        assert_eq!(parse(""), None);
    }

    #[test]
    fn every_stored_value_reads_back_as_itself() {
        round_trips(EntryKind::ALL, EntryKind::as_str, EntryKind::parse);
        round_trips(PayoutStatus::ALL, PayoutStatus::as_str, PayoutStatus::parse);
        round_trips(ExitStatus::ALL, ExitStatus::as_str, ExitStatus::parse);
        round_trips(ReportStatus::ALL, ReportStatus::as_str, ReportStatus::parse);
        round_trips(BucketStatus::ALL, BucketStatus::as_str, BucketStatus::parse);
        round_trips(FloodStatus::ALL, FloodStatus::as_str, FloodStatus::parse);
        round_trips(
            MemberPoolStatus::ALL,
            MemberPoolStatus::as_str,
            MemberPoolStatus::parse,
        );
        round_trips(MoneyKind::ALL, MoneyKind::as_str, MoneyKind::parse);
        round_trips(MemberStatus::ALL, MemberStatus::as_str, MemberStatus::parse);
        round_trips(PoolStatus::ALL, PoolStatus::as_str, PoolStatus::parse);
        round_trips(RoundStatus::ALL, RoundStatus::as_str, RoundStatus::parse);
        round_trips(
            DecisionStatus::ALL,
            DecisionStatus::as_str,
            DecisionStatus::parse,
        );
        round_trips(GroupKind::ALL, GroupKind::as_str, GroupKind::parse);
        round_trips(PoolKind::ALL, PoolKind::as_str, PoolKind::parse);
    }

    #[test]
    fn the_money_kinds_serialize_as_they_are_stored() {
        for &k in MoneyKind::ALL {
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
        assert_eq!(MoneyKind::choices(), "capital, gift or buy_in");
    }
}

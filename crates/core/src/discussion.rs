//! Discussion, as pure rules. Every decision has a thread, and a pool can
//! hold discussions without a vote. Comments are the minutes: they are
//! journaled, so they are never deleted, only hidden with a reason kept.
//!
//! Who may do what: active members (in a Flood, active members of a member
//! pool) post and reply; replies go one level deep; only the author edits,
//! and every edit is shown as one; the author or an organizer hides a
//! comment, saying why. A mention is `@` and a member's handle, made from
//! their name (`ana-okafor`); handles are resolved to people when the
//! comment is posted, and those people are what the journal records.

use crate::membership::{MemberStatus, PoolRole};
use std::collections::{BTreeMap, BTreeSet};

/// The longest comment, in characters.
pub const MAX_COMMENT: usize = 10_000;

/// The longest reason for hiding a comment, in characters.
pub const MAX_HIDE_REASON: usize = 500;

/// The comment a reply answers, as the rules need to see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parent<'a> {
    /// The thread it is in.
    pub thread_id: &'a str,
    /// Whether it is itself a reply.
    pub is_reply: bool,
}

/// Whether someone may post in a body's threads: an active member (for a
/// Flood, of a member pool: their standing there).
pub fn may_post(standing: Option<(PoolRole, MemberStatus)>) -> bool {
    matches!(standing, Some((_, MemberStatus::Active)))
}

/// Checks what a reply answers: a comment of the same thread that is not
/// itself a reply, so replies go one level deep.
pub fn check_reply(thread_id: &str, parent: Option<Parent<'_>>) -> Result<(), &'static str> {
    match parent {
        None => Err("the comment you reply to does not exist"),
        Some(p) if p.thread_id != thread_id => Err("the comment you reply to is in another thread"),
        Some(p) if p.is_reply => Err(
            "replies go one level deep: answer the comment that started the conversation instead",
        ),
        Some(_) => Ok(()),
    }
}

/// Whether `person` may edit a comment: only its author, and not once it
/// is hidden.
pub fn may_edit(person: &str, author: &str, hidden: bool) -> Result<(), &'static str> {
    if person != author {
        Err("only the comment's author can edit it")
    } else if hidden {
        Err("this comment is hidden and can no longer be edited")
    } else {
        Ok(())
    }
}

/// Whether `person`, with `standing` in the body, may hide a comment: its
/// author, or an active organizer; once.
pub fn may_hide(
    person: &str,
    author: &str,
    standing: Option<(PoolRole, MemberStatus)>,
    hidden: bool,
) -> Result<(), &'static str> {
    let organizer = matches!(standing, Some((PoolRole::Organizer, MemberStatus::Active)));
    if hidden {
        Err("this comment is already hidden")
    } else if person != author && !organizer {
        Err("only the comment's author or an organizer can hide it")
    } else {
        Ok(())
    }
}

/// A person's handle, from their name: "Ana Okafor" is `ana-okafor`.
pub fn handle(name: &str) -> String {
    let h = crate::text::hyphenated(name);
    if h.is_empty() { "member".into() } else { h }
}

/// Every member's handle, to the person: people are taken in the order
/// given, and the second and later people whose names make the same handle
/// get `-2`, `-3` after it. A handle that another name already makes is
/// skipped over, so every handle names one person.
pub fn handles<'a>(
    people: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut placed: BTreeSet<&str> = BTreeSet::new();
    // The plain handles first, so "Ana" never loses `ana` to a later
    // "Ana 2" written the same.
    let mut rest = Vec::new();
    for (id, name) in people {
        let h = handle(name);
        if placed.contains(id) {
            continue;
        }
        match out.entry(h) {
            std::collections::btree_map::Entry::Occupied(taken) => {
                rest.push((id, taken.key().clone()))
            }
            std::collections::btree_map::Entry::Vacant(free) => {
                free.insert(id.to_string());
            }
        }
        placed.insert(id);
    }
    for (id, h) in rest {
        let mut n = 2;
        while out.contains_key(&format!("{h}-{n}")) {
            n += 1;
        }
        out.insert(format!("{h}-{n}"), id.to_string());
    }
    out
}

/// The handles a text mentions, in order, each once: `@` at the start or
/// after a character that cannot be part of an email address, followed by
/// lower-case letters, digits and hyphens (capitals are read as lower case).
pub fn mentioned(body: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let chars: Vec<char> = body.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i] == '@'
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || "._%+-@".contains(chars[i - 1])));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut h = String::new();
        while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '-') {
            h.push(chars[j].to_ascii_lowercase());
            j += 1;
        }
        let h = h.trim_end_matches('-').to_string();
        if !h.is_empty() && !out.contains(&h) {
            out.push(h);
        }
        i = j.max(i + 1);
    }
    out
}

/// The people a text mentions, by the handles given: each once, in the
/// order first mentioned. Handles nobody has stay plain text.
pub fn resolve(body: &str, handles: &BTreeMap<String, String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for h in mentioned(body) {
        if let Some(p) = handles.get(&h)
            && !out.contains(p)
        {
            out.push(p.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn replies_go_one_level_deep_in_their_own_thread() {
        let top = Parent {
            thread_id: "t",
            is_reply: false,
        };
        assert!(check_reply("t", Some(top)).is_ok());
        assert!(check_reply("t", None).is_err());
        assert!(check_reply("u", Some(top)).is_err());
        let reply = Parent {
            thread_id: "t",
            is_reply: true,
        };
        assert!(
            check_reply("t", Some(reply))
                .unwrap_err()
                .contains("one level")
        );
    }

    #[test]
    fn only_the_author_edits_and_the_author_or_an_organizer_hides() {
        assert!(may_edit("a", "a", false).is_ok());
        assert!(may_edit("b", "a", false).is_err());
        assert!(may_edit("a", "a", true).is_err());
        let member = Some((PoolRole::Member, MemberStatus::Active));
        let organizer = Some((PoolRole::Organizer, MemberStatus::Active));
        let gone = Some((PoolRole::Organizer, MemberStatus::Left));
        assert!(may_hide("a", "a", member, false).is_ok());
        assert!(may_hide("b", "a", member, false).is_err());
        assert!(may_hide("b", "a", organizer, false).is_ok());
        assert!(may_hide("b", "a", gone, false).is_err());
        assert!(may_hide("a", "a", organizer, true).is_err());
        assert!(may_post(member));
        assert!(!may_post(Some((PoolRole::Member, MemberStatus::Pending))));
        assert!(!may_post(None));
    }

    #[test]
    fn mentions_are_read_from_handles_and_emails_are_not_mentions() {
        assert_eq!(
            mentioned("Thanks @Ana-Okafor, and @ben. Mail ben@example.org or @ben again; @-"),
            vec!["ana-okafor", "ben"]
        );
        assert_eq!(mentioned("(@zoe-o-brien)"), vec!["zoe-o-brien"]);
        assert_eq!(mentioned("@"), Vec::<String>::new());
        let hs = handles([("1", "Ana Okafor"), ("2", "Ben"), ("3", "Zoë O'Brien")]);
        assert_eq!(hs["zoe-o-brien"], "3");
        assert_eq!(
            resolve("@ben and @ana-okafor and @nobody and @ben", &hs),
            vec!["2", "1"]
        );
    }

    #[test]
    fn two_members_with_one_name_get_two_handles() {
        let hs = handles([("1", "Ana"), ("2", "Ana"), ("3", "Ana 2"), ("4", "!!")]);
        assert_eq!(hs["ana"], "1");
        assert_eq!(hs["ana-2"], "3");
        assert_eq!(hs["ana-3"], "2");
        assert_eq!(hs["member"], "4");
    }

    proptest! {
        /// Every person gets exactly one handle, every handle names one
        /// person, and mentioning a handle finds that person.
        #[test]
        fn every_member_has_one_handle_that_finds_them(
            names in proptest::collection::vec("[A-Za-zé' -]{0,8}", 0..12)
        ) {
            let ids: Vec<String> = (0..names.len()).map(|i| format!("p{i}")).collect();
            let hs = handles(ids.iter().map(String::as_str).zip(names.iter().map(String::as_str)));
            prop_assert_eq!(hs.len(), ids.len());
            for (h, p) in &hs {
                prop_assert_eq!(resolve(&format!("hi @{h}!"), &hs), vec![p.clone()]);
            }
        }
    }
}

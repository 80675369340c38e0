//! Email as pure rules: where a message stands in the outbox, when a failed
//! delivery is tried again, and how one letter is written both as plain
//! text and as HTML, always saying why the person gets it.

use std::fmt::Write as _;

crate::stored_enum! {
    /// Where a message stands in the outbox.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum MailStatus {
        /// Waiting to be sent (again, after a failure, from `next_attempt`).
        Queued => "queued",
        /// Claimed by a sender, which holds it until its lease ends.
        Sending => "sending",
        /// The mail server accepted it.
        Sent => "sent",
        /// Given up: refused for good by the mail server, or failing for
        /// too long. The reason is kept.
        Failed => "failed",
        /// Not sent in time: what it said (a reset link, a deadline) no
        /// longer holds.
        Expired => "expired",
    }
}

/// How many times a message is tried before it is given up.
pub const MAX_ATTEMPTS: u32 = 8;

/// The first wait after a failure, in milliseconds; it doubles each time.
pub const FIRST_RETRY_MS: i64 = 30_000;

/// The longest wait between two tries, in milliseconds.
pub const LONGEST_RETRY_MS: i64 = 3_600_000;

/// How long after a failed try (the `attempts`-th) the next one may start,
/// or `None` if the message has been tried enough and is given up. Waits
/// double from [`FIRST_RETRY_MS`] up to [`LONGEST_RETRY_MS`].
pub fn retry_after_ms(attempts: u32) -> Option<i64> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let shift = attempts.saturating_sub(1).min(32);
    Some((FIRST_RETRY_MS << shift).min(LONGEST_RETRY_MS))
}

/// One letter, before it is written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The subject line.
    pub subject: String,
    /// The words around the message, in its reader's language.
    pub words: Words,
    /// The paragraphs, as plain text.
    pub paragraphs: Vec<String>,
    /// The one thing to do: a label and an absolute link.
    pub action: Option<(String, String)>,
    /// Why this person gets this message, in a sentence.
    pub reason: String,
    /// Where one click stops messages like this one, if they can be stopped.
    pub unsubscribe: Option<String>,
}

/// The words every letter has, in the language of the one who reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// The language tag, for the HTML part's `lang`.
    pub lang: String,
    /// The greeting line, with the reader's name: "Hello Ana,".
    pub hello: String,
    /// Before the unsubscribe link in the plain part, with `{link}` where
    /// the link goes: "To stop these messages: {link}".
    pub stop_text: String,
    /// The unsubscribe link's words in the HTML part.
    pub stop_link: String,
}

/// A letter written out: the two parts of the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The plain-text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
}

impl Letter {
    /// Writes the letter as plain text and as HTML with the same words. The
    /// HTML is escaped throughout, so nothing in a name or a title can add
    /// markup or links.
    pub fn write(&self) -> Written {
        let w = &self.words;
        let mut text = format!("{}\n\n", w.hello);
        let mut html = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"></head>\n\
             <body style=\"font-family: sans-serif; line-height: 1.5; max-width: 36em\">\n",
            escape(&w.lang)
        );
        let _ = writeln!(html, "<p>{}</p>", escape(&w.hello));
        for p in &self.paragraphs {
            let _ = write!(text, "{p}\n\n");
            let _ = writeln!(html, "<p>{}</p>", escape(p));
        }
        if let Some((label, link)) = &self.action {
            let _ = write!(text, "{label}:\n{link}\n\n");
            let _ = writeln!(
                html,
                "<p><a href=\"{}\">{}</a></p>",
                escape(link),
                escape(label)
            );
        }
        let _ = write!(text, "-- \n{}\n", self.reason);
        let _ = write!(
            html,
            "<hr>\n<p style=\"color: #555; font-size: 0.9em\">{}",
            escape(&self.reason)
        );
        if let Some(u) = &self.unsubscribe {
            let _ = writeln!(text, "{}", w.stop_text.replace("{link}", u));
            let _ = write!(
                html,
                " <a href=\"{}\">{}</a>.",
                escape(u),
                escape(&w.stop_link)
            );
        }
        html.push_str("</p>\n</body></html>\n");
        Written { text, html }
    }
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn waits_double_then_stop() {
        assert_eq!(retry_after_ms(1), Some(30_000));
        assert_eq!(retry_after_ms(2), Some(60_000));
        assert_eq!(retry_after_ms(7), Some(30_000 << 6));
        assert_eq!(retry_after_ms(MAX_ATTEMPTS), None);
    }

    proptest! {
        #[test]
        fn waits_never_shrink_and_stay_bounded(n in 1u32..MAX_ATTEMPTS) {
            let a = retry_after_ms(n).unwrap();
            prop_assert!((FIRST_RETRY_MS..=LONGEST_RETRY_MS).contains(&a));
            if let Some(b) = retry_after_ms(n + 1) {
                prop_assert!(b >= a);
            }
        }

        #[test]
        fn a_letter_says_the_same_in_both_parts_and_no_markup_gets_in(
            name in "[a-zA-Z<>&\"' ]{1,20}",
            para in "[a-zA-Z<>&\"' .]{0,60}",
        ) {
            let l = Letter {
                subject: "S".into(),
                words: Words {
                    lang: "en".into(),
                    hello: format!("Hello {name},"),
                    stop_text: "To stop these messages: {link}".into(),
                    stop_link: "Stop these messages".into(),
                },
                paragraphs: vec![para.clone()],
                action: Some(("Open it".into(), "https://pools.example/x?a=1&b=2".into())),
                reason: "You are a member of Oakland Makers.".into(),
                unsubscribe: Some("https://pools.example/u/t".into()),
            };
            let w = l.write();
            prop_assert!(w.text.contains(&para));
            prop_assert!(w.text.contains(&l.reason));
            prop_assert!(w.html.contains(&escape(&para)));
            prop_assert!(w.html.contains(&escape(&l.reason)));
            prop_assert!(w.html.contains("https://pools.example/x?a=1&amp;b=2"));
            // Only the letter's own tags: no '<' from the input survives.
            let inner = w.html.replace(&escape(&name), "").replace(&escape(&para), "");
            prop_assert!(!inner.contains("<script"));
            prop_assert_eq!(w.html.matches("<a ").count(), 2);
        }
    }
}

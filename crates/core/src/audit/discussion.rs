//! The minutes: every discussion and comment checked against the rules of
//! `crate::discussion` as the roster stood when it was written. A thread is
//! a decision or a discussion of the same body; a reply answers a comment
//! of its thread that is not itself a reply; only members post, only
//! members are mentioned, only the author edits, and a comment is hidden
//! once, by its author or an organizer, with a reason.

use super::Audit;
use crate::discussion;
use crate::event::Event;

/// A comment as the audit follows it.
pub(super) struct AuditComment {
    thread_id: String,
    author_id: String,
    is_reply: bool,
    hidden: bool,
}

impl Audit {
    /// Notes a decision's thread, so comments on it can be checked.
    pub(super) fn thread_opened(&mut self, thread_id: &str, pool_id: &str) {
        self.threads
            .insert(thread_id.to_string(), pool_id.to_string());
    }

    /// Checks a discussion started, a comment posted, edited or hidden.
    pub(super) fn discussion_event(&mut self, event: Event) -> Result<(), String> {
        match event {
            Event::DiscussionStarted {
                discussion_id,
                pool_id,
                author_id,
                mentions,
                ..
            } => {
                if self.threads.contains_key(&discussion_id) {
                    return Err(format!("thread {discussion_id} is started twice"));
                }
                self.check_poster(&pool_id, &author_id)?;
                self.check_mentions(&pool_id, &mentions)?;
                self.thread_opened(&discussion_id, &pool_id);
            }
            Event::CommentPosted {
                comment_id,
                pool_id,
                thread_id,
                parent_id,
                author_id,
                mentions,
                ..
            } => {
                match self.threads.get(&thread_id) {
                    None => {
                        return Err(format!(
                            "comment {comment_id} is in a thread that does not exist"
                        ));
                    }
                    Some(p) if *p != pool_id => {
                        return Err(format!(
                            "comment {comment_id} names pool {pool_id}, but its thread belongs to {p}"
                        ));
                    }
                    Some(_) => {}
                }
                if self.comments.contains_key(&comment_id) {
                    return Err(format!("comment {comment_id} is posted twice"));
                }
                if let Some(parent) = &parent_id {
                    let p = self.comments.get(parent).map(|c| discussion::Parent {
                        thread_id: &c.thread_id,
                        is_reply: c.is_reply,
                    });
                    discussion::check_reply(&thread_id, p)
                        .map_err(|why| format!("comment {comment_id}: {why}"))?;
                }
                self.check_poster(&pool_id, &author_id)?;
                self.check_mentions(&pool_id, &mentions)?;
                self.comments.insert(
                    comment_id,
                    AuditComment {
                        thread_id,
                        author_id,
                        is_reply: parent_id.is_some(),
                        hidden: false,
                    },
                );
                self.summary.comments += 1;
            }
            Event::CommentEdited {
                comment_id,
                person_id,
                mentions,
                ..
            } => {
                let c = self.comments.get(&comment_id).ok_or_else(|| {
                    format!("comment {comment_id} is edited but was never posted")
                })?;
                discussion::may_edit(&person_id, &c.author_id, c.hidden)
                    .map_err(|why| format!("comment {comment_id}: {why}"))?;
                let pool = self.threads[&c.thread_id].clone();
                self.check_mentions(&pool, &mentions)?;
            }
            Event::CommentHidden {
                comment_id,
                person_id,
                reason,
            } => {
                let c = self.comments.get(&comment_id).ok_or_else(|| {
                    format!("comment {comment_id} is hidden but was never posted")
                })?;
                let pool = &self.threads[&c.thread_id];
                discussion::may_hide(
                    &person_id,
                    &c.author_id,
                    self.roster.standing(pool, &person_id),
                    c.hidden,
                )
                .map_err(|why| format!("comment {comment_id}: {why}"))?;
                if reason.trim().is_empty() {
                    return Err(format!("comment {comment_id} is hidden without a reason"));
                }
                if let Some(c) = self.comments.get_mut(&comment_id) {
                    c.hidden = true;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn check_poster(&self, pool_id: &str, person_id: &str) -> Result<(), String> {
        if discussion::may_post(self.roster.standing(pool_id, person_id)) {
            Ok(())
        } else {
            Err(format!(
                "{person_id} writes in {pool_id}'s threads without being an active member"
            ))
        }
    }

    fn check_mentions(&self, pool_id: &str, mentions: &[String]) -> Result<(), String> {
        for (i, p) in mentions.iter().enumerate() {
            if mentions[..i].contains(p) {
                return Err(format!("{p} is mentioned twice in one text"));
            }
            if !self.roster.mentionable(pool_id, p) {
                return Err(format!(
                    "{p} is mentioned in {pool_id} without being a member"
                ));
            }
        }
        Ok(())
    }
}

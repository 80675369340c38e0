//! Invites: each imported member's link, and sending it by email. An
//! organizer adds addresses (one at a time, or a list matched by
//! `pools_core::meetup::emails`), sends the invites, and sees who was
//! invited, who opened their link and who claimed their place. Addresses
//! are operational state: never journaled, never exported.

use crate::error::say;
use crate::groups::{GroupInvites, Invite, find_group};
use crate::mail::Telling;
use crate::ports::{Group, GroupMember, Tx};
use crate::{Actor, App, AppError, AppResult, visibility};
use pools_core::meetup::emails::{self, Imported};
use pools_core::msg::Msg;
use pools_core::text;
use std::collections::HashMap;

/// What adding a list of addresses did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EmailsAdded {
    /// Addresses kept for unclaimed places.
    pub added: u64,
    /// Rows whose member had already claimed their place.
    pub already_claimed: u64,
}

/// What sending invites did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InvitesSent {
    /// Invites queued.
    pub sent: u64,
    /// Places not sent to, with why (name, reason).
    pub skipped: Vec<(String, String)>,
}

/// How long an invite email keeps trying to leave: a week.
const INVITE_KEEPS_TRYING_MS: i64 = 7 * 24 * 3600 * 1000;

impl App {
    /// A group and its members, for one of its organizers (or the operator);
    /// anyone else is refused.
    async fn organized_group(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        slug: &str,
    ) -> AppResult<(Group, Vec<GroupMember>)> {
        if matches!(actor, Actor::Anonymous) {
            return Err(AppError::sign_in());
        }
        let group = find_group(tx, slug).await?;
        let members = tx.group_members(&group.id).await?;
        let me = actor
            .person_id()
            .and_then(|pid| members.iter().find(|m| m.person_id.as_deref() == Some(pid)));
        if !visibility::may_see_invites(actor, me) {
            return Err(AppError::Forbidden(say(Msg::new(
                "error-pools-invites-forbidden",
            )
            .text("group", &group.name))));
        }
        Ok((group, members))
    }

    /// Every imported place of a group, with its link while unclaimed, its
    /// address, and whether it was invited, opened and claimed. Only its
    /// organizers (and the operator) may see them: a link claims a place.
    pub async fn invites(&self, actor: &Actor, slug: &str) -> AppResult<GroupInvites> {
        let mut tx = self.store.read().await?;
        let (group, members) = self.organized_group(&mut tx, actor, slug).await?;
        let mut emails: HashMap<String, crate::ports::InviteEmail> = tx
            .invite_emails(&group.id)
            .await?
            .into_iter()
            .map(|e| (e.group_member_id.clone(), e))
            .collect();
        let invites = members
            .iter()
            .filter(|m| m.meetup_member_id.is_some() || m.person_id.is_none())
            .map(|m| {
                let e = emails.remove(&m.id);
                Invite {
                    member_id: m.id.clone(),
                    name: m.name.clone(),
                    link: m.person_id.is_none().then(|| self.invite_link(&m.id)),
                    email: e.as_ref().map(|e| e.email.clone()),
                    sent: e.as_ref().map_or(0, |e| e.sent),
                    last_sent_ms: e.as_ref().and_then(|e| e.last_sent_ms),
                    opened_ms: e.as_ref().and_then(|e| e.opened_ms),
                    claimed: m.person_id.is_some(),
                }
            })
            .collect();
        Ok(GroupInvites { group, invites })
    }

    /// Sets the address of one unclaimed imported place; an empty address
    /// removes it.
    pub async fn set_invite_email(
        &self,
        actor: &Actor,
        slug: &str,
        member_id: &str,
        email: &str,
    ) -> AppResult<()> {
        let email = match email.trim() {
            "" => None,
            raw => Some(text::email(raw).map_err(|_| {
                AppError::invalid(
                    "email",
                    say(Msg::new("error-pools-not-an-email").text("text", text::quote(raw))),
                )
            })?),
        };
        let mut tx = self.store.write().await?;
        let (group, members) = self.organized_group(&mut tx, actor, slug).await?;
        let m = members.iter().find(|m| m.id == member_id).ok_or_else(|| {
            AppError::NotFound(say(
                Msg::new("error-pools-no-such-member").text("group", &group.name)
            ))
        })?;
        if m.person_id.is_some() {
            return Err(AppError::Conflict(say(Msg::new(
                "error-pools-place-claimed",
            )
            .text("name", &m.name))));
        }
        tx.set_invite_email(
            &m.id,
            &group.id,
            email.as_deref(),
            actor.person_id(),
            &pools_core::journal::format_time(self.now()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds the addresses of a list (name, profile link, email). The whole
    /// list is checked first: one bad row keeps them all out, and every
    /// problem is named with its line.
    pub async fn add_invite_emails(
        &self,
        actor: &Actor,
        slug: &str,
        bytes: &[u8],
    ) -> AppResult<EmailsAdded> {
        let rows = emails::parse_email_list(bytes).map_err(list_errors)?;
        let mut tx = self.store.write().await?;
        let (group, members) = self.organized_group(&mut tx, actor, slug).await?;
        let imported: Vec<Imported> = members
            .iter()
            .filter(|m| m.meetup_member_id.is_some())
            .map(|m| Imported {
                id: &m.id,
                name: &m.name,
                meetup_member_id: m.meetup_member_id,
                claimed: m.person_id.is_some(),
            })
            .collect();
        let matched = emails::match_rows(&rows, &imported).map_err(list_errors)?;
        let at = pools_core::journal::format_time(self.now());
        for (member_id, email) in &matched.addresses {
            tx.set_invite_email(member_id, &group.id, Some(email), actor.person_id(), &at)
                .await?;
        }
        tx.commit().await?;
        Ok(EmailsAdded {
            added: matched.addresses.len() as u64,
            already_claimed: matched.already_claimed,
        })
    }

    /// Sends invites by email: to one place, or to every unclaimed place
    /// with an address that has not been invited yet. Each goes at most
    /// once a day and five times in all (`emails::may_invite`).
    pub async fn send_invites(
        &self,
        actor: &Actor,
        slug: &str,
        member_id: Option<&str>,
    ) -> AppResult<InvitesSent> {
        let mut tx = self.store.write().await?;
        let (group, members) = self.organized_group(&mut tx, actor, slug).await?;
        let addresses: HashMap<String, crate::ports::InviteEmail> = tx
            .invite_emails(&group.id)
            .await?
            .into_iter()
            .map(|e| (e.group_member_id.clone(), e))
            .collect();
        let sender_language = match actor {
            Actor::Person(p) => {
                pools_i18n::of_setting(p.language.as_deref(), pools_i18n::Locale::En)
            }
            _ => pools_i18n::Locale::En,
        };
        let from = match actor {
            Actor::Person(p) => p.name.clone(),
            _ => pools_i18n::say(
                sender_language,
                None,
                &Msg::new("mail-invite-from-organizers").text("group", &group.name),
            ),
        };
        let now = self.now_ms();
        let mut report = InvitesSent::default();
        let chosen: Vec<&GroupMember> = match member_id {
            Some(id) => vec![members.iter().find(|m| m.id == id).ok_or_else(|| {
                AppError::NotFound(say(
                    Msg::new("error-pools-no-such-member").text("group", &group.name)
                ))
            })?],
            None => members
                .iter()
                .filter(|m| {
                    m.person_id.is_none() && addresses.get(&m.id).is_some_and(|e| e.sent == 0)
                })
                .collect(),
        };
        for m in chosen {
            let Some(address) = addresses.get(&m.id) else {
                report
                    .skipped
                    .push((m.name.clone(), say(Msg::new("error-pools-skip-no-address"))));
                continue;
            };
            if m.person_id.is_some() {
                report
                    .skipped
                    .push((m.name.clone(), say(Msg::new("error-pools-skip-claimed"))));
                continue;
            }
            if let Err(why) = emails::may_invite(address.sent, address.last_sent_ms, now) {
                report.skipped.push((m.name.clone(), why));
                continue;
            }
            let link = self.invite_link(&m.id);
            // Someone with no account yet reads it in the language of the
            // organizer who invites them.
            let letter = Telling {
                subject: Msg::new("mail-invite-subject")
                    .text("from", from.as_str())
                    .text("group", &group.name),
                paragraphs: vec![
                    Msg::new("mail-invite-body")
                        .text("from", from.as_str())
                        .text("group", &group.name),
                    Msg::new("mail-invite-link"),
                ],
                action: Some((Msg::new("mail-invite-action"), link)),
                reason: Msg::new("mail-invite-reason")
                    .text("group", &group.name)
                    .num("times", emails::MAX_INVITES),
                unsubscribe: None,
            }
            .letter(sender_language, None, &m.name);
            self.queue_letter(
                &mut tx,
                &address.email,
                &letter,
                now + INVITE_KEEPS_TRYING_MS,
            )
            .await?;
            tx.invite_sent(&m.id, now).await?;
            report.sent += 1;
        }
        tx.commit().await?;
        Ok(report)
    }
}

/// A list's problems, each as an error on the uploaded file.
fn list_errors(errors: Vec<pools_core::meetup::MeetupError>) -> AppError {
    AppError::Invalid(
        errors
            .into_iter()
            .map(|e| crate::FieldError {
                field: "file".into(),
                message: e.to_string(),
            })
            .collect(),
    )
}

//! Notifications: the notifier follows the journal from a cursor kept in
//! the database and turns what happened into notifications by the rules of
//! `pools_core::notify`, queueing each person's mail (or keeping it for their
//! digest) in the same transaction that moves the cursor. The request that
//! opened a decision is never slowed by its notifications; a crash loses
//! nothing (the cursor and the mail commit together); and the notification
//! key refuses a second telling of one thing, whichever server races.

use crate::error::say;
use crate::ports::{Notification, Pool, Tx};
use crate::{Actor, App, AppError, AppResult};
use pools_core::Event;
use pools_core::journal::format_time;
use pools_core::msg::Msg;
use pools_core::notify::{self, Delivery, NotificationKind};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The setting that holds the last journal seq the notifier handled.
pub(crate) const CURSOR: &str = "notifier_seq";

/// How far into the next entry's audience the notifier has come, when a
/// large fan-out spans several passes.
const OFFSET: &str = "notifier_offset";

/// The most notifications one transaction makes: a big fan-out continues
/// in the next pass, where it stopped. A transaction also stops early, after
/// any notification, when a request is waiting for the writer
/// (`Tx::others_waiting`), so requests never queue behind the notifier and
/// this bound only keeps one transaction's size in check.
pub const PER_TRANSACTION: usize = 200;

/// What a notifier pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NotifyReport {
    /// Journal entries read.
    pub entries: u64,
    /// Notifications made (mailed at once or kept for a digest).
    pub notified: u64,
    /// Whether there is more to do right away.
    pub more: bool,
}

/// One person's notification choices for one pool.
#[derive(Debug, Clone)]
pub struct NotificationSettings {
    /// The pool.
    pub pool: Pool,
    /// Every kind, with the choice (at once unless changed).
    pub choices: Vec<(NotificationKind, Delivery)>,
}

/// Reads one choice as a form or the API sends it, refusing what is not
/// a kind or a way of hearing, in words.
pub fn parse_choice(kind: &str, delivery: &str) -> AppResult<(NotificationKind, Delivery)> {
    let k = NotificationKind::parse(kind.trim()).ok_or_else(|| {
        AppError::invalid(
            "kind",
            say(Msg::new("error-talk-choose-kind")
                .msg(
                    "choices",
                    one_of(NotificationKind::ALL.iter().map(|k| k.as_str())),
                )
                .text("given", pools_core::text::quote(kind))),
        )
    })?;
    let d = Delivery::parse(delivery.trim()).ok_or_else(|| {
        AppError::invalid(
            "delivery",
            say(Msg::new("error-talk-choose-delivery")
                .msg("kind", kind_words(k))
                .msg("choices", one_of(Delivery::ALL.iter().map(|d| d.as_str())))
                .text("given", pools_core::text::quote(delivery))),
        )
    })?;
    Ok((k, d))
}

/// Identifiers to choose from, as words: "a, b or c". `o` says whether
/// the last begins with an o sound (Spanish writes "u" for "or" there).
fn one_of<'a>(names: impl IntoIterator<Item = &'a str>) -> Msg {
    let names: Vec<&str> = names.into_iter().collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => Msg::new("error-talk-or")
            .text("rest", rest.join(", "))
            .text("last", *last)
            .text(
                "o",
                if last.starts_with('o') || last.starts_with("ho") {
                    "u"
                } else {
                    "o"
                },
            ),
        _ => Msg::raw(names.concat()),
    }
}

/// What one fan-out tells.
struct Fanout<'a> {
    kind: NotificationKind,
    pool: &'a Pool,
    subject_id: &'a str,
    audience: Vec<String>,
    /// For a reminder: who already did what it reminds of.
    done: BTreeSet<String>,
    summary: Msg,
    link: String,
    subject: Msg,
    paragraphs: Vec<Msg>,
    action: Msg,
}

/// The words naming a kind of notification, as its settings page does.
fn kind_words(k: NotificationKind) -> Msg {
    Msg::new(format!("mail-kind-{}", k.as_str()))
}

impl App {
    /// Starts the notifier's cursor at the journal's head, once, so a
    /// server never notifies of what happened before it ran.
    pub async fn start_notifier_here(&self) -> AppResult<()> {
        let mut tx = self.store.write().await?;
        let head = tx.journal_head().await?;
        tx.set_setting(CURSOR, &head.seq.to_string()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Handles up to `limit` journal entries after the cursor, in one
    /// transaction with the cursor's move.
    pub async fn notify_pass(&self, limit: i64) -> AppResult<NotifyReport> {
        let mut tx = self.store.write().await?;
        if tx.others_waiting() {
            // Requests are waiting for the writer or for this batch's
            // commit: step aside and let them through; the next pass
            // starts a batch of its own.
            tx.commit().await?;
            return Ok(NotifyReport {
                more: true,
                ..NotifyReport::default()
            });
        }
        let cursor: i64 = tx.init_setting(CURSOR, "0").await?.parse().map_err(|_| {
            AppError::Store(crate::ports::StoreError::Corrupt(
                "the notifier's cursor is not a number".into(),
            ))
        })?;
        let mut offset: usize = tx
            .setting(OFFSET)
            .await?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        // A fan-out resumed midway reads only its own entry, which may be
        // large (a decision's electorate), and not the ones after it.
        let limit = if offset > 0 { 1 } else { limit };
        let entries = tx.journal_after(cursor, limit).await?;
        let mut report = NotifyReport {
            more: entries.len() as i64 == limit,
            ..NotifyReport::default()
        };
        let mut budget = self.config.notify_per_transaction.max(1);
        let mut done = None;
        for e in &entries {
            let event = e.decode().map_err(|why| {
                AppError::Store(crate::ports::StoreError::Corrupt(format!(
                    "journal entry {} cannot be read: {why}",
                    e.seq
                )))
            })?;
            if offset == 0 {
                // Webhooks hear of it once, when the notifier first reaches it.
                self.queue_hooks(&mut tx, e, &event).await?;
            }
            let (told, reached) = self.notify_of(&mut tx, &event, &mut budget, offset).await?;
            report.notified += told;
            if let Some(reached) = reached {
                // The rest of this entry's audience is told next pass,
                // from where this one stopped.
                tx.set_setting(OFFSET, &reached.to_string()).await?;
                report.more = true;
                break;
            }
            offset = 0;
            tx.set_setting(OFFSET, "0").await?;
            report.entries += 1;
            done = Some(e.seq);
            if budget == 0 {
                report.more = true;
                break;
            }
        }
        if let Some(seq) = done {
            tx.set_setting(CURSOR, &seq.to_string()).await?;
        }
        tx.commit().await?;
        Ok(report)
    }

    /// The notifications one event makes.
    /// Returns how many were told, and where in the audience it stopped if
    /// the budget ran out first.
    async fn notify_of(
        &self,
        tx: &mut Box<dyn Tx>,
        event: &Event,
        budget: &mut usize,
        offset: usize,
    ) -> AppResult<(u64, Option<usize>)> {
        let url = &self.config.public_url;
        match event {
            Event::DecisionOpened {
                decision_id,
                pool_id,
                title,
                closes_at,
                electorate,
                ..
            } => {
                let Some(pool) = tx.pool(pool_id).await? else {
                    return Ok((0, None));
                };
                let (kind, flood) = if pool.is_flood {
                    (NotificationKind::FloodDecision, "-flood")
                } else {
                    (NotificationKind::DecisionOpened, "")
                };
                let of = |id: &str| {
                    Msg::new(format!("{id}{flood}"))
                        .text("pool", &pool.name)
                        .text("title", title)
                };
                self.fan_out(
                    tx,
                    Fanout {
                        kind,
                        pool: &pool,
                        subject_id: decision_id,
                        audience: electorate.clone(),
                        done: BTreeSet::new(),
                        summary: of("mail-opened-summary"),
                        link: format!("{url}/d/{decision_id}"),
                        subject: Msg::new("mail-opened-subject").text("title", title),
                        paragraphs: vec![
                            of("mail-opened-body"),
                            Msg::new("mail-opened-closes").time("closes", closes_at),
                        ],
                        action: Msg::new("mail-opened-action"),
                    },
                    budget,
                    Some(offset),
                )
                .await
            }
            Event::DecisionClosed {
                decision_id,
                outcome,
            } => {
                let Some(d) = tx.decision(decision_id).await? else {
                    return Ok((0, None));
                };
                let Some(pool) = tx.pool(&d.pool_id).await? else {
                    return Ok((0, None));
                };
                let audience = tx.voters(decision_id).await?;
                // Said again in each reader's language from the tally; a
                // Flood's double majority has words of its own, in English.
                let explanation = if pool.is_flood {
                    Msg::raw(&outcome.explanation)
                } else {
                    let threshold =
                        pools_core::decision::threshold_for(d.rule_change.is_some(), &d.rules);
                    let said = pools_core::decision::said(
                        &d.method,
                        &d.tally,
                        d.eligible as u64,
                        &d.rules,
                        threshold,
                    );
                    Msg::new("mail-explanation").said("said", said)
                };
                self.fan_out(
                    tx,
                    Fanout {
                        kind: NotificationKind::DecisionResult,
                        pool: &pool,
                        subject_id: decision_id,
                        audience,
                        done: BTreeSet::new(),
                        summary: Msg::new("mail-result-summary")
                            .text("title", &d.title)
                            .msg("explanation", explanation.clone()),
                        link: format!("{url}/d/{decision_id}"),
                        subject: Msg::new("mail-result-subject").text("title", &d.title),
                        paragraphs: vec![
                            Msg::new("mail-result-body")
                                .text("title", &d.title)
                                .text("pool", &pool.name),
                            explanation,
                        ],
                        action: Msg::new("mail-result-action"),
                    },
                    budget,
                    Some(offset),
                )
                .await
            }
            Event::MoneyReceived {
                entry_id,
                pool_id,
                person_id,
                kind,
                amount,
                received_on,
                ..
            } => {
                let Some(pool) = tx.pool(pool_id).await? else {
                    return Ok((0, None));
                };
                let money = pools_core::Money::new(*amount, pool.currency);
                let kind_of = Msg::new(format!("mail-money-kind-{}", kind.as_str()));
                self.fan_out(
                    tx,
                    Fanout {
                        kind: NotificationKind::MoneyRecorded,
                        pool: &pool,
                        subject_id: entry_id,
                        audience: vec![person_id.clone()],
                        done: BTreeSet::new(),
                        summary: Msg::new("mail-money-summary")
                            .money("amount", money)
                            .text("pool", &pool.name)
                            .msg("kind", kind_of.clone()),
                        link: format!("{url}/p/{pool_id}/statement"),
                        subject: Msg::new("mail-money-subject")
                            .money("amount", money)
                            .text("pool", &pool.name),
                        paragraphs: vec![
                            Msg::new("mail-money-body")
                                .text("pool", &pool.name)
                                .money("amount", money)
                                .msg("kind", kind_of.clone())
                                .day("day", received_on),
                        ],
                        action: Msg::new("mail-money-action"),
                    },
                    budget,
                    Some(offset),
                )
                .await
            }
            Event::RoundOpened {
                round_id,
                pool_id,
                title,
                per_member,
                members,
                funding_close_at,
                ..
            } => {
                let Some(pool) = tx.pool(pool_id).await? else {
                    return Ok((0, None));
                };
                let share = pools_core::Money::new(*per_member, pool.currency);
                self.fan_out(
                    tx,
                    Fanout {
                        kind: NotificationKind::RoundOpened,
                        pool: &pool,
                        subject_id: round_id,
                        audience: members.clone(),
                        done: BTreeSet::new(),
                        summary: Msg::new("mail-round-summary")
                            .text("pool", &pool.name)
                            .text("title", title),
                        link: format!("{url}/r/{round_id}"),
                        subject: Msg::new("mail-round-subject")
                            .money("share", share)
                            .text("title", title),
                        paragraphs: vec![
                            Msg::new("mail-round-body")
                                .text("pool", &pool.name)
                                .text("title", title)
                                .money("share", share),
                            Msg::new("mail-round-closes").time("closes", funding_close_at),
                        ],
                        action: Msg::new("mail-round-action"),
                    },
                    budget,
                    Some(offset),
                )
                .await
            }
            Event::PayoutPaid {
                payout_id,
                pool_id,
                paid_on,
                ..
            } => {
                let (Some(pool), Some(payout)) =
                    (tx.pool(pool_id).await?, tx.payout(payout_id).await?)
                else {
                    return Ok((0, None));
                };
                let money = pools_core::Money::new(payout.amount, pool.currency);
                let audience = tx.voters(&payout.decision_id).await?;
                self.fan_out(
                    tx,
                    Fanout {
                        kind: NotificationKind::PayoutPaid,
                        pool: &pool,
                        subject_id: payout_id,
                        audience,
                        done: BTreeSet::new(),
                        summary: Msg::new("mail-paid-summary")
                            .money("amount", money)
                            .text("payee", &payout.payee)
                            .text("purpose", &payout.purpose),
                        link: format!("{url}/p/{pool_id}/treasury"),
                        subject: Msg::new("mail-paid-subject")
                            .money("amount", money)
                            .text("payee", &payout.payee),
                        paragraphs: vec![
                            Msg::new("mail-paid-body")
                                .text("pool", &pool.name)
                                .money("amount", money)
                                .text("payee", &payout.payee)
                                .text("purpose", &payout.purpose)
                                .day("day", paid_on),
                        ],
                        action: Msg::new("mail-paid-action"),
                    },
                    budget,
                    Some(offset),
                )
                .await
            }
            Event::DocumentsGenerated {
                formation_id,
                version,
                reason,
                ..
            } => {
                let Some(pool_id) = tx.pool_of_formation(formation_id).await? else {
                    return Ok((0, None));
                };
                let Some(pool) = tx.pool(&pool_id).await? else {
                    return Ok((0, None));
                };
                let audience = tx
                    .pool_members(&pool_id)
                    .await?
                    .into_iter()
                    .filter(|m| m.status == pools_core::membership::MemberStatus::Active)
                    .map(|m| m.person_id)
                    .collect();
                self.fan_out(
                    tx,
                    Fanout {
                        kind: NotificationKind::SignatureNeeded,
                        pool: &pool,
                        subject_id: &format!("{formation_id}:{version}"),
                        audience,
                        done: BTreeSet::new(),
                        summary: Msg::new("mail-sign-summary")
                            .num("version", *version)
                            .text("pool", &pool.name),
                        link: format!("{url}/p/{pool_id}/formation"),
                        subject: Msg::new("mail-sign-subject")
                            .text("pool", &pool.name)
                            .num("version", *version),
                        paragraphs: vec![
                            Msg::new("mail-sign-body")
                                .num("version", *version)
                                .text("pool", &pool.name)
                                .text("reason", reason),
                            Msg::new("mail-sign-how"),
                        ],
                        action: Msg::new("mail-sign-action"),
                    },
                    budget,
                    Some(offset),
                )
                .await
            }
            Event::DiscussionStarted {
                discussion_id,
                pool_id,
                author_id,
                title,
                body,
                mentions,
            } => {
                self.tell_mentioned(
                    tx,
                    pool_id,
                    discussion_id,
                    title,
                    author_id,
                    body,
                    mentions,
                    format!("{url}/t/{discussion_id}"),
                    budget,
                    offset,
                )
                .await
            }
            Event::CommentPosted {
                comment_id,
                pool_id,
                thread_id,
                author_id,
                body,
                mentions,
                ..
            } => {
                let Some((_, of, title)) = crate::discussion::find_thread(tx, thread_id).await?
                else {
                    return Ok((0, None));
                };
                self.tell_mentioned(
                    tx,
                    pool_id,
                    comment_id,
                    &title,
                    author_id,
                    body,
                    mentions,
                    format!("{url}{}#c-{comment_id}", of.path(thread_id)),
                    budget,
                    offset,
                )
                .await
            }
            Event::CommentEdited {
                comment_id,
                person_id,
                body,
                mentions,
            } => {
                // Whoever the edit newly mentions hears of it; the
                // notification key keeps the others from hearing twice.
                let Some(c) = tx.comment(comment_id).await? else {
                    return Ok((0, None));
                };
                let Some((_, of, title)) = crate::discussion::find_thread(tx, &c.thread_id).await?
                else {
                    return Ok((0, None));
                };
                let link = format!("{url}{}#c-{comment_id}", of.path(&c.thread_id));
                self.tell_mentioned(
                    tx, &c.pool_id, comment_id, &title, person_id, body, mentions, link, budget,
                    offset,
                )
                .await
            }
            _ => Ok((0, None)),
        }
    }

    /// Tells the people a comment or discussion mentions.
    #[allow(clippy::too_many_arguments)]
    async fn tell_mentioned(
        &self,
        tx: &mut Box<dyn Tx>,
        pool_id: &str,
        subject_id: &str,
        title: &str,
        author_id: &str,
        body: &str,
        mentions: &[String],
        link: String,
        budget: &mut usize,
        offset: usize,
    ) -> AppResult<(u64, Option<usize>)> {
        if mentions.is_empty() {
            return Ok((0, None));
        }
        let Some(pool) = tx.pool(pool_id).await? else {
            return Ok((0, None));
        };
        let author = match tx.person(author_id).await? {
            Some(p) => Msg::raw(p.name),
            None => Msg::new("mail-a-member"),
        };
        let excerpt: String = body.chars().take(600).collect();
        let excerpt = if excerpt.len() < body.len() {
            format!("{excerpt}…")
        } else {
            excerpt
        };
        self.fan_out(
            tx,
            Fanout {
                kind: NotificationKind::Mentioned,
                pool: &pool,
                subject_id,
                audience: mentions.to_vec(),
                done: BTreeSet::new(),
                summary: Msg::new("mail-mentioned-summary")
                    .msg("author", author.clone())
                    .text("title", title),
                link,
                subject: Msg::new("mail-mentioned-subject")
                    .msg("author", author.clone())
                    .text("title", title),
                paragraphs: vec![
                    Msg::new("mail-mentioned-body")
                        .msg("author", author)
                        .text("title", title)
                        .text("pool", &pool.name),
                    Msg::raw(excerpt),
                ],
                action: Msg::new("mail-mentioned-action"),
            },
            budget,
            Some(offset),
        )
        .await
    }

    /// Tells each person of the audience once, as they chose, spending at
    /// most `budget`. From the journal (`from: Some(offset)`) it goes through
    /// the audience in order from `offset`, a budget's worth at a time, and
    /// returns where it stopped if it did; otherwise (a reminder, looked for
    /// again every pass) it skips whoever was told already.
    async fn fan_out(
        &self,
        tx: &mut Box<dyn Tx>,
        f: Fanout<'_>,
        budget: &mut usize,
        from: Option<usize>,
    ) -> AppResult<(u64, Option<usize>)> {
        let prefs: HashMap<String, Delivery> = tx
            .deliveries(&f.pool.id, f.kind)
            .await?
            .into_iter()
            .collect();
        // A resumed fan-out has told nobody past its offset (the offset moves
        // in the transaction that tells), so only a fresh one looks up who
        // was told already; the notification key refuses a second telling
        // either way.
        let already: HashSet<String> = if from.is_some_and(|o| o > 0) {
            HashSet::new()
        } else {
            tx.notified(f.kind, f.subject_id)
                .await?
                .into_iter()
                .collect()
        };
        let start = from.map_or(0, |o| o.min(f.audience.len()));
        let (audience, mut stopped) = match from {
            Some(_) => {
                let end = (start + *budget).min(f.audience.len());
                *budget -= end - start;
                let stopped = (end < f.audience.len()).then_some(end);
                (&f.audience[start..end], stopped)
            }
            None => (&f.audience[..], None),
        };
        // Where each person stands in the audience, to resume after them.
        let position: HashMap<&str, usize> = audience
            .iter()
            .enumerate()
            .rev()
            .map(|(i, p)| (p.as_str(), start + i))
            .collect();
        let who = notify::recipients(
            f.kind,
            audience,
            &f.done,
            |p| prefs.get(p).copied().unwrap_or(Delivery::Immediately),
            |p| already.contains(p),
        );
        let who = match from {
            Some(_) => who,
            None => {
                let cut = who.len() > *budget;
                let who: Vec<_> = who.into_iter().take(*budget).collect();
                *budget -= who.len();
                if cut {
                    stopped = Some(0);
                }
                who
            }
        };
        let now = self.now_ms();
        let mut told = 0;
        for (n, (person_id, delivery)) in who.into_iter().enumerate() {
            if n > 0 && tx.others_waiting() {
                // A request waits for the writer: commit what is done and
                // let it in; the next pass goes on from this person.
                stopped = Some(match from {
                    Some(_) => position[person_id.as_str()],
                    None => 0,
                });
                break;
            }
            // One chunk at a time, so a large pool is never read whole.
            let Some(person) = tx.person(&person_id).await? else {
                continue;
            };
            let (l, zone) = crate::mail::reader_of(&person, f.pool.time_zone.as_deref());
            let zone = zone.as_deref();
            let fresh = tx
                .record_notification(&Notification {
                    person_id: person_id.clone(),
                    kind: f.kind,
                    subject_id: f.subject_id.to_string(),
                    pool_id: f.pool.id.clone(),
                    delivery,
                    summary: pools_i18n::say(l, zone, &f.summary),
                    link: f.link.clone(),
                    created_ms: now,
                })
                .await?;
            if !fresh {
                continue;
            }
            told += 1;
            if delivery == Delivery::Immediately {
                let letter = crate::mail::Telling {
                    subject: f.subject.clone(),
                    paragraphs: f.paragraphs.clone(),
                    action: Some((f.action.clone(), f.link.clone())),
                    reason: Msg::new("mail-reason")
                        .text("pool", &f.pool.name)
                        .msg("kind", kind_words(f.kind))
                        .text(
                            "link",
                            format!("{}/p/{}/notifications", self.config.public_url, f.pool.id),
                        ),
                    unsubscribe: Some(self.unsubscribe_link(&person.id, &f.pool.id, f.kind)),
                }
                .letter(l, zone, &person.name);
                self.queue_letter(
                    tx,
                    &person.email,
                    &letter,
                    now + crate::mail::KEEP_TRYING_MS,
                )
                .await?;
            }
        }
        Ok((told, stopped))
    }

    /// Reminds everyone who has not voted on a decision closing within a
    /// day, once per decision, and every member of a budgeting round
    /// closing within a day who has some of their share left, once per
    /// round. Returns how many were reminded.
    pub async fn remind_closing(&self) -> AppResult<u64> {
        let now = self.now_ms();
        let mut tx = self.store.write().await?;
        let ids = tx
            .closing_between(now, now + notify::REMIND_BEFORE_MS)
            .await?;
        let mut told = 0;
        let mut budget = self.config.notify_per_transaction.max(1);
        for id in ids {
            let Some(d) = tx.decision(&id).await? else {
                continue;
            };
            let Some(pool) = tx.pool(&d.pool_id).await? else {
                continue;
            };
            let audience = tx.voters(&id).await?;
            let voted = tx
                .ballots(&id)
                .await?
                .into_iter()
                .map(|b| b.person_id)
                .collect();
            let (n, stopped) = self
                .fan_out(
                    &mut tx,
                    Fanout {
                        kind: NotificationKind::ClosingSoon,
                        pool: &pool,
                        subject_id: &id,
                        audience,
                        done: voted,
                        summary: Msg::new("mail-closing-summary")
                            .text("title", &d.title)
                            .time("closes", &d.closes_at),
                        link: format!("{}/d/{id}", self.config.public_url),
                        subject: Msg::new("mail-closing-subject").text("title", &d.title),
                        paragraphs: vec![
                            Msg::new("mail-closing-body")
                                .text("title", &d.title)
                                .text("pool", &pool.name)
                                .time("closes", &d.closes_at),
                            Msg::new("mail-closing-quorum"),
                        ],
                        action: Msg::new("mail-closing-action"),
                    },
                    &mut budget,
                    None,
                )
                .await?;
            told += n;
            if stopped.is_some() {
                break;
            }
        }
        let rounds = if budget > 0 {
            tx.rounds_closing_between(now, now + notify::REMIND_BEFORE_MS)
                .await?
        } else {
            Vec::new()
        };
        for id in rounds {
            let Some(r) = tx.round(&id).await? else {
                continue;
            };
            let Some(pool) = tx.pool(&r.pool_id).await? else {
                continue;
            };
            let shares = tx.allocations(&id).await?;
            let audience = shares.iter().map(|(p, _, _)| p.clone()).collect();
            let spent = shares
                .iter()
                .filter(|(_, _, left)| *left == 0)
                .map(|(p, _, _)| p.clone())
                .collect();
            let (n, stopped) = self
                .fan_out(
                    &mut tx,
                    Fanout {
                        kind: NotificationKind::RoundClosing,
                        pool: &pool,
                        subject_id: &id,
                        audience,
                        done: spent,
                        summary: Msg::new("mail-round-closing-summary")
                            .text("title", &r.title)
                            .time("closes", &r.funding_close_at),
                        link: format!("{}/r/{id}", self.config.public_url),
                        subject: Msg::new("mail-closing-subject").text("title", &r.title),
                        paragraphs: vec![
                            Msg::new("mail-round-closing-body")
                                .text("title", &r.title)
                                .text("pool", &pool.name)
                                .time("closes", &r.funding_close_at),
                            Msg::new("mail-round-closing-left"),
                        ],
                        action: Msg::new("mail-round-closing-action"),
                    },
                    &mut budget,
                    None,
                )
                .await?;
            told += n;
            if stopped.is_some() {
                break;
            }
        }
        tx.commit().await?;
        Ok(told)
    }

    /// Sends each person whose oldest digest item is a day old one letter
    /// with everything waiting. Returns how many digests went.
    pub async fn send_digests(&self) -> AppResult<u64> {
        let now = self.now_ms();
        let due = {
            let mut tx = self.store.read().await?;
            tx.digests_due(now - notify::DIGEST_EVERY_MS, 500).await?
        };
        let mut sent = 0;
        for person_id in due {
            let mut tx = self.store.write().await?;
            let items = tx.waiting_for_digest(&person_id).await?;
            let Some(person) = tx.person(&person_id).await? else {
                continue;
            };
            // Read again in this transaction: another server may have sent it.
            if !items
                .first()
                .is_some_and(|n| notify::digest_due(n.created_ms, now))
            {
                continue;
            }
            // Each item was said in the person's language when it was kept.
            let (l, zone) = crate::mail::reader_of(&person, None);
            let letter = crate::mail::Telling {
                subject: Msg::new("mail-digest-subject").num("n", items.len() as i64),
                paragraphs: items
                    .iter()
                    .map(|n| {
                        Msg::new("mail-digest-item")
                            .text("summary", &n.summary)
                            .text("link", &n.link)
                    })
                    .collect(),
                action: None,
                reason: Msg::new("mail-digest-reason").text(
                    "link",
                    format!(
                        "{}/p/{}/notifications",
                        self.config.public_url, items[0].pool_id
                    ),
                ),
                unsubscribe: None,
            }
            .letter(l, zone.as_deref(), &person.name);
            self.queue_letter(
                &mut tx,
                &person.email,
                &letter,
                now + crate::mail::KEEP_TRYING_MS,
            )
            .await?;
            tx.digest_mailed(&person_id, now).await?;
            tx.commit().await?;
            sent += 1;
        }
        Ok(sent)
    }

    /// A member's notification choices for one pool.
    pub async fn notification_settings(
        &self,
        actor: &Actor,
        pool_id: &str,
    ) -> AppResult<NotificationSettings> {
        let person = actor.person()?.clone();
        let mut tx = self.store.read().await?;
        let pool = self.member_pool(&mut tx, actor, pool_id).await?;
        let set: HashMap<NotificationKind, Delivery> = tx
            .settings_of(&person.id, &pool.id)
            .await?
            .into_iter()
            .collect();
        let choices = NotificationKind::ALL
            .iter()
            .map(|k| (*k, set.get(k).copied().unwrap_or(Delivery::Immediately)))
            .collect();
        Ok(NotificationSettings { pool, choices })
    }

    /// Sets several choices at once, in one transaction.
    pub async fn set_notifications(
        &self,
        actor: &Actor,
        pool_id: &str,
        chosen: &[(NotificationKind, Delivery)],
    ) -> AppResult<()> {
        let person = actor.person()?.clone();
        let mut tx = self.store.write().await?;
        let pool = self.member_pool(&mut tx, actor, pool_id).await?;
        let at = format_time(self.now());
        for (kind, delivery) in chosen {
            tx.set_delivery(&person.id, &pool.id, *kind, *delivery, &at)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Sets how a member hears of one kind of thing from one pool.
    pub async fn set_notification(
        &self,
        actor: &Actor,
        pool_id: &str,
        kind: NotificationKind,
        delivery: Delivery,
    ) -> AppResult<()> {
        let person = actor.person()?.clone();
        let mut tx = self.store.write().await?;
        let pool = self.member_pool(&mut tx, actor, pool_id).await?;
        tx.set_delivery(
            &person.id,
            &pool.id,
            kind,
            delivery,
            &format_time(self.now()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn member_pool(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool_id: &str,
    ) -> AppResult<Pool> {
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        self.check_can_read(tx, actor, &pool).await?;
        Ok(pool)
    }

    /// The one-click link that turns one kind off for one person and pool.
    pub fn unsubscribe_link(
        &self,
        person_id: &str,
        pool_id: &str,
        kind: NotificationKind,
    ) -> String {
        format!(
            "{}/unsubscribe/{person_id}/{pool_id}/{kind}/{}",
            self.config.public_url,
            self.unsubscribe_token(person_id, pool_id, kind)
        )
    }

    fn unsubscribe_token(&self, person_id: &str, pool_id: &str, kind: NotificationKind) -> String {
        self.signed(&format!("unsubscribe:{person_id}:{pool_id}:{kind}"))
    }

    /// Checks an unsubscribe link and, if `apply`, turns that kind off.
    /// Needs no sign-in: the link's token is the authority (RFC 8058).
    /// Returns the pool and the kind, to say what was stopped.
    pub async fn unsubscribe(
        &self,
        person_id: &str,
        pool_id: &str,
        kind: &str,
        token: &str,
        apply: bool,
    ) -> AppResult<(Pool, NotificationKind)> {
        let refused = || AppError::NotFound(say(Msg::new("error-talk-bad-unsubscribe")));
        let kind = NotificationKind::parse(kind).ok_or_else(refused)?;
        if !self.is_signed(&format!("unsubscribe:{person_id}:{pool_id}:{kind}"), token) {
            return Err(refused());
        }
        let mut tx = self.store.write().await?;
        let pool = tx.pool(pool_id).await?.ok_or_else(refused)?;
        if apply {
            tx.set_delivery(
                person_id,
                pool_id,
                kind,
                Delivery::Off,
                &format_time(self.now()),
            )
            .await?;
            tx.commit().await?;
        }
        Ok((pool, kind))
    }
}

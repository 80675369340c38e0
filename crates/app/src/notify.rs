//! Notifications: the notifier follows the journal from a cursor kept in
//! the database and turns what happened into notifications by the rules of
//! `pools_core::notify`, queueing each person's mail (or keeping it for their
//! digest) in the same transaction that moves the cursor. The request that
//! opened a decision is never slowed by its notifications; a crash loses
//! nothing (the cursor and the mail commit together); and the notification
//! key refuses a second telling of one thing, whichever server races.

use crate::ports::{Notification, Pool, Tx};
use crate::{Actor, App, AppError, AppResult};
use pools_core::Event;
use pools_core::journal::format_time;
use pools_core::mail::Letter;
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
            format!(
                "choose one of {}, not \"{}\"",
                NotificationKind::choices(),
                pools_core::text::quote(kind)
            ),
        )
    })?;
    let d = Delivery::parse(delivery.trim()).ok_or_else(|| {
        AppError::invalid(
            "delivery",
            format!(
                "for \"{}\", choose {}, not \"{}\"",
                k.label(),
                Delivery::choices(),
                pools_core::text::quote(delivery)
            ),
        )
    })?;
    Ok((k, d))
}

/// What one fan-out tells.
struct Fanout<'a> {
    kind: NotificationKind,
    pool: &'a Pool,
    subject_id: &'a str,
    audience: Vec<String>,
    /// For a reminder: who already did what it reminds of.
    done: BTreeSet<String>,
    summary: String,
    link: String,
    subject: String,
    paragraphs: Vec<String>,
    action: &'a str,
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
                let (kind, body) = if pool.is_flood {
                    (NotificationKind::FloodDecision, "the Flood")
                } else {
                    (NotificationKind::DecisionOpened, "")
                };
                self.fan_out(
                    tx,
                    Fanout {
                        kind,
                        pool: &pool,
                        subject_id: decision_id,
                        audience: electorate.clone(),
                        done: BTreeSet::new(),
                        summary: format!("A decision opened in {body}{}{}: \"{title}\"", if body.is_empty() { "" } else { " " }, pool.name),
                        link: format!("{url}/d/{decision_id}"),
                        subject: format!("Vote: {title}"),
                        paragraphs: vec![
                            if pool.is_flood {
                                format!("A decision opened in the Flood {}, which your pool is part of: \"{title}\".", pool.name)
                            } else {
                                format!("A decision opened in {}: \"{title}\".", pool.name)
                            },
                            format!(
                                "Voting closes at {closes_at} (UTC). Every member has one vote."
                            ),
                        ],
                        action: "Read it and vote",
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
                self.fan_out(
                    tx,
                    Fanout {
                        kind: NotificationKind::DecisionResult,
                        pool: &pool,
                        subject_id: decision_id,
                        audience,
                        done: BTreeSet::new(),
                        summary: format!("\"{}\" closed: {}", d.title, outcome.explanation),
                        link: format!("{url}/d/{decision_id}"),
                        subject: format!("Result: {}", d.title),
                        paragraphs: vec![
                            format!("The decision \"{}\" in {} has closed.", d.title, pool.name),
                            outcome.explanation.clone(),
                        ],
                        action: "See the result",
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
                self.fan_out(
                    tx,
                    Fanout {
                        kind: NotificationKind::MoneyRecorded,
                        pool: &pool,
                        subject_id: entry_id,
                        audience: vec![person_id.clone()],
                        done: BTreeSet::new(),
                        summary: format!("{money} recorded for you in {} ({kind})", pool.name),
                        link: format!("{url}/p/{pool_id}/statement"),
                        subject: format!("{money} recorded for you in {}", pool.name),
                        paragraphs: vec![format!(
                            "{} recorded {money} from you as {kind}, received on {received_on}. Your statement shows every entry.",
                            pool.name
                        )],
                        action: "See your statement",
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
                        summary: format!("A budgeting round opened in {}: \"{title}\"", pool.name),
                        link: format!("{url}/r/{round_id}"),
                        subject: format!("Your share of {share}: {title}"),
                        paragraphs: vec![
                            format!(
                                "A budgeting round opened in {}: \"{title}\". Every member has the same share, {share}, to spread over the buckets members propose.",
                                pool.name
                            ),
                            format!("Funding closes at {funding_close_at} (UTC)."),
                        ],
                        action: "See the round",
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
                        summary: format!("{money} paid to {} for {}", payout.payee, payout.purpose),
                        link: format!("{url}/p/{pool_id}/treasury"),
                        subject: format!("Paid: {money} to {}", payout.payee),
                        paragraphs: vec![format!(
                            "{} paid {money} to {} for {}, on {paid_on}, as its members decided.",
                            pool.name, payout.payee, payout.purpose
                        )],
                        action: "See the treasury",
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
                        summary: format!("Version {version} of {}'s legal documents needs your signature", pool.name),
                        link: format!("{url}/p/{pool_id}/formation"),
                        subject: format!("Please sign: {}'s documents, version {version}", pool.name),
                        paragraphs: vec![
                            format!("Version {version} of {}'s legal documents is ready, and every member signs it. {reason}", pool.name),
                            "Read them, then sign by typing your name.".into(),
                        ],
                        action: "Read and sign",
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
        let author = tx
            .person(author_id)
            .await?
            .map(|p| p.name)
            .unwrap_or_else(|| "A member".into());
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
                summary: format!("{author} mentioned you in \"{title}\""),
                link,
                subject: format!("{author} mentioned you: {title}"),
                paragraphs: vec![
                    format!("{author} mentioned you in \"{title}\", in {}:", pool.name),
                    excerpt,
                ],
                action: "Read and reply",
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
            let fresh = tx
                .record_notification(&Notification {
                    person_id: person_id.clone(),
                    kind: f.kind,
                    subject_id: f.subject_id.to_string(),
                    pool_id: f.pool.id.clone(),
                    delivery,
                    summary: f.summary.clone(),
                    link: f.link.clone(),
                    created_ms: now,
                })
                .await?;
            if !fresh {
                continue;
            }
            told += 1;
            if delivery == Delivery::Immediately {
                let letter = Letter {
                    subject: f.subject.clone(),
                    to_name: person.name.clone(),
                    paragraphs: f.paragraphs.clone(),
                    action: Some((f.action.to_string(), f.link.clone())),
                    reason: format!(
                        "You get this because you are a member of {} and these messages are on: \"{}\". Change what you get at {}/p/{}/notifications.",
                        f.pool.name,
                        f.kind.label(),
                        self.config.public_url,
                        f.pool.id
                    ),
                    unsubscribe: Some(self.unsubscribe_link(&person.id, &f.pool.id, f.kind)),
                };
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
                        summary: format!("\"{}\" closes at {} and you have not voted", d.title, d.closes_at),
                        link: format!("{}/d/{id}", self.config.public_url),
                        subject: format!("Closing soon: {}", d.title),
                        paragraphs: vec![
                            format!(
                                "The decision \"{}\" in {} closes at {} (UTC), and you have not voted yet.",
                                d.title, pool.name, d.closes_at
                            ),
                            "If too few members vote, the quorum is not met and nothing is decided.".into(),
                        ],
                        action: "Vote now",
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
                        summary: format!("Funding in \"{}\" closes at {} and some of your share is left", r.title, r.funding_close_at),
                        link: format!("{}/r/{id}", self.config.public_url),
                        subject: format!("Closing soon: {}", r.title),
                        paragraphs: vec![
                            format!(
                                "Funding in the budgeting round \"{}\" of {} closes at {} (UTC), and you have not placed all of your share yet.",
                                r.title, pool.name, r.funding_close_at
                            ),
                            "What you leave unplaced stays with the pool.".into(),
                        ],
                        action: "Place your share",
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
            let letter = Letter {
                subject: format!(
                    "Your day in Pools: {} update{}",
                    items.len(),
                    if items.len() == 1 { "" } else { "s" }
                ),
                to_name: person.name.clone(),
                paragraphs: items
                    .iter()
                    .map(|n| format!("{}: {}", n.summary, n.link))
                    .collect(),
                action: None,
                reason: format!(
                    "You get this daily digest because you chose it for some of your pools' messages. Change what you get on each pool's notifications page, such as {}/p/{}/notifications.",
                    self.config.public_url, items[0].pool_id
                ),
                unsubscribe: None,
            };
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
            .ok_or_else(|| AppError::NotFound(format!("there is no pool with id \"{pool_id}\"")))?;
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
        let refused = || {
            AppError::NotFound(
                "this unsubscribe link is not valid: use the link from a message, or change your choices on the pool's notifications page".into(),
            )
        };
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

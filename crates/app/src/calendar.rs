//! Calendars: an `.ics` file for each decision and budgeting round, and a
//! private feed per person of every deadline in their pools, at a secret
//! link they can replace (which stops the old one) or turn off.

use crate::error::say;
use crate::ports::{DeadlineOf, DeadlineRow};
use crate::{Actor, App, AppError, AppResult};
use pools_core::calendar::{self, Deadline};
use pools_core::journal::format_time;
use pools_core::msg::Msg;

/// How far back a feed keeps deadlines that have passed.
const FEED_KEEPS_MS: i64 = 30 * 24 * 3600 * 1000;

/// The most deadlines one feed lists.
const FEED_LIMIT: i64 = 500;

/// A calendar file: its name for downloading, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarFile {
    /// The file name (`decision-….ics`).
    pub name: String,
    /// RFC 5545 text, CRLF line ends.
    pub text: String,
}

impl App {
    fn deadline(&self, d: &DeadlineRow) -> Deadline {
        let url = &self.config.public_url;
        let (kind, summary, description, link) = match d.of {
            DeadlineOf::Decision => (
                "decision",
                if d.closed {
                    format!("Decided: {}", d.title)
                } else {
                    format!("Voting closes: {}", d.title)
                },
                format!(
                    "Voting on \"{}\" in {} closes now. Every member has one vote, and can change it until then.",
                    d.title, d.pool_name
                ),
                format!("{url}/d/{}", d.id),
            ),
            DeadlineOf::RoundBuckets => (
                "round-buckets",
                format!("Bucket proposals close: {}", d.title),
                format!(
                    "Members of {} can propose buckets for the budgeting round \"{}\" until now; then funding opens.",
                    d.pool_name, d.title
                ),
                format!("{url}/r/{}", d.id),
            ),
            DeadlineOf::RoundFunding => (
                "round-funding",
                format!("Funding closes: {}", d.title),
                format!(
                    "Members of {} can place their share in the budgeting round \"{}\" until now; what is left unplaced stays with the pool.",
                    d.pool_name, d.title
                ),
                format!("{url}/r/{}", d.id),
            ),
        };
        let host = url
            .split("://")
            .nth(1)
            .unwrap_or(url)
            .split('/')
            .next()
            .unwrap_or("pools");
        Deadline {
            uid: format!("{kind}-{}@{host}", d.id),
            at: d.at.clone(),
            stamp: d.opened_at.clone(),
            summary,
            description: format!("{description} {link}"),
            url: link,
        }
    }

    fn write_calendar(&self, name: &str, rows: &[DeadlineRow]) -> AppResult<String> {
        let deadlines: Vec<Deadline> = rows.iter().map(|d| self.deadline(d)).collect();
        calendar::write(name, &deadlines).map_err(|e| {
            AppError::Store(crate::ports::StoreError::Corrupt(format!(
                "a deadline cannot go in a calendar: {e}"
            )))
        })
    }

    /// A decision's closing, as a calendar file, for whoever may read it.
    pub async fn decision_calendar(&self, actor: &Actor, id: &str) -> AppResult<CalendarFile> {
        let v = self.decision_view(actor, id).await?;
        let d = &v.decision;
        let row = DeadlineRow {
            of: DeadlineOf::Decision,
            id: d.id.clone(),
            title: d.title.clone(),
            pool_name: v.pool.name.clone(),
            at: d.closes_at.clone(),
            opened_at: d.opened_at.clone(),
            closed: d.closed,
        };
        Ok(CalendarFile {
            name: format!("decision-{}.ics", d.id),
            text: self.write_calendar(&format!("{}: {}", v.pool.name, d.title), &[row])?,
        })
    }

    /// A budgeting round's two deadlines, as a calendar file.
    pub async fn round_calendar(&self, actor: &Actor, id: &str) -> AppResult<CalendarFile> {
        let v = self.round_view(actor, id).await?;
        let r = &v.round;
        let row = |of, at: &str| DeadlineRow {
            of,
            id: r.id.clone(),
            title: r.title.clone(),
            pool_name: v.pool.name.clone(),
            at: at.to_string(),
            opened_at: r.opened_at.clone(),
            closed: r.closed,
        };
        Ok(CalendarFile {
            name: format!("round-{}.ics", r.id),
            text: self.write_calendar(
                &format!("{}: {}", v.pool.name, r.title),
                &[
                    row(DeadlineOf::RoundBuckets, &r.buckets_close_at),
                    row(DeadlineOf::RoundFunding, &r.funding_close_at),
                ],
            )?,
        })
    }

    fn feed_link(&self, person_id: &str, generation: i64) -> String {
        format!(
            "{}/calendar/{person_id}/{}.ics",
            self.config.public_url,
            self.signed(&format!("calendar:{person_id}:{generation}"))
        )
    }

    /// The actor's private calendar link, if it is on.
    pub async fn calendar_link(&self, actor: &Actor) -> AppResult<Option<String>> {
        let person = actor.person()?;
        let mut tx = self.store.read().await?;
        Ok(match tx.calendar_feed(&person.id).await? {
            Some((generation, true)) => Some(self.feed_link(&person.id, generation)),
            _ => None,
        })
    }

    /// Makes a new private calendar link for the actor; any earlier link
    /// stops working.
    pub async fn new_calendar_link(&self, actor: &Actor) -> AppResult<String> {
        let person = actor.person()?;
        let mut tx = self.store.write().await?;
        let generation = tx
            .calendar_feed(&person.id)
            .await?
            .map_or(1, |(g, _)| g + 1);
        tx.set_calendar_feed(&person.id, generation, true, &format_time(self.now()))
            .await?;
        tx.commit().await?;
        Ok(self.feed_link(&person.id, generation))
    }

    /// Turns the actor's calendar link off.
    pub async fn revoke_calendar_link(&self, actor: &Actor) -> AppResult<()> {
        let person = actor.person()?;
        let mut tx = self.store.write().await?;
        if let Some((generation, true)) = tx.calendar_feed(&person.id).await? {
            tx.set_calendar_feed(&person.id, generation, false, &format_time(self.now()))
                .await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// A person's feed, for a calendar program holding the link: every
    /// deadline in their pools and those pools' Floods, from 30 days ago
    /// on. The link is the authority, so no session is needed; a link
    /// replaced or turned off is refused.
    pub async fn calendar_feed(&self, person_id: &str, token: &str) -> AppResult<String> {
        let refused = || AppError::NotFound(say(Msg::new("error-talk-bad-calendar-link")));
        let mut tx = self.store.read().await?;
        let Some((generation, true)) = tx.calendar_feed(person_id).await? else {
            return Err(refused());
        };
        if !self.is_signed(&format!("calendar:{person_id}:{generation}"), token) {
            return Err(refused());
        }
        let person = tx.person(person_id).await?.ok_or_else(refused)?;
        let rows = tx
            .deadlines_for(person_id, self.now_ms() - FEED_KEEPS_MS, FEED_LIMIT)
            .await?;
        self.write_calendar(&format!("Pools: {}", person.name), &rows)
    }
}

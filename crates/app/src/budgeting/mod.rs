//! Participatory budgeting: a passed decision opens a round, members propose
//! buckets, spread their equal allocation over them, and at the close the
//! buckets that reached their minimum become authorized payouts while the
//! rest goes back to the pool. The rules are in `pools_core::budget`; this
//! module checks who may act, runs them inside the command's transaction,
//! and records the events.

use crate::error::{kept, say};
use crate::once::{found, request_hash};
use crate::ports::{Bucket, Decision, Flag, Funding, Payout, Pool, Round, Tx};
use crate::treasury::available;
use crate::{Actor, App, AppError, AppResult, new_id};
use pools_core::budget::BucketStatus;
use pools_core::budget::{self, BudgetError, BudgetLine, Phase};
use pools_core::event::{BucketResult, Refund, Spend};
use pools_core::journal::format_time;
use pools_core::ledger;
use pools_core::ledger::PayoutStatus;
use pools_core::membership::{MemberStatus, PoolRole};
use pools_core::msg::Msg;
use pools_core::{Event, Money, text};
use time::Duration;

mod buckets;
mod rounds;

/// The most co-creators a bucket may name.
pub const MAX_CO_CREATORS: usize = 10;
/// The most budget lines a bucket may have.
pub const MAX_LINES: usize = 30;

/// What a member proposes as a bucket.
#[derive(Debug, Clone)]
pub struct NewBucket {
    /// Its name.
    pub title: String,
    /// What it is, in Markdown.
    pub description: String,
    /// What it needs money for.
    pub lines: Vec<BudgetLine>,
    /// Other members behind it (person ids); the proposer is always one.
    pub co_creators: Vec<String>,
}

/// A round as one person may see it.
#[derive(Debug, Clone)]
pub struct RoundView {
    /// The round.
    pub round: Round,
    /// Its pool.
    pub pool: Pool,
    /// Where it is in its life now.
    pub phase: Phase,
    /// Its buckets, oldest first.
    pub buckets: Vec<Bucket>,
    /// The viewer's allocation left, if they have one.
    pub my_left: Option<i64>,
    /// What the viewer has put into each bucket: (bucket id, amount).
    pub my_gifts: Vec<(String, i64)>,
    /// Whether the viewer may propose a bucket now.
    pub can_create: bool,
    /// Whether the viewer may fund buckets now.
    pub can_fund: bool,
    /// Active members, for naming co-creators: (person id, name).
    pub members: Vec<(String, String)>,
}

/// A bucket as one person may see it.
#[derive(Debug, Clone)]
pub struct BucketView {
    /// The bucket.
    pub bucket: Bucket,
    /// Its round.
    pub round: Round,
    /// The pool.
    pub pool: Pool,
    /// The round's phase now.
    pub phase: Phase,
    /// What each member has put in, largest first.
    pub funders: Vec<Funding>,
    /// Every contribution, oldest first.
    pub history: Vec<Funding>,
    /// Flags against the guidelines.
    pub flags: Vec<Flag>,
    /// The viewer's allocation left, if they have one.
    pub my_left: Option<i64>,
    /// What the viewer has put into this bucket.
    pub my_gift: i64,
    /// Whether the viewer may fund it now.
    pub can_fund: bool,
    /// Whether the viewer may flag it now.
    pub can_flag: bool,
    /// Whether the viewer may cancel it now.
    pub can_cancel: bool,
    /// Its payout, once funded.
    pub payout: Option<Payout>,
}

/// Where a round's money went.
#[derive(Debug, Clone)]
pub struct RoundReport {
    /// The round.
    pub round: Round,
    /// The pool.
    pub pool: Pool,
    /// Its phase now.
    pub phase: Phase,
    /// Every bucket, with its payout when funded.
    pub buckets: Vec<(Bucket, Option<Payout>)>,
    /// Each member: (person id, name, allocation left).
    pub allocations: Vec<(String, String, i64)>,
    /// What was set aside: the allocations together.
    pub set_aside: i64,
    /// What members put into buckets still open or funded.
    pub committed: i64,
    /// What funded buckets were authorized (less any payout cancelled since).
    pub funded: i64,
    /// What went (or will go) back to the pool: allocations left unspent and
    /// buckets that were cancelled or missed their minimum.
    pub returned: i64,
}

fn phase_of(round: &Round, now_ms: i64) -> Phase {
    budget::phase(
        now_ms,
        round.buckets_close_ms,
        round.funding_close_ms,
        round.closed,
    )
}

fn budget_error(e: BudgetError, pool: &Pool) -> AppError {
    let m = |v: i64| Money::new(v, pool.currency);
    match e {
        BudgetError::Allocation { left, asked } => {
            AppError::Conflict(say(Msg::new("error-money-allocation")
                .money("left", m(left))
                .money("asked", m(asked))))
        }
        BudgetError::Overfunded { room } => AppError::Conflict(say(Msg::new(
            "error-money-overfunded",
        )
        .money("room", m(room)))),
        BudgetError::Cap { cap, given } => AppError::Conflict(say(Msg::new("error-money-cap")
            .money("cap", m(cap))
            .money("given", m(given)))),
        BudgetError::Invalid(msg) => AppError::invalid("amount", msg),
        BudgetError::Overflow => {
            AppError::invalid("amount", say(Msg::new("error-money-too-large")))
        }
    }
}

impl App {
    /// Reads a round and its pool, refusing anyone outside the pool's group.
    async fn readable_round(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        round_id: &str,
    ) -> AppResult<(Round, Pool)> {
        let round = tx.round(round_id).await?.ok_or_else(|| {
            AppError::NotFound(say(Msg::new("error-money-no-round").text("id", round_id)))
        })?;
        let pool = tx
            .pool(&round.pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound("the round's pool vanished".into()))?;
        self.check_can_read(tx, actor, &pool).await?;
        Ok((round, pool))
    }

    /// Reads a bucket with its round and pool, refusing anyone outside the
    /// pool's group.
    async fn readable_bucket(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        bucket_id: &str,
    ) -> AppResult<(Bucket, Round, Pool)> {
        let bucket = tx.bucket(bucket_id).await?.ok_or_else(|| {
            AppError::NotFound(say(Msg::new("error-money-no-bucket").text("id", bucket_id)))
        })?;
        let (round, pool) = self.readable_round(tx, actor, &bucket.round_id).await?;
        Ok((bucket, round, pool))
    }

    /// Whether the actor is an active member of the pool, and their role.
    async fn active_role(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool_id: &str,
    ) -> AppResult<Option<PoolRole>> {
        let Some(pid) = actor.person_id() else {
            return Ok(None);
        };
        Ok(tx
            .pool_member(pool_id, pid)
            .await?
            .filter(|m| m.status == MemberStatus::Active)
            .map(|m| m.role))
    }

    /// A pool's rounds, newest first, for members of its group.
    pub async fn rounds(&self, actor: &Actor, pool_id: &str) -> AppResult<Vec<(Round, Phase)>> {
        let mut tx = self.store.read().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        let now = self.now_ms();
        Ok(tx
            .rounds_of_pool(&pool.id)
            .await?
            .into_iter()
            .map(|r| {
                let p = phase_of(&r, now);
                (r, p)
            })
            .collect())
    }

    /// A round, its buckets and what the viewer may do.
    pub async fn round_view(&self, actor: &Actor, round_id: &str) -> AppResult<RoundView> {
        let mut tx = self.store.read().await?;
        let (round, pool) = self.readable_round(&mut tx, actor, round_id).await?;
        let phase = phase_of(&round, self.now_ms());
        let buckets = tx.buckets_of_round(&round.id).await?;
        let active = self.active_role(&mut tx, actor, &pool.id).await?.is_some();
        let (my_left, my_gifts) = match actor.person_id() {
            Some(pid) => {
                let left = tx.allocation_left(&round.id, pid).await?;
                let mut gifts = Vec::new();
                if left.is_some() {
                    for b in buckets
                        .iter()
                        .filter(|b| b.status != BucketStatus::Cancelled)
                    {
                        let g = tx.bucket_gift(&b.id, pid).await?;
                        if g > 0 {
                            gifts.push((b.id.clone(), g));
                        }
                    }
                }
                (left, gifts)
            }
            None => (None, Vec::new()),
        };
        let members = tx
            .pool_members(&pool.id)
            .await?
            .into_iter()
            .filter(|m| m.status == MemberStatus::Active)
            .map(|m| (m.person_id, m.name))
            .collect();
        Ok(RoundView {
            can_create: active && phase == Phase::Buckets,
            can_fund: active && phase == Phase::Funding && my_left.is_some_and(|l| l > 0),
            round,
            pool,
            phase,
            buckets,
            my_left,
            my_gifts,
            members,
        })
    }

    /// A bucket with its funders, flags and history.
    pub async fn bucket_view(&self, actor: &Actor, bucket_id: &str) -> AppResult<BucketView> {
        let mut tx = self.store.read().await?;
        let (bucket, round, pool) = self.readable_bucket(&mut tx, actor, bucket_id).await?;
        let phase = phase_of(&round, self.now_ms());
        let role = self.active_role(&mut tx, actor, &pool.id).await?;
        let (my_left, my_gift, flagged) = match actor.person_id() {
            Some(pid) => (
                tx.allocation_left(&round.id, pid).await?,
                tx.bucket_gift(&bucket.id, pid).await?,
                tx.bucket_flags(&bucket.id)
                    .await?
                    .iter()
                    .any(|f| f.person_id == pid),
            ),
            None => (None, 0, false),
        };
        let open = bucket.status == BucketStatus::Open;
        let co_creator = actor
            .person_id()
            .is_some_and(|pid| bucket.co_creators.iter().any(|c| c.0 == pid));
        let payout = tx
            .payouts(&pool.id)
            .await?
            .into_iter()
            .find(|p| p.bucket_id.as_deref() == Some(bucket.id.as_str()));
        Ok(BucketView {
            funders: tx.bucket_gifts(&bucket.id).await?,
            history: tx.bucket_fundings(&bucket.id).await?,
            flags: tx.bucket_flags(&bucket.id).await?,
            can_fund: open
                && role.is_some()
                && phase == Phase::Funding
                && my_left.is_some_and(|l| l > 0)
                && bucket.total < bucket.max_goal,
            can_flag: open && role.is_some() && phase == Phase::Buckets && !flagged,
            can_cancel: open
                && matches!(phase, Phase::Buckets | Phase::Funding)
                && ((co_creator && role.is_some()) || role == Some(PoolRole::Organizer)),
            my_left,
            my_gift,
            payout,
            bucket,
            round,
            pool,
            phase,
        })
    }
}

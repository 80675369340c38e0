//! Participatory budgeting: a passed decision opens a round, members propose
//! buckets, spread their equal allocation over them, and at the close the
//! buckets that reached their minimum become authorized payouts while the
//! rest goes back to the pool. The rules are in `pools_core::budget`; this
//! module checks who may act, runs them inside the command's transaction,
//! and records the events.

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
use pools_core::{Event, Money, text};
use time::Duration;

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
    let m = |v: i64| Money::new(v, pool.currency).to_string();
    match e {
        BudgetError::Allocation { left, asked } => AppError::Conflict(format!(
            "you have {} of your allocation left, less than the {} you asked to give: nothing was recorded",
            m(left),
            m(asked)
        )),
        BudgetError::Overfunded { room } => AppError::Conflict(format!(
            "this bucket needs only {} more to reach its maximum: give that much or less",
            m(room)
        )),
        BudgetError::Cap { cap, given } => AppError::Conflict(format!(
            "this round lets one member put at most {} into one bucket, and you have given {}",
            m(cap),
            m(given)
        )),
        BudgetError::Invalid(msg) => AppError::invalid("amount", msg),
        BudgetError::Overflow => AppError::invalid("amount", "the amount is too large"),
    }
}

impl App {
    /// Opens the round a passed decision asked for, inside the close's
    /// transaction: the pool's active members now get equal allocations, and
    /// the money is set aside. If it cannot open (no members, too little
    /// money, or less than one minor unit each), that is recorded with the
    /// reason instead, and nothing is set aside.
    pub(crate) async fn open_round_in(
        &self,
        tx: &mut Box<dyn Tx>,
        d: &Decision,
        plan: &budget::RoundPlan,
    ) -> AppResult<()> {
        let system = Actor::Closer;
        let pool = tx
            .pool(&d.pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound("the decision's pool vanished".into()))?;
        let members: Vec<String> = tx
            .pool_members(&pool.id)
            .await?
            .into_iter()
            .filter(|m| m.status == MemberStatus::Active)
            .map(|m| m.person_id)
            .collect();
        let m = |v: i64| Money::new(v, pool.currency).to_string();
        let not_opened = match budget::allocate(plan.amount, members.len() as u64) {
            Err(e) => Some(e.to_string()),
            Ok(a) if a.per_member == 0 => Some(format!(
                "{} shared among {} members is less than the smallest unit each",
                m(plan.amount),
                members.len()
            )),
            Ok(a) => {
                let reserve = a.per_member * members.len() as i64;
                // Spend proposals still open were checked against money this
                // round would now take: count them as promised, so a spend
                // that passes later is still covered.
                let promised: i64 = tx
                    .decisions_of_pool(&pool.id)
                    .await?
                    .iter()
                    .filter(|x| !x.closed && x.id != d.id)
                    .filter_map(|x| x.spend.as_ref().map(|s| s.amount))
                    .sum();
                let free = available(tx, &pool.id).await? - promised;
                (free < reserve).then(|| {
                    format!(
                        "the pool had {} available when the decision passed{}, less than the {} the round needs",
                        m(free),
                        if promised > 0 {
                            format!(
                                " once the {} that open spend proposals may still authorize is set apart",
                                m(promised)
                            )
                        } else {
                            String::new()
                        },
                        m(reserve)
                    )
                })
            }
        };
        if let Some(reason) = not_opened {
            self.record(
                tx,
                &system,
                Event::RoundNotOpened {
                    decision_id: d.id.clone(),
                    pool_id: pool.id.clone(),
                    reason,
                },
            )
            .await?;
            return Ok(());
        }
        let a = budget::allocate(plan.amount, members.len() as u64)
            .map_err(|e| AppError::invalid("round_amount", e.to_string()))?;
        let postings = ledger::budget(a.per_member * members.len() as i64)
            .map_err(|e| AppError::invalid("round_amount", e.to_string()))?;
        let now = self.now();
        let buckets_close = now + Duration::days(plan.bucket_days as i64);
        let funding_close = buckets_close + Duration::days(plan.funding_days as i64);
        self.record(
            tx,
            &system,
            Event::RoundOpened {
                round_id: new_id(),
                entry_id: new_id(),
                pool_id: pool.id.clone(),
                decision_id: d.id.clone(),
                title: d.title.clone(),
                plan: plan.clone(),
                per_member: a.per_member,
                remainder: a.remainder,
                members,
                buckets_close_at: format_time(buckets_close),
                funding_close_at: format_time(funding_close),
                postings,
            },
        )
        .await?;
        Ok(())
    }

    /// Reads a round and its pool, refusing anyone outside the pool's group.
    async fn readable_round(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        round_id: &str,
    ) -> AppResult<(Round, Pool)> {
        let round = tx
            .round(round_id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("there is no round \"{round_id}\"")))?;
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
        let bucket = tx
            .bucket(bucket_id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("there is no bucket \"{bucket_id}\"")))?;
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
            .ok_or_else(|| AppError::NotFound(format!("there is no pool with id \"{pool_id}\"")))?;
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

    /// Proposes a bucket while the round takes proposals. Any active member
    /// may; the co-creators named must be active members too.
    pub async fn create_bucket(
        &self,
        actor: &Actor,
        round_id: &str,
        new: NewBucket,
    ) -> AppResult<Bucket> {
        let person = actor.person()?.clone();
        let title = text::name("title", &new.title).map_err(|_| {
            AppError::invalid("title", "give the bucket a name of 1 to 120 characters")
        })?;
        let description = text::long_text("description", &new.description, 20_000)?;
        if new.lines.len() > MAX_LINES {
            return Err(AppError::invalid(
                "lines",
                format!("a bucket has at most {MAX_LINES} budget lines"),
            ));
        }
        let mut lines = Vec::with_capacity(new.lines.len());
        for l in new.lines {
            let label = text::name("lines", &l.label).map_err(|_| {
                AppError::invalid("lines", "name each budget line in 1 to 120 characters")
            })?;
            lines.push(BudgetLine { label, ..l });
        }
        budget::goals(&lines).map_err(|e| AppError::invalid("lines", e.to_string()))?;
        let mut co_creators = vec![person.id.clone()];
        for c in new.co_creators {
            let c = c.trim().to_string();
            if !c.is_empty() && !co_creators.contains(&c) {
                co_creators.push(c);
            }
        }
        if co_creators.len() > MAX_CO_CREATORS {
            return Err(AppError::invalid(
                "co_creators",
                format!("a bucket names at most {MAX_CO_CREATORS} co-creators, you included"),
            ));
        }
        let mut tx = self.store.write().await?;
        let (round, pool) = self.readable_round(&mut tx, actor, round_id).await?;
        if self.active_role(&mut tx, actor, &pool.id).await?.is_none() {
            return Err(AppError::Forbidden(
                "only active members of the pool can propose buckets".into(),
            ));
        }
        if phase_of(&round, self.now_ms()) != Phase::Buckets {
            return Err(AppError::Conflict(format!(
                "this round took bucket proposals until {}",
                round.buckets_close_at
            )));
        }
        let (_, max_goal) =
            budget::goals(&lines).map_err(|e| AppError::invalid("lines", e.to_string()))?;
        let set_aside = round.per_member * round.members;
        if max_goal > set_aside {
            return Err(AppError::invalid(
                "lines",
                format!(
                    "this bucket's maximum, {}, is more than the whole round holds ({}): ask for less",
                    Money::new(max_goal, pool.currency),
                    Money::new(set_aside, pool.currency)
                ),
            ));
        }
        for c in &co_creators[1..] {
            let ok = tx
                .pool_member(&pool.id, c)
                .await?
                .is_some_and(|m| m.status == MemberStatus::Active);
            if !ok {
                return Err(AppError::invalid(
                    "co_creators",
                    "every co-creator must be an active member of the pool",
                ));
            }
        }
        let id = new_id();
        self.record(
            &mut tx,
            actor,
            Event::BucketCreated {
                bucket_id: id.clone(),
                round_id: round.id.clone(),
                pool_id: pool.id.clone(),
                title,
                description,
                co_creators,
                lines,
            },
        )
        .await?;
        let b = tx
            .bucket(&id)
            .await?
            .ok_or_else(|| AppError::NotFound("the new bucket vanished".into()))?;
        tx.commit().await?;
        Ok(b)
    }

    /// Flags a bucket as against the round's guidelines, during review (while
    /// the round takes proposals). Once per member.
    pub async fn flag_bucket(&self, actor: &Actor, bucket_id: &str, reason: &str) -> AppResult<()> {
        let person = actor.person()?.clone();
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > 2000 {
            return Err(AppError::invalid(
                "reason",
                "say which guideline the bucket goes against, in up to 2,000 characters",
            ));
        }
        let mut tx = self.store.write().await?;
        let (bucket, round, pool) = self.readable_bucket(&mut tx, actor, bucket_id).await?;
        if self.active_role(&mut tx, actor, &pool.id).await?.is_none() {
            return Err(AppError::Forbidden(
                "only active members of the pool can flag buckets".into(),
            ));
        }
        if bucket.status != BucketStatus::Open || phase_of(&round, self.now_ms()) != Phase::Buckets
        {
            return Err(AppError::Conflict(format!(
                "buckets can be flagged while the round reviews them, until {}",
                round.buckets_close_at
            )));
        }
        if tx
            .bucket_flags(&bucket.id)
            .await?
            .iter()
            .any(|f| f.person_id == person.id)
        {
            return Err(AppError::Conflict(
                "you have already flagged this bucket".into(),
            ));
        }
        self.record(
            &mut tx,
            actor,
            Event::BucketFlagged {
                bucket_id: bucket.id.clone(),
                person_id: person.id.clone(),
                reason: reason.to_string(),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Puts part of the actor's allocation into a bucket while funding is
    /// open. The allocation, the bucket's maximum and the cap are checked by
    /// the core rules inside this transaction, and again by the store's
    /// guarded updates, so concurrent funding can never overspend or
    /// overfund. Idempotent: the same key and amount record once.
    pub async fn fund_bucket(
        &self,
        actor: &Actor,
        bucket_id: &str,
        amount: i64,
        idempotency_key: &str,
    ) -> AppResult<Bucket> {
        let person = actor.person()?.clone();
        let hash = request_hash("fund", bucket_id, &amount);
        self.once(
            actor,
            idempotency_key,
            &hash,
            move |mut tx| async move {
                let (bucket, round, pool) = self.readable_bucket(&mut tx, actor, bucket_id).await?;
                if self.active_role(&mut tx, actor, &pool.id).await?.is_none() {
                    return Err(AppError::Forbidden(
                        "only active members of the pool can fund buckets".into(),
                    ));
                }
                let phase = phase_of(&round, self.now_ms());
                if phase != Phase::Funding {
                    return Err(AppError::Conflict(match phase {
                        Phase::Buckets => format!("funding opens at {}", round.buckets_close_at),
                        _ => format!("funding closed at {}", round.funding_close_at),
                    }));
                }
                if bucket.status != BucketStatus::Open {
                    return Err(AppError::Conflict(format!(
                        "this bucket is {} and takes no more money",
                        bucket.status
                    )));
                }
                let left = tx
                    .allocation_left(&round.id, &person.id)
                    .await?
                    .ok_or_else(|| {
                        AppError::Forbidden(
                            "only the members who were in the pool when the round opened have an allocation"
                                .into(),
                        )
                    })?;
                let given = tx.bucket_gift(&bucket.id, &person.id).await?;
                // The core rules decide, on exactly the state this transaction sees.
                let mut state = budget::Round::new([person.id.as_str()], left, round.cap);
                state.add_bucket(&bucket.id, bucket.max_goal);
                state
                    .buckets
                    .insert(bucket.id.clone(), (bucket.total, bucket.max_goal));
                state
                    .given
                    .insert((person.id.clone(), bucket.id.clone()), given);
                state
                    .fund(&person.id, &bucket.id, amount)
                    .map_err(|e| budget_error(e, &pool))?;
                let funding_id = new_id();
                self.record(
                    &mut tx,
                    actor,
                    Event::BucketFunded {
                        funding_id: funding_id.clone(),
                        bucket_id: bucket.id.clone(),
                        round_id: round.id.clone(),
                        person_id: person.id.clone(),
                        amount,
                    },
                )
                .await?;
                Ok((tx, funding_id))
            },
            |mut tx, _| async move {
                let made = found(tx.bucket(bucket_id).await?, "the bucket")?;
                Ok((tx, made))
            },
        )
        .await
    }

    /// Cancels a bucket while its round is open: every member gets back
    /// exactly what they gave it, into their allocation. A co-creator or an
    /// organizer may.
    pub async fn cancel_bucket(
        &self,
        actor: &Actor,
        bucket_id: &str,
        reason: &str,
    ) -> AppResult<Bucket> {
        let person = actor.person()?.clone();
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > 2000 {
            return Err(AppError::invalid(
                "reason",
                "say why the bucket is cancelled, in up to 2,000 characters",
            ));
        }
        let mut tx = self.store.write().await?;
        let (bucket, round, pool) = self.readable_bucket(&mut tx, actor, bucket_id).await?;
        let role = self.active_role(&mut tx, actor, &pool.id).await?;
        let co_creator = bucket.co_creators.iter().any(|c| c.0 == person.id);
        if !(co_creator && role.is_some()) && role != Some(PoolRole::Organizer) {
            return Err(AppError::Forbidden(
                "only the bucket's co-creators or the pool's organizers can cancel it".into(),
            ));
        }
        if bucket.status != BucketStatus::Open
            || !matches!(
                phase_of(&round, self.now_ms()),
                Phase::Buckets | Phase::Funding
            )
        {
            return Err(AppError::Conflict(
                "a bucket can be cancelled only while its round is open".into(),
            ));
        }
        let refunds = tx
            .bucket_gifts(&bucket.id)
            .await?
            .into_iter()
            .map(|g| Refund {
                person_id: g.person_id,
                amount: g.amount,
            })
            .collect();
        self.record(
            &mut tx,
            actor,
            Event::BucketCancelled {
                bucket_id: bucket.id.clone(),
                round_id: round.id.clone(),
                reason: reason.to_string(),
                refunds,
            },
        )
        .await?;
        let b = tx
            .bucket(&bucket.id)
            .await?
            .ok_or_else(|| AppError::NotFound("the bucket vanished".into()))?;
        tx.commit().await?;
        Ok(b)
    }

    /// Closes one round whose funding window has ended: buckets at their
    /// minimum become authorized payouts to their co-creators through the
    /// treasury's payout flow; everything else goes back to the pool.
    pub(crate) async fn close_round_in(
        &self,
        tx: &mut Box<dyn Tx>,
        round: &Round,
    ) -> AppResult<()> {
        let system = Actor::Closer;
        let buckets: Vec<Bucket> = tx
            .buckets_of_round(&round.id)
            .await?
            .into_iter()
            .filter(|b| b.status == BucketStatus::Open)
            .collect();
        let results: Vec<BucketResult> = buckets
            .iter()
            .map(|b| BucketResult {
                bucket_id: b.id.clone(),
                total: b.total,
                funded: matches!(
                    budget::close(b.total, b.min_goal),
                    budget::Closing::Funded(_)
                ),
            })
            .collect();
        let postings = ledger::release(round.per_member * round.members)
            .map_err(|e| AppError::invalid("amount", e.to_string()))?;
        self.record(
            tx,
            &system,
            Event::RoundClosed {
                round_id: round.id.clone(),
                entry_id: new_id(),
                pool_id: round.pool_id.clone(),
                buckets: results.clone(),
                postings,
            },
        )
        .await?;
        for (b, r) in buckets.iter().zip(&results) {
            if !r.funded {
                continue;
            }
            let names: Vec<&str> = b.co_creators.iter().map(|c| c.1.as_str()).collect();
            let spend = Spend {
                payee: names.join(", "),
                amount: b.total,
                purpose: format!("Bucket \"{}\" of the round \"{}\"", b.title, round.title),
            };
            let postings = ledger::authorize(b.total)
                .map_err(|e| AppError::invalid("amount", e.to_string()))?;
            self.record(
                tx,
                &system,
                Event::PayoutAuthorized {
                    payout_id: new_id(),
                    entry_id: new_id(),
                    pool_id: round.pool_id.clone(),
                    decision_id: round.decision_id.clone(),
                    spend,
                    postings,
                    bucket_id: Some(b.id.clone()),
                },
            )
            .await?;
        }
        Ok(())
    }

    /// Closes every round whose funding window has ended, each in its own
    /// transaction, exactly once even with several servers. Returns their ids.
    pub async fn close_due_rounds(&self) -> AppResult<Vec<String>> {
        self.close_due(crate::decisions::Due::Round).await
    }

    /// Where a round's money went: allocations, buckets and payouts.
    pub async fn round_report(&self, actor: &Actor, round_id: &str) -> AppResult<RoundReport> {
        let mut tx = self.store.read().await?;
        let (round, pool) = self.readable_round(&mut tx, actor, round_id).await?;
        let phase = phase_of(&round, self.now_ms());
        let payouts = tx.payouts(&pool.id).await?;
        let buckets: Vec<(Bucket, Option<Payout>)> = tx
            .buckets_of_round(&round.id)
            .await?
            .into_iter()
            .map(|b| {
                let p = payouts
                    .iter()
                    .find(|p| p.bucket_id.as_deref() == Some(b.id.as_str()))
                    .cloned();
                (b, p)
            })
            .collect();
        let allocations = tx.allocations(&round.id).await?;
        let set_aside = round.per_member * round.members;
        let committed: i64 = buckets
            .iter()
            .filter(|(b, _)| matches!(b.status, BucketStatus::Open | BucketStatus::Funded))
            .map(|(b, _)| b.total)
            .sum();
        // A funded bucket whose payout was cancelled gave its money back.
        let funded: i64 = buckets
            .iter()
            .filter(|(b, p)| {
                b.status == BucketStatus::Funded
                    && p.as_ref()
                        .is_none_or(|p| p.status != PayoutStatus::Cancelled)
            })
            .map(|(b, _)| b.total)
            .sum();
        let returned = if round.closed {
            set_aside - funded
        } else {
            set_aside - committed
        };
        Ok(RoundReport {
            round,
            pool,
            phase,
            buckets,
            allocations,
            set_aside,
            committed,
            funded,
            returned,
        })
    }
}

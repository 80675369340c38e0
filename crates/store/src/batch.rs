//! Group commit, for both engines: write commands run one at a time on one
//! connection, and several share one transaction and so one commit.
//!
//! A command takes the writer lock (first come, first served). If no batch
//! is open it starts one, and runs as the whole of it until it finishes; a
//! command that joins an open batch runs inside `SAVEPOINT cmd`. When the
//! command finishes it gives up the lock (its savepoint is released along
//! with the next command's start, or by the commit), then waits until the
//! batch is committed. If no other command is waiting for the
//! lock, it commits the batch itself (a lone writer pays no hand-off).
//! Otherwise a committer task queues for the same lock, so every command
//! that was already waiting joins the batch, and the last of them, or the
//! committer, commits it: one commit makes them all durable.
//!
//! A command that fails or is dropped is rolled back alone: to its
//! savepoint, or, if it was the batch's first, with the whole transaction,
//! which then held nothing else. If the commit itself fails, every command
//! in the batch reports the failure, and none was acknowledged.

use async_trait::async_trait;
use pools_app::ports::{StoreError, StoreResult};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::{Mutex, Notify, OwnedMutexGuard, oneshot};

/// The journal head: its sequence number and hash.
pub type Head = (i64, String);

/// What an engine's writer connection does for the batch.
#[async_trait]
pub trait BatchConn: Send + 'static {
    /// Whether its steps may suspend (waiting on the network). A request
    /// that goes away while a step is suspended would leave the writer's
    /// state out of step with its connection, so then the batch's own
    /// steps (start, release, commit, roll back) run in a task of their
    /// own that always finishes. SQLite's steps never suspend.
    const SUSPENDS: bool;
    /// Runs a statement that returns nothing.
    async fn run(&mut self, sql: &'static str) -> StoreResult<()>;
    /// Starts the batch's transaction. Where starting locks the journal
    /// head (PostgreSQL), it returns the head, so commands need not read
    /// it again while the batch holds the lock.
    async fn begin(&mut self) -> StoreResult<Option<Head>>;
    /// Forgets a connection that a failure may have left unusable; the
    /// next `begin` opens a new one where the engine can.
    fn discard(&mut self);
}

/// What the running command has open.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Nothing,
    /// The command started the batch and is all of it.
    Whole,
    /// The command joined a batch, inside `SAVEPOINT cmd`.
    Savepoint,
}

/// The writer connection and the state of the batch it is building.
pub struct Writer<C> {
    conn: C,
    in_batch: bool,
    open: Open,
    /// The last command that joined the batch finished, and its savepoint
    /// is released with the next one's start (or by the commit), which
    /// saves a round trip on PostgreSQL.
    release_pending: bool,
    /// The running command hit a database error. On PostgreSQL that
    /// aborts the transaction until its savepoint is rolled back, and on
    /// SQLite it may have left half of a journal record; either way the
    /// command must not be committed, even if it tries.
    spoiled: bool,
    /// The journal head as of the last finished command, when the batch
    /// holds its lock.
    head: Option<Head>,
    waiters: Vec<oneshot::Sender<Result<(), String>>>,
}

impl<C: BatchConn> Writer<C> {
    /// The connection, for queries.
    pub fn conn(&mut self) -> &mut C {
        &mut self.conn
    }

    /// Notes that a statement of the running command failed.
    pub fn spoil(&mut self) {
        self.spoiled = true;
    }

    /// Undoes a command that ended without finishing.
    async fn recover(&mut self) -> StoreResult<()> {
        let open = std::mem::replace(&mut self.open, Open::Nothing);
        match open {
            Open::Nothing => Ok(()),
            Open::Savepoint => self.conn.run("ROLLBACK TO cmd; RELEASE cmd").await,
            Open::Whole => {
                self.in_batch = false;
                self.head = None;
                self.release_pending = false;
                self.conn.run("ROLLBACK").await
            }
        }
    }

    /// Ends the batch as failed: whatever state it is in, the next batch
    /// starts clean, and every command waiting on it hears why.
    async fn fail_batch(&mut self, why: String) {
        tracing::error!(error = %why, "a batch of writes failed");
        if self.in_batch && self.conn.run("ROLLBACK").await.is_err() {
            self.conn.discard();
        }
        self.in_batch = false;
        self.open = Open::Nothing;
        self.head = None;
        self.release_pending = false;
        for waiter in self.waiters.drain(..) {
            let _ = waiter.send(Err(why.clone()));
        }
    }

    /// Rolls back an abandoned command, commits the batch, and tells every
    /// command in it how the commit went.
    async fn commit_batch(&mut self) {
        if let Err(e) = self.recover().await {
            return self.fail_batch(e.to_string()).await;
        }
        if !self.in_batch {
            return;
        }
        if let Err(e) = self.conn.run("COMMIT").await {
            // A failed commit may leave the transaction open (SQLite) or
            // the connection gone (PostgreSQL); failing the batch rolls
            // back what remains, or drops the connection.
            return self.fail_batch(e.to_string()).await;
        }
        self.in_batch = false;
        self.head = None;
        self.release_pending = false;
        for waiter in self.waiters.drain(..) {
            let _ = waiter.send(Ok(()));
        }
    }
}

/// One engine's writer, its waiting commands and its committer.
pub struct Batcher<C> {
    writer: Arc<Mutex<Writer<C>>>,
    notify: Arc<Notify>,
    /// Commands waiting for the writer, and so about to join the batch.
    queued: Arc<AtomicUsize>,
}

impl<C: BatchConn> Batcher<C> {
    /// A batcher over `conn`, with its committer task.
    pub fn new(conn: C) -> Batcher<C> {
        let writer = Arc::new(Mutex::new(Writer {
            conn,
            in_batch: false,
            open: Open::Nothing,
            spoiled: false,
            release_pending: false,
            head: None,
            waiters: Vec::new(),
        }));
        let notify = Arc::new(Notify::new());
        tokio::spawn(committer(writer.clone(), notify.clone()));
        Batcher {
            writer,
            notify,
            queued: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// Starts a command: waits for the writer, then joins the open batch
    /// or starts one. Returns the journal head when the batch knows it.
    pub async fn command(&self) -> StoreResult<(BatchGuard<C>, Option<Head>)> {
        let g = {
            let _waiting = Waiting::on(&self.queued);
            self.writer.clone().lock_owned().await
        };
        let guard = BatchGuard {
            guard: Some(g),
            notify: self.notify.clone(),
            queued: self.queued.clone(),
        };
        if C::SUSPENDS {
            // If the caller goes away meanwhile, the guard it would have
            // had is dropped, and the committer rolls back what it began.
            tokio::spawn(start_command(guard))
                .await
                .map_err(|e| StoreError::Backend(format!("the writer stopped: {e}")))?
        } else {
            start_command(guard).await
        }
    }

    /// The writer, for tests that look at its connection.
    #[cfg(test)]
    pub async fn writer(&self) -> tokio::sync::MutexGuard<'_, Writer<C>> {
        self.writer.lock().await
    }
}

/// Counts a command as waiting for the writer until it has it (or stops
/// waiting).
struct Waiting(Arc<AtomicUsize>);

impl Waiting {
    fn on(queued: &Arc<AtomicUsize>) -> Waiting {
        queued.fetch_add(1, Ordering::SeqCst);
        Waiting(queued.clone())
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Rolls back whatever an earlier command left, then joins the open batch
/// or starts one.
async fn start_command<C: BatchConn>(
    mut guard: BatchGuard<C>,
) -> StoreResult<(BatchGuard<C>, Option<Head>)> {
    let g = guard.writer();
    if let Err(e) = g.recover().await {
        g.fail_batch(e.to_string()).await;
    }
    g.spoiled = false;
    if g.in_batch {
        let start = if g.release_pending {
            "RELEASE cmd; SAVEPOINT cmd"
        } else {
            "SAVEPOINT cmd"
        };
        if let Err(e) = g.conn.run(start).await {
            g.fail_batch(e.to_string()).await;
            return Err(e);
        }
        g.release_pending = false;
        g.open = Open::Savepoint;
    } else {
        g.head = g.conn.begin().await?;
        g.in_batch = true;
        g.open = Open::Whole;
    }
    let head = g.head.clone();
    Ok((guard, head))
}

async fn committer<C: BatchConn>(writer: Arc<Mutex<Writer<C>>>, notify: Arc<Notify>) {
    loop {
        notify.notified().await;
        writer.lock().await.commit_batch().await;
    }
}

/// A command's hold on the writer. Dropping it without `finish` abandons
/// the command; the next command or the committer rolls it back.
pub struct BatchGuard<C> {
    guard: Option<OwnedMutexGuard<Writer<C>>>,
    notify: Arc<Notify>,
    queued: Arc<AtomicUsize>,
}

impl<C: BatchConn> BatchGuard<C> {
    /// The writer, while the command runs.
    pub fn writer(&mut self) -> &mut Writer<C> {
        self.guard.as_mut().expect("the guard is held until finish")
    }

    /// Whether another command is waiting: for the writer, or, having
    /// finished earlier in this batch, for the batch's commit. Background
    /// work (the notifier) then stops early and finishes, so a person's
    /// request waits neither behind it nor for its commit.
    pub fn others_waiting(&self) -> bool {
        self.queued.load(Ordering::SeqCst) > 0
            || self.guard.as_ref().is_some_and(|g| !g.waiters.is_empty())
    }

    /// Ends the command successfully, leaving the journal at `head`, and
    /// waits until its batch is durable. If no other command is waiting to
    /// join the batch, this one commits it at once; otherwise the last to
    /// join does, or the committer.
    pub async fn finish(mut self, head: Option<Head>) -> StoreResult<()> {
        if self.writer().spoiled {
            // Dropping the guard hands the command to the committer, which
            // rolls it back alone.
            return Err(StoreError::Backend(
                "a statement of this command failed, so it was rolled back".into(),
            ));
        }
        let mut g = self.guard.take().expect("finish is called once");
        // Its savepoint, if any, stays until the next command starts or the
        // batch commits; either releases it in the same round trip.
        g.release_pending = g.open == Open::Savepoint;
        g.open = Open::Nothing;
        if g.head.is_some() {
            g.head = head;
        }
        let (tx, rx) = oneshot::channel();
        g.waiters.push(tx);
        if self.queued.load(Ordering::SeqCst) == 0 {
            let commit = async move { g.commit_batch().await };
            if C::SUSPENDS {
                // The commit finishes even if the caller goes away.
                tokio::spawn(commit);
            } else {
                commit.await;
            }
        } else {
            drop(g);
            self.notify.notify_one();
        }
        match rx.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(StoreError::Backend(format!("the commit failed: {e}"))),
            Err(_) => Err(StoreError::Backend("the committer stopped".into())),
        }
    }
}

impl<C> Drop for BatchGuard<C> {
    fn drop(&mut self) {
        if self.guard.take().is_some() {
            self.notify.notify_one();
        }
    }
}

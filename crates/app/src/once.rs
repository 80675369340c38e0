//! Commands that move money happen once per idempotency key. A client that
//! did not hear the answer sends the same request with the same key again
//! and gets the first result back, with nothing recorded twice; the same key
//! with a different request is refused. The key, the request's hash and the
//! id of what it made are saved in the command's own transaction, so a
//! command and its key commit together or not at all.

use crate::error::say;
use crate::ports::Tx;
use crate::{Actor, App, AppError, AppResult};
use pools_core::msg::Msg;
use sha2::{Digest, Sha256};

/// What identifies a request for its idempotency key: the command, what it
/// acts on and its body. A replay must match it exactly.
pub(crate) fn request_hash<T: serde::Serialize>(what: &str, target: &str, body: &T) -> String {
    let text = serde_json::to_string(&(what, target, body)).expect("requests serialize");
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// What a command's read gives back, or a plain error if a row it just wrote
/// is gone (which only a broken store can cause).
pub(crate) fn found<T>(row: Option<T>, what: &str) -> AppResult<T> {
    row.ok_or_else(|| AppError::NotFound(format!("{what} vanished")))
}

impl App {
    /// Runs a money command at most once for the actor's idempotency key.
    ///
    /// `run` does the command in the write transaction and hands it back
    /// with the id of what it made; `read` turns that id (the saved one, on
    /// a replay) into the result. A replay reads and writes nothing else.
    /// Every refusal from `run` drops the transaction, key included, so a
    /// corrected request can reuse the key. (The transaction is passed by
    /// value, not borrowed, so the command's future stays `Send` for the
    /// server.)
    pub(crate) async fn once<T, Ran, Read>(
        &self,
        actor: &Actor,
        key: &str,
        hash: &str,
        run: impl FnOnce(Box<dyn Tx>) -> Ran,
        read: impl FnOnce(Box<dyn Tx>, String) -> Read,
    ) -> AppResult<T>
    where
        Ran: Future<Output = AppResult<(Box<dyn Tx>, String)>>,
        Read: Future<Output = AppResult<(Box<dyn Tx>, T)>>,
    {
        let person = actor.person()?;
        if key.trim().is_empty() || key.len() > 200 {
            return Err(AppError::invalid(
                "idempotency_key",
                say(Msg::new("error-pools-idempotency-key")),
            ));
        }
        let mut tx = self.store.write().await?;
        match tx.idempotent(&person.id, key).await? {
            Some((h, id)) if h == hash => return Ok(read(tx, id).await?.1),
            Some(_) => {
                return Err(AppError::Conflict(say(Msg::new(
                    "error-pools-idempotency-reused",
                ))));
            }
            None => {}
        }
        let (mut tx, id) = run(tx).await?;
        tx.save_idempotent(&person.id, key, hash, &id, self.now_ms())
            .await?;
        let (tx, done) = read(tx, id).await?;
        tx.commit().await?;
        Ok(done)
    }
}

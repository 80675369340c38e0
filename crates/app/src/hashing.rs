//! Password hashing with a bound. Argon2id needs 19 MiB of memory per hash
//! by design, so unbounded concurrent sign-ups would let anyone, without an
//! account, make the server hold gigabytes (the allocator keeps freed
//! blocks for reuse). Here at most one hash runs per core, each in one of a
//! fixed set of memory buffers allocated once and reused, and only a short
//! queue may wait; past it callers are told to come back
//! (`AppError::Busy`, a 503 with Retry-After).

use crate::error::say;
use crate::{AppError, AppResult};
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use pools_core::msg::Msg;
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// How many callers may wait for a hash, beyond those hashing. Waiting
/// costs a task, not hashing memory; the bound keeps the wait short (on
/// two cores, about 25 ms a hash, a full queue waits some three seconds).
pub const QUEUE: usize = 256;
/// Seconds a caller turned away is asked to wait.
pub const RETRY_AFTER_SECS: u64 = 2;

/// The bounded hasher. Cheap to clone: clones share the bound.
#[derive(Clone)]
pub struct Hasher {
    inner: Arc<Inner>,
}

struct Inner {
    /// One permit per caller hashing or waiting to.
    admitted: Arc<Semaphore>,
    /// One permit per hash running; as many as there are buffers.
    running: Semaphore,
    buffers: Mutex<Vec<Vec<Block>>>,
}

impl Hasher {
    /// A hasher running `workers` hashes at once (at least one).
    pub fn new(workers: usize) -> Hasher {
        let workers = workers.max(1);
        let blocks = Params::default().block_count();
        Hasher {
            inner: Arc::new(Inner {
                admitted: Arc::new(Semaphore::new(workers + QUEUE)),
                running: Semaphore::new(workers),
                buffers: Mutex::new(
                    (0..workers)
                        .map(|_| vec![Block::default(); blocks])
                        .collect(),
                ),
            }),
        }
    }

    /// One hasher per core of this machine.
    pub fn for_this_machine() -> Hasher {
        Hasher::new(std::thread::available_parallelism().map_or(1, |n| n.get()))
    }

    /// Runs `work` with a memory buffer, on a blocking thread, once a worker
    /// is free; refuses at once when the queue is full.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    ) -> AppResult<T> {
        let _admitted = self
            .inner
            .admitted
            .clone()
            .try_acquire_owned()
            .map_err(|_| AppError::Busy {
                retry_after_secs: RETRY_AFTER_SECS,
            })?;
        let _running = self
            .inner
            .running
            .acquire()
            .await
            .expect("the semaphore is never closed");
        let mut buffer = self
            .inner
            .buffers
            .lock()
            .expect("no hash panics while holding the lock")
            .pop()
            .expect("a running permit always finds a buffer");
        let (out, buffer) = tokio::task::spawn_blocking(move || {
            let out = work(&mut buffer);
            (out, buffer)
        })
        .await
        .expect("hashing does not panic");
        self.inner
            .buffers
            .lock()
            .expect("no hash panics while holding the lock")
            .push(buffer);
        Ok(out)
    }

    /// Hashes a new password (Argon2id, the default parameters, a random
    /// salt) into a PHC string.
    pub async fn hash(&self, password: String) -> AppResult<String> {
        self.run(move |memory| hash_with(&password, &crate::random_bytes::<16>(), memory))
            .await?
            .map_err(|e| {
                AppError::invalid(
                    "password",
                    say(Msg::new("error-pools-password-unusable").text("why", e.to_string())),
                )
            })
    }

    /// Whether a password matches a stored PHC string. Without one (an
    /// unknown email) it still pays for a hash, so timing does not reveal
    /// which addresses have accounts.
    pub async fn verify(&self, password: String, stored: Option<String>) -> AppResult<bool> {
        self.run(move |memory| {
            let known = stored.is_some();
            let stored = stored.unwrap_or_else(|| FALLBACK.to_string());
            verify_with(&password, &stored, memory) && known
        })
        .await
    }
}

/// A valid hash of nothing anyone types, checked for unknown emails.
const FALLBACK: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0r7cJu+K6DmYM0Ry3bnLbGxOGb/5ZXhI7jgsaDfTGYs";

fn hash_with(
    password: &str,
    salt: &[u8],
    memory: &mut Vec<Block>,
) -> Result<String, argon2::password_hash::Error> {
    let params = Params::default();
    let salt = SaltString::encode_b64(salt)?;
    let mut raw = [0u8; Params::DEFAULT_OUTPUT_LEN];
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.decode_b64(&mut salt_bytes)?;
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
        .hash_password_into_with_memory(
            password.as_bytes(),
            salt_raw,
            &mut raw,
            memory.as_mut_slice(),
        )?;
    Ok(PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params)?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&raw)?),
    }
    .to_string())
}

fn verify_with(password: &str, stored: &str, memory: &mut Vec<Block>) -> bool {
    let mut check = || -> Result<bool, argon2::password_hash::Error> {
        let parsed = PasswordHash::new(stored)?;
        let algorithm = Algorithm::try_from(parsed.algorithm)?;
        let version = Version::try_from(parsed.version.unwrap_or(Version::V0x13.into()))?;
        let params = Params::try_from(&parsed)?;
        let expected = parsed.hash.ok_or(argon2::password_hash::Error::Password)?;
        let mut salt_bytes = [0u8; 64];
        let salt = parsed
            .salt
            .ok_or(argon2::password_hash::Error::Password)?
            .decode_b64(&mut salt_bytes)?;
        let mut out = vec![0u8; expected.len()];
        // A stored hash with other parameters than today's (never written
        // by this server, but possible in an imported database) gets a
        // buffer of its own.
        let mut own;
        let blocks: &mut [Block] = if params.block_count() <= memory.len() {
            memory.as_mut_slice()
        } else {
            own = vec![Block::default(); params.block_count()];
            own.as_mut_slice()
        };
        Argon2::new(algorithm, version, params).hash_password_into_with_memory(
            password.as_bytes(),
            salt,
            &mut out,
            blocks,
        )?;
        // `Output`'s comparison takes the same time wherever they differ.
        Ok(Output::new(&out)? == expected)
    };
    check().unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    #[test]
    fn hashes_are_standard_argon2id_both_ways() {
        let mut memory = vec![Block::default(); Params::default().block_count()];
        let ours = hash_with("a long enough password", b"0123456789abcdef", &mut memory).unwrap();
        assert!(
            ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{ours}"
        );
        // What the standard implementation writes, we verify, and the reverse.
        let parsed = PasswordHash::new(&ours).unwrap();
        Argon2::default()
            .verify_password(b"a long enough password", &parsed)
            .unwrap();
        let salt = SaltString::encode_b64(b"fedcba9876543210").unwrap();
        let theirs = Argon2::default()
            .hash_password(b"another password", &salt)
            .unwrap()
            .to_string();
        assert!(verify_with("another password", &theirs, &mut memory));
        assert!(!verify_with("another passwore", &theirs, &mut memory));
        assert!(!verify_with("x", "not a hash", &mut memory));
    }

    #[tokio::test]
    async fn a_full_queue_is_told_to_come_back() {
        let h = Hasher::new(1);
        // Hold every admission, as callers waiting would.
        let held: Vec<_> = (0..QUEUE + 1)
            .map(|_| h.inner.admitted.clone().try_acquire_owned().unwrap())
            .collect();
        assert!(matches!(
            h.hash("a long enough password".into()).await,
            Err(AppError::Busy {
                retry_after_secs: RETRY_AFTER_SECS
            })
        ));
        drop(held);
        let stored = h.hash("a long enough password".into()).await.unwrap();
        assert!(
            h.verify("a long enough password".into(), Some(stored.clone()))
                .await
                .unwrap()
        );
        assert!(!h.verify("wrong".into(), Some(stored)).await.unwrap());
        assert!(!h.verify("anything".into(), None).await.unwrap());
    }
}

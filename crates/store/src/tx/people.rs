//! People: accounts, sessions, sign-in limits, password resets and settings.
//!
//! The projection of this aggregate's events and the queries that read
//! its tables, side by side.

use super::*;

pub(super) fn person(r: &Row) -> StoreResult<Person> {
    Ok(Person {
        id: r.text("id")?,
        email: r.text("email")?,
        name: r.text("name")?,
        operator: r.i64("operator")? != 0,
        language: None,
        time_zone: None,
    })
}

/// A person read with their settings, as a session finds them.
pub(super) fn person_with_settings(r: &Row) -> StoreResult<Person> {
    Ok(Person {
        language: r.opt_text("language")?,
        time_zone: r.opt_text("time_zone")?,
        ..person(r)?
    })
}

impl SqlTx {
    /// Applies one of this aggregate's events to its tables.
    pub(super) async fn apply_people(
        &mut self,
        entry: &JournalEntry,
        event: &Event,
    ) -> StoreResult<()> {
        let at = entry.at.as_str();
        let c = &mut self.conn;
        match event {
            Event::PersonRegistered {
                person_id,
                email,
                name,
                operator,
            } => {
                c.exec(
                    "INSERT INTO persons (id, email, name, operator, created_at) VALUES ($1, $2, $3, $4, $5)",
                    args![person_id, email, name, *operator, at],
                )
                .await?;
            }
            _ => return Err(misrouted(event, "people")),
        }
        Ok(())
    }
}

#[async_trait]
impl PeopleTx for SqlTx {
    async fn person(&mut self, id: &str) -> StoreResult<Option<Person>> {
        self.conn
            .one(
                "SELECT p.id, p.email, p.name, p.operator, ps.language, ps.time_zone FROM persons p \
                 LEFT JOIN person_settings ps ON ps.person_id = p.id WHERE p.id = $1",
                args![id],
            )
            .await?
            .as_ref()
            .map(person_with_settings)
            .transpose()
    }

    async fn person_by_email(&mut self, email: &str) -> StoreResult<Option<Person>> {
        self.conn
            .one(
                "SELECT p.id, p.email, p.name, p.operator, ps.language, ps.time_zone FROM persons p \
                 LEFT JOIN person_settings ps ON ps.person_id = p.id WHERE p.email = $1",
                args![email],
            )
            .await?
            .as_ref()
            .map(person_with_settings)
            .transpose()
    }

    async fn person_count(&mut self) -> StoreResult<i64> {
        self.conn
            .one("SELECT COUNT(*) AS n FROM persons", args![])
            .await?
            .ok_or_else(|| corrupt("count returned nothing"))?
            .i64("n")
    }

    async fn save_settings(
        &mut self,
        person_id: &str,
        language: Option<&str>,
        time_zone: Option<&str>,
        at_ms: i64,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO person_settings (person_id, language, time_zone, updated_ms) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (person_id) DO UPDATE SET language = excluded.language, time_zone = excluded.time_zone, updated_ms = excluded.updated_ms",
                args![person_id, language, time_zone, at_ms],
            )
            .await?;
        Ok(())
    }

    async fn set_password_hash(
        &mut self,
        person_id: &str,
        hash: &str,
        at_ms: i64,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO credentials (person_id, password_hash, updated_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (person_id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at",
                args![person_id, hash, at_ms],
            )
            .await?;
        Ok(())
    }

    async fn password_hash(&mut self, person_id: &str) -> StoreResult<Option<String>> {
        match self
            .conn
            .one(
                "SELECT password_hash FROM credentials WHERE person_id = $1",
                args![person_id],
            )
            .await?
        {
            Some(r) => Ok(Some(r.text("password_hash")?)),
            None => Ok(None),
        }
    }

    async fn create_session(&mut self, s: &Session, at_ms: i64) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO sessions (token_hash, person_id, kind, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
                args![&s.token_hash, &s.person_id, s.kind.as_str(), at_ms, s.expires_at_ms],
            )
            .await?;
        Ok(())
    }

    async fn delete_session(&mut self, token_hash: &str) -> StoreResult<()> {
        self.conn
            .exec(
                "DELETE FROM sessions WHERE token_hash = $1",
                args![token_hash],
            )
            .await?;
        Ok(())
    }

    async fn delete_sessions_of(&mut self, person_id: &str) -> StoreResult<()> {
        self.conn
            .exec(
                "DELETE FROM sessions WHERE person_id = $1",
                args![person_id],
            )
            .await?;
        Ok(())
    }

    async fn prune_expired(&mut self, now_ms: i64, failures_before_ms: i64) -> StoreResult<u64> {
        let mut n = 0;
        n += self
            .conn
            .exec("DELETE FROM sessions WHERE expires_at <= $1", args![now_ms])
            .await?;
        n += self
            .conn
            .exec(
                "DELETE FROM password_resets WHERE expires_at <= $1",
                args![now_ms],
            )
            .await?;
        n += self
            .conn
            .exec(
                "DELETE FROM signin_failures WHERE at < $1",
                args![failures_before_ms],
            )
            .await?;
        Ok(n)
    }

    async fn reserve_signin_attempt(
        &mut self,
        key: &str,
        attempt: &str,
        at_ms: i64,
        since_ms: i64,
        max: i64,
    ) -> StoreResult<bool> {
        let n = self
            .conn
            .exec(
                "INSERT INTO signin_failures (key, at, attempt) SELECT $1, $2, $3 WHERE (SELECT COUNT(*) FROM signin_failures WHERE key = $1 AND at > $4) < $5",
                args![key, at_ms, attempt, since_ms, max],
            )
            .await?;
        Ok(n == 1)
    }

    async fn forget_signin_attempt(&mut self, attempt: &str) -> StoreResult<()> {
        self.conn
            .exec(
                "DELETE FROM signin_failures WHERE attempt = $1",
                args![attempt],
            )
            .await?;
        Ok(())
    }

    async fn clear_signin_failures(&mut self, key: &str, before_ms: i64) -> StoreResult<()> {
        self.conn
            .exec(
                "DELETE FROM signin_failures WHERE key = $1 OR at <= $2",
                args![key, before_ms],
            )
            .await?;
        Ok(())
    }

    async fn create_password_reset(
        &mut self,
        token_hash: &str,
        r: &PasswordReset,
    ) -> StoreResult<()> {
        self.conn
            .exec(
                "INSERT INTO password_resets (token_hash, person_id, expires_at, used_at) VALUES ($1, $2, $3, NULL)",
                args![token_hash, &r.person_id, r.expires_at_ms],
            )
            .await?;
        Ok(())
    }

    async fn password_reset(&mut self, token_hash: &str) -> StoreResult<Option<PasswordReset>> {
        let Some(r) = self
            .conn
            .one(
                "SELECT person_id, expires_at, used_at FROM password_resets WHERE token_hash = $1",
                args![token_hash],
            )
            .await?
        else {
            return Ok(None);
        };
        Ok(Some(PasswordReset {
            person_id: r.text("person_id")?,
            expires_at_ms: r.i64("expires_at")?,
            used: r.opt_i64("used_at")?.is_some(),
        }))
    }

    async fn use_password_reset(&mut self, token_hash: &str, at_ms: i64) -> StoreResult<()> {
        let n = self
            .conn
            .exec(
                "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
                args![at_ms, token_hash],
            )
            .await?;
        if n != 1 {
            return Err(StoreError::Conflict(
                "the reset link was used already".into(),
            ));
        }
        Ok(())
    }

    async fn setting(&mut self, key: &str) -> StoreResult<Option<String>> {
        match self
            .conn
            .one("SELECT value FROM settings WHERE key = $1", args![key])
            .await?
        {
            Some(r) => Ok(Some(r.text("value")?)),
            None => Ok(None),
        }
    }

    async fn init_setting(&mut self, key: &str, value: &str) -> StoreResult<String> {
        self.conn
            .exec(
                "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
                args![key, value],
            )
            .await?;
        self.setting(key)
            .await?
            .ok_or_else(|| corrupt("a setting vanished"))
    }
}

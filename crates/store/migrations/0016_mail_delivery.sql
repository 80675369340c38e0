-- Mail is delivered from the outbox by a sender: each message has its HTML
-- part, why the person gets it, a one-click unsubscribe link where it can
-- be stopped, and where it stands (queued, sending under a lease, sent,
-- failed with the reason, or expired unsent).
ALTER TABLE outbox ADD COLUMN html TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN unsubscribe_url TEXT;
ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'queued';
ALTER TABLE outbox ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN send_before_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
ALTER TABLE outbox ADD COLUMN lease_until_ms BIGINT;
ALTER TABLE outbox ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
-- Messages queued before there was a sender were shown to the operator and
-- never sent; sending them now, late, would only confuse.
UPDATE outbox SET status = 'expired', last_error = 'queued before this server delivered mail';
CREATE INDEX outbox_due ON outbox (status, next_attempt_ms);

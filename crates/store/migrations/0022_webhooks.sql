-- Each pool's webhook endpoints and their deliveries. Operational state,
-- not journaled: a secret must never reach an export. A delivery is unique
-- per endpoint and source (a journal entry, or a test), so the notifier
-- never queues one twice; the sender claims under a lease as for mail.
CREATE TABLE webhooks (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id),
    url TEXT NOT NULL,
    format TEXT NOT NULL,
    events TEXT NOT NULL,
    secret TEXT NOT NULL,
    active BIGINT NOT NULL,
    created_by TEXT REFERENCES persons (id),
    created_at TEXT NOT NULL
);
CREATE INDEX webhooks_of_pool ON webhooks (pool_id, active);

CREATE TABLE webhook_deliveries (
    id TEXT PRIMARY KEY,
    webhook_id TEXT NOT NULL REFERENCES webhooks (id),
    pool_id TEXT NOT NULL,
    event TEXT NOT NULL,
    source TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_ms BIGINT NOT NULL,
    lease_owner TEXT,
    lease_until_ms BIGINT,
    last_status BIGINT,
    last_error TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    sent_ms BIGINT,
    UNIQUE (webhook_id, source)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_ms);
CREATE INDEX webhook_deliveries_of_pool ON webhook_deliveries (pool_id, created_ms);

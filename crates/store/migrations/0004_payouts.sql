-- Spend proposals and the payouts they authorize.

ALTER TABLE decisions ADD COLUMN spend TEXT;

CREATE TABLE payouts (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id),
    decision_id TEXT NOT NULL UNIQUE REFERENCES decisions (id),
    payee TEXT NOT NULL,
    amount BIGINT NOT NULL,
    purpose TEXT NOT NULL,
    status TEXT NOT NULL,
    reference TEXT,
    paid_on TEXT,
    reason TEXT,
    authorized_at TEXT NOT NULL,
    settled_at TEXT
);
CREATE INDEX payouts_pool ON payouts (pool_id, authorized_at);

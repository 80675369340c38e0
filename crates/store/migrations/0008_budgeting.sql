-- Participatory budgeting: rounds, buckets, who funded what, and flags.
-- Payouts may now come from a funded bucket, so one round decision can
-- authorize several payouts: the table is rebuilt with a bucket column,
-- and a decision still authorizes at most one payout of its own.

ALTER TABLE decisions ADD COLUMN round TEXT;
ALTER TABLE decisions ADD COLUMN round_note TEXT;

CREATE TABLE payouts_v2 (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id),
    decision_id TEXT NOT NULL REFERENCES decisions (id),
    payee TEXT NOT NULL,
    amount BIGINT NOT NULL,
    purpose TEXT NOT NULL,
    status TEXT NOT NULL,
    reference TEXT,
    paid_on TEXT,
    reason TEXT,
    authorized_at TEXT NOT NULL,
    settled_at TEXT,
    bucket_id TEXT
);
INSERT INTO payouts_v2 (id, pool_id, decision_id, payee, amount, purpose, status, reference, paid_on, reason, authorized_at, settled_at, bucket_id)
    SELECT id, pool_id, decision_id, payee, amount, purpose, status, reference, paid_on, reason, authorized_at, settled_at, NULL FROM payouts;
DROP TABLE payouts;
ALTER TABLE payouts_v2 RENAME TO payouts;
CREATE INDEX payouts_pool ON payouts (pool_id, authorized_at);
CREATE UNIQUE INDEX payouts_decision ON payouts (decision_id) WHERE bucket_id IS NULL;
CREATE UNIQUE INDEX payouts_bucket ON payouts (bucket_id);

CREATE TABLE rounds (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id),
    decision_id TEXT NOT NULL UNIQUE REFERENCES decisions (id),
    title TEXT NOT NULL,
    guidelines TEXT NOT NULL,
    amount BIGINT NOT NULL,
    per_member BIGINT NOT NULL,
    remainder BIGINT NOT NULL,
    cap BIGINT,
    members BIGINT NOT NULL,
    opened_at TEXT NOT NULL,
    buckets_close_at TEXT NOT NULL,
    buckets_close_ms BIGINT NOT NULL,
    funding_close_at TEXT NOT NULL,
    funding_close_ms BIGINT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    closed_at TEXT
);
CREATE INDEX rounds_pool ON rounds (pool_id, opened_at);
CREATE INDEX rounds_due ON rounds (status, funding_close_ms);

-- Each member's allocation left, changed in the funding's own transaction.
CREATE TABLE round_members (
    round_id TEXT NOT NULL REFERENCES rounds (id),
    person_id TEXT NOT NULL REFERENCES persons (id),
    left_amount BIGINT NOT NULL,
    PRIMARY KEY (round_id, person_id)
);

CREATE TABLE buckets (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES rounds (id),
    pool_id TEXT NOT NULL REFERENCES pools (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    co_creators TEXT NOT NULL,
    lines TEXT NOT NULL,
    min_goal BIGINT NOT NULL,
    max_goal BIGINT NOT NULL,
    total BIGINT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    created_at TEXT NOT NULL,
    settled_at TEXT
);
CREATE INDEX buckets_round ON buckets (round_id, created_at);

-- What each member has put into each bucket, in total.
CREATE TABLE bucket_gifts (
    bucket_id TEXT NOT NULL REFERENCES buckets (id),
    person_id TEXT NOT NULL REFERENCES persons (id),
    amount BIGINT NOT NULL,
    PRIMARY KEY (bucket_id, person_id)
);

-- Every contribution, kept as history.
CREATE TABLE bucket_fundings (
    id TEXT PRIMARY KEY,
    bucket_id TEXT NOT NULL REFERENCES buckets (id),
    person_id TEXT NOT NULL REFERENCES persons (id),
    amount BIGINT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX bucket_fundings_bucket ON bucket_fundings (bucket_id, at);

CREATE TABLE bucket_flags (
    bucket_id TEXT NOT NULL REFERENCES buckets (id),
    person_id TEXT NOT NULL REFERENCES persons (id),
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (bucket_id, person_id)
);

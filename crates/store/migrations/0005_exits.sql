-- Repayments of leaving members' capital, due under the exit rule.

CREATE TABLE exits (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id),
    person_id TEXT NOT NULL REFERENCES persons (id),
    amount BIGINT NOT NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL,
    reference TEXT,
    paid_on TEXT,
    requested_at TEXT NOT NULL
);
CREATE INDEX exits_pool ON exits (pool_id, due_on);

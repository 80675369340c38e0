-- The ledger: entries that are never edited, and balances kept current in
-- the same transaction as each entry. Idempotency keys for requests that
-- move money.

CREATE TABLE ledger_entries (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id),
    kind TEXT NOT NULL,
    person_id TEXT REFERENCES persons (id),
    amount BIGINT NOT NULL,
    received_on TEXT,
    method TEXT,
    reference TEXT,
    memo TEXT NOT NULL,
    reverses TEXT REFERENCES ledger_entries (id),
    reversed_by TEXT,
    postings TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX ledger_entries_pool ON ledger_entries (pool_id, at, id);
CREATE INDEX ledger_entries_person ON ledger_entries (pool_id, person_id);

CREATE TABLE ledger_balances (
    pool_id TEXT NOT NULL REFERENCES pools (id),
    account TEXT NOT NULL,
    balance BIGINT NOT NULL,
    PRIMARY KEY (pool_id, account)
);

CREATE TABLE idempotency_keys (
    actor TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (actor, key)
);

-- Decisions, their fixed electorates, current ballots and running tallies.

CREATE TABLE decisions (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id),
    proposer_id TEXT NOT NULL REFERENCES persons (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    method TEXT NOT NULL,
    rule_change TEXT,
    rules TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    closes_ms BIGINT NOT NULL,
    status TEXT NOT NULL,
    eligible BIGINT NOT NULL,
    tally TEXT NOT NULL,
    outcome TEXT,
    closed_at TEXT
);
CREATE INDEX decisions_pool ON decisions (pool_id, opened_at);
CREATE INDEX decisions_due ON decisions (status, closes_ms);

-- Who may vote: the pool's active members when voting opened.
CREATE TABLE decision_voters (
    decision_id TEXT NOT NULL REFERENCES decisions (id),
    person_id TEXT NOT NULL REFERENCES persons (id),
    PRIMARY KEY (decision_id, person_id)
);

-- The current ballot of each voter: one row per person and decision, so
-- nobody can be counted twice. The history is in the journal.
CREATE TABLE ballots (
    decision_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    choice TEXT NOT NULL,
    reason TEXT NOT NULL,
    cast_at TEXT NOT NULL,
    PRIMARY KEY (decision_id, person_id),
    FOREIGN KEY (decision_id, person_id) REFERENCES decision_voters (decision_id, person_id)
);

-- Money members say they sent, waiting for a treasurer to confirm it.

CREATE TABLE money_reports (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id),
    person_id TEXT NOT NULL REFERENCES persons (id),
    kind TEXT NOT NULL,
    amount BIGINT NOT NULL,
    sent_on TEXT NOT NULL,
    method TEXT NOT NULL,
    reference TEXT NOT NULL,
    status TEXT NOT NULL,
    entry_id TEXT REFERENCES ledger_entries (id),
    reason TEXT,
    reported_at TEXT NOT NULL
);
CREATE INDEX money_reports_pool ON money_reports (pool_id, status, reported_at);

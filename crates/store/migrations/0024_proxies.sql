-- Proxies: the grants in force, one per member (the primary key) and one
-- per proxy (the unique key), so nobody holds two; a grant for one
-- decision names it. A ballot a proxy cast names them in `cast_by`.
ALTER TABLE ballots ADD COLUMN cast_by TEXT REFERENCES persons (id);

CREATE TABLE proxies (
    pool_id TEXT NOT NULL REFERENCES pools (id),
    grantor_id TEXT NOT NULL REFERENCES persons (id),
    proxy_id TEXT NOT NULL REFERENCES persons (id),
    decision_id TEXT REFERENCES decisions (id),
    named_at TEXT NOT NULL,
    PRIMARY KEY (pool_id, grantor_id),
    UNIQUE (pool_id, proxy_id)
);

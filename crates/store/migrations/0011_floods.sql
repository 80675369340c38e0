-- Floods: pools federated around a shared project. A Flood is kept as a
-- body of its own kind in the pools table (it has rules, a currency, a
-- ledger, decisions and payouts like any pool), with a group of its own
-- kind that no directory lists; its members are pools, in flood_pools.

ALTER TABLE groups ADD COLUMN kind TEXT NOT NULL DEFAULT 'group';
ALTER TABLE pools ADD COLUMN kind TEXT NOT NULL DEFAULT 'pool';
ALTER TABLE decisions ADD COLUMN flood_action TEXT;

CREATE TABLE floods (
    id TEXT PRIMARY KEY REFERENCES pools (id),
    purpose TEXT NOT NULL,
    double_majority BIGINT NOT NULL,
    founder_pool_id TEXT NOT NULL REFERENCES pools (id),
    status TEXT NOT NULL,
    started_at TEXT NOT NULL,
    dissolved_at TEXT
);

CREATE TABLE flood_pools (
    flood_id TEXT NOT NULL REFERENCES floods (id),
    pool_id TEXT NOT NULL REFERENCES pools (id),
    committed BIGINT NOT NULL,
    status TEXT NOT NULL,
    received BIGINT NOT NULL,
    joined_at TEXT NOT NULL,
    left_at TEXT,
    PRIMARY KEY (flood_id, pool_id)
);
CREATE INDEX flood_pools_pool ON flood_pools (pool_id);

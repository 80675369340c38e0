-- Checkpoints: every minute (and on demand) the Merkle root over every
-- chain's head (`pools_core::chain::merkle_root`). Each keeps the heads
-- that moved since the one before (all of them in the first), so an export
-- can rebuild the heads under every root and check it.
CREATE TABLE checkpoints (
    id BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    root TEXT NOT NULL,
    bodies BIGINT NOT NULL
);

CREATE TABLE checkpoint_heads (
    checkpoint BIGINT NOT NULL REFERENCES checkpoints (id),
    body TEXT NOT NULL,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (checkpoint, body)
);

-- A chain's head under any checkpoint: its newest kept place at or before it.
CREATE INDEX checkpoint_heads_by_body ON checkpoint_heads (body, checkpoint);

-- Each chain's place when the last checkpoint was taken: only checkpoints
-- write it, so taking one never waits for the chains' writers.
CREATE TABLE checkpointed (
    body TEXT PRIMARY KEY,
    seq BIGINT NOT NULL
);

-- The journal kept as one hash chain per body: each pool or Flood, each
-- group, each person (`pools_core::chain`). Every command writes its
-- entries here beside the global journal, in the same transaction; a
-- database that had a journal before is split into chains when it is
-- first opened, each anchored to the global head then
-- (`pools_core::chain::split`).
CREATE TABLE chain_entries (
    body TEXT NOT NULL,
    seq BIGINT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT,
    kind TEXT NOT NULL,
    event TEXT NOT NULL,
    -- `Link::text`: empty, "BODY SEQ" or "BODY SEQ HASH".
    link TEXT NOT NULL,
    -- `Dep::text`: the places in other chains the entry read.
    deps TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (body, seq)
);

CREATE TABLE chain_heads (
    body TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    -- The anchor its first entry follows: 64 zeros, or the split's.
    anchor TEXT NOT NULL
);

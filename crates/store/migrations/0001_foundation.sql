-- Pools schema, version 1: people, groups, pools, memberships and the journal.
-- One text for SQLite and PostgreSQL: only TEXT and BIGINT columns, so both
-- engines store and compare values the same way. Times are RFC 3339 text in
-- journaled tables (copied from events) and Unix milliseconds elsewhere.

-- The hash-chained journal. seq has no gaps; hash is unique.
CREATE TABLE journal (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT,
    kind TEXT NOT NULL,
    event TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);

-- One row: the chain's head, locked by every write transaction on PostgreSQL.
CREATE TABLE journal_head (
    id BIGINT PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO journal_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    operator BIGINT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE group_members (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups (id),
    person_id TEXT REFERENCES persons (id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    meetup_member_id BIGINT,
    meetup_role TEXT,
    location TEXT,
    joined_on TEXT,
    intro TEXT,
    profile_url TEXT,
    answers TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    UNIQUE (group_id, meetup_member_id),
    UNIQUE (group_id, person_id)
);
CREATE INDEX group_members_person ON group_members (person_id);

CREATE TABLE pools (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL UNIQUE REFERENCES groups (id),
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    rules TEXT NOT NULL,
    commitment TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    opened_at TEXT
);

CREATE TABLE commitment_texts (
    hash TEXT PRIMARY KEY,
    text TEXT NOT NULL
);

CREATE TABLE pool_members (
    pool_id TEXT NOT NULL REFERENCES pools (id),
    person_id TEXT NOT NULL REFERENCES persons (id),
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    commitment_hash TEXT NOT NULL REFERENCES commitment_texts (hash),
    accepted_at TEXT NOT NULL,
    left_at TEXT,
    PRIMARY KEY (pool_id, person_id)
);
CREATE INDEX pool_members_person ON pool_members (person_id);

-- Not journaled: secrets and operational state that an export must not carry.
CREATE TABLE credentials (
    person_id TEXT PRIMARY KEY REFERENCES persons (id),
    password_hash TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons (id),
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_person ON sessions (person_id);

CREATE TABLE signin_failures (
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX signin_failures_key ON signin_failures (key, at);

CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons (id),
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    sent_at BIGINT
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

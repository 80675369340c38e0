-- Discussions without a vote, and the comments of every thread (a
-- decision's or a discussion's). Journaled: these rows are the projection
-- of discussion_started, comment_posted, comment_edited and comment_hidden.
CREATE TABLE discussions (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id),
    author_id TEXT NOT NULL REFERENCES persons (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    started_at TEXT NOT NULL,
    comments BIGINT NOT NULL,
    last_at TEXT NOT NULL
);
CREATE INDEX discussions_of_pool ON discussions (pool_id, last_at);

CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL REFERENCES pools (id),
    thread_id TEXT NOT NULL,
    parent_id TEXT REFERENCES comments (id),
    author_id TEXT NOT NULL REFERENCES persons (id),
    body TEXT NOT NULL,
    posted_seq BIGINT NOT NULL,
    posted_at TEXT NOT NULL,
    edited_at TEXT,
    edits BIGINT NOT NULL,
    hidden_by TEXT REFERENCES persons (id),
    hidden_reason TEXT,
    hidden_at TEXT
);
CREATE INDEX comments_of_thread ON comments (thread_id, posted_seq);

-- Each person's private calendar feed. The link is an HMAC of the person
-- and the generation under the server's secret, so nothing secret is
-- stored: a new link moves the generation on, and the old one stops
-- working. Operational state, not journaled.
CREATE TABLE calendar_feeds (
    person_id TEXT PRIMARY KEY REFERENCES persons (id),
    generation BIGINT NOT NULL,
    active BIGINT NOT NULL,
    updated_at TEXT NOT NULL
);

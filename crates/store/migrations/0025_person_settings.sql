-- Each person's language and time zone, as they chose them in their
-- settings: operational state, read with the session on every page.
CREATE TABLE person_settings (
    person_id TEXT PRIMARY KEY REFERENCES persons (id),
    language TEXT,
    time_zone TEXT,
    updated_ms BIGINT NOT NULL
);

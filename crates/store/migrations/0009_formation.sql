-- Formation: one per pool, its versions of generated documents, and the
-- signatures that bind members to a document's hash.

CREATE TABLE formations (
    id TEXT PRIMARY KEY,
    pool_id TEXT NOT NULL UNIQUE REFERENCES pools (id),
    form TEXT NOT NULL,
    details TEXT NOT NULL,
    status TEXT NOT NULL,
    status_name TEXT NOT NULL,
    version BIGINT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE formation_versions (
    formation_id TEXT NOT NULL REFERENCES formations (id),
    version BIGINT NOT NULL,
    rules TEXT NOT NULL,
    generated_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    documents TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (formation_id, version)
);

CREATE TABLE formation_signatures (
    formation_id TEXT NOT NULL REFERENCES formations (id),
    version BIGINT NOT NULL,
    kind TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES persons (id),
    typed_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (formation_id, version, kind, person_id)
);

-- A Flood's joint project agreement: its version moves with every change of
-- member pools or commitments, and members of member pools sign a version's
-- hash.

ALTER TABLE floods ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE floods ADD COLUMN version_at TEXT;

CREATE TABLE flood_signatures (
    flood_id TEXT NOT NULL REFERENCES floods (id),
    version BIGINT NOT NULL,
    person_id TEXT NOT NULL REFERENCES persons (id),
    typed_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (flood_id, version, person_id)
);

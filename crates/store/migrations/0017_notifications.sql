-- Who heard of what. A person's choice per pool and kind (no row: at once),
-- and every notification made, once per person, kind and subject: the
-- primary key is what keeps anyone from hearing of one thing twice.
CREATE TABLE notification_settings (
    person_id TEXT NOT NULL,
    pool_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    delivery TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (person_id, pool_id, kind)
);

CREATE TABLE notifications (
    person_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    pool_id TEXT NOT NULL,
    delivery TEXT NOT NULL,
    summary TEXT NOT NULL,
    link TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    mailed_ms BIGINT,
    PRIMARY KEY (person_id, kind, subject_id)
);
CREATE INDEX notifications_waiting ON notifications (delivery, mailed_ms, person_id);

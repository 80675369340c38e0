-- Addresses organizers add for imported members, and what became of each
-- invite. Operational state, not journaled: an export never carries an
-- address. Claiming is read from group_members.person_id.
CREATE TABLE invite_emails (
    group_member_id TEXT PRIMARY KEY REFERENCES group_members (id),
    group_id TEXT NOT NULL REFERENCES groups (id),
    email TEXT NOT NULL,
    added_by TEXT REFERENCES persons (id),
    added_at TEXT NOT NULL,
    sent BIGINT NOT NULL,
    last_sent_ms BIGINT,
    opened_ms BIGINT
);
CREATE INDEX invite_emails_group ON invite_emails (group_id);

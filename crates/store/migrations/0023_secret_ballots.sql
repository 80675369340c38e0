-- Secret ballots. A secret decision's `ballots` rows say only who voted
-- (their choice is the JSON null). While voting is open each ballot waits
-- in `sealed_ballots` under the hash of its voter's receipt: operational
-- state that no export reads and the replay comparison skips; the close
-- deletes a decision's rows when it publishes them, shuffled, into the
-- journal, whose projection is `published_ballots`.
ALTER TABLE decisions ADD COLUMN secret BIGINT NOT NULL DEFAULT 0;

CREATE TABLE sealed_ballots (
    decision_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    receipt TEXT NOT NULL,
    choice TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (decision_id, person_id),
    UNIQUE (decision_id, receipt),
    FOREIGN KEY (decision_id, person_id) REFERENCES ballots (decision_id, person_id)
);

CREATE TABLE published_ballots (
    decision_id TEXT NOT NULL REFERENCES decisions (id),
    receipt TEXT NOT NULL,
    choice TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (decision_id, receipt)
);

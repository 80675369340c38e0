-- Each closed decision names the journal entry that records its result
-- (its seq and hash), so every result a member reads can be checked
-- against an export with `pools verify FILE --head SEQ:HASH`.

ALTER TABLE decisions ADD COLUMN closed_seq BIGINT;
ALTER TABLE decisions ADD COLUMN closed_hash TEXT;

UPDATE decisions SET
    closed_seq = (SELECT j.seq FROM journal j WHERE j.kind = 'decision_closed'
        AND j.event LIKE '%"decision_id":"' || decisions.id || '"%'),
    closed_hash = (SELECT j.hash FROM journal j WHERE j.kind = 'decision_closed'
        AND j.event LIKE '%"decision_id":"' || decisions.id || '"%')
WHERE status = 'closed';

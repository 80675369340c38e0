-- Admission by vote: a decision may be the members' vote on admitting a
-- candidate, named here.

ALTER TABLE decisions ADD COLUMN admission TEXT;

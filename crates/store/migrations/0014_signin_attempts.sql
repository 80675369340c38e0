-- Sign-in attempts are counted before the password is checked: each
-- attempt reserves a row, named so that a successful one can take its row
-- back, and concurrent guesses cannot all pass a count taken before any of
-- them was written.

ALTER TABLE signin_failures ADD COLUMN attempt TEXT;
CREATE INDEX signin_failures_attempt ON signin_failures (attempt);

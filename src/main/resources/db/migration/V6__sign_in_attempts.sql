-- Sign-in attempts that still count against an allowance: failed ones, and ones whose password is
-- being checked, for the last window (15 minutes). Kept in the database so that every app node
-- counts against the same allowance and a restart forgets nothing; a sign-in that succeeds gives
-- its attempt back (deletes it), and attempts older than the window are deleted as new ones come.
CREATE TABLE sign_in_attempt (
  id           BIGINT       NOT NULL PRIMARY KEY,
  name_key     VARCHAR(200) NOT NULL,
  address      VARCHAR(100) NOT NULL,
  attempted_at VARCHAR(40)  NOT NULL
);
CREATE INDEX sign_in_attempt_by_name ON sign_in_attempt (name_key, attempted_at);
CREATE INDEX sign_in_attempt_by_address ON sign_in_attempt (address, attempted_at);
CREATE INDEX sign_in_attempt_by_time ON sign_in_attempt (attempted_at);

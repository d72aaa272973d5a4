-- Accounts of the press office, their console sessions, and the audit log.
-- The same rules as V1: one schema for SQLite and PostgreSQL; ids and sequence numbers are
-- assigned under the write lock, not by identity columns. Instants are UTC ISO-8601 text to the
-- second (2026-11-20T10:05:00Z): one width, so text order is time order.

-- A member of the press office. Never deleted, only disabled, so that the audit log and each
-- message's history keep naming real people. name_key is the name in lower case: "Anna" and
-- "anna" cannot be two accounts.
CREATE TABLE account (
  id            BIGINT      NOT NULL PRIMARY KEY,
  name          VARCHAR(40) NOT NULL,
  name_key      VARCHAR(40) NOT NULL UNIQUE,
  role          VARCHAR(10) NOT NULL,
  password_hash TEXT        NOT NULL,
  created_at    VARCHAR(20) NOT NULL,
  disabled      BOOLEAN     NOT NULL
);

-- A signed-in console session. id is the SHA-256 (hex) of the random token in the browser's
-- cookie; the token itself is never stored, so a copy of this table opens no session.
-- A session ends at expires_at however much it is used, or after a time without use
-- (last_seen_at plus the idle timeout, checked by the console).
CREATE TABLE console_session (
  id           CHAR(64)    NOT NULL PRIMARY KEY,
  account_id   BIGINT      NOT NULL REFERENCES account (id),
  created_at   VARCHAR(20) NOT NULL,
  last_seen_at VARCHAR(20) NOT NULL,
  expires_at   VARCHAR(20) NOT NULL,
  csrf_token   VARCHAR(64) NOT NULL
);
CREATE INDEX console_session_account ON console_session (account_id);
CREATE INDEX console_session_expiry ON console_session (expires_at);

-- Who did what, when, from where; append-only. account_name is text, not a reference: a failed
-- sign-in may name no account, and the command line acts as nobody.
CREATE TABLE audit_log (
  seq            BIGINT      NOT NULL PRIMARY KEY,
  at             VARCHAR(20) NOT NULL,
  account_name   VARCHAR(40),
  action         VARCHAR(40) NOT NULL,
  detail         TEXT        NOT NULL,
  remote_address VARCHAR(64)
);

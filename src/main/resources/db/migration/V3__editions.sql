-- Editions of messages and their revisions (see docs/edition-workflow.md, "Storage").
-- Times are UTC instants as fixed-width ISO text (yyyy-mm-ddThh:mm:ss.nnnnnnnnnZ), so that they
-- compare as text in the same order as in time, on SQLite and PostgreSQL alike.

-- One version of a message on its way through the workflow. message_number is the message's
-- number whether or not it is public yet: a first draft reserves it. No foreign key to message
-- (a draft has no message row) nor to accounts (author_id and reviewer_id are account ids).
-- content is the whole Message as JSON (MessageJson), the same as its latest revision's.
CREATE TABLE edition (
  message_number BIGINT      NOT NULL,
  number         INTEGER     NOT NULL,
  state          VARCHAR(20) NOT NULL,
  author_id      BIGINT      NOT NULL,
  reviewer_id    BIGINT,
  scheduled_at   VARCHAR(40),
  published_at   VARCHAR(40),
  change_major   BOOLEAN,
  change_note    TEXT,
  reason         TEXT,
  content        TEXT        NOT NULL,
  PRIMARY KEY (message_number, number)
);
-- ScheduledPublishing's question every 15 seconds: which scheduled editions are due?
CREATE INDEX edition_due ON edition (state, scheduled_at);

-- Every save of an edition's content, append-only: never updated, never deleted. Numbered
-- 1, 2, 3... per message across its editions, so a save can name the revision it was based on.
CREATE TABLE revision (
  message_number BIGINT      NOT NULL,
  number         INTEGER     NOT NULL,
  edition_number INTEGER     NOT NULL,
  saved_by       BIGINT      NOT NULL,
  saved_at       VARCHAR(40) NOT NULL,
  content        TEXT        NOT NULL,
  PRIMARY KEY (message_number, number),
  FOREIGN KEY (message_number, edition_number) REFERENCES edition (message_number, number)
);

-- The public side of withdrawal and removal. A withdrawn message keeps its place in the
-- archive and its page, with this notice. A removed one keeps its row (its number and legacy
-- paths must never serve another message, and its page answers 410) but has no positions.
ALTER TABLE message ADD COLUMN withdrawn_at VARCHAR(40);
ALTER TABLE message ADD COLUMN withdrawal_reason TEXT;
ALTER TABLE message ADD COLUMN removed BOOLEAN NOT NULL DEFAULT FALSE;

-- The ordering indexes carry removed at their end, so that counting visible messages and
-- renumbering can skip removed rows and still read only the index (ADR 1).
DROP INDEX message_chronology;
CREATE INDEX message_chronology ON message (published, day_order, number, archive_pos, removed);
DROP INDEX message_section_chronology;
CREATE INDEX message_section_chronology ON message (section_slug, published, day_order, number, section_pos, removed);

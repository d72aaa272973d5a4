-- One schema for SQLite and PostgreSQL: only types and syntax both understand.
-- Dates are ISO text (yyyy-mm-dd), which sorts as dates do; JSON is text.

-- A message; its ordering key is (published, day_order, number).
-- archive_pos and section_pos are its dense rank by that key, oldest = 1, over all messages and
-- within its section; JdbcMessageStore keeps them current in each write transaction so that an
-- archive page is a range seek on an index (see docs/adr/0001-archive-positions.md).
CREATE TABLE message (
  number         BIGINT       NOT NULL PRIMARY KEY,
  section_slug   VARCHAR(100) NOT NULL,
  section_name   VARCHAR(200) NOT NULL,
  kind           VARCHAR(40)  NOT NULL,
  title          TEXT         NOT NULL,
  title_key      TEXT         NOT NULL,
  published      VARCHAR(10)  NOT NULL,
  date_estimated BOOLEAN      NOT NULL,
  day_order      INTEGER      NOT NULL,
  event_place    TEXT,
  event_date     VARCHAR(10),
  language       VARCHAR(3)   NOT NULL,
  lead           TEXT         NOT NULL,
  body           TEXT         NOT NULL,
  archive_pos    BIGINT,
  section_pos    BIGINT
);

-- The ordering key with the position at its end: finds the newest visible message's position,
-- and where renumbering starts, by a seek.
CREATE INDEX message_chronology ON message (published, day_order, number, archive_pos);
CREATE INDEX message_archive_page ON message (archive_pos);
CREATE INDEX message_section_chronology ON message (section_slug, published, day_order, number, section_pos);
CREATE INDEX message_section_page ON message (section_slug, section_pos);
CREATE INDEX message_title_key ON message (title_key);

-- Paths an earlier site knew a message by, in the message's order. Not unique: if two messages
-- claim one path, the lower number answers for it, as the in-memory store does.
CREATE TABLE legacy_path (
  message_number BIGINT  NOT NULL REFERENCES message (number),
  ordinal        INTEGER NOT NULL,
  path           TEXT    NOT NULL,
  PRIMARY KEY (message_number, ordinal)
);
CREATE INDEX legacy_path_lookup ON legacy_path (path, message_number);

-- Everyone who speaks in a transcript, once per Speaker.key(), with the first spelling seen.
CREATE TABLE speaker (
  speaker_key TEXT NOT NULL PRIMARY KEY,
  name        TEXT NOT NULL
);

-- Who speaks in which message, in order of first appearance; the body JSON stays the source
-- of the text, this table is there to list and search by speaker.
CREATE TABLE message_speaker (
  message_number BIGINT  NOT NULL REFERENCES message (number),
  speaker_key    TEXT    NOT NULL REFERENCES speaker (speaker_key),
  ordinal        INTEGER NOT NULL,
  PRIMARY KEY (message_number, speaker_key)
);
CREATE INDEX message_speaker_by_speaker ON message_speaker (speaker_key, message_number);

-- The masthead configuration as JSON; at most one row.
CREATE TABLE masthead (
  id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  definition TEXT    NOT NULL
);

-- Every committed change, in order; search indexes and render caches catch up from it.
CREATE TABLE change_log (
  seq            BIGINT      NOT NULL PRIMARY KEY,
  message_number BIGINT      REFERENCES message (number),
  change         VARCHAR(40) NOT NULL,
  changed_at     VARCHAR(40) NOT NULL
);

-- One row that every write transaction updates first. The row lock serialises writers across
-- processes and app nodes, so message numbers, change sequence numbers and archive positions
-- can be computed from what is committed without gaps or races.
CREATE TABLE write_lock (
  id     INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  writes BIGINT  NOT NULL
);
INSERT INTO write_lock (id, writes) VALUES (1, 0);

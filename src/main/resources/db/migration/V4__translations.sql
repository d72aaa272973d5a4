-- A message may be the translation of another: translation_of is the original's number. No
-- foreign key: the original may be a first draft whose number is reserved but has no row yet.
ALTER TABLE message ADD COLUMN translation_of BIGINT;
CREATE INDEX message_translation_of ON message (translation_of);

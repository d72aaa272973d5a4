-- The sections of the site as administrators manage them: each one's name and its place in the
-- menu (1 first). Messages name their section by slug (message.section_slug); the section_name
-- on a message row is a copy of the name here, which the writer keeps equal: a rename updates
-- the copies in the same transaction, and a message written in an unknown section adds it here,
-- last in the menu (docs/adr/0006-managed-sections.md).
CREATE TABLE section (
  slug       VARCHAR(100) NOT NULL PRIMARY KEY,
  name       VARCHAR(200) NOT NULL,
  menu_order INTEGER      NOT NULL UNIQUE
);

-- Every section the messages name so far, under the name its first message gave it, numbered
-- in name order: the order the menu listed sections in until now.
INSERT INTO section (slug, name, menu_order)
SELECT f.section_slug, f.section_name, ROW_NUMBER() OVER (ORDER BY f.section_name, f.number)
FROM message f
WHERE f.number = (SELECT MIN(m.number) FROM message m WHERE m.section_slug = f.section_slug);

-- A slug that two names shared (a message updated under another spelling) now has one name.
UPDATE message SET section_name = (SELECT s.name FROM section s WHERE s.slug = message.section_slug)
WHERE section_name <> (SELECT s.name FROM section s WHERE s.slug = message.section_slug);

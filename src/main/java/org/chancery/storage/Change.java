package org.chancery.storage;

/** What one row of the change log records; stored by name, so never rename a constant. */
enum Change {
  MESSAGE_ADDED,
  MESSAGE_UPDATED,
  MASTHEAD_SAVED,
  MESSAGE_WITHDRAWN,
  MESSAGE_REMOVED,
  SECTION_ADDED,
  SECTION_RENAMED,
  SECTIONS_REORDERED
}

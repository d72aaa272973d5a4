package org.chancery.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps {@code archive_pos} and {@code section_pos} dense (1 = oldest by {@link OrderKey}) as a
 * write transaction changes messages. It remembers the smallest ordering key each write touched,
 * overall and per section, and at commit renumbers only the rows from there on, updating only
 * rows whose position actually moved. Rows below the smallest touched key keep their positions,
 * so the renumbering starts counting from the position of the row just below it.
 *
 * <p>A removed message has no positions and is skipped: removing one renumbers the rows after it,
 * closing the gap.
 *
 * <p>Adding a message dated today renumbers one row; importing an old message renumbers
 * everything newer than it, once per transaction however many messages it adds.
 */
final class Positions {

  static final String BASE = "SELECT archive_pos FROM message "
      + "WHERE (published, day_order, number) < (?, ?, ?) AND NOT removed "
      + "ORDER BY published DESC, day_order DESC, number DESC LIMIT 1";

  static final String RENUMBER = "UPDATE message SET archive_pos = renumbered.pos FROM ("
      + "SELECT number AS renumbered_number, ? + ROW_NUMBER() OVER (ORDER BY published, day_order, number) AS pos "
      + "FROM message WHERE (published, day_order, number) >= (?, ?, ?) AND NOT removed) AS renumbered "
      + "WHERE message.number = renumbered.renumbered_number "
      + "AND (message.archive_pos IS NULL OR message.archive_pos <> renumbered.pos)";

  static final String SECTION_BASE = "SELECT section_pos FROM message WHERE section_slug = ? "
      + "AND (published, day_order, number) < (?, ?, ?) AND NOT removed "
      + "ORDER BY published DESC, day_order DESC, number DESC LIMIT 1";

  static final String SECTION_RENUMBER = "UPDATE message SET section_pos = renumbered.pos FROM ("
      + "SELECT number AS renumbered_number, ? + ROW_NUMBER() OVER (ORDER BY published, day_order, number) AS pos "
      + "FROM message WHERE section_slug = ? AND (published, day_order, number) >= (?, ?, ?) AND NOT removed) "
      + "AS renumbered "
      + "WHERE message.number = renumbered.renumbered_number "
      + "AND (message.section_pos IS NULL OR message.section_pos <> renumbered.pos)";

  private OrderKey archiveFrom;
  private final Map<String, OrderKey> sectionFrom = new HashMap<>();

  /** Records that a message of {@code sectionSlug} now sorts, or used to sort, at {@code key}. */
  void touched(String sectionSlug, OrderKey key) {
    archiveFrom = OrderKey.min(archiveFrom, key);
    sectionFrom.merge(sectionSlug, key, OrderKey::min);
  }

  /** Renumbers every touched range; call once, just before commit. */
  void renumber(Connection connection) throws SQLException {
    if (archiveFrom != null) {
      long base = base(connection, BASE, null, archiveFrom);
      update(connection, RENUMBER, base, null, archiveFrom);
    }
    for (Map.Entry<String, OrderKey> section : sectionFrom.entrySet()) {
      long base = base(connection, SECTION_BASE, section.getKey(), section.getValue());
      update(connection, SECTION_RENUMBER, base, section.getKey(), section.getValue());
    }
  }

  private static long base(Connection connection, String sql, String slug, OrderKey from) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, 1, slug, from);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private static void update(Connection connection, String sql, long base, String slug, OrderKey from)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, base);
      bind(statement, 2, slug, from);
      statement.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, int first, String slug, OrderKey key) throws SQLException {
    int i = first;
    if (slug != null) {
      statement.setString(i++, slug);
    }
    statement.setString(i++, key.published().toString());
    statement.setInt(i++, key.dayOrder());
    statement.setLong(i, key.number());
  }
}

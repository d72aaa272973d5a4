package org.chancery.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.Message;

/**
 * Reads an archive page with two index seeks and no OFFSET: the position of the newest message
 * visible on "today" is the number of visible messages (positions are dense from 1, oldest
 * first), so page N is the position range just below it. See docs/adr/0001-archive-positions.md.
 */
final class ArchiveQueries {

  /**
   * The position of the newest message published by a date; its own count of visible messages.
   * Removed messages have no position and are skipped, within the index (it ends in removed).
   */
  static final String VISIBLE_COUNT = "SELECT archive_pos FROM message WHERE published <= ? AND NOT removed "
      + "ORDER BY published DESC, day_order DESC, number DESC LIMIT 1";

  static final String SECTION_VISIBLE_COUNT = "SELECT section_pos FROM message WHERE section_slug = ? "
      + "AND published <= ? AND NOT removed ORDER BY published DESC, day_order DESC, number DESC LIMIT 1";

  static final String PAGE = "SELECT " + MessageRows.COLUMNS + " FROM message "
      + "WHERE archive_pos BETWEEN ? AND ? ORDER BY archive_pos DESC";

  static final String SECTION_PAGE = "SELECT " + MessageRows.COLUMNS + " FROM message "
      + "WHERE section_slug = ? AND section_pos BETWEEN ? AND ? ORDER BY section_pos DESC";

  private ArchiveQueries() {}

  static ArchivePage page(Connection connection, ArchiveRequest request) throws SQLException {
    String today = request.today().toString();
    String slug = request.section().map(s -> s.slug()).orElse(null);
    long visible;
    try (PreparedStatement count = connection.prepareStatement(slug == null ? VISIBLE_COUNT : SECTION_VISIBLE_COUNT)) {
      bind(count, slug, today);
      try (ResultSet rs = count.executeQuery()) {
        visible = rs.next() ? rs.getLong(1) : 0;
      }
    }
    // Newest first: page 1 holds positions visible-pageSize+1 .. visible.
    long newest = visible - (long) (request.page() - 1) * request.pageSize();
    long oldest = Math.max(1, newest - request.pageSize() + 1);
    if (newest < 1) {
      return new ArchivePage(List.of(), request.page(), visible, request.pageSize());
    }
    try (PreparedStatement page = connection.prepareStatement(slug == null ? PAGE : SECTION_PAGE)) {
      bind(page, slug, oldest, newest);
      List<Message> messages = MessageRows.read(connection, page);
      return new ArchivePage(messages, request.page(), visible, request.pageSize());
    }
  }

  private static void bind(PreparedStatement statement, String slug, Object... values) throws SQLException {
    int i = 1;
    if (slug != null) {
      statement.setString(i++, slug);
    }
    for (Object value : values) {
      statement.setObject(i++, value);
    }
  }
}

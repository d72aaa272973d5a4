package org.chancery.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.chancery.content.Section;

/** Reads the managed sections, in menu order, out of the {@code section} table. */
final class SectionRows {

  /** Every section. */
  static final String ALL = "SELECT slug, name FROM section ORDER BY menu_order";

  /**
   * The public menu on a date: the sections with a message published by then and not removed. The
   * EXISTS is a seek on message_section_chronology per section, and there are a few dozen sections.
   */
  static final String MENU = "SELECT s.slug, s.name FROM section s WHERE EXISTS (SELECT 1 FROM message m "
      + "WHERE m.section_slug = s.slug AND m.published <= ? AND NOT m.removed) ORDER BY s.menu_order";

  private SectionRows() {}

  /** Runs {@code statement}, which selects slug and name, and returns its sections in row order. */
  static List<Section> read(PreparedStatement statement) throws SQLException {
    List<Section> sections = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        sections.add(new Section(rs.getString(1), rs.getString(2)));
      }
    }
    return sections;
  }
}

package org.chancery.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.content.Kind;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.TitleEvent;

/** Reads messages out of rows of the {@code message} table, with their legacy paths. */
final class MessageRows {

  /** The columns {@link #read} expects, in any query over {@code message}. */
  static final String COLUMNS = "number, section_slug, section_name, kind, title, published, date_estimated, "
      + "day_order, event_place, event_date, language, lead, body, translation_of";

  private MessageRows() {}

  /**
   * Runs {@code statement} (which selects {@link #COLUMNS}) and returns its messages in the order
   * of its rows, each with its legacy paths.
   */
  static List<Message> read(Connection connection, PreparedStatement statement) throws SQLException {
    Map<Long, Row> rows = new LinkedHashMap<>();
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        Row row = Row.of(rs);
        rows.put(row.number, row);
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> paths = legacyPaths(connection, rows.keySet());
    List<Message> messages = new ArrayList<>(rows.size());
    for (Row row : rows.values()) {
      messages.add(row.toMessage(paths.getOrDefault(row.number, List.of())));
    }
    return messages;
  }

  /** The legacy paths of these messages, in each message's order. At most a page of numbers. */
  private static Map<Long, List<String>> legacyPaths(Connection connection, Iterable<Long> numbers) throws SQLException {
    StringBuilder in = new StringBuilder();
    List<Long> bound = new ArrayList<>();
    for (Long number : numbers) {
      in.append(in.length() == 0 ? "?" : ", ?");
      bound.add(number);
    }
    String sql = "SELECT message_number, path FROM legacy_path WHERE message_number IN (" + in
        + ") ORDER BY message_number, ordinal";
    Map<Long, List<String>> paths = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < bound.size(); i++) {
        statement.setLong(i + 1, bound.get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          paths.computeIfAbsent(rs.getLong(1), n -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    return paths;
  }

  /** One row, read before its legacy paths are known. */
  private record Row(long number, Section section, Kind kind, String title, LocalDate published,
      boolean dateEstimated, int dayOrder, TitleEvent event, String language, String lead, String body,
      Optional<Long> translationOf) {

    static Row of(ResultSet rs) throws SQLException {
      long number = rs.getLong("number");
      return new Row(
          number,
          new Section(rs.getString("section_slug"), rs.getString("section_name")),
          kindNamed(rs.getString("kind"), number),
          rs.getString("title"),
          LocalDate.parse(rs.getString("published")),
          rs.getBoolean("date_estimated"),
          rs.getInt("day_order"),
          new TitleEvent(Optional.ofNullable(rs.getString("event_place")),
              Optional.ofNullable(rs.getString("event_date")).map(LocalDate::parse)),
          rs.getString("language"),
          rs.getString("lead"),
          rs.getString("body"),
          nullableLong(rs, "translation_of"));
    }

    Message toMessage(List<String> legacyPaths) {
      return new Message(number, section, kind, title, published, dateEstimated, dayOrder, event, language,
          BodyJson.read(body, number), lead, legacyPaths, translationOf);
    }
  }

  private static Optional<Long> nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }

  private static Kind kindNamed(String name, long number) {
    try {
      return Kind.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new StorageException("message " + number + " has kind '" + name + "', which this version does not know", e);
    }
  }
}

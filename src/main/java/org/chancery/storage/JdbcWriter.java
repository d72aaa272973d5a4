package org.chancery.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.chancery.content.AuditEvent;
import org.chancery.content.Masthead;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.Section;
import org.chancery.content.Speaker;
import org.chancery.content.Withdrawal;

/**
 * The writing side of one transaction of {@link JdbcMessageStore}, on one connection. Numbers and
 * change sequence numbers are the committed maximum plus one: the write lock row taken at the
 * start of the transaction makes that safe, and a rolled-back transaction leaves no gap.
 */
final class JdbcWriter implements MessageStore.MessageWriter {

  /** A seek on message_chronology, read backwards for the order: no sort (see ArchiveQueryPlanTest). */
  static final String MESSAGES_ON = "SELECT " + MessageRows.COLUMNS
      + " FROM message WHERE published = ? ORDER BY day_order DESC, number DESC";

  private final Connection connection;
  private final Clock clock;
  private final Positions positions = new Positions();
  /** A bulk import runs the same few statements thousands of times; prepare each once. */
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  /** The highest number reserveNumber() gave out in this transaction; later ones are held by editions. */
  private long reservedUpTo;

  JdbcWriter(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  /** Takes the database-wide write lock; the first statement of every write transaction. */
  void lock() throws SQLException {
    statement("UPDATE write_lock SET writes = writes + 1 WHERE id = 1").executeUpdate();
  }

  /** Brings archive positions up to date; call once, just before commit. */
  void finish() throws SQLException {
    positions.renumber(connection);
  }

  /** The connection of this transaction, for the edition store's statements in the same transaction. */
  Connection connection() {
    return connection;
  }

  /** Closes the prepared statements; the connection stays open. */
  void close() {
    for (PreparedStatement statement : statements.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        // Closing the connection closes it too; nothing is lost by going on.
      }
    }
  }

  @Override
  public List<Message> messagesTitled(String titleKey) {
    return sql(() -> {
      PreparedStatement statement = statement(
          "SELECT " + MessageRows.COLUMNS + " FROM message WHERE title_key = ? ORDER BY number");
      statement.setString(1, titleKey);
      return MessageRows.read(connection, statement);
    });
  }

  @Override
  public List<Message> messagesOn(LocalDate published) {
    return sql(() -> {
      PreparedStatement statement = statement(MESSAGES_ON);
      statement.setString(1, published.toString());
      return MessageRows.read(connection, statement);
    });
  }

  @Override
  public Optional<Message> stored(long number) {
    return sql(() -> {
      PreparedStatement statement = statement(
          "SELECT " + MessageRows.COLUMNS + " FROM message WHERE number = ? AND NOT removed");
      statement.setLong(1, number);
      return MessageRows.read(connection, statement).stream().findFirst();
    });
  }

  @Override
  public Message add(Message message) {
    return sql(() -> insert(message.withNumber(nextNumber())));
  }

  @Override
  public long reserveNumber() {
    return sql(() -> {
      reservedUpTo = nextNumber();
      return reservedUpTo;
    });
  }

  @Override
  public void addReserved(Message message) {
    if (message.number() == 0) {
      throw new IllegalArgumentException("addReserved needs the message's reserved number; use add() for a new one");
    }
    sql(() -> insert(message));
  }

  /**
   * The next number nobody holds: not a message, not an edition (a draft's message is not public
   * yet, but its number is taken), not one reserved earlier in this transaction.
   */
  private long nextNumber() throws SQLException {
    long stored = next("SELECT MAX(n) FROM (SELECT MAX(number) AS n FROM message "
        + "UNION ALL SELECT MAX(message_number) AS n FROM edition) AS numbers");
    return Math.max(stored, reservedUpTo + 1);
  }

  private Message insert(Message message) throws SQLException {
    Message stored = message.withSection(managed(message.section()));
    PreparedStatement insert = statement("INSERT INTO message (section_slug, section_name, kind, title, title_key, "
        + "published, date_estimated, day_order, event_place, event_date, language, lead, body, translation_of, "
        + "number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindFields(insert, stored);
    insert.executeUpdate();
    saveLegacyPaths(stored);
    saveSpeakers(stored);
    positions.touched(stored.section().slug(), key(stored));
    log(stored.number(), Change.MESSAGE_ADDED);
    return stored;
  }

  @Override
  public void update(Message changed) {
    sql(() -> {
      touchOldKey(changed.number(), "update");
      Message message = changed.withSection(managed(changed.section()));
      PreparedStatement update = statement("UPDATE message SET section_slug = ?, section_name = ?, kind = ?, "
          + "title = ?, title_key = ?, published = ?, date_estimated = ?, day_order = ?, event_place = ?, "
          + "event_date = ?, language = ?, lead = ?, body = ?, translation_of = ? WHERE number = ?");
      bindFields(update, message);
      update.executeUpdate();
      delete("DELETE FROM legacy_path WHERE message_number = ?", message.number());
      delete("DELETE FROM message_speaker WHERE message_number = ?", message.number());
      saveLegacyPaths(message);
      saveSpeakers(message);
      positions.touched(message.section().slug(), key(message));
      log(message.number(), Change.MESSAGE_UPDATED);
      return null;
    });
  }

  @Override
  public void saveMasthead(Masthead masthead) {
    sql(() -> {
      PreparedStatement save = statement("INSERT INTO masthead (id, definition) VALUES (1, ?) "
          + "ON CONFLICT (id) DO UPDATE SET definition = excluded.definition");
      save.setString(1, MastheadJson.write(masthead));
      save.executeUpdate();
      log(null, Change.MASTHEAD_SAVED);
      return null;
    });
  }

  @Override
  public List<Section> sections() {
    return sql(() -> SectionRows.read(statement(SectionRows.ALL)));
  }

  @Override
  public void addSection(Section section) {
    sql(() -> {
      if (managedName(section.slug()).isPresent()) {
        throw new IllegalArgumentException("a section with the slug '" + section.slug() + "' exists already");
      }
      insertSection(section);
      log(null, Change.SECTION_ADDED);
      return null;
    });
  }

  @Override
  public void renameSection(Section renamed) {
    sql(() -> {
      PreparedStatement rename = statement("UPDATE section SET name = ? WHERE slug = ?");
      rename.setString(1, renamed.name());
      rename.setString(2, renamed.slug());
      if (rename.executeUpdate() == 0) {
        throw new IllegalArgumentException("no section with the slug '" + renamed.slug() + "' to rename");
      }
      // The copies on the message rows, which every page of the section's messages reads.
      PreparedStatement messages = statement("UPDATE message SET section_name = ? WHERE section_slug = ?");
      messages.setString(1, renamed.name());
      messages.setString(2, renamed.slug());
      messages.executeUpdate();
      log(null, Change.SECTION_RENAMED);
      return null;
    });
  }

  @Override
  public void reorderSections(List<String> slugs) {
    sql(() -> {
      List<String> current = sections().stream().map(Section::slug).toList();
      if (slugs.size() != current.size() || !Set.copyOf(slugs).equals(Set.copyOf(current))) {
        throw new IllegalArgumentException("the new order " + slugs + " must name every section once: " + current);
      }
      // menu_order is unique at every row: park the moved rows at minus their new place, then flip.
      PreparedStatement park = statement("UPDATE section SET menu_order = ? WHERE slug = ?");
      for (int i = 0; i < slugs.size(); i++) {
        if (!slugs.get(i).equals(current.get(i))) {
          park.setInt(1, -(i + 1));
          park.setString(2, slugs.get(i));
          park.executeUpdate();
        }
      }
      statement("UPDATE section SET menu_order = -menu_order WHERE menu_order < 0").executeUpdate();
      log(null, Change.SECTIONS_REORDERED);
      return null;
    });
  }

  /** The section as the menu names it: the stored one of that slug, or this one, added last. */
  private Section managed(Section section) throws SQLException {
    Optional<String> name = managedName(section.slug());
    if (name.isPresent()) {
      return name.get().equals(section.name()) ? section : new Section(section.slug(), name.get());
    }
    // No change-log row of its own: the message written with it logs one in this transaction.
    insertSection(section);
    return section;
  }

  private Optional<String> managedName(String slug) throws SQLException {
    PreparedStatement find = statement("SELECT name FROM section WHERE slug = ?");
    find.setString(1, slug);
    try (ResultSet rs = find.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  private void insertSection(Section section) throws SQLException {
    PreparedStatement insert = statement("INSERT INTO section (slug, name, menu_order) "
        + "SELECT ?, ?, COALESCE(MAX(menu_order), 0) + 1 FROM section");
    insert.setString(1, section.slug());
    insert.setString(2, section.name());
    insert.executeUpdate();
  }

  @Override
  public void withdraw(long number, Withdrawal withdrawal) {
    sql(() -> {
      PreparedStatement update = statement(
          "UPDATE message SET withdrawn_at = ?, withdrawal_reason = ? WHERE number = ?");
      update.setString(1, StoredInstant.write(withdrawal.at()));
      update.setString(2, withdrawal.reason());
      update.setLong(3, number);
      if (update.executeUpdate() == 0) {
        throw new IllegalArgumentException("no message number " + number + " to withdraw");
      }
      log(number, Change.MESSAGE_WITHDRAWN);
      return null;
    });
  }

  @Override
  public void remove(long number) {
    sql(() -> {
      touchOldKey(number, "remove");
      // NULL positions and removed = TRUE take it out of every archive page; finish() closes the gap.
      PreparedStatement update = statement(
          "UPDATE message SET removed = TRUE, archive_pos = NULL, section_pos = NULL WHERE number = ?");
      update.setLong(1, number);
      update.executeUpdate();
      log(number, Change.MESSAGE_REMOVED);
      return null;
    });
  }

  /** Marks where a stored message sorts now as touched, so that renumbering starts there at most. */
  private void touchOldKey(long number, String verb) throws SQLException {
    PreparedStatement old = statement("SELECT section_slug, published, day_order FROM message WHERE number = ?");
    old.setLong(1, number);
    try (ResultSet rs = old.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalArgumentException("no message number " + number + " to " + verb);
      }
      positions.touched(rs.getString(1), new OrderKey(LocalDate.parse(rs.getString(2)), rs.getInt(3), number));
    }
  }

  @Override
  public long audit(AuditEvent event) {
    return sql(() -> JdbcAuditLog.insert(connection, event));
  }

  @Override
  public <T> T allOrNothing(Supplier<T> unit) {
    Savepoint savepoint = sql(connection::setSavepoint);
    T result;
    try {
      result = unit.get();
    } catch (RuntimeException | Error e) {
      // Positions stay marked as touched: renumbering a little more than needed is harmless.
      try {
        connection.rollback(savepoint);
      } catch (SQLException rollbackFailed) {
        e.addSuppressed(rollbackFailed);
      }
      throw e;
    }
    sql(() -> {
      connection.releaseSavepoint(savepoint);
      return null;
    });
    return result;
  }

  /** Binds every column but the positions, in the order of the INSERT and UPDATE above. */
  private static void bindFields(PreparedStatement statement, Message message) throws SQLException {
    statement.setString(1, message.section().slug());
    statement.setString(2, message.section().name());
    statement.setString(3, message.kind().name());
    statement.setString(4, message.title());
    statement.setString(5, message.titleKey());
    statement.setString(6, message.published().toString());
    statement.setBoolean(7, message.dateEstimated());
    statement.setInt(8, message.dayOrder());
    setNullable(statement, 9, message.event().place().orElse(null));
    setNullable(statement, 10, message.event().date().map(LocalDate::toString).orElse(null));
    statement.setString(11, message.language());
    statement.setString(12, message.lead());
    statement.setString(13, BodyJson.write(message.body()));
    if (message.translationOf().isPresent()) {
      statement.setLong(14, message.translationOf().get());
    } else {
      statement.setNull(14, Types.BIGINT);
    }
    statement.setLong(15, message.number());
  }

  private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  private void saveLegacyPaths(Message message) throws SQLException {
    PreparedStatement insert = statement("INSERT INTO legacy_path (message_number, ordinal, path) VALUES (?, ?, ?)");
    List<String> paths = message.legacyPaths();
    for (int i = 0; i < paths.size(); i++) {
      insert.setLong(1, message.number());
      insert.setInt(2, i);
      insert.setString(3, paths.get(i));
      insert.executeUpdate();
    }
  }

  /** One link per speaker key, in order of first appearance; the first spelling names the speaker. */
  private void saveSpeakers(Message message) throws SQLException {
    Map<String, Speaker> byKey = new LinkedHashMap<>();
    message.body().speakers().forEach(s -> byKey.putIfAbsent(s.key(), s));
    PreparedStatement speaker = statement(
        "INSERT INTO speaker (speaker_key, name) VALUES (?, ?) ON CONFLICT (speaker_key) DO NOTHING");
    PreparedStatement link = statement(
        "INSERT INTO message_speaker (message_number, speaker_key, ordinal) VALUES (?, ?, ?)");
    int ordinal = 0;
    for (Map.Entry<String, Speaker> entry : byKey.entrySet()) {
      speaker.setString(1, entry.getKey());
      speaker.setString(2, entry.getValue().name());
      speaker.executeUpdate();
      link.setLong(1, message.number());
      link.setString(2, entry.getKey());
      link.setInt(3, ordinal++);
      link.executeUpdate();
    }
  }

  private void log(Long messageNumber, Change change) throws SQLException {
    PreparedStatement insert = statement(
        "INSERT INTO change_log (seq, message_number, change, changed_at) VALUES (?, ?, ?, ?)");
    insert.setLong(1, next("SELECT MAX(seq) FROM change_log"));
    if (messageNumber == null) {
      insert.setNull(2, Types.BIGINT);
    } else {
      insert.setLong(2, messageNumber);
    }
    insert.setString(3, change.name());
    insert.setString(4, clock.instant().toString());
    insert.executeUpdate();
  }

  private long next(String maxQuery) throws SQLException {
    try (ResultSet rs = statement(maxQuery).executeQuery()) {
      rs.next();
      return rs.getLong(1) + 1; // MAX of no rows is NULL, which getLong reads as 0
    }
  }

  private void delete(String sql, long number) throws SQLException {
    PreparedStatement delete = statement(sql);
    delete.setLong(1, number);
    delete.executeUpdate();
  }

  private static OrderKey key(Message message) {
    return new OrderKey(message.published(), message.dayOrder(), message.number());
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  /** Work that talks to the database. */
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  static <T> T sql(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new StorageException("database error: " + e.getMessage(), e);
    }
  }
}

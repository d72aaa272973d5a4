package org.chancery.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.Masthead;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.Section;
import org.chancery.content.Speaker;
import org.chancery.content.StoreChange;
import org.chancery.content.PublicUpdate;
import org.chancery.content.Withdrawal;

/**
 * The {@link MessageStore} over a {@link Database}, SQLite or PostgreSQL alike.
 *
 * <p>Reads take a pooled connection each and see what was committed. {@link #write} runs its work
 * in one transaction on one connection, one writer at a time: a lock in this process, and a
 * locked row in the database for writers in other processes or on other app nodes. Every change
 * appends a row to the change log in the same transaction.
 *
 * <p>Do not call {@code write} from inside a {@code write}: use the writer you were given.
 */
public final class JdbcMessageStore implements MessageStore {

  private final Database database;
  private final Clock clock;

  /**
   * @param database where the messages are kept
   * @param clock stamps the change log; reads never use it, they take "today" as an argument
   */
  public JdbcMessageStore(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ArchivePage archive(ArchiveRequest request) {
    return read(connection -> ArchiveQueries.page(connection, request));
  }

  @Override
  public Optional<Message> message(long number, LocalDate today) {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT " + MessageRows.COLUMNS + " FROM message WHERE number = ? AND published <= ? AND NOT removed")) {
        statement.setLong(1, number);
        statement.setString(2, today.toString());
        return MessageRows.read(connection, statement).stream().findFirst();
      }
    });
  }

  @Override
  public Optional<Long> messageForLegacyPath(String path) {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT message_number FROM legacy_path WHERE path = ? ORDER BY message_number LIMIT 1")) {
        statement.setString(1, path);
        try (ResultSet rs = statement.executeQuery()) {
          return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<Section> sections(LocalDate today) {
    return read(connection -> {
      // Dates are ISO text, so <= compares them as dates on SQLite and PostgreSQL alike.
      try (PreparedStatement statement = connection.prepareStatement(SectionRows.MENU)) {
        statement.setString(1, today.toString());
        return SectionRows.read(statement);
      }
    });
  }

  @Override
  public List<Section> allSections() {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(SectionRows.ALL)) {
        return SectionRows.read(statement);
      }
    });
  }

  @Override
  public List<Message> translations(long number, LocalDate today) {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT " + MessageRows.COLUMNS
          + " FROM message WHERE translation_of = ? AND published <= ? AND NOT removed ORDER BY language, number")) {
        statement.setLong(1, number);
        statement.setString(2, today.toString());
        return MessageRows.read(connection, statement);
      }
    });
  }

  @Override
  public List<Speaker> speakers() {
    return read(connection -> {
      List<Speaker> speakers = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM speaker");
          ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          speakers.add(new Speaker(rs.getString(1)));
        }
      }
      // Sorted here, as sections are: database collations order names differently from Java.
      speakers.sort(Comparator.comparing(Speaker::name));
      return speakers;
    });
  }

  @Override
  public List<StoreChange> changesSince(long after, int limit) {
    return changes("seq > ? ORDER BY seq LIMIT ?", after, limit);
  }

  @Override
  public Optional<StoreChange> change(long seq) {
    return changes("seq = ? LIMIT ?", seq, 1).stream().findFirst();
  }

  private List<StoreChange> changes(String condition, long seq, int limit) {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT seq, message_number, changed_at FROM change_log WHERE " + condition)) {
        statement.setLong(1, seq);
        statement.setInt(2, limit);
        List<StoreChange> changes = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            long number = rs.getLong(2);
            Optional<Long> message = rs.wasNull() ? Optional.empty() : Optional.of(number);
            changes.add(new StoreChange(rs.getLong(1), message, StoredInstant.read(rs.getString(3))));
          }
        }
        return changes;
      }
    });
  }

  @Override
  public Optional<Message> searchable(long number) {
    return searchable(" AND number = ?", number, 1).stream().findFirst();
  }

  @Override
  public List<Message> searchableAfter(long after, int limit) {
    return searchable(" AND number > ?", after, limit);
  }

  private List<Message> searchable(String condition, long number, int limit) {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT " + MessageRows.COLUMNS
          + " FROM message WHERE NOT removed AND withdrawn_at IS NULL" + condition + " ORDER BY number LIMIT ?")) {
        statement.setLong(1, number);
        statement.setInt(2, limit);
        return MessageRows.read(connection, statement);
      }
    });
  }

  @Override
  public Optional<Withdrawal> withdrawal(long number) {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT withdrawn_at, withdrawal_reason FROM message WHERE number = ? AND withdrawn_at IS NOT NULL")) {
        statement.setLong(1, number);
        try (ResultSet rs = statement.executeQuery()) {
          return rs.next()
              ? Optional.of(new Withdrawal(StoredInstant.read(rs.getString(1)), rs.getString(2)))
              : Optional.empty();
        }
      }
    });
  }

  /** Read from the editions: a published edition with a major change note. */
  @Override
  public List<PublicUpdate> updates(long number) {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT published_at, change_note FROM edition WHERE message_number = ? AND change_major"
              + " AND published_at IS NOT NULL AND state IN ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')"
              + " ORDER BY published_at DESC, number DESC")) {
        statement.setLong(1, number);
        List<PublicUpdate> updates = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            updates.add(new PublicUpdate(StoredInstant.read(rs.getString(1)), rs.getString(2)));
          }
        }
        return updates;
      }
    });
  }

  @Override
  public boolean isRemoved(long number) {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT 1 FROM message WHERE number = ? AND removed")) {
        statement.setLong(1, number);
        try (ResultSet rs = statement.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  @Override
  public Optional<Masthead> masthead() {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT definition FROM masthead WHERE id = 1");
          ResultSet rs = statement.executeQuery()) {
        return rs.next() ? Optional.of(MastheadJson.read(rs.getString(1))) : Optional.empty();
      }
    });
  }

  @Override
  public long lastChange() {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT MAX(seq) FROM change_log");
          ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  @Override
  public <T> T write(Function<MessageWriter, T> work) {
    return transaction(work::apply);
  }

  /**
   * As {@link #write}, giving the work the JDBC writer itself, so that the edition store can run
   * its statements on the same connection, in the same transaction, under the same lock.
   */
  <T> T transaction(Function<JdbcWriter, T> work) {
    ReentrantLock lock = database.writeLock();
    if (lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("write() was called inside another write() on the same thread; "
          + "use the MessageWriter that the outer write() gave you");
    }
    lock.lock();
    try (Connection connection = database.connection()) {
      return inTransaction(connection, work);
    } catch (SQLException e) {
      throw new StorageException("database error: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  private <T> T inTransaction(Connection connection, Function<JdbcWriter, T> work) throws SQLException {
    connection.setAutoCommit(false);
    JdbcWriter writer = new JdbcWriter(connection, clock);
    try {
      writer.lock();
      T result = work.apply(writer);
      writer.finish();
      connection.commit();
      return result;
    } catch (RuntimeException | Error | SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException rollbackFailed) {
        e.addSuppressed(rollbackFailed);
      }
      throw e;
    } finally {
      writer.close();
    }
  }

  <T> T read(Query<T> query) {
    try (Connection connection = database.connection()) {
      return query.run(connection);
    } catch (SQLException e) {
      throw new StorageException("database error: " + e.getMessage(), e);
    }
  }

  /** A read on a pooled connection. */
  interface Query<T> {
    T run(Connection connection) throws SQLException;
  }
}

package org.chancery.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.chancery.content.ChangeNote;
import org.chancery.content.Edition;
import org.chancery.content.EditionState;
import org.chancery.content.EditionStore;
import org.chancery.content.MessageStore;
import org.chancery.content.Revision;

/**
 * The {@link EditionStore} over a {@link Database}, beside the messages: its transactions are
 * {@link JdbcMessageStore}'s, on one connection under the same write lock, so that publishing an
 * edition and writing its public message commit together or not at all.
 */
public final class JdbcEditionStore implements EditionStore {

  private static final String COLUMNS = "message_number, number, state, author_id, reviewer_id, scheduled_at, "
      + "published_at, change_major, change_note, reason, content";

  private static final String REVISION_COLUMNS = "message_number, number, edition_number, saved_by, saved_at, content";

  private final JdbcMessageStore messages;

  /**
   * @param database where editions and messages are kept
   * @param clock stamps the change log of the public messages
   */
  public JdbcEditionStore(Database database, Clock clock) {
    this.messages = new JdbcMessageStore(Objects.requireNonNull(database, "database"), clock);
  }

  @Override
  public List<Long> messageNumbers(int limit) {
    return messages.read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT DISTINCT message_number FROM edition ORDER BY message_number DESC LIMIT ?")) {
        statement.setInt(1, limit);
        List<Long> numbers = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            numbers.add(rows.getLong(1));
          }
        }
        return numbers;
      }
    });
  }

  @Override
  public List<Edition> editions(long messageNumber) {
    return messages.read(connection -> editions(connection, messageNumber));
  }

  @Override
  public Optional<Edition> edition(long messageNumber, int editionNumber) {
    return editions(messageNumber).stream().filter(e -> e.number() == editionNumber).findFirst();
  }

  @Override
  public List<Revision> revisions(long messageNumber) {
    return messages.read(connection -> revisions(connection,
        "SELECT " + REVISION_COLUMNS + " FROM revision WHERE message_number = ? ORDER BY number", messageNumber));
  }

  @Override
  public Optional<Revision> revision(long messageNumber, int revisionNumber) {
    return messages.read(connection -> revisions(connection, "SELECT " + REVISION_COLUMNS
        + " FROM revision WHERE message_number = ? AND number = ?", messageNumber, revisionNumber))
        .stream().findFirst();
  }

  @Override
  public List<Edition> scheduledBy(Instant at) {
    return messages.read(connection -> {
      // A seek on edition_due; fixed-width instants compare as text in time order.
      try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM edition "
          + "WHERE state = ? AND scheduled_at <= ? ORDER BY scheduled_at, message_number, number")) {
        statement.setString(1, EditionState.SCHEDULED.name());
        statement.setString(2, StoredInstant.write(at));
        return readEditions(statement);
      }
    });
  }

  @Override
  public <T> T write(Function<EditionWriter, T> work) {
    return messages.transaction(writer -> work.apply(new Writer(writer)));
  }

  /** Edition statements on the message writer's connection, inside its transaction. */
  private static final class Writer implements EditionWriter {

    private final JdbcWriter messages;
    private final Connection connection;

    Writer(JdbcWriter messages) {
      this.messages = messages;
      this.connection = messages.connection();
    }

    @Override
    public MessageStore.MessageWriter messages() {
      return messages;
    }

    @Override
    public List<Edition> editions(long messageNumber) {
      return JdbcWriter.sql(() -> JdbcEditionStore.editions(connection, messageNumber));
    }

    @Override
    public Optional<Revision> latestRevision(long messageNumber) {
      return JdbcWriter.sql(() -> revisions(connection, "SELECT " + REVISION_COLUMNS
          + " FROM revision WHERE message_number = ? ORDER BY number DESC LIMIT 1", messageNumber))
          .stream().findFirst();
    }

    @Override
    public void insert(Edition edition) {
      requireNumbered(edition);
      JdbcWriter.sql(() -> {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO edition (state, author_id, "
            + "reviewer_id, scheduled_at, published_at, change_major, change_note, reason, content, "
            + "message_number, number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          bind(insert, edition);
          return insert.executeUpdate();
        }
      });
    }

    @Override
    public void update(Edition edition) {
      requireNumbered(edition);
      int updated = JdbcWriter.sql(() -> {
        try (PreparedStatement update = connection.prepareStatement("UPDATE edition SET state = ?, author_id = ?, "
            + "reviewer_id = ?, scheduled_at = ?, published_at = ?, change_major = ?, change_note = ?, reason = ?, "
            + "content = ? WHERE message_number = ? AND number = ?")) {
          bind(update, edition);
          return update.executeUpdate();
        }
      });
      if (updated == 0) {
        throw new IllegalArgumentException("message " + edition.content().number() + " has no edition "
            + edition.number() + " to update");
      }
    }

    @Override
    public Revision appendRevision(Edition edition, long savedBy, Instant savedAt) {
      requireNumbered(edition);
      long message = edition.content().number();
      int number = latestRevision(message).map(Revision::number).orElse(0) + 1;
      JdbcWriter.sql(() -> {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO revision (" + REVISION_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?)")) {
          insert.setLong(1, message);
          insert.setInt(2, number);
          insert.setInt(3, edition.number());
          insert.setLong(4, savedBy);
          insert.setString(5, StoredInstant.write(savedAt));
          insert.setString(6, MessageJson.write(edition.content()));
          return insert.executeUpdate();
        }
      });
      return new Revision(number, edition.number(), savedBy, savedAt, edition.content());
    }

    private static void requireNumbered(Edition edition) {
      if (edition.content().number() == 0) {
        throw new IllegalArgumentException("edition " + edition.number() + " has no message number; "
            + "reserve one with MessageWriter.reserveNumber() first");
      }
    }
  }

  /** Binds every column, the key last, in the order of the INSERT and UPDATE above. */
  private static void bind(PreparedStatement statement, Edition edition) throws SQLException {
    statement.setString(1, edition.state().name());
    statement.setLong(2, edition.authorId());
    setNullable(statement, 3, edition.reviewerId().orElse(null), Types.BIGINT);
    setNullable(statement, 4, edition.scheduledAt().map(StoredInstant::write).orElse(null), Types.VARCHAR);
    setNullable(statement, 5, edition.publishedAt().map(StoredInstant::write).orElse(null), Types.VARCHAR);
    setNullable(statement, 6, edition.changeNote().map(ChangeNote::major).orElse(null), Types.BOOLEAN);
    setNullable(statement, 7, edition.changeNote().map(ChangeNote::text).orElse(null), Types.VARCHAR);
    setNullable(statement, 8, edition.reason().orElse(null), Types.VARCHAR);
    statement.setString(9, MessageJson.write(edition.content()));
    statement.setLong(10, edition.content().number());
    statement.setInt(11, edition.number());
  }

  /** Nulls need their SQL type: PostgreSQL refuses a VARCHAR null in a BOOLEAN or BIGINT column. */
  private static void setNullable(PreparedStatement statement, int index, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, sqlType);
    } else {
      statement.setObject(index, value, sqlType);
    }
  }

  private static List<Edition> editions(Connection connection, long messageNumber) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT " + COLUMNS + " FROM edition WHERE message_number = ? ORDER BY number")) {
      statement.setLong(1, messageNumber);
      return readEditions(statement);
    }
  }

  private static List<Edition> readEditions(PreparedStatement statement) throws SQLException {
    List<Edition> editions = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        String what = "edition " + rs.getInt("number") + " of message " + rs.getLong("message_number");
        long reviewer = rs.getLong("reviewer_id");
        Optional<Long> reviewerId = rs.wasNull() ? Optional.empty() : Optional.of(reviewer);
        boolean major = rs.getBoolean("change_major");
        Optional<ChangeNote> note = rs.wasNull() ? Optional.empty()
            : Optional.of(new ChangeNote(major, rs.getString("change_note")));
        editions.add(new Edition(
            rs.getInt("number"),
            state(rs.getString("state"), what),
            MessageJson.read(rs.getString("content"), what),
            rs.getLong("author_id"),
            reviewerId,
            Optional.ofNullable(rs.getString("scheduled_at")).map(StoredInstant::read),
            Optional.ofNullable(rs.getString("published_at")).map(StoredInstant::read),
            note,
            Optional.ofNullable(rs.getString("reason"))));
      }
    }
    return editions;
  }

  private static List<Revision> revisions(Connection connection, String sql, Object... keys) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < keys.length; i++) {
        statement.setObject(i + 1, keys[i]);
      }
      List<Revision> revisions = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String what = "revision " + rs.getInt("number") + " of message " + rs.getLong("message_number");
          revisions.add(new Revision(rs.getInt("number"), rs.getInt("edition_number"), rs.getLong("saved_by"),
              StoredInstant.read(rs.getString("saved_at")), MessageJson.read(rs.getString("content"), what)));
        }
      }
      return revisions;
    }
  }

  private static EditionState state(String name, String what) {
    try {
      return EditionState.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new StorageException(what + " is in state '" + name + "', which this version does not know", e);
    }
  }
}

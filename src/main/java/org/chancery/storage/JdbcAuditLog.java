package org.chancery.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditEvent;
import org.chancery.content.AuditLog;

/**
 * The {@link AuditLog} over a {@link Database}: table {@code audit_log} (migration V2). The entries
 * of editorial, masthead, section and account changes are written by the change's own transaction
 * ({@link JdbcWriter#audit}, {@link JdbcAccountStore}); {@link #append} is for the rest (sign-ins).
 */
public final class JdbcAuditLog implements AuditLog {

  private final Database database;

  public JdbcAuditLog(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** In a transaction of its own; a change's entry goes in the change's ({@link JdbcWriter#audit}). */
  @Override
  public long append(AuditEvent event) {
    return Transactions.write(database, connection -> insert(connection, event));
  }

  /**
   * Inserts the entry in the transaction of {@code connection}, which must hold the write lock:
   * its sequence number is the committed maximum plus one.
   */
  static long insert(Connection connection, AuditEvent event) throws SQLException {
    long seq = Transactions.nextId(connection, "audit_log", "seq");
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO audit_log "
        + "(seq, at, account_name, action, detail, remote_address) VALUES (?, ?, ?, ?, ?, ?)")) {
      statement.setLong(1, seq);
      statement.setString(2, Transactions.instant(event.at()));
      setOptional(statement, 3, event.account());
      statement.setString(4, event.action().name());
      statement.setString(5, event.detail());
      setOptional(statement, 6, event.remoteAddress());
      statement.executeUpdate();
    }
    return seq;
  }

  @Override
  public List<Entry> latest(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
    }
    return Transactions.read(database, connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT seq, at, account_name, action, detail, "
          + "remote_address FROM audit_log ORDER BY seq DESC LIMIT ?")) {
        statement.setInt(1, limit);
        List<Entry> entries = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            entries.add(new Entry(rs.getLong(1), new AuditEvent(Instant.parse(rs.getString(2)),
                Optional.ofNullable(rs.getString(3)), action(rs.getLong(1), rs.getString(4)), rs.getString(5),
                Optional.ofNullable(rs.getString(6)))));
          }
        }
        return entries;
      }
    });
  }

  private static AuditAction action(long seq, String name) {
    try {
      return AuditAction.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new StorageException("audit entry " + seq + " has the unknown action '" + name
          + "'; was it written by a newer version of Chancery?", e);
    }
  }

  private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setString(index, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }
}

package org.chancery.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads and write transactions for the stores beside {@link JdbcMessageStore} (accounts, the audit
 * log). Writes take the same two locks the message store takes, the JVM's and the
 * {@code write_lock} row, so that ids computed as "the committed maximum plus one" never collide,
 * in this process or on another node.
 */
final class Transactions {

  private Transactions() {}

  /** Work on one connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} on a pooled connection in auto-commit mode. */
  static <T> T read(Database database, Work<T> work) {
    try (Connection connection = database.connection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorageException("database error: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} in one transaction under the write locks; all of it commits, or none. */
  static <T> T write(Database database, Work<T> work) {
    ReentrantLock lock = database.writeLock();
    if (lock.isHeldByCurrentThread()) {
      // The outer transaction's connection holds the write_lock row: waiting for it would never end.
      throw new IllegalStateException("a write was started inside another write on the same thread");
    }
    lock.lock();
    try (Connection connection = database.connection()) {
      connection.setAutoCommit(false);
      try {
        try (PreparedStatement statement = connection.prepareStatement(
            "UPDATE write_lock SET writes = writes + 1 WHERE id = 1")) {
          statement.executeUpdate();
        }
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (RuntimeException | SQLException e) {
        try {
          connection.rollback();
        } catch (SQLException rollbackFailed) {
          e.addSuppressed(rollbackFailed);
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StorageException("database error: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /** An instant as stored: UTC ISO-8601 to the second, one width, so text order is time order. */
  static String instant(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The next id of {@code table}: the committed maximum plus one, safe under the write lock. */
  static long nextId(Connection connection, String table, String column) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table);
        java.sql.ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

package org.chancery.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database Chancery keeps its messages in: a SQLite file (the embedded default) or a
 * PostgreSQL server, behind a HikariCP pool, its schema brought up to date on open.
 *
 * <p>Open one per process and share it; close it on shutdown. Both databases get the same
 * migrations from {@code db/migration}, so no code above this class knows which one it talks to.
 */
public final class Database implements AutoCloseable {

  /** The file a data directory keeps its database in. */
  public static final String DATA_FILE = "chancery.db";

  private static final String SQLITE = "jdbc:sqlite:";
  private static final String POSTGRESQL = "jdbc:postgresql:";

  /** How long a SQLite writer waits for another process's write to finish before giving up. */
  private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;

  private final HikariDataSource pool;
  /** Serialises this process's writers; the database serialises writers of other processes. */
  private final ReentrantLock writeLock = new ReentrantLock();

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * Opens the database at {@code jdbcUrl} and migrates its schema.
   *
   * @param jdbcUrl {@code jdbc:sqlite:/path/to/file.db} (the file and its folder are created when
   *     missing) or {@code jdbc:postgresql://host:port/database?user=...}
   * @throws IllegalArgumentException when the URL names neither
   */
  public static Database open(String jdbcUrl) {
    if (jdbcUrl == null) {
      throw new IllegalArgumentException("database URL is missing; expected jdbc:sqlite:<file> or jdbc:postgresql://...");
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("chancery");
    if (jdbcUrl.startsWith(SQLITE)) {
      config.setDataSource(sqlite(jdbcUrl));
      // SQLite has one writer at a time anyway; a few readers are plenty for an embedded site.
      config.setMaximumPoolSize(4);
    } else if (jdbcUrl.startsWith(POSTGRESQL)) {
      config.setJdbcUrl(jdbcUrl);
      config.setMaximumPoolSize(10);
    } else {
      throw new IllegalArgumentException("database URL '" + jdbcUrl
          + "' is not supported; expected jdbc:sqlite:<file> or jdbc:postgresql://host:port/database");
    }
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool);
  }

  /** Opens (or creates) the SQLite database {@value #DATA_FILE} in {@code dataDir}. */
  public static Database openDataDirectory(Path dataDir) {
    return open(SQLITE + dataDir.resolve(DATA_FILE).toAbsolutePath());
  }

  private static SQLiteDataSource sqlite(String jdbcUrl) {
    String file = jdbcUrl.substring(SQLITE.length());
    if (file.isBlank() || file.startsWith(":") || file.startsWith("file:")) {
      // Each pooled connection to ":memory:" would see its own empty database.
      throw new IllegalArgumentException("database URL '" + jdbcUrl
          + "' must name a file, e.g. jdbc:sqlite:/var/lib/chancery/chancery.db");
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder " + parent + " for database " + jdbcUrl, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL); // readers never wait for the writer
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // durable enough in WAL mode, much faster
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(jdbcUrl);
    return source;
  }

  /** A pooled connection in auto-commit mode; close it to give it back. */
  Connection connection() throws SQLException {
    return pool.getConnection();
  }

  ReentrantLock writeLock() {
    return writeLock;
  }

  @Override
  public void close() {
    pool.close();
  }
}

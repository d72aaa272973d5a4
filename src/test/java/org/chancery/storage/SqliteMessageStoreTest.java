package org.chancery.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteMessageStoreTest extends JdbcStoreContract {

  @TempDir
  Path dir;

  private int databases;

  /** A new file each time: a test may want a second, empty database. */
  @Override
  String newDatabaseUrl() {
    return "jdbc:sqlite:" + dir.resolve("store-" + ++databases + ".db");
  }
}

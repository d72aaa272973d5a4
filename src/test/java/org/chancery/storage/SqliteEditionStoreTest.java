package org.chancery.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteEditionStoreTest extends JdbcEditionStoreContract {

  @TempDir
  Path dir;

  @Override
  String newDatabaseUrl() {
    return "jdbc:sqlite:" + dir.resolve("editions.db");
  }
}

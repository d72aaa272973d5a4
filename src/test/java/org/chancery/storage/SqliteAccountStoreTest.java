package org.chancery.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteAccountStoreTest extends AccountStoreContract {

  @TempDir
  Path dir;

  private final List<Database> opened = new ArrayList<>();

  @Override
  Stores newStores() {
    Database database = Database.open("jdbc:sqlite:" + dir.resolve("accounts.db"));
    opened.add(database);
    return new Stores(new JdbcAccountStore(database), new JdbcAuditLog(database));
  }

  @AfterEach
  void close() {
    opened.forEach(Database::close);
  }
}

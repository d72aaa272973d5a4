package org.chancery.storage;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The account contract on a real PostgreSQL server; a database per test. */
class PostgresAccountStoreTest extends AccountStoreContract {

  private final List<Database> opened = new ArrayList<>();

  @Override
  Stores newStores() {
    Database database = Database.open(TestPostgres.newDatabaseUrl());
    opened.add(database);
    return new Stores(new JdbcAccountStore(database), new JdbcAuditLog(database));
  }

  @AfterEach
  void close() {
    opened.forEach(Database::close);
  }
}

package org.chancery.storage;

/** The same contract on a real PostgreSQL server; a database per test. */
class PostgresMessageStoreTest extends JdbcStoreContract {

  @Override
  String newDatabaseUrl() {
    return TestPostgres.newDatabaseUrl();
  }
}

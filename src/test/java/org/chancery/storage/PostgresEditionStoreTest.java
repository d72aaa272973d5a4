package org.chancery.storage;

/** The edition contract on a real PostgreSQL server; a database per test. */
class PostgresEditionStoreTest extends JdbcEditionStoreContract {

  @Override
  String newDatabaseUrl() {
    return TestPostgres.newDatabaseUrl();
  }
}

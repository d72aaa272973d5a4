package org.chancery.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.content.AccountStore;
import org.chancery.content.SignInAttempt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

  @Test
  void two_app_nodes_over_one_database_count_against_the_same_allowance() {
    AccountStore otherNode = newStores().accounts(); // its own connections to the same file
    for (int i = 0; i < ALLOWANCE.perName(); i++) {
      (i % 2 == 0 ? accounts : otherNode).takeSignInAttempt("anna", "192.0.2.1", NOW, ALLOWANCE);
    }

    assertThat(otherNode.takeSignInAttempt("anna", "192.0.2.1", NOW, ALLOWANCE)).isInstanceOf(SignInAttempt.Refused.class);
    assertThat(accounts.takeSignInAttempt("anna", "192.0.2.1", NOW, ALLOWANCE)).isInstanceOf(SignInAttempt.Refused.class);
  }

  @AfterEach
  void close() {
    opened.forEach(Database::close);
  }
}

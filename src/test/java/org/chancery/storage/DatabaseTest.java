package org.chancery.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @TempDir
  Path dir;

  @Test
  void a_url_of_another_database_is_refused_with_what_is_allowed() {
    assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/chancery"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("database URL 'jdbc:mysql://localhost/chancery' is not supported; "
            + "expected jdbc:sqlite:<file> or jdbc:postgresql://host:port/database");
  }

  @Test
  void an_in_memory_sqlite_database_is_refused_because_the_pool_would_split_it() {
    assertThatThrownBy(() -> Database.open("jdbc:sqlite::memory:"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("database URL 'jdbc:sqlite::memory:' must name a file, "
            + "e.g. jdbc:sqlite:/var/lib/chancery/chancery.db");
  }

  @Test
  void a_data_directory_gets_its_folder_and_chancery_db_created() throws SQLException {
    Path data = dir.resolve("missing/data");

    try (Database database = Database.openDataDirectory(data)) {
      assertThat(Files.isRegularFile(data.resolve("chancery.db"))).isTrue();
      assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(database, "foreign_keys")).isEqualTo("1");
      assertThat(pragma(database, "busy_timeout")).isEqualTo("10000");
    }
  }

  @Test
  void a_sqlite_url_creates_the_folder_of_its_file() {
    Path file = dir.resolve("a/b/site.db");

    Database.open("jdbc:sqlite:" + file).close();

    assertThat(Files.isRegularFile(file)).isTrue();
  }

  @Test
  void opening_twice_migrates_once() throws SQLException {
    Database.openDataDirectory(dir).close();

    try (Database database = Database.openDataDirectory(dir);
        Connection connection = database.connection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
      java.util.List<String> versions = new java.util.ArrayList<>();
      while (rs.next()) {
        assertThat(rs.getBoolean(2)).as("migration %s succeeded", rs.getString(1)).isTrue();
        versions.add(rs.getString(1));
      }
      // More migrations will come; each must still run exactly once.
      assertThat(versions).as("every migration ran once").doesNotHaveDuplicates().contains("1", "2", "3", "5");
    }
  }

  private static String pragma(Database database, String name) throws SQLException {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}

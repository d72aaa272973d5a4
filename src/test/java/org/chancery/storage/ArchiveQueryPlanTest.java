package org.chancery.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Archive paging must cost the same on page 1 and page 5,000: SQLite's own query plans show that
 * every archive query seeks on an index, never scans the message table, and never sorts. So does
 * the importer's read of one day's messages, which a batch import runs once per listed day.
 */
class ArchiveQueryPlanTest {

  @TempDir
  Path dir;

  Database database;

  @BeforeEach
  void fill() {
    database = Database.openDataDirectory(dir);
    JdbcMessageStore store = new JdbcMessageStore(database, Clock.systemUTC());
    store.write(w -> {
      for (int i = 0; i < 200; i++) {
        w.add(Fixtures.simple("Message " + i, LocalDate.of(2020, 1, 1).plusDays(i / 3),
            i % 2 == 0 ? Fixtures.PRESS : Fixtures.STATEMENTS, i % 3));
      }
      return null;
    });
  }

  @AfterEach
  void close() {
    database.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      ArchiveQueries.VISIBLE_COUNT, ArchiveQueries.SECTION_VISIBLE_COUNT,
      ArchiveQueries.PAGE, ArchiveQueries.SECTION_PAGE,
      Positions.BASE, Positions.SECTION_BASE, JdbcWriter.MESSAGES_ON})
  void an_archive_query_seeks_on_an_index_and_does_not_sort(String sql) throws SQLException {
    List<String> plan = plan(sql);

    assertThat(plan).as("plan of %s", sql).isNotEmpty().allSatisfy(step -> {
      assertThat(step).startsWith("SEARCH message USING ");
      assertThat(step).contains("INDEX");
      assertThat(step).doesNotContain("TEMP B-TREE");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {Positions.RENUMBER, Positions.SECTION_RENUMBER})
  void renumbering_reads_only_the_touched_range_by_index(String sql) throws SQLException {
    List<String> plan = plan(sql);

    assertThat(plan).as("plan of %s", sql)
        .anySatisfy(step -> assertThat(step).startsWith("SEARCH message USING COVERING INDEX message_"))
        .noneSatisfy(step -> assertThat(step).startsWith("SCAN message"))
        .noneSatisfy(step -> assertThat(step).contains("TEMP B-TREE"));
  }

  private List<String> plan(String sql) throws SQLException {
    List<String> steps = new ArrayList<>();
    try (Connection connection = database.connection();
        PreparedStatement statement = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
      int parameters = (int) sql.chars().filter(c -> c == '?').count();
      for (int i = 1; i <= parameters; i++) {
        statement.setString(i, "2020-02-01");
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          steps.add(rs.getString("detail"));
        }
      }
    }
    return steps;
  }
}

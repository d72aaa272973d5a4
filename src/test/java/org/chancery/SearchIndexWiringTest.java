package org.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.chancery.content.SearchRequest;
import org.chancery.search.LuceneSearchIndex;
import org.chancery.storage.Database;
import org.chancery.storage.JdbcMessageStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index as `serve` and `reindex` keep it in the data directory: built from the store
 * when it is missing, rebuilt with a line saying why when it cannot be read, rebuilt on request.
 */
class SearchIndexWiringTest {

  @TempDir
  Path dir;

  Path data;
  Settings settings;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void importSnapshots() throws IOException {
    data = dir.resolve("data");
    Path snapshot = dir.resolve("home-2021-07-25.txt");
    try (InputStream in = getClass().getResourceAsStream("/ingest/home-2021-07-25.txt")) {
      Files.copy(in, snapshot);
    }
    assertThat(run("import", "--data", data.toString(), snapshot.toString())).isZero();
    out.getBuffer().setLength(0);
    settings = Settings.read(Optional.empty(), Map.of(), Map.of("data", data.toString()));
  }

  @Test
  void reindex_rebuilds_the_index_from_the_store_and_says_how_many_messages() {
    int exit = run("reindex", "--data", data.toString());

    assertThat(exit).as(err.toString()).isZero();
    long searchable = searchableMessages();
    assertThat(out.toString()).matches("(?s)Indexed " + searchable + " messages in [0-9.]+ s into .*search\\R");
    assertThat(searchable).isPositive();
    assertThat(hits("")).as("everything searchable is found").isEqualTo(searchable);
    assertThat(hits("quota")).as("a word of a transcript").isPositive();
  }

  @Test
  void a_missing_index_folder_is_built_from_the_store_at_start() throws IOException {
    deleteIndex();

    String said = stderrOf(() -> {
      try (Database database = Database.open(settings.jdbcUrl());
          LuceneSearchIndex index = Chancery.searchIndex(settings, new JdbcMessageStore(database, Clock.systemUTC()))) {
        assertThat(index.count()).isEqualTo(searchableMessages());
      }
    });

    assertThat(said).contains("Search index: it holds none of the store's").contains("building it in")
        .contains("messages indexed in");
  }

  @Test
  void an_index_brought_up_to_date_is_not_rebuilt_at_the_next_start() {
    assertThat(run("reindex", "--data", data.toString())).isZero();

    String said = stderrOf(() -> {
      try (Database database = Database.open(settings.jdbcUrl());
          LuceneSearchIndex index = Chancery.searchIndex(settings, new JdbcMessageStore(database, Clock.systemUTC()))) {
        assertThat(index.count()).isEqualTo(searchableMessages());
        assertThat(index.indexedChange()).isPositive();
      }
    });

    assertThat(said).as("nothing to build").isEmpty();
  }

  @Test
  void an_index_that_cannot_be_read_is_emptied_and_rebuilt_with_a_line_saying_why() throws IOException {
    assertThat(run("reindex", "--data", data.toString())).isZero();
    try (Stream<Path> files = Files.list(data.resolve("search"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.writeString(file, "not an index at all");
      }
    }

    String said = stderrOf(() -> {
      try (Database database = Database.open(settings.jdbcUrl());
          LuceneSearchIndex index = Chancery.searchIndex(settings, new JdbcMessageStore(database, Clock.systemUTC()))) {
        assertThat(index.count()).isEqualTo(searchableMessages());
      }
    });

    assertThat(said).contains("Search index:").contains("rebuilt from the store").contains("building it in");
  }

  @Test
  void an_index_built_from_another_copy_of_the_database_is_rebuilt_at_start() throws IOException {
    assertThat(run("reindex", "--data", data.toString())).isZero();
    // The same pages imported into another database, later: as many changes, made at other times.
    Path other = dir.resolve("other");
    assertThat(run("import", "--data", other.toString(), dir.resolve("home-2021-07-25.txt").toString())).isZero();
    Files.copy(other.resolve("chancery.db"), data.resolve("chancery.db"), StandardCopyOption.REPLACE_EXISTING);

    String said = stderrOf(() -> {
      try (Database database = Database.open(settings.jdbcUrl());
          LuceneSearchIndex index = Chancery.searchIndex(settings, new JdbcMessageStore(database, Clock.systemUTC()))) {
        assertThat(index.count()).isEqualTo(searchableMessages());
      }
    });

    assertThat(said).contains("Search index: it was built from another copy of the database: its change ")
        .contains("building it in").contains("messages indexed in");
  }

  @Test
  void reindex_while_the_index_is_open_elsewhere_says_so_and_changes_nothing() {
    try (LuceneSearchIndex open = LuceneSearchIndex.openOrEmpty(data.resolve("search"), List::of, reason -> {})) {
      int exit = run("reindex", "--data", data.toString());

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString()).contains("Cannot rebuild the search index in").contains("Stop it first");
      assertThat(open.count()).isZero();
    }
  }

  private long hits(String query) {
    try (Database database = Database.open(settings.jdbcUrl());
        LuceneSearchIndex index = LuceneSearchIndex.openOrEmpty(data.resolve("search"), List::of, reason -> {})) {
      return index.search(SearchRequest.words(query, LocalDate.of(9999, 12, 31))).total();
    }
  }

  private long searchableMessages() {
    try (Database database = Database.open(settings.jdbcUrl())) {
      return new JdbcMessageStore(database, Clock.systemUTC()).searchableAfter(0, 100_000).size();
    }
  }

  private void deleteIndex() throws IOException {
    Path folder = data.resolve("search");
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private int run(String... args) {
    return Chancery.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  /** What {@code work} printed on standard error, where `serve` tells the operator about the index. */
  private static String stderrOf(Runnable work) {
    PrintStream before = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.setErr(before);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}

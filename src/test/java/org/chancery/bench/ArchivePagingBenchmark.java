package org.chancery.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.Block;
import org.chancery.content.Body;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.storage.Database;
import org.chancery.storage.JdbcMessageStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading one archive page from a SQLite store of 100,000 messages, at depths from the first page
 * to the last: the pages are found by seeking on an index, so every depth should cost the same.
 * Run with {@code bench/archive-paging.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ArchivePagingBenchmark {

  static final int MESSAGES = 100_000;
  static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
  static final LocalDate TODAY = FIRST_DAY.plusDays(MESSAGES);

  @Param({"1", "5000", "10000"})
  public int page;

  private Path dir;
  private Database database;
  private JdbcMessageStore store;

  @Setup(Level.Trial)
  public void fill() throws IOException {
    dir = Files.createTempDirectory("chancery-bench");
    database = Database.openDataDirectory(dir);
    store = new JdbcMessageStore(database, Clock.systemUTC());
    store.write(writer -> {
      for (int i = 0; i < MESSAGES; i++) {
        // Four a day, added newest first, so the store renumbers the whole archive once.
        LocalDate day = TODAY.minusDays(i / 4);
        writer.add(Message.create(i % 3 == 0 ? Section.NEWS : new Section("statements", "Statements"),
            "Statement number " + i, day, new Body(List.of(new Block.Paragraph("Text of statement " + i + ".")))));
      }
      return null;
    });
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    database.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public ArchivePage allMessages() {
    return store.archive(ArchiveRequest.allMessages(page, TODAY));
  }
}

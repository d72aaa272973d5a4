package org.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.MessageStore;
import org.chancery.ingest.SyntheticArchive;
import org.chancery.storage.Database;
import org.chancery.storage.JdbcMessageStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code chancery generate}: a synthetic archive written into a real SQLite store. */
class GenerateCommandTest {

  private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Chancery.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  private Path data() {
    return dir.resolve("data");
  }

  private <T> T withStore(Function<MessageStore, T> read) {
    try (Database database = Database.openDataDirectory(data())) {
      return read.apply(new JdbcMessageStore(database, Clock.systemUTC()));
    }
  }

  private ArchivePage newestPage() {
    return withStore(store -> store.archive(ArchiveRequest.allMessages(1, FAR_FUTURE)));
  }

  @Test
  void the_archive_holds_as_many_messages_as_asked_ending_on_the_last_day() {
    int exit = run("generate", "--data", data().toString(), "--messages", "300");

    assertThat(exit).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString().strip()).matches("Generated 300 messages \\(\\d+ in English, \\d+ in Russian; \\d+ transcripts\\), "
        + "\\d{4}-\\d\\d-\\d\\d to 2025-12-31 in \\d+\\.\\d s; the store holds 300 messages\\.");
    ArchivePage page = newestPage();
    assertThat(page.total()).isEqualTo(300);
    assertThat(page.messages().get(0).published()).isEqualTo(SyntheticArchive.LAST_DAY);
    long onTheSiteToday = withStore(store -> store.archive(ArchiveRequest.allMessages(1, SyntheticArchive.LAST_DAY)).total());
    assertThat(onTheSiteToday).as("every message is on the site today").isEqualTo(300);
  }

  @Test
  void the_same_seed_makes_the_same_archive() {
    run("generate", "--data", data().toString(), "--messages", "50", "--seed", "12");
    ArchivePage first = newestPage();
    Path other = dir.resolve("other");
    run("generate", "--data", other.toString(), "--messages", "50", "--seed", "12");

    try (Database database = Database.openDataDirectory(other)) {
      ArchivePage second = new JdbcMessageStore(database, Clock.systemUTC()).archive(ArchiveRequest.allMessages(1, FAR_FUTURE));
      assertThat(second.messages()).isEqualTo(first.messages());
    }
  }

  @Test
  void a_store_with_messages_is_refused_and_left_as_it_was() {
    run("generate", "--data", data().toString(), "--messages", "200");
    long lastChange = withStore(MessageStore::lastChange);

    int exit = run("generate", "--data", data().toString(), "--messages", "100");

    assertThat(exit).isEqualTo(Chancery.REFUSED);
    assertThat(err.toString().strip()).isEqualTo("chancery: the data directory " + data().toAbsolutePath()
        + " holds 200 messages already; give --append to add 100 more after them, or name an empty data directory."
        + " Nothing was written.");
    assertThat(out.toString()).isEmpty();
    assertThat(newestPage().total()).isEqualTo(200);
    assertThat(withStore(MessageStore::lastChange)).isEqualTo(lastChange);
  }

  @Test
  void append_adds_the_messages_after_the_newest_day_of_the_store() {
    run("generate", "--data", data().toString(), "--messages", "200");
    LocalDate newest = newestPage().messages().get(0).published();

    int exit = run("generate", "--data", data().toString(), "--messages", "100", "--append", "--seed", "2");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Generated 100 messages", "the store holds 300 messages.");
    withStore(store -> {
      assertThat(store.archive(ArchiveRequest.allMessages(1, FAR_FUTURE)).total()).isEqualTo(300);
      assertThat(store.archive(ArchiveRequest.allMessages(10, FAR_FUTURE)).messages())
          .as("the 100 new ones are the newest ten pages").allSatisfy(m -> assertThat(m.published()).isAfter(newest));
      assertThat(store.archive(ArchiveRequest.allMessages(11, FAR_FUTURE)).messages())
          .allSatisfy(m -> assertThat(m.published()).isBeforeOrEqualTo(newest));
      return null;
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "5000001", "many", "1e5", "99999999999"})
  void a_bad_number_of_messages_is_named_and_changes_nothing(String value) {
    int exit = run("generate", "--data", data().toString(), "--messages", value);

    assertThat(exit).isEqualTo(Chancery.BAD_SETTINGS);
    assertThat(err.toString().strip())
        .isEqualTo("chancery: option '--messages' is '" + value + "'; allowed: a whole number from 1 to 5000000");
    assertThat(Files.exists(data())).as("the data directory is not even created").isFalse();
  }

  @Test
  void a_bad_seed_is_named() {
    int exit = run("generate", "--data", data().toString(), "--messages", "10", "--seed", "lucky");

    assertThat(exit).isEqualTo(Chancery.BAD_SETTINGS);
    assertThat(err.toString().strip()).isEqualTo("chancery: option '--seed' is 'lucky'; allowed: a whole number");
    assertThat(Files.exists(data())).isFalse();
  }
}

package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.Contact;
import org.chancery.content.Counter;
import org.chancery.content.Masthead;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.WorldClock;
import org.chancery.storage.Database;
import org.chancery.storage.JdbcMessageStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A big site imported in batches: each batch is a run of its own, as separate {@code chancery
 * import} invocations on one data directory are. Run on the in-memory fake and on SQLite, reopened
 * for every run.
 */
class BatchImportTest {

  private static final LocalDate DAY = LocalDate.of(2021, 8, 10);

  @TempDir
  Path dir;

  private final MemoryMessageStore memory = new MemoryMessageStore();

  // -- same-day order ----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void a_day_listed_in_two_runs_is_shown_in_the_order_the_site_listed_it(String kind) throws IOException {
    Path a = page("a.txt", NEWER_MASTHEAD, "Page A", "Alpha", "Gamma", "Delta");
    Path b = page("b.txt", OLDER_MASTHEAD, "Page B", "Beta", "Gamma");

    importRun(kind, a);
    ImportReport second = importRun(kind, b);

    assertThat(dayInArchive(kind)).containsExactly("Alpha", "Beta", "Gamma", "Delta");
    assertThat(second.summaryLine()).isEqualTo("Imported 1 file: 2 new, 0 updated, 1 unchanged, 0 failed");
    List<Message> stored = withStore(kind, store -> store.write(w -> w.messagesOn(DAY)));
    assertThat(stored).as("ranks renumbered densely, highest for the newest")
        .extracting(Message::dayOrder).containsExactly(3, 2, 1, 0);

    long lastChange = withStore(kind, MessageStore::lastChange);
    importRun(kind, b);
    importRun(kind, a);
    importRun(kind, a, b);
    assertThat(withStore(kind, MessageStore::lastChange)).as("importing again changes nothing").isEqualTo(lastChange);
    assertThat(dayInArchive(kind)).containsExactly("Alpha", "Beta", "Gamma", "Delta");
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void a_later_run_follows_its_listing_and_keeps_the_stored_order_elsewhere(String kind) throws IOException {
    importRun(kind, page("a.txt", NEWER_MASTHEAD, "Page A", "Alpha", "Beta", "Gamma", "Delta"));

    // This listing puts Gamma above Beta; it says nothing about Alpha and Delta.
    importRun(kind, page("b.txt", OLDER_MASTHEAD, "Page B", "Gamma", "Beta"));

    assertThat(dayInArchive(kind)).containsExactly("Alpha", "Gamma", "Beta", "Delta");
  }

  // -- masthead ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void an_older_batch_keeps_the_newer_pages_clocks_and_contact(String kind) throws IOException {
    Path newer = page("newer.txt", NEWER_MASTHEAD, "Newer page");
    Path older = page("older.txt", OLDER_MASTHEAD, "Older page");

    importRun(kind, newer);
    Masthead afterNewer = withStore(kind, store -> store.masthead().orElseThrow());
    importRun(kind, older);
    Masthead masthead = withStore(kind, store -> store.masthead().orElseThrow());

    assertThat(masthead.clocks()).extracting(WorldClock::label).containsExactly("Lisbon", "New York");
    assertThat(masthead.contact()).isEqualTo(afterNewer.contact())
        .contains(new Contact("Consular Section:", "+351 21 555 0199", "consul@new.example"));
    assertThat(masthead.seenAt()).contains(NEWER_SEEN_AT);
    assertThat(masthead.counters()).containsExactly(
        new Counter(TRAWLER_DETAINED, "{days} days have passed since the trawler was detained", TRAWLER_DETAINED,
            Optional.empty()),
        // Only the older page shows it, and the newer page no longer did: it ended the day before.
        new Counter(STRIKE, "{days} days have passed since the ferry strike", STRIKE,
            Optional.of(LocalDate.of(2021, 8, 12))));

    long lastChange = withStore(kind, MessageStore::lastChange);
    importRun(kind, older);
    importRun(kind, newer);
    importRun(kind, older, newer);
    assertThat(withStore(kind, MessageStore::lastChange)).as("importing again changes nothing").isEqualTo(lastChange);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void batches_in_either_order_give_the_masthead_of_one_run(String kind) throws IOException {
    Path newer = page("newer.txt", NEWER_MASTHEAD, "Newer page");
    Path older = page("older.txt", OLDER_MASTHEAD, "Older page");
    MemoryMessageStore oneRun = new MemoryMessageStore();
    new Importer(oneRun).run(List.of(newer, older));

    importRun(kind, older);
    importRun(kind, newer);

    Optional<Masthead> batched = withStore(kind, MessageStore::masthead);
    assertThat(batched).isPresent().isEqualTo(oneRun.masthead());
    assertThat(oneRun.masthead().orElseThrow().contact().orElseThrow().email()).isEqualTo("consul@new.example");
  }

  // -- pages -------------------------------------------------------------------------------------

  private static final Instant NEWER_SEEN_AT = Instant.parse("2021-08-13T08:15:00Z");
  private static final LocalDate TRAWLER_DETAINED = LocalDate.of(2020, 7, 7);
  private static final LocalDate STRIKE = LocalDate.of(2021, 7, 12);

  private static final String NEWER_MASTHEAD = """
      13 August 2021
      Lisbon: 09:15
      New York: 04:15

      Consular Section:
      +351 21 555 0199
      consul@new.example

      402 days have passed since the trawler was detained
      """;

  /** Two days older: another contact, a third clock, and a counter the newer page no longer shows. */
  private static final String OLDER_MASTHEAD = """
      11 August 2021
      Lisbon: 20:00
      New York: 15:00
      Moscow: 22:00

      Consular queries:
      +351 21 555 0100
      old@example.org

      400 days have passed since the trawler was detained
      30 days have passed since the ferry strike
      """;

  /** A home page with its own message and a listing of {@code listedOnDay}, all published on {@link #DAY}. */
  private Path page(String name, String masthead, String title, String... listedOnDay) throws IOException {
    StringBuilder text = new StringBuilder(masthead).append("\n\n").append(title).append("\n\n")
        .append("The body of ").append(title).append(".\n\n");
    for (String listed : listedOnDay) {
      text.append("10.08.2021 - ").append(listed).append("\n\nThe lead of ").append(listed).append(".\n\n");
    }
    text.append("all messages\n");
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  // -- stores ------------------------------------------------------------------------------------

  /** One run: a new importer, and for SQLite the data directory opened afresh, as the command does. */
  private ImportReport importRun(String kind, Path... pages) {
    return withStore(kind, store -> new Importer(store).run(List.of(pages)));
  }

  private <T> T withStore(String kind, Function<MessageStore, T> work) {
    if (kind.equals("memory")) {
      return work.apply(memory);
    }
    try (Database database = Database.openDataDirectory(dir.resolve("data"))) {
      return work.apply(new JdbcMessageStore(database, Clock.systemUTC()));
    }
  }

  /** The titles of {@link #DAY} as the archive lists them. */
  private List<String> dayInArchive(String kind) {
    return withStore(kind, store -> store.archive(ArchiveRequest.allMessages(1, DAY.plusMonths(1))).messages().stream()
        .filter(m -> m.published().equals(DAY))
        .map(Message::title)
        .toList());
  }
}

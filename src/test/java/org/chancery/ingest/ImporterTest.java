package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.chancery.content.Counter;
import org.chancery.content.ForwardingMessageStore;
import org.chancery.content.Masthead;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.MessageStore.MessageWriter;
import org.chancery.content.Section;
import org.chancery.content.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

  private static final List<Path> SITE = Stream.of(
      "home-2021-07-25.txt", "home-2021-07-24.txt", "item-2020-09-15.txt", "archive-page-46.txt")
      .map(Fixtures::path).toList();

  private final MemoryMessageStore store = new MemoryMessageStore();
  private final Importer importer = new Importer(store);

  @Test
  void every_real_message_is_stored_once() {
    ImportReport report = importer.run(SITE);

    assertThat(report.summaryLine()).isEqualTo("Imported 4 files: 11 new, 0 updated, 0 unchanged, 0 failed");
    assertThat(store.all()).hasSize(11);
    assertThat(store.titles()).doesNotHaveDuplicates();
  }

  @Test
  void the_same_title_with_other_quotes_and_spacing_is_the_same_message_kept_as_the_newest_page_wrote_it() {
    importer.run(SITE);

    Message comment = titled("Comment by Ministry Spokesman Tomas Brandt on the \"harbour dues\" dispute");
    assertThat(comment.title()).isEqualTo("Comment by Ministry Spokesman Tomas Brandt on the \u201charbour dues\u201d dispute");
    assertThat(comment.published()).isEqualTo(LocalDate.of(2021, 7, 23));
    assertThat(comment.body().isEmpty()).as("only ever listed").isTrue();
    assertThat(comment.listLead()).startsWith("We have noted the decision of the harbour board");
  }

  @Test
  void a_full_body_wins_over_a_lead_and_the_list_lead_is_kept() {
    importer.run(SITE);

    Message porto = titled("Statement on the reopening of the consular section in Porto");
    assertThat(porto.body().paragraphs()).hasSize(2);
    assertThat(porto.lead()).isEqualTo("The consular section in Porto reopens to visitors on Monday, 26 July, after renovation works.");
  }

  @Test
  void a_date_learnt_from_a_list_fills_a_main_message_that_had_none() {
    importer.run(List.of(Fixtures.path("home-2021-07-24.txt")));

    Message porto = titled("Statement on the reopening of the consular section in Porto");
    assertThat(porto.published()).isEqualTo(LocalDate.of(2021, 7, 22));
    assertThat(porto.dateEstimated()).isFalse();
    assertThat(porto.body().isEmpty()).isFalse();
  }

  @Test
  void without_a_shown_date_the_event_date_of_the_title_stands_in() {
    importer.run(SITE);

    Message interview = titled("Foreign Minister Elena Varga's interview with Radio Atl\u00e2ntico, Lisbon, July 20, 2021");
    assertThat(interview.published()).isEqualTo(LocalDate.of(2021, 7, 20));
    assertThat(interview.dateEstimated()).isTrue();
    assertThat(interview.body().isContinued()).isTrue();
  }

  @Test
  void without_any_date_the_page_date_stands_in() {
    importer.run(List.of(Fixtures.path("no-date.txt")));

    Message greetings = titled("Greetings from the Ambassador on the national day");
    assertThat(greetings.published()).isEqualTo(LocalDate.of(2021, 8, 2));
    assertThat(greetings.dateEstimated()).isTrue();
  }

  @Test
  void an_item_page_gives_section_date_and_legacy_path() {
    importer.run(SITE);

    Message statement = titled("Foreign Minister Elena Varga's statement on the maritime boundary talks, Lisbon, September 14, 2020");
    assertThat(statement.section()).isEqualTo(Section.named("PRESS RELEASES AND NEWS"));
    assertThat(statement.published()).isEqualTo(LocalDate.of(2020, 9, 14));
    assertThat(statement.dateEstimated()).isFalse();
    assertThat(statement.legacyPaths()).containsExactly("/press/6443?lang=en");
    assertThat(store.messageForLegacyPath("/press/6443?lang=en")).contains(statement.number());
    assertThat(titled("Regatta week: the embassy team finishes third").section()).isEqualTo(Section.NEWS);
  }

  @Test
  void messages_of_one_day_keep_the_order_the_site_listed_them_in_across_pages() {
    importer.run(SITE);

    // The archive lists credentials before the yacht; the home page the yacht before the condolences.
    assertThat(store.all().stream().filter(m -> m.published().equals(LocalDate.of(2021, 7, 10))).map(Message::title))
        .containsExactly(
            "Ambassador presents credentials to the President of Portugal",
            "Ministry statement on the rescue of the yacht Gaivota",
            "Embassy opens a book of condolences");
    assertThat(store.all().stream().filter(m -> m.published().equals(LocalDate.of(2021, 7, 22))).map(Message::title))
        .containsExactly(
            "Statement on the reopening of the consular section in Porto",
            "Foreign Minister Elena Varga's remarks at the Atlantic Fisheries Forum, Porto, July 21, 2021");
  }

  @Test
  void the_newest_masthead_is_saved_with_counters_shown_from_when_pages_first_lacked_them() {
    importer.run(SITE);

    Masthead masthead = store.masthead().orElseThrow();
    assertThat(masthead.contact().orElseThrow().email()).isEqualTo("consul@marrovia-embassy.example");
    assertThat(masthead.counters()).extracting(Counter::eventDate, Counter::shownFrom).containsExactly(
        // the item page of 15 September 2020 shows no counter: the first was not shown yet
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 6, 8), LocalDate.of(2020, 9, 16)),
        // the home page of 24 July 2021 shows only the first
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 4, 19), LocalDate.of(2021, 7, 25)));
  }

  @Test
  void a_counter_seen_on_one_page_only_is_shown_from_its_event() {
    importer.run(List.of(Fixtures.path("home-2021-07-25.txt")));

    assertThat(store.masthead().orElseThrow().counters()).extracting(Counter::shownFrom)
        .containsExactly(LocalDate.of(2020, 6, 8), LocalDate.of(2021, 4, 19));
  }

  @Test
  void importing_the_same_files_again_writes_nothing() {
    importer.run(SITE);
    long lastChange = store.lastChange();
    Map<Long, Message> before = store.byNumber();
    Optional<Masthead> masthead = store.masthead();

    List<Path> reversed = new ArrayList<>(SITE);
    java.util.Collections.reverse(reversed);
    ImportReport again = importer.run(reversed);

    assertThat(again.summaryLine()).isEqualTo("Imported 4 files: 0 new, 0 updated, 11 unchanged, 0 failed");
    assertThat(store.lastChange()).isEqualTo(lastChange);
    assertThat(store.byNumber()).isEqualTo(before);
    assertThat(store.masthead()).isEqualTo(masthead);
  }

  @Test
  void importing_pages_one_at_a_time_gives_the_same_messages_as_all_at_once() {
    MemoryMessageStore oneByOne = new MemoryMessageStore();
    for (Path page : SITE) {
      new Importer(oneByOne).run(List.of(page));
    }
    importer.run(SITE);

    assertThat(oneByOne.all()).extracting(Message::titleKey, Message::published, Message::dateEstimated)
        .containsExactlyInAnyOrderElementsOf(store.all().stream()
            .map(m -> org.assertj.core.groups.Tuple.tuple(m.titleKey(), m.published(), m.dateEstimated())).toList());
  }

  @Test
  void a_file_that_fails_midway_changes_nothing_and_the_others_go_in() {
    FailingStore failing = new FailingStore("Regatta");
    List<Path> files = new ArrayList<>(SITE);
    files.add(Fixtures.path("empty.txt"));

    ImportReport report = new Importer(failing).run(files);

    assertThat(report.summaryLine()).isEqualTo("Imported 5 files: 9 new, 0 updated, 0 unchanged, 2 failed");
    assertThat(report.hasFailures()).isTrue();
    assertThat(report.files().get(2).error()).contains("src/test/resources/ingest/item-2020-09-15.txt:31: "
        + "could not store \"Regatta week: the embassy team finishes third\": disk full");
    assertThat(report.files().get(4).error()).contains("src/test/resources/ingest/empty.txt:1: "
        + "empty file: expected a snapshot page starting with a date such as \"25 July 2021\"");
    assertThat(failing.memory.titles())
        .as("the item page's own message was added before the regatta failed, and rolled back with it")
        .noneMatch(t -> t.contains("maritime boundary"))
        .contains("Statement on the reopening of the consular section in Porto");
  }

  @Test
  void a_counter_too_big_for_a_number_fails_its_file_and_the_others_go_in(@TempDir Path dir) throws Exception {
    Path huge = Files.writeString(dir.resolve("huge.txt"), "25 July 2021\nLisbon: 09:15\n\n"
        + "99999999999999999999 days have passed since the raid\n\nTitle\n\nBody.\n");
    List<Path> files = new ArrayList<>(SITE);
    files.add(1, huge);

    ImportReport report = importer.run(files);

    assertThat(report.summaryLine()).isEqualTo("Imported 5 files: 11 new, 0 updated, 0 unchanged, 1 failed");
    assertThat(report.files().get(1).error()).contains(huge + ":4: impossible counter "
        + "\"99999999999999999999 days have passed since the raid\": expected at most 6 digits of days, "
        + "counting back to no earlier than the year 1000");
  }

  @Test
  void a_bug_while_reading_one_file_fails_that_file_and_the_others_go_in() {
    Importer buggy = new Importer(store, file -> {
      if (file.endsWith("item-2020-09-15.txt")) {
        throw new IllegalStateException("parser bug");
      }
      return Snapshot.read(file);
    });

    ImportReport report = buggy.run(SITE);

    assertThat(report.files().get(2).error()).contains(
        "src/test/resources/ingest/item-2020-09-15.txt:1: could not read the page: java.lang.IllegalStateException: parser bug");
    assertThat(report.failed()).isEqualTo(1);
    assertThat(store.titles()).contains("Statement on the reopening of the consular section in Porto")
        .noneMatch(t -> t.contains("maritime boundary"));
  }

  @Test
  void a_url_line_is_stored_in_the_one_spelling_whatever_the_page_wrote(@TempDir Path dir) throws Exception {
    String page = "25 July 2021\nLisbon: 09:15\n\nStatement on the harbour dues\n\nThe board raised the dues.\n";
    Path plain = Files.writeString(dir.resolve("plain.txt"),
        "URL: https://old.example/press/\u0441\u0442\u0430\u0442\u044c\u044f/\n" + page);
    Path escaped = Files.writeString(dir.resolve("escaped.txt"),
        "URL: /press/%d1%81%d1%82%d0%b0%d1%82%d1%8c%d1%8f\n" + page);

    importer.run(List.of(plain, escaped));

    Message statement = titled("Statement on the harbour dues");
    assertThat(statement.legacyPaths()).containsExactly("/press/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F");
    assertThat(store.messageForLegacyPath("/press/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F")).contains(statement.number());
  }

  @Test
  void a_failure_in_the_final_step_fails_every_file_and_leaves_the_store_as_it_was() {
    importer.run(List.of(Fixtures.path("home-2021-07-24.txt")));
    long lastChange = store.lastChange();
    Map<Long, Message> before = store.byNumber();
    Optional<Masthead> masthead = store.masthead();
    ForwardingMessageStore failing = new ForwardingMessageStore(store) {
      @Override
      protected MessageWriter writer(MessageWriter writer) {
        return new ForwardingWriter(writer) {
          @Override
          public void saveMasthead(Masthead m) {
            throw new IllegalStateException("disk full");
          }
        };
      }
    };
    List<Path> files = new ArrayList<>(SITE);
    files.add(Fixtures.path("empty.txt"));

    ImportReport report = new Importer(failing).run(files);

    assertThat(report.summaryLine()).isEqualTo("Imported 5 files: 0 new, 0 updated, 0 unchanged, 5 failed");
    assertThat(report.hasFailures()).isTrue();
    assertThat(report.files().get(0).error()).contains("src/test/resources/ingest/home-2021-07-25.txt:1: not imported: "
        + "the run's final step (saving the masthead) failed, so nothing of the run was stored: disk full");
    assertThat(report.files().get(3).error()).contains("src/test/resources/ingest/archive-page-46.txt:1: not imported: "
        + "the run's final step (saving the masthead) failed, so nothing of the run was stored: disk full");
    assertThat(report.files().get(4).error()).contains("src/test/resources/ingest/empty.txt:1: "
        + "empty file: expected a snapshot page starting with a date such as \"25 July 2021\"");
    assertThat(report.files()).allSatisfy(f -> assertThat(f.main()).isEmpty());
    assertThat(store.lastChange()).isEqualTo(lastChange);
    assertThat(store.byNumber()).isEqualTo(before);
    assertThat(store.masthead()).isEqualTo(masthead);
  }

  private Message titled(String title) {
    List<Message> found = store.all().stream().filter(m -> m.titleKey().equals(Text.comparisonKey(title))).toList();
    assertThat(found).as("messages titled %s", title).hasSize(1);
    return found.get(0);
  }
}

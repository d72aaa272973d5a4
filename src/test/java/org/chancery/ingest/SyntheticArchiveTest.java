package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.content.Block;
import org.chancery.content.Body;
import org.chancery.content.ForwardingMessageStore;
import org.chancery.content.Kind;
import org.chancery.content.LegacyPath;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.Speaker;
import org.chancery.content.TitleEvent;
import org.chancery.storage.Database;
import org.chancery.storage.JdbcMessageStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synthetic archive: the same for a seed, shaped like a press office's, fit for the store. */
class SyntheticArchiveTest {

  private static final int SIZE = 2_000;
  private static List<Message> archive;

  @BeforeAll
  static void make() {
    archive = SyntheticArchive.endingOn(SyntheticArchive.LAST_DAY, SIZE, 7).stream().toList();
  }

  @Test
  void the_same_seed_makes_the_same_messages_and_another_seed_others() {
    List<Message> again = SyntheticArchive.endingOn(SyntheticArchive.LAST_DAY, SIZE, 7).stream().toList();
    List<Message> other = SyntheticArchive.endingOn(SyntheticArchive.LAST_DAY, SIZE, 8).stream().limit(50).toList();

    assertThat(again).as("the same seed, the same titles, bodies, dates and all").isEqualTo(archive);
    assertThat(other).extracting(Message::title).doesNotContainAnyElementsOf(titles(archive.subList(0, 50)));
  }

  @Test
  void it_holds_as_many_messages_as_asked_all_new_to_the_store() {
    assertThat(archive).hasSize(SIZE);
    assertThat(archive).allSatisfy(m -> {
      assertThat(m.number()).isZero();
      assertThat(m.translationOf()).isEmpty();
    });
  }

  @Test
  void four_in_five_are_in_english_and_one_in_five_in_russian_in_cyrillic() {
    List<Message> russian = archive.stream().filter(m -> m.language().equals("ru")).toList();

    assertThat(russian.size() / (double) SIZE).isCloseTo(0.2, within(0.03));
    assertThat(archive).extracting(Message::language).containsOnly("en", "ru");
    assertThat(russian).allSatisfy(m -> {
      assertThat(m.title()).containsPattern("\\p{IsCyrillic}").doesNotContainPattern("[A-Za-z]");
      assertThat(String.join(" ", m.body().paragraphs())).doesNotContainPattern("[A-Za-z]");
    });
  }

  @Test
  void russian_words_stand_in_many_inflected_forms() {
    Set<String> forms = new HashSet<>();
    Matcher word = Pattern.compile("\\b(соглашени|сотрудничеств|встреч)\\p{IsCyrillic}*").matcher("");
    for (Message m : archive) {
      if (m.language().equals("ru")) {
        word.reset(String.join(" ", m.body().paragraphs()).toLowerCase());
        while (word.find()) {
          forms.add(word.group());
        }
      }
    }
    assertThat(forms).as("declined: a search for one form must stem to find the others")
        .contains("соглашение", "соглашения", "соглашению", "соглашением", "соглашении", "соглашений",
            "сотрудничество", "сотрудничества", "сотрудничеству", "сотрудничеством", "сотрудничестве",
            "встреча", "встречи", "встрече", "встречу", "встречей", "встреч");
  }

  @Test
  void english_words_are_varied_some_in_most_messages_and_many_in_few() {
    Map<String, Integer> messagesWith = new HashMap<>();
    List<Message> english = archive.stream().filter(m -> m.language().equals("en")).toList();
    for (Message m : english) {
      Set<String> words = new HashSet<>(List.of(String.join(" ", m.body().paragraphs()).toLowerCase().split("[^a-z-]+")));
      words.forEach(w -> messagesWith.merge(w, 1, Integer::sum));
    }

    assertThat(messagesWith).as("a vocabulary of a few thousand words").hasSizeGreaterThan(2_500);
    assertThat(messagesWith.get("government")).as("the commonest noun").isGreaterThan(english.size() / 2);
    long rare = messagesWith.values().stream().filter(n -> n < english.size() / 50).count();
    assertThat(rare).as("words in fewer than 2 % of the messages").isGreaterThan(1_000);
  }

  @Test
  void kinds_come_in_a_press_offices_proportions() {
    Map<Kind, Integer> counts = new HashMap<>();
    archive.forEach(m -> counts.merge(m.kind(), 1, Integer::sum));

    SyntheticMessages.KIND_SHARES.forEach((kind, percent) ->
        assertThat(counts.getOrDefault(kind, 0) * 100.0 / SIZE).as(kind.label()).isCloseTo(percent, within(3.0)));
  }

  @Test
  void english_titles_name_their_kind_in_the_words_the_importer_reads() {
    assertThat(archive).filteredOn(m -> m.language().equals("en"))
        .allSatisfy(m -> assertThat(Kind.fromTitle(m.title())).as(m.title()).isEqualTo(m.kind()));
  }

  @Test
  void titles_are_40_to_160_characters_and_some_end_in_the_events_place_and_date() {
    assertThat(archive).allSatisfy(m -> assertThat(m.title().length()).as(m.title()).isBetween(40, 160));

    List<Message> withEvents = archive.stream().filter(m -> m.event().date().isPresent()).toList();
    List<String> cities = Cast.load().cities.stream()
        .flatMap(c -> java.util.stream.Stream.of(c.english(), c.russian().form(RussianWords.Case.NOM, false))).toList();
    assertThat(withEvents.size() / (double) SIZE).isBetween(0.15, 0.4);
    assertThat(withEvents).allSatisfy(m -> {
      assertThat(m.event()).isEqualTo(TitleEvent.of(m.title()));
      assertThat(m.event().place()).as(m.title()).isPresent();
      assertThat(cities).contains(m.event().place().get());
      assertThat(m.event().date().get()).isBetween(m.published().minusDays(3), m.published());
    });
  }

  @Test
  void transcripts_have_6_to_80_turns_of_speakers_from_the_pool() {
    Set<String> pool = new HashSet<>();
    SyntheticArchive.speakers().forEach(s -> pool.add(s.key()));
    List<Message> transcripts = archive.stream().filter(m -> m.body().isTranscript()).toList();

    assertThat(transcripts.size() / (double) SIZE).as("news conferences, interviews, most remarks").isCloseTo(0.21, within(0.04));
    assertThat(pool).as("200 people, each named in English and in Russian").hasSize(400);
    Set<String> heard = new HashSet<>();
    for (Message m : transcripts) {
      List<Block.Turn> turns = m.body().blocks().stream()
          .filter(b -> b instanceof Block.Turn).map(b -> (Block.Turn) b).toList();
      assertThat(turns.size()).as(m.title()).isBetween(6, 80);
      for (Block.Turn turn : turns) {
        assertThat(turn.paragraphs().size()).as(m.title()).isBetween(1, 4);
        heard.add(turn.speaker().key());
      }
      assertThat(turns.stream().anyMatch(t -> t.speaker().equals(Speaker.QUESTION))).as(m.title()).isTrue();
    }
    Set<String> anonymous = Set.of(Speaker.QUESTION.key(), Speaker.ANSWER.key());
    assertThat(heard).as("the questioner, the answerer and people of the pool").containsAll(anonymous);
    heard.removeAll(anonymous);
    assertThat(pool).containsAll(heard);
    assertThat(heard).as("many of the pool speak").hasSizeGreaterThan(100);
    assertThat(archive).filteredOn(m -> m.kind() == Kind.NEWS_CONFERENCE || m.kind() == Kind.INTERVIEW)
        .allSatisfy(m -> assertThat(m.body().isTranscript()).isTrue());
  }

  @Test
  void other_bodies_have_3_to_40_paragraphs_most_of_them_short() {
    List<Message> plain = archive.stream().filter(m -> !m.body().isTranscript()).toList();

    assertThat(plain).allSatisfy(m -> assertThat(m.body().blocks().size()).isBetween(3, 40));
    double mean = plain.stream().mapToInt(m -> m.body().blocks().size()).average().orElseThrow();
    assertThat(mean).isBetween(8.0, 14.0);
  }

  @Test
  void days_run_oldest_first_with_dense_ranks_and_several_messages_a_day() {
    SyntheticArchive synthetic = SyntheticArchive.endingOn(SyntheticArchive.LAST_DAY, SIZE, 7);
    Message previous = null;
    for (Message m : archive) {
      assertThat(m.published()).isBetween(synthetic.firstDay(), synthetic.lastDay());
      if (previous != null && previous.published().equals(m.published())) {
        assertThat(m.dayOrder()).as("ranks of a day count up from 0").isEqualTo(previous.dayOrder() + 1);
      } else {
        assertThat(m.dayOrder()).isZero();
        assertThat(previous == null || previous.published().isBefore(m.published())).isTrue();
      }
      previous = m;
    }
    long days = archive.stream().map(Message::published).distinct().count();
    assertThat(SIZE / (double) days).as("messages a day that has any").isBetween(3.0, 5.0);
    assertThat(synthetic.lastDay()).isEqualTo(SyntheticArchive.LAST_DAY);
    assertThat(archive.get(SIZE - 1).published()).isEqualTo(SyntheticArchive.LAST_DAY);
  }

  @Test
  void an_archive_spreads_over_fifteen_years_at_most_and_starts_where_asked() {
    SyntheticArchive big = SyntheticArchive.endingOn(SyntheticArchive.LAST_DAY, 100_000, 1);
    SyntheticArchive appended = SyntheticArchive.startingOn(LocalDate.of(2026, 1, 1), 30, 1);

    assertThat(big.firstDay()).isEqualTo(LocalDate.of(2011, 1, 1));
    assertThat(appended.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(appended.stream().map(Message::published)).allSatisfy(day -> assertThat(day).isAfterOrEqualTo(appended.firstDay()));
  }

  @Test
  void messages_are_made_as_they_are_read_never_held_together() {
    // Five million messages would not fit in the test's memory; the first few are made at once.
    List<Message> first = SyntheticArchive.endingOn(SyntheticArchive.LAST_DAY, SyntheticArchive.MAX_MESSAGES, 3)
        .stream().limit(3).toList();

    assertThat(first).hasSize(3);
  }

  @Test
  void a_quarter_of_the_messages_have_a_legacy_path_each_its_own_in_its_stored_spelling() {
    List<String> paths = archive.stream().flatMap(m -> m.legacyPaths().stream()).toList();

    assertThat(paths.size() / (double) SIZE).isCloseTo(0.25, within(0.04));
    assertThat(paths).doesNotHaveDuplicates().allSatisfy(p -> assertThat(LegacyPath.normalise(p)).isEqualTo(p));
    assertThat(paths).anySatisfy(p -> assertThat(p).startsWith("/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/"));
  }

  @Test
  void messages_are_filed_in_nine_sections_and_each_has_a_lead_for_lists() {
    assertThat(archive.stream().map(Message::section).distinct())
        .containsExactlyInAnyOrderElementsOf(SyntheticArchive.sections());
    assertThat(SyntheticArchive.sections()).hasSize(9);
    assertThat(archive).allSatisfy(m -> assertThat(m.listLead()).isNotBlank());
  }

  @Test
  void a_body_reads_back_the_same_from_its_text_as_the_console_edits_it() {
    // No paragraph may look like a turn's opening: the console parses the text an editor saves.
    assertThat(archive).allSatisfy(m -> assertThat(Body.of(m.body().paragraphs())).as(m.title()).isEqualTo(m.body()));
  }

  @Test
  void messages_are_stored_a_thousand_a_transaction_with_the_sections_first_in_menu_order() {
    AtomicInteger transactions = new AtomicInteger();
    MessageStore counted = new ForwardingMessageStore(new MemoryMessageStore()) {
      @Override
      public <T> T write(Function<MessageWriter, T> work) {
        transactions.incrementAndGet();
        return super.write(work);
      }
    };

    SyntheticArchive.Summary summary =
        SyntheticArchive.endingOn(SyntheticArchive.LAST_DAY, 2_500, 11).writeTo(counted, ProgressListener.NONE);

    assertThat(transactions.get()).isEqualTo(3);
    assertThat(summary.messages()).isEqualTo(2_500);
    assertThat(counted.allSections()).isEqualTo(SyntheticArchive.sections());
  }

  @Test
  void every_message_reads_back_from_sqlite_as_it_was_made(@TempDir Path dir) {
    SyntheticArchive synthetic = SyntheticArchive.endingOn(SyntheticArchive.LAST_DAY, 300, 11);
    try (Database database = Database.openDataDirectory(dir)) {
      JdbcMessageStore store = new JdbcMessageStore(database, Clock.systemUTC());

      synthetic.writeTo(store, ProgressListener.NONE);

      long number = 0;
      for (Message made : synthetic) {
        number++;
        assertThat(store.message(number, SyntheticArchive.LAST_DAY)).contains(made.withNumber(number));
      }
      assertThat(store.allSections()).as("in menu order").isEqualTo(SyntheticArchive.sections());
    }
  }

  @Test
  void the_summary_counts_what_was_stored_and_progress_steps_once_a_message() {
    HeardProgress progress = new HeardProgress();
    SyntheticArchive synthetic = SyntheticArchive.endingOn(SyntheticArchive.LAST_DAY, 200, 5);
    List<Message> made = synthetic.stream().toList();

    SyntheticArchive.Summary summary = synthetic.writeTo(new MemoryMessageStore(), progress);

    assertThat(progress.heard).hasSize(201).startsWith("started 200");
    assertThat(progress.heard.get(200)).isEqualTo(made.get(199).published().toString());
    long russian = made.stream().filter(m -> m.language().equals("ru")).count();
    long transcripts = made.stream().filter(m -> m.body().isTranscript()).count();
    assertThat(summary.summaryLine()).isEqualTo("Generated 200 messages (" + (200 - russian) + " in English, " + russian
        + " in Russian; " + transcripts + " transcripts), " + synthetic.firstDay() + " to 2025-12-31");
  }

  private static List<String> titles(List<Message> messages) {
    return messages.stream().map(Message::title).toList();
  }
}

package org.chancery.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.content.ArchivePage;
import org.chancery.content.Block;
import org.chancery.content.Body;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.Contact;
import org.chancery.content.Masthead;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.Section;
import org.chancery.content.Speaker;
import org.chancery.content.StoreChange;
import org.chancery.content.Withdrawal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageStore} must do. Run against the in-memory fake as well as SQLite and
 * PostgreSQL, so that the fake the other packages test with and the real store agree.
 */
abstract class MessageStoreContract {

  static final LocalDate TODAY = LocalDate.of(2021, 7, 25);

  MessageStore store;

  /** A new, empty store. */
  abstract MessageStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  Message add(Message message) {
    return store.write(w -> w.add(message));
  }

  List<Long> numbers(ArchivePage page) {
    return page.messages().stream().map(Message::number).toList();
  }

  @Test
  void a_message_reads_back_with_every_field() {
    Message added = add(Fixtures.transcript());

    assertThat(added.number()).isEqualTo(1);
    assertThat(added).isEqualTo(Fixtures.transcript().withNumber(1));
    assertThat(store.message(1, TODAY)).contains(added);
    assertThat(store.archive(ArchiveRequest.allMessages(1, TODAY)).messages()).containsExactly(added);
    List<Message> titled = store.write(w -> w.messagesTitled(added.titleKey()));
    assertThat(titled).containsExactly(added);
  }

  @Test
  void a_message_with_no_event_no_lead_and_no_legacy_paths_reads_back_the_same() {
    Message added = add(Fixtures.simple("Statement on the talks", LocalDate.of(2021, 1, 2)));

    assertThat(added.event().place()).isEmpty();
    assertThat(store.message(added.number(), TODAY)).contains(added);
  }

  @Test
  void translations_of_a_message_are_those_published_by_today_by_language() {
    Message original = add(Fixtures.simple("Statement on the talks", LocalDate.of(2021, 7, 1)));
    Message russian = add(Fixtures.simple("Заявление о переговорах", LocalDate.of(2021, 7, 2))
        .withTranslationOf(Optional.of(original.number())).withLanguage("ru"));
    Message french = add(Fixtures.simple("Déclaration sur les pourparlers", LocalDate.of(2021, 7, 3))
        .withTranslationOf(Optional.of(original.number())).withLanguage("fr"));
    add(Fixtures.simple("Déclaration à venir", TODAY.plusDays(1)).withTranslationOf(Optional.of(original.number())));
    add(Fixtures.simple("Unrelated", LocalDate.of(2021, 7, 4)));

    assertThat(store.translations(original.number(), TODAY)).containsExactly(french, russian);
    assertThat(store.translations(russian.number(), TODAY)).isEmpty();
    assertThat(store.message(russian.number(), TODAY).orElseThrow().translationOf()).contains(original.number());
  }

  @Test
  void speakers_are_everyone_who_speaks_once_each_in_name_order() {
    add(Fixtures.transcript());
    add(Fixtures.simple("Briefing", LocalDate.of(2021, 7, 2)).withBody(new Body(List.of(
        new Block.Turn(new Speaker("Ambassador Ilse Varga"), List.of("Good morning.")),
        new Block.Turn(new Speaker("Spokesperson Arno Tal"), List.of("Questions, please."))))));

    assertThat(store.speakers()).extracting(Speaker::name)
        .containsExactly("Ambassador Ilse Varga", "Question", "Spokesperson Arno Tal");
  }

  @Test
  void a_writer_reads_a_stored_message_whatever_its_date_but_not_a_removed_one() {
    Message future = add(Fixtures.simple("Still to come", TODAY.plusDays(3)));
    Message gone = add(Fixtures.simple("Published in error", TODAY));
    store.write(w -> {
      w.remove(gone.number());
      return null;
    });

    assertThat(stored(future.number())).contains(future);
    assertThat(stored(gone.number())).isEmpty();
    assertThat(stored(999)).isEmpty();
  }

  private Optional<Message> stored(long number) {
    return store.write(w -> w.stored(number));
  }

  @Test
  void the_change_log_names_each_message_changed_in_order() {
    Message first = add(Fixtures.simple("First", TODAY));
    Message second = add(Fixtures.simple("Second", TODAY));
    long before = store.lastChange();
    store.write(w -> {
      w.update(first.withLead("A new lead."));
      w.withdraw(second.number(), new Withdrawal(Instant.parse("2021-07-25T10:00:00Z"), "Overtaken."));
      w.saveMasthead(Fixtures.masthead());
      return null;
    });

    List<StoreChange> changes = store.changesSince(before, 10);
    assertThat(changes).extracting(StoreChange::message)
        .containsExactly(Optional.of(first.number()), Optional.of(second.number()), Optional.empty());
    assertThat(changes).extracting(StoreChange::seq).isSorted().last().isEqualTo(store.lastChange());
    assertThat(store.changesSince(before, 2)).hasSize(2);
    assertThat(store.changesSince(store.lastChange(), 10)).isEmpty();
    StoreChange last = changes.get(changes.size() - 1);
    assertThat(store.change(last.seq())).contains(last);
    assertThat(store.change(last.seq() + 1)).isEmpty();
    assertThat(changes).extracting(StoreChange::at).isSorted();
  }

  @Test
  void searchable_messages_are_stored_ones_neither_withdrawn_nor_removed_whatever_their_date() {
    Message kept = add(Fixtures.simple("Kept", TODAY));
    Message future = add(Fixtures.simple("Still to come", TODAY.plusDays(30)));
    Message withdrawn = add(Fixtures.simple("Withdrawn", TODAY));
    Message removed = add(Fixtures.simple("Removed", TODAY));
    store.write(w -> {
      w.withdraw(withdrawn.number(), new Withdrawal(Instant.parse("2021-07-25T10:00:00Z"), "Overtaken."));
      w.remove(removed.number());
      return null;
    });

    assertThat(store.searchable(kept.number())).contains(kept);
    assertThat(store.searchable(future.number())).contains(future);
    assertThat(store.searchable(withdrawn.number())).isEmpty();
    assertThat(store.searchable(removed.number())).isEmpty();
    assertThat(store.searchableAfter(0, 10)).containsExactly(kept, future);
    assertThat(store.searchableAfter(kept.number(), 1)).containsExactly(future);
  }

  @Test
  void numbers_are_assigned_from_one_across_writes() {
    List<Long> numbers = store.write(w -> List.of(
        w.add(Fixtures.simple("One", TODAY)).number(),
        w.add(Fixtures.simple("Two", TODAY)).number()));
    long third = add(Fixtures.simple("Three", TODAY)).number();

    assertThat(numbers).containsExactly(1L, 2L);
    assertThat(third).isEqualTo(3);
  }

  @Test
  void the_archive_lists_newest_first_by_date_then_day_order_then_number() {
    store.write(w -> {
      w.add(Fixtures.simple("Old", LocalDate.of(2021, 7, 1)));                        // 1
      w.add(Fixtures.simple("Late on the 20th", LocalDate.of(2021, 7, 20)).withDayOrder(2)); // 2
      w.add(Fixtures.simple("Early on the 20th", LocalDate.of(2021, 7, 20)).withDayOrder(1)); // 3
      w.add(Fixtures.simple("Tie A", LocalDate.of(2021, 7, 20)).withDayOrder(2));     // 4
      w.add(Fixtures.simple("Newest", LocalDate.of(2021, 7, 24)));                    // 5
      return null;
    });

    ArchivePage page = store.archive(ArchiveRequest.allMessages(1, TODAY));

    assertThat(numbers(page)).containsExactly(5L, 4L, 2L, 3L, 1L);
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.pageCount()).isEqualTo(1);
  }

  @Test
  void a_message_published_after_today_is_not_there_yet() {
    add(Fixtures.simple("Yesterday", TODAY.minusDays(1)));
    add(Fixtures.simple("Today", TODAY));
    add(Fixtures.simple("Tomorrow", TODAY.plusDays(1)));

    assertThat(store.message(2, TODAY)).map(Message::title).contains("Today");
    assertThat(store.message(3, TODAY)).isEmpty();
    assertThat(store.message(3, TODAY.plusDays(1))).map(Message::title).contains("Tomorrow");
    assertThat(store.message(99, TODAY)).isEmpty();
    assertThat(numbers(store.archive(ArchiveRequest.allMessages(1, TODAY)))).containsExactly(2L, 1L);
    assertThat(store.archive(ArchiveRequest.allMessages(1, TODAY.minusDays(2))).total()).isZero();
    assertThat(numbers(store.archive(ArchiveRequest.allMessages(1, TODAY.plusDays(1))))).containsExactly(3L, 2L, 1L);
  }

  @Test
  void the_archive_pages_by_ten_and_is_empty_past_the_last_page() {
    store.write(w -> {
      for (int i = 1; i <= 25; i++) {
        w.add(Fixtures.simple("Message " + i, LocalDate.of(2021, 1, 1).plusDays(i)));
      }
      w.add(Fixtures.simple("Scheduled", TODAY.plusDays(3)));
      return null;
    });

    ArchivePage first = store.archive(ArchiveRequest.allMessages(1, TODAY));
    ArchivePage third = store.archive(ArchiveRequest.allMessages(3, TODAY));
    ArchivePage fourth = store.archive(ArchiveRequest.allMessages(4, TODAY));

    assertThat(numbers(first)).containsExactly(25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L);
    assertThat(numbers(store.archive(ArchiveRequest.allMessages(2, TODAY))))
        .containsExactly(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L);
    assertThat(numbers(third)).containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(fourth.messages()).isEmpty();
    assertThat(List.of(first.total(), third.total(), fourth.total())).containsOnly(25L);
    assertThat(first.pageCount()).isEqualTo(3);
    assertThat(fourth.page()).isEqualTo(4);
    assertThat(numbers(store.archive(new ArchiveRequest(Optional.empty(), 2, 7, TODAY))))
        .containsExactly(18L, 17L, 16L, 15L, 14L, 13L, 12L);
  }

  @Test
  void an_empty_archive_has_one_empty_page() {
    ArchivePage page = store.archive(ArchiveRequest.allMessages(1, TODAY));

    assertThat(page.messages()).isEmpty();
    assertThat(page.total()).isZero();
    assertThat(page.pageCount()).isEqualTo(1);
  }

  @Test
  void a_section_archive_lists_only_that_section() {
    store.write(w -> {
      for (int i = 1; i <= 24; i++) {
        Section section = i % 3 == 0 ? Fixtures.STATEMENTS : Fixtures.PRESS;
        w.add(Fixtures.simple("Message " + i, LocalDate.of(2021, 1, 1).plusDays(i), section, 0));
      }
      w.add(Fixtures.simple("Scheduled statement", TODAY.plusDays(1), Fixtures.STATEMENTS, 0));
      return null;
    });

    ArchivePage statements = store.archive(ArchiveRequest.ofSection(Fixtures.STATEMENTS, 1, TODAY));
    ArchivePage press1 = store.archive(ArchiveRequest.ofSection(Fixtures.PRESS, 1, TODAY));
    ArchivePage press2 = store.archive(ArchiveRequest.ofSection(Fixtures.PRESS, 2, TODAY));
    ArchivePage press3 = store.archive(ArchiveRequest.ofSection(Fixtures.PRESS, 3, TODAY));

    assertThat(numbers(statements)).containsExactly(24L, 21L, 18L, 15L, 12L, 9L, 6L, 3L);
    assertThat(statements.total()).isEqualTo(8);
    assertThat(numbers(press1)).containsExactly(23L, 22L, 20L, 19L, 17L, 16L, 14L, 13L, 11L, 10L);
    assertThat(numbers(press2)).containsExactly(8L, 7L, 5L, 4L, 2L, 1L);
    assertThat(press3.messages()).isEmpty();
    assertThat(press3.total()).isEqualTo(16);
    assertThat(press3.pageCount()).isEqualTo(2);
    assertThat(numbers(store.archive(ArchiveRequest.ofSection(Fixtures.STATEMENTS, 1, TODAY.plusDays(1)))))
        .startsWith(25L, 24L);
    assertThat(store.archive(ArchiveRequest.ofSection(new Section("nowhere", "Nowhere"), 1, TODAY)).total()).isZero();
  }

  @Test
  void sections_are_those_holding_a_message_in_menu_order_where_a_new_one_comes_last() {
    add(Fixtures.simple("A", TODAY, Fixtures.STATEMENTS, 0));
    add(Fixtures.simple("B", TODAY.minusDays(5), Fixtures.PRESS, 0));
    add(Fixtures.simple("C", TODAY, Fixtures.STATEMENTS, 0));

    assertThat(store.sections(TODAY)).containsExactly(Fixtures.STATEMENTS, Fixtures.PRESS);
    assertThat(store.allSections()).containsExactly(Fixtures.STATEMENTS, Fixtures.PRESS);
  }

  @Test
  void a_section_whose_messages_are_all_still_to_come_is_not_there_yet() {
    add(Fixtures.simple("Out", TODAY, Fixtures.STATEMENTS, 0));
    add(Fixtures.simple("Scheduled", TODAY.plusDays(5), Fixtures.PRESS, 0));
    add(Fixtures.simple("Later still", TODAY.plusDays(9), Fixtures.PRESS, 0));

    assertThat(store.sections(TODAY.minusDays(1))).isEmpty();
    assertThat(store.sections(TODAY)).containsExactly(Fixtures.STATEMENTS);
    assertThat(store.sections(TODAY.plusDays(4))).containsExactly(Fixtures.STATEMENTS);
    assertThat(store.sections(TODAY.plusDays(5))).containsExactly(Fixtures.STATEMENTS, Fixtures.PRESS);
    assertThat(store.allSections()).as("managed all along").containsExactly(Fixtures.STATEMENTS, Fixtures.PRESS);
  }

  @Test
  void a_section_added_by_hand_is_managed_but_in_the_menu_only_once_a_message_in_it_is_published() {
    long before = store.lastChange();
    store.write(w -> {
      w.addSection(Fixtures.STATEMENTS);
      return null;
    });

    assertThat(store.lastChange()).as("an added section is a change").isEqualTo(before + 1);
    assertThat(store.allSections()).containsExactly(Fixtures.STATEMENTS);
    assertThat(store.sections(TODAY)).isEmpty();

    add(Fixtures.simple("Scheduled", TODAY.plusDays(2), Fixtures.STATEMENTS, 0));
    assertThat(store.sections(TODAY)).isEmpty();
    add(Fixtures.simple("Out", TODAY, Fixtures.STATEMENTS, 0));
    assertThat(store.sections(TODAY)).containsExactly(Fixtures.STATEMENTS);
    assertThat(store.allSections()).containsExactly(Fixtures.STATEMENTS);
  }

  @Test
  void adding_a_section_whose_slug_is_taken_is_refused_and_changes_nothing() {
    add(Fixtures.simple("A", TODAY, Fixtures.STATEMENTS, 0));
    long before = store.lastChange();

    assertThatThrownBy(() -> store.write(w -> {
      w.addSection(new Section("statements", "Other statements"));
      return null;
    })).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a section with the slug 'statements' exists already");

    assertThat(store.allSections()).containsExactly(Fixtures.STATEMENTS);
    assertThat(store.lastChange()).isEqualTo(before);
  }

  @Test
  void a_rename_shows_in_the_menu_and_on_every_message_of_the_section_at_once() {
    Message first = add(Fixtures.simple("First", TODAY.minusDays(2), Fixtures.PRESS, 0));
    Message statement = add(Fixtures.simple("Statement", TODAY.minusDays(1), Fixtures.STATEMENTS, 0));
    Message second = add(Fixtures.simple("Second", TODAY, Fixtures.PRESS, 0));
    Message scheduled = add(Fixtures.simple("Scheduled", TODAY.plusDays(3), Fixtures.PRESS, 0));
    long before = store.lastChange();
    Section renamed = new Section(Fixtures.PRESS.slug(), "Press releases");

    store.write(w -> {
      w.renameSection(renamed);
      return null;
    });

    assertThat(store.lastChange()).as("a rename is one change").isEqualTo(before + 1);
    assertThat(store.sections(TODAY)).containsExactly(renamed, Fixtures.STATEMENTS);
    assertThat(store.allSections()).containsExactly(renamed, Fixtures.STATEMENTS);
    assertThat(store.message(first.number(), TODAY)).contains(first.withSection(renamed));
    assertThat(store.message(second.number(), TODAY)).contains(second.withSection(renamed));
    assertThat(store.message(scheduled.number(), TODAY.plusDays(3))).contains(scheduled.withSection(renamed));
    assertThat(store.message(statement.number(), TODAY)).as("another section's message").contains(statement);
    assertThat(store.archive(ArchiveRequest.ofSection(renamed, 1, TODAY)).messages())
        .extracting(Message::section).containsOnly(renamed);
    assertThat(numbers(store.archive(ArchiveRequest.ofSection(renamed, 1, TODAY))))
        .as("a rename moves nothing").containsExactly(second.number(), first.number());
  }

  @Test
  void a_message_written_under_an_old_name_is_stored_under_the_managed_name() {
    Message first = add(Fixtures.simple("First", TODAY, Fixtures.PRESS, 0));
    Section renamed = new Section(Fixtures.PRESS.slug(), "Press releases");
    store.write(w -> {
      w.renameSection(renamed);
      return null;
    });

    Message added = add(Fixtures.simple("Imported again", TODAY, Fixtures.PRESS, 0));
    store.write(w -> {
      w.update(first.withLead("Changed"));
      return null;
    });

    assertThat(added.section()).as("add returns the message as stored").isEqualTo(renamed);
    assertThat(store.message(added.number(), TODAY)).map(Message::section).contains(renamed);
    assertThat(store.message(first.number(), TODAY)).contains(first.withLead("Changed").withSection(renamed));
    assertThat(store.allSections()).containsExactly(renamed);
  }

  @Test
  void renaming_a_section_that_is_not_there_is_refused() {
    assertThatThrownBy(() -> store.write(w -> {
      w.renameSection(new Section("nowhere", "Nowhere"));
      return null;
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("no section with the slug 'nowhere' to rename");
    assertThat(store.allSections()).isEmpty();
  }

  @Test
  void reordering_puts_the_menu_in_that_order_and_anything_but_every_section_once_is_refused() {
    add(Fixtures.simple("News", TODAY));
    add(Fixtures.simple("Press", TODAY, Fixtures.PRESS, 0));
    add(Fixtures.simple("Statement", TODAY, Fixtures.STATEMENTS, 0));
    long before = store.lastChange();

    store.write(w -> {
      w.reorderSections(List.of("statements", "news", "press-releases"));
      return null;
    });
    assertThat(store.lastChange()).isEqualTo(before + 1);
    assertThat(store.allSections()).containsExactly(Fixtures.STATEMENTS, Section.NEWS, Fixtures.PRESS);
    assertThat(store.sections(TODAY)).containsExactly(Fixtures.STATEMENTS, Section.NEWS, Fixtures.PRESS);

    store.write(w -> {
      w.reorderSections(List.of("news", "statements", "press-releases"));
      return null;
    });
    assertThat(store.sections(TODAY)).containsExactly(Section.NEWS, Fixtures.STATEMENTS, Fixtures.PRESS);
    add(Fixtures.simple("Another", TODAY, new Section("visits", "Visits"), 0));
    assertThat(store.allSections()).extracting(Section::slug)
        .containsExactly("news", "statements", "press-releases", "visits");

    for (List<String> wrong : List.of(List.of("news", "statements", "press-releases"),
        List.of("news", "news", "statements", "press-releases"), List.of("news", "statements", "press-releases", "x"))) {
      assertThatThrownBy(() -> store.write(w -> {
        w.reorderSections(wrong);
        return null;
      })).as("%s", wrong).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must name every section once");
    }
    assertThat(store.allSections()).extracting(Section::slug)
        .containsExactly("news", "statements", "press-releases", "visits");
  }

  @Test
  void section_changes_roll_back_with_their_transaction() {
    add(Fixtures.simple("Press", TODAY, Fixtures.PRESS, 0));
    add(Fixtures.simple("Statement", TODAY, Fixtures.STATEMENTS, 0));
    long before = store.lastChange();

    assertThatThrownBy(() -> store.write(w -> {
      w.renameSection(new Section("statements", "Comments"));
      w.reorderSections(List.of("statements", "press-releases"));
      w.addSection(new Section("visits", "Visits"));
      w.add(Fixtures.simple("In a new section", TODAY, new Section("briefings", "Briefings"), 0));
      throw new IllegalStateException("the import failed on line 3");
    })).hasMessage("the import failed on line 3");

    assertThat(store.allSections()).containsExactly(Fixtures.PRESS, Fixtures.STATEMENTS);
    assertThat(store.message(2, TODAY)).map(Message::section).contains(Fixtures.STATEMENTS);
    assertThat(store.lastChange()).isEqualTo(before);

    store.write(w -> {
      try {
        w.allOrNothing(() -> {
          w.add(Fixtures.simple("Undone", TODAY, new Section("briefings", "Briefings"), 0));
          throw new IllegalStateException("undone");
        });
      } catch (IllegalStateException expected) {
        // the unit is undone, with the section it brought
      }
      return null;
    });
    assertThat(store.allSections()).containsExactly(Fixtures.PRESS, Fixtures.STATEMENTS);
  }

  @Test
  void a_legacy_path_finds_its_message() {
    add(Fixtures.simple("Other", TODAY));
    add(Fixtures.transcript());

    assertThat(store.messageForLegacyPath("/fnapr/6443")).contains(2L);
    assertThat(store.messageForLegacyPath("/apress_arh/&start=501&ps=10&ppp=15")).contains(2L);
    assertThat(store.messageForLegacyPath("/fnapr/6444")).isEmpty();
  }

  @Test
  void messages_titled_finds_every_spelling_of_a_title_published_or_not() {
    add(Fixtures.simple("Comment on \"the talks\" \u2013 Vienna", TODAY.plusDays(10)));
    add(Fixtures.simple("Something else", TODAY));
    add(Fixtures.simple("COMMENT ON \u201cTHE TALKS\u201d - VIENNA", TODAY));

    List<Long> found = store.write(w -> w.messagesTitled("comment on the talks-vienna").stream()
        .map(Message::number).toList());

    assertThat(found).containsExactly(1L, 3L);
  }

  @Test
  void an_update_replaces_the_message_and_moves_it_in_the_archives() {
    add(Fixtures.simple("First", LocalDate.of(2021, 7, 1), Fixtures.PRESS, 0));
    Message second = add(Fixtures.simple("Second", LocalDate.of(2021, 7, 2), Fixtures.PRESS, 0));
    add(Fixtures.simple("Third", LocalDate.of(2021, 7, 3), Fixtures.PRESS, 0));

    Message moved = second.withPublished(LocalDate.of(2021, 7, 10), true).withSection(Fixtures.STATEMENTS)
        .withLegacyPaths(List.of("/fnapr/1")).withLead("New lead");
    store.write(w -> {
      w.update(moved);
      return null;
    });

    assertThat(store.message(2, TODAY)).contains(moved);
    assertThat(numbers(store.archive(ArchiveRequest.allMessages(1, TODAY)))).containsExactly(2L, 3L, 1L);
    assertThat(numbers(store.archive(ArchiveRequest.ofSection(Fixtures.PRESS, 1, TODAY)))).containsExactly(3L, 1L);
    assertThat(numbers(store.archive(ArchiveRequest.ofSection(Fixtures.STATEMENTS, 1, TODAY)))).containsExactly(2L);
    assertThat(store.messageForLegacyPath("/fnapr/1")).contains(2L);
    assertThat(store.sections(TODAY)).containsExactly(Fixtures.PRESS, Fixtures.STATEMENTS);
  }

  @Test
  void updating_a_message_that_is_not_there_is_refused() {
    Message ghost = Fixtures.simple("Ghost", TODAY).withNumber(7);

    assertThatThrownBy(() -> store.write(w -> {
      w.update(ghost);
      return null;
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("no message number 7 to update");
  }

  @Test
  void a_masthead_is_saved_with_clocks_contact_and_counters_and_replaced_by_the_next() {
    assertThat(store.masthead()).isEmpty();

    store.write(w -> {
      w.saveMasthead(Fixtures.masthead());
      return null;
    });
    assertThat(store.masthead()).contains(Fixtures.masthead());

    Masthead plain = Masthead.plain(ZoneId.of("Europe/Moscow"));
    store.write(w -> {
      w.saveMasthead(plain);
      return null;
    });
    assertThat(store.masthead()).contains(plain);

    Masthead noEmail = new Masthead(Fixtures.VIENNA, List.of(),
        Optional.of(new Contact("Consular Section:", "+43 1 000", "")), List.of(), Optional.empty());
    store.write(w -> {
      w.saveMasthead(noEmail);
      return null;
    });
    assertThat(store.masthead()).contains(noEmail);
  }

  @Test
  void a_masthead_keeps_the_instant_of_the_page_it_was_read_from() {
    Masthead seen = Fixtures.masthead();
    Masthead unseen = new Masthead(seen.homeZone(), seen.clocks(), seen.contact(), seen.counters(), Optional.empty());
    store.write(w -> {
      w.saveMasthead(seen);
      return null;
    });
    assertThat(store.masthead().flatMap(Masthead::seenAt)).contains(Instant.parse("2021-07-24T08:05:00Z"));
    assertThat(store.masthead()).contains(seen);

    store.write(w -> {
      w.saveMasthead(unseen);
      return null;
    });
    assertThat(store.masthead()).contains(unseen);
  }

  @Test
  void messages_on_a_day_are_every_message_of_that_day_newest_first_published_or_not() {
    LocalDate later = TODAY.plusDays(3);
    store.write(w -> {
      w.add(Fixtures.simple("Low", later).withDayOrder(0));                     // 1
      w.add(Fixtures.simple("High", later).withDayOrder(5));                    // 2
      w.add(Fixtures.simple("Other day", later.minusDays(1)).withDayOrder(9)); // 3
      w.add(Fixtures.transcript().withPublished(later, false).withDayOrder(0)); // 4
      w.add(Fixtures.simple("Next day", later.plusDays(1)));                   // 5
      return null;
    });

    List<Message> on = store.write(w -> w.messagesOn(later));

    assertThat(on).extracting(Message::number).containsExactly(2L, 4L, 1L);
    assertThat(on.get(1)).isEqualTo(Fixtures.transcript().withPublished(later, false).withDayOrder(0).withNumber(4));
    List<Message> none = store.write(w -> w.messagesOn(TODAY.minusYears(5)));
    assertThat(none).isEmpty();
  }

  @Test
  void a_write_returns_what_its_work_returns() {
    String result = store.write(w -> "done");
    assertThat(result).isEqualTo("done");
  }

  @Test
  void every_committed_change_counts_once() {
    assertThat(store.lastChange()).isZero();

    Message first = store.write(w -> {
      Message m = w.add(Fixtures.simple("One", TODAY));
      w.add(Fixtures.simple("Two", TODAY));
      return m;
    });
    assertThat(store.lastChange()).isEqualTo(2);

    store.write(w -> {
      w.update(first.withLead("Changed"));
      w.saveMasthead(Fixtures.masthead());
      return null;
    });
    assertThat(store.lastChange()).isEqualTo(4);
  }

  @Test
  void a_write_that_throws_leaves_nothing_behind() {
    add(Fixtures.simple("Kept", TODAY));
    long before = store.lastChange();

    assertThatThrownBy(() -> store.write(w -> {
      w.add(Fixtures.transcript());
      w.saveMasthead(Fixtures.masthead());
      w.update(Fixtures.simple("Kept, changed", TODAY).withNumber(1));
      throw new IllegalStateException("the import failed on line 12");
    })).isInstanceOf(IllegalStateException.class).hasMessage("the import failed on line 12");

    assertThat(store.lastChange()).isEqualTo(before);
    assertThat(store.message(1, TODAY)).map(Message::title).contains("Kept");
    assertThat(store.message(2, TODAY)).isEmpty();
    assertThat(store.masthead()).isEmpty();
    assertThat(store.messageForLegacyPath("/fnapr/6443")).isEmpty();
    assertThat(store.archive(ArchiveRequest.allMessages(1, TODAY)).total()).isEqualTo(1);
    assertThat(store.sections(TODAY)).containsExactly(Section.NEWS);
    assertThat(add(Fixtures.simple("Next", TODAY)).number()).as("a rolled-back number is given again").isEqualTo(2);
  }

  @Test
  void all_or_nothing_undoes_only_its_own_unit() {
    List<String> caught = new ArrayList<>();
    store.write(w -> {
      w.add(Fixtures.simple("Before", TODAY));
      try {
        w.allOrNothing(() -> {
          w.add(Fixtures.transcript());
          w.saveMasthead(Fixtures.masthead());
          throw new IllegalArgumentException("bad file");
        });
      } catch (IllegalArgumentException e) {
        caught.add(e.getMessage());
      }
      long kept = w.allOrNothing(() -> w.add(Fixtures.simple("Inside a unit", TODAY)).number());
      w.add(Fixtures.simple("After", TODAY));
      return kept;
    });

    assertThat(caught).containsExactly("bad file");
    assertThat(numbers(store.archive(ArchiveRequest.allMessages(1, TODAY)))).containsExactly(3L, 2L, 1L);
    assertThat(store.message(2, TODAY)).map(Message::title).contains("Inside a unit");
    assertThat(store.masthead()).isEmpty();
    assertThat(store.messageForLegacyPath("/fnapr/6443")).isEmpty();
    assertThat(store.lastChange()).isEqualTo(3);
  }
}

package org.chancery.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 30,000 messages added out of date order in one write: the deepest page is as right as the first. */
class LargeArchiveTest {

  static final int COUNT = 30_000;
  static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  static final LocalDate TODAY = FIRST_DAY.plusDays(COUNT);

  @TempDir
  Path dir;

  @Test
  void page_1_and_page_3000_of_30000_messages_hold_the_right_messages() {
    List<Integer> days = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      days.add(i / 5); // five a day, so day order and number decide within a day
    }
    Collections.shuffle(days, new Random(7));

    try (Database database = Database.openDataDirectory(dir)) {
      JdbcMessageStore store = new JdbcMessageStore(database, Clock.systemUTC());
      List<Message> added = store.write(w -> {
        List<Message> all = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
          int day = days.get(i);
          all.add(w.add(Fixtures.simple("Message " + i, FIRST_DAY.plusDays(day),
              i % 4 == 0 ? Fixtures.STATEMENTS : Fixtures.PRESS, i % 3)));
        }
        return all;
      });
      List<Message> newestFirst = added.stream().sorted(MemoryMessageStore.NEWEST_FIRST).toList();
      List<Message> statements = newestFirst.stream().filter(m -> m.section().equals(Fixtures.STATEMENTS)).toList();

      ArchivePage first = store.archive(ArchiveRequest.allMessages(1, TODAY));
      ArchivePage last = store.archive(ArchiveRequest.allMessages(3_000, TODAY));
      ArchivePage lastOfStatements = store.archive(ArchiveRequest.ofSection(Fixtures.STATEMENTS, 750, TODAY));

      assertThat(first.messages()).isEqualTo(newestFirst.subList(0, 10));
      assertThat(last.messages()).isEqualTo(newestFirst.subList(COUNT - 10, COUNT));
      assertThat(last.total()).isEqualTo(COUNT);
      assertThat(last.pageCount()).isEqualTo(3_000);
      assertThat(store.archive(ArchiveRequest.allMessages(3_001, TODAY)).messages()).isEmpty();
      assertThat(lastOfStatements.messages()).isEqualTo(statements.subList(7_490, 7_500));
      assertThat(lastOfStatements.total()).isEqualTo(7_500);

      // An old message arriving later takes position 1: a page of its own at the end, the rest unchanged.
      Message late = store.write(w -> w.add(Fixtures.simple("Late arrival", FIRST_DAY.minusDays(1))));
      assertThat(store.archive(ArchiveRequest.allMessages(3_001, TODAY)).messages()).containsExactly(late);
      assertThat(store.archive(ArchiveRequest.allMessages(3_000, TODAY)).messages())
          .isEqualTo(newestFirst.subList(COUNT - 10, COUNT));
      assertThat(store.archive(ArchiveRequest.allMessages(1, TODAY)).messages()).isEqualTo(newestFirst.subList(0, 10));
    }
  }
}

package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.site.PageText.assertLinesInOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.chancery.content.Body;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.Withdrawal;
import org.junit.jupiter.api.Test;

/** A withdrawn message keeps its page under a notice; a removed one answers 410 Gone. */
class WithdrawnAndRemovedTest {

  private final MemoryMessageStore store = SiteFixtures.storeWith(3);
  private final Message statement = SiteFixtures.add(store, Message.create(SiteFixtures.PRESS_RELEASES,
      "Statement on the ferry timetable", LocalDate.of(2021, 7, 24), Body.of(List.of("The timetable is published.")))
      .withLegacyPaths(List.of("/fnapr/77")));

  @Test
  void a_withdrawn_message_shows_when_and_why_it_was_withdrawn() {
    store.write(w -> {
      w.withdraw(statement.number(),
          new Withdrawal(Instant.parse("2021-07-24T22:30:00Z"), "The timetable was changed by the <b>operator</b>."));
      return null;
    });
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      assertLinesInOrder(List.of(
          "Statement on the ferry timetable",
          // 22:30 UTC is 00:30 on 25 July in Vienna, the home zone.
          "This message was withdrawn on 25 July 2021: The timetable was changed by the <b>operator</b>.",
          "The timetable is published."), site.lines(statement.path()));
      assertThat(site.get(statement.path()).body()).doesNotContain("<b>operator</b>");
    }
  }

  @Test
  void a_removed_message_answers_410_at_its_path_and_its_old_path_and_leaves_the_lists() {
    store.write(w -> {
      w.remove(statement.number());
      return null;
    });
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      assertThat(site.get(statement.path()).statusCode()).isEqualTo(410);
      assertThat(site.get("/messages/" + statement.number()).statusCode()).isEqualTo(410);
      assertThat(site.get("/fnapr/77").statusCode()).isEqualTo(410);
      assertThat(PageText.linesOf(site.get(statement.path()).body())).contains("Message removed");
      assertThat(site.lines("/archive")).noneMatch(line -> line.contains("ferry timetable"));
    }
  }
}

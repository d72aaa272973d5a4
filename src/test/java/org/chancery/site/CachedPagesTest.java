package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.chancery.content.Body;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.MutableClock;
import org.junit.jupiter.api.Test;

/** Cached pages must never show a stale minute, nor miss a change to the store for more than 100 ms. */
class CachedPagesTest {

  private final MemoryMessageStore store = SiteFixtures.storeWith(3);
  private final MutableClock clock = new MutableClock(SiteFixtures.JUST_AFTER_MIDNIGHT);

  @Test
  void the_masthead_moves_on_when_the_minute_turns() {
    try (TestSite site = TestSite.start(store, clock, SiteFixtures.settings())) {
      assertThat(site.lines("/")).contains("Vienna: 00:34");
      clock.advance(Duration.ofSeconds(59));
      assertThat(site.lines("/")).contains("Vienna: 00:34");
      clock.advance(Duration.ofSeconds(1));
      assertThat(site.lines("/")).contains("Vienna: 00:35").doesNotContain("Vienna: 00:34");
    }
  }

  @Test
  void a_change_to_the_store_shows_within_a_tenth_of_a_second() throws InterruptedException {
    try (TestSite site = TestSite.start(store, clock, SiteFixtures.settings())) {
      assertThat(site.lines("/archive")).noneMatch(line -> line.contains("ferry timetable"));
      SiteFixtures.add(store, Message.create(SiteFixtures.PRESS_RELEASES, "Statement on the ferry timetable",
          LocalDate.of(2021, 7, 24), Body.of(List.of("The timetable is published."))));
      // The site reads the store's last change at most every 100 ms; past that it must see this one.
      Thread.sleep(150);

      assertThat(site.lines("/archive")).contains("24.07.2021 - Statement on the ferry timetable");
    }
  }
}

package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.content.Audits.SET_UP;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishingTimerTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  @Test
  void the_timer_publishes_a_due_edition_without_anyone_asking() throws InterruptedException {
    MutableClock clock = new MutableClock(NOW);
    Publisher publisher = new Publisher(clock);
    MemoryEditionStore editions = new MemoryEditionStore(new MemoryMessageStore());
    Newsroom newsroom = new Newsroom(editions, publisher, clock);
    Account writer = new Account(1, "wanda", Role.WRITER);
    Account editor = new Account(2, "ed", Role.EDITOR);
    Message text = Message.create(Section.NEWS, "Statement", LocalDate.of(2026, 11, 20), Body.of(List.of("Text.")));
    long number = newsroom.draft(text, writer, SET_UP).messageNumber();
    newsroom.submit(number, 1, writer, SET_UP);
    newsroom.schedule(number, 1, editor, NOW.plusSeconds(60), SET_UP);
    clock.advance(Duration.ofMinutes(2));

    try (PublishingTimer timer = PublishingTimer.start(
        new ScheduledPublishing(editions, publisher, clock), Duration.ofMillis(20))) {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (editions.edition(number, 1).orElseThrow().state() != EditionState.PUBLISHED
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    }

    assertThat(editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.PUBLISHED);
    assertThat(editions.messages().message(number, LocalDate.of(2026, 11, 20))).isPresent();
  }

  @Test
  void an_interval_of_zero_is_refused() {
    ScheduledPublishing nothing = new ScheduledPublishing(new MemoryEditionStore(new MemoryMessageStore()),
        new Publisher(new MutableClock(NOW)), new MutableClock(NOW));

    assertThatThrownBy(() -> PublishingTimer.start(nothing, Duration.ZERO))
        .hasMessage("the interval of chancery-scheduled-publishing must be positive, got PT0S");
  }
}

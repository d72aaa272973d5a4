package org.chancery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.content.Audits.SET_UP;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.chancery.content.Account;
import org.chancery.content.Body;
import org.chancery.content.Message;
import org.chancery.content.Newsroom;
import org.chancery.content.Publisher;
import org.chancery.content.PublishingTimer;
import org.chancery.content.Revision;
import org.chancery.content.Role;
import org.chancery.content.Section;
import org.chancery.storage.Database;
import org.chancery.storage.JdbcEditionStore;
import org.chancery.storage.JdbcMessageStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve` publishes scheduled editions on its own, with nobody visiting the site. */
class ScheduledPublishingWiringTest {

  @TempDir
  Path dir;

  @Test
  void an_edition_scheduled_for_a_time_now_past_goes_live_without_a_visit() throws InterruptedException {
    // Approved yesterday by the editors, for an hour later: by now its time has come.
    Clock yesterday = Clock.fixed(Instant.now().minusSeconds(86_400), ZoneOffset.UTC);
    Account writer = new Account(1, "wanda", Role.WRITER);
    Account editor = new Account(2, "ed", Role.EDITOR);
    try (Database database = Database.openDataDirectory(dir)) {
      Newsroom newsroom = new Newsroom(new JdbcEditionStore(database, yesterday), new Publisher(yesterday), yesterday);
      Revision draft = newsroom.draft(Message.create(Section.NEWS, "Statement on the new consulate",
          LocalDate.now(ZoneOffset.UTC).minusDays(1), Body.of(List.of("The consulate opens today."))), writer, SET_UP);
      long number = draft.content().number();
      newsroom.submit(number, 1, writer, SET_UP);
      newsroom.schedule(number, 1, editor, yesterday.instant().plusSeconds(3_600), SET_UP);
      JdbcMessageStore site = new JdbcMessageStore(database, Clock.systemUTC());
      assertThat(site.message(number, LocalDate.now(ZoneOffset.UTC))).as("not live before the timer runs").isEmpty();

      try (PublishingTimer timer = Chancery.scheduledPublishing(database)) {
        // The timer runs at once when started; give it up to ten seconds on a busy machine.
        for (int i = 0; i < 100 && site.message(number, LocalDate.now(ZoneOffset.UTC)).isEmpty(); i++) {
          Thread.sleep(100);
        }
      }

      assertThat(site.message(number, LocalDate.now(ZoneOffset.UTC)))
          .map(Message::title).contains("Statement on the new consulate");
    }
  }
}

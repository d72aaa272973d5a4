package org.chancery.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Body;
import org.chancery.content.Contact;
import org.chancery.content.Counter;
import org.chancery.content.Masthead;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.WorldClock;

/**
 * Invented content for the site's tests: the press office of the Embassy of the Republic of
 * Valdoria, whose home zone is Vienna's and whose masthead also shows Lisbon's time.
 */
final class SiteFixtures {

  static final ZoneId HOME = ZoneId.of("Europe/Vienna");
  /** 00:34 on 25 July 2021 in Vienna, while it is still 23:34 on 24 July in Lisbon. */
  static final Instant JUST_AFTER_MIDNIGHT = Instant.parse("2021-07-24T22:34:00Z");
  static final LocalDate TODAY = LocalDate.of(2021, 7, 25);

  static final Section PRESS_RELEASES = new Section("press-releases", "Press releases");
  static final Section INTERVIEWS = new Section("interviews", "Interviews");

  static final String COUNTER_HARBOUR =
      "{days} days have passed since the closure of the Port of Merrow - no answer from the harbour authority";
  static final String COUNTER_ARCHIVE =
      "{days} days have passed since the archive of the Valdorian mission was sealed - no explanation given";

  private SiteFixtures() {}

  static SiteSettings settings() {
    return SiteSettings.english("Embassy of the Republic of Valdoria", HOME);
  }

  static Masthead masthead() {
    return new Masthead(HOME,
        List.of(new WorldClock("Vienna", HOME), new WorldClock("Lisbon", ZoneId.of("Europe/Lisbon"))),
        Optional.of(new Contact("Consular queries:", "+43 (0) 1 555 0199", "consular@valdoria.example")),
        List.of(
            new Counter(LocalDate.of(2018, 3, 4), COUNTER_HARBOUR, LocalDate.of(2018, 11, 1), Optional.empty()),
            new Counter(LocalDate.of(2018, 3, 12), COUNTER_ARCHIVE, LocalDate.of(2018, 11, 1), Optional.empty())),
        Optional.empty());
  }

  /** A store with the masthead and {@code count} news messages, one a day, the newest on 23 July 2021. */
  static MemoryMessageStore storeWith(int count) {
    MemoryMessageStore store = new MemoryMessageStore();
    store.write(w -> {
      w.saveMasthead(masthead());
      for (Message message : news(count)) {
        w.add(message);
      }
      return null;
    });
    return store;
  }

  /** News number i (from 1, oldest) published i-1 days after the first, so the last is 23 July 2021. */
  static List<Message> news(int count) {
    List<Message> messages = new ArrayList<>();
    LocalDate first = LocalDate.of(2021, 7, 23).minusDays(count - 1);
    for (int i = 1; i <= count; i++) {
      messages.add(Message.create(PRESS_RELEASES, "Press release " + i + " on the Merrow ferry service",
          first.plusDays(i - 1), Body.of(List.of("Lead of release " + i + ": the ferry runs again.",
              "Second paragraph of release " + i + "."))));
    }
    return messages;
  }

  /** An interview with two questions, published on {@code published}. */
  static Message interview(LocalDate published) {
    return Message.create(INTERVIEWS,
        "Ambassador Ilse Varga's interview with the Merrow Courier, Vienna, July 20, 2021",
        published,
        Body.of(List.of(
            "The ambassador spoke to the newspaper about the ferry and the archive.",
            "Question: Are you expecting the ferry service to resume this summer?",
            "Ilse Varga: We are. The timetable is ready and the crews are trained.",
            "The first crossing is planned for August.",
            "Question: And the archive?",
            "Ilse Varga: The third challenge: the seals are still in place. We keep asking.")));
  }

  static Message add(MemoryMessageStore store, Message message) {
    return store.write(w -> w.add(message));
  }
}

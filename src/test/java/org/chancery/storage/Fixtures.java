package org.chancery.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Block;
import org.chancery.content.Body;
import org.chancery.content.Contact;
import org.chancery.content.Counter;
import org.chancery.content.Kind;
import org.chancery.content.Masthead;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.Speaker;
import org.chancery.content.TitleEvent;
import org.chancery.content.WorldClock;

/** Messages and mastheads for storage tests; every field set to something recognisable. */
final class Fixtures {

  static final Section PRESS = new Section("press-releases", "Press releases and news");
  static final Section STATEMENTS = new Section("statements", "Statements");
  static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

  private Fixtures() {}

  /** A plain one-paragraph message in the news section. */
  static Message simple(String title, LocalDate published) {
    return Message.create(Section.NEWS, title, published, new Body(List.of(new Block.Paragraph("About " + title + "."))));
  }

  static Message simple(String title, LocalDate published, Section section, int dayOrder) {
    return simple(title, published).withSection(section).withDayOrder(dayOrder);
  }

  /** A transcript with every field of a message set, none to its default. */
  static Message transcript() {
    Body body = new Body(List.of(
        new Block.Paragraph("The Ambassador answered questions from the press."),
        new Block.Turn(Speaker.QUESTION, List.of("What comes next?")),
        new Block.Turn(new Speaker("Ambassador Ilse Varga"), List.of("We keep talking.", "And we listen.")),
        new Block.Turn(Speaker.QUESTION, List.of("When?")),
        new Block.Turn(new Speaker("Ambassador Ilse Varga"), List.of("Soon.")),
        new Block.Paragraph("To be continued...")));
    return new Message(0, PRESS, Kind.INTERVIEW,
        "Ambassador Ilse Varga's interview with \u201cDaily Courier\u201d, Vienna, April 14, 2020",
        LocalDate.of(2020, 4, 15), true, 3,
        new TitleEvent(Optional.of("Vienna"), Optional.of(LocalDate.of(2020, 4, 14))),
        "de", body, "The Ambassador on what comes next.",
        List.of("/fnapr/6443", "/apress_arh/&start=501&ps=10&ppp=15"), Optional.of(99L));
  }

  static Masthead masthead() {
    return new Masthead(VIENNA,
        List.of(new WorldClock("Vienna", VIENNA), new WorldClock("London", ZoneId.of("Europe/London"))),
        Optional.of(new Contact("Consular queries:", "+43 1 000 00 00", "consular@example.org")),
        List.of(
            new Counter(LocalDate.of(2018, 3, 4), "{days} days have passed since the incident",
                LocalDate.of(2018, 10, 1), Optional.empty()),
            new Counter(LocalDate.of(2019, 1, 1), "{days} days since the treaty", LocalDate.of(2019, 2, 1),
                Optional.of(LocalDate.of(2020, 12, 31)))),
        Optional.of(Instant.parse("2021-07-24T08:05:00Z")));
  }
}

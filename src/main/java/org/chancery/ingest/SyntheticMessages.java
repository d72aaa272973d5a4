package org.chancery.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chancery.content.Block;
import org.chancery.content.Body;
import org.chancery.content.Kind;
import org.chancery.content.LegacyPath;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.Speaker;
import org.chancery.content.TitleEvent;

/**
 * Makes one message of a synthetic archive from its seed: its language, kind, section, title
 * (perhaps ending in the event's place and date), lead, body (paragraphs, or a transcript's
 * speaker turns) and perhaps a path on an earlier site. Each message depends only on the
 * archive's seed and its own index, its day and its rank in the day.
 */
final class SyntheticMessages {

  static final double RUSSIAN_SHARE = 0.2;
  static final int SHORTEST_TITLE = 40;
  static final int LONGEST_TITLE = 160;

  /** How often each kind comes, in per cent: what a press office publishes most is short. */
  static final Map<Kind, Integer> KIND_SHARES = Map.of(
      Kind.STATEMENT, 17, Kind.COMMENT, 20, Kind.PRESS_RELEASE, 18, Kind.NEWS_CONFERENCE, 7,
      Kind.INTERVIEW, 9, Kind.REMARKS, 8, Kind.ADDRESS, 5, Kind.ARTICLE, 5, Kind.MESSAGE, 11);

  private static final Kind[] KINDS = kindsByShare();

  static final Section STATEMENTS = new Section("statements-and-comments", "Statements and comments");
  static final Section NEWS = new Section("press-releases-and-news", "Press releases and news");
  static final Section INTERVIEWS = new Section("interviews-and-articles", "Interviews and articles");
  static final Section BRIEFINGS = new Section("news-conferences-and-briefings", "News conferences and briefings");
  static final Section SPEECHES = new Section("speeches-and-addresses", "Speeches and addresses");
  static final Section BILATERAL = new Section("bilateral-relations", "Bilateral relations");
  static final Section CONSULAR = new Section("consular-information", "Consular information");
  static final Section ECONOMY = new Section("economy-and-trade", "Economy and trade");
  static final Section CULTURE = new Section("culture-and-education", "Culture and education");

  /** The sections in menu order. */
  static final List<Section> SECTIONS =
      List.of(STATEMENTS, NEWS, INTERVIEWS, BRIEFINGS, SPEECHES, BILATERAL, CONSULAR, ECONOMY, CULTURE);

  private static final DateTimeFormatter LEGACY_ID = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final Cast cast;
  private final Zipf<Cast.Person> people;
  private final Prose english;
  private final Prose russian;

  SyntheticMessages(Cast cast, Prose english, Prose russian) {
    this.cast = cast;
    // Some people speak far more often than others: the ambassador, the spokesperson.
    this.people = new Zipf<>(cast.people);
    this.english = english;
    this.russian = russian;
  }

  List<Speaker> speakers() {
    return cast.speakers();
  }

  /** The {@code index}th message of the archive of {@code seed}: published on {@code day}, ranked {@code dayOrder}. */
  Message message(long seed, long index, LocalDate day, int dayOrder) {
    Dice dice = new Dice(Dice.seedOf(seed, index));
    Prose prose = dice.chance(RUSSIAN_SHARE) ? russian : english;
    Kind kind = KINDS[dice.between(0, KINDS.length - 1)];
    Cast.Person person = people.draw(dice);
    String title = title(prose, kind, dice, person, day);
    boolean transcript = kind == Kind.NEWS_CONFERENCE || kind == Kind.INTERVIEW
        || (kind == Kind.REMARKS && dice.chance(0.6));
    Body body = transcript ? transcript(prose, kind, dice, person) : paragraphs(prose, dice, person);
    String lead = dice.chance(transcript ? 0.4 : 0.7) ? prose.paragraph(dice, person, 1, 2) : "";
    return new Message(0, section(kind, dice), kind, title, day, false, dayOrder, TitleEvent.of(title),
        prose.language(), body, lead, legacyPaths(prose, dice, day, dayOrder), Optional.empty());
  }

  /**
   * A title of 40 to 160 characters; transcripts and speeches often end with the event's place and
   * date, ", Velgrad, March 3, 2014", which the site reads back as the event.
   */
  private String title(Prose prose, Kind kind, Dice dice, Cast.Person person, LocalDate day) {
    boolean onTheSpot = kind == Kind.NEWS_CONFERENCE || kind == Kind.REMARKS || kind == Kind.ADDRESS
        || kind == Kind.INTERVIEW;
    String event = dice.chance(onTheSpot ? 0.6 : 0.12)
        ? prose.titleEvent(dice.oneOf(cast.cities), day.minusDays(dice.skewed(0, 3, 2)))
        : "";
    String title = "";
    for (int attempt = 0; attempt < 30; attempt++) {
      title = prose.title(kind, dice, person);
      int length = title.length() + event.length();
      if (length >= SHORTEST_TITLE && length <= LONGEST_TITLE) {
        return title + event;
      }
    }
    // Thirty draws all too short or too long: lengthen the last one, or cut it at a word.
    while (title.length() + event.length() < SHORTEST_TITLE) {
      title += prose.titleTail(dice);
    }
    if (title.length() + event.length() > LONGEST_TITLE) {
      int cut = title.lastIndexOf(' ', LONGEST_TITLE - event.length());
      title = title.substring(0, cut > 0 ? cut : LONGEST_TITLE - event.length());
    }
    return title + event;
  }

  /** 3 to 40 paragraphs, most statements short. */
  private static Body paragraphs(Prose prose, Dice dice, Cast.Person person) {
    int count = dice.skewed(3, 40, 3);
    List<Block> blocks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      blocks.add(new Block.Paragraph(prose.paragraph(dice, person, 1, 5)));
    }
    return new Body(blocks);
  }

  /**
   * 6 to 80 turns of 1 to 4 paragraphs: perhaps opening remarks, then questions and answers. The
   * answers are the person's, named or as "Answer"; at a news conference a guest answers some.
   */
  private Body transcript(Prose prose, Kind kind, Dice dice, Cast.Person person) {
    int turns = dice.skewed(6, 80, 2.5);
    Speaker host = prose.speaker(person);
    Speaker answering = dice.chance(0.6) ? host : prose.answerer();
    Cast.Person guest = other(person, dice);
    List<Block> blocks = new ArrayList<>(turns + 1);
    if (kind == Kind.INTERVIEW && dice.chance(0.3)) {
      blocks.add(new Block.Paragraph(prose.paragraph(dice, person, 1, 2)));
    }
    int made = 0;
    // In their own turns people speak of others, not of themselves by name.
    if (kind != Kind.INTERVIEW && dice.chance(0.8)) {
      blocks.add(turn(host, prose, dice, guest, dice.between(2, 4)));
      made++;
    }
    for (boolean asking = true; made < turns; asking = !asking, made++) {
      if (asking) {
        List<String> question = new ArrayList<>(List.of(prose.question(dice, person)));
        if (dice.chance(0.15)) {
          question.add(prose.question(dice, person));
        }
        blocks.add(new Block.Turn(prose.questioner(), question));
      } else if (kind == Kind.NEWS_CONFERENCE && dice.chance(0.15)) {
        blocks.add(turn(prose.speaker(guest), prose, dice, person, dice.skewed(1, 4, 2)));
      } else {
        blocks.add(turn(answering, prose, dice, guest, dice.skewed(1, 4, 2)));
      }
    }
    return new Body(blocks);
  }

  /** Someone other than {@code person}. */
  private Cast.Person other(Cast.Person person, Dice dice) {
    Cast.Person other = people.draw(dice);
    while (other.equals(person)) {
      other = dice.oneOf(cast.people);
    }
    return other;
  }

  private static Block.Turn turn(Speaker speaker, Prose prose, Dice dice, Cast.Person person, int paragraphs) {
    List<String> said = new ArrayList<>(paragraphs);
    for (int i = 0; i < paragraphs; i++) {
      said.add(prose.paragraph(dice, person, 1, 5));
    }
    return new Block.Turn(speaker, said);
  }

  /** The kind's own section most of the time, else one of the subject sections. */
  private static Section section(Kind kind, Dice dice) {
    if (dice.chance(0.3)) {
      boolean practical = kind == Kind.PRESS_RELEASE || kind == Kind.MESSAGE || kind == Kind.COMMENT;
      return practical ? dice.oneOf(BILATERAL, CONSULAR, ECONOMY, CULTURE) : dice.oneOf(BILATERAL, ECONOMY, CULTURE);
    }
    return switch (kind) {
      case STATEMENT, COMMENT -> STATEMENTS;
      case PRESS_RELEASE, MESSAGE -> NEWS;
      case INTERVIEW, ARTICLE -> INTERVIEWS;
      case NEWS_CONFERENCE, REMARKS -> BRIEFINGS;
      case ADDRESS -> SPEECHES;
    };
  }

  /**
   * A quarter of the messages had a page on the earlier site: "/fnapr/201403120007", its id made
   * of the day and the rank, so no two messages of one archive, or of archives appended after it,
   * share a path.
   */
  private static List<String> legacyPaths(Prose prose, Dice dice, LocalDate day, int dayOrder) {
    if (!dice.chance(0.25)) {
      return List.of();
    }
    String id = LEGACY_ID.format(day) + String.format(Locale.ROOT, "%04d", dayOrder);
    boolean russian = prose.language().equals("ru");
    String path = russian
        ? dice.oneOf("/ru/fnapr/" + id, "/новости/" + id)
        : dice.oneOf("/fnapr/" + id, "/fnapr/" + id, "/press/item.php?id=" + id);
    return List.of(LegacyPath.normalise(path));
  }

  private static Kind[] kindsByShare() {
    List<Kind> kinds = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      for (int i = 0; i < KIND_SHARES.getOrDefault(kind, 0); i++) {
        kinds.add(kind);
      }
    }
    return kinds.toArray(Kind[]::new);
  }
}

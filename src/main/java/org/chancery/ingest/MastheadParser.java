package org.chancery.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.content.Contact;
import org.chancery.content.Counter;
import org.chancery.content.Masthead;
import org.chancery.content.WorldClock;
import org.chancery.ingest.PageLines.Line;

/**
 * Reads the masthead at the top of a snapshot: the date line, the clocks, the contact block and
 * the counters, and works out the instant the page was shown at.
 */
final class MastheadParser {

  /** Any word as the month, so that a month in another language is named as such, not as a layout. */
  private static final Pattern DATE = Pattern.compile("(\\d{1,2}) (\\p{L}+) (\\d{4})");
  private static final Pattern CLOCK = Pattern.compile("(\\p{L}[\\p{L} .'\u2019-]*?) ?: ?(\\d{1,2}):(\\d{2})");
  private static final Pattern PHONE = Pattern.compile("[+(\\d][\\d +().\\-/]*\\d");
  private static final Pattern EMAIL = Pattern.compile("(?i)(?:e-?mail ?: ?)?([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)");
  /** "N days have passed since ...", also the singular "1 day has passed since ...". */
  private static final Pattern COUNTER = Pattern.compile("(\\d+) (?:days have|day has) passed since (\\S.*)");
  /** Several counters share a line, separated by runs of (no-break) spaces. */
  private static final Pattern COUNTER_START = Pattern.compile("\\d+ (?:days have|day has) passed since ");
  private static final int MAX_COUNTER_DIGITS = 6;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** The masthead, the instant, and the index of the first line after the masthead. */
  record Result(Masthead masthead, Instant shownAt, int next) {}

  private final String file;
  private final List<Line> lines;
  private final int lastLine;

  MastheadParser(String file, List<Line> lines, int lastLine) {
    this.file = file;
    this.lines = lines;
    this.lastLine = lastLine;
  }

  /** Reads the masthead starting at {@code start}, the index of its date line. */
  Result parse(int start) throws SnapshotException {
    Line dateLine = lines.get(start);
    LocalDate date = date(dateLine);
    int i = start + 1;
    List<WorldClock> clocks = new ArrayList<>();
    List<LocalTime> times = new ArrayList<>();
    List<Line> clockLines = new ArrayList<>();
    while (i < lines.size() && CLOCK.matcher(lines.get(i).text()).matches()) {
      Line line = lines.get(i++);
      Matcher m = CLOCK.matcher(line.text());
      m.matches();
      String city = m.group(1);
      ZoneId zone = CityZones.of(city).orElseThrow(() -> new SnapshotException(file, line.number(),
          "unknown city \"" + city + "\" in clock \"" + line.text()
              + "\": expected a capital such as London or a city that names a time zone, such as Lisbon for Europe/Lisbon"));
      int hour = Integer.parseInt(m.group(2));
      int minute = Integer.parseInt(m.group(3));
      if (hour > 23 || minute > 59) {
        throw new SnapshotException(file, line.number(),
            "impossible time in clock \"" + line.text() + "\": expected HH:MM from 00:00 to 23:59");
      }
      clocks.add(new WorldClock(city, zone));
      times.add(LocalTime.of(hour, minute));
      clockLines.add(line);
    }
    if (clocks.isEmpty()) {
      throw i < lines.size()
          ? new SnapshotException(file, lines.get(i).number(),
              "expected a clock such as \"London: 23:34\" after the masthead date, found \"" + clip(lines.get(i).text()) + "\"")
          : truncated("a clock such as \"London: 23:34\" after the masthead date");
    }
    Instant shownAt = instant(date, clocks, times, clockLines);

    Optional<Contact> contact = Optional.empty();
    if (i < lines.size() && lines.get(i).text().endsWith(":")) {
      Line label = lines.get(i++);
      if (i >= lines.size()) {
        throw truncated("a phone number after the contact label \"" + label.text() + "\"");
      }
      Line phone = lines.get(i++);
      if (!PHONE.matcher(phone.text()).matches()) {
        throw new SnapshotException(file, phone.number(), "expected a phone number after the contact label \""
            + label.text() + "\", found \"" + clip(phone.text()) + "\"");
      }
      String email = "";
      if (i < lines.size()) {
        Matcher m = EMAIL.matcher(lines.get(i).text());
        if (m.matches()) {
          email = m.group(1);
          i++;
        }
      }
      contact = Optional.of(new Contact(label.text(), phone.text(), email));
    }

    List<Counter> counters = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(shownAt, clocks.get(0).zone());
    while (i < lines.size() && COUNTER_START.matcher(lines.get(i).text()).lookingAt()) {
      counters.addAll(counters(lines.get(i++), today));
    }
    Masthead masthead = new Masthead(clocks.get(0).zone(), clocks, contact, counters, Optional.of(shownAt));
    return new Result(masthead, shownAt, i);
  }

  private LocalDate date(Line line) throws SnapshotException {
    Matcher m = DATE.matcher(line.text());
    if (!m.matches()) {
      throw new SnapshotException(file, line.number(),
          "unknown layout: expected the masthead date such as \"25 July 2021\", found \"" + clip(line.text()) + "\"");
    }
    Month month = month(m.group(2)).orElseThrow(() -> new SnapshotException(file, line.number(),
        "unknown month '" + m.group(2) + "' in the masthead date \"" + clip(line.text())
            + "\": expected an English month name such as \"July\""));
    try {
      return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
    } catch (DateTimeException e) {
      throw new SnapshotException(file, line.number(),
          "impossible date \"" + line.text() + "\": expected a real date such as \"25 July 2021\"");
    }
  }

  /** An English month name in any case ("July", "july", "JULY"). */
  private static Optional<Month> month(String name) {
    return Arrays.stream(Month.values()).filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * The date line is the home zone's date and the first clock is the home clock, so together they
   * name one instant; every other clock must show that instant in its own zone. Around a
   * daylight-saving change a home time can happen twice: the other clocks decide which.
   */
  private Instant instant(LocalDate date, List<WorldClock> clocks, List<LocalTime> times, List<Line> clockLines)
      throws SnapshotException {
    ZoneId home = clocks.get(0).zone();
    LocalDateTime local = LocalDateTime.of(date, times.get(0));
    List<ZoneOffset> offsets = home.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      throw new SnapshotException(file, clockLines.get(0).number(), "the home clock \"" + clockLines.get(0).text()
          + "\" shows a time that does not exist on " + DAY.format(date) + " in " + home
          + " (the clocks went forward): expected a time outside the daylight-saving gap");
    }
    SnapshotException disagreement = null;
    for (ZoneOffset offset : offsets) {
      Instant candidate = local.toInstant(offset);
      disagreement = disagreement(candidate, date, clocks, times, clockLines);
      if (disagreement == null) {
        return candidate;
      }
    }
    throw disagreement;
  }

  private SnapshotException disagreement(Instant at, LocalDate date, List<WorldClock> clocks, List<LocalTime> times,
      List<Line> clockLines) {
    for (int c = 1; c < clocks.size(); c++) {
      LocalTime expected = clocks.get(c).timeAt(at);
      if (!expected.equals(times.get(c))) {
        WorldClock home = clocks.get(0);
        return new SnapshotException(file, clockLines.get(c).number(), "clock \"" + clockLines.get(c).text()
            + "\" disagrees with the date and the home clock: at " + times.get(0) + " on " + DAY.format(date)
            + " in " + home.label() + " (" + home.zone() + ") it is " + expected + " in " + clocks.get(c).label()
            + " (" + clocks.get(c).zone() + ")");
      }
    }
    return null;
  }

  /**
   * The counters on one line. The sentence keeps the words after the number; the number and the
   * page's date give the event date, which is the same on every page that shows the counter.
   */
  private List<Counter> counters(Line line, LocalDate today) throws SnapshotException {
    List<Counter> counters = new ArrayList<>();
    Matcher starts = COUNTER_START.matcher(line.text());
    List<Integer> at = new ArrayList<>();
    while (starts.find()) {
      at.add(starts.start());
    }
    for (int k = 0; k < at.size(); k++) {
      String part = line.text().substring(at.get(k), k + 1 < at.size() ? at.get(k + 1) : line.text().length()).strip();
      Matcher m = COUNTER.matcher(part);
      if (!m.matches()) {
        throw new SnapshotException(file, line.number(),
            "expected a counter such as \"12 days have passed since ...\", found \"" + clip(part) + "\"");
      }
      LocalDate event = eventDate(line, part, m.group(1), today);
      String sentence = Counter.DAYS + " days have passed since " + m.group(2);
      counters.add(new Counter(event, sentence, event, Optional.empty()));
    }
    return counters;
  }

  /**
   * The date a counter counts from. A number beyond six digits, or one that reaches back before
   * the year 1000, is a garbled page rather than an event: reported, not stored as year -273000000.
   */
  private LocalDate eventDate(Line line, String counter, String days, LocalDate today) throws SnapshotException {
    try {
      if (days.length() <= MAX_COUNTER_DIGITS) {
        LocalDate event = today.minusDays(Long.parseLong(days));
        if (event.getYear() >= 1000) {
          return event;
        }
      }
    } catch (NumberFormatException | DateTimeException e) {
      // reported below, like any other impossible count
    }
    throw new SnapshotException(file, line.number(), "impossible counter \"" + clip(counter)
        + "\": expected at most " + MAX_COUNTER_DIGITS + " digits of days, counting back to no earlier than the year 1000");
  }

  private SnapshotException truncated(String expected) {
    return new SnapshotException(file, lastLine, "truncated page: expected " + expected + ", found the end of the file");
  }

  static String clip(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}

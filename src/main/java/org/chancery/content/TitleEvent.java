package org.chancery.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place and date of the event a title names at its end: "..., Vienna, April 14, 2020",
 * "..., 21 April 2021", "..., 12.07.2021". Either part may be missing.
 *
 * @param place the city, or empty when the title names none
 * @param date the day of the event, or empty when the title ends without a date
 */
public record TitleEvent(Optional<String> place, Optional<LocalDate> date) {

  public static final TitleEvent NONE = new TitleEvent(Optional.empty(), Optional.empty());

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?:^|[,\\s])" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*\\.?$");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?:^|[,\\s])(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\s*\\.?$");
  private static final Pattern NUMERIC = Pattern.compile("(?:^|[,\\s])(\\d{2})\\.(\\d{2})\\.(\\d{4})\\s*\\.?$");
  /** One to three capitalised words just before the date, after a comma or a lower-case word. */
  private static final Pattern PLACE =
      Pattern.compile("(?:,\\s*|\\s)((?:\\p{Lu}[\\p{L}-]+)(?:\\s\\p{Lu}[\\p{L}-]+){0,2}),?\\s*$");

  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
      "the", "a", "an", "to", "of", "in", "at", "on", "by", "for", "with", "from", "and", "about", "into");

  public TitleEvent {
    place = place.map(Text::squeeze).filter(p -> !p.isEmpty());
  }

  /** The event a title names; {@link #NONE} when it ends in no date or an impossible one. */
  public static TitleEvent of(String title) {
    String text = Text.squeeze(title);
    for (Pattern pattern : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC}) {
      Matcher m = pattern.matcher(text);
      if (!m.find()) {
        continue;
      }
      Optional<LocalDate> date = toDate(pattern, m);
      if (date.isEmpty()) {
        return NONE;
      }
      String before = text.substring(0, m.start()).stripTrailing();
      return new TitleEvent(placeAtEnd(before), date);
    }
    return NONE;
  }

  private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
    try {
      if (pattern == MONTH_DAY_YEAR) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
      }
      if (pattern == DAY_MONTH_YEAR) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
      }
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 31": not a date, so the title names no event date
    }
  }

  private static Month month(String name) {
    for (Month month : Month.values()) {
      if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(name)) {
        return month;
      }
    }
    throw new IllegalArgumentException("not an English month name: " + name);
  }

  private static Optional<String> placeAtEnd(String before) {
    if (!before.endsWith(",")) {
      return Optional.empty();
    }
    String head = before.substring(0, before.length() - 1);
    Matcher m = PLACE.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String place = m.group(1);
    // A place stands in its own comma-separated part ("..., Vienna, May 3") or after a plain noun
    // ("... programme Vienna, May 3"); after "to the" or "with" the capitals are an object, not a place.
    String rest = head.substring(0, m.start()).stripTrailing();
    boolean afterComma = head.charAt(m.start()) == ',';
    String previousWord = rest.isEmpty() ? "" : rest.substring(rest.lastIndexOf(' ') + 1);
    boolean afterNoun = !previousWord.isEmpty()
        && Character.isLowerCase(previousWord.codePointAt(0))
        && !FUNCTION_WORDS.contains(previousWord);
    return afterComma || afterNoun ? Optional.of(place) : Optional.empty();
  }
}

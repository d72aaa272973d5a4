package org.chancery.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A masthead counter: "1234 days have passed since ...". The number is the count of days from
 * the event's date to today's date in the home zone.
 *
 * @param eventDate the day the counting starts from
 * @param sentence the sentence, with {@value #DAYS} where the number goes
 * @param shownFrom the first day on which the counter is shown
 * @param shownUntil the last day on which it is shown, or empty to show it from then on
 */
public record Counter(LocalDate eventDate, String sentence, LocalDate shownFrom, Optional<LocalDate> shownUntil) {

  /** Where the number of days goes in a counter's sentence. */
  public static final String DAYS = "{days}";

  public Counter {
    Objects.requireNonNull(eventDate, "eventDate");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(shownFrom, "shownFrom");
    Objects.requireNonNull(shownUntil, "shownUntil");
    if (!sentence.contains(DAYS)) {
      throw new IllegalArgumentException("a counter's sentence must contain " + DAYS + ", got '" + sentence + "'");
    }
    if (shownUntil.isPresent() && shownUntil.get().isBefore(shownFrom)) {
      throw new IllegalArgumentException(
          "a counter shown from " + shownFrom + " cannot end before that, on " + shownUntil.get());
    }
  }

  public boolean isShownOn(LocalDate today) {
    return !today.isBefore(shownFrom) && shownUntil.map(until -> !today.isAfter(until)).orElse(true);
  }

  /** Days from the event to {@code today}: 0 on the day itself. */
  public long daysOn(LocalDate today) {
    return ChronoUnit.DAYS.between(eventDate, today);
  }

  /** The sentence as shown on {@code today}, the number filled in. */
  public String textOn(LocalDate today) {
    return sentence.replace(DAYS, Long.toString(daysOn(today)));
  }
}

package org.chancery.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The top of every page: the date in the mission's home zone, world clocks, a contact block and
 * day counters. The masthead itself holds configuration; {@link #at(Instant)} gives what a page
 * shows at a given instant.
 *
 * @param seenAt the instant of the old site's page this masthead was read from, or empty when it
 *     was not imported. An import done in batches uses it to keep the newest page's clocks and
 *     contact when an older page is imported later.
 */
public record Masthead(
    ZoneId homeZone, List<WorldClock> clocks, Optional<Contact> contact, List<Counter> counters, Optional<Instant> seenAt) {

  public Masthead {
    Objects.requireNonNull(homeZone, "homeZone");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(seenAt, "seenAt");
    clocks = List.copyOf(clocks);
    counters = List.copyOf(counters);
  }

  /** A masthead with only the home zone: no clocks, no contact, no counters. */
  public static Masthead plain(ZoneId homeZone) {
    return new Masthead(homeZone, List.of(), Optional.empty(), List.of(), Optional.empty());
  }

  /** This masthead with {@code counters} in place of its own. */
  public Masthead withCounters(List<Counter> counters) {
    return new Masthead(homeZone, clocks, contact, counters, seenAt);
  }

  /**
   * Whether this masthead was read from a page at least as new as {@code instant}. One of unknown
   * age (imported before mastheads kept their instant) is not: a newer import may replace it.
   */
  public boolean seenNoEarlierThan(Instant instant) {
    return seenAt.map(seen -> !seen.isBefore(instant)).orElse(false);
  }

  /** The date in the home zone at {@code now}: the date the whole site is shown as at. */
  public LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, homeZone);
  }

  /** What the masthead shows at {@code now}. */
  public Shown at(Instant now) {
    LocalDate today = today(now);
    List<ClockReading> readings = clocks.stream().map(c -> new ClockReading(c, c.timeAt(now))).toList();
    List<String> inForce = counters.stream().filter(c -> c.isShownOn(today)).map(c -> c.textOn(today)).toList();
    return new Shown(today, readings, contact, inForce);
  }

  /** The masthead as shown at one instant. */
  public record Shown(LocalDate today, List<ClockReading> clocks, Optional<Contact> contact, List<String> counters) {}

  /** One clock and the time it shows. */
  public record ClockReading(WorldClock clock, LocalTime time) {}
}

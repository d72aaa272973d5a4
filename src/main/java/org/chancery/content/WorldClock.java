package org.chancery.content;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One clock of the masthead, e.g. "Vienna" in Europe/Vienna. Daylight-saving time comes from
 * the zone's rules, so the difference between two clocks changes over the year.
 */
public record WorldClock(String label, ZoneId zone) {

  public WorldClock {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(zone, "zone");
    if (label.isBlank()) {
      throw new IllegalArgumentException("a clock in " + zone + " needs a label");
    }
  }

  /** The time this clock shows at {@code now}, to the minute. */
  public LocalTime timeAt(Instant now) {
    return LocalTime.ofInstant(now, zone).withSecond(0).withNano(0);
  }
}

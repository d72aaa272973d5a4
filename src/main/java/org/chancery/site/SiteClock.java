package org.chancery.site;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongSupplier;
import org.chancery.content.Masthead;
import org.chancery.content.MessageStore;
import org.chancery.content.Section;

/**
 * Takes {@link Snapshot}s: reads the clock and the store's masthead. Until a masthead is saved,
 * the site's home zone stands in for it, with no clocks, contact or counters.
 */
final class SiteClock {

  private final MessageStore store;
  private final Clock clock;
  private final ZoneId fallbackZone;
  private final LongSupplier lastChange;
  private volatile Read read;

  /** The masthead and the menu's sections as read for one store change and one day. */
  private record Read(long change, LocalDate today, Masthead masthead, List<Section> sections) {}

  /**
   * @param lastChange the store's last change, as a {@link org.chancery.web.ChangeWatch} sees it:
   *     the masthead and the sections are read again only when it moves, or the day turns
   */
  SiteClock(MessageStore store, Clock clock, ZoneId fallbackZone, LongSupplier lastChange) {
    this.store = store;
    this.clock = clock;
    this.fallbackZone = fallbackZone;
    this.lastChange = lastChange;
  }

  Snapshot snapshot() {
    Instant now = clock.instant();
    long change = lastChange.getAsLong();
    Read current = read;
    if (current == null || current.change() != change || !current.today().equals(current.masthead().today(now))) {
      Masthead masthead = store.masthead().orElseGet(() -> Masthead.plain(fallbackZone));
      LocalDate today = masthead.today(now);
      // Only sections with a message out by today: the menu must not lead to an empty section.
      current = new Read(change, today, masthead, store.sections(today));
      read = current;
    }
    return new Snapshot(now, current.masthead(), current.sections());
  }

  /**
   * What cached pages depend on besides the content: the minute, since the masthead's clocks show
   * minutes. Minutes begin at the same instant in every zone the masthead can show.
   */
  long minute() {
    return Math.floorDiv(clock.instant().getEpochSecond(), 60);
  }
}

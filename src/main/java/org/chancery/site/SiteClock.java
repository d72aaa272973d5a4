package org.chancery.site;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.chancery.content.Masthead;
import org.chancery.content.MessageStore;

/**
 * Takes {@link Snapshot}s: reads the clock and the store's masthead. Until a masthead is saved,
 * the site's home zone stands in for it, with no clocks, contact or counters.
 */
final class SiteClock {

  private final MessageStore store;
  private final Clock clock;
  private final ZoneId fallbackZone;

  SiteClock(MessageStore store, Clock clock, ZoneId fallbackZone) {
    this.store = store;
    this.clock = clock;
    this.fallbackZone = fallbackZone;
  }

  Snapshot snapshot() {
    Instant now = clock.instant();
    Masthead masthead = store.masthead().orElseGet(() -> Masthead.plain(fallbackZone));
    // Only sections with a message out by today: the menu must not lead to an empty section.
    return new Snapshot(now, masthead, store.sections(masthead.today(now)));
  }

  /**
   * What cached pages depend on besides the content: the minute, since the masthead's clocks show
   * minutes. Minutes begin at the same instant in every zone the masthead can show.
   */
  long minute() {
    return Math.floorDiv(clock.instant().getEpochSecond(), 60);
  }
}

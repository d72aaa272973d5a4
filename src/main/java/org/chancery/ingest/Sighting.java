package org.chancery.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.chancery.content.Body;
import org.chancery.content.Section;

/**
 * One appearance of a message on one page: as the page's main message or as a listed item. Many
 * sightings make one stored message; {@link MessageMerge} decides how.
 *
 * @param line the line of the title, for error messages
 * @param shownDate the publication date the page shows (listings and item pages do)
 * @param pageDate the page's own date, the last resort for an estimated publication date
 * @param body the full body, or empty for a listed item
 * @param lead the lead a listing showed, or empty
 * @param section the section the page names, or empty when it names none
 */
record Sighting(
    int line,
    String title,
    Optional<LocalDate> shownDate,
    LocalDate pageDate,
    Body body,
    String lead,
    Optional<Section> section,
    Optional<String> legacyPath) {

  static Sighting ofMain(Snapshot page, Snapshot.Main main) {
    return new Sighting(main.line(), main.title(), main.date(), page.date(), main.body(), "", main.section(),
        page.legacyPath());
  }

  /** Where the item stands in its listing is left to {@link DayRanking}. */
  static Sighting ofListed(Snapshot page, Snapshot.Listed item) {
    return new Sighting(item.line(), item.title(), Optional.of(item.date()), page.date(), Body.EMPTY, item.lead(),
        page.listingSection(), Optional.empty());
  }
}

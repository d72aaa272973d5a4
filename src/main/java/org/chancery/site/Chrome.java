package org.chancery.site;

import java.util.List;
import java.util.Optional;

/**
 * What the shared layout shows around every page: the language, the titles, the masthead and the
 * list of sections, plus the site's words for the templates.
 *
 * @param lang the page's language tag, for {@code <html lang>}
 * @param siteName the site's name, shown in the header
 * @param title the whole {@code <title>}: the page's own title, then the site's name
 */
public record Chrome(String lang, String siteName, String title, MastheadView masthead, List<SectionLink> sections, UiText text) {

  public Chrome {
    sections = List.copyOf(sections);
  }

  /**
   * The masthead as shown at one instant.
   *
   * @param date the home zone's date, e.g. "25 July 2021"
   * @param isoDate the same date as yyyy-mm-dd, for {@code <time datetime>}
   * @param now the instant the page is shown as at, for the script that keeps the clocks ticking
   * @param counters each counter's sentence, its number filled in
   */
  public record MastheadView(
      String date, String isoDate, String now, List<ClockView> clocks, Optional<ContactView> contact, List<String> counters) {
    public MastheadView {
      clocks = List.copyOf(clocks);
      counters = List.copyOf(counters);
    }
  }

  /** One clock: "Vienna" in "Europe/Vienna" showing "01:34". */
  public record ClockView(String label, String zone, String time) {}

  /** The contact block; {@code phoneHref} is the {@code tel:} link, {@code email} may be blank. */
  public record ContactView(String label, String phone, String phoneHref, String email) {
    public boolean hasEmail() {
      return !email.isBlank();
    }
  }

  /** A section's name and the path of its archive. */
  public record SectionLink(String name, String path) {}
}

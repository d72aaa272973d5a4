package org.chancery.site;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What the public site needs to know beyond its store and its clock.
 *
 * @param siteName the name in the header and in every page's title, e.g. "Embassy of Valdoria"
 * @param homeZone the mission's home zone, used for "today" until the store holds a masthead
 * @param locale the language of the site's own words (menus, pager, error pages): English or Russian
 */
public record SiteSettings(String siteName, ZoneId homeZone, Locale locale) {

  public SiteSettings {
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(homeZone, "homeZone");
    Objects.requireNonNull(locale, "locale");
    if (siteName.isBlank()) {
      throw new IllegalArgumentException("site name must not be blank");
    }
  }

  /** Settings for an English-language site. */
  public static SiteSettings english(String siteName, ZoneId homeZone) {
    return new SiteSettings(siteName, homeZone, Locale.ENGLISH);
  }
}

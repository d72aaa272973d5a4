package org.chancery.console;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What the console needs from the settings.
 *
 * @param siteName shown in the console's header and titles
 * @param locale the language of the console's words: the site's language
 * @param homeZone the zone times are shown in
 * @param secureCookies true when the site is served over https (its public address starts with
 *     https): cookies are then sent over https only
 */
public record ConsoleSettings(String siteName, Locale locale, ZoneId homeZone, boolean secureCookies) {

  public ConsoleSettings {
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(homeZone, "homeZone");
  }
}

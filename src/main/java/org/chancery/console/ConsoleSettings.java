package org.chancery.console;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the console needs from the settings.
 *
 * @param siteName shown in the console's header and titles
 * @param locale the language of the console's words: the site's language
 * @param homeZone the zone times are shown in
 * @param secureCookies true when the site is served over https (its public address starts with
 *     https): cookies are then sent over https only
 * @param proxies the addresses of the reverse proxies in front of the site, whose
 *     {@code X-Forwarded-For} names the client ({@link ClientAddress}); empty when none is trusted
 */
public record ConsoleSettings(String siteName, Locale locale, ZoneId homeZone, boolean secureCookies,
    Set<String> proxies) {

  public ConsoleSettings {
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(homeZone, "homeZone");
    proxies = Set.copyOf(proxies);
  }

  /** With no trusted proxy: every request's address is its connection's. */
  public ConsoleSettings(String siteName, Locale locale, ZoneId homeZone, boolean secureCookies) {
    this(siteName, locale, homeZone, secureCookies, Set.of());
  }
}

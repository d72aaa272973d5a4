package org.chancery.ingest;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of a masthead clock's city. Capitals whose zone is named after another city
 * (Washington is in America/New_York, Beijing in Asia/Shanghai) are in a table; any other city
 * is found by the zone ids that end in its name ("Lisbon" is Europe/Lisbon, "New York" is
 * America/New_York).
 */
final class CityZones {

  private static final Map<String, String> CAPITALS = Map.ofEntries(
      Map.entry("washington", "America/New_York"),
      Map.entry("ottawa", "America/Toronto"),
      Map.entry("brasilia", "America/Sao_Paulo"),
      Map.entry("beijing", "Asia/Shanghai"),
      Map.entry("new delhi", "Asia/Kolkata"),
      Map.entry("delhi", "Asia/Kolkata"),
      Map.entry("islamabad", "Asia/Karachi"),
      Map.entry("abu dhabi", "Asia/Dubai"),
      Map.entry("hanoi", "Asia/Bangkok"),
      Map.entry("astana", "Asia/Almaty"),
      Map.entry("ankara", "Europe/Istanbul"),
      Map.entry("bern", "Europe/Zurich"),
      Map.entry("geneva", "Europe/Zurich"),
      Map.entry("kyiv", "Europe/Kiev"),
      Map.entry("kiev", "Europe/Kiev"),
      Map.entry("the hague", "Europe/Amsterdam"),
      Map.entry("canberra", "Australia/Sydney"),
      Map.entry("wellington", "Pacific/Auckland"),
      Map.entry("pretoria", "Africa/Johannesburg"),
      Map.entry("rabat", "Africa/Casablanca"),
      Map.entry("new york", "America/New_York"),
      Map.entry("moscow", "Europe/Moscow"),
      Map.entry("london", "Europe/London"));

  private CityZones() {}

  /** The zone of {@code city}, or empty when neither the table nor any zone id knows it. */
  static Optional<ZoneId> of(String city) {
    String key = city.strip().toLowerCase(Locale.ROOT);
    String known = CAPITALS.get(key);
    if (known != null) {
      return Optional.of(ZoneId.of(known));
    }
    String suffix = "/" + key.replace(' ', '_');
    // Sorted, so that a name found in two regions always gives the same zone.
    return ZoneId.getAvailableZoneIds().stream()
        .filter(id -> id.toLowerCase(Locale.ROOT).endsWith(suffix))
        .sorted()
        .findFirst()
        .map(ZoneId::of);
  }
}

package org.chancery.storage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text, nanoseconds always written: "2026-11-20T10:00:00.000000000Z".
 * Instant.toString() drops zero fractions, and then "10:00:00Z" sorts after "10:00:00.5Z" as
 * text; at a fixed width, text order is time order, so SQL can compare them on both databases.
 */
final class StoredInstant {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private StoredInstant() {}

  static String write(Instant instant) {
    return FORMAT.format(instant);
  }

  static Instant read(String text) {
    return Instant.parse(text);
  }
}

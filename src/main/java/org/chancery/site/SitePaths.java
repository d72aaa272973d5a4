package org.chancery.site;

import io.javalin.http.NotFoundResponse;
import java.util.regex.Pattern;

/** The site's own paths, and the parsing of the numbers in them. */
final class SitePaths {

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  private SitePaths() {}

  /** A message's number alone; it moves to the message's own path, which has the slug too. */
  static String message(long number) {
    return "/messages/" + number;
  }

  /** The archive's page; page 1 is plain {@code /archive}. */
  static String archive(int page) {
    return page == 1 ? "/archive" : "/archive/" + page;
  }

  /** A section's archive page; page 1 is plain {@code /sections/{slug}}. */
  static String section(String slug, int page) {
    return page == 1 ? "/sections/" + slug : "/sections/" + slug + "/" + page;
  }

  /**
   * The number in a path segment: digits only, 1 or more. Anything else (letters, a sign, 0, a
   * number too long to be one of ours) is a page that does not exist, so it answers 404, not 400.
   */
  static int number(String segment) {
    if (!NUMBER.matcher(segment).matches() || Integer.parseInt(segment) < 1) {
      throw new NotFoundResponse("not a page or message number: '" + segment + "'");
    }
    return Integer.parseInt(segment);
  }
}

package org.chancery.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules shared by the domain: squeezing white space, comparison keys, slugs. */
public final class Text {

  // Compiled once: String.replaceAll compiles its pattern on every call, and a bulk import or a
  // synthetic archive computes these keys for every speaker turn of a hundred thousand messages.
  private static final Pattern QUOTES =
      Pattern.compile("[\"'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]");
  private static final Pattern DASH = Pattern.compile("\\s*[\u2010\u2011\u2012\u2013\u2014\u2015\u2212-]\\s*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2019']");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern OUTER_HYPHENS = Pattern.compile("^-+|-+$");
  private static final Pattern LAST_PART = Pattern.compile("-[^-]*$");

  private Text() {}

  /** Trims and folds every run of white space (including no-break spaces) into one space. */
  public static String squeeze(String text) {
    // A loop rather than a pattern: the index squeezes every message's body as it writes it.
    StringBuilder squeezed = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSqueezed(c)) {
        squeezed.append(c);
        inSpace = false;
      } else if (!inSpace) {
        squeezed.append(' ');
        inSpace = true;
      }
    }
    return squeezed.toString().strip();
  }

  /** White space and the no-break spaces: the characters {@link #squeeze} folds. */
  private static boolean isSqueezed(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F' -> true;
      default -> false;
    };
  }

  /**
   * A key under which two spellings of the same title compare equal: quotes of every shape
   * dropped, dashes made one hyphen, white space squeezed, case folded.
   */
  public static String comparisonKey(String text) {
    String s = DASH.matcher(QUOTES.matcher(squeeze(text)).replaceAll("")).replaceAll("-");
    return squeeze(s).toLowerCase(Locale.ROOT);
  }

  /** A URL slug: ASCII letters and digits separated by single hyphens, at most 80 characters. */
  public static String slug(String text) {
    String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String slug = APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
    slug = OUTER_HYPHENS.matcher(NOT_SLUG.matcher(slug).replaceAll("-")).replaceAll("");
    if (slug.length() > 80) {
      slug = LAST_PART.matcher(slug.substring(0, 80)).replaceAll("");
    }
    return slug;
  }
}

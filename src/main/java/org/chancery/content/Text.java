package org.chancery.content;

import java.text.Normalizer;
import java.util.Locale;

/** Small text rules shared by the domain: squeezing white space, comparison keys, slugs. */
public final class Text {

  private Text() {}

  /** Trims and folds every run of white space (including no-break spaces) into one space. */
  public static String squeeze(String text) {
    return text.replace('\u00A0', ' ').replaceAll("[\\s\\u2007\\u202F]+", " ").strip();
  }

  /**
   * A key under which two spellings of the same title compare equal: quotes of every shape
   * dropped, dashes made one hyphen, white space squeezed, case folded.
   */
  public static String comparisonKey(String text) {
    String s = squeeze(text)
        .replaceAll("[\"'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]", "")
        .replaceAll("\\s*[\u2010\u2011\u2012\u2013\u2014\u2015\u2212-]\\s*", "-");
    return squeeze(s).toLowerCase(Locale.ROOT);
  }

  /** A URL slug: ASCII letters and digits separated by single hyphens, at most 80 characters. */
  public static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT)
        .replaceAll("[\u2019']", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (slug.length() > 80) {
      slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
    }
    return slug;
  }
}

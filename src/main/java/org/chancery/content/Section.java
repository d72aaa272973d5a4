package org.chancery.content;

import java.util.Locale;
import java.util.Objects;

/**
 * A section of the site ("Press releases and news"), with the slug that names it in URLs.
 *
 * @param slug lower-case letters, digits and single hyphens, e.g. {@code press-releases}
 * @param name the heading shown to readers
 */
public record Section(String slug, String name) {

  /** Where a message goes when no page names its section. */
  public static final Section NEWS = new Section("news", "News");

  public Section {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    if (!isSlug(slug)) {
      throw new IllegalArgumentException(
          "section slug must be lower-case letters, digits and single hyphens, got '" + slug + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("section '" + slug + "' needs a name");
    }
  }

  /** Whether {@code text} is a well-formed slug: lower-case letters, digits and single hyphens. */
  public static boolean isSlug(String text) {
    return text.matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  /** The section a heading such as "PRESS RELEASES AND NEWS" names; its slug comes from the words. */
  public static Section named(String heading) {
    String name = Text.squeeze(heading);
    String slug = Text.slug(name);
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("section heading '" + heading + "' has no letters or digits");
    }
    if (name.equals(name.toUpperCase(Locale.ROOT))) {
      name = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
    return new Section(slug, name);
  }
}

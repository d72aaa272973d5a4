package org.chancery.site;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The site's own words in one language, from the {@code i18n/site} resource bundle
 * ({@code site.properties} in English, {@code site_ru.properties} in Russian).
 *
 * <p>Templates call {@link #get} with a key; a key missing from the bundle fails the render with
 * the key's name rather than showing a blank, so a typo is found by the first test that renders
 * the page.
 */
public final class UiText {

  static final String BUNDLE = "i18n.site";

  private final ResourceBundle bundle;
  private final Locale locale;

  private UiText(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * The words for {@code locale}; English when the bundle has no translation for it (the
   * fallback is the base bundle, never the JVM's default locale).
   */
  public static UiText load(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new UiText(bundle, locale);
  }

  /** The text under {@code key}. */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no text '" + key + "' in " + BUNDLE + " for " + locale, e);
    }
  }

  /** The text under {@code key} with {@code {0}}, {@code {1}}... filled in. */
  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale).format(arguments);
  }

  /** The locale the words are in: what the page's {@code lang} attribute says. */
  public Locale locale() {
    return locale;
  }
}

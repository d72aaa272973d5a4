package org.chancery;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.chancery.console.ClientAddress;

/**
 * Chancery's settings, read once at start from (lowest to highest precedence) the defaults, a
 * properties file, {@code CHANCERY_*} environment variables and the command line, then checked.
 * A bad value stops the start with a message naming the setting, the value and what is allowed.
 *
 * @param dataDirectory where the SQLite file (and later the search index) live
 * @param databaseUrl the JDBC URL; empty for the SQLite file in the data directory
 * @param port the HTTP port, 0 to 65535 (0 picks a free one)
 * @param now a fixed instant to show the site as at, or empty for the real time
 * @param siteName the site's name, shown in titles
 * @param homeZone the home time zone used until a masthead says otherwise
 * @param language the language of the site's own words: "en" or "ru"
 * @param publicUrl the address readers reach the site at, e.g. https://press.example.org, with
 *     no trailing slash; empty when not given. When it is https, console cookies are Secure.
 * @param proxies the IP addresses of the reverse proxies in front of the site, whose
 *     X-Forwarded-For header the console believes; none when not given
 */
public record Settings(Path dataDirectory, Optional<String> databaseUrl, int port, Optional<Instant> now,
    String siteName, ZoneId homeZone, Locale language, Optional<URI> publicUrl, Set<String> proxies) {

  /** Setting names, as written in the properties file; the environment variable is CHANCERY_ + upper case. */
  static final Set<String> NAMES = Set.of("data", "db", "port", "now", "site.name", "home.zone", "language",
      "public.url", "proxies");

  /** Reads the settings: the file if given, then the environment, then {@code overrides} (the command line). */
  public static Settings read(Optional<Path> file, Map<String, String> environment, Map<String, String> overrides) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("data", "data");
    values.put("port", "8080");
    values.put("site.name", "Chancery");
    values.put("home.zone", "UTC");
    values.put("language", "en");
    file.ifPresent(f -> values.putAll(readFile(f)));
    for (String name : NAMES) {
      String variable = "CHANCERY_" + name.toUpperCase(Locale.ROOT).replace('.', '_');
      if (environment.containsKey(variable)) {
        values.put(name, environment.get(variable));
      }
    }
    overrides.forEach((name, value) -> {
      if (value != null) {
        values.put(name, value);
      }
    });
    return from(values);
  }

  private static Map<String, String> readFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new SettingsException("cannot read the settings file " + file + ": " + e.getMessage());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (!NAMES.contains(name)) {
        throw new SettingsException("unknown setting '" + name + "' in " + file + "; known settings: "
            + String.join(", ", NAMES.stream().sorted().toList()));
      }
      values.put(name, properties.getProperty(name).strip());
    }
    return values;
  }

  private static Settings from(Map<String, String> values) {
    String db = values.getOrDefault("db", "").strip();
    if (!db.isEmpty() && !db.startsWith("jdbc:sqlite:") && !db.startsWith("jdbc:postgresql:")) {
      throw new SettingsException("setting 'db' is '" + db + "'; allowed: a jdbc:sqlite: or jdbc:postgresql: URL");
    }
    String name = values.get("site.name").strip();
    if (name.isEmpty()) {
      throw new SettingsException("setting 'site.name' is empty; give the site a name");
    }
    return new Settings(Path.of(values.get("data")), db.isEmpty() ? Optional.empty() : Optional.of(db),
        port(values.get("port")), now(values.get("now")), name, zone(values.get("home.zone")),
        language(values.get("language")), publicUrl(values.get("public.url")), proxies(values.get("proxies")));
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below, which says what is allowed
    }
    throw new SettingsException("setting 'port' is '" + value + "'; allowed: a whole number from 0 to 65535");
  }

  private static Optional<Instant> now(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
    } catch (DateTimeParseException e) {
      throw new SettingsException("setting 'now' is '" + value
          + "'; allowed: an ISO-8601 date and time with an offset, e.g. 2026-11-20T10:05:00+00:00");
    }
  }

  private static ZoneId zone(String value) {
    try {
      return ZoneId.of(value.strip());
    } catch (DateTimeException e) {
      throw new SettingsException("setting 'home.zone' is '" + value + "'; allowed: a time zone id such as Europe/Lisbon");
    }
  }

  private static Locale language(String value) {
    return switch (value.strip()) {
      case "en" -> Locale.ENGLISH;
      case "ru" -> Locale.forLanguageTag("ru");
      default -> throw new SettingsException("setting 'language' is '" + value + "'; allowed: en, ru");
    };
  }

  private static Optional<URI> publicUrl(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String url = value.strip();
    try {
      URI uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // falls through to the message below, which says what is allowed
    }
    throw new SettingsException("setting 'public.url' is '" + value
        + "'; allowed: an http or https address with a host and no query, e.g. https://press.example.org");
  }

  private static Set<String> proxies(String value) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    Set<String> proxies = new LinkedHashSet<>();
    for (String each : value.split(",")) {
      proxies.add(ClientAddress.literal(each).orElseThrow(() -> new SettingsException("setting 'proxies' is '" + value
          + "', and '" + each.strip() + "' is not an IP address; allowed: the reverse proxies' IP addresses, separated"
          + " by commas, e.g. 127.0.0.1, ::1")));
    }
    return Set.copyOf(proxies);
  }

  /** Whether readers reach the site over https, so that cookies must only travel over https. */
  public boolean isServedOverHttps() {
    return publicUrl.map(uri -> "https".equals(uri.getScheme())).orElse(false);
  }

  /** The JDBC URL to open: the one given, or the SQLite file in the data directory. */
  public String jdbcUrl() {
    return databaseUrl.orElseGet(() -> "jdbc:sqlite:" + dataDirectory.resolve("chancery.db").toAbsolutePath());
  }

  /**
   * The store as an operator names it in a message: "the data directory /var/lib/chancery", or
   * "the database" and its URL without the parameters, which may hold a password.
   */
  public String storeName() {
    return databaseUrl.map(url -> "the database " + url.replaceFirst("\\?.*$", ""))
        .orElseGet(() -> "the data directory " + dataDirectory.toAbsolutePath());
  }

  /** A setting that is missing, malformed or out of range; the message is for the operator. */
  public static final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
      super(message);
    }
  }
}

package org.chancery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir
  Path dir;

  @Test
  void defaults_give_the_embedded_database_in_the_data_directory() {
    Settings settings = Settings.read(Optional.empty(), Map.of(), Map.of());

    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data").toAbsolutePath().resolve("chancery.db"));
    assertThat(settings.now()).isEmpty();
  }

  @Test
  void command_line_beats_environment_beats_file() throws IOException {
    Path file = dir.resolve("chancery.properties");
    Files.writeString(file, "port = 7000\nhome.zone = Europe/Lisbon\nsite.name = Embassy\n");

    Settings settings = Settings.read(Optional.of(file), Map.of("CHANCERY_PORT", "7100", "CHANCERY_SITE_NAME", "Mission"),
        Map.of("port", "7200", "now", "2026-11-20T10:05:00+00:00"));

    assertThat(settings.port()).isEqualTo(7200);
    assertThat(settings.siteName()).isEqualTo("Mission");
    assertThat(settings.homeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(settings.now()).contains(Instant.parse("2026-11-20T10:05:00Z"));
  }

  @Test
  void bad_values_name_the_setting_the_value_and_what_is_allowed() throws IOException {
    assertThatThrownBy(() -> Settings.read(Optional.empty(), Map.of(), Map.of("port", "80a")))
        .hasMessage("setting 'port' is '80a'; allowed: a whole number from 0 to 65535");
    assertThatThrownBy(() -> Settings.read(Optional.empty(), Map.of(), Map.of("now", "2026-11-20")))
        .hasMessage("setting 'now' is '2026-11-20'; allowed: an ISO-8601 date and time with an offset, e.g. 2026-11-20T10:05:00+00:00");
    assertThatThrownBy(() -> Settings.read(Optional.empty(), Map.of("CHANCERY_DB", "jdbc:mysql://x"), Map.of()))
        .hasMessage("setting 'db' is 'jdbc:mysql://x'; allowed: a jdbc:sqlite: or jdbc:postgresql: URL");
    assertThatThrownBy(() -> Settings.read(Optional.empty(), Map.of("CHANCERY_HOME_ZONE", "Mars/Olympus"), Map.of()))
        .hasMessage("setting 'home.zone' is 'Mars/Olympus'; allowed: a time zone id such as Europe/Lisbon");
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "prot = 8080\n");
    assertThatThrownBy(() -> Settings.read(Optional.of(file), Map.of(), Map.of()))
        .hasMessage("unknown setting 'prot' in " + file + "; known settings: data, db, home.zone, language, now, port, proxies, public.url, site.name");
  }

  @Test
  void proxies_are_ip_addresses_in_one_spelling_and_nothing_else() {
    Settings settings = Settings.read(Optional.empty(), Map.of("CHANCERY_PROXIES", " 127.0.0.1, [::1] ,10.0.0.2"), Map.of());

    assertThat(settings.proxies()).containsExactlyInAnyOrder("127.0.0.1", "0:0:0:0:0:0:0:1", "10.0.0.2");
    assertThat(Settings.read(Optional.empty(), Map.of(), Map.of()).proxies()).isEmpty();
    for (String bad : new String[] {"proxy.example.org", "127.0.0.1, localhost", "10.0.0.256", "1.2.3"}) {
      assertThatThrownBy(() -> Settings.read(Optional.empty(), Map.of(), Map.of("proxies", bad)))
          .hasMessageStartingWith("setting 'proxies' is '" + bad + "', and '")
          .hasMessageEndingWith("' is not an IP address; allowed: the reverse proxies' IP addresses, separated by commas,"
              + " e.g. 127.0.0.1, ::1");
    }
  }

  @Test
  void the_public_address_is_an_http_or_https_url_and_https_makes_cookies_secure() {
    Settings https = Settings.read(Optional.empty(), Map.of("CHANCERY_PUBLIC_URL", "https://press.example.org/"), Map.of());
    Settings http = Settings.read(Optional.empty(), Map.of(), Map.of("public.url", "http://localhost:8080"));

    assertThat(https.publicUrl()).hasValueSatisfying(u -> assertThat(u).hasToString("https://press.example.org"));
    assertThat(https.isServedOverHttps()).isTrue();
    assertThat(http.isServedOverHttps()).isFalse();
    assertThat(Settings.read(Optional.empty(), Map.of(), Map.of()).isServedOverHttps()).isFalse();
    for (String bad : new String[] {"press.example.org", "ftp://press.example.org", "https://", "https://x.org/?a=1",
        "https://user@x.org", "https://x .org"}) {
      assertThatThrownBy(() -> Settings.read(Optional.empty(), Map.of(), Map.of("public.url", bad)))
          .hasMessage("setting 'public.url' is '" + bad
              + "'; allowed: an http or https address with a host and no query, e.g. https://press.example.org");
    }
  }
}

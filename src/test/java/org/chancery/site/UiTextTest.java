package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class UiTextTest {

  @Test
  void the_russian_bundle_loads_and_has_every_english_key() throws IOException {
    UiText russian = UiText.load(Locale.forLanguageTag("ru"));

    assertThat(russian.get("latest.all")).isEqualTo("все сообщения");
    assertThat(russian.format("archive.position", "1000", "1200")).isEqualTo("Страница 1000 из 1200");
    assertThat(keys("i18n/site_ru.properties").stringPropertyNames())
        .isEqualTo(keys("i18n/site.properties").stringPropertyNames());
  }

  @Test
  void a_language_without_a_bundle_falls_back_to_english_not_the_jvms_default() {
    assertThat(UiText.load(Locale.GERMAN).get("latest.all")).isEqualTo("all messages");
  }

  @Test
  void a_missing_key_names_itself() {
    assertThatThrownBy(() -> UiText.load(Locale.ENGLISH).get("no.such.key")).hasMessageContaining("no.such.key");
  }

  @Test
  void a_russian_site_speaks_russian_with_dates_in_russian() {
    SiteSettings settings = new SiteSettings("Посольство Республики Валдория", SiteFixtures.HOME, Locale.forLanguageTag("ru"));
    try (TestSite site = TestSite.start(SiteFixtures.storeWith(3), SiteFixtures.JUST_AFTER_MIDNIGHT, settings)) {
      String html = site.get("/").body();

      assertThat(Jsoup.parse(html).select("html").attr("lang")).isEqualTo("ru");
      assertThat(PageText.linesOf(html)).contains("25 июля 2021", "все сообщения");
    }
  }

  private static Properties keys(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = UiTextTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}

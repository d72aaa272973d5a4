package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.site.PageText.assertLinesInOrder;

import java.time.Instant;
import java.util.List;
import org.chancery.content.MemoryMessageStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MastheadTest {

  @Test
  void shows_the_home_zones_date_while_another_clock_is_still_on_the_day_before() {
    try (TestSite site = TestSite.start(SiteFixtures.storeWith(3), SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      List<String> lines = site.lines("/");

      assertLinesInOrder(List.of(
          "25 July 2021",
          "Vienna: 00:34",
          "Lisbon: 23:34",
          "Consular queries:",
          "+43 (0) 1 555 0199",
          "consular@valdoria.example"), lines);
      assertThat(lines).contains("Vienna: 00:34", "Lisbon: 23:34").doesNotContain("24 July 2021");
    }
  }

  @Test
  void shows_the_counters_in_force_on_one_line_counted_in_home_zone_days() {
    try (TestSite site = TestSite.start(SiteFixtures.storeWith(3), SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      List<String> lines = site.lines("/");

      // 4 March 2018 to 25 July 2021 is 1239 days; 12 March 2018 to then is 1231.
      assertThat(lines).contains(
          "1239 days have passed since the closure of the Port of Merrow - no answer from the harbour authority"
              + " 1231 days have passed since the archive of the Valdorian mission was sealed - no explanation given");
    }
  }

  @Test
  void hides_counters_before_the_day_they_are_shown_from() {
    try (TestSite site = TestSite.start(SiteFixtures.storeWith(3), Instant.parse("2018-10-31T12:00:00Z"))) {
      List<String> lines = site.lines("/archive");

      assertThat(lines).contains("31 October 2018").noneMatch(line -> line.contains("days have passed"));
    }
    try (TestSite site = TestSite.start(SiteFixtures.storeWith(3), Instant.parse("2018-11-01T12:00:00Z"))) {
      assertThat(site.lines("/archive")).anyMatch(line -> line.startsWith("242 days have passed since the closure"));
    }
  }

  @Test
  void gives_the_clock_script_the_instant_the_page_shows_and_each_clocks_zone() {
    try (TestSite site = TestSite.start(SiteFixtures.storeWith(1), SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      Document page = Jsoup.parse(site.get("/").body());

      assertThat(page.select("[data-now]").attr("data-now")).isEqualTo("2021-07-24T22:34:00Z");
      assertThat(page.select("time[data-zone]").eachAttr("data-zone")).containsExactly("Europe/Vienna", "Europe/Lisbon");
      assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/static/clock.js");
      assertThat(site.get("/static/clock.js").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void without_a_saved_masthead_the_sites_home_zone_gives_the_date() {
    try (TestSite site = TestSite.start(new MemoryMessageStore(), SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      List<String> lines = site.lines("/");

      assertThat(lines).contains("25 July 2021", "No messages have been published yet.")
          .noneMatch(line -> line.startsWith("Vienna:"));
    }
  }
}

package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.site.PageText.assertLinesInOrder;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HomePageTest {

  @Test
  void shows_the_latest_message_in_full_then_the_latest_ten() {
    try (TestSite site = TestSite.start(SiteFixtures.storeWith(15), SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      List<String> lines = site.lines("/");

      assertLinesInOrder(List.of(
          "25 July 2021",
          "23.07.2021",
          "Press release 15 on the Merrow ferry service",
          "Lead of release 15: the ferry runs again.",
          "Second paragraph of release 15.",
          "23.07.2021 - Press release 15 on the Merrow ferry service",
          "Lead of release 15: the ferry runs again.",
          "14.07.2021 - Press release 6 on the Merrow ferry service",
          "all messages"), lines);
    }
  }

  @Test
  void is_a_landmarked_page_with_one_h1_and_a_skip_link() {
    try (TestSite site = TestSite.start(SiteFixtures.storeWith(3), SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      Document page = Jsoup.parse(site.get("/").body());

      assertThat(page.select("html").attr("lang")).isEqualTo("en");
      assertThat(page.select("body > header, body > nav, body > main#main, body > footer")).hasSize(4);
      assertThat(page.select("h1")).hasSize(1);
      assertThat(page.select("body > a.skip-link").attr("href")).isEqualTo("#main");
      assertThat(page.title()).isEqualTo("Embassy of the Republic of Valdoria");
      assertThat(page.select("footer a[href=/sections/press-releases]").text()).isEqualTo("Press releases");
    }
  }
}

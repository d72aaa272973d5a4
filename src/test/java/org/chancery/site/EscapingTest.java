package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.content.Body;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EscapingTest {

  private static final String TITLE = "On <script>alert(\"x\")</script> & 'quotes' in titles";
  private static final String PARAGRAPH = "Body with <img src=x onerror=alert(1)> & \"double\" and 'single' quotes";

  @Test
  void titles_and_bodies_are_shown_as_text_never_as_markup() {
    MemoryMessageStore store = SiteFixtures.storeWith(2);
    Message message = SiteFixtures.add(store,
        Message.create(SiteFixtures.PRESS_RELEASES, TITLE, LocalDate.of(2021, 7, 24), Body.of(List.of(PARAGRAPH))));
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      String html = site.get(message.path()).body();
      Document page = Jsoup.parse(html);

      assertThat(html).doesNotContain("<script>alert", "<img src=x");
      assertThat(page.select("script")).allMatch(script -> script.hasAttr("src"));
      assertThat(page.select("img")).isEmpty();
      assertThat(page.select("h1").text()).isEqualTo(TITLE);
      assertThat(PageText.linesOf(html)).contains(TITLE, PARAGRAPH, "24.07.2021 - " + TITLE);
      assertThat(page.title()).isEqualTo(TITLE + " - Embassy of the Republic of Valdoria");
    }
  }
}

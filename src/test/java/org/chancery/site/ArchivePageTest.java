package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.site.PageText.assertLinesInOrder;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.chancery.content.MemoryMessageStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivePageTest {

  /** 600 releases make 60 pages; the interview is the only message of its section. */
  private final MemoryMessageStore store = SiteFixtures.storeWith(600);
  private TestSite site;

  @BeforeAll
  void start() {
    SiteFixtures.add(store, SiteFixtures.interview(LocalDate.of(2019, 1, 1)));
    site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT);
  }

  @org.junit.jupiter.api.AfterAll
  void stop() {
    site.close();
  }

  @Test
  void the_first_page_lists_the_ten_newest_with_leads_and_a_pager() {
    List<String> lines = site.lines("/archive");

    assertLinesInOrder(List.of(
        "All messages",
        "Page 1 of 61",
        "Pages: ««« :: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 :: »»»",
        "23.07.2021 - Press release 600 on the Merrow ferry service",
        "Lead of release 600: the ferry runs again.",
        "14.07.2021 - Press release 591 on the Merrow ferry service",
        "Lead of release 591: the ferry runs again.",
        "Pages: ««« :: 1 2 3"), lines);
    assertThat(lines).noneMatch(line -> line.contains("Press release 590 "));
  }

  @Test
  void page_fifty_shows_the_block_of_pages_46_to_60_with_first_previous_next_and_last() {
    Document page = Jsoup.parse(site.get("/archive/50").body());
    Element pager = page.selectFirst("nav.pager");

    assertThat(pager.selectFirst("p.pages").text()).isEqualTo("Pages: ««« :: " + numbers(46, 60) + " :: »»»");
    assertThat(pager.select("p.pages a").eachText())
        .containsExactlyElementsOf(List.of("«««", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "»»»"));
    assertThat(pager.select("[aria-current=page]").text()).isEqualTo("50");
    assertThat(pager.select("a:containsOwn(«««)").attr("href")).isEqualTo("/archive");
    assertThat(pager.select("a:containsOwn(»»»)").attr("href")).isEqualTo("/archive/61");
    assertThat(pager.select("a:containsOwn(previous page)").attr("href")).isEqualTo("/archive/49");
    assertThat(pager.select("a:containsOwn(next page)").attr("href")).isEqualTo("/archive/51");
    assertThat(pager.select("a:containsOwn(46)").attr("href")).isEqualTo("/archive/46");
    assertThat(page.select("main .items > li")).hasSize(10);
    assertThat(PageText.linesOf(page.html())).contains("Page 50 of 61");
  }

  @Test
  void the_last_page_holds_the_rest_and_has_no_next_links() {
    Document page = Jsoup.parse(site.get("/archive/61").body());

    assertThat(page.select("main .items > li")).hasSize(1);
    assertThat(page.selectFirst("nav.pager p.pages").text()).isEqualTo("Pages: ««« :: 61 :: »»»");
    assertThat(page.select("nav.pager a:containsOwn(»»»), nav.pager a:containsOwn(next page)")).isEmpty();
    assertThat(page.select("nav.pager a:containsOwn(previous page)").attr("href")).isEqualTo("/archive/60");
  }

  @Test
  void page_one_has_no_first_or_previous_links_and_lives_at_the_plain_path() {
    Document page = Jsoup.parse(site.get("/archive").body());
    assertThat(page.select("nav.pager a:containsOwn(«««), nav.pager a:containsOwn(previous page)")).isEmpty();

    HttpResponse<String> one = site.get("/archive/1");
    assertThat(one.statusCode()).isEqualTo(301);
    assertThat(one.headers().firstValue("Location")).contains("/archive");
  }

  @Test
  void pages_that_do_not_exist_are_the_404_page() {
    for (String path : List.of("/archive/0", "/archive/62", "/archive/9999", "/archive/abc", "/archive/-3",
        "/sections/press-releases/0", "/sections/interviews/2", "/sections/no-such-section")) {
      HttpResponse<String> response = site.get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(PageText.linesOf(response.body())).as(path).contains("Page not found");
    }
  }

  @Test
  void a_section_lists_only_its_own_messages() {
    List<String> lines = site.lines("/sections/interviews");

    assertLinesInOrder(List.of(
        "Interviews",
        "Page 1 of 1",
        "Pages: ««« :: 1 :: »»»",
        "01.01.2019 - Ambassador Ilse Varga's interview with the Merrow Courier, Vienna, July 20, 2021",
        "The ambassador spoke to the newspaper about the ferry and the archive."), lines);
    assertThat(lines).noneMatch(line -> line.contains("Press release "));
    Document page = Jsoup.parse(site.get("/sections/press-releases/3").body());
    assertThat(page.select("nav.pager a:containsOwn(next page)").attr("href")).isEqualTo("/sections/press-releases/4");
    assertThat(page.select("nav.pager a:containsOwn(«««)").attr("href")).isEqualTo("/sections/press-releases");
  }

  @Test
  void a_section_whose_only_message_is_still_to_come_is_neither_in_the_menu_nor_a_page() {
    MemoryMessageStore scheduled = SiteFixtures.storeWith(3);
    SiteFixtures.add(scheduled, SiteFixtures.interview(LocalDate.of(2021, 7, 26)));
    try (TestSite early = TestSite.start(scheduled, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      for (String path : List.of("/", "/archive", "/sections/press-releases", "/no/such/page")) {
        assertThat(Jsoup.parse(early.get(path).body()).select("a[href=/sections/interviews]")).as(path).isEmpty();
      }
      assertThat(early.get("/sections/interviews").statusCode()).isEqualTo(404);
      assertThat(early.get("/sections/interviews/2").statusCode()).isEqualTo(404);
    }
    try (TestSite published = TestSite.start(scheduled, java.time.Instant.parse("2021-07-25T22:00:00Z"))) {
      assertThat(Jsoup.parse(published.get("/").body()).select("a[href=/sections/interviews]"))
          .as("26 July has begun in Vienna").isNotEmpty();
      assertThat(published.get("/sections/interviews").statusCode()).isEqualTo(200);
    }
  }

  private static String numbers(int from, int to) {
    return String.join(" ", IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList());
  }
}

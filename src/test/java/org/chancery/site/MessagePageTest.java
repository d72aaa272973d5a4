package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.site.PageText.assertLinesInOrder;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MessagePageTest {

  private final MemoryMessageStore store = SiteFixtures.storeWith(12);
  private final Message interview = SiteFixtures.add(store, SiteFixtures.interview(LocalDate.of(2021, 7, 21)));

  @Test
  void shows_section_date_title_and_body_then_the_ten_latest_with_their_leads() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      List<String> lines = site.lines(interview.path());

      assertLinesInOrder(List.of(
          "25 July 2021",
          "INTERVIEWS",
          "21.07.2021",
          "Ambassador Ilse Varga's interview with the Merrow Courier, Vienna, July 20, 2021",
          "The ambassador spoke to the newspaper about the ferry and the archive.",
          "Question: Are you expecting the ferry service to resume this summer?",
          "Ilse Varga: We are. The timetable is ready and the crews are trained.",
          "The first crossing is planned for August.",
          "Question: And the archive?",
          "Ilse Varga: The third challenge: the seals are still in place. We keep asking.",
          "23.07.2021 - Press release 12 on the Merrow ferry service",
          "Lead of release 12: the ferry runs again.",
          "22.07.2021 - Press release 11 on the Merrow ferry service",
          "Lead of release 11: the ferry runs again.",
          "21.07.2021 - Ambassador Ilse Varga's interview with the Merrow Courier, Vienna, July 20, 2021",
          "The ambassador spoke to the newspaper about the ferry and the archive.",
          "21.07.2021 - Press release 10 on the Merrow ferry service",
          "15.07.2021 - Press release 4 on the Merrow ferry service",
          "Lead of release 4: the ferry runs again.",
          "all messages"), lines);
      assertThat(Jsoup.parse(site.get(interview.path()).body()).select("main .items").text())
          .as("the ten latest only").doesNotContain("Press release 3 on");
    }
  }

  @Test
  void the_list_links_each_title_and_ends_with_a_link_to_the_archive() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      Document page = Jsoup.parse(site.get(interview.path()).body());

      assertThat(page.select("main .items > li")).hasSize(10);
      assertThat(page.select("main .items > li .lead")).hasSize(10);
      assertThat(page.select("main .items > li a").first().attr("href")).isEqualTo("/messages/12/press-release-12-on-the-merrow-ferry-service");
      Element all = page.select("main a").last();
      assertThat(all.text()).isEqualTo("all messages");
      assertThat(all.attr("href")).isEqualTo("/archive");
    }
  }

  @Test
  void each_turn_has_an_anchor_and_its_speaker_in_bold_linking_to_it() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      Document page = Jsoup.parse(site.get(interview.path()).body());

      assertThat(page.select("article .turn").eachAttr("id")).containsExactly("turn-1", "turn-2", "turn-3", "turn-4");
      Element second = page.getElementById("turn-2");
      assertThat(second.select("a[href=#turn-2] > b").text()).isEqualTo("Ilse Varga:");
      assertThat(second.select("p")).hasSize(2);
      assertThat(second.select("p").first().text()).isEqualTo("Ilse Varga: We are. The timetable is ready and the crews are trained.");
    }
  }

  @Test
  void a_wrong_slug_or_none_moves_permanently_to_the_messages_path() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      for (String path : List.of("/messages/" + interview.number() + "/old-title", "/messages/" + interview.number())) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as(path).contains(interview.path());
      }
    }
  }

  @Test
  void unknown_and_malformed_numbers_are_the_404_page() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      for (String path : List.of("/messages/999/x", "/messages/999", "/messages/abc/x", "/messages/-1/x",
          "/messages/0", "/messages/99999999999999999999999/x")) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(PageText.linesOf(response.body())).as(path).contains("Page not found", "25 July 2021");
      }
    }
  }

  @Test
  void a_message_published_after_the_clocks_date_is_not_there_yet() {
    Message tomorrow = SiteFixtures.add(store, Message.create(SiteFixtures.PRESS_RELEASES,
        "Statement on the reopening of the Port of Merrow", LocalDate.of(2021, 7, 26),
        org.chancery.content.Body.of(List.of("Tomorrow's statement."))));
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      assertThat(site.get(tomorrow.path()).statusCode()).isEqualTo(404);
      assertThat(site.get("/messages/" + tomorrow.number()).statusCode()).isEqualTo(404);
      assertThat(site.lines("/")).noneMatch(line -> line.contains("reopening of the Port"));
      assertThat(site.lines("/archive")).noneMatch(line -> line.contains("reopening of the Port"));
    }
    try (TestSite site = TestSite.start(store, java.time.Instant.parse("2021-07-25T22:00:00Z"))) {
      assertThat(site.get(tomorrow.path()).statusCode()).as("26 July has begun in Vienna").isEqualTo(200);
    }
  }

  @Test
  void a_message_known_only_from_a_listing_shows_its_lead_as_its_text() {
    Message listed = SiteFixtures.add(store, Message.create(SiteFixtures.PRESS_RELEASES,
        "Embassy closed on the national holiday", LocalDate.of(2021, 7, 24), org.chancery.content.Body.EMPTY)
        .withLead("The Embassy will be closed on 26 July."));
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      assertLinesInOrder(List.of(
          "Embassy closed on the national holiday",
          "The Embassy will be closed on 26 July.",
          "24.07.2021 - Embassy closed on the national holiday",
          "The Embassy will be closed on 26 July."), site.lines(listed.path()));
    }
  }
}

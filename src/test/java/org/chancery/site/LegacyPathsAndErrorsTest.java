package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.ForwardingMessageStore;
import org.chancery.content.LegacyPath;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.junit.jupiter.api.Test;

class LegacyPathsAndErrorsTest {

  private final MemoryMessageStore store = SiteFixtures.storeWith(30);

  @Test
  void an_old_path_of_a_message_moves_permanently_to_its_page() {
    Message old = SiteFixtures.add(store, SiteFixtures.interview(LocalDate.of(2021, 7, 1))
        .withLegacyPaths(List.of("/fnapr/6443", "/web/news.nsf/item?OpenDocument&id=77")));
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      for (String path : List.of("/fnapr/6443", "/web/news.nsf/item?OpenDocument&id=77")) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as(path).contains(old.path());
      }
    }
  }

  @Test
  void an_old_path_is_found_however_it_is_escaped_and_with_or_without_a_trailing_slash() {
    // Stored as the importer stores a URL line's path.
    Message old = SiteFixtures.add(store, SiteFixtures.interview(LocalDate.of(2021, 7, 1))
        .withLegacyPaths(List.of(LegacyPath.normalise("/press/статья?id=5"), LegacyPath.normalise("/fnapr/8127"))));
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      for (String path : List.of("/press/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?id=5",
          "/press/%d1%81%d1%82%d0%b0%d1%82%d1%8c%d1%8f?id=5", "/press/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F/?id=5",
          "/fnapr/8127/", "/fnapr/8127", "/fnapr/%38127")) {
        assertThat(location(site, path)).as(path).contains(old.path());
      }
      assertThat(site.get("/press/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?id=6").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void the_old_paged_archive_moves_to_the_page_holding_the_same_position() {
    MemoryMessageStore big = SiteFixtures.storeWith(600);
    try (TestSite site = TestSite.start(big, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      assertThat(location(site, "/apress_arh/&start=501&ps=10&ppp=15")).contains("/archive/51");
      assertThat(location(site, "/apress_arh/&start=1&ps=10&ppp=15")).contains("/archive");
      assertThat(location(site, "/apress_arh/?start=21&ps=20")).contains("/archive/3");
      assertThat(location(site, "/apress_arh?start=21")).contains("/archive/3");
      assertThat(location(site, "/apress_arh")).contains("/archive");
      assertThat(location(site, "/apress_arh/")).contains("/archive");
      assertThat(site.get("/apress_arh/&start=abc").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void only_the_old_archive_itself_is_taken_for_it_not_a_path_that_begins_the_same() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      for (String path : List.of("/apress_arhzzz", "/apress_arhzzz?start=11", "/apress_arh_old/&start=11", "/apress_arh2")) {
        assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
      }
    }
  }

  @Test
  void a_position_past_the_end_of_the_archive_moves_to_its_last_page_not_to_a_404() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      for (String path : List.of("/apress_arh/&start=501&ps=10&ppp=15", "/apress_arh/&start=31", "/apress_arh?start=999999999")) {
        assertThat(location(site, path)).as(path).contains("/archive/3");
      }
      assertThat(location(site, "/apress_arh/&start=21")).contains("/archive/3");
      assertThat(site.get("/archive/3").statusCode()).isEqualTo(200);
    }
    try (TestSite site = TestSite.start(new MemoryMessageStore(), SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      assertThat(location(site, "/apress_arh/&start=501")).as("an empty archive").contains("/archive");
    }
  }

  @Test
  void an_unknown_path_is_a_real_404_page_with_the_masthead() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      HttpResponse<String> response = site.get("/no/such/page");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      PageText.assertLinesInOrder(List.of("25 July 2021", "Vienna: 00:34", "Page not found", "all messages"),
          PageText.linesOf(response.body()));
    }
  }

  @Test
  void a_flood_of_404s_renders_the_404_page_once_a_minute() {
    CountingStore counting = new CountingStore(store);
    try (TestSite site = TestSite.start(counting, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      HttpResponse<String> first = site.get("/no/such/page");
      counting.readsSinceLastAsked();

      for (int i = 0; i < 20; i++) {
        HttpResponse<String> again = site.get("/no/such/page/" + i);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).isEqualTo(first.body());
      }
      // What is left is the look-up of each path among the old site's paths.
      assertThat(counting.readsSinceLastAsked()).isEqualTo(20);
      for (String path : List.of("/archive/99", "/messages/999/x", "/sections/nowhere")) {
        assertThat(site.get(path).body()).as(path).isEqualTo(first.body());
      }
    }
  }

  @Test
  void a_failure_is_a_500_page_that_shows_no_stack_trace() {
    MessageStore broken = new FailingArchiveStore(store);
    try (TestSite site = TestSite.start(broken, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      HttpResponse<String> response = site.get("/archive");

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(PageText.linesOf(response.body())).contains("The page could not be shown", "25 July 2021");
      assertThat(response.body()).doesNotContain("disk on fire", "Exception", "at org.");
    }
  }

  @Test
  void every_response_carries_the_security_headers() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      for (String path : List.of("/", "/archive", "/no/such/page", "/static/site.css")) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
            .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
      }
    }
  }

  @Test
  void a_page_is_answered_with_an_etag_and_304_when_the_client_holds_it() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      HttpResponse<String> first = site.get("/archive/2");
      String etag = first.headers().firstValue("ETag").orElseThrow();

      assertThat(site.get("/archive/2").headers().firstValue("ETag")).contains(etag);
      HttpResponse<String> again = site.get("/archive/2", "If-None-Match", etag);
      assertThat(again.statusCode()).isEqualTo(304);
      assertThat(again.body()).isEmpty();
    }
  }

  /** A store whose archive is down, to provoke a failure. */
  private static final class FailingArchiveStore extends ForwardingMessageStore {
    FailingArchiveStore(MessageStore store) {
      super(store);
    }

    @Override
    public ArchivePage archive(ArchiveRequest request) {
      throw new IllegalStateException("disk on fire");
    }
  }

  private static Optional<String> location(TestSite site, String path) {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(301);
    return response.headers().firstValue("Location");
  }
}

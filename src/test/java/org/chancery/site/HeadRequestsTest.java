package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.junit.jupiter.api.Test;

/** HEAD answers what GET would, status and headers, without the body: not Javalin's blanket 200. */
class HeadRequestsTest {

  private final MemoryMessageStore store = SiteFixtures.storeWith(30);
  private final Message old = SiteFixtures.add(store, SiteFixtures.interview(LocalDate.of(2021, 7, 1))
      .withLegacyPaths(List.of("/fnapr/6443")));

  @Test
  void head_answers_the_status_and_headers_of_get_without_a_body() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      for (String path : List.of("/", "/archive", "/archive/2", "/archive/99", "/archive/02", "/archive/1",
          "/messages/6", "/messages/6/wrong", "/messages/999", old.path(), "/sections/interviews",
          "/sections/nowhere", "/fnapr/6443", "/apress_arh/&start=11", "/no/such/page")) {
        HttpResponse<String> get = site.get(path);
        HttpResponse<String> head = site.head(path);

        assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
        for (String header : List.of("Location", "Content-Type", "ETag", "Cache-Control", "Content-Security-Policy")) {
          assertThat(head.headers().firstValue(header)).as(path + " " + header).isEqualTo(get.headers().firstValue(header));
        }
        assertThat(head.body()).as(path).isEmpty();
      }
    }
  }

  @Test
  void head_of_a_missing_page_is_404_and_of_a_short_path_a_301() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      assertThat(site.head("/archive/99").statusCode()).isEqualTo(404);
      assertThat(site.head("/no/such/page").statusCode()).isEqualTo(404);
      HttpResponse<String> moved = site.head("/messages/6");
      assertThat(moved.statusCode()).isEqualTo(301);
      assertThat(moved.headers().firstValue("Location")).contains(store.byNumber().get(6L).path());
      assertThat(site.head("/fnapr/6443").headers().firstValue("Location")).contains(old.path());
    }
  }
}

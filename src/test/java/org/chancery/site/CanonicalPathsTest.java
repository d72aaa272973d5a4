package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.junit.jupiter.api.Test;

/**
 * Each page has one path. Other spellings of it are moved there without a render or a cache entry
 * of their own, so a crawler cannot make the site render, or keep, a page per spelling.
 */
class CanonicalPathsTest {

  /** 30 press releases: three archive pages, and no interviews. */
  private final MemoryMessageStore memory = SiteFixtures.storeWith(30);
  private final Message six = memory.byNumber().get(6L);
  private final CountingStore store = new CountingStore(memory);

  @Test
  void other_spellings_of_a_page_move_permanently_to_its_path() {
    String slug = six.slug();
    String escapedSlug = slug.replace("o", "%6F");
    Map<String, String> moves = Map.ofEntries(
        Map.entry("/archive/02", "/archive/2"),
        Map.entry("/archive/%32", "/archive/2"),
        Map.entry("/archive/2/", "/archive/2"),
        Map.entry("/archive/", "/archive"),
        Map.entry("/archive/01", "/archive"),
        Map.entry("/sections/press-releases/02", "/sections/press-releases/2"),
        Map.entry("/sections/press-releases/", "/sections/press-releases"),
        Map.entry("/sections/press%2Dreleases/3", "/sections/press-releases/3"),
        Map.entry("/messages/006/" + slug, six.path()),
        Map.entry("/messages/6/" + escapedSlug, six.path()),
        Map.entry("/messages/6/" + slug + "/", six.path()),
        Map.entry("/messages/06", six.path()),
        Map.entry("/messages/6/", six.path()));
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      moves.forEach((path, target) -> {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as(path).contains(target);
      });
      for (String path : List.of("/archive/2", "/archive", "/sections/press-releases/2", six.path())) {
        assertThat(site.get(path).statusCode()).as(path).isEqualTo(200);
      }
    }
  }

  @Test
  void spellings_of_a_page_render_it_once_and_then_cost_no_store_read() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      site.get("/archive/3");
      site.get(six.path());
      store.readsSinceLastAsked();

      for (String path : List.of("/archive/03", "/archive/003", "/archive/%33", "/archive/3/", "/archive/3",
          "/messages/006/" + six.slug(), "/messages/6/wrong-slug", "/messages/6/another-wrong-slug", "/messages/6",
          six.path())) {
        site.get(path);
      }

      assertThat(store.readsSinceLastAsked()).isZero();
    }
  }

  @Test
  void a_page_first_asked_for_in_an_odd_spelling_is_rendered_under_its_own_path_only() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      site.get("/archive/03");
      int firstRender = store.readsSinceLastAsked();
      site.get("/archive/003");
      site.get("/archive/3");

      assertThat(firstRender).isPositive();
      assertThat(store.readsSinceLastAsked()).isZero();
    }
  }

  @Test
  void an_odd_spelling_of_a_page_that_does_not_exist_is_the_404_page_not_a_redirect() {
    try (TestSite site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT)) {
      for (String path : List.of("/archive/04", "/archive/%34", "/archive/4/", "/sections/interviews/", "/messages/099/x",
          "/messages/099")) {
        assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
      }
    }
  }
}

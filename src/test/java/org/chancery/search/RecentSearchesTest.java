package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.content.SearchRequest;
import org.chancery.content.SearchResult;
import org.chancery.content.SearchResult.Facet;
import org.chancery.content.SearchResult.FacetCount;
import org.chancery.content.Section;
import org.junit.jupiter.api.Test;

/** The index keeps recent results only for as long as nothing they depend on changes. */
class RecentSearchesTest extends IndexTest {

  private final SearchRequest grain = SearchRequest.words("grain", Archive.TODAY);

  @Test
  void a_search_asked_again_finds_the_same() {
    SearchResult first = index.search(grain);

    assertThat(index.search(grain)).isEqualTo(first);
    assertThat(numbers(first)).containsExactlyInAnyOrder(101L, 102L, 104L);
  }

  @Test
  void a_message_indexed_since_is_found_by_the_same_search() {
    index.search(grain);

    index.index(Archive.message(150, Archive.NEWS, "Grain ships leave Port Ardent", Archive.TODAY, "en",
        "The first grain ships of the season left the harbour."));

    assertThat(numbers(index.search(grain))).contains(150L);
  }

  @Test
  void a_message_removed_since_is_gone_from_the_same_search() {
    index.search(grain);

    index.remove(101);

    assertThat(numbers(index.search(grain))).doesNotContain(101L);
  }

  @Test
  void a_section_renamed_since_shows_its_new_name_in_the_same_search() {
    index.search(grain);

    sections.set(0, new Section("statements", "Official statements"));

    assertThat(index.search(grain).facets().get(Facet.SECTION))
        .contains(new FacetCount("statements", "Official statements", 2));
  }
}

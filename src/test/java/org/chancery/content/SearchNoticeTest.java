package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchNoticeTest {

  @Test
  void a_key_is_the_name_in_lower_case_with_hyphens() {
    assertThat(SearchNotice.MISSING_QUOTE.key()).isEqualTo("missing-quote");
    assertThat(SearchNotice.TOO_MANY_PREFIXES.key()).isEqualTo("too-many-prefixes");
    assertThat(SearchNotice.EMPTY_RANGE.key()).isEqualTo("empty-range");
  }

  @Test
  void only_the_two_limits_are_named_in_a_sentence() {
    assertThat(SearchNotice.TOO_MANY_WORDS.arguments()).containsExactly(32);
    assertThat(SearchNotice.TOO_MANY_PREFIXES.arguments()).containsExactly(5);
    assertThat(List.of(SearchNotice.values())).filteredOn(n -> !n.arguments().isEmpty())
        .containsExactly(SearchNotice.TOO_MANY_WORDS, SearchNotice.TOO_MANY_PREFIXES);
  }

  @Test
  void a_result_keeps_its_notices_in_order_once_each_and_as_they_were_given() {
    List<SearchNotice> given = new ArrayList<>(
        List.of(SearchNotice.LONE_OR, SearchNotice.ONLY_EXCLUSIONS, SearchNotice.LONE_OR));

    SearchResult result = new SearchResult(List.of(), 0, 1, 10, Map.of(), given);
    given.clear();

    assertThat(result.notices()).containsExactly(SearchNotice.LONE_OR, SearchNotice.ONLY_EXCLUSIONS);
    assertThatThrownBy(() -> new SearchResult(List.of(), 0, 1, 10, Map.of(), null))
        .isInstanceOf(NullPointerException.class);
  }
}

package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.chancery.content.SearchNotice;
import org.chancery.content.SearchRequest;
import org.chancery.content.SearchResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class HostileQueryTest extends IndexTest {

  static Stream<String> typed() {
    return Stream.of("\"grain exporters", "\"", "\"\"", "-", "- -", "--", "OR", "OR OR", "grain OR", "OR grain", "*", "**",
        "a*", "*grain", "gr*in", "-\"", "-\"grain", "grain -", "grain OR -farmers", "NOT AND OR", "(((grain)))",
        "grain^10", "title:grain", "grain~2", "\\", "/", "[a TO z]", "{!lucene}", "\u0000", "\u0007grain\u0000",
        "\u200B\u200E\uFEFF", "<script>alert(1)</script>", "<b>grain</b>", "'; DROP TABLE message; --",
        "' OR '1'='1", "%00", "\uD83D\uDE42 grain", "\uD800", "ё Ё й", "grain ".repeat(2_000), "x".repeat(10_000),
        "\"".repeat(999), "-".repeat(1_000), "a* ".repeat(300), "\"a b\" OR ".repeat(100));
  }

  @ParameterizedTest
  @MethodSource("typed")
  void anything_typed_gives_a_result_never_an_exception(String query) {
    assertThatCode(() -> search(query)).doesNotThrowAnyException();
    assertThatCode(() -> index.search(SearchRequest.words(query, Archive.TODAY).withSpeaker("question")))
        .doesNotThrowAnyException();
    SearchResult result = search(query);
    assertThat(result.total()).isGreaterThanOrEqualTo(result.hits().size());
  }

  @Test
  void an_unclosed_quote_is_closed_at_the_end_and_said_so() {
    SearchResult result = search("farmers \"grain exporters");

    assertThat(numbers(result)).containsExactly(101L);
    assertThat(result.notices()).containsExactly(SearchNotice.MISSING_QUOTE);
  }

  @Test
  void exclusions_alone_find_nothing_and_say_why() {
    SearchResult result = search("-grain -\"trade ministry\"");

    assertThat(result.hits()).isEmpty();
    assertThat(result.notices()).containsExactly(SearchNotice.ONLY_EXCLUSIONS);
  }

  @Test
  void a_lone_operator_is_ignored_and_said_so() {
    assertThat(search("grain -").notices()).containsExactly(SearchNotice.LONE_DASH);
    assertThat(numbers(search("grain -"))).containsExactlyInAnyOrder(101L, 102L, 104L);
    assertThat(search("OR grain").notices()).containsExactly(SearchNotice.LONE_OR);
    assertThat(search("* grain").notices()).containsExactly(SearchNotice.LONE_STAR);
  }

  @Test
  void symbols_alone_list_every_message_and_say_so() {
    SearchResult result = search("* - OR <>");

    assertThat(result.total()).isEqualTo(5);
    assertThat(result.notices()).containsExactly(
        SearchNotice.LONE_STAR, SearchNotice.LONE_DASH, SearchNotice.LONE_OR, SearchNotice.NOTHING_TO_FIND);
  }

  @Test
  void a_very_long_query_is_cut_and_said_so() {
    SearchResult result = search("grain ".repeat(2_000));

    assertThat(numbers(result)).containsExactlyInAnyOrder(101L, 102L, 104L);
    assertThat(result.notices()).containsExactly(SearchNotice.TOO_MANY_WORDS);
  }

  @Test
  void control_characters_are_read_as_spaces() {
    assertThat(numbers(search("\u0000farmers\u0007"))).containsExactly(101L);
  }

  @Test
  void sql_is_just_words() {
    SearchResult result = search("'; DROP TABLE message; --");

    assertThat(result.hits()).isEmpty();
    assertThat(result.total()).isZero();
  }

  @Test
  void prefixes_standing_for_thousands_of_words_are_searched_and_marked() {
    StringBuilder words = new StringBuilder();
    for (String start : new String[] {"ab", "ac", "ad", "ae", "af"}) {
      for (int i = 0; i < 400; i++) {
        words.append(start).append(Integer.toString(i, 36)).append("x ");
      }
    }
    index.index(Archive.message(400, Archive.NEWS, "A list of codes", java.time.LocalDate.of(2026, 1, 2), "en",
        words.toString()));

    SearchResult result = search("ab* ac* ad* ae* af*");

    assertThat(numbers(result)).containsExactly(400L);
    assertThat(result.hits().get(0).snippet()).anyMatch(SearchResult.Snippet::match);
  }
}

package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.content.SearchNotice;
import org.chancery.search.QueryText.Phrase;
import org.chancery.search.QueryText.Prefix;
import org.chancery.search.QueryText.Word;
import org.junit.jupiter.api.Test;

class QueryTextTest {

  @Test
  void words_are_each_required() {
    QueryText text = QueryText.read("grain  exporters");

    assertThat(text.required()).containsExactly(List.of(new Word("grain")), List.of(new Word("exporters")));
    assertThat(text.notices()).isEmpty();
  }

  @Test
  void phrases_exclusions_prefixes_and_or() {
    QueryText text = QueryText.read("\"trade ministry\" -farmers -\"port ardent\" negotiat* grain OR \"cereal crops\"");

    assertThat(text.required()).containsExactly(
        List.of(new Phrase("trade ministry")), List.of(new Prefix("negotiat")),
        List.of(new Word("grain"), new Phrase("cereal crops")));
    assertThat(text.excluded()).containsExactly(new Word("farmers"), new Phrase("port ardent"));
  }

  @Test
  void or_joins_a_run_of_alternatives() {
    assertThat(QueryText.read("a OR b OR c d").required())
        .containsExactly(List.of(new Word("a"), new Word("b"), new Word("c")), List.of(new Word("d")));
  }

  @Test
  void curly_quotes_are_quotes_and_a_missing_close_is_supplied() {
    QueryText text = QueryText.read("\u201Cgrain exporters\u201D \u00ABsea");

    assertThat(text.required()).containsExactly(List.of(new Phrase("grain exporters")), List.of(new Phrase("sea")));
    assertThat(text.notices()).containsExactly(SearchNotice.MISSING_QUOTE);
  }

  @Test
  void a_dash_inside_a_word_is_part_of_it() {
    assertThat(QueryText.read("covid-19 well-known").required())
        .containsExactly(List.of(new Word("covid-19")), List.of(new Word("well-known")));
  }

  @Test
  void a_prefix_needs_two_letters() {
    QueryText text = QueryText.read("a* ab*");

    assertThat(text.required()).containsExactly(List.of(new Word("a")), List.of(new Prefix("ab")));
    assertThat(text.notices()).containsExactly(SearchNotice.SHORT_PREFIX);
  }

  @Test
  void lone_operators_are_dropped_with_a_notice() {
    QueryText text = QueryText.read("OR - * grain OR");

    assertThat(text.required()).containsExactly(List.of(new Word("grain")));
    assertThat(text.notices()).containsExactly(SearchNotice.LONE_OR, SearchNotice.LONE_DASH, SearchNotice.LONE_STAR);
  }

  @Test
  void or_next_to_an_exclusion_is_ignored() {
    QueryText text = QueryText.read("grain OR -farmers");

    assertThat(text.required()).containsExactly(List.of(new Word("grain")));
    assertThat(text.excluded()).containsExactly(new Word("farmers"));
    assertThat(text.notices()).containsExactly(SearchNotice.LONE_OR);
  }

  @Test
  void control_characters_become_spaces() {
    assertThat(QueryText.read("grain\u0000exporters\u0007").required())
        .containsExactly(List.of(new Word("grain")), List.of(new Word("exporters")));
  }

  @Test
  void words_past_the_limit_are_cut() {
    QueryText text = QueryText.read("w ".repeat(40) + "\"one two\"");

    assertThat(text.required()).hasSize(QueryText.MOST_WORDS);
    assertThat(text.notices()).containsExactly(SearchNotice.TOO_MANY_WORDS);
  }

  @Test
  void prefixes_past_their_limit_are_words() {
    QueryText text = QueryText.read("aa* bb* cc* dd* ee* ff*");

    assertThat(text.required()).last().isEqualTo(List.of(new Word("ff")));
    assertThat(text.notices()).containsExactly(SearchNotice.TOO_MANY_PREFIXES);
  }

  @Test
  void only_exclusions_is_said() {
    assertThat(QueryText.read("-grain").notices()).containsExactly(SearchNotice.ONLY_EXCLUSIONS);
  }
}

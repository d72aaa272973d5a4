package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void titles_typed_with_other_quotes_dashes_and_spaces_share_a_key() {
    String a = Text.comparisonKey("Article by Minister ”On Unity“ \u2013 the full text");
    String b = Text.comparisonKey("Article  by minister \"On Unity\" - the full text");
    String c = Text.comparisonKey("Minister's article");
    String d = Text.comparisonKey("Minister\u2019s article");

    assertThat(a).isEqualTo(b);
    assertThat(c).isEqualTo(d);
  }

  @Test
  void slugs_are_ascii_words_joined_by_hyphens() {
    assertThat(Text.slug("Ambassador’s interview with the “Post”, Lisbon, April 14, 2026"))
        .isEqualTo("ambassadors-interview-with-the-post-lisbon-april-14-2026");
    assertThat(Text.slug("Заявление")).isEmpty();
  }
}

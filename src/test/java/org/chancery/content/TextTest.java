package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @Test
  void squeeze_folds_each_run_of_white_space_and_no_break_spaces_into_one_space() {
    assertThat(Text.squeeze("  Ambassador\u00A0 Ilse\t\tVarga\r\n said\u2007so\u202F.  ")).isEqualTo("Ambassador Ilse Varga said so .");
    assertThat(Text.squeeze("")).isEmpty();
    assertThat(Text.squeeze(" \u00A0\n ")).isEmpty();
    assertThat(Text.squeeze("Grain")).isEqualTo("Grain");
  }

  @Test
  void squeeze_trims_other_unicode_spaces_at_the_ends_only() {
    assertThat(Text.squeeze("\u3000Port\u2003Ardent\u3000")).isEqualTo("Port\u2003Ardent");
  }

  /** The rule as a pattern, as it was first written: the loop must read text the same way. */
  private static final Pattern AS_A_PATTERN = Pattern.compile("[\\s\\u2007\\u202F]+");

  @ParameterizedTest
  @ValueSource(strings = {"a\u000Bb", "a \f b", "\n\nFirst paragraph.\n\n\nSecond.\n", "\u00A0\u00A0x\u00A0",
      "Q.:\u2007What?", "Посол\u00A0 Ильзе   Варга", "tab\tand\u202Fthin"})
  void squeeze_reads_text_as_the_pattern_does(String text) {
    assertThat(Text.squeeze(text))
        .isEqualTo(AS_A_PATTERN.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").strip());
  }
}

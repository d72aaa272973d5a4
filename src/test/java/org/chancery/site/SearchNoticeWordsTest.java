package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.chancery.content.SearchNotice;
import org.junit.jupiter.api.Test;

/** Every notice a search can give has its sentence in English and Russian, naming its limit. */
class SearchNoticeWordsTest {

  private static final UiText ENGLISH = UiText.load(Locale.ENGLISH);
  private static final UiText RUSSIAN = UiText.load(Locale.forLanguageTag("ru"));

  @Test
  void every_notice_has_its_own_sentence_in_both_languages() {
    assertThat(List.of(SearchNotice.values())).allSatisfy(n -> {
      String english = sentence(ENGLISH, n);
      String russian = sentence(RUSSIAN, n);
      assertThat(english).as(n.key()).isNotBlank();
      assertThat(russian).as(n.key()).isNotBlank().isNotEqualTo(english);
    });
  }

  @Test
  void the_sentences_keep_their_quotes_and_name_the_limits_of_the_rules() {
    assertThat(sentence(ENGLISH, SearchNotice.LONE_DASH))
        .isEqualTo("A \"-\" leaves out the word right after it; the lone one was ignored.");
    assertThat(sentence(ENGLISH, SearchNotice.TOO_MANY_WORDS)).isEqualTo("Only the first 32 words were searched.");
    assertThat(sentence(RUSSIAN, SearchNotice.TOO_MANY_WORDS)).contains("32");
    assertThat(sentence(ENGLISH, SearchNotice.TOO_MANY_PREFIXES)).contains(" 5 ");
    assertThat(sentence(RUSSIAN, SearchNotice.TOO_MANY_PREFIXES)).contains(" 5;");
  }

  private static String sentence(UiText text, SearchNotice notice) {
    return text.format("search.notice." + notice.key(), notice.arguments().toArray());
  }
}

package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.content.SearchResult.Hit;
import org.junit.jupiter.api.Test;

class RelatedTest extends IndexTest {

  @Test
  void messages_like_one_share_its_words_in_its_language_published_by_today_and_not_itself() {
    index.index(Archive.message(180, Archive.STATEMENTS, "Second statement on grain sanctions and exporters",
        LocalDate.of(2026, 3, 1), "en",
        "The embassy repeats that the sanctions on Veltrian grain exporters harm farmers and the talks in Lindor."));

    List<Hit> related = index.related(101, 5, Archive.TODAY);

    assertThat(related).extracting(Hit::number).first().isEqualTo(180L);
    assertThat(related).extracting(Hit::number).doesNotContain(101L, 106L, 104L, 105L);
    assertThat(index.related(101, 5, LocalDate.of(2026, 4, 1))).extracting(Hit::number).contains(106L);
  }

  @Test
  void at_most_the_limit() {
    assertThat(index.related(101, 1, Archive.TODAY)).hasSizeLessThanOrEqualTo(1);
    assertThat(index.related(101, 0, Archive.TODAY)).isEmpty();
  }

  @Test
  void russian_messages_are_like_russian_ones() {
    assertThat(index.related(104, 5, Archive.TODAY)).extracting(Hit::number).containsExactly(105L);
  }

  @Test
  void none_for_a_message_the_index_does_not_hold() {
    assertThat(index.related(999, 5, Archive.TODAY)).isEmpty();
  }
}

package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.content.Message;
import org.chancery.content.SearchRequest;
import org.junit.jupiter.api.Test;

class WritesTest extends IndexTest {

  @Test
  void indexing_a_message_again_replaces_it_and_its_turns() {
    Message retitled = Archive.message(102, Archive.TRANSCRIPTS,
        "Ambassador Ilse Varga's interview with the Harbour Gazette on grain",
        Archive.HARBOUR_INTERVIEW.published(), "en",
        "Q.: What about grain?", "Ambassador Ilse Varga: Grain must move freely.");

    index.index(retitled);
    index.index(retitled);

    assertThat(index.count()).isEqualTo(Archive.ALL.size());
    assertThat(search("grain").hits()).filteredOn(h -> h.number() == 102L)
        .extracting(h -> h.title()).containsExactly(retitled.title());
    assertThat(index.search(SearchRequest.saidBy("ambassador ilse varga", 1, Archive.TODAY)).total()).isEqualTo(1);
    assertThat(search("consular").hits()).isEmpty();
  }

  @Test
  void a_bulk_index_over_what_is_there_leaves_no_duplicates() {
    index.index(Archive.ALL);

    assertThat(index.count()).isEqualTo(Archive.ALL.size());
    assertThat(search("").total()).isEqualTo(5);
  }

  @Test
  void a_removed_message_takes_its_turns_with_it() {
    index.remove(102);

    assertThat(index.count()).isEqualTo(Archive.ALL.size() - 1);
    assertThat(numbers(search("grain"))).doesNotContain(102L);
    assertThat(index.search(SearchRequest.saidBy("ambassador ilse varga", 1, Archive.TODAY)).hits()).isEmpty();
    index.remove(102); // nothing to remove: nothing happens
  }

  @Test
  void remove_all_empties_the_index() {
    index.removeAll();

    assertThat(index.count()).isZero();
    assertThat(search("").hits()).isEmpty();
  }

  @Test
  void what_was_committed_is_there_after_reopening() throws IndexUnreadable {
    index.commit();
    index.close();

    index = LuceneSearchIndex.open(folder.resolve("index"), () -> sections);

    assertThat(index.count()).isEqualTo(Archive.ALL.size());
    assertThat(numbers(search("farmers"))).containsExactly(101L);
  }

  @Test
  void a_message_without_a_number_is_refused() {
    Message unstored = Message.create(Archive.NEWS, "A draft", LocalDate.of(2026, 1, 1),
        org.chancery.content.Body.of(List.of("Not stored yet.")));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.index(unstored))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no number");
  }
}

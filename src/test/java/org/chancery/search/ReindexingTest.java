package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancery.content.Body;
import org.chancery.content.ForwardingMessageStore;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.SearchRequest;
import org.chancery.content.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilding the index from the store: every batch, written on several threads, one commit at the end. */
class ReindexingTest {

  static final int MESSAGES = 2_500;

  @TempDir
  Path dir;

  MemoryMessageStore store = new MemoryMessageStore();

  @BeforeEach
  void fill() {
    store.write(w -> {
      for (int i = 1; i <= MESSAGES; i++) {
        w.add(Message.create(Section.NEWS, "Statement " + i + " on the harbour", LocalDate.of(2020, 1, 1).plusDays(i),
            Body.of(List.of(i % 2 == 0 ? "The ferry runs again." : "The lighthouse is lit."))));
      }
      return null;
    });
  }

  @Test
  void every_searchable_message_is_indexed_with_progress_and_the_stores_last_change_recorded() {
    List<Long> progress = new ArrayList<>();
    try (LuceneSearchIndex index = LuceneSearchIndex.openOrEmpty(dir, List::of, reason -> {})) {
      long indexed = Reindexing.rebuild(store, index, progress::add);

      assertThat(indexed).isEqualTo(MESSAGES);
      assertThat(index.count()).isEqualTo(MESSAGES);
      assertThat(index.search(SearchRequest.words("ferry", LocalDate.of(2030, 1, 1))).total()).isEqualTo(MESSAGES / 2);
      assertThat(progress).containsExactly(1_000L, 2_000L, 2_500L);
      assertThat(index.indexedChange()).isEqualTo(store.lastChange());
    }
  }

  @Test
  void a_rebuild_that_fails_half_way_leaves_an_index_that_holds_no_change_so_it_is_rebuilt_again() {
    MessageStore failing = new ForwardingMessageStore(store) {
      @Override
      public List<Message> searchableAfter(long after, int limit) {
        if (after >= 1_000) {
          throw new IllegalStateException("the database went away");
        }
        return super.searchableAfter(after, limit);
      }
    };
    try (LuceneSearchIndex index = LuceneSearchIndex.openOrEmpty(dir, List::of, reason -> {})) {
      index.commit(42);

      assertThatThrownBy(() -> Reindexing.rebuild(failing, index, n -> {})).hasMessage("the database went away");
      assertThat(index.indexedChange()).isZero();
    }
  }
}

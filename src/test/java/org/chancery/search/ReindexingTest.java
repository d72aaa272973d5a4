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
import org.chancery.content.StoreChange;
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
      assertThat(index.heldChange()).get().satisfies(held -> assertThat(held.sameAs(lastChangeOf(store))).isTrue());
      assertThat(Reindexing.reasonToRebuild(store, index)).isEmpty();
    }
  }

  @Test
  void the_change_the_index_holds_is_read_again_when_it_is_reopened() throws IndexUnreadable {
    try (LuceneSearchIndex index = LuceneSearchIndex.openOrEmpty(dir, List::of, reason -> {})) {
      Reindexing.rebuild(store, index, n -> {});
    }
    try (LuceneSearchIndex reopened = LuceneSearchIndex.open(dir, List::of)) {
      assertThat(reopened.heldChange()).get().satisfies(held -> assertThat(held.sameAs(lastChangeOf(store))).isTrue());
    }
  }

  @Test
  void an_index_that_holds_no_change_of_a_store_that_has_some_must_be_rebuilt() {
    try (LuceneSearchIndex index = LuceneSearchIndex.openOrEmpty(dir, List::of, reason -> {})) {
      assertThat(Reindexing.reasonToRebuild(store, index)).contains("it holds none of the store's 2500 changes");
      assertThat(Reindexing.reasonToRebuild(new MemoryMessageStore(), index)).as("nothing to hold").isEmpty();
    }
  }

  @Test
  void an_index_ahead_of_the_store_must_be_rebuilt() {
    MemoryMessageStore older = new MemoryMessageStore();
    older.write(w -> w.add(Message.create(Section.NEWS, "Statement 1 on the harbour", LocalDate.of(2020, 1, 2),
        Body.of(List.of("The lighthouse is lit.")))));
    try (LuceneSearchIndex index = LuceneSearchIndex.openOrEmpty(dir, List::of, reason -> {})) {
      Reindexing.rebuild(store, index, n -> {});

      assertThat(Reindexing.reasonToRebuild(older, index))
          .contains("it holds the store's changes up to 2500, and the store's last is 1: the database is older than the index");
    }
  }

  @Test
  void an_index_built_from_another_copy_of_the_database_must_be_rebuilt_though_it_numbers_as_many_changes() {
    try (LuceneSearchIndex index = LuceneSearchIndex.openOrEmpty(dir, List::of, reason -> {})) {
      Reindexing.rebuild(store, index, n -> {});
      MemoryMessageStore restored = new MemoryMessageStore(); // the same messages, written again later
      restored.write(w -> {
        store.searchableAfter(0, MESSAGES).forEach(m -> w.add(Message.create(m.section(), m.title(), m.published(),
            m.body())));
        return null;
      });
      assertThat(restored.lastChange()).isEqualTo(store.lastChange());

      assertThat(Reindexing.reasonToRebuild(restored, index)).hasValueSatisfying(reason -> assertThat(reason)
          .startsWith("it was built from another copy of the database: its change 2500 was made at ")
          .contains(", the store's at "));
    }
  }

  private static StoreChange lastChangeOf(MessageStore store) {
    return store.change(store.lastChange()).orElseThrow();
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
      index.commit(store.change(store.lastChange()));

      assertThatThrownBy(() -> Reindexing.rebuild(failing, index, n -> {})).hasMessage("the database went away");
      assertThat(index.indexedChange()).isZero();

      // The batches being written were let finish: the index is whole and can be rebuilt at once.
      assertThat(Reindexing.rebuild(store, index, n -> {})).isEqualTo(MESSAGES);
      assertThat(index.count()).isEqualTo(MESSAGES);
    }
  }
}

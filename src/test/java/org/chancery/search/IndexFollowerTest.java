package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.chancery.content.Body;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.SearchRequest;
import org.chancery.content.Section;
import org.chancery.content.Withdrawal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index following the store's change log, in rounds, from the change it last recorded. */
class IndexFollowerTest {

  static final LocalDate LATER = LocalDate.of(2030, 1, 1);

  @TempDir
  Path dir;

  final MemoryMessageStore store = new MemoryMessageStore();

  @Test
  void a_bulk_import_is_followed_in_rounds_and_a_withdrawal_and_an_edit_after_it() {
    store.write(w -> {
      for (int i = 1; i <= 2_500; i++) {
        w.add(Message.create(Section.NEWS, "Statement " + i, LocalDate.of(2020, 1, 1).plusDays(i),
            Body.of(List.of("The ferry runs again."))));
      }
      return null;
    });
    try (LuceneSearchIndex index = LuceneSearchIndex.openOrEmpty(dir, List::of, reason -> {})) {
      IndexFollower follower = new IndexFollower(store, index);

      assertThat(follower.catchUp()).isEqualTo(2_500);
      assertThat(index.count()).isEqualTo(2_500);
      assertThat(index.indexedChange()).isEqualTo(store.lastChange());

      store.write(w -> {
        w.withdraw(1, new Withdrawal(Instant.parse("2026-01-01T00:00:00Z"), "Issued in error."));
        w.update(w.stored(2).orElseThrow().withBody(Body.of(List.of("The lighthouse is lit."))));
        return null;
      });
      assertThat(follower.catchUp()).isEqualTo(2);
      assertThat(index.count()).isEqualTo(2_499);
      assertThat(index.search(SearchRequest.words("lighthouse", LATER)).total()).isEqualTo(1);
      assertThat(follower.catchUp()).as("nothing new").isZero();
    }
  }
}

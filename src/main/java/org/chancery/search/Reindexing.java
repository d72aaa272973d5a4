package org.chancery.search;

import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;

/**
 * Builds the search index anew from the store: every searchable message, read in number order a
 * batch at a time, so that memory stays flat whatever the archive's size. The index is committed
 * as holding the store's last change as it was before the first read; whatever changes while the
 * rebuild runs is then picked up by the {@link IndexFollower}.
 */
public final class Reindexing {

  /** Messages read from the store at a time. */
  static final int BATCH = 1_000;

  private Reindexing() {}

  /**
   * Replaces everything in {@code index} with the store's searchable messages.
   *
   * @param progress told the count of messages indexed so far, after each batch
   * @return how many messages were indexed
   */
  public static long rebuild(MessageStore store, LuceneSearchIndex index, LongConsumer progress) {
    Objects.requireNonNull(progress, "progress");
    long upTo = store.lastChange();
    index.removeAll();
    // Until the rebuild is done the index holds no change: stopped half-way, it is rebuilt again.
    index.commit(0);
    long indexed = 0;
    long after = 0;
    while (true) {
      List<Message> batch = store.searchableAfter(after, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      index.index(batch);
      indexed += batch.size();
      after = batch.get(batch.size() - 1).number();
      progress.accept(indexed);
    }
    index.commit(upTo);
    return indexed;
  }
}

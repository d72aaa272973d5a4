package org.chancery.search;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
    Batches messages = new Batches(store, progress);
    index.index(messages); // one writer pass and one commit for the whole archive
    index.commit(upTo);
    return messages.read;
  }

  /** Every searchable message in number order, read from the store a batch at a time as it is iterated. */
  private static final class Batches implements Iterable<Message> {
    private final MessageStore store;
    private final LongConsumer progress;
    long read;

    Batches(MessageStore store, LongConsumer progress) {
      this.store = store;
      this.progress = progress;
    }

    @Override
    public Iterator<Message> iterator() {
      return new Iterator<>() {
        private Iterator<Message> batch = Collections.emptyIterator();
        private long after;
        private boolean done;

        @Override
        public boolean hasNext() {
          if (!batch.hasNext() && !done) {
            List<Message> next = store.searchableAfter(after, BATCH);
            if (next.isEmpty()) {
              done = true;
            } else {
              after = next.get(next.size() - 1).number();
              batch = next.iterator();
              read += next.size();
              progress.accept(read);
            }
          }
          return batch.hasNext();
        }

        @Override
        public Message next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return batch.next();
        }
      };
    }
  }
}

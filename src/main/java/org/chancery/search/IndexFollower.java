package org.chancery.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.Repeating;
import org.chancery.content.StoreChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the store by reading the store's change log: each change
 * that names a message re-reads it ({@link MessageStore#searchable}) and indexes it, or takes it
 * out when it has been withdrawn or removed. The index records the last change it holds with its
 * commit, so after a restart it catches up from there; changes made by another process or node
 * are seen the same way.
 *
 * <p>{@link #catchUp()} does one round; {@link #start} runs it on a daemon thread every
 * {@code interval} (a quarter of a second: a publish is searchable well within a second).
 */
public final class IndexFollower implements AutoCloseable {

  /** Often enough that a change is searchable within a second; the read is one indexed query. */
  public static final Duration EVERY = Duration.ofMillis(250);
  /** Changes read at a time; a bulk import is followed in rounds of this many. */
  static final int BATCH = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);

  private final MessageStore store;
  private final LuceneSearchIndex index;
  private volatile Repeating runs;

  public IndexFollower(MessageStore store, LuceneSearchIndex index) {
    this.store = Objects.requireNonNull(store, "store");
    this.index = Objects.requireNonNull(index, "index");
  }

  /**
   * Indexes every change the store has committed since the index's last, in rounds of
   * {@link #BATCH}, committing the index after each round with the change it reached.
   *
   * @return how many messages were indexed or taken out
   */
  public synchronized int catchUp() {
    int touched = 0;
    while (true) {
      List<StoreChange> changes = store.changesSince(index.indexedChange(), BATCH);
      if (changes.isEmpty()) {
        return touched;
      }
      Set<Long> numbers = new LinkedHashSet<>();
      changes.forEach(c -> c.message().ifPresent(numbers::add));
      List<Message> put = new ArrayList<>();
      for (long number : numbers) {
        Optional<Message> searchable = store.searchable(number);
        if (searchable.isPresent()) {
          put.add(searchable.get());
        } else {
          index.remove(number);
        }
      }
      // One write and one refresh for the round, however many messages a bulk import changed.
      index.add(put);
      index.commit(Optional.of(changes.get(changes.size() - 1)));
      touched += numbers.size();
    }
  }

  /** Catches up now, then every {@code interval}, on a daemon thread, until {@link #close}. */
  public IndexFollower start(Duration interval) {
    runs = Repeating.every(interval, "chancery-search-index", LOG, "the search index could not follow the store",
        () -> {
          int touched = catchUp();
          if (touched > 0) {
            LOG.debug("search index: {} message(s) indexed or taken out", touched);
          }
        });
    return this;
  }

  @Override
  public void close() {
    Repeating running = runs;
    if (running != null) {
      running.close();
    }
  }
}

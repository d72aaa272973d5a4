package org.chancery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.LongConsumer;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;

/**
 * Builds the search index anew from the store: every searchable message, read in number order a
 * batch at a time, so that memory stays flat whatever the archive's size, and written by as many
 * threads as there are cores while the next batch is read. The index is committed
 * as holding the store's last change as it was before the first read; whatever changes while the
 * rebuild runs is then picked up by the {@link IndexFollower}.
 */
public final class Reindexing {

  /** Messages read from the store at a time. */
  public static final int BATCH = 1_000;

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
    // This thread reads batches from the store; the others analyse and write them, each batch
    // one task, at most IN_FLIGHT batches in memory at once.
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService writers = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "chancery-reindex");
      thread.setDaemon(true);
      return thread;
    });
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    List<Future<?>> written = new ArrayList<>();
    long read = 0;
    try {
      long after = 0;
      while (true) {
        List<Message> batch = store.searchableAfter(after, BATCH);
        if (batch.isEmpty()) {
          break;
        }
        after = batch.get(batch.size() - 1).number();
        read += batch.size();
        inFlight.acquire();
        written.add(writers.submit(() -> {
          try {
            index.add(batch);
          } finally {
            inFlight.release();
          }
        }));
        progress.accept(read);
        written.removeIf(f -> f.isDone() && succeeded(f));
      }
      for (Future<?> task : written) {
        succeeded(task);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the rebuild of the search index was interrupted", e);
    } finally {
      writers.shutdownNow();
    }
    index.commit(upTo);
    return read;
  }

  /** Batches read but not yet written, at most: enough to keep every core busy, little memory. */
  static final int IN_FLIGHT = 4;

  /** Waits for a write and rethrows what it threw; true once it is done. */
  private static boolean succeeded(Future<?> task) {
    try {
      task.get();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the rebuild of the search index was interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime
          : new IllegalStateException("a batch of the rebuild failed", e.getCause());
    }
  }
}

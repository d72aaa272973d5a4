package org.chancery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.StoreChange;

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
    Optional<StoreChange> upTo = store.change(store.lastChange());
    index.removeAll();
    // Until the rebuild is done the index holds no change: stopped half-way, it is rebuilt again.
    index.commit(Optional.empty());
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
      // Batches not started never will be; those being written are let finish, not interrupted:
      // an interrupt in the middle of a write closes the index's files under its writer for good.
      written.forEach(task -> task.cancel(false));
      writers.shutdown();
      awaitWriters(writers);
    }
    index.commit(upTo);
    return read;
  }

  /**
   * Why the index must be rebuilt before it can follow the store, or empty when it can go on from
   * the change it holds: it holds none (new, emptied, a rebuild stopped half-way) while the store
   * has some; it holds a change the store does not have; or the store's change of that number is
   * another one, made at another time, as in a database restored from an older backup, or another
   * site's.
   */
  public static Optional<String> reasonToRebuild(MessageStore store, LuceneSearchIndex index) {
    long last = store.lastChange();
    Optional<StoreChange> held = index.heldChange();
    if (held.isEmpty()) {
      return last == 0 ? Optional.empty() : Optional.of("it holds none of the store's " + last + " changes");
    }
    StoreChange mine = held.get();
    if (mine.seq() > last) {
      return Optional.of("it holds the store's changes up to " + mine.seq() + ", and the store's last is " + last
          + ": the database is older than the index");
    }
    Optional<StoreChange> theirs = store.change(mine.seq());
    if (theirs.isEmpty() || !theirs.get().sameAs(mine)) {
      return Optional.of("it was built from another copy of the database: its change " + mine.seq() + " was made at "
          + mine.at() + theirs.map(c -> ", the store's at " + c.at()).orElse(", and the store has no such change"));
    }
    return Optional.empty();
  }

  /** Batches read but not yet written, at most: enough to keep every core busy, little memory. */
  static final int IN_FLIGHT = 4;

  /** Waits until the writers' threads have finished; an interrupt meanwhile is kept for the caller. */
  private static void awaitWriters(ExecutorService writers) {
    boolean interrupted = false;
    while (true) {
      try {
        if (writers.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

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

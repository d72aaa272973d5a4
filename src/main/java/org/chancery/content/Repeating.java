package org.chancery.content;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * A task run on a daemon thread of its own at a fixed delay, starting at once, until closed: the
 * publishing timer, the search index's follower. A run that throws is logged and the next run
 * comes as usual (an exception would otherwise cancel every later run).
 */
public final class Repeating implements AutoCloseable {

  private final ScheduledExecutorService executor;

  private Repeating(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /**
   * @param name the thread's name, e.g. "chancery-scheduled-publishing"
   * @param failure what the log says when a run fails, before "; trying again in the next interval"
   */
  public static Repeating every(Duration interval, String name, Logger log, String failure, Runnable task) {
    Objects.requireNonNull(task, "task");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the interval of " + name + " must be positive, got " + interval);
    }
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true); // never keeps the JVM alive on its own
      return thread;
    });
    executor.scheduleWithFixedDelay(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        log.error("{}; trying again in the next interval", failure, e);
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return new Repeating(executor);
  }

  /** Stops the runs, letting one in progress finish (up to 30 s). */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}

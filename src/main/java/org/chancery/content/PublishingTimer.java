package org.chancery.content;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ScheduledPublishing#publishDue()} on a daemon thread at a fixed interval, starting
 * at once. Whoever wires the application starts it and closes it on shutdown. An edition goes
 * live at most one interval after its time.
 */
public final class PublishingTimer implements AutoCloseable {

  /** Often enough that "10:00" means 10:00 to a reader; rare enough to cost nothing. */
  public static final Duration EVERY = Duration.ofSeconds(15);

  private static final Logger LOG = LoggerFactory.getLogger(PublishingTimer.class);

  private final ScheduledExecutorService executor;

  private PublishingTimer(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Starts publishing what is due now and then every {@code interval}. */
  public static PublishingTimer start(ScheduledPublishing publishing, Duration interval) {
    Objects.requireNonNull(publishing, "publishing");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the publishing interval must be positive, got " + interval);
    }
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "chancery-scheduled-publishing");
      thread.setDaemon(true); // never keeps the JVM alive on its own
      return thread;
    });
    executor.scheduleWithFixedDelay(() -> runOnce(publishing), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return new PublishingTimer(executor);
  }

  private static void runOnce(ScheduledPublishing publishing) {
    try {
      int published = publishing.publishDue();
      if (published > 0) {
        LOG.info("published {} scheduled edition(s)", published);
      }
    } catch (RuntimeException e) {
      // An exception would cancel every later run of a scheduled task; log it and try next time.
      LOG.error("scheduled publishing failed; trying again in the next interval", e);
    }
  }

  /** Stops the timer, letting a run in progress finish its transaction (up to 30 s). */
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

package org.chancery.content;

import java.time.Duration;
import java.util.Objects;
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

  private final Repeating runs;

  private PublishingTimer(Repeating runs) {
    this.runs = runs;
  }

  /** Starts publishing what is due now and then every {@code interval}. */
  public static PublishingTimer start(ScheduledPublishing publishing, Duration interval) {
    Objects.requireNonNull(publishing, "publishing");
    return new PublishingTimer(Repeating.every(interval, "chancery-scheduled-publishing", LOG,
        "scheduled publishing failed", () -> {
          int published = publishing.publishDue();
          if (published > 0) {
            LOG.info("published {} scheduled edition(s)", published);
          }
        }));
  }

  /** Stops the timer, letting a run in progress finish its transaction (up to 30 s). */
  @Override
  public void close() {
    runs.close();
  }
}

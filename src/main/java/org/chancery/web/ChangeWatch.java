package org.chancery.web;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The store's last change, read from the database at most once per {@code maxAgeNanos}.
 *
 * <p>Cached pages must be dropped when the content changes, and the change may come from another
 * process (an import from the command line, another node). Asking the database on every request
 * costs a connection and a query per page served, a third of the throughput of a cached page
 * (see docs/benchmarks.md); asking at most every 100 ms costs nothing measurable and shows a
 * change at most that much later. Time here is the JVM's monotonic clock, not the site's clock,
 * which {@code --now} may have stopped.
 */
public final class ChangeWatch {

  private final LongSupplier lastChange;
  private final LongSupplier nanoTime;
  private final long maxAgeNanos;
  private volatile Reading reading;

  private record Reading(long change, long readAtNanos) {}

  public ChangeWatch(LongSupplier lastChange, LongSupplier nanoTime, long maxAgeNanos) {
    this.lastChange = Objects.requireNonNull(lastChange, "lastChange");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    if (maxAgeNanos < 0) {
      throw new IllegalArgumentException("maxAgeNanos must be 0 (always read) or more, got " + maxAgeNanos);
    }
    this.maxAgeNanos = maxAgeNanos;
  }

  /** Reads the last change from {@code lastChange} at most every 100 ms. */
  public static ChangeWatch everyTenthOfASecond(LongSupplier lastChange) {
    return new ChangeWatch(lastChange, System::nanoTime, 100_000_000L);
  }

  /** The last change as of at most {@code maxAgeNanos} ago. */
  public long lastChange() {
    long now = nanoTime.getAsLong();
    Reading current = reading;
    if (current == null || now - current.readAtNanos >= maxAgeNanos) {
      // Two requests may both read here at the turn of the interval; both get a fresh answer.
      current = new Reading(lastChange.getAsLong(), now);
      reading = current;
    }
    return current.change;
  }
}

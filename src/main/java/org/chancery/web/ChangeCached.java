package org.chancery.web;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value read from the store again only once the store has changed (as a {@link ChangeWatch}
 * sees it, within a tenth of a second): e.g. the managed sections, which every search names but
 * which change a few times a year.
 */
public final class ChangeCached<T> implements Supplier<T> {

  private final ChangeWatch changes;
  private final Supplier<T> read;
  private volatile Reading<T> reading;

  private record Reading<T>(long change, T value) {}

  public ChangeCached(ChangeWatch changes, Supplier<T> read) {
    this.changes = Objects.requireNonNull(changes, "changes");
    this.read = Objects.requireNonNull(read, "read");
  }

  @Override
  public T get() {
    long change = changes.lastChange();
    Reading<T> current = reading;
    if (current == null || current.change() != change) {
      // Two threads may both read at a change; both get the fresh value, and one of them is kept.
      current = new Reading<>(change, read.get());
      reading = current;
    }
    return current.value();
  }
}

package org.chancery.content;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One committed change of the store, from its change log.
 *
 * @param seq the change's sequence number: it grows with every change
 * @param message the number of the message it changed, or empty for a change to the masthead or
 *     the sections
 * @param at when it was committed. With the message, this tells one copy of a database from
 *     another: a database restored from an older backup numbers its new changes as the old one
 *     did, but they were made at other times.
 */
public record StoreChange(long seq, Optional<Long> message, Instant at) {
  public StoreChange {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(at, "at");
  }

  /** Whether {@code other} is this very change, not merely one with the same number. */
  public boolean sameAs(StoreChange other) {
    return seq == other.seq && message.equals(other.message) && at.equals(other.at);
  }
}

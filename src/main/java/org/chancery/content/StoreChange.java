package org.chancery.content;

import java.util.Objects;
import java.util.Optional;

/**
 * One committed change of the store, from its change log.
 *
 * @param seq the change's sequence number: it grows with every change
 * @param message the number of the message it changed, or empty for a change to the masthead or
 *     the sections
 */
public record StoreChange(long seq, Optional<Long> message) {
  public StoreChange {
    Objects.requireNonNull(message, "message");
  }
}

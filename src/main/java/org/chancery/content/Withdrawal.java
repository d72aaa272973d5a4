package org.chancery.content;

import java.time.Instant;
import java.util.Objects;

/**
 * The notice a withdrawn message's page shows readers: the message stays on the site, as a
 * record of what was said, with when and why it was withdrawn.
 *
 * @param at when the message was withdrawn
 * @param reason the editor's sentence, shown to readers as written
 */
public record Withdrawal(Instant at, String reason) {

  public Withdrawal {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a withdrawal needs a reason for readers");
    }
  }
}

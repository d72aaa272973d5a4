package org.chancery.content;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved state of an edition's content. Revisions are append-only: every save adds one, none
 * is ever changed, so the console can show a message's history, compare any two revisions and
 * restore one as a new draft.
 *
 * @param number 1, 2, 3... across all editions of the message, in the order they were saved
 * @param editionNumber the edition that was saved
 * @param savedBy the account that saved it
 * @param savedAt when it was saved
 * @param content the whole content as saved, not a difference
 */
public record Revision(int number, int editionNumber, long savedBy, Instant savedAt, Message content) {

  public Revision {
    Objects.requireNonNull(savedAt, "savedAt");
    Objects.requireNonNull(content, "content");
    if (number < 1 || editionNumber < 1) {
      throw new IllegalArgumentException("revision and edition numbers start at 1, got revision " + number
          + " of edition " + editionNumber);
    }
  }

  /** The number of the message this is a revision of. */
  public long messageNumber() {
    return content.number();
  }
}

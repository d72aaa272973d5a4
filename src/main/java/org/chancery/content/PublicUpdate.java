package org.chancery.content;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A major change to a published message, as its page tells readers ("Updated 3 May 2026: the
 * date of the visit was corrected"): the note of an edition that went live, and when it did.
 * Minor changes, and editions never published, make none.
 *
 * @param at when the edition carrying the note went live
 * @param note the public sentence
 */
public record PublicUpdate(Instant at, String note) {

  public PublicUpdate {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
  }

  /** The updates a message's editions make public, newest first. */
  public static List<PublicUpdate> of(List<Edition> editions) {
    return editions.stream()
        .filter(e -> switch (e.state()) {
          case PUBLISHED, SUPERSEDED, WITHDRAWN -> true;
          default -> false;
        })
        .filter(e -> e.publishedAt().isPresent() && e.changeNote().map(ChangeNote::major).orElse(false))
        .map(e -> new PublicUpdate(e.publishedAt().orElseThrow(), e.changeNote().orElseThrow().text()))
        .sorted(Comparator.comparing(PublicUpdate::at).reversed())
        .toList();
  }
}

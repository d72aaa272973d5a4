package org.chancery.content;

import org.chancery.content.EditionStore.EditionWriter;

/**
 * Keeps the public message (what {@link MessageStore} reads, what the site shows) equal to the
 * live edition. It runs inside the transaction that publishes, so the site never sees an edition
 * marked published without its text, nor two live editions. See
 * docs/adr/0005-editions-project-into-messages.md.
 */
final class PublicProjection {

  private PublicProjection() {}

  /**
   * Stores {@code published} (just put live by the publisher), supersedes the edition that was
   * live before it, and writes its content as the public message: added on first publication,
   * so that archive positions, speakers, legacy paths and the change log follow, updated after.
   */
  static void goLive(EditionWriter w, Edition published, Publisher publisher) {
    long message = published.content().number();
    boolean everLive = false;
    for (Edition other : w.editions(message)) {
      if (other.number() == published.number()) {
        continue;
      }
      everLive |= other.publishedAt().isPresent();
      if (other.state() == EditionState.PUBLISHED) {
        w.update(publisher.supersede(other));
      }
    }
    w.update(published);
    if (everLive) {
      w.messages().update(published.content());
    } else {
      w.messages().addReserved(published.content());
    }
  }
}

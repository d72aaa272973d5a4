package org.chancery.content;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts scheduled editions live when their time has come, whether or not anyone visits the site.
 * The schedule is the editions' state in the store, so a restart loses nothing: the next
 * {@link #publishDue()} finds whatever fell due while the application was down.
 *
 * <p>Safe to run on several app nodes at once: each edition goes live in its own write
 * transaction, which re-reads it under the store's write lock, so an edition another node (or
 * an editor) has meanwhile published or unscheduled is left alone. Run it with a
 * {@link PublishingTimer}.
 */
public final class ScheduledPublishing {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublishing.class);

  private final EditionStore editions;
  private final Publisher publisher;
  private final Clock clock;

  /**
   * @param editions the editions, whose transactions include the public messages' writes
   * @param publisher decides whether a scheduled edition is due ({@link Publisher#publishIfDue})
   * @param clock says which editions to look at; give the publisher the same one
   */
  public ScheduledPublishing(EditionStore editions, Publisher publisher, Clock clock) {
    this.editions = Objects.requireNonNull(editions, "editions");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Publishes every scheduled edition whose time has come, one transaction each, and returns
   * how many went live. Running it again, here or on another node, publishes nothing twice.
   * An edition that fails is logged and left scheduled, to be tried again next time; the others
   * still go live.
   */
  public int publishDue() {
    List<Edition> due = editions.scheduledBy(clock.instant());
    int published = 0;
    for (Edition edition : due) {
      long message = edition.content().number();
      try {
        if (publishIfStillDue(message, edition.number())) {
          published++;
        }
      } catch (RuntimeException e) {
        // One broken edition must not hold back the rest of the schedule; it stays scheduled.
        LOG.error("scheduled edition {} of message {} could not be published; it will be tried again",
            edition.number(), message, e);
      }
    }
    return published;
  }

  private boolean publishIfStillDue(long message, int number) {
    return editions.write(w -> {
      // Read again under the write lock: it may have gone live or been unscheduled since.
      Edition current = w.editions(message).stream().filter(e -> e.number() == number).findFirst().orElse(null);
      if (current == null || current.state() != EditionState.SCHEDULED) {
        return false;
      }
      Edition live = publisher.publishIfDue(current);
      if (live.state() != EditionState.PUBLISHED) {
        return false;
      }
      PublicProjection.goLive(w, live, publisher);
      return true;
    });
  }
}

package org.chancery.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the editions of messages and their revisions are kept. Implemented over JDBC in
 * {@code storage}; tests use an in-memory fake.
 *
 * <p>An edition is identified by its message's number ({@code edition.content().number()}) and
 * its own number. This store only keeps what it is given: the workflow rules, the conflict check
 * and the public projection (writing a published edition into the {@link MessageStore}) are
 * {@link Newsroom}'s and {@link ScheduledPublishing}'s. Change editions through them, not through
 * {@link EditionWriter} directly, or the public site will not follow.
 */
public interface EditionStore {

  /** The numbers of the messages that have editions, newest (highest) first, at most {@code limit}. */
  List<Long> messageNumbers(int limit);

  /** Every edition of a message, oldest first; empty when there is no such message. */
  List<Edition> editions(long messageNumber);

  Optional<Edition> edition(long messageNumber, int editionNumber);

  /** Every revision of a message, across its editions, oldest first. */
  List<Revision> revisions(long messageNumber);

  Optional<Revision> revision(long messageNumber, int revisionNumber);

  /** Scheduled editions, of any message, whose time is {@code at} or earlier; soonest first. */
  List<Edition> scheduledBy(Instant at);

  /**
   * Runs {@code work} in one transaction with the message store's writes, and commits it, or
   * rolls all of it back if {@code work} throws. Writers are serialised, across processes too.
   */
  <T> T write(Function<EditionWriter, T> work);

  /** The writing side of one transaction. */
  interface EditionWriter {

    /** Writes to the public messages, in this same transaction. */
    MessageStore.MessageWriter messages();

    /** As {@link EditionStore#editions}, including what this transaction wrote. */
    List<Edition> editions(long messageNumber);

    /** The newest revision of a message, including one this transaction saved. */
    Optional<Revision> latestRevision(long messageNumber);

    /**
     * Stores a new edition. Its content's number is its message's, which must be reserved
     * ({@link MessageStore.MessageWriter#reserveNumber}) or already stored.
     */
    void insert(Edition edition);

    /** Replaces the stored edition of the same message and number: state, content and all. */
    void update(Edition edition);

    /** Appends the edition's current content as the message's next revision. */
    Revision appendRevision(Edition edition, long savedBy, Instant savedAt);
  }
}

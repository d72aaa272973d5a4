package org.chancery.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the domain needs from storage. Implemented over JDBC in {@code storage}; tests may use
 * an in-memory fake.
 *
 * <p>Reads take the home-zone date of "today" so that the site can be shown as at any instant:
 * a message published after that date is not there.
 */
public interface MessageStore {

  /**
   * A day after any message's publication date: reads as at this day see every message whatever
   * its date. Four-digit years, for the store compares ISO dates as text.
   */
  LocalDate ANY_DAY = LocalDate.of(9999, 12, 31);

  /** Messages on one archive page, as seen on {@code today}. */
  ArchivePage archive(ArchiveRequest request);

  /** The message with this number, if it is published by {@code today} and not removed. */
  Optional<Message> message(long number, LocalDate today);

  /**
   * The number of the message that an earlier site knew by this path, e.g. "/fnapr/6443"; also
   * of a removed message, so that its old paths can answer 410 Gone too.
   */
  Optional<Long> messageForLegacyPath(String path);

  /**
   * The notice a withdrawn message's page must show, or empty when the message is not withdrawn.
   * A withdrawn message is still listed and still has its page; only this notice tells.
   */
  Optional<Withdrawal> withdrawal(long number);

  /**
   * Whether the message was published and then removed (published in error). A removed message is
   * in no list and {@link #message} does not find it; its page answers 410 Gone, not 404.
   */
  boolean isRemoved(long number);

  /**
   * The public notes of the major changes to a message (editions published with a major
   * {@link ChangeNote}), newest first; empty for a message never changed, or changed only in minor
   * ways. See {@link PublicUpdate}.
   */
  List<PublicUpdate> updates(long number);

  /**
   * The public menu: every section that holds at least one message published by {@code today} and
   * not removed, in menu order, under its managed name. A section whose messages are all still to
   * come is not there yet.
   */
  List<Section> sections(LocalDate today);

  /**
   * The messages published by {@code today}, not removed, that are translations of message
   * {@code number}, by language then number.
   */
  List<Message> translations(long number, LocalDate today);

  /**
   * Everyone who speaks in a stored message, once each ({@link Speaker#key()}) under the first
   * spelling seen, in name order: the speakers an editor picks from.
   */
  List<Speaker> speakers();

  /**
   * Every managed section, in menu order, whether or not it holds a published message: the list
   * administrators manage. A message's section is always in it.
   */
  List<Section> allSections();

  /**
   * The store's changes after change {@code seq}, oldest first, at most {@code limit}: what a
   * search index or another node reads to catch up. Each names its message when it is about one.
   */
  List<StoreChange> changesSince(long seq, int limit);

  /** Change {@code seq} of the change log, or empty when the store has made no such change. */
  Optional<StoreChange> change(long seq);

  /**
   * The message with this number as a search may find it: stored, not removed, not withdrawn,
   * whatever its date (a search leaves out what is not published yet by its own "today").
   */
  Optional<Message> searchable(long number);

  /** As {@link #searchable(long)}, every such message numbered above {@code after}, in number order, at most {@code limit}. */
  List<Message> searchableAfter(long after, int limit);

  /** The masthead last saved, or empty when the site has none yet. */
  Optional<Masthead> masthead();

  /** The sequence number of the latest change; it grows with every committed change. */
  long lastChange();

  /**
   * Runs {@code work} in one transaction and commits it, or rolls all of it back if {@code work}
   * throws. Writers are serialised: one transaction at a time.
   */
  <T> T write(Function<MessageWriter, T> work);

  /** The writing side of one transaction. */
  interface MessageWriter {

    /** Stored messages whose title has this {@link Text#comparisonKey comparison key}, published or not. */
    List<Message> messagesTitled(String titleKey);

    /**
     * Stored messages published on {@code published}, published or not, newest first: by
     * {@link Message#dayOrder()} then number, both descending, as the archive lists them.
     */
    List<Message> messagesOn(LocalDate published);

    /** The stored message with this number, whatever its date, unless it has been removed. */
    Optional<Message> stored(long number);

    /**
     * Stores a new message and returns it as stored: with its assigned number, and with its
     * section's managed name. A section nobody knew yet is added, last in the menu.
     */
    Message add(Message message);

    /**
     * Sets aside the next message number for a message that is not public yet (a first draft):
     * {@link #add} never hands it out. The number stays set aside once something stored refers to
     * it (an edition), and {@link #addReserved} stores the message under it when it goes live.
     */
    long reserveNumber();

    /**
     * Stores a new message under the number {@link #reserveNumber} set aside for it; its section
     * as {@link #add} treats it.
     */
    void addReserved(Message message);

    /**
     * Replaces the stored message of the same number. The section is stored under its managed
     * name, or added, as {@link #add} does.
     */
    void update(Message message);

    void saveMasthead(Masthead masthead);

    /** Every managed section in menu order, as this transaction sees it. */
    List<Section> sections();

    /** Adds a section, last in the menu; refuses (IllegalArgumentException) a slug that is taken. */
    void addSection(Section section);

    /**
     * Gives the section of {@code renamed}'s slug that name, in the menu and on every message in it;
     * refuses (IllegalArgumentException) a slug that is no section.
     */
    void renameSection(Section renamed);

    /**
     * Puts the sections in the menu in this order; refuses (IllegalArgumentException) a list that
     * is not every section's slug once.
     */
    void reorderSections(List<String> slugs);

    /** Marks a stored message as withdrawn: still listed and shown, with this notice. */
    void withdraw(long number, Withdrawal withdrawal);

    /**
     * Takes a stored message off the site for good: out of every list and page (410 Gone). Its
     * row stays, so its number and legacy paths are never given to another message.
     */
    void remove(long number);

    /**
     * Appends an entry to the audit log in this transaction, so that it commits with the change it
     * records or not at all, and returns its sequence number: the next of the whole log, given out
     * under the write lock. Read the log with {@link AuditLog#latest}.
     */
    long audit(AuditEvent event);

    /**
     * Runs {@code unit} so that either all of its changes stay or none do (a savepoint), then
     * rethrows whatever it threw. The rest of the transaction goes on.
     */
    <T> T allOrNothing(java.util.function.Supplier<T> unit);
  }
}

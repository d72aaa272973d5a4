package org.chancery.content;

import java.util.List;

/**
 * The append-only record of sign-ins, failed sign-ins, account changes, editorial actions, and
 * masthead and section changes. Implemented over JDBC in {@code storage}.
 *
 * <p>The entry of an editorial action is written by the action's own transaction
 * ({@link MessageStore.MessageWriter#audit}, through {@link Audit}), so the two commit together;
 * {@link #append} is for the rest.
 */
public interface AuditLog {

  /**
   * Appends the event in a transaction of its own and returns its sequence number, which grows
   * with every entry. Not for recording an editorial action: write that entry in the action's
   * transaction.
   */
  long append(AuditEvent event);

  /** The latest {@code limit} entries, newest first. */
  List<Entry> latest(int limit);

  /** A stored event and its place in the log. */
  record Entry(long seq, AuditEvent event) {}
}

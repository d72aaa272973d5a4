package org.chancery.content;

import java.util.List;

/**
 * The append-only record of sign-ins, failed sign-ins, account changes, editorial actions, and
 * masthead and section changes. Implemented over JDBC in {@code storage}.
 *
 * <p>The entry of a change to content is written by the change's own transaction
 * ({@link MessageStore.MessageWriter#audit}, through {@link Audit}), and that of a change to an
 * account by the {@link AccountStore}'s, so the two commit together; {@link #append} is for the
 * rest: sign-ins and sign-outs, which change nothing.
 */
public interface AuditLog {

  /**
   * Appends the event in a transaction of its own and returns its sequence number, which grows
   * with every entry. Not for recording a change to content: write that entry in the change's
   * transaction.
   */
  long append(AuditEvent event);

  /** The latest {@code limit} entries, newest first. */
  List<Entry> latest(int limit);

  /** A stored event and its place in the log. */
  record Entry(long seq, AuditEvent event) {}
}

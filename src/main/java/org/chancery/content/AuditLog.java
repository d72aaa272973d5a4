package org.chancery.content;

import java.util.List;

/**
 * The append-only record of sign-ins, failed sign-ins, account changes and, later, workflow
 * actions and settings changes. Implemented over JDBC in {@code storage}.
 */
public interface AuditLog {

  /** Appends the event and returns its sequence number, which grows with every entry. */
  long append(AuditEvent event);

  /** The latest {@code limit} entries, newest first. */
  List<Entry> latest(int limit);

  /** A stored event and its place in the log. */
  record Entry(long seq, AuditEvent event) {}
}

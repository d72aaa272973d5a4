package org.chancery.content;

import java.util.ArrayList;
import java.util.List;

/** An in-memory {@link AuditLog} for tests. */
public final class MemoryAuditLog implements AuditLog {

  private final List<Entry> entries = new ArrayList<>();

  @Override
  public synchronized long append(AuditEvent event) {
    long seq = entries.size() + 1L;
    entries.add(new Entry(seq, new AuditEvent(event.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        event.account(), event.action(), event.detail(), event.remoteAddress())));
    return seq;
  }

  @Override
  public synchronized List<Entry> latest(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
    }
    List<Entry> newestFirst = new ArrayList<>(entries);
    java.util.Collections.reverse(newestFirst);
    return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
  }
}

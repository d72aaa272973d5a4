package org.chancery.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An in-memory {@link AuditLog} for tests: the log a {@link MemoryMessageStore} keeps, which its
 * transactions write to ({@link MessageStore.MessageWriter#audit}) as the database's do. Give the
 * console the log of the store it writes to, or the entries of its changes are not in it.
 */
public final class MemoryAuditLog implements AuditLog {

  private final MemoryMessageStore store;

  /** A log beside a store of its own, for tests that record only sign-ins and accounts. */
  public MemoryAuditLog() {
    this(new MemoryMessageStore());
  }

  public MemoryAuditLog(MemoryMessageStore store) {
    this.store = store;
  }

  /** In a transaction of its own, as {@code JdbcAuditLog.append}. */
  @Override
  public long append(AuditEvent event) {
    return store.write(w -> w.audit(event));
  }

  @Override
  public List<Entry> latest(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
    }
    List<Entry> newestFirst = new ArrayList<>(store.auditEntries());
    Collections.reverse(newestFirst);
    return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
  }
}

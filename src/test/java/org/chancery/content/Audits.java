package org.chancery.content;

import java.time.Instant;
import java.util.Optional;

/**
 * Audit entries for tests that act through {@link Newsroom} or {@link Sections} to get somewhere,
 * not to see what the audit log says: each action records "set up by a test", as at the command
 * line (no account, no address). Tests of the entries themselves word their own.
 */
public final class Audits {

  /** One entry per action, whatever it did. */
  public static final Audit<Object> SET_UP = done -> new AuditEvent(Instant.EPOCH, Optional.empty(),
      AuditAction.MESSAGE_SAVED, "set up by a test", Optional.empty());

  private Audits() {}
}

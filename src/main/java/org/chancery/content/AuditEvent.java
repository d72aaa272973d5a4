package org.chancery.content;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that happened, for the audit log: who, what, when and from where.
 *
 * @param account the name of the account that acted, or empty when nobody was signed in (a
 *     failed sign-in by an unknown name, the command line)
 * @param detail what was acted on, in words, e.g. "account 'anna' (Editor)"; may be blank
 * @param remoteAddress the address the request came from, or empty for the command line
 */
public record AuditEvent(Instant at, Optional<String> account, AuditAction action, String detail,
    Optional<String> remoteAddress) {

  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(remoteAddress, "remoteAddress");
  }
}

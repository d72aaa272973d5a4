package org.chancery.content;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in console session.
 *
 * <p>The browser holds a random token; only its hash is kept here, as {@code id}, so that someone
 * who reads the database (a backup, a replica) cannot use the sessions in it.
 *
 * @param id the hash of the browser's token, as hex
 * @param account who signed in, as the account is now
 * @param createdAt when the session was opened
 * @param lastSeenAt when it was last used; it ends after a time without use
 * @param expiresAt when it ends however much it is used
 * @param csrfToken the token every form of this session carries back, so that a form posted from
 *     another site is refused
 */
public record Session(String id, Account account, Instant createdAt, Instant lastSeenAt, Instant expiresAt,
    String csrfToken) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(csrfToken, "csrfToken");
  }

  /** Whether the session still holds at {@code now}, given how long it may stay unused. */
  public boolean isLiveAt(Instant now, Duration idleTimeout) {
    return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
  }

  public Session seenAt(Instant at) {
    return new Session(id, account, createdAt, at, expiresAt, csrfToken);
  }

  public Session withAccount(Account now) {
    return new Session(id, now, createdAt, lastSeenAt, expiresAt, csrfToken);
  }
}

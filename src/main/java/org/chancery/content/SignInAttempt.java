package org.chancery.content;

import java.time.Duration;
import java.util.Objects;

/**
 * What asking for a sign-in attempt came to: taken (the password may be checked, and the attempt
 * counts until it is given back), or refused for a while.
 */
public sealed interface SignInAttempt {

  /** Taken from both allowances; {@code id} gives it back after a sign-in that succeeds. */
  record Taken(long id) implements SignInAttempt {}

  /** Refused: the name's or the address's allowance is used up for {@code retryAfter} more. */
  record Refused(Duration retryAfter) implements SignInAttempt {
    public Refused {
      Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** The wait in whole minutes, rounded up, at least one: what a person is told. */
    public long minutes() {
      return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
  }

  /**
   * How many attempts not given back a name and an address may have in any {@code window}.
   *
   * @param perName attempts for one account name (by {@link AccountStore#nameKey})
   * @param perAddress attempts from one network address, whatever the names
   */
  record Allowance(int perName, int perAddress, Duration window) {
    public Allowance {
      if (perName < 1 || perAddress < 1) {
        throw new IllegalArgumentException("an allowance needs at least one attempt per name and per address");
      }
      Objects.requireNonNull(window, "window");
    }
  }
}

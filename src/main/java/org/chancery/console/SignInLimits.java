package org.chancery.console;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.chancery.content.AccountStore;
import org.chancery.content.SignInAttempt;

/**
 * How many sign-in attempts a name and an address may make: {@value #PER_NAME} per name and
 * {@value #PER_ADDRESS} per address in any 15 minutes, counting only the attempts that fail.
 *
 * <p>Every attempt is taken from both allowances before the password is checked, and a
 * successful one is given back. Taking first means parallel guesses cannot all slip in before
 * any is counted; giving back means colleagues behind one office address, signing in all day,
 * use up nothing. The address allowance is larger for the same reason.
 *
 * <p>The attempts are counted by the {@link AccountStore}, in the database: every app node counts
 * against the same allowance, and a restart forgets nothing. The address is the client's
 * ({@link ClientAddress}): behind a reverse proxy not named in the {@code proxies} setting every
 * request comes from the proxy, and the address allowance then counts for everyone together.
 */
final class SignInLimits {

  static final int PER_NAME = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final SignInAttempt.Allowance ALLOWANCE = new SignInAttempt.Allowance(PER_NAME, PER_ADDRESS, WINDOW);

  private final AccountStore store;
  private final Clock clock;

  SignInLimits(AccountStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Takes one attempt from the name's and the address's allowance, or says how long until one may be made. */
  SignInAttempt tryAttempt(String name, String address) {
    return store.takeSignInAttempt(AccountStore.nameKey(name), address, clock.instant(), ALLOWANCE);
  }

  /** Gives back what a successful attempt took. */
  void succeeded(SignInAttempt attempt) {
    if (attempt instanceof SignInAttempt.Taken taken) {
      store.giveBackSignInAttempt(taken.id());
    }
  }
}

package org.chancery.console;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.chancery.content.AccountStore;

/**
 * How many sign-in attempts a name and an address may make: {@value #PER_NAME} per name and
 * {@value #PER_ADDRESS} per address every 15 minutes, counting only the attempts that fail.
 *
 * <p>Every attempt takes one from both allowances before the password is checked, and a
 * successful one gives them back. Taking first means parallel guesses cannot all slip in before
 * any is counted; giving back means colleagues behind one office address, signing in all day,
 * use up nothing. The address allowance is larger for the same reason.
 *
 * <p>Allowances are kept in this process's memory: each app node counts on its own, and a
 * restart forgets them. Behind a reverse proxy every request comes from the proxy's address, so
 * the address allowance then counts for everyone together.
 */
final class SignInLimits {

  static final int PER_NAME = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  /** Past this many tracked names or addresses, full allowances are forgotten: they hold nothing. */
  private static final int TRACKED = 10_000;

  private final TimeMeter time;
  private final Map<String, Bucket> names = new ConcurrentHashMap<>();
  private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

  SignInLimits(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    this.time = new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return clock.millis() * 1_000_000L;
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }

  /**
   * Takes one attempt from the name's and the address's allowance: empty when the attempt may go
   * ahead, otherwise how long until it may.
   */
  Optional<Duration> tryAttempt(String name, String address) {
    Bucket forName = bucket(names, AccountStore.nameKey(name), PER_NAME);
    ConsumptionProbe byName = forName.tryConsumeAndReturnRemaining(1);
    if (!byName.isConsumed()) {
      return Optional.of(Duration.ofNanos(byName.getNanosToWaitForRefill()));
    }
    ConsumptionProbe byAddress = bucket(addresses, address, PER_ADDRESS).tryConsumeAndReturnRemaining(1);
    if (!byAddress.isConsumed()) {
      forName.addTokens(1); // this attempt does not count against the name
      return Optional.of(Duration.ofNanos(byAddress.getNanosToWaitForRefill()));
    }
    return Optional.empty();
  }

  /** Gives back what a successful attempt took. */
  void succeeded(String name, String address) {
    bucket(names, AccountStore.nameKey(name), PER_NAME).addTokens(1);
    bucket(addresses, address, PER_ADDRESS).addTokens(1);
  }

  private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
    if (buckets.size() > TRACKED) {
      buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
    }
    return buckets.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, WINDOW))
        .withCustomTimePrecision(time)
        .build());
  }
}

package org.chancery.ingest;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one source of chance of a synthetic archive: a {@link SplittableRandom}, whose sequence is
 * fixed by its seed on every JVM, so that one seed makes the same archive everywhere.
 */
final class Dice {

  private final SplittableRandom random;

  Dice(long seed) {
    random = new SplittableRandom(seed);
  }

  /** The seed of the {@code index}th item made from {@code seed}: unrelated seeds for neighbours. */
  static long seedOf(long seed, long index) {
    // SplitMix64's finaliser: neighbouring indexes give seeds that share no visible pattern.
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A whole number from 0 to {@code bound}, excluded, every one as likely. */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** A whole number from {@code low} to {@code high}, both included, every one as likely. */
  int between(int low, int high) {
    return random.nextInt(low, high + 1);
  }

  /**
   * A whole number from {@code low} to {@code high}, both included, the low ones more likely the
   * higher {@code skew} is (1 is even): most statements are short, a few run long.
   */
  int skewed(int low, int high, double skew) {
    int span = high - low + 1;
    return low + Math.min(span - 1, (int) (span * Math.pow(random.nextDouble(), skew)));
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A number from 0 (included) to 1 (excluded). */
  double fraction() {
    return random.nextDouble();
  }

  /** A draw from the standard normal distribution. */
  double gaussian() {
    return random.nextGaussian();
  }

  <T> T oneOf(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T oneOf(T... items) {
    return items[random.nextInt(items.length)];
  }

  /**
   * How many times an event with {@code mean} occurrences happens this once (Poisson): Knuth's
   * product of uniforms for small means, the normal approximation for large ones.
   */
  int poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}

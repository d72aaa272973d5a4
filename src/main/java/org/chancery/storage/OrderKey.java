package org.chancery.storage;

import java.time.LocalDate;
import java.util.Comparator;

/** Where a message sorts in the archive: by published date, then day order, then number. */
record OrderKey(LocalDate published, int dayOrder, long number) implements Comparable<OrderKey> {

  private static final Comparator<OrderKey> ORDER = Comparator.comparing(OrderKey::published)
      .thenComparingInt(OrderKey::dayOrder)
      .thenComparingLong(OrderKey::number);

  static OrderKey min(OrderKey a, OrderKey b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public int compareTo(OrderKey other) {
    return ORDER.compare(this, other);
  }
}

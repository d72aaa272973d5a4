package org.chancery.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.content.Text;

/**
 * The order in which the listings of one run show the messages of each day, from every listing
 * at once. One page may list A before B and another B before C; taking each page on its own would
 * leave B two places, so the orders are combined into one (a topological order). How that order
 * meets the order already stored is {@link DayRanking}'s business.
 */
final class DayOrders {

  /** Date -> comparison keys of the titles listed that day, first listed (newest) first. */
  private final Map<LocalDate, List<String>> orders;

  private DayOrders(Map<LocalDate, List<String>> orders) {
    this.orders = orders;
  }

  /** The orders of the listings of {@code pages}; where pages contradict each other, earlier pages win. */
  static DayOrders of(List<Snapshot> pages) {
    Map<LocalDate, Map<String, Set<String>>> after = new LinkedHashMap<>(); // date -> key -> keys listed after it
    for (Snapshot page : pages) {
      Map<LocalDate, String> previous = new HashMap<>();
      for (Snapshot.Listed item : page.listed()) {
        String key = Text.comparisonKey(item.title());
        Map<String, Set<String>> day = after.computeIfAbsent(item.date(), d -> new LinkedHashMap<>());
        day.computeIfAbsent(key, k -> new LinkedHashSet<>());
        String before = previous.put(item.date(), key);
        if (before != null && !before.equals(key)) {
          day.get(before).add(key);
        }
      }
    }
    Map<LocalDate, List<String>> orders = new LinkedHashMap<>();
    after.forEach((date, day) -> orders.put(date, topological(day)));
    return new DayOrders(orders);
  }

  /** Every day that a listing of the run showed a message of. */
  Set<LocalDate> dates() {
    return orders.keySet();
  }

  /** The title keys listed on {@code date}, newest first; empty for a day no listing showed. */
  List<String> order(LocalDate date) {
    return orders.getOrDefault(date, List.of());
  }

  /**
   * Kahn's algorithm, taking keys in first-seen order when several are free. A cycle (pages that
   * contradict each other) is broken at its first-seen key rather than dropping messages.
   */
  private static List<String> topological(Map<String, Set<String>> after) {
    Map<String, Integer> incoming = new LinkedHashMap<>();
    after.keySet().forEach(k -> incoming.put(k, 0));
    after.values().forEach(next -> next.forEach(k -> incoming.merge(k, 1, Integer::sum)));
    List<String> order = new ArrayList<>();
    while (!incoming.isEmpty()) {
      String pick = incoming.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
          .findFirst().orElse(incoming.keySet().iterator().next());
      incoming.remove(pick);
      order.add(pick);
      for (String next : after.get(pick)) {
        incoming.computeIfPresent(next, (k, n) -> n - 1);
      }
    }
    return List.copyOf(order);
  }
}

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
 * The rank of each listed message among the messages of its day, from every listing of the run
 * at once. One page may list A before B and another B before C; ranking each page on its own
 * would give B two ranks, so the orders are combined into one (a topological order) and the
 * first listed gets the highest rank: {@link org.chancery.content.Message#dayOrder()} is higher
 * for newer.
 */
final class DayOrders {

  private final Map<String, Integer> ranks;

  private DayOrders(Map<String, Integer> ranks) {
    this.ranks = ranks;
  }

  /** Ranks from the listings of {@code pages}; where pages contradict each other, earlier pages win. */
  static DayOrders of(List<Snapshot> pages) {
    Map<LocalDate, Map<String, Set<String>>> after = new LinkedHashMap<>(); // date -> key -> keys listed after it
    for (Snapshot page : pages) {
      Map<LocalDate, String> previous = new HashMap<>();
      for (Snapshot.Listed item : page.listed()) {
        String key = key(item.date(), item.title());
        Map<String, Set<String>> day = after.computeIfAbsent(item.date(), d -> new LinkedHashMap<>());
        day.computeIfAbsent(key, k -> new LinkedHashSet<>());
        String before = previous.put(item.date(), key);
        if (before != null && !before.equals(key)) {
          day.get(before).add(key);
        }
      }
    }
    Map<String, Integer> ranks = new HashMap<>();
    for (Map<String, Set<String>> day : after.values()) {
      List<String> order = topological(day);
      for (int i = 0; i < order.size(); i++) {
        ranks.put(order.get(i), order.size() - 1 - i);
      }
    }
    return new DayOrders(ranks);
  }

  /** The rank of a listed item: 0 for the last of its day, higher for those listed above it. */
  int rank(Snapshot.Listed item) {
    return ranks.getOrDefault(key(item.date(), item.title()), 0);
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
    return order;
  }

  private static String key(LocalDate date, String title) {
    return date + " " + Text.comparisonKey(title);
  }
}

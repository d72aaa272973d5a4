package org.chancery.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.content.Message;
import org.chancery.content.MessageStore.MessageWriter;

/**
 * Same-day ranks ({@link Message#dayOrder()}) across runs. A run sees only its own listings
 * ({@link DayOrders}); the order that earlier runs settled for a day is in the store. An operator
 * importing a big site in batches has pages of one day in several runs, so the two orders are
 * merged: the stored order stays wherever this run's listings say nothing, the listings are
 * followed where they do. The day's ranks are then renumbered densely (0 for the oldest) and only
 * messages whose rank changed are written, so importing the same pages again writes nothing.
 *
 * <p>Take the stored order with {@link #before} before the run writes anything, and
 * {@link #apply} it once the run has stored its messages.
 */
final class DayRanking {

  private final DayOrders listings;
  /** For each listed day, the numbers of the messages stored that day before the run, newest first. */
  private final Map<LocalDate, List<Long>> stored;

  private DayRanking(DayOrders listings, Map<LocalDate, List<Long>> stored) {
    this.listings = listings;
    this.stored = stored;
  }

  /** Remembers the stored order of every day that {@code listings} show. */
  static DayRanking before(MessageWriter writer, DayOrders listings) {
    Map<LocalDate, List<Long>> stored = new HashMap<>();
    for (LocalDate date : listings.dates()) {
      stored.put(date, writer.messagesOn(date).stream().map(Message::number).toList());
    }
    return new DayRanking(listings, stored);
  }

  /** Ranks every listed day anew; returns the messages whose rank changed, as written. */
  List<Message> apply(MessageWriter writer) {
    List<Message> changed = new ArrayList<>();
    for (LocalDate date : listings.dates()) {
      List<Message> ordered = order(writer.messagesOn(date), stored.get(date), listings.order(date));
      for (int i = 0; i < ordered.size(); i++) {
        int rank = ordered.size() - 1 - i;
        if (ordered.get(i).dayOrder() != rank) {
          Message ranked = ordered.get(i).withDayOrder(rank);
          writer.update(ranked);
          changed.add(ranked);
        }
      }
    }
    return changed;
  }

  /**
   * The messages of one day, newest first.
   *
   * @param now the messages stored on the day now, newest first
   * @param before the numbers of the messages stored on the day before the run, newest first
   * @param listed the title keys that the run's listings show on the day, newest first
   */
  static List<Message> order(List<Message> now, List<Long> before, List<String> listed) {
    Map<Long, Integer> place = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      place.put(before.get(i), i);
    }
    // The lowest number of a title on the day, as MessageMerge matches a dated sighting.
    Map<String, Message> byKey = new HashMap<>();
    now.forEach(m -> byKey.merge(m.titleKey(), m, (a, b) -> a.number() <= b.number() ? a : b));
    List<Message> chain = listed.stream().map(byKey::get).filter(Objects::nonNull).distinct().toList();
    Set<Long> inChain = chain.stream().map(Message::number).collect(Collectors.toSet());
    List<Message> known = now.stream()
        .filter(m -> place.containsKey(m.number()) && !inChain.contains(m.number()))
        .sorted(Comparator.comparing((Message m) -> place.get(m.number())))
        .toList();
    int[] at = anchors(chain, place);
    List<Message> ordered = new ArrayList<>(now.size());
    int k = 0;
    int c = 0;
    while (k < known.size() || c < chain.size()) {
      if (c == chain.size() || (k < known.size() && place.get(known.get(k).number()) < at[c])) {
        ordered.add(known.get(k++));
      } else {
        ordered.add(chain.get(c++));
      }
    }
    // New to the day and listed by no page of the run (a page's own message): nothing places
    // them, so they go below, as a rank of 0 always put them.
    now.stream().filter(m -> !place.containsKey(m.number()) && !inChain.contains(m.number())).forEach(ordered::add);
    return ordered;
  }

  /**
   * Where each listed message goes among the stored ones: at its own stored place; one new to the
   * day right next to its nearest listed neighbour that has a place, since a listing shows an
   * unbroken stretch of the site's archive; below them all when no listed neighbour has one.
   */
  private static int[] anchors(List<Message> chain, Map<Long, Integer> place) {
    int[] at = new int[chain.size()];
    Integer following = null;
    for (int i = chain.size() - 1; i >= 0; i--) {
      Integer own = place.get(chain.get(i).number());
      following = own != null ? own : following;
      at[i] = following != null ? following : -1;
    }
    Integer preceding = null;
    for (int i = 0; i < chain.size(); i++) {
      Integer own = place.get(chain.get(i).number());
      preceding = own != null ? own : preceding;
      if (at[i] < 0) {
        at[i] = preceding != null ? preceding : Integer.MAX_VALUE;
      }
    }
    return at;
  }
}

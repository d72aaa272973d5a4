package org.chancery.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.content.Counter;
import org.chancery.content.Masthead;
import org.chancery.content.Text;

/**
 * Counters merged across snapshots. A counter is the same counter wherever its sentence is the
 * same; when it was first shown is learnt from the snapshots that lack it: a snapshot dated after
 * the event but before the counter's first sighting proves it was not shown yet, so it is shown
 * from the day after the latest such snapshot (else from the event itself). Likewise a snapshot
 * after its last sighting that lacks it ends it the day before.
 *
 * <p>Across runs, a stored masthead that knows when its page was read stands for that page: it
 * showed the stored counters in force on its day. So a batch of older pages neither revives a
 * counter the newer page no longer showed, nor leaves one running that a newer batch lacks.
 */
final class CounterHistory {

  private CounterHistory() {}

  /**
   * The counters of {@code pages} (any order) merged with those of the {@code stored} masthead,
   * in the newest page's order (the stored masthead's when it is newer), followed by counters it
   * no longer shows.
   */
  static List<Counter> merge(List<Snapshot> imported, Optional<Masthead> stored) {
    List<Snapshot> pages = new ArrayList<>(imported);
    stored.flatMap(CounterHistory::storedPage).ifPresent(pages::add);
    return merge(pages, stored.map(Masthead::counters).orElse(List.of()));
  }

  /** The page a stored masthead was read from, as far as counters go; empty if its age is unknown. */
  private static Optional<Snapshot> storedPage(Masthead stored) {
    return stored.seenAt().map(seenAt -> {
      LocalDate day = stored.today(seenAt);
      List<Counter> shown = stored.counters().stream().filter(c -> c.isShownOn(day)).toList();
      return new Snapshot("(stored masthead)", Optional.empty(), stored.withCounters(shown), seenAt,
          Optional.empty(), Optional.empty(), List.of());
    });
  }

  private static List<Counter> merge(List<Snapshot> pages, List<Counter> stored) {
    List<Snapshot> newestFirst = pages.stream().sorted(Comparator.comparing(Snapshot::shownAt).reversed()).toList();
    Map<String, Counter> merged = new LinkedHashMap<>();
    for (Snapshot page : newestFirst) {
      for (Counter counter : page.masthead().counters()) {
        merged.computeIfAbsent(key(counter), k -> seen(k, counter, pages));
      }
    }
    for (Counter old : stored) {
      merged.merge(key(old), old, (fresh, kept) -> combined(fresh, kept, pages));
    }
    return new ArrayList<>(merged.values());
  }

  private static Counter seen(String key, Counter newest, List<Snapshot> pages) {
    LocalDate first = LocalDate.MAX;
    LocalDate last = LocalDate.MIN;
    for (Snapshot page : pages) {
      if (shows(page, key)) {
        first = min(first, page.date());
        last = max(last, page.date());
      }
    }
    LocalDate from = newest.eventDate();
    Optional<LocalDate> until = Optional.empty();
    for (Snapshot page : pages) {
      LocalDate date = page.date();
      if (shows(page, key)) {
        continue;
      }
      if (date.isAfter(newest.eventDate()) && date.isBefore(first)) {
        from = max(from, date.plusDays(1));
      }
      if (date.isAfter(last) && (until.isEmpty() || date.minusDays(1).isBefore(until.get()))) {
        until = Optional.of(date.minusDays(1));
      }
    }
    return new Counter(newest.eventDate(), newest.sentence(), from, until);
  }

  /**
   * A counter both stored and seen in this run. Each start is a lower bound learnt from pages
   * that lacked it, so the later holds, but never past the first day this run saw it; an end
   * holds only if this run saw it on no later day.
   */
  private static Counter combined(Counter fresh, Counter kept, List<Snapshot> pages) {
    String key = key(fresh);
    List<LocalDate> seenOn = pages.stream().filter(p -> shows(p, key)).map(Snapshot::date).sorted().toList();
    LocalDate from = min(max(fresh.shownFrom(), kept.shownFrom()), seenOn.get(0));
    Optional<LocalDate> until = fresh.shownUntil().isPresent() && kept.shownUntil().isPresent()
        ? Optional.of(max(fresh.shownUntil().get(), kept.shownUntil().get()))
        : fresh.shownUntil().or(kept::shownUntil);
    until = until.filter(u -> !u.isBefore(seenOn.get(seenOn.size() - 1)));
    return new Counter(fresh.eventDate(), fresh.sentence(), from, until);
  }

  private static boolean shows(Snapshot page, String key) {
    return page.masthead().counters().stream().anyMatch(c -> key(c).equals(key));
  }

  private static String key(Counter counter) {
    return Text.comparisonKey(counter.sentence());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}

package org.chancery.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.chancery.content.SearchResult;

/**
 * The results of the most recent searches, for the reader they were found in. Readers of the index
 * are immutable: as long as searches get the same reader, a search asked again finds what it found
 * before. The first search in a newer reader (the index changed) drops them all.
 *
 * <p>Safe for any number of threads; each call holds the lock only to look up or to add.
 */
final class RecentResults {

  private final int capacity;
  private final Map<Object, SearchResult> results;
  private DirectoryReader reader;
  /** The reader's version, kept aside: a reader no longer searched is closed and tells nothing. */
  private long version = -1;

  /** Keeps at most {@code capacity} results, dropping the one asked for least recently. */
  RecentResults(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    this.capacity = capacity;
    this.results = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Object, SearchResult> eldest) {
        return size() > RecentResults.this.capacity;
      }
    };
  }

  /** What {@code asked} found in {@code reader}, if it was asked there recently. */
  synchronized Optional<SearchResult> get(DirectoryReader reader, Object asked) {
    if (reader != this.reader) {
      return Optional.empty();
    }
    return Optional.ofNullable(results.get(asked));
  }

  /** Keeps what {@code asked} found in {@code reader}; results kept for an older reader are dropped. */
  synchronized void put(DirectoryReader reader, Object asked, SearchResult result) {
    if (reader != this.reader) {
      // A search that began in an older reader and finishes after a newer one was seen keeps
      // nothing: the newer reader's results stay.
      if (reader.getVersion() < version) {
        return;
      }
      results.clear();
      this.reader = reader;
      this.version = reader.getVersion();
    }
    results.put(asked, result);
  }

  synchronized int size() {
    return results.size();
  }
}

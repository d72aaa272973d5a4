package org.chancery.content;

import java.util.List;

/**
 * The archive's full-text index: every published message and every speaker turn in it, in
 * English and Russian. Implemented with Lucene in {@code search}; it follows the store through
 * the change log and can be rebuilt from the store at any time.
 */
public interface SearchIndex {

  /** What {@code request} finds: never throws for what a reader typed (see {@link SearchRequest}). */
  SearchResult search(SearchRequest request);

  /**
   * Messages like this one, best first, at most {@code limit}, published by {@code today}; not the
   * message itself. Empty for a message the index does not hold.
   */
  List<SearchResult.Hit> related(long number, int limit, java.time.LocalDate today);

  /**
   * The store's last change that the index holds ({@link MessageStore#lastChange()} as it was);
   * it grows as the index catches up, so what is drawn from the index can be cached by it.
   */
  long indexedChange();
}

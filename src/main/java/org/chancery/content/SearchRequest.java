package org.chancery.content;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader asks the archive: words and filters, the order, the page.
 *
 * <p>The query is typed by a reader and may be anything: words, "exact phrases", -exclusions, OR
 * between alternatives, prefix* words; unbalanced quotes, lone operators and control characters
 * are read as plainly as they can be, never refused with an error page.
 *
 * @param query what the reader typed; blank lists every message that passes the filters
 * @param section a section's slug, or empty for all
 * @param kind one kind, or empty for all
 * @param speaker a {@link Speaker#key()}: the results are then that speaker's turns, not messages
 * @param language an ISO 639 code, or empty for all
 * @param from the earliest publication day, inclusive
 * @param until the latest publication day, inclusive
 * @param order by relevance or newest first
 * @param page the page, from 1
 * @param pageSize hits a page, 1 to {@link #LARGEST_PAGE}
 * @param today the home-zone date the site is shown as at: nothing published later is found
 */
public record SearchRequest(String query, Optional<String> section, Optional<Kind> kind, Optional<String> speaker,
    Optional<String> language, Optional<LocalDate> from, Optional<LocalDate> until, Order order, int page,
    int pageSize, LocalDate today) {

  /** Hits a page unless the reader asks otherwise. */
  public static final int PAGE_SIZE = 10;
  public static final int LARGEST_PAGE = 100;
  /** Longer queries are cut here: nobody types more, and a search must stay cheap. */
  public static final int LONGEST_QUERY = 1_000;

  /** How the hits are ordered. */
  public enum Order { RELEVANCE, NEWEST }

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(today, "today");
    if (page < 1) {
      throw new IllegalArgumentException("search page must be 1 or more, got " + page);
    }
    if (pageSize < 1 || pageSize > LARGEST_PAGE) {
      throw new IllegalArgumentException("search page size must be from 1 to " + LARGEST_PAGE + ", got " + pageSize);
    }
    query = query.length() > LONGEST_QUERY ? query.substring(0, LONGEST_QUERY) : query;
  }

  /** Words across the whole archive as at {@code today}, by relevance, first page. */
  public static SearchRequest words(String query, LocalDate today) {
    return new SearchRequest(query, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Order.RELEVANCE, 1, PAGE_SIZE, today);
  }

  /** Everything a speaker said, newest first: their page. */
  public static SearchRequest saidBy(String speakerKey, int page, LocalDate today) {
    return new SearchRequest("", Optional.empty(), Optional.empty(), Optional.of(speakerKey), Optional.empty(),
        Optional.empty(), Optional.empty(), Order.NEWEST, page, PAGE_SIZE, today);
  }

  public SearchRequest withSection(String slug) {
    return new SearchRequest(query, Optional.of(slug), kind, speaker, language, from, until, order, page, pageSize, today);
  }

  public SearchRequest withKind(Kind kind) {
    return new SearchRequest(query, section, Optional.of(kind), speaker, language, from, until, order, page, pageSize, today);
  }

  public SearchRequest withSpeaker(String speakerKey) {
    return new SearchRequest(query, section, kind, Optional.of(speakerKey), language, from, until, order, page, pageSize,
        today);
  }

  public SearchRequest withLanguage(String code) {
    return new SearchRequest(query, section, kind, speaker, Optional.of(code), from, until, order, page, pageSize, today);
  }

  public SearchRequest between(Optional<LocalDate> from, Optional<LocalDate> until) {
    return new SearchRequest(query, section, kind, speaker, language, from, until, order, page, pageSize, today);
  }

  public SearchRequest ordered(Order order) {
    return new SearchRequest(query, section, kind, speaker, language, from, until, order, page, pageSize, today);
  }

  public SearchRequest onPage(int page) {
    return new SearchRequest(query, section, kind, speaker, language, from, until, order, page, pageSize, today);
  }
}

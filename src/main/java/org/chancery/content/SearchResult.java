package org.chancery.content;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of what a search found, with the facet counts of all of it.
 *
 * @param hits this page's hits, best (or newest) first
 * @param total how many hits there are in all
 * @param page this page's number, from 1
 * @param pageSize hits a full page holds
 * @param facets for each {@link Facet}, how many of all the hits fall under each value, most first
 * @param notices what the reader is to be told about how the query was read, when it was not read
 *     as typed (e.g. an unclosed quote closed, a query with only exclusions), in the order the
 *     liberties were taken, each once; empty when it was read as typed. The site words them.
 */
public record SearchResult(List<Hit> hits, long total, int page, int pageSize, Map<Facet, List<FacetCount>> facets,
    List<SearchNotice> notices) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    notices = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(notices, "notices")));
  }

  /** How many pages the hits fill; at least 1. */
  public int pageCount() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  /** What the facet counts are counted by. */
  public enum Facet { SECTION, KIND, SPEAKER, LANGUAGE }

  /**
   * How many hits have one value of a facet.
   *
   * @param value what a filter takes: a section slug, a {@link Kind} name, a speaker key, a language code
   * @param label what a reader sees: the section's or the speaker's name, the kind's label, the code
   */
  public record FacetCount(String value, String label, long count) {}

  /**
   * A message found, or, in a search by speaker, one of their turns.
   *
   * @param number the message's number
   * @param path the message's path on the site, with the turn's anchor for a turn ("#turn-3")
   * @param turn the turn's place among the message's turns, from 1, for a turn hit
   * @param speaker the turn's speaker as written, for a turn hit
   * @param snippet the text around what matched, in parts, the matching words marked; plain text
   *     to be escaped where it is shown, never markup
   */
  public record Hit(long number, String title, LocalDate published, Section section, Kind kind, String language,
      String path, Optional<Integer> turn, Optional<String> speaker, List<Snippet> snippet) {
    public Hit {
      snippet = List.copyOf(snippet);
    }
  }

  /** A run of a snippet's text: {@code match} when it is one of the words searched for. */
  public record Snippet(String text, boolean match) {}
}

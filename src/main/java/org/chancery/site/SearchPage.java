package org.chancery.site;

import java.util.List;
import java.util.Optional;

/**
 * The search page, and a speaker's page, which is a search of what one person said.
 *
 * @param heading the page's heading
 * @param query what the reader typed, to show in the form again
 * @param kept the filters and order in force, which the form sends again with new words
 * @param summary e.g. "12 results, page 1 of 2", or empty before anything is asked
 * @param notices sentences about how the search was read: parameters left out, a quote closed
 * @param hits this page's hits
 * @param facets the facet groups, each with its values as links that filter by them
 * @param orders the two orders as links, the one in force marked
 * @param previous the address of the previous page, if any
 * @param next the address of the next page, if any
 * @param asked whether anything was asked: a bare /search shows only the form
 */
public record SearchPage(Chrome chrome, String heading, String query, List<Kept> kept, String summary,
    List<String> notices,
    List<HitView> hits, List<FacetGroup> facets, List<Link> orders, Optional<String> previous, Optional<String> next,
    boolean asked) {

  public SearchPage {
    kept = List.copyOf(kept);
    notices = List.copyOf(notices);
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
    orders = List.copyOf(orders);
  }

  /** One hit: a message, or a turn of a speaker with their name. */
  public record HitView(String title, String path, String date, String isoDate, String section, String kind,
      Optional<String> speaker, Optional<String> speakerPath, List<Part> snippet) {
    public HitView {
      snippet = List.copyOf(snippet);
    }
  }

  /** A run of a snippet; {@code match} runs are marked. Plain text, escaped by the template. */
  public record Part(String text, boolean match) {}

  /** A facet's heading and its values. */
  public record FacetGroup(String heading, List<FacetLink> values) {
    public FacetGroup {
      values = List.copyOf(values);
    }
  }

  /** A facet value: its label and count, and the address that filters by it (or, if chosen, drops it). */
  public record FacetLink(String label, long count, String path, boolean isChosen) {}

  /** A filter in force, as a parameter the form sends again. */
  public record Kept(String name, String value) {}

  /** A link, {@code isCurrent} for the one in force. */
  public record Link(String label, String path, boolean isCurrent) {}
}

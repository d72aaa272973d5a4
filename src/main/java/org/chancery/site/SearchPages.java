package org.chancery.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chancery.content.Kind;
import org.chancery.content.SearchIndex;
import org.chancery.content.SearchRequest;
import org.chancery.content.SearchResult;
import org.chancery.content.SearchResult.Facet;
import org.chancery.content.Speaker;

/**
 * The search page ({@code /search}), a speaker's page ({@code /speakers/{key}}) and the JSON API
 * ({@code /api/v1/search}), all answered from the search index. Searches are not kept in the
 * render cache: each asks the index, which keeps its recent results until it changes.
 */
final class SearchPages {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SearchIndex index;
  private final SiteClock clock;
  private final SitePresenter presenter;
  private final Templates templates;

  SearchPages(SearchIndex index, SiteClock clock, SitePresenter presenter, Templates templates) {
    this.index = index;
    this.clock = clock;
    this.presenter = presenter;
    this.templates = templates;
  }

  /** {@code /search?q=...}: the form, and what it found. */
  void search(Context ctx) {
    Snapshot at = clock.snapshot();
    SearchForm form = SearchForm.read(ctx, at.today());
    boolean asked = ctx.queryParamMap().keySet().stream().anyMatch(SearchForm.PARAMETERS::contains);
    UiText text = presenter.text();
    String heading = text.get("search.title");
    if (!asked) {
      html(ctx, new SearchPage(presenter.chrome(at, heading), heading, "", List.of(), "", List.of(), List.of(), List.of(),
          List.of(), Optional.empty(), Optional.empty(), false));
      return;
    }
    SearchResult result = index.search(form.request());
    html(ctx, page(at, heading, form, result, "/search", true));
  }

  /** {@code /speakers/{key}}: everything the speaker said, newest first; 404 for nobody the index knows. */
  void speaker(Context ctx) {
    Snapshot at = clock.snapshot();
    String typed = ctx.pathParam("key");
    String key = Speaker.labelled(typed).key();
    SearchForm form = SearchForm.read(ctx, at.today());
    if (!key.equals(typed)) {
      // One address a speaker: "Q.", "Question" and "question" are the questioner's.
      int page = form.request().page();
      ctx.redirect(speakerPath(key) + (page > 1 ? "?page=" + page : ""), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    SearchRequest request = SearchRequest.saidBy(key, form.request().page(), at.today());
    SearchResult result = index.search(request);
    if (result.total() == 0) {
      throw new NotFoundResponse("nobody the search index knows as '" + key + "'");
    }
    // The name as first written, from the facet: there even on a page past the last.
    String name = result.facets().getOrDefault(Facet.SPEAKER, List.of()).stream().filter(c -> c.value().equals(key))
        .map(SearchResult.FacetCount::label).findFirst().orElse(key);
    String heading = presenter.text().format("speaker.title", name);
    html(ctx, page(at, heading, new SearchForm(request, form.problems()), result, speakerPath(key), false));
  }

  /** {@code /api/v1/search?q=...}: the same search as JSON. */
  void api(Context ctx) {
    Snapshot at = clock.snapshot();
    SearchForm form = SearchForm.read(ctx, at.today());
    SearchResult result = index.search(form.request());
    ObjectNode root = JSON.createObjectNode();
    root.put("query", form.request().query());
    root.put("total", result.total());
    root.put("page", result.page());
    root.put("pageSize", result.pageSize());
    root.put("pageCount", result.pageCount());
    ArrayNode notices = root.putArray("notices");
    notices(form, result).forEach(notices::add);
    ArrayNode hits = root.putArray("hits");
    for (SearchResult.Hit hit : result.hits()) {
      ObjectNode node = hits.addObject();
      node.put("number", hit.number());
      node.put("title", hit.title());
      node.put("published", hit.published().toString());
      node.putObject("section").put("slug", hit.section().slug()).put("name", hit.section().name());
      node.put("kind", hit.kind().name());
      node.put("language", hit.language());
      node.put("path", hit.path());
      hit.turn().ifPresent(turn -> node.put("turn", turn));
      hit.speaker().ifPresent(speaker -> node.put("speaker", speaker));
      ArrayNode snippet = node.putArray("snippet");
      hit.snippet().forEach(part -> snippet.addObject().put("text", part.text()).put("match", part.match()));
    }
    ObjectNode facets = root.putObject("facets");
    for (Map.Entry<Facet, List<SearchResult.FacetCount>> facet : result.facets().entrySet()) {
      ArrayNode values = facets.putArray(facet.getKey().name().toLowerCase(Locale.ROOT));
      facet.getValue().forEach(c -> values.addObject().put("value", c.value()).put("label", c.label())
          .put("count", c.count()));
    }
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(root.toString());
  }

  /**
   * @param base the page's own path, for its pager
   * @param refinable whether to offer facets and orders (a speaker's page lists by date only)
   */
  private SearchPage page(Snapshot at, String heading, SearchForm form, SearchResult result, String base,
      boolean refinable) {
    UiText text = presenter.text();
    SearchRequest request = form.request();
    List<SearchPage.HitView> hits = result.hits().stream().map(hit -> new SearchPage.HitView(hit.title(), hit.path(),
        presenter.shortDate(hit.published()), hit.published().toString(), hit.section().name(),
        text.get("kind." + hit.kind().name().toLowerCase(Locale.ROOT)), hit.speaker(),
        hit.turn().flatMap(t -> request.speaker()).map(SearchPages::speakerPath),
        hit.snippet().stream().map(p -> new SearchPage.Part(p.text(), p.match())).toList())).toList();
    List<SearchPage.FacetGroup> facets = new ArrayList<>();
    for (Facet facet : refinable ? Facet.values() : new Facet[0]) {
      List<SearchResult.FacetCount> counts = result.facets().getOrDefault(facet, List.of());
      if (counts.isEmpty()) {
        continue;
      }
      Optional<String> chosen = chosen(request, facet);
      facets.add(new SearchPage.FacetGroup(text.get("search.facet." + facet.name().toLowerCase(Locale.ROOT)),
          counts.stream().map(c -> {
            boolean isChosen = chosen.equals(Optional.of(c.value()));
            Map<String, String> params = params(request);
            params.remove("page");
            if (isChosen) {
              params.remove(parameter(facet));
            } else {
              params.put(parameter(facet), c.value());
            }
            return new SearchPage.FacetLink(label(facet, c), c.count(), address(base, params), isChosen);
          }).toList()));
    }
    List<SearchPage.Link> orders = new ArrayList<>();
    for (SearchRequest.Order order : refinable ? SearchRequest.Order.values() : new SearchRequest.Order[0]) {
      Map<String, String> params = params(request);
      params.remove("page");
      params.put("order", order.name().toLowerCase(Locale.ROOT));
      orders.add(new SearchPage.Link(text.get("search.order." + order.name().toLowerCase(Locale.ROOT)),
          address(base, params), order == request.order()));
    }
    Optional<String> previous = result.page() > 1 ? Optional.of(pageAddress(base, request, result.page() - 1))
        : Optional.empty();
    Optional<String> next = result.page() < result.pageCount() && result.page() < SearchForm.MAX_PAGE
        ? Optional.of(pageAddress(base, request, result.page() + 1)) : Optional.empty();
    String summary = result.total() == 0 ? text.get("search.none")
        : text.format("search.summary", result.total(), result.page(), result.pageCount());
    Map<String, String> kept = refinable ? params(request) : new LinkedHashMap<>();
    kept.remove("q");
    kept.remove("page");
    List<SearchPage.Kept> hidden = kept.entrySet().stream().map(e -> new SearchPage.Kept(e.getKey(), e.getValue()))
        .toList();
    return new SearchPage(presenter.chrome(at, heading), heading, request.query(), hidden, summary,
        notices(form, result), hits, facets, orders, previous, next, true);
  }

  /** A facet value as readers see it: a kind in the site's language, the rest as the index names it. */
  private String label(Facet facet, SearchResult.FacetCount count) {
    boolean knownKind = facet == Facet.KIND
        && java.util.Arrays.stream(Kind.values()).anyMatch(k -> k.name().equals(count.value()));
    return knownKind ? presenter.text().get("kind." + count.value().toLowerCase(Locale.ROOT)) : count.label();
  }

  /** The sentences, in the site's language, for the parameters left out and then for how the words were read. */
  private List<String> notices(SearchForm form, SearchResult result) {
    UiText text = presenter.text();
    List<String> notices = new ArrayList<>();
    form.problems().forEach(p -> notices.add(text.format(p.key(), p.typed())));
    result.notices().forEach(n -> notices.add(text.format("search.notice." + n.key(), n.arguments().toArray())));
    return notices;
  }

  private static Optional<String> chosen(SearchRequest request, Facet facet) {
    return switch (facet) {
      case SECTION -> request.section();
      case KIND -> request.kind().map(Enum::name);
      case SPEAKER -> request.speaker();
      case LANGUAGE -> request.language();
    };
  }

  private static String parameter(Facet facet) {
    return switch (facet) {
      case SECTION -> "section";
      case KIND -> "kind";
      case SPEAKER -> "speaker";
      case LANGUAGE -> "lang";
    };
  }

  /** The parameters that ask for {@code request} again, in a fixed order. */
  private static Map<String, String> params(SearchRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    if (!request.query().isBlank()) {
      params.put("q", request.query());
    }
    request.section().ifPresent(v -> params.put("section", v));
    request.kind().ifPresent(v -> params.put("kind", v.name()));
    request.speaker().ifPresent(v -> params.put("speaker", v));
    request.language().ifPresent(v -> params.put("lang", v));
    request.from().ifPresent(v -> params.put("from", v.toString()));
    request.until().ifPresent(v -> params.put("until", v.toString()));
    if (request.order() != SearchRequest.Order.RELEVANCE) {
      params.put("order", request.order().name().toLowerCase(Locale.ROOT));
    }
    if (request.page() > 1) {
      params.put("page", String.valueOf(request.page()));
    }
    return params;
  }

  private static String pageAddress(String base, SearchRequest request, int page) {
    // A speaker's page is the speaker's words, newest first: only its page number varies.
    Map<String, String> params = base.equals("/search") ? params(request) : new LinkedHashMap<>();
    params.put("page", String.valueOf(page));
    return address(base, params);
  }

  private static String address(String base, Map<String, String> params) {
    StringBuilder address = new StringBuilder(base);
    char separator = '?';
    for (Map.Entry<String, String> param : params.entrySet()) {
      address.append(separator).append(param.getKey()).append('=')
          .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return address.toString();
  }

  static String speakerPath(String key) {
    return "/speakers/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private void html(Context ctx, SearchPage page) {
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(templates.render("search.jte", page));
  }
}

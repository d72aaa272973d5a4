package org.chancery.site;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Kind;
import org.chancery.content.SearchRequest;
import org.chancery.content.Speaker;

/**
 * A search as the address asks for it: {@code ?q=...&section=...&kind=...&speaker=...&lang=...
 * &from=YYYY-MM-DD&until=YYYY-MM-DD&order=newest&page=2}, the same for the search page and the
 * JSON API. A value that cannot be read is left out, with a sentence saying so (the key of a UI
 * text and what was typed), never an error page.
 *
 * @param problems what was left out: each a text key and the value typed
 */
record SearchForm(SearchRequest request, List<Problem> problems) {

  /** A parameter left out, the key of the sentence that says so, and what was typed. */
  record Problem(String key, String typed) {}

  SearchForm {
    problems = List.copyOf(problems);
  }

  static SearchForm read(Context ctx, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    SearchRequest request = SearchRequest.words(clean(param(ctx, "q")), today);
    String section = param(ctx, "section").strip();
    if (!section.isEmpty()) {
      if (section.matches("[a-z0-9]+(-[a-z0-9]+)*") && section.length() <= 100) {
        request = request.withSection(section);
      } else {
        problems.add(new Problem("search.problem.section", section));
      }
    }
    String kind = param(ctx, "kind").strip();
    if (!kind.isEmpty()) {
      Optional<Kind> chosen = Arrays.stream(Kind.values()).filter(k -> k.name().equalsIgnoreCase(kind)).findFirst();
      if (chosen.isPresent()) {
        request = request.withKind(chosen.get());
      } else {
        problems.add(new Problem("search.problem.kind", kind));
      }
    }
    String speaker = param(ctx, "speaker").strip();
    if (!speaker.isEmpty()) {
      // As the index keys speakers: "Q.", "Question" and "question" are one.
      request = request.withSpeaker(Speaker.labelled(speaker).key());
    }
    String language = param(ctx, "lang").strip();
    if (!language.isEmpty()) {
      if (language.matches("[a-z]{2,3}")) {
        request = request.withLanguage(language);
      } else {
        problems.add(new Problem("search.problem.language", language));
      }
    }
    Optional<LocalDate> from = date(ctx, "from", problems);
    Optional<LocalDate> until = date(ctx, "until", problems);
    request = request.between(from, until);
    String order = param(ctx, "order").strip();
    if (order.equals("newest")) {
      request = request.ordered(SearchRequest.Order.NEWEST);
    } else if (!order.isEmpty() && !order.equals("relevance")) {
      problems.add(new Problem("search.problem.order", order));
    }
    String page = param(ctx, "page").strip();
    if (!page.isEmpty()) {
      try {
        int number = Integer.parseInt(page);
        if (number < 1 || number > MAX_PAGE) {
          throw new NumberFormatException();
        }
        request = request.onPage(number);
      } catch (NumberFormatException e) {
        problems.add(new Problem("search.problem.page", page));
      }
    }
    return new SearchForm(request, problems);
  }

  /** Deeper than anyone reads; past it a search would cost more than it is worth. */
  static final int MAX_PAGE = 1_000;

  private static Optional<LocalDate> date(Context ctx, String name, List<Problem> problems) {
    String typed = param(ctx, name).strip();
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(typed));
    } catch (DateTimeParseException e) {
      problems.add(new Problem("search.problem." + name, typed));
      return Optional.empty();
    }
  }

  /** A parameter as typed, control characters as spaces, cut at {@link #LONGEST_VALUE} but for the query. */
  private static String param(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null ? "" : name.equals("q") ? value : cut(clean(value));
  }

  /** Longer filter values name nothing the archive has; they are cut before they are echoed. */
  static final int LONGEST_VALUE = 200;

  private static String cut(String value) {
    return value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) : value;
  }

  /** The parameters the search form and its links use; any other (a tracking tag) asks for nothing. */
  static final java.util.Set<String> PARAMETERS =
      java.util.Set.of("q", "section", "kind", "speaker", "lang", "from", "until", "order", "page");

  /** Control characters read as spaces: no reader means them, and no page shows them. */
  private static String clean(String typed) {
    return typed.replaceAll("\\p{Cntrl}", " ");
  }
}
